/** Exit codes scripts can rely on: 0 ok, 1 usage or fatal error, 2 partial failure (some inputs failed, the rest went in). */
export const EXIT = { ok: 0, usage: 1, partial: 2 } as const;
