/** Query and path parameters through a zod schema; a failure is a 400 problem naming the issue. */
import type { z } from 'zod';
import { Problem } from './problem.js';

export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));
  const detail = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  throw new Problem(400, detail, { issues });
}
