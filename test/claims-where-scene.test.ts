import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place the counts of a story belong to when sentences in between name other places (own sentences).

test('a sentence between the scene and the count that names a place only as a backdrop does not move the scene', () => {
  expectAll([
    ['A Russian ballistic missile struck the centre of Sumy on Sunday morning.\n\nPresident Volodymyr Zelensky, who was in Kyiv, called for more air defence systems.\n\nAt least 34 people were killed and 117 wounded, the emergency service said.', 'killed', 34, /^Sumy$/],
    ['A drone attack set fire to an oil depot in Tuapse overnight.\n\nThe Kremlin said in Moscow that the attacks would not go unanswered.\n\nTwo people were injured, the regional authorities said.', 'injured', 2, /Tuapse/],
    ['Suspected jihadists attacked an army convoy near Djibo on Thursday.\n\nBurkina Faso\'s junta, which took power in a coup in Ouagadougou in 2022, has vowed to defeat the insurgents.\n\nSecurity sources said 20 soldiers were killed.', 'killed', 20, /Djibo/],
    ['Russian forces shelled Kherson on Wednesday, hitting a bus stop.\n\nThe strike came as Ukrainian and Russian delegations met in Istanbul.\n\nThree people were killed and 6 injured, the governor said.', 'killed', 3, /Kherson/],
    ['A gunman opened fire at a wedding in the village of Kalanki in Punjab province.\n\nPolice in Lahore said they had arrested a suspect.\n\nEight people were killed, police said.', 'killed', 8, /Kalanki/],
    ['Gunmen attacked the village of Kwal in Plateau state on Sunday night. Residents fled to Jos. Police said 18 people were killed.', 'killed', 18, /Kwal/],
    ['A Russian missile struck a hotel in Kramatorsk late on Saturday. President Volodymyr Zelenskyy, speaking in Kyiv, condemned the attack. Seven people were wounded, the regional governor said.', 'injured', 7, /Kramatorsk/],
    ['A Russian drone slammed into a nine-storey building in Ternopil before dawn.\n\nForeign ministers gathering in Brussels promised more aid to Kyiv.\n\nRescuers said 19 people were killed, including three children.', 'killed', 19, /Ternopil/],
    ['An explosion tore through a fuel depot in the port of Tuapse early on Friday.\n\nPresident Vladimir Putin, who was in St Petersburg for an economic forum, was briefed on the incident.\n\nFour workers were hurt, the governor said.', 'injured', 4, /Tuapse/],
    ['Israeli aircraft bombed a house in Khan Younis on Tuesday night.\n\nHamas officials in Cairo were due to meet Egyptian mediators later in the week.\n\nMedics said 11 people were killed.', 'killed', 11, /Khan Younis/],
    ['A Russian glide bomb hit a supermarket in Kostiantynivka on Monday.\n\nThe Ukrainian president later flew to Washington for talks.\n\nSix people were killed and 9 wounded, the prosecutor\'s office said.', 'killed', 6, /Kostiantynivka/],
    ['Gunmen opened fire at a church in the town of Owo during Sunday mass.\n\nPresident Buhari, who was in Abuja, condemned the killings.\n\nThe state governor said 22 worshippers were killed.', 'killed', 22, /Owo/],
  ]);
  // Kept: a fronted frame, a place inside the scene, or a sentence that tells an attack of its own moves the scene.
  expectAll([
    ['A drone hit a house in Sumy overnight.\n\nIn Kharkiv, a glide bomb struck a school.\n\nThree people were injured there, officials said.', 'injured', 3, /Kharkiv/],
    ['Russian forces shelled the Kherson region overnight.\n\nShells landed in the village of Bilozerka, officials said.\n\nTwo people were killed.', 'killed', 2, /Bilozerka/],
    ['Shelling hit Kherson on Monday. In a separate attack, a drone struck Nikopol, killing 2 people.', 'killed', 2, /Nikopol/],
    ['Russia attacked Ukraine with drones overnight.\n\nThe governor of the Odesa region said a drone hit a warehouse in Izmail.\n\nTwo workers were injured.', 'injured', 2, /Izmail/],
  ]);
});

