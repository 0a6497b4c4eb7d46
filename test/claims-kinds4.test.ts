import { test } from 'node:test';
import { kindTable as table } from './helpers/kinds.js';

// Claims short wire items hold and the engine did not find (issue 9, round kinds4): the dead told by
// bodies recovered and by the number killed; a salvo's share that hits ("several hitting X") or is told
// in the sentence after the salvo ("Forty of them were shot down"); settlements evacuated under an
// order and people who left under one; sites reduced to rubble or stopped by an attack; counted targets
// that came under fire. Each class in wordings of our own (verb, tense, voice, order, numbers as words
// and digits, with and without a source), with the near misses that must stay out. Rows compare kind,
// value, qualifier and place of every claim of the kinds asked.

test('killed: bodies recovered, found or pulled out count the dead; bodies returned, or still to be recovered, do not', () => {
  table(['killed'], [
    ['Fourteen bodies were pulled from the debris in Kramatorsk.', ['killed 14 exact @Kramatorsk']],
    ['Rescuers recovered 9 bodies from the collapsed apartment block in Uman.', ['killed 9 exact @Uman']],
    ['Emergency workers have retrieved 23 bodies so far, the mayor of Sumy said.', ['killed 23 exact @Sumy']],
    ['At least 11 bodies were found in a mass grave near Izium.', ['killed 11 at_least @Izium']],
    ['Divers pulled out the bodies of six fishermen off the coast of Berdiansk.', ['killed 6 exact @Berdiansk']],
    ['Police said they had discovered five bodies in a burned car outside Goma.', ['killed 5 exact @Goma']],
    ['Searchers dug 12 corpses out of the mud after the landslide in Kerala.', ['killed 12 exact @Kerala']],
    // Near misses: a repatriation, bodies still to be found, bodies counted with no finding.
    ['Russia handed over 909 bodies of fallen soldiers to Ukraine on Friday.', []],
    ['The bodies of 757 soldiers were returned to Kyiv under the exchange deal.', []],
    ['Officials estimate that 3,000 bodies remain under the rubble, yet to be recovered.', []],
    // "the remains of 137 people have been recovered since the ceasefire": remains of earlier dead, not a new toll (domain gold).
    ['The remains of 40 people have been recovered from the ruins since the truce began.', []],
    ['Some 400 bodies are awaiting identification at the morgue in Khartoum.', []],
  ]);
});

test('killed: the number of people killed, like a toll, counts the dead; the number of injured does not', () => {
  table(['killed'], [
    ['Officials said the number of people killed had reached 19.', ['killed 19 exact']],
    ['The number killed in the attack on Sumy rose to 35, police said.', ['killed 35 exact @Sumy']],
    ['By Tuesday the number of civilians killed stood at 62.', ['killed 62 exact']],
    ['The number of those killed in the blast climbed to twenty-one.', ['killed 21 exact']],
    ['The death toll climbed to nine on Wednesday.', ['killed 9 exact']],
    ['The number of dead rose to 31 overnight, the emergency service said.', ['killed 31 exact']],
    // Near misses: injuries, and a number of something else ("a number of" is a vague count, GUIDELINES: null, unknown).
    ['The number of injured rose to 40.', []],
    ['A number of people were killed, the army said.', ['killed null unknown']],
    ['The number of drones launched rose to 300.', []],
  ]);
});

test('killed: many wordings of the dead, digits and words, with and without a source; plans, projections and zero-free asides stay out', () => {
  table(['killed'], [
    ['Eleven people died when the shell struck a bus stop in Kherson.', ['killed 11 exact @Kherson']],
    ['The missile attack on Odesa claimed the lives of at least eight civilians.', ['killed 8 at_least']],
    ['The bombing left 17 dead and dozens wounded in the market in Idlib.', ['killed 17 exact @Idlib']],
    ['Seven people were confirmed dead after the raid on Khan Younis.', ['killed 7 exact @Khan Younis']],
    ['Two civilians lost their lives in the shelling of Kupiansk, police said.', ['killed 2 exact @Kupiansk']],
    ['Residents of Toretsk, where four people were killed on Monday, fled the town.', ['killed 4 exact @Toretsk']],
    ['The drone hit a minibus; three passengers were killed.', ['killed 3 exact']],
    ['Five firefighters perished when a second missile hit the site.', ['killed 5 exact']],
    ['Six people are dead after a drone struck a bus in Kherson.', ['killed 6 exact @Kherson']],
    ['A drone attack on a minibus in the Kherson region left one dead and five injured.', ['killed 1 exact @Kherson region']],
    // Near misses: a projection, a threat, a singular article (GUIDELINES: not counted).
    ['The blast could kill hundreds if the dam fails.', []],
    ['The group threatened to kill 20 hostages.', []],
    ['A man was killed when a drone hit his car near Nikopol.', []],
  ]);
});

