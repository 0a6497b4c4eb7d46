import { test } from 'node:test';
import { kindTable as table } from './helpers/kinds.js';

// Claims unseen news holds and the engine did not find (issue 9, round kinds5): counted damage is the
// most-missed kind on four blind sets (gold counts damage two to four times as often as we did), hits on
// houses and vessels were given as `hit` where GUIDELINES annotates them as damaged, and some closures
// and launches went unread. Each class in wordings of our own (verb, tense, voice, order, numbers as
// words and digits, unit nouns, with and without a source), with the near misses that must stay out.
// Rows compare kind, value, qualifier and place of every claim of the kinds asked.

test('counted damage: houses, blocks, shelters, vessels and aircraft counted as damaged, destroyed, burned or set on fire, in either voice', () => {
  table(['damaged'], [
    ['Nine apartment buildings were damaged in the overnight attack on Kharkiv.', ['damaged 9 exact @Kharkiv']],
    ['The strike destroyed 23 houses in the village of Velyka Pysarivka.', ['damaged 23 exact @Velyka Pysarivka']],
    ['At least 40 homes were damaged by the shelling in Nikopol, the governor said.', ['damaged 40 at_least @Nikopol']],
    ['Six ships were damaged in the port of Izmail.', ['damaged 6 exact @Izmail']],
    ['The attack on the airbase destroyed four aircraft, satellite images showed.', ['damaged 4 exact']],
    ['Twenty-five private houses sustained damage in the Sumy region.', ['damaged 25 exact @Sumy region']],
    ['Gunmen torched 17 grass-roofed huts in the village of Ogossagou.', ['damaged 17 exact @Ogossagou']],
    ['Soldiers burned down 64 homes in Kinma before withdrawing.', ['damaged 64 exact @Kinma']],
    ['The militia torched and burnt down 38 houses, residents said.', ['damaged 38 exact']],
    ['Troops set fire to nine houses and a rice mill in Tabayin.', ['damaged 9 exact @Tabayin']],
    ['Raiders set 31 homes on fire in Dogon Noma overnight.', ['damaged 31 exact @Dogon Noma']],
    ['More than 150 shelters were torched down in the camp near Bentiu.', ['damaged 150 more_than @Bentiu']],
    ['Two private houses caught fire after the strike in Bila Tserkva.', ['damaged 2 exact @Bila Tserkva']],
    ['Around 200 homes were reduced to rubble in Khan Younis.', ['damaged 200 about @Khan Younis']],
    ['The blast wave smashed windows in 47 buildings in Dnipro.', ['damaged 47 exact @Dnipro']],
    ['Windows were blown out in thirty apartments across the district.', ['damaged 30 exact']],
    ['Damage was reported to 10 private homes in the Bucha district.', ['damaged 10 exact @Bucha district']],
    ['The fire spread to 4 nearby warehouses after the strike.', ['damaged 4 exact']],
    ['Engineers blew up two bridges near Sumy.', ['damaged 2 exact @Sumy']],
    ['Two oil tankers were damaged off the coast of Fujairah.', ['damaged 2 exact @Fujairah']],
  ]);
});

test('counted damage: a total of structures broken down after "including" is one claim; vague counts are unknown', () => {
  table(['damaged'], [
    ['A total of 64 buildings, including 12 schools, were damaged in Chernihiv.', ['damaged 64 exact @Chernihiv']],
    ['The shelling damaged 30 houses, including four high-rises, in Kupiansk.', ['damaged 30 exact @Kupiansk']],
    ['Dozens of houses were damaged in Sloviansk.', ['damaged null unknown @Sloviansk']],
    ['Hundreds of homes were destroyed in the fighting in El Fasher.', ['damaged null unknown @El Fasher']],
    // A list of kinds of structure is several claims, each its own count (a singular article is no count).
    ['The missile strike damaged two hospitals and 11 schools, the ministry said.', ['damaged 11 exact', 'damaged 2 exact']],
  ]);
});

test('hit and damaged: counted houses, buildings, vessels and sites a verb of hitting says were struck are both (GUIDELINES: targets struck are hits; structures hit are damaged)', () => {
  table(['damaged', 'hit'], [
    ['The strike hit four apartment buildings in Ternopil.', ['damaged 4 exact @Ternopil', 'hit 4 exact @Ternopil']],
    ['Falling debris hit 3 houses in the suburb of Irpin.', ['damaged 3 exact @Irpin', 'hit 3 exact @Irpin']],
    ['At least seven high-rise buildings were hit in the barrage on Kyiv.', ['damaged 7 at_least @Kyiv', 'hit 7 at_least @Kyiv']],
    ['Six houses were hit by shelling in Shebekino, the governor said.', ['damaged 6 exact @Shebekino', 'hit 6 exact @Shebekino']],
    ['The drones struck two oil tankers in the Black Sea.', ['damaged 2 exact @Black Sea', 'hit 2 exact @Black Sea']],
    ['Artillery shells hit two homes in the village of Kyrylivka.', ['damaged 2 exact @Kyrylivka', 'hit 2 exact @Kyrylivka']],
    ['Three gas stations were struck in the Zaporizhzhia region.', ['damaged 3 exact @Zaporizhzhia region', 'hit 3 exact @Zaporizhzhia region']],
    ['The missiles struck 6 energy facilities overnight.', ['damaged 6 exact', 'hit 6 exact']],
    ['Missiles struck two ports on the coast.', ['damaged 2 exact', 'hit 2 exact']],
    // Targets and settlements struck are the targets a strike counts (GUIDELINES: hit), no structure said to be damaged.
    ['Israeli jets hit 40 targets overnight across Gaza.', ['hit 40 exact @Gaza']],
    ['Russian troops shelled 14 towns and villages in the Kherson region.', ['hit 14 exact @Kherson region']],
    // A count of weapons that hit is a hit, not damage.
    ['Four missiles hit the city, the air force said.', ['hit 4 exact']],
  ]);
});

