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
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 500: 'Internal Server Error',
};

export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    /** Extension members, e.g. the validation issues. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  body(): ProblemBody {
    // 'about:blank' says the status code is all the type there is (RFC 9457 §4.2.1).
    return { type: 'about:blank', title: TITLES[this.status] ?? 'Error', status: this.status, detail: this.detail, ...this.extra };
  }
}

export function problemResponse(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p.body()), p.status, { 'Content-Type': 'application/problem+json' });
}
