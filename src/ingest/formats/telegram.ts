/**
 * Telegram Desktop channel exports (`result.json`): ministries, governors and air forces post
 * their tallies there first. One article per message that has text; service messages (joins,
 * pins) and media without a caption are skipped. The export's `text` is a string or a list of
 * strings and formatted pieces ({type, text}); the pieces are joined back into the post.
 */
import { z } from 'zod';
import { checkDate } from './dates.js';
import { defined } from './page.js';
import type { SourceArticle } from './index.js';

const Piece = z.union([z.string(), z.object({ type: z.string().optional(), text: z.string() }).loose()]);
const Message = z.object({
  id: z.union([z.number(), z.string()]),
  type: z.string(),
  date: z.string().optional(),
  date_unixtime: z.union([z.string(), z.number()]).optional(),
  edited: z.string().optional(),
  edited_unixtime: z.union([z.string(), z.number()]).optional(),
  author: z.string().optional(),
  forwarded_from: z.string().nullish(),
  text: z.union([z.string(), z.array(Piece)]).optional(),
}).loose();
export const TelegramExport = z.object({
  name: z.string().nullish(),
  type: z.string().optional(),
  username: z.string().optional(),
  messages: z.array(z.unknown()),
}).loose();

/** Does this JSON value look like a Telegram export (a chat with a message list)? */
export function isTelegramExport(v: unknown): boolean {
  return TelegramExport.safeParse(v).success;
}

const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

/** A message's time: the Unix time is UTC; `date` alone is the exporting machine's local time. */
function when(unix: string | number | undefined, local: string | undefined, fetchedAt: Date, what: string) {
  const seconds = unix === undefined ? NaN : Number(unix);
  return Number.isFinite(seconds) ? checkDate(seconds, fetchedAt, what) : checkDate(local, fetchedAt, what);
}

export function readTelegram(value: unknown, fetchedAt: Date): { articles: SourceArticle[]; warnings: string[] } {
  const chat = TelegramExport.parse(value);
  const outlet = chat.name?.trim() || undefined;
  const username = chat.username && USERNAME.test(chat.username.replace(/^@/, '')) ? chat.username.replace(/^@/, '') : undefined;
  const articles: SourceArticle[] = [];
  const warnings: string[] = [];
  for (const raw of chat.messages) {
    const m = Message.safeParse(raw);
    if (!m.success || m.data.type !== 'message') continue;
    const text = typeof m.data.text === 'string' ? m.data.text : (m.data.text ?? []).map((p) => (typeof p === 'string' ? p : p.text)).join('');
    if (!text.trim()) continue;
    const published = when(m.data.date_unixtime, m.data.date, fetchedAt, `message ${m.data.id} date`);
    const modified = when(m.data.edited_unixtime, m.data.edited, fetchedAt, `message ${m.data.id} edit date`);
    for (const w of [published.warning, modified.warning]) if (w) warnings.push(w);
    articles.push({
      title: null,
      text: text.trim(),
      ...defined({
        url: username ? `https://t.me/${username}/${m.data.id}` : undefined,
        outlet, author: m.data.author ?? m.data.forwarded_from ?? undefined,
        published: published.iso ?? undefined, modified: modified.iso ?? undefined,
      }),
    });
  }
  return { articles, warnings };
}