test('counted damage: plans, negation, threats, possibility and counts of people are no damage count', () => {
  table(['damaged'], [
    ['The shelling could damage dozens of homes along the river.', []],
    ['No buildings were damaged in the attack, the mayor said.', []],
    ['The army plans to destroy 20 bridges before retreating.', []],
    ['Russia said it had not damaged any houses.', []],
    ['The crowd burned the police station.', []],
    ['The government set 12 conditions for the talks.', []],
    ['Prices of 30 houses went up sharply.', []],
    ['Rescuers pulled 12 people out of the building.', []],
    // "others" after a verb that cannot count buildings counts people, not more huts.
    ['The gunmen torched three huts and injured 2 others.', ['damaged 3 exact']],
  ]);
  table(['injured'], [['The gunmen torched three huts and injured 2 others.', ['injured 2 exact']]]);
});

test('airport closures: restrictions in place at the airports of places, flights grounded at counted airports; restrictions lifted close nothing', () => {
  table(['airport_closed'], [
    ['Restrictions were in place at airports in Kaluga and Kazan, Rosaviatsia said.', ['airport_closed 2 exact @Kaluga and Kazan']],
    ['Temporary restrictions on flights were introduced at the airports of Saratov and Samara.', ['airport_closed 2 exact @Saratov and Samara']],
    ['Restrictions remained at the airports of Penza, Tambov and Kaluga on Sunday.', ['airport_closed 3 exact @Penza']],
    ['Flights were grounded at two airports in Moscow, the aviation agency said.', ['airport_closed 2 exact @Moscow']],
    ['Planes were grounded at three airports in the south overnight.', ['airport_closed 3 exact']],
    ['Vnukovo and Domodedovo airports suspended flights early on Sunday.', ['airport_closed 2 exact @Vnukovo and Domodedovo']],
    ['Copenhagen Airport shut for four hours after drones were spotted nearby.', ['airport_closed 1 exact @Copenhagen Airport']],
    ['Six airports in central Russia suspended operations overnight.', ['airport_closed 6 exact @Russia']],
    ['Iraq has shut its airspace until further notice, the transport ministry said.', ['airport_closed null unknown @Iraq']],
    // Near misses: restrictions lifted or planned, a reopening, an airline's suspension.
    ['Restrictions were lifted at airports in Kaluga and Kazan on Monday.', []],
    ['The agency lifted restrictions at the airports of Kaluga and Tambov.', []],
    ['Restrictions may be imposed at the airports of Sochi and Anapa.', []],
    ['Kazan airport reopened on Monday morning.', []],
    ['The airline suspended flights to Moscow.', []],
  ]);
});

test('launched: an attack noun that included weapons, and weapons counted before "attacked"; aid packages and attacked targets are no launch', () => {
  table(['launched', 'intercepted', 'hit'], [
    ['The barrage included 20 ballistic missiles and 300 drones.', ['launched 20 exact', 'launched 300 exact']],
    ['The overnight attack included 44 drones, 36 of which were shot down.', ['intercepted 36 exact', 'launched 44 exact']],
    ['The assault involved some 60 drones, the governor said.', ['launched 60 about']],
    ['Fifty-two Shahed drones attacked the Kyiv region overnight.', ['launched 52 exact @Kyiv region']],
    ['More than 100 drones attacked Moscow overnight, the mayor said.', ['launched 100 more_than @Moscow']],
    ['Eight missiles attacked the port city of Odesa on Friday.', ['launched 8 exact @Odesa']],
    ['Russia attacked Ukraine with 101 drones overnight.', ['launched 101 exact @Ukraine']],
    // Near misses: weapons delivered or included in aid, a single drone attack, targets attacked (hit).
    ['The aid package included 20 drones and 5 missiles.', []],
    ['It was the biggest single drone attack of the conflict so far.', []],
    // A number with no noun of weapons before "attacked" counts no salvo (count:launched:weapons-attacked needs its head).
    ['Fighters of the rebel battalions (Companies 2 and 4) attacked the outpost at dawn.', []],
    ['Twelve targets were attacked in the Kharkiv region.', ['hit 12 exact @Kharkiv region']],
  ]);
});
