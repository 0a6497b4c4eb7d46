import { test } from 'node:test';
import { kindTable as table } from './helpers/kinds.js';

// Launches and interceptions unseen news states and the engine did not find (issue 9, round launch5):
// strikes and air raids counted, shelling counted, combined salvos and the names of weapons, weapons told
// as attacking a place, and interceptions in other wordings. Each class in sentences of our own (verb,
// tense, voice, order, numbers as words and digits, with and without a source), with the near misses that
// must stay out (deliveries, stockpiles, production, plans, "could fire"). Rows compare kind, value,
// qualifier and place of every claim of the kinds asked.

test('strikes and air raids counted are strikes launched, whatever the verb; targets counted are hit; plans and other strikes stay out', () => {
  table(['launched', 'hit'], [
    ['The Israeli air force carried out 40 airstrikes on southern Lebanon overnight.', ['launched 40 exact @Lebanon']],
    ['Russian aircraft conducted 12 air strikes on the Zaporizhzhia region on Tuesday, officials said.', ['launched 12 exact @Zaporizhzhia region']],
    ['Some 25 strikes were conducted against Houthi positions near Sanaa, the Pentagon said.', ['launched 25 about @Sanaa']],
    ['US forces launched more than 30 strikes in Yemen on Saturday.', ['launched 30 more_than @Yemen']],
    ['Warplanes pounded Idlib with at least 18 airstrikes on Monday.', ['launched 18 at_least @Idlib']],
    ['Israeli jets struck Gaza City with dozens of airstrikes overnight.', ['launched null unknown @Gaza City']],
    ["Sudan's army carried out nine air raids on Nyala this week.", ['launched 9 exact @Nyala']],
    ['Turkey said it had carried out 21 air strikes in northern Iraq.', ['launched 21 exact @Iraq']],
    ['The military staged seven airstrikes near Kandahar on Friday.', ['launched 7 exact @Kandahar']],
    ['Fifteen airstrikes hit the outskirts of Omdurman overnight, residents said.', ['launched 15 exact @Omdurman']],
    ['Over the past day, Russian forces launched 62 air strikes and dropped 110 guided bombs, the General Staff said.', ['launched 62 exact', 'launched 110 exact']],
    ['Coalition jets flew twenty-two strikes against the militants near Raqqa.', ['launched 22 exact @Raqqa']],
    // Strikes counted on counted targets: both facts.
    ['Enemy gunners made 44 artillery strikes on 11 villages of the district.', ['launched 44 exact', 'hit 11 exact']],
    // Near misses: a plan, a threat, a capacity, a strike of workers, strikes told without a count.
    ['The air force plans to carry out 50 airstrikes next week.', []],
    ['The militia threatened to carry out 100 drone strikes on the capital.', []],
    ['The general said the military could conduct 20 strikes a day.', []],
    ['Dock workers staged three strikes this year over pay.', []],
    ['Prisoners began two hunger strikes in March.', []],
    ['The strikes on the port continued into the night.', []],
  ]);
});
