import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../src/events/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { readUnits, spellings } from '../src/places/index.js';
import { splitSentences } from '../src/language/sentences.js';
import { findPlaces } from '../src/places/index.js';
import type { Article, PlaceMention } from '../src/types.js';

// Fixtures are written for these tests; none is taken from the evaluation sets. The villages are
// invented (the gazetteer has none of them); the units that contain them are real.
const where = (text: string): PlaceMention | null => {
  const article: Article = { id: 'w', title: null, published: '2023-05-01', text };
  return extractEvents({ article, sentences: splitSentences(text), places: findPlaces(text), claims: [], datelinePlace: cleanArticle(article).dateline?.place ?? null })[0]?.where ?? null;
};
const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

test('units after a place are read in the shapes notes write them', () => {
  const units = (text: string, after: string): string[] => readUnits(text, text.indexOf(after) + after.length).units.map((u) => u.name);
  assert.deepEqual(units('in Quorvel village (Pelmo township, Tarn district, Ostra region), troops fired.', 'Quorvel'), ['Pelmo', 'Tarn', 'Ostra']);
  assert.deepEqual(units('shelled Quorvel, Ostra region as a result of which two died.', 'Quorvel'), ['Ostra']);
  assert.deepEqual(units('in Quorvel town in Ostra countryside, with mortars.', 'Quorvel'), ['Ostra']);
  assert.deepEqual(units('in Quorvel village of Pelmo township (Ostra region).', 'Quorvel'), ['Pelmo', 'Ostra']);
  // A list of places and a clause after the brackets are not units.
  assert.deepEqual(units('in Quorvel, Pelmo and Tarn.', 'Quorvel'), []);
  assert.deepEqual(units('near Quorvel (Ostra), Pelmo Defence Force attacked.', 'Quorvel'), ['Ostra']);
});

test('spellings of admin units compare across transliterations', () => {
  const same = (a: string, b: string): boolean => spellings(a).some((s) => spellings(b, false).includes(s));
  assert.ok(same('Nord-Kivu', 'North Kivu'));
  assert.ok(same('Ar Raqqa', 'Raqqah'));
  assert.ok(same('Province du Séno', 'Seno'));
  assert.ok(same('Zaporizhia', 'Zaporizhzhia'));
  assert.ok(same('Shan-North', 'Shan State'));
  assert.ok(!same('North Kivu', 'South Kivu'));
});

test('a village the gazetteer lacks is placed at the unit its note names', () => {
  // "(township, district, region)": the region is Myanmar's Sagaing Region, not a namesake elsewhere.
  const mm = where('On 3 May 2023, an air strike destroyed a school in Zee Quorvel village (Pelmotaw township, Shwebo district, Sagaing region).');
  assert.equal(mm?.place?.country, 'MM');
  assert.equal(mm?.place?.admin1, '10');
  // "(territory, province)" in French: Nord-Kivu is North Kivu; Beni is a town of it.
  const cd = where('On 3 May 2023, gunmen ambushed a truck on the road to Quorvelinga (Beni, Nord-Kivu), killing its driver.');
  assert.equal(cd?.place?.country, 'CD');
  assert.equal(cd?.text, 'Beni');
  // "X, Oblast": the oblast's point when the village is unknown.
  const ua = where('On 3 May 2023, a drone struck a grain store near Quorvelivka, Zaporizhia on Tuesday night.');
  assert.equal(ua?.place?.country, 'UA');
  assert.equal(ua?.place?.admin1, '26');
});

test('a namesake is taken inside the region the note names', () => {
  // Many Ukrainian villages share a name; the one in the named oblast (or the oblast) is meant.
  const p = where('On 3 May 2023, two houses burned after shells fell on Oleksandrivka, Kharkiv region, at night.');
  assert.equal(p?.place?.country, 'UA');
  assert.equal(p?.place?.admin1, '07');
  // "Hays (Hays, Al Hudaydah)" is the Yemeni town, not the one in Kansas.
  const ye = where('On 3 May 2023, a mortar round hit a market in Hays (Hays, Al Hudaydah), wounding a boy.');
  assert.equal(ye?.place?.country, 'YE');
  // Two Parangs lie in the same Philippine region; the one in Sulu province is meant.
  const ph = where('On 3 May 2023, gunmen killed a farmer in Quorvel Daku (Parang, Sulu).');
  assert.ok(ph?.place && km(ph.place, { lat: 5.91, lon: 120.91 }) < 50);
});

test('a city before its quarter is the city', () => {
  const p = where('On 3 May 2023, nurses held a rally for higher pay in Dhaka - Quorvelbagh (Quorvelbagh).');
  assert.equal(p?.text, 'Dhaka');
  assert.ok(p?.place && km(p.place, { lat: 23.71, lon: 90.41 }) < 50);
});

test('a unit said twice votes once, and abbreviations of units are written out', () => {
  // Turkey has towns called Kale; "Kale ... Kale ... Kale, Sagaing region" is still in Myanmar.
  const mm = where('On 3 May 2023, soldiers raided Kale town of Kale township (Kale district, Sagaing region) and arrested five men.');
  assert.equal(mm?.place?.country, 'MM');
  const india = where('On 3 May 2023, traders held a protest at Quorvelpora town (Rajouri district, J&K) over power cuts.');
  assert.equal(india?.place?.country, 'IN');
  // A road between two towns is not a city and its quarter.
  assert.equal(readUnits('on the Quorvel - Pelmo road near the dam', 'on the Quorvel'.length).quarter, false);
  assert.equal(readUnits('in Quorvel - Pelmo (Ostra)', 'in Quorvel'.length).quarter, true);
});

test('the later sentences of a short report happen at the place its lead states', () => {
  const p = where('On 3 May 2023, a convoy left Quorvelinga (Beni, Nord-Kivu) for the border. Gunmen ambushed it and killed two soldiers.');
  assert.equal(p?.place?.country, 'CD');
  assert.equal(p?.text, 'Beni');
});
