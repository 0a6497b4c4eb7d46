/** Why a URL could not be fetched; the message always names the URL, as a batch goes on past it. */
export type FetchErrorCode =
  | 'blocked-address' | 'bad-scheme' | 'bad-url' | 'too-many-redirects' | 'redirect-loop' | 'too-large'
  | 'timeout' | 'http-status' | 'robots' | 'network' | 'aborted';

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly code: FetchErrorCode,
    /** The message without the URL. */
    readonly reason: string,
    readonly status?: number,
    /** From Retry-After (or backoff) when the server asked to come back later. */
    readonly retryAfterMs?: number,
  ) {
    super(`${url}: ${reason}`);
  }

  /** A failure that may pass by itself (the server is busy or down): worth trying again later. */
  get transient(): boolean {
    return this.code === 'timeout' || this.code === 'network' || this.status === 429 || (this.status ?? 0) >= 500;
  }
}
