import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place a count belongs to when its sentence names where the speaker spoke (own sentences, where6).

test('where the speaker spoke (\'speaking in Ankara\', \'told a news conference in Bamako\') is no place of the counts; the story\'s scene is', () => {
  expectAll([
    ["A car bomb exploded outside a police station in Diyarbakir. Turkey's interior minister, speaking in Ankara, said 2 officers were killed.", 'killed', 2, /Diyarbakir/],
    ["Shelling hit a market in Kostiantynivka on Friday. Speaking to reporters in Kyiv, the interior minister said 6 people were killed.", 'killed', 6, /Kostiantynivka/],
    ["Gunmen raided a village near Bandiagara overnight. A government spokesman told a news conference in Bamako that 31 villagers were killed.", 'killed', 31, /Bandiagara/],
    ["A drone hit a hostel in Sumy late on Sunday. The prime minister said in Kyiv that 4 students were injured.", 'injured', 4, /Sumy/],
    ["Jets struck a camp outside Rafah at dawn. Health officials in Gaza City said 13 people were killed.", 'killed', 13, /Rafah/],
    ["A bomb went off at a bus stop in Jerusalem. Police, in a statement issued in Tel Aviv, said 5 people were wounded.", 'injured', 5, /Jerusalem/],
    ["Militants attacked a checkpoint near Arish. An army spokesman in Cairo said 8 soldiers were killed.", 'killed', 8, /Arish/],
    ["An explosion hit a mosque in Kunduz during Friday prayers. A Taliban spokesman in Kabul said 20 worshippers died.", 'killed', 20, /Kunduz/],
    ["A missile struck an apartment block in Odesa. Writing on Telegram from Kyiv, the president said 9 people died.", 'killed', 9, /Odesa/],
    ["Rebels shelled the town of Sake on Tuesday. The UN mission in Goma said 7 civilians were killed.", 'killed', 7, /Sake/],
    ["A strike hit a house in Khan Younis. Medics at the Nasser hospital in Khan Younis said 4 children were killed.", 'killed', 4, /Khan Younis/],
    ["Drones attacked Belgorod overnight. The governor said 2 were killed; the defence ministry in Moscow said 14 drones were downed.", 'killed', 2, /Belgorod/],
  ]);
  // Kept: the speaker's place when the story told none, a place the count's own words name, the speaker's place that is the scene.
  expectAll([
    ["Speaking in Kharkiv on Monday, the governor said 3 people were killed by overnight shelling.", 'killed', 3, /Kharkiv/],
    ["Shelling hit Sumy overnight. Speaking in Kyiv, the minister said 4 were killed in Okhtyrka.", 'killed', 4, /Okhtyrka/],
    ["Drones hit Odesa overnight. The governor said in Odesa that 2 people were killed.", 'killed', 2, /Odesa/],
    ["A bomb exploded in Quetta. Officials said 5 died, while 3 were killed in a separate blast in Turbat.", 'killed', 3, /Turbat/],
    ["Drones attacked Israel from Yemen. Israel said in a statement that it shot down 10 drones.", 'intercepted', 10, /^Israel$/],
    ["Gunmen attacked a bus near Jos. The police commissioner told reporters in Jos that 11 passengers were killed.", 'killed', 11, /Jos/],
  ]);
});
