/**
 * Development runner for the events stage: reads evaluator JSONL on stdin, prints
 * {id, events} lines in the OUTPUT.md format. Places come from the places stage.
 */
import { createInterface } from 'node:readline';
import { splitSentences } from '../src/language/sentences.js';
import { findPlaces } from '../src/places/index.js';
import { extractEvents } from '../src/events/index.js';
import { cleanArticle } from '../src/clean/index.js';
import type { Article, PlaceMention, SitrepEvent } from '../src/types.js';

interface InputLine { id: string; text: string; title?: string | null; published?: string | null }

const placeJson = (p: PlaceMention | null) =>
  p && p.place ? { text: p.text, lat: p.place.lat, lon: p.place.lon, geonameid: p.place.geonameid, country: p.place.country, admin1: p.place.admin1 } : null;

const eventJson = (e: SitrepEvent) => ({
  type: e.type, mode: e.mode, acled_event_type: e.acledEventType, acled_sub_event_type: e.acledSubEventType,
  cameo: e.cameo, when: e.when, where: placeJson(e.where),
  actor: e.actor && { text: e.actor.text, country: e.actor.country, sector: e.actor.sector },
  recipient: e.recipient && { text: e.recipient.text, country: e.recipient.country, sector: e.recipient.sector },
  fatalities: e.fatalities, rule: e.rule, evidence: e.evidence,
});

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const input = JSON.parse(line) as InputLine;
  const article: Article = { id: input.id, title: input.title ?? null, published: input.published ?? null, text: input.text };
  const places = findPlaces(article.text, { published: article.published });
  const events = extractEvents({ article, sentences: splitSentences(article.text), places, claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null });
  process.stdout.write(JSON.stringify({ id: input.id, events: events.map(eventJson) }) + '\n');
}
