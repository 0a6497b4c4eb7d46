import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place a count belongs to when its own sentence names only the country of the story's scene (own sentences, where6).

test('a casualty count its sentence places only at a country (\'killed in the attack in Mali\') is at the finer scene the story told inside it', () => {
  expectAll([
    ["Militants overran a military camp near Mopti.\nThe army said 21 soldiers were killed in the attack in Mali, which it blamed on jihadists.", 'killed', 21, /Mopti/],
    ["A drone slammed into an apartment block in Kryvyi Rih on Tuesday.\nFour people were killed and 16 wounded in Ukraine, officials said.", 'injured', 16, /Kryvyi Rih/],
    ["Gunmen stormed a hotel in Kismayo late on Friday.\nThe assault killed 9 people in Somalia, police said.", 'killed', 9, /Kismayo/],
    ["A bus hit a landmine outside Kandahar.\nSeven passengers were killed in Afghanistan, the interior ministry said.", 'killed', 7, /Kandahar/],
    ["Artillery shells fell on a market in Donetsk on Sunday.\nRussian-installed officials said 13 civilians were killed in Ukraine's shelling.", 'killed', 13, /Donetsk/],
    ["A car bomb went off near a mosque in Mosul.\nThe explosion killed six worshippers in Iraq, security sources said.", 'killed', 6, /Mosul/],
    ["A Russian missile hit a shopping mall in Kremenchuk. At least 18 people were killed in the strike, one of the worst on civilians in Ukraine in weeks.", 'killed', 18, /Kremenchuk/],
    ["Gunmen attacked a market in Gwoza on Friday. The attack on Nigeria's northeast killed 9 traders.", 'killed', 9, /Gwoza/],
    ["Drones struck a refinery in Ryazan early on Monday. Russia's emergencies ministry said 3 workers were injured in the attack on Russian territory.", 'injured', 3, /Ryazan/],
    ["Israeli aircraft bombed a house in Deir al-Balah. The strike killed 7 members of one family, Palestinian medics in Gaza said.", 'killed', 7, /Deir al-Balah/],
    ["Jets hit a fuel depot near Sanaa airport. The strikes in Yemen wounded 12 people, the rebels said.", 'injured', 12, /Sanaa/],
    ["An explosion tore through a mine in Balochistan's Harnai district. Twelve miners were killed in the blast in Pakistan's southwest.", 'killed', 12, /Harnai/],
    ["Shells landed on a school in Horlivka. Russian-installed officials said 4 children were wounded in Ukraine's shelling.", 'injured', 4, /Horlivka/],
    ["A truck bomb exploded at a checkpoint in Mogadishu. Somalia's government said 15 people died.", 'killed', 15, /Mogadishu/],
    ["Hezbollah fired rockets at Nahariya. Israel's ambulance service said 3 people were wounded, as sirens sounded across northern Israel.", 'injured', 3, /Nahariya/],
    ["Houthi drones struck a ship off Hodeidah. The attack in the Red Sea injured 2 crew members, the British military said.", 'injured', 2, /Hodeidah|Red Sea/],
  ]);
  // Kept: another incident, a running or large total, a town named before its country, a launch at a country, a country fronted as the frame.
  expectAll([
    ["Drones hit Kharkiv overnight.\nSeparately, 5 soldiers were killed in Ukraine's east, the military said.", 'killed', 5, /Ukraine/],
    ["A Russian missile struck Lviv on Monday.\nMore than 10,000 civilians have been killed in Ukraine since the invasion began, the UN said.", 'killed', 10000, /^Ukraine$/],
    ["Shelling hit Kherson on Monday.\nAbout 60 people were killed in Ukraine over the weekend, officials said.", 'killed', 60, /^Ukraine$/],
    ["A bomb exploded in Sadr City.\nA second bomb exploded in Karbala, Iraq, killing 9 people.", 'killed', 9, /Karbala/],
    ["Israeli jets struck Beirut's southern suburbs.\nHezbollah fired 40 rockets at Israel in response.", 'launched', 40, /^Israel$/],
    ["Gunmen attacked a village near Jos.\nIn Niger, 7 soldiers were killed in an ambush, the army said.", 'killed', 7, /^Niger$/],
    ["Drones hit Kharkiv overnight.\nIn Ukraine's east, 5 soldiers were killed in fighting, the military said.", 'killed', 5, /^Ukraine$/],
    ["Drones hit Kharkiv overnight.\nIn Ukraine, 5 soldiers were killed in fighting, the military said.", 'killed', 5, /^Ukraine$/],
  ]);
});
