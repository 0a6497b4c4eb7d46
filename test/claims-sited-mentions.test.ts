import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from '../src/places/index.ts';
import { splitSentences } from '../src/language/index.ts';
import { SitedMentions, withSites } from '../src/claims/sites.ts';

// The claims reader reads an article's named sites per sentence, on first ask (claims/sites.ts SitedMentions):
// each sentence's share must be what the whole list, read at once, holds for it. Own sentences, names made up or real.

const ARTICLES = [
  'Drones set fire to the Berezhnoye oil refinery overnight. Officials in Kyiv said two people were hurt. '
    + 'A missile struck the Kovalivka grain port on Tuesday, and shells hit the Berezivka district hospital near Kherson.',
  'Troops clashed near the Tor Kham Baba border crossing. Medics at the Jebel Marra field hospital said 12 were wounded. '
    + 'Nothing else was reported from Odesa.',
  'No site is named here. Shelling hit Kharkiv and Sumy on Monday.',
];

const key = (m: { start: number; end: number; text: string }): string => `${m.start}-${m.end}:${m.text}`;

test("a sentence's mentions read on first ask are its share of the article's, sites in place of the names inside them", () => {
  for (const text of ARTICLES) {
    const sentences = splitSentences(text, 0, text.length, 0);
    const places = findPlaces(text);
    const whole = withSites(text, sentences, places).sort((a, b) => a.start - b.start);
    // Asked out of order, before and after the whole list: each share stays the same.
    const lazy = new SitedMentions(text, sentences, places);
    const order = sentences.map((_, i) => i).reverse();
    for (const i of order) {
      const s = sentences[i]!;
      const share = whole.filter((m) => m.start >= s.start && m.start < s.end).map(key);
      assert.deepEqual(lazy.in(i).map(key), share, `sentence ${i} of: ${text}`);
    }
    assert.deepEqual(lazy.all.map(key), whole.map(key));
    assert.equal(lazy.all, lazy.all, 'the whole list is one array (kept by identity in the ranker)');
    const fresh = new SitedMentions(text, sentences, places);
    assert.deepEqual(fresh.all.map(key), whole.map(key));
    for (const i of order) assert.deepEqual(fresh.in(i).map(key), lazy.in(i).map(key));
  }
});

test('the articles name sites at all (the test reads something)', () => {
  const text = ARTICLES[0]!;
  const sentences = splitSentences(text, 0, text.length, 0);
  const sites = new SitedMentions(text, sentences, findPlaces(text)).all.filter((m) => /refinery|port|hospital/.test(m.text));
  assert.ok(sites.length >= 2, JSON.stringify(sites.map((m) => m.text)));
});
