import type Database from 'better-sqlite3';
import { MIGRATIONS, MIGRATIONS_TABLE } from '../migrations.js';

/** SQLite's auto-numbered key: a rowid alias. */
const SQLITE_ID = 'INTEGER PRIMARY KEY';

/** Applies, in order and each in its own transaction, the migrations this database lacks. */
export function migrate(db: Database.Database): number[] {
  db.exec(MIGRATIONS_TABLE);
  const done = new Set(db.prepare('SELECT version FROM migrations').all().map((r) => (r as { version: number }).version));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql.replaceAll('{{ID}}', SQLITE_ID));
      if (m.sqlite) db.exec(m.sqlite);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
