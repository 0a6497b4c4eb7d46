import type { Sentence } from '../language/index.js';
import type { TriggerHit } from './classify.js';
import { cue } from './lexicon.js';
import { iso3OfName } from './countries.js';
import { CueSpan, CueText, phraseHas, readSpan } from './cues.js';

/**
 * Context rules that separate close classes, after the ACLED codebook's decision order:
 * a demonstration stays "peaceful" unless demonstrators use violence (Riots) or authorities
 * intervene (Protest with intervention / Excessive force); violence is a Battle when both sides
 * are armed organisations and Violence against civilians when the victims are unarmed; a strike
 * is classed by the weapon named (drone > aircraft > missile/artillery > planted device).
 */

export interface Resolved {
  classId: string;
  /** Set when a context rule changed or confirmed the class. */
  rule?: string;
}

export const PROTEST_CLASSES = new Set(['peaceful_protest', 'strike_action', 'hunger_strike', 'obstruction']);
export const SPEECH = new Set(['demand', 'disapprove', 'reject', 'support', 'aid', 'investigate', 'concede', 'cooperate', 'consult_visit', 'consult_host', 'consult_meet', 'consult_multilateral', 'consult_third_party', 'consult_phone', 'agree', 'threaten', 'sanction', 'coerce']);
export const RIOT_CLASSES = new Set(['violent_demonstration', 'mob_violence']);
export const REMOTE_CLASSES = new Set(['shelling', 'missile_strike', 'air_strike', 'ied', 'drone_strike']);

/**
 * The sentence and its paragraph, read for cues by name (data/rules/events-context.json): `cues`
 * reads the sentence, `paragraph` its context (the paragraph from the sentence on), a span of one
 * reading that the paragraph's later sentences share (src/events/cues.ts, readSpan).
 */
export interface Texts {
  lead: string;
  cues: CueSpan;
  readonly paragraph: CueSpan;
}

/** `sentence`: the sentence whose text `lead` is, when there is one (its tokens are read, not made again). */
export function readTexts(lead: string, context: string, sentence?: Sentence): Texts {
  return new SentenceTexts(lead, context, sentence);
}

/**
 * The paragraph is read only when a rule asks (most sentences never do), once for all its sentences.
 * A class, not an object literal with a getter (see language/annotate.ts, LazySentence).
 */
class SentenceTexts implements Texts {
  readonly cues: CueSpan;
  #paragraph: CueSpan | undefined;
  readonly #context: string;
  constructor(readonly lead: string, context: string, sentence?: Sentence) {
    this.cues = new CueSpan(new CueText(lead, sentence), 0, lead.length);
    this.#context = context;
  }

