/**
 * Security headers on every response, the dashboard's included: a Content-Security-Policy that
 * allows only same-origin scripts, styles and images (no inline script anywhere, so an
 * article's text can never run as code), and no MIME sniffing.
 */
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
};
