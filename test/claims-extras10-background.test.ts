import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// Counted strikes told as background (issue 9, round extras10): hits and damage counted in a clause of a year before the
// publication's (2025 here), a past time or a habit are history, not the strike reported, as uncounted damage of such a
// clause already is (data/rules/damage-background.json). The clause of the news in the same sentence stays; tolls of past
// years stay (history of the dead is annotated). Sentences of our own.
const STRUCK = ['hit', 'damaged', 'killed'];

test('hits and damage counted in a clause of an earlier year, a past time or a habit are no claims', () => {
  kindTable(STRUCK, [
    ['In 2019, drones hit two oil facilities in Abqaiq.', []],
    ['Two years ago, Houthi missiles hit four tankers in the Red Sea.', []],
    ['The same depot in Engels was hit by five drones in 2023.', []],
    ['Russia has repeatedly struck 4 hydroelectric plants on the Dnipro.', []],
    ['Last year, Ukrainian drones damaged three refineries in the Krasnodar region.', []],
  ]);
});

test('the clause of the news keeps its counts; this year\'s strikes and past tolls stay', () => {
  kindTable(STRUCK, [
    ['In 2022, Russian missiles struck 12 power plants; on Monday three drones hit a substation in Lviv.', ['damaged null unknown @Lviv', 'hit 3 exact @Lviv']],
    ['Drones hit two oil depots in Bryansk on Sunday, the governor said.', ['damaged 2 exact @Bryansk', 'hit 2 exact @Bryansk']],
    ['In 2025, drones have hit 14 refineries in Russia.', ['damaged 14 exact @Russia', 'hit 14 exact @Russia']],
    ['In 2023, a missile attack killed 25 people in Uman.', ['killed 25 exact @Uman']],
    // A cumulative total or a running tally is no background: it is annotated, its date null (GUIDELINES: when).
    ['Since the start of the war, Russia has hit 300 energy facilities in Ukraine.', ['damaged 300 exact @Ukraine', 'hit 300 exact @Ukraine']],
    ['The number of damaged homes in Pokrovsk has reached 230.', ['damaged 230 exact @Pokrovsk']],
  ]);
});