  get paragraph(): CueSpan {
    return (this.#paragraph ??= this.#context === this.lead ? this.cues : readSpan(this.#context));
  }
}

// "Iraqi forces", "Somali troops": a country's own forces are state forces.
export function nationalForces(t: Texts, from: number, to: number): boolean {
  for (const m of t.cues.all('national-forces', from, to)) {
    const { start, end } = m.captures.name!;
    const name = t.lead.slice(start, end);
    // A capitalised word ("Somali"), not an acronym ("US", "DRC") or a joined name ("Al-Shabaab").
    const rest = name.slice(1);
    if (rest.length === 0 || rest !== rest.toLowerCase() || name.includes('-') || name.includes('.')) continue;
    if (iso3OfName(name) && !cue('stateless-people', name)) return true;
  }
  return false;
}

/** Whether the trigger's words open with cue `name` ("clash…" of a bare clash): read on the trigger alone, not its sentence. */
export const triggerIs = (name: string, hit: TriggerHit): boolean => phraseHas(name, hit.text, 'start');
export const triggerEndsWith = (name: string, hit: TriggerHit): boolean => phraseHas(name, hit.text, 'end');

export const has = (hits: TriggerHit[], ids: Set<string> | string[]): TriggerHit | undefined => {
  const set = ids instanceof Set ? ids : new Set(ids);
  return hits.find((h) => set.has(h.classId));
};

export function resolveProtest(base: string, context: string, t: Texts): Resolved {
  const c = t.paragraph;
  if (c.has('demonstrators-violent') || cue('demonstrator-violence', context)) return { classId: 'violent_demonstration', rule: 'context:demonstrators-violent' };
  if (lethalOnCrowd(context, t)) return { classId: 'excessive_force', rule: 'context:lethal-force-on-protest' };
  if (c.has('intervention')) return { classId: 'protest_intervention', rule: 'context:authorities-intervened' };
  return { classId: base };
}

export function lethalOnCrowd(context: string, t: Texts): boolean {
  const c = t.paragraph;
  return c.has('excessive-force') || (c.has('state-force') && c.has('lethal-on-crowd')) || (cue('police-firing', context) && cue('lethal', context)) || cue('force-on-crowd', context);
}

/**
 * A crowd with a grievance (angry residents, agitators, a party's supporters) turning on officials,
 * the police or property is a riot of demonstrators even when no word says "protest"; a crowd
 * killing someone it accuses is mob violence.
 */
export function crowdRiot(id: string, t: Texts, start: number): boolean {
  if (!CROWD_ACTS.has(id)) return false;
  const { lead, cues: c } = t;
  const from = lead.lastIndexOf(',', start - 1) + 1;
  const subject = lead.slice(from, start);
  if (!cue('crowd', subject) || (c.has('organised-armed', from, start) && !c.has('mob', from, start)) || cue('lynching', lead) || cue('rivals', lead)) return false;
  return c.has('demonstrators-violent') || cue('demonstrator-violence', lead);
}
/** A crowd burning, beating or attacking someone it accuses of an offence (a thief, a blasphemer): mob violence, whatever it destroyed. */
export function crowdPunishes(id: string, t: Texts, start: number): boolean {
  if (!CROWD_ACTS.has(id)) return false;
  const { lead, cues: c } = t;
  const from = lead.lastIndexOf(',', start - 1) + 1;
  const subject = lead.slice(from, start);
  // Plain residents or villagers are a crowd only here: punishing someone they accuse is mob violence,
  // while their other violence is read by the riot steps as before.
  if (!(cue('crowd', subject) || cue('accusing-people', subject)) || (c.has('organised-armed', from, start) && !c.has('mob', from, start))) return false;
  return cue('lynching', lead);
}
const CROWD_ACTS = new Set(['looting', 'attack', 'beating', 'armed_clash', 'mob_violence', 'violent_demonstration']);

/** Armed organisation against armed organisation is a battle; against the unarmed, an attack. */
export function resolveViolence(best: TriggerHit, t: Texts): Resolved {
  const strongClash = best.classId === 'armed_clash' && best.weight >= 6;
  if (strongClash) return { classId: 'armed_clash' };
  const { lead, cues: c } = t;
  // The victims follow the trigger's first word: "Gunmen stormed …" names the attackers, not a target.
  const from = best.start + (best.text.indexOf(' ') + 1 || best.text.length);
  const reach = Math.min(best.end + 80, lead.length);
  // "Three killed as gunmen attack …": a clause that names the attackers ends the victims.
  const to = c.find('clause-cut', from, reach)?.start ?? reach;
  const passive = c.endsBefore('passive-aux', best.start, 1) || c.nextWordIs('agent-by', best.start);
  // In the passive the victims come first ("two soldiers were killed by gunmen").
  const [vFrom, vTo] = passive ? [Math.max(0, best.start - 80), best.start] : [from, to];
  const target = c.find('armed-target', vFrom, vTo);
  const civilian = c.find('civilian-victim', vFrom, vTo);
  const armedVictim = target !== undefined && !(civilian && civilian.start < target.start);
  const armedActor = passive ? c.has('armed-party', from, to) : c.has('armed-party', 0, best.start);
  // An armed victim (a soldier, a gang member) makes it a battle whoever fired, unless a crowd did (mob violence).
  if (armedVictim && (armedActor || best.classId === 'armed_clash' || !c.has('collective-perpetrator', 0, best.start))) return { classId: 'armed_clash', rule: 'context:armed-target' };
  if (best.classId === 'armed_clash') {
    // "Troops and dissidents clashed …, resulting in two people injured": the parties clash, the people are hurt.
    if (!passive && c.has('armed-party', 0, best.start) && triggerIs('clash-word', best)) return { classId: 'armed_clash', rule: 'context:armed-parties-clash' };
    return civilian || !c.has('armed-target')
      ? { classId: 'attack', rule: 'context:unarmed-target' }
      : { classId: 'armed_clash' };
  }
  return { classId: best.classId };
}

export const WEAPON_CLASSES = new Set(['drone_strike', 'air_strike', 'missile_strike', 'shelling', 'ied', 'suicide_bomb', 'grenade', 'chemical']);
const DISRUPTED_CLASSES = new Set(['disrupted_weapons', 'interception']);

/** A weapon trigger inside a phrase that says the weapon was found or stopped ("a grenade was found"): it was not used. */
export function weaponFound(best: TriggerHit, hits: TriggerHit[]): TriggerHit | undefined {
  if (!WEAPON_CLASSES.has(best.classId)) return undefined;
  return hits.find((h) => DISRUPTED_CLASSES.has(h.classId) && h.start <= best.start && h.end > best.start);
}
