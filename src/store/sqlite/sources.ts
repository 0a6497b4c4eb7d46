/**
 * Where documents came from (migration 14): their sources and copies, and the MinHash bands
 * that find near-duplicate candidates. Ingest decides what is a copy; this file only stores
 * and finds.
 */
import type Database from 'better-sqlite3';
import type { LinkedSource, SourceRecord } from '../store.js';

type Row = Record<string, unknown>;
const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

/** Columns of a source record, in the order they are bound. */
const FIELDS = ['source', 'url', 'canonical_url', 'outlet', 'author', 'language', 'published', 'modified'] as const;

function values(s: SourceRecord): (string | null)[] {
  return [s.source, s.url, s.canonicalUrl, s.outlet, s.author, s.language, s.published, s.modified].map((v) => v ?? null);
}

/** Documents read per band when looking for copies: the newest of them (a copy follows its original closely). */
const PER_BAND = 32;

/** A source's identity among a document's sources: its URL, else its file name. */
export const sourceKey = (s: SourceRecord): string => s.url ?? s.canonicalUrl ?? s.source ?? '';

export class DocumentSources {
  private readonly insert: Database.Statement;
  private readonly band: Database.Statement;
  private readonly byDocument: Database.Statement;
  private readonly bandMembers: Database.Statement;
  private readonly text: Database.Statement;
  private readonly pending: Database.Statement;
  private readonly unpend: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO document_sources (document_id, content_hash, source_key, relation, similarity, ${FIELDS.join(', ')}, added_at)
      VALUES (?, ?, ?, ?, ?, ${FIELDS.map(() => '?').join(', ')}, ?) ON CONFLICT DO NOTHING`);
    this.band = db.prepare('INSERT INTO document_bands (band, document_id) VALUES (?, ?)');
    this.byDocument = db.prepare('SELECT * FROM document_sources WHERE document_id = ? ORDER BY id');
    this.bandMembers = db.prepare('SELECT document_id FROM document_bands WHERE band = ? ORDER BY rowid DESC LIMIT ?');
    this.text = db.prepare('SELECT text FROM documents WHERE id = ?');
    this.pending = db.prepare('SELECT d.id, d.text FROM document_bands_pending p JOIN documents d ON d.id = p.document_id ORDER BY p.document_id LIMIT ?');
    this.unpend = db.prepare('DELETE FROM document_bands_pending WHERE document_id = ?');
  }

  /** Adds a source of `documentId`; false if that source (URL, else file) is linked to it already. */
  add(documentId: number, s: Omit<LinkedSource, 'addedAt'>): boolean {
    const r = this.insert.run(documentId, s.contentHash, sourceKey(s), s.relation, s.similarity, ...values(s), new Date().toISOString());
    return r.changes > 0;
  }

  addBands(documentId: number, bands: readonly string[]): void {
    for (const b of new Set(bands)) this.band.run(b, documentId);
    this.unpend.run(documentId);
  }

  unbanded(limit: number): { id: number; text: string }[] {
    return (this.pending.all(limit) as Row[]).map((r) => ({ id: Number(r.id), text: String(r.text) }));
  }

  /**
   * Documents sharing a band with `bands`, most shared first, then newest. Each band is read
   * through its index with a cap: a band common to thousands of documents (templated posts,
   * a boilerplate-only text) costs PER_BAND rows, not a scan, however large the store grows.
   */
  similar(bands: readonly string[], limit: number): { id: number; text: string }[] {
    const shared = new Map<number, number>();
    for (const b of new Set(bands)) {
      for (const r of this.bandMembers.all(b, PER_BAND) as { document_id: number }[]) {
        shared.set(r.document_id, (shared.get(r.document_id) ?? 0) + 1);
      }
    }
    const ids = [...shared].sort((x, y) => y[1] - x[1] || y[0] - x[0]).slice(0, limit).map(([id]) => id);
    return ids.map((id) => ({ id, text: String((this.text.get(id) as Row).text) }));
  }

  /** A document's sources, its own first. */
  of(documentId: number): LinkedSource[] {
    return (this.byDocument.all(documentId) as Row[]).map((r) => {
      const s: LinkedSource = {
        source: str(r.source) ?? null, contentHash: String(r.content_hash), relation: String(r.relation) as LinkedSource['relation'],
        similarity: r.similarity == null ? null : Number(r.similarity), addedAt: String(r.added_at),
      };
      const optional: [keyof SourceRecord, unknown][] = [['url', r.url], ['canonicalUrl', r.canonical_url], ['outlet', r.outlet],
        ['author', r.author], ['language', r.language], ['published', r.published], ['modified', r.modified]];
      for (const [k, v] of optional) if (v != null) (s as unknown as Record<string, string>)[k] = String(v);
      return s;
    });
  }
}