test('killed: a noun of killing before the count (murder, massacre, killings, execution), gunned down, lives claimed; lives saved and rates stay out', () => {
  table(['killed'], [
    ['He was jailed in 2015 for the murder of three police officers.', ['killed 3 exact']],
    ['Rights groups documented the killings of 12 protesters in Nairobi.', ['killed 12 exact @Nairobi']],
    ['The execution of two prisoners in Tehran was condemned abroad.', ['killed 2 exact @Tehran']],
    ['The assassination of two officials in Kabul was blamed on the Taliban.', ['killed 2 exact @Kabul']],
    ['The slaughter of dozens of civilians in the town shocked the region.', ['killed null unknown']],
    ['Nine passengers were gunned down on the highway near Quetta.', ['killed 9 exact @Quetta']],
    ['Gunmen mowed down 12 worshippers at a church in Owo.', ['killed 12 exact @Owo']],
    ['The shelling claimed two lives in Kherson on Saturday.', ['killed 2 exact @Kherson']],
    ['The blast took 14 lives, the police chief said.', ['killed 14 exact']],
    ['The strikes killed 85 people in Gaza, bringing the death toll since October 2023 to 55,000.', ['killed 55000 exact @Gaza', 'killed 85 exact @Gaza']],
    // Near misses: lives saved, a rate, lives at risk.
    ['Doctors saved 20 lives after the blast.', []],
    ['The murder rate fell by 12 percent last year.', []],
    ['The flooding put 300 lives at risk, officials warned.', []],
  ]);
});

test('hit: a salvo\'s share that reaches a target, told after the salvo or in the next sentence, is a hit; its own verb, not the salvo\'s, gives the kind', () => {
  table(['hit', 'launched', 'intercepted'], [
    ['Russia launched 23 missiles, several hitting energy facilities in Lviv.', ['hit null unknown @Lviv', 'launched 23 exact @Lviv']],
    ['Iran fired 200 missiles at Israel, several of them hitting air bases.', ['hit null unknown @Israel', 'launched 200 exact @Israel']],
    ['Hezbollah fired 40 rockets, some hitting homes in Kiryat Shmona.', ['hit null unknown @Kiryat Shmona', 'launched 40 exact @Kiryat Shmona']],
    ['Russia fired 14 missiles at Odesa; three of them struck residential areas.', ['hit 3 exact @Odesa', 'launched 14 exact @Odesa']],
    ['Russia fired 14 missiles at Odesa overnight. Three of them struck residential areas, the governor said.', ['hit 3 exact @Odesa', 'launched 14 exact @Odesa']],
    ['Russia launched 50 drones at Ukraine overnight. Forty of them were shot down or jammed, the air force said.', ['intercepted 40 exact @Ukraine', 'launched 50 exact @Ukraine']],
    ['Two of them struck a power plant near Lviv.', ['hit 2 exact @Lviv']],
    ['Russia launched 50 drones, with at least five hitting targets in Kyiv.', ['hit 5 at_least @Kyiv', 'launched 50 exact']],
    // The fronted Y of an X of Y is the salvo, as in 'six of the 10 missiles hit' (GUIDELINES: X of Y gives launched Y).
    ['Of the 20 missiles, four struck residential areas in Kharkiv.', ['hit 4 exact @Kharkiv', 'launched 20 exact @Kharkiv']],
    ['Ukraine launched 30 drones at Bryansk, 12 of which hit the fuel depot.', ['hit 12 exact @Bryansk', 'launched 30 exact @Bryansk']],
    // Near misses: a share of people, a vague share that was downed (shares.ts reads those), a share with no verb.
    ['Twelve people were hurt. Five of them were taken to hospital.', []],
    ['Russia launched 50 drones overnight, many of them destroyed over the Kyiv region.', ['launched 50 exact @Kyiv region']],
    ['Russia fired 14 missiles at Odesa, several of them cruise missiles.', ['launched 14 exact @Odesa']],
  ]);
});

