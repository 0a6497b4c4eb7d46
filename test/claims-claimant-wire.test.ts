import { test } from 'node:test';
import { checkClaimants, type ClaimantCase } from './helpers/claimant.js';

// Who says so, in the wordings wire stories and news pages use (sentences written for these tests, with names,
// places and numbers of their own; a "\n\n" is a paragraph break). Each case: text, kind, value, the claimant wanted.
const check = (cases: readonly ClaimantCase[]): void => checkClaimants(cases, 'Attack report');

test("a source closing a long sentence with a phrase about it set off by commas (', X, which …, said'; ', Name, the title, said')", () => {
  check([
    ["Russian forces launched 96 drones and four missiles at the country overnight, Ukraine's air force, which publishes a tally every morning, said.", 'launched', 96, "Ukraine's air force"],
    ["At least 14 people were killed in the shelling of the market town, the regional health department, which runs the main hospital, said on Monday.", 'killed', 14, "the regional health department"],
    ["Militants killed nine soldiers near the border, the army, which has been fighting the insurgency for a decade, said in a statement.", 'killed', 9, "the army"],
    ["Air defences shot down 31 drones over the region, Governor Alexander Bogomaz, who posts updates on Telegram, said.", 'intercepted', 31, "Governor Alexander Bogomaz"],
    ["Twelve people were wounded, Sergei Lysak, the head of the regional administration, said.", 'injured', 12, "Sergei Lysak"],
    ["Gunmen fired two rockets at the kibbutz, the police, who sealed off the area, said.", 'launched', 2, "the police"],
    ["Seven civilians were killed in the raid, the Syrian Observatory for Human Rights, a Britain-based war monitor, said.", 'killed', 7, "the Syrian Observatory for Human Rights"],
    ["Forty-two drones were destroyed overnight, the defence ministry, citing air defence units, said.", 'intercepted', 42, "the defence ministry"],
    ["Six people were killed and 19 wounded when the bus hit a mine, the provincial police chief, Abdul Karim, who spoke by phone, said.", 'injured', 19, "Abdul Karim"],
    ["Eleven fighters were killed in the clashes, the Kurdish-led militia, which controls much of the northeast, said late on Friday.", 'killed', 11, "the Kurdish-led militia"],
  ]);
});

test("'according to' a titled person and the body they speak for, or a title glossed by a name", () => {
  check([
    ["At least 23 people were killed, according to Dr. Amina Yusuf, director of the central hospital.", 'killed', 23, "Dr. Amina Yusuf"],
    ["Eight soldiers died, according to Colonel Ivan Petrov, a spokesman for the southern military command.", 'killed', 8, "Colonel Ivan Petrov"],
    ["According to Major General Ali Khan, head of the border guards, 16 drones were downed.", 'intercepted', 16, "Major General Ali Khan"],
    ["According to regional governor Oleg Sinegubov, four people were injured.", 'injured', 4, "regional governor Oleg Sinegubov"],
    ["Three houses were destroyed, according to police spokesman Bala Musa.", 'damaged', 3, "police spokesman Bala Musa"],
    ["According to a statement from Health Minister Rana Haddad, 11 people were wounded.", 'injured', 11, "Health Minister Rana Haddad"],
    ["Six people were killed, according to Mayor Vitali Petrenko of Kherson.", 'killed', 6, "Mayor Vitali Petrenko of Kherson"],
    ["According to Ahmed Saleh, a local council official in the town, 30 families were evacuated.", 'evacuated', 30, "Ahmed Saleh"],
    ["According to the head of the emergency service, Petro Koval, two people died.", 'killed', 2, "Petro Koval"],
    ["Nineteen civilians were killed, according to the UN humanitarian coordinator for the country, Sarah Lind.", 'killed', 19, "Sarah Lind"],
    ["Five people were hurt, according to Lt. Col. Nadav Shoshani, an army spokesman, who gave no further details.", 'injured', 5, "Lt. Col. Nadav Shoshani"],
  ]);
});

test("'told reporters', 'told a news conference', 'said in a statement on Telegram', 'told AFP'", () => {
  check([
    ["Nine people were killed in the blast, police chief Musa Ali told reporters.", 'killed', 9, "police chief Musa Ali"],
    ["Interior Minister Rana Haddad told a news conference that 17 attackers were killed.", 'killed', 17, "Interior Minister Rana Haddad"],
    ["Five drones were shot down over the city, Mayor Oleksandr Senkevych said in a statement on Telegram.", 'intercepted', 5, "Mayor Oleksandr Senkevych"],
    ["The regional governor said in a statement on Telegram that three people were injured.", 'injured', 3, "The regional governor"],
    ["Twenty militants were killed, army spokesman Yahya Rasool told the state broadcaster.", 'killed', 20, "army spokesman Yahya Rasool"],
    ["Defence Minister Ali Ahmed told parliament on Tuesday that 45 drones had been downed.", 'intercepted', 45, "Defence Minister Ali Ahmed"],
    ["The army said in a post on X that 12 rockets crossed from Lebanon.", 'launched', 12, "The army"],
    ["Eleven people died, the health ministry told AFP.", 'killed', 11, "the health ministry"],
    ["Two officers were wounded, a police spokesman told The Associated Press.", 'injured', 2, "a police spokesman"],
    ["In a statement posted on Telegram, the governor said 14 drones were destroyed.", 'intercepted', 14, "the governor"],
    ["Foreign Minister Lin Wei told a news conference in Beijing that eight people had been evacuated.", 'evacuated', 8, "Foreign Minister Lin Wei"],
    ["Four civilians were killed, the mayor told a televised briefing on Sunday evening.", 'killed', 4, "the mayor"],
    ["Ukrainian air defences downed 37 drones overnight, Andriy Kovalenko told reporters in Kyiv.", 'intercepted', 37, "Andriy Kovalenko"],
  ]);
});

