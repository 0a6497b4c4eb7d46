import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The finest place a count's own sentence gives (where13): own sentences, names and figures made up or varied.
// GUIDELINES: `where` is the most specific place the text gives for the fact; a region or county named as the
// container of a town, or fronted as the sentence's frame, is only where that town lies.

test('a town the gazetteer lacks, named before the count inside a fronted region, is the count\'s place', () => {
  expectAll([
    ['In Rakhine state, the rebels said aircraft had bombed a clinic in Zorbatu on Friday night, killing 8 people.', 'killed', 8, /^Zorbatu/],
    ['In Borno state, militants stormed a market in Kawuri before dawn, killing at least 14 traders, residents said.', 'killed', 14, /^Kawuri/],
    ['In Sudan\'s North Kordofan state, a drone struck a fuel depot near Um Sumeima, wounding 6 workers, medics said.', 'injured', 6, /^Um Sumeima/],
    ['In the Tillaberi region, gunmen raided the village of Tondikwindi on Sunday, killing 19 civilians.', 'killed', 19, /^Tondikwindi/],
    ['In South Kivu province, rebels attacked militia positions around the town of Lemera, killing 23 people, local leaders said.', 'killed', 23, /^Lemera/],
  ]);
});

test('a frame that names the place with its noun ("In the city of X,") frames the sentence', () => {
  expectAll([
    ['In the city of Kharkiv, two people were injured when a drone hit a shop in the Novobavarskyi district overnight.', 'injured', 2, /Novobavarskyi/],
    ['In the city of Zaporizhzhia, a guided bomb struck a warehouse in the Komunarskyi district, killing 3 people.', 'killed', 3, /Komunarskyi/],
    ['In the town of Kupiansk, shelling wounded 5 civilians on Tuesday, the governor said.', 'injured', 5, /Kupiansk/],
  ]);
});

test('a town the gazetteer lacks, named before its county or province, is finer than the county', () => {
  expectAll([
    ['Three soldiers were killed on Monday when their truck hit a landmine near Dhobley in Somalia\'s Lower Juba region, officials said.', 'killed', 3, /^Dhobley/],
    ['Four police officers were wounded when a bomb exploded near Kotulo in Kenya\'s Mandera county on Friday.', 'injured', 4, /^Kotulo/],
    ['At least 7 people died after gunmen opened fire near Gwer in Nigeria\'s Benue state, police said.', 'killed', 7, /^Gwer/],
  ]);
});

test('a township a region owns after "the" ("in the Magway region\'s X township") is the count\'s place', () => {
  expectAll([
    ['Junta jets bombed a monastery in the Magway region\'s Pauk township on Sunday, killing 11 villagers, a resistance group said.', 'killed', 11, /^Pauk/],
    ['Artillery fire hit homes in the Sagaing region\'s Myinmu township, wounding 9 people.', 'injured', 9, /^Myinmu/],
  ]);
});

test('a channel, an office or a building after a locative is no finer place of a fronted region', () => {
  expectAll([
    ['In Kherson, governor Oleksandr Prokudin said on Telegram that 12 people were wounded by shelling.', 'injured', 12, /Kherson/],
    ['In the Sumy region, officials said at the Regional Council that 4 people were killed in drone strikes.', 'killed', 4, /Sumy/],
  ]);
});

test('a dateline with a title-case city, its country and a long dash is no place of the lead\'s count', () => {
  expectAll([
    ['Tripoli, Libya – Clashes between rival militias in Zawiya killed 6 people on Sunday, the health ministry said.', 'killed', 6, /Zawiya/],
    ['Nairobi, Kenya — A roadside bomb wounded 4 soldiers in Kenya\'s Lamu county on Friday, police said.', 'injured', 4, /Lamu/],
  ]);
});
