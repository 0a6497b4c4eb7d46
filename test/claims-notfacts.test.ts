import { test } from 'node:test';
import { kindTable as table } from './helpers/kinds.js';

// Counts that are no fact the story reports (issue 9, round fp6): about 110 claims on six blind sets have
// no gold counterpart. GUIDELINES annotate what is stated as having happened; a count a side denies, a
// capacity of a weapon and a number only asked are not. Each row pairs a near miss with its twin that is
// a claim, in wordings of our own (verb, voice, tense, numbers as words and digits, with and without source).

const KINDS = ['killed', 'injured', 'launched', 'intercepted', 'hit', 'evacuated', 'flights_disrupted'];

test('denials: a count after "denied that", "dismissed reports that", "rejected claims that", "denied losing" is no claim; the twin that states it is', () => {
  table(KINDS, [
    ['Hamas denied that 15 of its fighters were killed in the raid.', []],
    ['Israel said 15 Hamas fighters were killed in the raid.', ['killed 15 exact @Israel']],
    ['Moscow dismissed reports that 40 of its soldiers had been killed in the strike.', []],
    ['Kyiv said that 40 Russian soldiers had been killed in the strike.', ['killed 40 exact']],
    ['The army denied reports that three civilians had been wounded.', []],
    ['The army confirmed that three civilians had been wounded.', ['injured 3 exact']],
    ['The ministry rejected claims that six missiles had hit the base.', []],
    ['The ministry admitted that six missiles had hit the base.', ['hit 6 exact']],
    ['Officials denied having launched 50 drones at the city.', []],
    ['Officials admitted having launched 50 drones at the city.', ['launched 50 exact']],
    ['The ministry denied that two drones had been shot down over the capital.', []],
    ['The ministry said two drones had been shot down over the capital.', ['intercepted 2 exact']],
    ['The Israeli military denied a report that 20 rockets had been fired from Lebanon.', []],
    ['The Israeli military said 20 rockets had been fired from Lebanon.', ['launched 20 exact @Israel']],
    ['Tehran disputed claims that nine of its drones were downed.', []],
    // The denial reaches its own clause only, and a denial of responsibility names no denied count.
    ['Hamas denied that 15 of its fighters were killed, saying 3 died in the raid.', ['killed 3 exact']],
    ['The group denied responsibility for the bombing that killed 12 people.', ['killed 12 exact']],
  ]);
});

test('capacities: what a weapon or a force can do is no claim; what it did is', () => {
  table(KINDS, [
    ['The new battery is capable of intercepting 12 missiles at once.', []],
    ['The new battery intercepted 12 missiles at once.', ['intercepted 12 exact']],
    ['The system is designed to shoot down up to 90 drones an hour.', []],
    ['The system shot down up to 90 drones in an hour.', ['intercepted 90 at_most']],
    ['The plant has the capacity to produce and launch 300 drones a day.', []],
    ['The military has the ability to evacuate 10,000 people within a day.', []],
    ['The military evacuated 10,000 people within a day.', ['evacuated 10000 exact']],
    ['Air defences were able to shoot down 20 of the 25 drones.', ['intercepted 20 exact', 'launched 25 exact']],
  ]);
});

test('a number asked is none told: "how many were killed" gives no count, "described how 12 were killed" does', () => {
  table(KINDS, [
    ['The rebels did not say how many soldiers were killed, and denied losing 15 fighters.', []],
    ['It was not immediately clear how many people were killed in the blast.', []],
    ['Officials did not say how many drones were shot down over the city.', []],
    ['Witnesses described how 12 soldiers were killed at the checkpoint.', ['killed 12 exact']],
    ['Many civilians died in the strike, officials said.', ['killed null unknown']],
  ]);
});

test('history is annotated (the check set counts earlier attacks): a count of an earlier year stays a claim', () => {
  table(KINDS, [
    ['The deadliest attack, in 2011, killed at least 30 people and wounded 45 others.', ['injured 45 exact', 'killed 30 at_least']],
    ['In 2022, Russian shelling killed 23 civilians in the town of Izium.', ['killed 23 exact @Izium']],
  ]);
});

