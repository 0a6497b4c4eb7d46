import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place a count belongs to, one class of wording per test (own sentences, where6).

test('a place a country owns through a descriptor noun (\'Ukraine\'s second city Kharkiv\', \'Yemen\'s central province of Marib\') is the place, not the country', () => {
  expectAll([
    ["Two people were killed in Ukraine's second city Kharkiv when a glide bomb hit a supermarket.", 'killed', 2, /Kharkiv/],
    ["A missile attack killed 7 people in Ukraine's second-largest city of Kharkiv on Saturday.", 'killed', 7, /Kharkiv/],
    ["Drones wounded 5 people in Sudan's capital Khartoum, witnesses said.", 'injured', 5, /Khartoum/],
    ["At least 12 were killed in Nigeria's largest city, Lagos, when a building collapsed after a blast.", 'killed', 12, /Lagos/],
    ["Nine people died in the Ukrainian capital, Kyiv, after a night of drone strikes.", 'killed', 9, /Kyiv/],
    ["Shelling killed 4 civilians in Russia's border city of Belgorod, the governor said.", 'killed', 4, /Belgorod/],
    ["Three people were wounded in Israel's northern city of Haifa by rocket fire.", 'injured', 3, /Haifa/],
    ["An explosion injured 16 people in Pakistan's commercial hub Karachi on Friday.", 'injured', 16, /Karachi/],
    ["Gunmen killed 8 people in Mexico's northern state of Sinaloa, prosecutors said.", 'killed', 8, /Sinaloa/],
    ["Rebels killed 11 soldiers in Colombia's southwestern department of Cauca.", 'killed', 11, /Cauca/],
    ["Eighteen people were killed in Somalia's capital, Mogadishu, in a suicide bombing.", 'killed', 18, /Mogadishu/],
    ["A drone strike killed 3 militants in Yemen's central province of Marib, officials said.", 'killed', 3, /Marib/],
    ["Twenty people were killed in Burkina Faso's northern town of Djibo.", 'killed', 20, /Djibo/],
    ["A car bomb wounded 6 people in Syria's second city Aleppo.", 'injured', 6, /Aleppo/],
    ["Six people died when shells hit Ukraine's southern port city Odesa overnight.", 'killed', 6, /Odesa/],
    ["Israeli strikes killed 13 people in Lebanon's southern city of Tyre, the health ministry said.", 'killed', 13, /Tyre/],
  ]);
  // Kept: a speaker after the comma, a direction alone, national interception totals, the attacker.
  expectAll([
    ["Speaking in Ukraine's capital, Zelensky said Russian strikes had killed 5 people in Sumy.", 'killed', 5, /Sumy/],
    ["Ukraine's air force said 40 of the 52 drones launched overnight were shot down.", 'intercepted', 40, /^Ukraine$/],
    ["Russia's defence ministry said air defences destroyed 27 Ukrainian drones over the Kursk region.", 'intercepted', 27, /Kursk/],
    ["In Israel's north, 3 people were wounded by shrapnel, medics said.", 'injured', 3, /^Israel$/],
    ["Shelling killed 2 people in Russia's Belgorod region, the governor said.", 'killed', 2, /Belgorod/],
    ["Israel said it intercepted 12 rockets fired from Lebanon.", 'intercepted', 12, /^Israel$/],
    ["Iran launched 180 missiles at Israel on Tuesday, the Israeli military said.", 'launched', 180, /^Israel$/],
    ["At least 6 people were killed in Pakistan's northwest on Sunday, police said.", 'killed', 6, /^Pakistan$/],
    ["Nigeria's army said it killed 30 militants in an operation in Borno state.", 'killed', 30, /Borno/],
    ["Four people were killed in the capital, Kyiv, and 9 were injured in Odesa.", 'injured', 9, /Odesa/],
    ["A strike on Gaza's Nuseirat refugee camp killed 17 people, the health ministry said.", 'killed', 17, /Nuseirat/],
  ]);
});

test('counts joined before one place (\'three killed and two wounded in Niger near the town of Tera\') share the finer place the clause names after it', () => {
  expectAll([
    ["Three soldiers were killed and two wounded in Niger near the border town of Tera.", 'killed', 3, /Tera/],
    ["Four people were killed and 11 injured in Ukraine when a missile struck a shopping centre in Kremenchuk.", 'killed', 4, /Kremenchuk/],
    ["Two civilians died and five were hurt in Lebanon after an Israeli strike on a house in Bint Jbeil.", 'killed', 2, /Bint Jbeil/],
    ["Eight police officers were killed and 3 wounded in Pakistan in an ambush near the town of Tank.", 'killed', 8, /Tank/],
    ["Gunmen killed 6 and wounded 9 in Nigeria during a raid on the village of Kurmin Masara.", 'killed', 6, /Kurmin Masara/],
    ["A strike killed 5 and injured 12 in Syria at a market in the town of Azaz.", 'killed', 5, /Azaz/],
    ["Eleven people were killed and dozens wounded in Afghanistan when a bomb exploded at a mosque in Mazar-i-Sharif.", 'killed', 11, /Mazar-i-Sharif/],
    ["Three people were killed and 7 injured in Russia after a drone hit an apartment block in Kursk.", 'killed', 3, /Kursk/],
  ]);
  // Kept: each count with its own place, a breakdown, a scope, a later clause or sentence of its own.
  expectAll([
    ["Five people were killed in Kharkiv and 3 injured in Sumy overnight.", 'injured', 3, /Sumy/],
    ["Five people were killed in Kharkiv and 3 injured in Sumy overnight.", 'killed', 5, /Kharkiv/],
    ["Russian strikes killed 4 and wounded 10 across Ukraine, including 3 in Kherson.", 'killed', 4, /^Ukraine$/],
    ["Seven were killed and 20 injured in Gaza on Friday, 12 of them in Khan Younis.", 'killed', 7, /^Gaza/],
    ["Two soldiers were killed and 6 wounded in Ukraine, while in Russia 3 died in Belgorod.", 'killed', 2, /^Ukraine$/],
    ["Two soldiers were killed and 6 wounded in Ukraine, while in Russia 3 died in Belgorod.", 'killed', 3, /Belgorod/],
    ["Ukraine said it shot down 30 drones and 2 missiles launched by Russia at the Odesa region.", 'intercepted', 30, /Ukraine|Odesa/],
    ["Nine people were killed and 14 wounded in Syria's Idlib province, rescuers said.", 'killed', 9, /Idlib/],
    ["Thirty people were killed and more than 100 wounded in Sudan since Friday, while 5 died in El Fasher.", 'killed', 30, /^Sudan$/],
    ["Four were killed and 9 wounded in Israel; a rocket also hit a house in Metula.", 'killed', 4, /^Israel$/],
  ]);
});
