import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// The place of a count in wire items and short reports, one class per test (own sentences, where7;
// none of them is in data/claims/train/claimplace-wire.jsonl, which the ranker learns from).

test('a wire dateline is no scene: the count is where the text says it happened', () => {
  expectAll([
    ['KYIV, April 9 (Reuters) - A Russian drone struck a minibus in the city of Nikopol on Wednesday, killing three passengers, the regional governor said.', 'killed', 3, /Nikopol/],
    ['MOSCOW, Oct 2 (Reuters) - Ukrainian shelling wounded four people in the town of Shebekino, the Belgorod regional governor said on Thursday.', 'injured', 4, /Shebekino/],
    ['BEIRUT, June 3 (AP) — An Israeli drone strike on a car near the southern city of Tyre killed two men on Tuesday, Lebanon\'s health ministry said.', 'killed', 2, /Tyre/],
    ['NAIROBI, Jan 8 (Reuters) - Al Shabaab fighters killed at least 11 soldiers in an attack on a base near Kismayo, a Somali officer said.', 'killed', 11, /Kismayo/],
    ['ISLAMABAD, Nov 4 (Reuters) - A roadside bomb killed five soldiers in the Kurram district on Tuesday, the military said.', 'killed', 5, /Kurram/],
    ['KYIV, Feb 14 (Reuters) - Russia\'s defence ministry said on Friday its air defences had destroyed 27 Ukrainian drones overnight.', 'intercepted', 27, /^Russia$/],
    ['JERUSALEM, Aug 30 (Reuters) - Israeli strikes killed 17 people in Gaza City on Saturday, the territory\'s civil defence agency said.', 'killed', 17, /Gaza City/],
  ]);
});

test('a national total is the country\'s, its parts the regions\' (including, of them, a colon list)', () => {
  expectAll([
    ['The defence ministry said 146 Ukrainian drones were destroyed overnight, including 38 over the Kursk region.', 'intercepted', 146, /^Russia$/],
    ['The defence ministry said 146 Ukrainian drones were destroyed overnight, including 38 over the Kursk region.', 'intercepted', 38, /Kursk/],
    ['Russia said its air defences downed 67 drones overnight, 25 of them over the Voronezh region.', 'intercepted', 67, /^Russia$/],
    ['Russia said its air defences downed 67 drones overnight, 25 of them over the Voronezh region.', 'intercepted', 25, /Voronezh/],
    ['Russian air defences destroyed 58 Ukrainian drones overnight, the ministry said: 19 over the Rostov region and 12 over the Lipetsk region.', 'intercepted', 19, /Rostov/],
    ['Russian air defences destroyed 58 Ukrainian drones overnight, the ministry said: 19 over the Rostov region and 12 over the Lipetsk region.', 'intercepted', 58, /^Russia$/],
    ['Israeli strikes killed 63 people across the Gaza Strip on Monday, including 21 in Rafah, health officials said.', 'killed', 63, /Gaza/],
    ['Israeli strikes killed 63 people across the Gaza Strip on Monday, including 21 in Rafah, health officials said.', 'killed', 21, /Rafah/],
  ]);
});

test('several stories in one page: each count keeps its own story\'s place', () => {
  const page = 'Asia\n\nA bomb blast at a market in the Pakistani city of Peshawar killed nine people, police said.\n\nAfrica\n\nGunmen killed 14 farmers in an attack near the town of Gwoza in Nigeria\'s Borno state, residents said.\n\nEurope\n\nUkraine\'s air force said 33 of 45 drones launched by Russia overnight were shot down.';
  expectAll([
    [page, 'killed', 9, /Peshawar/],
    [page, 'killed', 14, /Gwoza/],
    [page, 'intercepted', 33, /^Ukraine$/],
  ]);
});

test('an interception with no place of its own is in the defending country, not the attacker\'s or the dateline\'s', () => {
  expectAll([
    ['Israel\'s military said it intercepted 8 drones launched from Yemen overnight.', 'intercepted', 8, /^Israel$/],
    ['The Ukrainian air force said it shot down 51 of 64 Shahed drones launched by Russia on Sunday night.', 'intercepted', 51, /^Ukraine$/],
    ['Russia\'s defence ministry said its air defences destroyed 23 Ukrainian drones overnight.', 'intercepted', 23, /^Russia$/],
  ]);
});

test('casualties in a district of a city are at the district', () => {
  expectAll([
    ['Russian shelling wounded six people in the Korabelnyi district of Kherson on Sunday, the city administration said.', 'injured', 6, /Korabelnyi/],
    ['A drone strike killed two people in the Shevchenkivskyi district of Kharkiv, the mayor said.', 'killed', 2, /Shevchenkivskyi/],
    ['At least 12 people were injured in Kyiv overnight, including five in the Dniprovskyi district, the mayor said.', 'injured', 5, /Dniprovskyi/],
  ]);
});

test('where the speaker spoke is no scene when the sentence names a place after it', () => {
  expectAll([
    ['Speaking to reporters in Kyiv, the interior minister said 7 people were killed by a missile in the town of Izium.', 'killed', 7, /Izium/],
    ['A UN spokesman told reporters in New York that at least 19 civilians were killed in an attack near Bunia.', 'killed', 19, /Bunia/],
    ['Addressing parliament in Baghdad, the prime minister said 6 soldiers were killed in an ambush near Kirkuk.', 'killed', 6, /Kirkuk/],
  ]);
});
