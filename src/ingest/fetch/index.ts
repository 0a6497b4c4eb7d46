/**
 * Fetching sources from the web, safely: fetcher.ts is the HTTP side (addresses, caps,
 * robots.txt, rate limit, backoff), round.ts what `sitrep watch` does each round.
 */
export { Fetcher, FETCH_DEFAULTS, USER_AGENT, ROBOTS_AGENT, type FetchOptions, type FetchResult, type Conditional } from './fetcher.js';
export { FetchError, type FetchErrorCode } from './errors.js';
export { blockedReason, assertPublic, parsePolicy, BlockedAddressError, type PrivatePolicy } from './address.js';
export { guardedLookup, vettedAddresses, systemResolver, type Resolver } from './lookup.js';
export { retryAfterMs } from './limiter.js';
export { watchRound, nextDueMs, type RoundOptions, type RoundReport, type WatchEvent } from './round.js';
export { parseSources, readSourcesFile, parseInterval, SourcesFileError, DEFAULT_EVERY_MS, type WatchSource } from './sources-file.js';

/** An argument of `sitrep ingest` that names a web page or feed rather than a file. */
export const isWebUrl = (arg: string): boolean => /^https?:\/\//i.test(arg);