test("an outlet citing or quoting a source passes the claim to the source it cites (GUIDELINES: outlet citation markers are no claimants)", () => {
  check([
    ["Six soldiers were killed in the attack, Reuters reported, citing two security officials.", 'killed', 6, "two security officials"],
    ["State news agency SANA, citing a military source, said 14 missiles were shot down.", 'intercepted', 14, "a military source"],
    ["Twenty people were killed, the Associated Press reported, citing hospital officials.", 'killed', 20, "hospital officials"],
    ["Al Jazeera, citing local health officials, reported that 30 people died.", 'killed', 30, "local health officials"],
    ["Interfax news agency quoted the regional governor as saying 15 drones were downed.", 'intercepted', 15, "the regional governor"],
    ["Nine civilians were killed, TASS reported, quoting the local emergency service.", 'killed', 9, "the local emergency service"],
    ["The Wall Street Journal, citing U.S. officials, reported that Iran launched 180 missiles.", 'launched', 180, "U.S. officials"],
    ["Five rockets hit the base, CNN reported citing a defence official.", 'hit', 5, "a defence official"],
    ["Local media, citing police, said 13 people were injured in the stampede.", 'injured', 13, "police"],
    ["The state news agency quoted a military spokesman as saying that 22 drones were intercepted.", 'intercepted', 22, "a military spokesman"],
  ]);
});

test("a wire dateline's agency is no claimant; the source the sentence names is", () => {
  check([
    ["KYIV, May 14 (Reuters) - Russia launched 80 drones at Ukraine overnight, the air force said.", 'launched', 80, "the air force"],
    ["KHARTOUM (AP) — At least 40 people were killed in a drone strike on a market, medics said.", 'killed', 40, "medics"],
    ["BEIRUT, May 14 (AFP) - Three people were killed in an Israeli strike on a car in the south.", 'killed', 3, null],
    ["ISLAMABAD (Reuters) - Pakistani troops killed 12 militants in a raid in the northwest.", 'killed', 12, null],
  ]);
});

test("an unattributed sentence stays unattributed, not borrowing a source told paragraphs before", () => {
  check([
    ["The army said it had repelled an attack on Monday.\n\nFive civilians were killed in a separate strike on Tuesday.", 'killed', 5, null],
    ["The governor said repairs would take weeks.\n\nIn another district, 12 people were injured when a bus hit a mine.", 'injured', 12, null],
    ["Officials said the bridge was closed for repairs. Elsewhere, three soldiers were killed by a roadside bomb.", 'killed', 3, null],
  ]);
});

test("a paragraph told all in quotes takes the speaker the next paragraph names (a sentence a paragraph break cut, or one opening with its source)", () => {
  check([
    ["\"Our air defence destroyed 25 drones over the region overnight.\"\n\nGovernor Ivan Fedorov wrote this on Telegram.", 'intercepted', 25, "Governor Ivan Fedorov"],
    ["\"Four of our soldiers were killed and nine were wounded in the ambush,\"\n\nsaid army spokesman Colonel Amadou Diallo.", 'killed', 4, "army spokesman Colonel Amadou Diallo"],
    ["\"Four of our soldiers were killed and nine were wounded in the ambush,\"\n\narmy spokesman Colonel Amadou Diallo said.", 'injured', 9, "army spokesman Colonel Amadou Diallo"],
    ["“The enemy fired 30 shells at the village overnight.”\n\nDistrict chief Olena Marchenko said repairs had begun.", 'launched', 30, "District chief Olena Marchenko"],
    ["\"Twelve houses were destroyed and 40 families have nowhere to go.\"\n\nMayor Anton Kolesnik told reporters outside the town hall.", 'damaged', 12, "Mayor Anton Kolesnik"],
    ["\"At least six people died when the shell hit the bus stop,\"\n\nthe regional governor told reporters.", 'killed', 6, "the regional governor"],
    ["\"Two missiles hit the port and a third fell into the sea.\"\n\nPort director Nadia Rusu said on Wednesday that work had resumed.", 'hit', 2, "Port director Nadia Rusu"],
    ["“We shot down all eight drones before they reached the city.”\n\nMajor Taras Bondar, the battery commander, said the crews had not slept.", 'intercepted', 8, "Major Taras Bondar"],
    ["\"Nine of the people we admitted were wounded by shrapnel. Three more were sent home.\"\n\nHospital director Amal Nasser gave the figures at a briefing on Monday.", 'injured', 9, "Hospital director Amal Nasser"],
    ["\"Eleven families were evacuated from the block overnight,\"\n\nadded rescuer Oksana Hrytsenko.", 'evacuated', 11, "rescuer Oksana Hrytsenko"],
    ["“Fourteen rockets were fired at the town in ten minutes.”\n\nThe police spokesman, Micky Levin, said the sirens worked.", 'launched', 14, "Micky Levin"],
  ]);
});

test("a quote paragraph with its own speaker keeps it; one followed by no speaker stays unattributed", () => {
  check([
    ["\"The strike killed three people,\" the mayor said.\n\nPolice chief Ali Musa said 14 people were hurt.", 'killed', 3, "the mayor"],
    ["Three people were killed in the strike.\n\nPolice chief Ali Musa said the area was cordoned off.", 'killed', 3, null],
    ["\"Three people were killed in the strike.\"\n\nRescue work went on through the night.", 'killed', 3, null],
  ]);
});
