/** Per-article tolls in local reports: the classes of text that read numbers that are no toll. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.ts';
import { reconcileIncidents } from '../src/reconcile/index.ts';
import type { Article } from '../src/types.ts';

const one = (articles: Article[]) => {
  const set = reconcileIncidents(articles.map(extractArticle));
  assert.equal(set.incidents.length, 1, `expected one incident, got ${set.incidents.length}`);
  return set.incidents[0]!;
};
const article = (id: string, title: string, text: string, published = '2024-09-14'): Article => ({ id, title, text, published });

test('ages are no counts: "a 27-year-old", "Marcus Reed, 19," and "Boy, 4," are one victim', () => {
  const inc = one([
    article('a', 'Man, 27, dies after shooting on Elm Street in Dayton', 'A 27-year-old man died early Saturday after he was shot on Elm Street in Dayton, police said.\n\nOfficers found the man, Marcus Reed, 27, lying in the street with a gunshot wound shortly after 2 a.m. He was pronounced dead at the hospital.\n\nNo arrests have been made.'),
    article('b', 'Police name Dayton shooting victim', 'Dayton police on Sunday named the man killed on Elm Street as Marcus Reed, 27, of Dayton.\n\nReed was shot once in the chest early Saturday. Investigators asked witnesses to call the department.', '2024-09-15'),
  ]);
  assert.equal(inc.killed!.best, 1);
  assert.equal(inc.injured!.best, 0);
});

test("a year's tally in the story is not the incident's toll", () => {
  const inc = one([
    article('a', 'Teen wounded in Dayton drive-by', 'A 16-year-old boy was wounded in a drive-by shooting on Elm Street in Dayton on Friday night, police said.\n\nThe boy was taken to a hospital in stable condition.\n\nSo far this year, 412 people have been wounded in shootings in the city, according to police figures.'),
    article('b', 'Dayton teen hurt in drive-by shooting', 'A teenager was injured when shots were fired from a passing car on Elm Street in Dayton late Friday, police said.\n\nThe 16-year-old was hit in the leg and is expected to recover.\n\nPolice recorded 212 shootings in the city last year. More than 180 people were injured in those shootings.', '2024-09-14'),
  ]);
  assert.equal(inc.injured!.best, 1);
  assert.equal(inc.injured!.high, 1);
});

test('a headline count and a smaller later count of the hospitalised: the larger stands', () => {
  const inc = one([
    article('a', 'Four shot at house party in Dayton', 'Four people were shot at a house party on Elm Street in Dayton early Sunday, police said.\n\nThe shooting happened around 1 a.m. after an argument in the backyard. None of the injuries were life-threatening.'),
    article('b', 'Police seek gunman after Dayton party shooting', 'Dayton police are looking for a gunman who opened fire at a house party on Elm Street early Sunday.\n\nThree people were taken to hospital with gunshot injuries and one was treated at the scene, police said.', '2024-09-15'),
  ]);
  assert.equal(inc.injured!.best, 4);
  assert.equal(inc.killed!.best, 0);
});

test('"attempted murder" names no death', () => {
  const inc = one([
    article('a', 'Man charged with attempted murder in Dayton shooting', 'A Dayton man was charged with attempted murder on Tuesday after a 30-year-old woman was shot and wounded on Elm Street last week, police said.\n\nThe woman remains in hospital in serious condition.'),
  ]);
  assert.equal(inc.killed!.best, 0);
  assert.equal(inc.injured!.best, 1);
});

test('a later report with far fewer dead than an earlier stated count is flagged, and the incident is contested', () => {
  const inc = one([
    article('a', 'Twelve killed as missile hits Zaporizhzhia market', 'A Russian missile struck a market in Zaporizhzhia on Monday, killing 12 people and injuring 30, the regional governor said.\n\nThe strike hit the central market at midday, when it was crowded with shoppers.', '2025-02-03'),
    article('b', 'Zaporizhzhia market strike: officials revise toll down', 'Three people were killed in the Russian missile strike on the central market in Zaporizhzhia on Monday, the city administration said on Wednesday, correcting an earlier figure.\n\nThirty people were injured in the strike on the market, officials said.', '2025-02-05'),
  ]);
  assert.equal(inc.killed!.contradictions.length, 1, JSON.stringify(inc.killed));
  assert.equal(inc.grade, 'contested');
  // Both figures stay in the history; the range spans what the reports make it.
  assert.deepEqual(inc.killed!.reports.map((r) => r.value), [12, 3]);
});
