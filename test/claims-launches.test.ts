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

test('shelling counted: shells and rounds fired, towns shelled N times, artillery attacks; targets shelled are hit; supplies, output and needs stay out', () => {
  table(['launched', 'hit'], [
    ['Russian troops fired 340 artillery shells at Ukrainian positions near Pokrovsk over the past day.', ['launched 340 exact @Pokrovsk']],
    ['The army shelled Kupiansk 27 times on Sunday, the governor said.', ['launched 27 exact @Kupiansk']],
    ['The town of Nikopol was shelled nine times with heavy artillery.', ['launched 9 exact @Nikopol']],
    ['Enemy forces struck the village of Vovchansk 14 times overnight.', ['launched 14 exact @Vovchansk']],
    ['Ukrainian forces recorded 56 artillery attacks on the Kherson region overnight.', ['launched 56 exact @Kherson region']],
    ['Some 1,200 rounds were fired at the village of Bilopillia, local officials said.', ['launched 1200 about @Bilopillia']],
    ['North Korea fired around 200 artillery rounds into the sea near Yeonpyeong island.', ['launched 200 about']],
    ['Israeli tanks fired dozens of shells at Khan Younis on Tuesday.', ['launched null unknown @Khan Younis']],
    ['Pakistani troops fired thirty mortar shells across the frontier, officials said.', ['launched 30 exact']],
    ['Russian forces carried out 98 artillery strikes on settlements of the Zaporizhzhia region, the governor reported.', ['launched 98 exact @Zaporizhzhia region']],
    ['Over the past 24 hours the enemy shelled 14 settlements in the Sumy region.', ['hit 14 exact @Sumy region']],
    ['Eighty mortar rounds landed on the outskirts of El Fasher, witnesses said.', ['hit 80 exact @El Fasher']],
    // Near misses: production, a delivery in the perfect, a need, a capacity, a rise counted in times.
    ['The factory produces 3,000 artillery shells a month.', []],
    ['The United States has sent 2 million shells to Ukraine since 2022.', []],
    ['Ukraine needs 200,000 rounds of ammunition per month, the minister said.', []],
    ['Russia could fire 10,000 shells a day, analysts estimated.', []],
    ['Prices of shells rose three times in a year.', []],
  ]);
});

test('salvos by weapon name and combined totals: naval drones, cruise and ballistic missiles by name, aerial weapons, attacks that included weapons; arsenals, output and deliveries stay out', () => {
  table(['launched'], [
    ['Overnight, Russia launched a total of 315 drones and missiles at Ukraine, the air force said.', ['launched 315 exact @Ukraine']],
    ['Russia used 87 aerial weapons in the overnight attack on Kyiv.', ['launched 87 exact @Kyiv']],
    ['The enemy used 64 means of air attack against the Dnipro region overnight.', ['launched 64 exact @Dnipro region']],
    ['The Houthis launched four uncrewed surface vessels at the tanker in the Red Sea.', ['launched 4 exact @Red Sea']],
    ['Seven sea drones were launched at the port of Novorossiysk, Russia said.', ['launched 7 exact @Novorossiysk']],
    ['Ukraine sent 11 unmanned surface vessels towards Sevastopol overnight.', ['launched 11 exact @Sevastopol']],
    ['Russia fired 6 Kh-101 missiles and two Zircons at Lviv.', ['launched 6 exact @Lviv', 'launched 2 exact @Lviv']],
    ['Ukraine launched 26 loitering munitions at targets in Crimea.', ['launched 26 exact @Crimea']],
    ['The barrage included 12 cruise missiles and 4 ballistic missiles.', ['launched 12 exact', 'launched 4 exact']],
    ['Three Qassam rockets were fired towards Sderot.', ['launched 3 exact @Sderot']],
    ['The Houthis fired two Burkan missiles at Riyadh on Monday.', ['launched 2 exact @Riyadh']],
    ['In total, the enemy used 145 drones, 4 Iskander missiles and 30 guided aerial bombs.', ['launched 145 exact', 'launched 4 exact', 'launched 30 exact']],
    // Near misses: an arsenal, output, a plan, a delivery, a threat.
    ['Iran has an arsenal of more than 3,000 ballistic missiles.', []],
    ['Russia produces about 2,700 Shahed drones per month, Ukrainian intelligence says.', []],
    ['Germany will deliver 100 Taurus missiles to Ukraine.', []],
    ['The Houthis could launch 50 naval drones at ships, an analyst warned.', []],
    ['Iran had sent hundreds of drones to Russia, the report found.', []],
  ]);
});

