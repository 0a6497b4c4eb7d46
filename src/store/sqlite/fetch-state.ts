/** Fetch state rows (migration 15) on SQLite. */
import type Database from 'better-sqlite3';
import type { FetchState } from '../store.js';

interface Row {
  url: string; via: string | null; etag: string | null; last_modified: string | null; fetched_at: string | null;
  status: number | null; content_hash: string | null; error: string | null; next_at: string | null; done: number;
}

export class FetchStates {
  private readonly get: Database.Statement<[string], Row>;
  private readonly put: Database.Statement;

  constructor(db: Database.Database) {
    this.get = db.prepare('SELECT * FROM fetch_state WHERE url = ?');
    this.put = db.prepare(`INSERT INTO fetch_state (url, via, etag, last_modified, fetched_at, status, content_hash, error, next_at, done)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET via = excluded.via, etag = excluded.etag, last_modified = excluded.last_modified,
        fetched_at = excluded.fetched_at, status = excluded.status, content_hash = excluded.content_hash,
        error = excluded.error, next_at = excluded.next_at, done = excluded.done`);
  }

  read(url: string): FetchState | null {
    const r = this.get.get(url);
    if (!r) return null;
    return {
      url: r.url, via: r.via, etag: r.etag, lastModified: r.last_modified, fetchedAt: r.fetched_at, status: r.status,
      contentHash: r.content_hash, error: r.error, nextAt: r.next_at, done: r.done === 1,
    };
  }

  write(s: FetchState): void {
    this.put.run(s.url, s.via, s.etag, s.lastModified, s.fetchedAt, s.status, s.contentHash, s.error, s.nextAt, s.done ? 1 : 0);
  }
}
