/** The store stage: persistence behind the `Store` interface. */
export type * from './store.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export { MIGRATIONS } from './migrations.js';
export { CLAIM_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS, csvCell, csvRow, toCsv, type Cell, type Column } from './columns.js';
export { TALLY_GROUPS, TALLY_KINDS } from './api-query.js';
export type * from './api-query.js';

import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/**
 * Opens the store a location names. Today every location is a SQLite file; a
 * `postgres://` URL will select the PostgreSQL implementation once it exists.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new Error('PostgreSQL is not supported yet; give a SQLite file path');
  return openSqliteStore(location);
}
