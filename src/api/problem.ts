/**
 * Errors as RFC 9457 problem details: `application/problem+json` with type, title, status and
 * detail, so a client reads every failure the same way. Throw a `Problem`; the app's error
 * handler renders it (anything else becomes a 500 whose detail hides internals).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 414: 'URI Too Long',
  431: 'Request Header Fields Too Large', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    /** Extension members, e.g. the validation issues. */
    readonly extra: Record<string, unknown> = {},
    /** Response headers the status calls for (Allow on a 405, Retry-After on a 503). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(): ProblemBody {
    // 'about:blank' says the status code is all the type there is (RFC 9457 §4.2.1).
    return { type: 'about:blank', title: TITLES[this.status] ?? 'Error', status: this.status, detail: this.detail, ...this.extra };
  }
}

export function problemResponse(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p.body()), p.status, { ...p.headers, 'Content-Type': 'application/problem+json' });
}

/**
 * A problem written straight to a socket, for what Node's HTTP parser refuses before any
 * handler runs (a request line or headers over its limit): still problem+json, not an empty 431.
 */
export function rawProblem(status: number, detail: string): string {
  const body = JSON.stringify({ type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail });
  return `HTTP/1.1 ${status} ${TITLES[status] ?? 'Error'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
