import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';
import { sameParties } from './helpers/parties.js';

// Meetings and agreements in the wordings of wire stories (sentences written for these tests, names and places of
// their own or well known). Each case: text, kind, the parties wanted (null: a claim with no parties asked; 'NONE': no
// claim of that kind). Parties are compared as the claims evaluator compares claimants (FORMAT.md): the words of one
// hold the other's, or they share half their words ("the", "of", "and" aside) — a claimant may give the states first
// ("Armenia and Azerbaijan (Armenian and Azerbaijani foreign ministers)").
type Case = readonly [text: string, kind: 'meeting' | 'agreement', parties: string | null];
function check(cases: readonly Case[]): void {
  const wrong: string[] = [];
  for (const [text, kind, want] of cases) {
    const found = extractArticle({ id: 'm', title: 'Diplomacy report', published: '2025-09-12', text }).claims.filter((c) => c.kind === kind);
    if (want === 'NONE') {
      if (found.length) wrong.push(`${kind} ${JSON.stringify(found[0]!.claimant)} found: ${text}`);
    } else if (!found.length) wrong.push(`no ${kind}: ${text}`);
    else if (want !== null && !sameParties(found[0]!.claimant ?? '', want)) wrong.push(`${JSON.stringify(found[0]!.claimant)} is not ${want}: ${text}`);
  }
  assert.deepEqual(wrong, []);
}

test('the comparison of parties can fail', () => {
  assert.equal(sameParties('Qatar and Iran (Qatar\'s and the Iranian)', 'Qatar\'s emir and the Iranian foreign minister'), false);
  assert.equal(sameParties('United States and Iran (U.S. and Iranian negotiators)', 'U.S. and Iranian negotiators'), true);
});

test("talks held or met in a named city: a meeting of the parties that went", () => {
  check([
    ["Ukrainian and Russian delegations held talks in Istanbul on Friday.", 'meeting', "Ukrainian and Russian delegations"],
    ["Armenian and Azerbaijani foreign ministers met in Abu Dhabi on Thursday.", 'meeting', "Armenian and Azerbaijani foreign ministers"],
    ["Talks between Israel and Hamas resumed in Doha on Monday.", 'meeting', "Israel and Hamas"],
    ["U.S. and Iranian negotiators wrapped up a fourth round of talks in Muscat on Sunday.", 'meeting', "U.S. and Iranian negotiators"],
    ["The two sides met in Geneva for six hours of talks.", 'meeting', null],
    ["Sudan's army and the RSF sent delegations to talks in Jeddah last week.", 'meeting', "Sudan's army and the RSF"],
    ["Indian and Chinese military commanders met at the Chushul border point on Tuesday.", 'meeting', "Indian and Chinese military commanders"],
    ["Lavrov and Rubio held talks in Riyadh on Tuesday, the first such meeting in three years.", 'meeting', "Lavrov and Rubio"],
    ["Ethiopia and Egypt held a new round of talks on the dam in Addis Ababa.", 'meeting', "Ethiopia and Egypt"],
    ["Serbian and Kosovar leaders met in Brussels under EU mediation on Wednesday.", 'meeting', "Serbian and Kosovar leaders"],
  ]);
});

test("a summit or meeting of a group: the group (or the people it sends) is the party", () => {
  check([
    ["Leaders of the G20 gathered in Johannesburg for a two-day summit.", 'meeting', "Leaders of the G20"],
    ["NATO leaders met in The Hague on Wednesday and agreed to raise defence spending.", 'meeting', "NATO leaders"],
    ["The African Union held an emergency summit in Addis Ababa on Sunday.", 'meeting', "The African Union"],
    ["ASEAN foreign ministers wrapped up their annual meeting in Kuala Lumpur.", 'meeting', "ASEAN foreign ministers"],
    ["The BRICS summit in Kazan brought together leaders of 36 countries.", 'meeting', "BRICS"],
    ["EU leaders held an emergency summit in Brussels on Thursday.", 'meeting', "EU leaders"],
    ["Leaders of the Shanghai Cooperation Organisation met in Tianjin on Monday.", 'meeting', "Leaders of the Shanghai Cooperation Organisation"],
    ["The U.N. Security Council held an emergency meeting on Sunday.", 'meeting', "The U.N. Security Council"],
    ["Arab League foreign ministers convened in Cairo on Saturday.", 'meeting', "Arab League foreign ministers"],
    ["The Gulf Cooperation Council summit in Doha ended with a joint statement.", 'meeting', "The Gulf Cooperation Council"],
  ]);
});