test('launched and intercepted: a salvo and its outcome after "with" ("with 277 drones and 19 missiles downed"): the participle after the last count tells what became of both; a bare "with" list was launched', () => {
  table(['launched', 'intercepted'], [
    ['Russia launched 479 drones and 20 missiles at Ukraine, with 277 drones and 19 missiles downed.', ['intercepted 19 exact @Ukraine', 'intercepted 277 exact @Ukraine', 'launched 20 exact @Ukraine', 'launched 479 exact @Ukraine']],
    ['The enemy attacked overnight, with 60 drones and four missiles shot down over the Kyiv region.', ['intercepted 4 exact @Kyiv region', 'intercepted 60 exact @Kyiv region']],
    ['Russia launched 90 drones at Ukraine, with 62 downed.', ['intercepted 62 exact @Ukraine', 'launched 90 exact @Ukraine']],
    ['Russia launched an attack with 40 drones and 10 missiles.', ['launched 10 exact', 'launched 40 exact']],
    ['Russia struck with 90 drones and 18 missiles overnight, the air force said.', ['launched 18 exact', 'launched 90 exact']],
    ['The enemy attacked with 58 drones and 4 missiles, 50 of which were shot down.', ['intercepted 50 exact', 'launched 4 exact', 'launched 58 exact']],
    ['A total of 80 drones were launched, of which 60 were downed and 15 jammed.', ['intercepted 15 exact', 'intercepted 60 exact', 'launched 80 exact']],
    ['Of the 100 drones launched, 65 were shot down and 25 were lost to electronic warfare.', ['intercepted 25 exact', 'intercepted 65 exact', 'launched 100 exact']],
    ['Air defences shot down 46 of 58 drones launched overnight.', ['intercepted 46 exact', 'launched 58 exact']],
    ['Russia launched a combined strike involving 90 drones and 18 missiles.', ['launched 18 exact', 'launched 90 exact']],
    // Near misses: a list received, a list not fired.
    ['The army received 40 drones and 10 missiles from its allies.', []],
    ['Ukraine asked for 40 drones and 10 missiles to defend its cities.', []],
  ]);
});

test('evacuated: settlements counted under an evacuation order, and people who left under one; displacement alone and plans stay out', () => {
  table(['evacuated'], [
    // Since recall13 an evacuation order is no count of the settlements it names, nor an evacuation told (writers count the people moved).
    ['Evacuations were ordered in 12 districts of the Kharkiv region.', []],
    ['Authorities ordered evacuations in five villages near the border.', []],
    ['Evacuation was announced for 14 settlements in the Donetsk region.', []],
    ['Authorities in Belgorod announced the evacuation of children from 11 settlements.', []],
    ['Israel issued evacuation orders for 10 villages in southern Lebanon.', []],
    ['The army told residents of 20 neighbourhoods in Beirut to evacuate.', ['evacuated 20 exact @Beirut']],
    ['Officials urged people in 7 hamlets near Kupiansk to leave immediately.', []],
    ['Officials urged people in seven hamlets near Kupiansk to evacuate at once.', ['evacuated 7 exact @Kupiansk']],
    ['More than 5,000 residents have left the Pokrovsk area under evacuation orders.', ['evacuated 5000 more_than @Pokrovsk area']],
    ['Around 1,500 people were forced to leave their homes under a mandatory evacuation order.', ['evacuated 1500 about']],
    ['Israel ordered the evacuation of 23 villages in southern Lebanon.', []],
    ['The army on Sunday ordered residents of 12 villages in south Lebanon to leave their homes.', []],
    ['Authorities relocated 450 residents from the frontline town of Vovchansk.', ['evacuated 450 exact @Vovchansk']],
    ['Israeli forces ordered 100,000 residents of Rafah to move to al-Mawasi.', ['evacuated 100000 exact @Rafah']],
    ['Hospital staff evacuated 40 patients to a shelter in the basement.', ['evacuated 40 exact']],
    ['Two thousand residents were bused out of Pokrovsk on Monday.', ['evacuated 2000 exact @Pokrovsk']],
    // Near misses: fighting in districts with no order, displacement, a curfew, a plan, people still there, a rescue.
    ['Fighting raged in 12 districts of the city.', []],
    ['Thousands of residents fled the fighting in the city.', []],
    ['A curfew was ordered in nine districts of the capital.', []],
    ['Some 2,000 people left the region last year.', []],
    ['The mayor said 200 people could be evacuated if the shelling resumes.', []],
    ['Over 7,000 people, including 1,500 children, remain in the city despite the evacuation order.', []],
    ['More than 400 people were rescued from the rubble, the emergency service said.', []],
    ['Twelve people had been killed before the evacuation order was issued.', []],
  ]);
});