test('numbers that count nothing: ages, a measure glued to its unit, "a mother of two"; their twins count', () => {
  table(KINDS, [
    ['The victims, aged 19 and 23, were killed instantly.', []],
    ['Nineteen people were killed instantly.', ['killed 19 exact']],
    ['A man aged 30 and two children were killed in the strike.', ['killed 2 exact']],
    ['A mother of two was injured in the strike.', []],
    ['A mother and two children were injured in the strike.', ['injured 2 exact']],
    ['A 1,500-pound bomb hit the hospital in Gaza.', []],
    ['Three bombs hit the hospital in Gaza.', ['hit 3 exact @Gaza']],
    ['A 40-ton truck bomb hit the market in Mogadishu.', []],
    // A count standing before a glued measure is still a count.
    ['Drones hit 2 fuel depots in Bryansk in a 48-hour spell.', ['hit 2 exact @Bryansk']],
  ]);
});

test('an updated count: the old figure ("rose from nine to 12", "initially reported", "earlier had said") is no claim, the new one is', () => {
  table(['killed', 'injured'], [
    ['The death toll rose from nine to 12 after rescuers found more bodies in Dnipro.', ['killed 12 exact @Dnipro']],
    ['Authorities revised the number of dead from 4 to 7 in Odesa.', ['killed 7 exact @Odesa']],
    ['The death toll from the strike on Dnipro rose to 12, officials said. Earlier, officials had said nine people were killed.', ['killed 12 exact @Dnipro']],
    ['Officials initially reported five injured in Sumy.', []],
    ['Officials reported five injured in Sumy.', ['injured 5 exact @Sumy']],
    ['Earlier, officials said nine people were killed in Kharkiv.', ['killed 9 exact @Kharkiv']],
  ]);
});

test('damage aimed at or asked about is no damage: "intended to hit", "attempts to hit … failed", "assessing whether … was damaged"', () => {
  table(['damaged'], [
    ['The drones were intended to hit the refinery.', []],
    ['The drones hit the refinery.', ['damaged null unknown']],
    ['Attempts to hit the bridge have failed.', []],
    ['Officials are assessing whether the plant was damaged.', []],
    ['Officials said the plant was damaged.', ['damaged null unknown']],
  ]);
});

test('weapons supplied or carried are no launch: "supplied X with 400 missiles", "armed with eight"; "attacked X with 20 missiles" is', () => {
  table(['launched'], [
    ['Iran supplied Russia with 400 ballistic missiles last year.', []],
    ['Washington provided Kyiv with 20 Patriot interceptors.', []],
    ['The frigate is armed with eight cruise missiles.', []],
    ['The bombers were equipped with 12 glide bombs each.', []],
    ['Russia attacked Kyiv with 20 missiles overnight.', ['launched 20 exact @Kyiv']],
    ['The rebels struck the base with six rockets on Sunday.', ['launched 6 exact']],
  ]);
});

test('victims broken down by condition or category are no further count: "Of the 20 injured, five are in serious condition"', () => {
  table(['killed', 'injured'], [
    ['Seven people were killed and 20 injured in Kharkiv. Of the 20 injured, five are in serious condition.', ['injured 20 exact @Kharkiv', 'killed 7 exact @Kharkiv']],
    ['Twelve people died in Sumy; four of the dead were children.', ['killed 12 exact @Sumy']],
    ['Of the 40 wounded in Kherson, 10 were in critical condition.', ['injured 40 exact @Kherson']],
  ]);
});

test('a denial of something else, then a count of its own, keeps the count', () => {
  table(['killed'], [
    ['The militia denied the accusation and said it had killed 14 soldiers.', ['killed 14 exact']],
    ['The militia denied reports that it had killed 14 soldiers.', []],
  ]);
});