test("X hosted, received or welcomed Y (to its seat of office; a gathering it hosted; guests by office and country): a meeting of host and guest", () => {
  check([
    ["Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa in Riyadh on Tuesday.", 'meeting', "Saudi Crown Prince Mohammed bin Salman and Syrian President Ahmed al-Sharaa"],
    ["Japan hosted the foreign ministers of South Korea and China in Tokyo.", 'meeting', "Japan and the foreign ministers of South Korea and China"],
    ["President Ruto hosted his Tanzanian counterpart at State House in Nairobi.", 'meeting', "President Ruto and his Tanzanian counterpart"],
    ["Qatar's emir received the Iranian foreign minister in Doha on Sunday.", 'meeting', "Qatar's emir and the Iranian foreign minister"],
    ["Macron welcomed Zelenskyy to the Elysee Palace on Monday.", 'meeting', "Macron and Zelenskyy"],
    ["Turkey hosted a meeting of NATO foreign ministers in Antalya.", 'meeting', "NATO foreign ministers"],
    ["The Polish president played host to his Lithuanian counterpart in Warsaw.", 'meeting', "The Polish president and his Lithuanian counterpart"],
  ]);
});

test("met on the sidelines of a summit: a meeting of the two named", () => {
  check([
    ["Erdogan met Pezeshkian on the sidelines of the summit in Baku.", 'meeting', "Erdogan and Pezeshkian"],
    ["Modi and Xi met on the sidelines of the BRICS summit on Wednesday.", 'meeting', "Modi and Xi"],
    ["The two foreign ministers spoke briefly on the sidelines of the ASEAN meeting.", 'meeting', "The two foreign ministers"],
    ["On the sidelines of the General Assembly, Blinken met his Chinese counterpart Wang Yi.", 'meeting', "Blinken and his Chinese counterpart Wang Yi"],
    ["Sharif held talks with Erdogan on the sidelines of the SCO summit in Astana.", 'meeting', "Sharif and Erdogan"],
  ]);
});

test("a meeting expected, hoped for, planned or prepared is none", () => {
  check([
    ["The two leaders are expected to meet in Alaska next week.", 'meeting', "NONE"],
    ["Trump said he hoped to meet Putin in Budapest soon.", 'meeting', "NONE"],
    ["A summit between the two presidents is planned for next month in Geneva.", 'meeting', "NONE"],
    ["The ministers will hold talks in Ankara on Thursday.", 'meeting', "NONE"],
    ["Officials are preparing for talks in Cairo next week.", 'meeting', "NONE"],
  ]);
});

test("talk about an agreement (discussed, hoped, urged, pushed for, studied, proposed, close to) is none", () => {
  check([
    ["The two leaders discussed a possible ceasefire deal during their call.", 'agreement', "NONE"],
    ["Washington hopes to sign a minerals agreement with Kyiv next month.", 'agreement', "NONE"],
    ["The UN chief urged both sides to agree to a truce.", 'agreement', "NONE"],
    ["Mediators are pushing for a deal to end the fighting.", 'agreement', "NONE"],
    ["The envoy said a peace agreement was within reach.", 'agreement', "NONE"],
    ["Negotiators are working on a draft agreement on prisoner swaps.", 'agreement', "NONE"],
    ["Hamas said it was studying the proposed ceasefire deal.", 'agreement', "NONE"],
    ["The president called for a ceasefire agreement between the two armies.", 'agreement', "NONE"],
    ["Talks on a trade pact stalled over tariffs.", 'agreement', "NONE"],
    ["Officials expressed hope that an agreement could be signed before the summit.", 'agreement', "NONE"],
    ["Both sides are close to a deal on the port, a diplomat said.", 'agreement', "NONE"],
    ["Kyiv rejected the proposed deal on Sunday.", 'agreement', "NONE"],
    ["The minister warned that the agreement could collapse.", 'agreement', "NONE"],
    ["The talks focused on a possible security pact.", 'agreement', "NONE"],
    ["Trump pressed Zelenskyy to accept a peace deal.", 'agreement', "NONE"],
    ["The parties are negotiating a framework agreement on water sharing.", 'agreement', "NONE"],
    ["The U.S. proposed a 30-day ceasefire agreement to both sides.", 'agreement', "NONE"],
  ]);
});

