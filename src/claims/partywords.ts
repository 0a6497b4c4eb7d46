/**
 * Who the parties of a meeting or agreement are, read from the words around its verb: the
 * subject of the clause, the other party after "met with", delegates and counterparts.
 */
import { readParty, NOT_SUBJECTS, partyBefore } from './sources.js';
import { WORDS } from './words.js';
import { alternation, SOURCES } from './sourcedata.js';

// The words before the other party of a meeting: "met with X", "met X", "held a separate meeting with X",
// "spoke with X", "hosted X", "hosted his Irish counterpart, X"; the party itself is read by readParty.
// "sat down with X", "had a very good call with X", "held a phone conversation with X", "phoned X" name the other party too;
// "met on Monday evening with X": a day (and its part) may stand between the verb and "with".
const WITH_WHOM = new RegExp(
  "^\\s*(?:(?:(?:met|meets|meeting|talks|held\\s+talks|(?:held|holds|hold|holding)\\s+(?:a\\s+)?(?:separate\\s+|bilateral\\s+|private\\s+|brief\\s+|closed-door\\s+)?(?:meeting|talks)|spoke|speaks|talked|sat\\s+down|sits\\s+down"
  + "|(?:had|has|held|holds|made|makes)\\s+(?:a|an|another|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:call|conversation|talks))?\\s*"
  + "(?:(?:today|yesterday|again|also|later|separately|briefly|virtually|privately|by\\s+phone|by\\s+telephone|on\\s+the\\s+(?:tele)?phone|on\\s+[A-Z][a-z]+day(?:\\s+(?:morning|afternoon|evening|night))?)\\s+)?with|hosted|hosting|received|welcomed|welcomes|(?:tele)?phoned|play(?:ed|s)\\s+host\\s+to|(?:was|were)\\s+(?:warmly\\s+)?(?:received|hosted|welcomed|greeted)\\s+by)\\s+|(?:met|meets)\\s+(?=[A-Z]|(?:his|her|their|its)\\s|the\\s+[A-Z])"
  // "met members of the Kenya Defence Forces", "met senior officers of the navy's X": people told by the named body they belong to; the body is the party.
  + "|(?:met|meets)\\s+(?!the\\s|a\\s|an\\s)(?:[a-z][\\w-]*\\s+){1,2}of\\s+(?=(?:the\\s+)?[A-Z]))"
  + "(?:((?:his|her|their|its)\\s+(?:[A-Z][\\w'’-]*\\s+)?counterparts?),?\\s+)?(?=[A-Za-z])");

/** The other party named after the meeting words, if any. */
function otherParty(after: string): string | null {
  const m = WITH_WHOM.exec(after);
  // "met his Lithuanian counterpart in Vilnius": a counterpart named by country alone is the party.
  if (m) return counterpartNamed(m[1], readParty(after.slice(m[0].length)));
  // "visited Nairobi in May and met (or told) Kenyan President William Ruto": the one the visitor met;
  // "… and held talks with his Lithuanian counterpart, X": the counterpart's name, else the counterpart.
  const then = AND_MET.exec(after.split(/[;.]/)[0]!);
  return then ? counterpartNamed(then[1], readParty(after.slice(then.index + then[0].length))) : null;
}

/**
 * The other party told as a counterpart: "his Lithuanian counterpart, X" -> "Lithuanian counterpart X" (the country
 * names the state it acts for), "his Lithuanian counterpart" alone -> itself; with no counterpart, the name read.
 */
