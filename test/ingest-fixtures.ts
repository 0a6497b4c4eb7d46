/** Small articles written for the spine's tests (ingest, store, CLI). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ODESA = `Drones hit fuel depot near Odesa

14 March 2025, Ukraine, Odesa: Firefighters work at the site of a drone strike. (Photo/dpa)

Ukraine's air force said on Friday that air defences shot down 40 of the 52 drones Russia launched overnight.

Regional governor Oleh Kiper said two people were killed and five were injured in an attack on a fuel depot near Odesa.`;

export const NAIROBI = `Kenya, Somalia agree border security pact

Kenya and Somalia signed an agreement on Tuesday to step up joint patrols along their border, officials in Nairobi said.

Police in Mogadishu said at least three people were killed in a bombing at a market.`;

/** Two articles in one dump, separated the way splitDump expects (three blank lines). */
export const TWO_ARTICLE_DUMP = `${ODESA}\n\n\n\n${NAIROBI}\n`;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-test-'));
}

export function writeFixture(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** "café" in Latin-1: 0xE9 alone is not valid UTF-8. */
export const LATIN1 = Uint8Array.from([...Buffer.from('Police in Paris said a caf'), 0xe9, ...Buffer.from(' was damaged.\n')]);
/** A few bytes of a PNG header: NUL bytes mark binary data. */
export const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