test("an agreement signed, reached, inked, sealed or concluded, with its parties", () => {
  check([
    ["Armenia and Azerbaijan signed a peace agreement at the White House on Friday.", 'agreement', "Armenia and Azerbaijan"],
    ["Israel and Hamas reached a ceasefire deal on Wednesday, mediators said.", 'agreement', "Israel and Hamas"],
    ["Kyiv and Washington signed a minerals deal on Wednesday.", 'agreement', "Kyiv and Washington"],
    ["The defence ministers of Japan and the Philippines signed a reciprocal access agreement in Manila.", 'agreement', "Japan and the Philippines"],
    ["Pakistan and Saudi Arabia have signed a mutual defence pact.", 'agreement', "Pakistan and Saudi Arabia"],
    ["A ceasefire agreement between Thailand and Cambodia was signed in Kuala Lumpur.", 'agreement', "Thailand and Cambodia"],
    ["Rwanda and Congo inked a peace deal in Washington on Friday.", 'agreement', "Rwanda and Congo"],
    ["The two countries concluded a free trade agreement after a decade of talks.", 'agreement', null],
    ["Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang.", 'agreement', "Russia and North Korea"],
    ["India and the UK sealed a trade deal on Thursday.", 'agreement', "India and the UK"],
  ]);
});

test("a meeting told in a clause ('since A and B held a summit', 'a hall where elders were meeting', 'during a visit to X, A met B', 'travelled to X for talks with B'): its own parties", () => {
  check([
    ["The NATO summit in Vilnius, Lithuania, brought together leaders of 32 nations.", 'meeting', "NATO"],
    ["Gunmen stormed a hall in Jowhar where clan elders and district officials were meeting, the police said.", 'meeting', "clan elders and district officials"],
    ["Pyongyang has sent troops to Russia since Kim Jong Un and Vladimir Putin held a summit in Vladivostok in 2023.", 'meeting', "Kim Jong Un and Vladimir Putin"],
    ["The Kremlin said the special envoy, Steve Witkoff, spoke with Russian President Vladimir Putin on Thursday.", 'meeting', "Steve Witkoff and Vladimir Putin"],
    ["Foreign ministers from the Nordic countries gathered in Oslo on Tuesday.", 'meeting', "Foreign ministers from the Nordic countries"],
    ["Putin received Witkoff at the Kremlin for three hours of talks.", 'meeting', "Putin and Witkoff"],
    ["Oman hosted talks between Iran and the United States in Muscat.", 'meeting', "Iran and the United States"],
    ["The Chinese foreign minister travelled to Islamabad for talks with Pakistani officials.", 'meeting', "The Chinese foreign minister and Pakistani officials"],
    ["During a visit to Beijing, Sharif met Chinese President Xi Jinping.", 'meeting', "Sharif and Xi Jinping"],
    ["Albanese flew to Jakarta, where he met Indonesian President Prabowo Subianto.", 'meeting', "Albanese and Prabowo Subianto"],
    ["Leaders of India and China met on the sidelines of the G20 summit in Rio de Janeiro.", 'meeting', "Leaders of India and China"],
    ["The two presidents held a closed-door meeting at the palace in Ankara.", 'meeting', "The two presidents"],
    ["Rubio and Lavrov spoke by phone on Saturday.", 'meeting', "NONE"],
    ["Zelenskyy was in London on Monday for talks with Starmer.", 'meeting', "Zelenskyy and Starmer"],
    ["Defence ministers of the Baltic states met in Riga to discuss air defence.", 'meeting', "Defence ministers of the Baltic states"],
  ]);
});

test("'met with success', 'met with outrage' is no meeting, and a subordinate clause closed by a comma names no party", () => {
  check([
    ["An offensive launched last month, partly to hunt down Ali Barre, has met with surprising success.", 'meeting', "NONE"],
    ["The plan, drafted after Rutte visited the base, met with outrage in parliament.", 'meeting', "NONE"],
  ]);
});