function counterpartNamed(counterpart: string | undefined, name: string | null): string | null {
  const demonym = counterpart && /\s([A-Z][\w'’-]*)\s/.exec(counterpart)?.[1];
  if (!demonym) return name;
  return name ? (name.includes(demonym) ? name : `${demonym} counterpart ${name}`) : counterpart!;
}
const AND_MET = /\band\s+(?:also\s+)?(?:met|meets|met\s+with|hosted|received|held\s+talks\s+with|spoke\s+with|told)\s+(?:((?:his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?),?\s+)?(?=[A-Z])/;

/** The parties of an agreement or meeting: "A and B met", "between A and B", "A met with B". */
export function partiesOf(sentence: string, at: number): string | null {
  const between = sentence.includes('between') && /\bbetween\s+((?:(?!\bto\b|\bon\b|\bfor\b|\bin\b)[^,.;])+?\s+and\s+[^,.;]+?)(?=\s+(?:to|on|for|in|at|begin|began|begins|was|were|is|are|that|which|had|has|have|would|will|collapsed|ended|broke|failed|resumed|stalled|took|lasted|opened|concluded)\b|[,.;]|$)/i.exec(sentence);
  if (between) return between[1]!.trim();
  const after = sentence.slice(at);
  // "a meeting of the U.N. Security Council": the body that meets is the party.
  const body = /^(?:meeting|session|summit)\s+of\s+((?:the\s+)?(?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|for)\b)*)/.exec(after);
  // "a meeting of NATO foreign ministers": the people the body sends are the party.
  if (body) return withDelegates(after, body[1]!.replace(/\s+(?:of|for)$/, ''));
  // "U.S.-Ukraine talks in Jeddah": two parties joined by a hyphen before the talks.
  const pair = /(?:^|\s)((?:[A-Z][\w.'’]*))-((?:[A-Z][\w.'’]*))\s*$/.exec(sentence.slice(0, at));
  if (pair && /^(?:talks|meeting|summit|negotiations|consultations)\b/.test(after)) return `${pair[1]} and ${pair[2]}`;
  // "At their Security Committee meeting in July, Tokyo and Washington agreed …": the owners of the
  // meeting are the subject of the clause after it.
  if (/\btheir\s+(?:[\w'’-]+\s+){0,5}$/.test(sentence.slice(0, at)) || (!sentence.slice(0, at).trim() && FRAME_OPENING.test(after))) {
    const main = after.slice(after.indexOf(',') + 1);
    const owners = after.includes(',') ? readParty(main.trimStart()) : null;
    if (owners) return owners;
  }
  // "… welcomed the announcement that Armenia had agreed": the parties are the that-clause's subject.
  // A wire dateline ("BRUSSELS (AP) — ") opening the sentence is not its subject.
  const before = sentence.slice(0, at).trimStart().replace(DATELINE_OPENING, '');
  const that = /^.*\bthat\s+/s.exec(before);
  // "The Kremlin said X met …": the party is the subject of the reported clause, not who reports it.
  const reported = !that && REPORTED.exec(before);
  const clause = that ? before.slice(that[0].length) : reported ? before.slice(reported[0].length) : before;
  // "Tribal elders and provincial officials met": a lower-case party filling the clause before the verb;
  // "President Li’s special envoy, Zhang Min, spoke with …": a person given with an appositive is read whole.
  const subject = counterpartSubject(clause) ?? subordinateSubject(clause) ?? partyBefore(withoutOpeners(clause)) ?? APPOSITIVE.exec(clause)?.[1] ?? subjectOf(clause) ?? DESCRIBED_NAME.exec(clause)?.[1] ?? TITLED_LOWER.exec(withoutOpeners(clause))?.[1] ?? null;
  const other = otherParty(after);
  // "…, Defence Minister A said after meeting his Danish counterpart B": the speaker met the counterpart.
  const counterpart = COUNTERPART.exec(after) ?? NAMED_WITH.exec(after);
  const speaker = counterpart && (SPEAKER_BEFORE.exec(before) ?? SPEAKER_OPENING.exec(before));
  if (counterpart && speaker) return `${speaker[1]!} and ${counterpart[1]!}`;
  if (subject && other) return `${subject} and ${other}`;
  // "NATO defence ministers met": the people a named body sends are the party.
  // Two named parties ("Chad and Niger officials met") stay the parties.
  if (subject && !other && !/\band\b/.test(subject)) return withDelegates(before, subject);
  // "The president met with Prime Minister Kishida", "Officials said the president met …": a title-only subject (of the reported
  // clause) still names a party when the other is named.
  // "In Doha, the country's prime minister met the Hamas delegation": an opening phrase is cut, and a possessive may describe the office.
  const titled = /^\s*((?:the|The)\s+(?:[a-z]+(?:['’]s)?\s+){0,3}(?:president|minister|secretary|chancellor|king|queen|premier|leader|envoy|ambassador|general|commander|governor|mayor|delegation|diplomat|chief))\s*$/.exec(withoutOpeners(clause));
  if (!subject && titled && other) return `${titled[1]!} and ${other}`;
  // "He met his Japanese counterpart X": a pronoun opening the sentence stands for the person named before (read by the caller).
  const pronoun = !subject && other ? /^\s*(He|She)\s+(?:also\s+|later\s+|then\s+)?$/.exec(before) : null;
  if (pronoun) return `${pronoun[1]!} and ${other}`;
  // "The prime minister travelled to Paris, where she met President Macron": the pronoun of a clause the comma opens is the sentence's subject.
  const back = !subject && other ? TRAVELLER.exec(before) : null;
  const traveller = back ? subjectOf(back[1]!) ?? OFFICE_OPENING.exec(back[1]!)?.[1] : null;
  if (traveller) return `${traveller} and ${other}`;
  // "… at the invitation of President Ruto, who met officers of the Kenya Navy": a relative clause's subject is the name it follows.
  const antecedent = !subject && other ? RELATIVE.exec(before) : null;
  if (antecedent) return `${antecedent[1]!} and ${other}`;
  // "The talks in Riyadh brought together officials from Russia and the United States": with no party before, the ones brought together.
  const together = subject ? null : BROUGHT_TOGETHER.exec(after);
  return subject ?? (together ? readParty(after.slice(together.index + together[0].length)) : null);
}

// "… since Kim and Putin held a summit", "a hall where clan elders and officials were meeting": a clause that a
// subordinator opens right before the gathering has its own subject, the party, when its words are only that subject.
const SUBORDINATE = /^.*\b(?:[Ss]ince|[Aa]fter|[Ww]hen|where|[Ww]hile|as|[Bb]efore|[Uu]ntil|[Oo]nce|[Bb]ecause)\s+(?=\S)/s;
const AUX_LAST = /(?:\s+(?:were|was|had|have|has|been|also|reportedly|then|again|all|both|first))+\s*$/i;

function subordinateSubject(clause: string): string | null {
  const opened = SUBORDINATE.exec(clause);
  if (!opened) return null;
  const tail = clause.slice(opened[0].length).replace(AUX_LAST, '').trim();
  // "in part to chase after Mumin, has met with success": a comma closed the subordinate clause before the verb.
  if (!tail || /[,;:]/.test(tail)) return null;
  const party = readParty(tail, true);
  if (party) return party;
  const named = subjectOf(tail);
  return named === tail && /\band\b/.test(named) ? named : null;
}

// "Russian Foreign Minister X and his Chinese counterpart Y met": the subject and the counterpart's name (else the counterpart).
const WITH_COUNTERPART = /^(.+?)\s+and\s+(?:his|her|their|its)\s+((?:[A-Z][\w'’-]*\s+)?counterparts?)(?:,?\s+([A-Z][^,]*?))?,?\s*$/;

function counterpartSubject(clause: string): string | null {
  const m = clause.includes('counterpart') ? WITH_COUNTERPART.exec(clause.replace(AUX_LAST, '')) : null;
  if (!m) return null;
  const first = partyBefore(withoutOpeners(m[1]!)) ?? subjectOf(m[1]!);
  const second = (m[3] && readParty(m[3], true)) || m[2]!;
  return first ? `${first} and ${second}` : null;
}

// A name (capitalised words, with 'of' and 'the' inside it) closed by a comma and 'who': the subject of the relative clause.
const RELATIVE = /((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|the|al|bin|de))*)\s*,\s+who\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$/;
const TRAVELLER = /^(.+?)\s+(?:travell?ed|flew|went|arrived|came|headed|visited)\b[^,;]*,\s+(?:where|and\s+there)\s+(?:he|she|they)\s+(?:also\s+|later\s+|then\s+|first\s+)?$/;
const OFFICE_OPENING = /^\s*((?:the|The)\s+(?:[A-Za-z'’-]+\s+){0,3}(?:president|minister|secretary|chancellor|king|queen|premier|leader|envoy|ambassador|commander|delegation))$/;
const BROUGHT_TOGETHER = /\b(?:brought|brings|bringing|bring)\s+together\s+(?=\S)/;
// "In a phone call on Monday, A and B discussed …": a gathering opening the sentence is the main clause's subject's.
const FRAME_OPENING = /^(?:In|During)\s+(?:a|an|the|their)\s+[^,]{3,60},/;
// "According to the Kremlin, Putin and Lukashenko met": a source opening the sentence is no party either;
// "A spokesman said the Philippines (the president) had met …": a reported subject may open with its article.
const REPORTED = /^(?:[^,]*?\b(?:said|says|say|told\s+\w+|reported|announced)\s+(?=[A-Z]|the\s)|[Aa]ccording to\s[^,]{2,80},\s*)/;
// "Before the vote, Kato, as a member of the ruling party, visited …": a name with a description after an opening clause.
// "On Friday, junta leader Senior General X received …", "army chief Y hosted …": a name after a lower-case title (up to two words,
// then a title head of data partyPhrase.titleHeads) filling the clause before the verb; the sentence's opening phrase is cut first.
// "army chief Abdel Fattah al-Burhan": a particle hyphened to a capital ('al-Burhan') is a word of the name.
const TITLED_LOWER = new RegExp(`^((?:[a-z][\\w'’-]*\\s+){0,2}(?:${alternation(SOURCES.partyPhrase.titleHeads)})\\s+[A-Z][\\w.'’-]*(?:\\s+(?:[A-Z][\\w.'’-]*|(?:${alternation(SOURCES.partyPhrase.particles)})-[A-Z][\\w.'’-]*|${alternation(SOURCES.partyPhrase.particles)})){0,5})\\s*$`);
const DESCRIBED_NAME = /^(?:[^,]*,\s*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?:as|a|an|the|who|now|then|once|formerly)\b[^,]*,\s*$/;
const APPOSITIVE = /^((?:[A-Z]|the\s)[^,]{2,80},\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*$/;
const DATELINE_OPENING = /^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/;
const COUNTERPART = /^(?:after|following|during)\s+(?:meeting|talks)\s+(?:with\s+)?(?:his|her|their|the)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?,?\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,3})/;
const NAMED_WITH = /^(?:after|following|during)\s+(?:(?:a\s+|the\s+)?(?:meeting|talks)\s+with|meeting)\s+((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)/;
const SPEAKER_OPENING = /^((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)\s+(?:said|says|told)\b/;
// "…, the Polish defence minister said after meeting …": a speaker may be an office told by its title.
const SPEAKER_BEFORE = /,\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|the\s+(?:[\w'’-]+\s+){0,3}(?:minister|president|envoy|secretary|chancellor|premier|king|leader|ambassador|commander|chief))\s+(?:said|says|told\s+\w+)\s+$/;

function withDelegates(before: string, subject: string): string {
  const at = before.indexOf(subject);
  if (at < 0) return subject;
  const words: string[] = [];
  for (const w of before.slice(at + subject.length).trim().split(/\s+/)) {
    const word = w.replace(/[,;:]$/, '');
    if (!WORDS.DELEGATE_NOUNS.has(word)) break;
    words.push(word);
    if (word !== w) break;
  }
  // Portfolio words alone ("NATO defence") name no people: keep only a run that ends on a noun of people.
  while (words.length && !/s$/.test(words.at(-1)!)) words.pop();
  return words.length ? `${subject} ${words.join(' ')}` : subject;
}

/** A clause without its opening quote and leading adverbials ("Earlier Saturday,", "On June 13th, 2024,"). */
function withoutOpeners(clause: string): string {
  return clause.replace(/^\s*["“‘']\s*/, '').replace(/^\s*(?:(?:(?:during|after|following|amid|ahead\s+of)\s+(?:a|an|the|his|her|their|its)\s[^,]{3,60})|(?:today|(?:last|this|earlier this|later this|early last|late last)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|on [^,]+(?:,\s*\d{4})?|yesterday|later|earlier|meanwhile|separately|additionally|however|in [^,]+)|(?:[A-Z][a-z]+\s+){0,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|evening|night)),\s*/i, '');
}

/**
 * The named subject that opens a clause ("The Vice President and President Marcos also welcomed …"):
 * capitalised words joined by "and", "of", "the", stopping at the first lower-case word.
 */
export function subjectOf(clause: string): string | null {
  // Leading adverbials ("Earlier Saturday,", "On June 13th, 2024,") are not the subject.
  const text = withoutOpeners(clause);
  const m = /^((?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|\([A-Z.]{2,8}\)|(?:and|of|the|de|bin|al|for)\b))*)/.exec(text);
  if (!m) return null;
  const subject = m[1]!.replace(/\s+(?:and|of|the|for)$/, '').trim();
  // A bare determiner or pronoun is no party.
  // "The African Union (AU) holds …": an article before a name is no determiner alone.
  const [first, second] = subject.split(/\s+/);
  if (first === 'The' && second && !NOT_SUBJECTS.has(second)) return subject;
  return NOT_SUBJECTS.has(first!) && !/\band\b/.test(subject) ? null : subject;
}
