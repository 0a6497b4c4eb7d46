import { test } from 'node:test';
import { kindTable as table } from './helpers/kinds.js';

// Numbers that are no count of the incident (issue 9, round fp8): a number naming a site, an ordinal in thousands,
// a capacity told in the present, rounds of small arms and crowd-control munitions, a share of the victims by
// condition. Each row pairs the near miss with a twin that is a claim and must survive (own wordings, names and
// numbers varied).

const KINDS = ['killed', 'injured', 'launched', 'intercepted', 'hit', 'damaged', 'evacuated'];

test('a number that names a site (Apartment 14, Building No. 7, Hospital #3, Gate 4) counts nothing; a count of sites stays', () => {
  table(KINDS.filter((k) => k !== 'damaged'), [
    ['Apartment 14 on Lesya Ukrainka Street was destroyed.', []],
    ['Fourteen apartments on Lesya Ukrainka Street were destroyed.', []],
    ['Building No. 7 of the tractor plant was destroyed and 3 workers were killed.', ['killed 3 exact']],
    ['Hospital #3 in Zaporizhzhia was hit by a guided bomb.', []],
    ['Building 9 burned after the strike, and 3 workers were injured.', ['injured 3 exact']],
    ['The shelling damaged Lyceum No. 5 and killed 2 teachers.', ['killed 2 exact']],
  ]);
  table(['damaged'], [
    ['A guided bomb damaged School No. 27 in Kharkiv.', ['damaged null unknown @Kharkiv']],
    ['School 27 in Kharkiv was damaged by a guided bomb.', ['damaged null unknown @Kharkiv']],
    ['Russian shelling damaged 27 schools in Kharkiv.', ['damaged 27 exact @Kharkiv']],
    ['Missiles hit 3 hospitals in Zaporizhzhia.', ['damaged 3 exact @Zaporizhzhia']],
  ]);
});

test('an ordinal in thousands ranks an attack, it counts none; a count in thousands stays', () => {
  table(KINDS, [
    ['Russia launched its 1,000th drone attack on the city.', []],
    ['Russia launched 1,000 drones at the city last month.', ['launched 1000 exact']],
    ['It was the 10,000th glide bomb dropped on the region this year.', []],
  ]);
});

test('"is able to" tells a capacity; "were able to" tells what was done', () => {
  table(KINDS, [
    ['The brigade is able to intercept 30 drones a night.', []],
    ['The new batteries are now able to shoot down 12 missiles at once.', []],
    ['The brigade was able to intercept 30 drones overnight.', ['intercepted 30 exact']],
    ['Air defence units were able to shoot down 14 of the 19 missiles.', ['intercepted 14 exact', 'launched 19 exact']],
  ]);
});

test('rounds of live ammunition or tear gas are no launched weapons; artillery rounds are', () => {
  table(KINDS, [
    ['Troops fired 12 rounds of live ammunition near the crowd.', []],
    ['Police fired 20 rounds of tear gas at the protesters in Nairobi.', []],
    ['Russian forces fired 300 artillery rounds at the village overnight.', ['launched 300 exact']],
  ]);
});

test('a share of the victims by condition ("5 of the 12 wounded were in critical condition") is no second toll', () => {
  table(KINDS, [
    ['Officials said 5 of the 12 wounded were in critical condition.', ['injured 12 exact']],
    // Number words opening a sentence are not LIKE_NUM in the language layer (lower-case only), so digits here.
    ['The hospital said 4 of the 20 injured are children.', ['injured 20 exact']],
    // How some of the injured fared (treated and released) breaks the toll down too (recall9: the verb right after the Y is the Y's).
    ['The hospital said 4 of the 20 injured were treated and released.', ['injured 20 exact']],
  ]);
});

test('a rate ("90 drones a day", "every night", "each week") is no count of an incident; "in a single night" is', () => {
  table(KINDS, [
    ['Russia is launching up to 90 drones a day at the Sumy region.', []],
    ['Moscow fires some 120 Shahed drones every night, Kyiv says.', []],
    ['On average, 40 soldiers are killed each week along the front.', []],
    ['Russian forces fired 400 drones in a single night.', ['launched 400 exact']],
    ['The army shot down 30 drones on Monday night.', ['intercepted 30 exact']],
    ['Six people were killed in Kherson, and 14 were injured a day after the strike.', ['injured 14 exact @Kherson', 'killed 6 exact @Kherson']],
  ]);
});

test('a number asked for or planned is no fact: "called for 12,000 to be evacuated", "the evacuation of 2,000 is planned"', () => {
  table(KINDS, [
    ['Officials called for 12,000 people to be evacuated from the flood zone.', []],
    ['Officials evacuated 12,000 people from the flood zone.', ['evacuated 12000 exact']],
    ['The charity appealed for the evacuation of some 300 patients.', []],
    ['The mayor called for calm after 12 people were killed.', ['killed 12 exact']],
    ['The evacuation of 2,000 children is planned for next week.', []],
    ['The evacuation of 2,000 children was completed on Friday.', ['evacuated 2000 exact']],
  ]);
});

test('a counterfactual ("Had the drone hit the school, …") is no damage; the past perfect told as news is', () => {
  table(['damaged', 'killed'], [
    ['Had the drone hit the school, dozens of children could have been killed.', []],
    ['Officials said the drone had hit the school.', ['damaged null unknown']],
  ]);
});