test('damaged: a site reduced to rubble with its object between, a works stopped by an attack; an airport\'s halt and a halt for repairs are no damage', () => {
  table(['damaged'], [
    ['The strike reduced a cultural centre in Lozova to rubble.', ['damaged null unknown @Lozova']],
    ['Russian bombs turned the old school in Vovchansk into ruins.', ['damaged null unknown @Vovchansk']],
    ['The refinery halted operations after a drone attack, the company said.', ['damaged null unknown']],
    ['The Ilsky plant suspended production following the strike on Tuesday.', ['damaged null unknown']],
    ['A fuel terminal in Tuapse stopped loading after Thursday\'s attack.', ['damaged null unknown @Tuapse']],
    ['A warehouse in Odesa was set on fire by the drone attack.', ['damaged null unknown @Odesa']],
    ['The strike knocked out a power station in the Sumy region.', ['damaged null unknown @Sumy region']],
    ['The school in Kramatorsk was partially destroyed in the shelling.', ['damaged null unknown @Kramatorsk']],
    ['Windows were blown out in dozens of homes in Bila Tserkva.', ['damaged null unknown @Bila Tserkva']],
    ['Israeli bulldozers razed several homes in the village of Beit Ummar.', ['damaged null unknown @Beit Ummar']],
    // Near misses: a price reduced, a halt for maintenance, an airport's halt (its closure), a denial.
    ['The bank reduced its rates to a record low.', []],
    ['The refinery halted operations for scheduled maintenance.', []],
    ['Kazan airport halted operations after a drone attack on the city.', []],
    ['The company said the refinery was not damaged.', []],
  ]);
});

test('came under fire: counted targets that came under fire are hit (GUIDELINES: counted targets); an uncounted site is no claim', () => {
  table(['hit', 'damaged'], [
    ['Two ships came under attack in the Red Sea on Tuesday.', ['hit 2 exact @Red Sea']],
    ['Twelve settlements in the Sumy region came under Russian fire over the past day.', ['hit 12 exact @Sumy region']],
    ['Over the past day, 14 towns and villages came under artillery fire, the governor said.', ['hit 14 exact']],
    // Near misses: an uncounted vessel (GUIDELINES: damage only when the text says it was hit), criticism.
    ['The air base has come under attack from missiles, the army said.', []],
    ['The plan came under criticism from 12 lawmakers.', []],
  ]);
});

// A place before an irregular past-tense verb ("in X drew condemnation") is read as a modifier of the
// word after it, so the count has no place. Reading lemma-table verb forms as verbs there fixed this
// fixture but moved places the wrong way on two unseen sets, so the class stays open.
test('killed: the place of a count whose place name is followed by an irregular past-tense verb', { todo: true }, () => {
  table(['killed'], [['The massacre of 40 villagers in Yelwata drew condemnation.', ['killed 40 exact @Yelwata']]]);
});