test('a name the gazetteer may lack, named with the noun of a unit below a region or a settlement\'s edge, is the count\'s place', () => {
  expectAll([
    ['ABUJA, Nigeria (AP) — Gunmen killed 12 villagers in Dandume local government area of Katsina state, police said.', 'killed', 12, /Dandume/],
    ['LAGOS, Nigeria (AP) — Bandits killed 9 people in Gwadabawa local government area of Sokoto state on Tuesday, police said.', 'killed', 9, /Gwadabawa/],
    ['ISLAMABAD (AP) — A roadside bomb killed 5 soldiers in Mir Ali tehsil of North Waziristan, officials said.', 'killed', 5, /Mir Ali/],
    ['PESHAWAR, Pakistan (AP) — A suicide bomber killed 6 police officers in Daraban tehsil of Dera Ismail Khan district, officials said.', 'killed', 6, /Daraban/],
    ['KYIV, Ukraine — Eleven houses were destroyed in the Zolochivska community of the Kharkiv region, the regional governor said.', 'damaged', 11, /Zolochivska/],
    ['KYIV, Ukraine (AP) — Russian drones injured 3 people in the Krasnopilska hromada of the Sumy region overnight, the regional military administration said.', 'injured', 3, /Krasnopilska/],
    ['MOSCOW (AP) — A drone attack damaged 4 houses in the Belovsky raion of the Kursk region, the governor said.', 'damaged', 4, /Belovsky/],
    ['NIAMEY (AP) — Gunmen killed 11 villagers in Banibangou municipality in the Tillaberi region, the government said.', 'killed', 11, /Banibangou/],
    ['BEIRUT (Reuters) - An air strike killed 9 people on the outskirts of Kafr Tarsheen in northwest Syria, rescuers said.', 'killed', 9, /Kafr Tarsheen/],
    ['KYIV (Reuters) - Six people were injured on the outskirts of Pokrovske-Nove in the Donetsk region when a glide bomb struck.', 'injured', 6, /Pokrovske-Nove/],
    ['KYIV (Reuters) - Shelling killed 2 civilians in the vicinity of Kurakhove-Druhe in the Donetsk region, prosecutors said.', 'killed', 2, /Kurakhove-Druhe/],
    ['Russian shelling injured four people in the Bilopillia hromada, the regional administration reported.', 'injured', 4, /Bilopillia/],
  ]);
  // Kept: a people's community is no place; a city's neighbourhood is placed at its city, as the gold does; an office is no place.
  expectAll([
    ['QUETTA, Pakistan (AP) — A bomb killed 7 members of the Hazara community in Quetta on Friday, police said.', 'killed', 7, /^Quetta$/],
    ['Gunmen killed 4 members of the Fulani community in Benue state, police said.', 'killed', 4, /Benue/],
    ['DAMASCUS, Syria (AP) — A car bomb wounded 15 people in the Jaramana suburb of Damascus on Sunday.', 'injured', 15, /^Damascus$/],
    ['Police said 3 officers were injured at the Fire Department headquarters in Dallas.', 'injured', 3, /Dallas/],
  ]);
});

test('a bare name the gazetteer lacks, led by a locative or an attack, is finer than the known place it is said to lie in', () => {
  expectAll([
    ['Gunmen attacked Dogon Noma in Kaduna state, killing 12 people, residents said.', 'killed', 12, /^Dogon Noma$/],
    ['Nine people were killed when bandits raided Tungar Kahau in Zamfara state, Nigerian police said.', 'killed', 9, /^Tungar Kahau$/],
    ['Russian shelling of Bilozerske killed two civilians, Ukraine\'s prosecutor general said.', 'killed', 2, /^Bilozerske$/],
    ['Fighters stormed Kamsa Kouara in the Tillaberi region, killing 17 soldiers, the army said.', 'killed', 17, /^Kamsa Kouara$/],
    ['Russian troops shelled Tsyrkuny in the Kharkiv region, injuring 2 residents, the governor said.', 'injured', 2, /^Tsyrkuny$/],
    ['An Israeli raid on Burqin in the West Bank killed 4 Palestinians, the health ministry said.', 'killed', 4, /^Burqin$/],
    ['The bombing of Um Rawaba in North Kordofan killed 11 people, activists said.', 'killed', 11, /^Um Rawaba$/],
    ['Militants attacked Gidan Bawa in Sokoto state on Friday, killing six villagers.', 'killed', 6, /^Gidan Bawa$/],
    ['Two soldiers died near Mondoro in central Mali, the army said.', 'killed', 2, /^Mondoro$/],
    ['Jihadists killed 15 soldiers near Tessit in Mali, the army said.', 'killed', 15, /^Tessit$/],
  ]);
  // Kept: people attacked are no place, a known town stays, a date is no place.
  expectAll([
    ['Gunmen attacked Christians in Plateau state, killing 8 people, police said.', 'killed', 8, /Plateau/],
    ['Protesters attacked Palestinians in Hebron, injuring 5, medics said.', 'injured', 5, /^Hebron$/],
    ['A bomb killed 3 people in Kabul in Afghanistan, police said.', 'killed', 3, /^Kabul$/],
    ['Police said 4 people were killed in Monday in Lagos.', 'killed', 4, /^Lagos$/],
  ]);
});