test('weapons told as attacking, targeting, aimed at or flying towards a place were launched; only weapons that struck or hit it are hits', () => {
  table(['launched', 'hit'], [
    ['Twenty-five drones attacked the Belgorod region overnight, the governor said.', ['launched 25 exact @Belgorod region']],
    ['More than 40 Ukrainian drones targeted Moscow overnight.', ['launched 40 more_than @Moscow']],
    ['At least 12 Russian drones targeted the city of Sumy.', ['launched 12 at_least @Sumy']],
    ['Some 60 drones attacked the Odesa region, damaging port infrastructure.', ['launched 60 about @Odesa region']],
    ['Eleven missiles were aimed at Kyiv overnight.', ['launched 11 exact @Kyiv']],
    ['Thirty drones flew towards Kyiv on Tuesday night.', ['launched 30 exact @Kyiv']],
    ['Nine Shahed drones were heading for Kharkiv when the alert sounded.', ['launched 9 exact @Kharkiv']],
    // Weapons that got there are hits.
    ['Seven drones struck the city of Kharkiv on Monday night, killing two people.', ['hit 7 exact @Kharkiv']],
    ['Two ballistic missiles hit the centre of Poltava.', ['hit 2 exact @Poltava']],
    // Near misses: targets counted after the verb are hit, a plan to target.
    ['Russian drones targeted 14 settlements in the Sumy region.', ['hit 14 exact @Sumy region']],
    ['The army plans to target 30 launch sites next week.', []],
  ]);
});

test('weapons attacking a place, told in -ing, were launched; a single drone attack counts no weapon', () => {
  table(['launched'], [
    ['Nine drones attacking the capital were seen from the river.', ['launched 9 exact']],
    ['It was the largest single drone attack on Kyiv of the war.', []],
  ]);
});

// Interceptions with no place of their own are placed in the defending country (GUIDELINES: where).
test('interceptions in other wordings: X of Y with the salvo told after Y or before X, lost locationally, confronted, knocked out of the sky; capacities and projections stay out', () => {
  table(['launched', 'intercepted'], [
    ['The Israeli military said 16 of the 20 rockets fired from Lebanon were intercepted.', ['intercepted 16 exact @Israel', 'launched 20 exact @Israel']],
    ['Of the 26 missiles, 21 were destroyed in the air, the commander said.', ['launched 26 exact', 'intercepted 21 exact']],
    ['Of 30 drones, twenty-five were shot down and 3 were jammed.', ['launched 30 exact', 'intercepted 25 exact', 'intercepted 3 exact']],
    ['Ukrainian forces shot down a total of 41 drones, while 29 others were lost locationally.', ['intercepted 41 exact @Ukraine', 'intercepted 29 exact @Ukraine']],
    ["Syria's air defences confronted 10 Israeli missiles over Homs, state media said.", ['intercepted 10 exact @Homs']],
    ['Fourteen missiles were knocked out of the sky over Kyiv.', ['intercepted 14 exact @Kyiv']],
    ['Air defences countered 17 drones over the Chernihiv region overnight.', ['intercepted 17 exact @Chernihiv region']],
    ['Russian air defences neutralized 18 fixed-wing drones over the Bryansk region overnight.', ['intercepted 18 exact @Bryansk region']],
    ['Nineteen UAVs were destroyed by air defence systems on duty over the Kursk region.', ['intercepted 19 exact @Kursk region']],
    ['The coalition said its warships had shot down 21 Houthi drones and three anti-ship missiles.', ['intercepted 21 exact', 'intercepted 3 exact']],
    // Near misses: a capacity, a projection.
    ['The system can intercept 100 targets at once.', []],
    ['Russia could fire 10,000 shells a day, analysts estimated.', []],
    ['Russia launched 40 drones a day after the strike on the bridge.', ['launched 40 exact']],
  ]);
});

test('combined totals: counts joined past decoys or "of various types" share their verb, a total broken down after a colon', () => {
  table(['launched'], [
    ["Russia's overnight attack involved 550 drones and decoys and 50 missiles.", ['launched 550 exact', 'launched 50 exact']],
    ['The attack involved 40 missiles of various types and 100 attack drones.', ['launched 40 exact', 'launched 100 exact']],
    ['Overnight the enemy used 352 air attack assets: 339 Shahed-type UAVs and 13 missiles.', ['launched 352 exact', 'launched 339 exact', 'launched 13 exact']],
    ['According to the air force, Russia launched four hundred drones and 48 missiles of different types overnight.', ['launched 400 exact', 'launched 48 exact']],
    // Near miss: a count of something else after the salvo is not joined to it.
    ['Russia launched 90 drones and decoys and 12 people were hurt.', ['launched 90 exact']],
  ]);
});
