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

const PROTEST_CLASSES = new Set(['peaceful_protest', 'strike_action', 'hunger_strike', 'obstruction']);
const SPEECH = new Set(['demand', 'disapprove', 'reject', 'support', 'aid', 'investigate', 'concede', 'cooperate', 'consult_visit', 'consult_host', 'consult_meet', 'consult_multilateral', 'consult_third_party', 'consult_phone', 'agree', 'threaten', 'sanction', 'coerce']);
const RIOT_CLASSES = new Set(['violent_demonstration', 'mob_violence']);
const REMOTE_CLASSES = new Set(['shelling', 'missile_strike', 'air_strike', 'ied', 'drone_strike']);

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

export function readTexts(lead: string, context: string): Texts {
  return new SentenceTexts(lead, context);
}

/**
 * The paragraph is read only when a rule asks (most sentences never do), once for all its sentences.
 * A class, not an object literal with a getter (see language/annotate.ts, LazySentence).
 */
class SentenceTexts implements Texts {
  readonly cues: CueSpan;
  #paragraph: CueSpan | undefined;
  readonly #context: string;
  constructor(readonly lead: string, context: string) {
    this.cues = new CueSpan(new CueText(lead), 0, lead.length);
    this.#context = context;
  }

  get paragraph(): CueSpan {
    return (this.#paragraph ??= this.#context === this.lead ? this.cues : readSpan(this.#context));
  }
}

// "Iraqi forces", "Somali troops": a country's own forces are state forces.
function nationalForces(t: Texts, from: number, to: number): boolean {
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
const triggerIs = (name: string, hit: TriggerHit): boolean => phraseHas(name, hit.text, 'start');
const triggerEndsWith = (name: string, hit: TriggerHit): boolean => phraseHas(name, hit.text, 'end');

const has = (hits: TriggerHit[], ids: Set<string> | string[]): TriggerHit | undefined => {
  const set = ids instanceof Set ? ids : new Set(ids);
  return hits.find((h) => set.has(h.classId));
};

function resolveProtest(base: string, context: string, t: Texts): Resolved {
  const c = t.paragraph;
  if (c.has('demonstrators-violent') || cue('demonstrator-violence', context)) return { classId: 'violent_demonstration', rule: 'context:demonstrators-violent' };
  if (lethalOnCrowd(context, t)) return { classId: 'excessive_force', rule: 'context:lethal-force-on-protest' };
  if (c.has('intervention')) return { classId: 'protest_intervention', rule: 'context:authorities-intervened' };
  return { classId: base };
}

function lethalOnCrowd(context: string, t: Texts): boolean {
  const c = t.paragraph;
  return c.has('excessive-force') || (c.has('state-force') && c.has('lethal-on-crowd')) || (cue('police-firing', context) && cue('lethal', context)) || cue('force-on-crowd', context);
}

/**
 * A crowd with a grievance (angry residents, agitators, a party's supporters) turning on officials,
 * the police or property is a riot of demonstrators even when no word says "protest"; a crowd
 * killing someone it accuses is mob violence.
 */
function crowdRiot(id: string, t: Texts, start: number): boolean {
  if (!CROWD_ACTS.has(id)) return false;
  const { lead, cues: c } = t;
  const from = lead.lastIndexOf(',', start - 1) + 1;
  const subject = lead.slice(from, start);
  if (!cue('crowd', subject) || (c.has('organised-armed', from, start) && !c.has('mob', from, start)) || cue('lynching', lead) || cue('rivals', lead)) return false;
  return c.has('demonstrators-violent') || cue('demonstrator-violence', lead);
}
const CROWD_ACTS = new Set(['looting', 'attack', 'beating', 'armed_clash', 'mob_violence', 'violent_demonstration']);

/** Armed organisation against armed organisation is a battle; against the unarmed, an attack. */
function resolveViolence(best: TriggerHit, t: Texts): Resolved {
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

const WEAPON_CLASSES = new Set(['drone_strike', 'air_strike', 'missile_strike', 'shelling', 'ied', 'suicide_bomb', 'grenade', 'chemical']);
const DISRUPTED_CLASSES = new Set(['disrupted_weapons', 'interception']);

/** A weapon trigger inside a phrase that says the weapon was found or stopped ("a grenade was found"): it was not used. */
function weaponFound(best: TriggerHit, hits: TriggerHit[]): TriggerHit | undefined {
  if (!WEAPON_CLASSES.has(best.classId)) return undefined;
  return hits.find((h) => DISRUPTED_CLASSES.has(h.classId) && h.start <= best.start && h.end > best.start);
}

export function resolveContext(best: TriggerHit, hits: TriggerHit[], t: Texts, context: string, armedNamed: boolean): Resolved {
  const id = best.classId;
  const { lead, cues: c } = t;
  const found = weaponFound(best, hits);
  if (found) return { classId: found.classId, rule: 'context:weapon-found' };
  // ACLED: a battle that ends with a place taken is coded as the change of control, not as the clash.
  if (id === 'armed_clash' || id === 'attack') {
    const taken = hits.find((h) => h.classId === 'territory_taken' && h.start > best.start && !h.modal);
    if (taken) {
      const r = resolveContext(taken, hits, t, context, armedNamed);
      return { classId: r.classId, rule: `context:battle-won-ground(${r.rule ? `${taken.id}+${r.rule}` : taken.id})` };
    }
  }
  // Generic violence ("attacked", "ambushed", "killed") takes the class of the weapon named with it.
  if (['attack', 'armed_clash', 'beating'].includes(id) && best.weight <= 5) {
    const weapon = hits.filter((h) => WEAPON_CLASSES.has(h.classId) && h.weight >= 6).sort((a, b) => b.weight - a.weight)[0];
    if (weapon) return resolveContext(weapon, hits, t, context, armedNamed);
    // "killed three in a gun battle": the killing happened in fighting between armed sides.
    const battle = hits.find((h) => h.classId === 'armed_clash' && h.weight >= 6 && triggerIs('battle-word', h));
    if (battle && id === 'attack') return { classId: 'armed_clash', rule: 'context:killed-in-battle' };
  }
  // ACLED: killing outranks abduction and looting in the same report.
  if ((id === 'abduction' || id === 'looting') && hits.some((h) => h.classId === 'attack' && h.start < best.start && phraseHas('killing', h.text, 'any'))) {
    return { classId: 'attack', rule: 'context:killing-first' };
  }
  // ACLED: detention by a non-state group is an abduction, not an arrest.
  if (id === 'arrest' && armedNamed && !c.has('arresting-authority', 0, best.start)) {
    return { classId: 'abduction', rule: 'context:detained-by-armed-group' };
  }
  const protestHit = has(hits, PROTEST_CLASSES);
  // Demonstrators demand, denounce and support: in a demonstration those are its purpose, not the event.
  if (protestHit && SPEECH.has(id) && (protestHit.start < best.start || triggerEndsWith('participle', best))) {
    return { ...resolveProtest(protestHit.classId, context, t), rule: `context:demonstration-purpose(${id})` };
  }

  // Demonstrations: the lead names one; the rest of the report says how it went.
  if (PROTEST_CLASSES.has(id) || (protestHit && ['arrest', 'looting', 'armed_clash', 'attack', 'beating', ...RIOT_CLASSES].includes(id))) {
    return resolveProtest(PROTEST_CLASSES.has(id) ? id : protestHit!.classId, context, t);
  }
  if (crowdRiot(id, t, best.start)) return { classId: 'violent_demonstration', rule: 'context:crowd-riot' };
  if (id === 'suppress_protest' && cue('lethal', lead)) return { classId: 'lethal_crackdown', rule: 'context:lethal-crackdown' };
  if (RIOT_CLASSES.has(id)) {
    if (id === 'mob_violence') return { classId: id };
    return t.paragraph.has('demonstration') ? { classId: 'violent_demonstration' } : { classId: 'mob_violence', rule: 'context:riot-without-demonstration' };
  }
  // A bare "clashed" between parties that are not armed organisations is mob violence.
  if (triggerIs('clash-word', best) && c.has('riot-word')) return { classId: t.paragraph.has('demonstration') ? 'violent_demonstration' : 'mob_violence', rule: 'context:rioters-clash' };
  if (id === 'armed_clash' && triggerIs('clash-word', best) && !c.has('armed-party') && !armedNamed && !c.has('tribal')) {
    return { classId: 'mob_violence', rule: 'context:unarmed-clash' };
  }
  if (REMOTE_CLASSES.has(id)) {
    // ACLED: a chemical agent makes the strike a chemical weapon, whatever delivered it.
    if (has(hits, ['chemical'])) return { classId: 'chemical', rule: 'context:chemical-agent' };
    // The weapon named anywhere in the lead refines a generic strike or explosion.
    if (id !== 'drone_strike' && c.has('drone') && !c.has('shot-down')) return { classId: 'drone_strike', rule: 'context:drone-named' };
    if ((id === 'missile_strike' || id === 'ied') && best.weight <= 4) {
      if (c.has('aircraft')) return { classId: 'air_strike', rule: 'context:aircraft-named' };
      if (c.has('artillery')) return { classId: 'shelling', rule: 'context:artillery-named' };
      if (id === 'missile_strike') return { classId: 'shelling', rule: 'context:generic-strike' };
    }
    return { classId: id };
  }
  // "Troops withdrew and the militia took the camp over": the withdrawal handed a place over.
  // "accused the army of using chlorine", "inspectors found that sarin was used": the act is the news.
  if (['disapprove', 'investigate', 'reject'].includes(id) && cue('complement', lead)) {
    const chemical = hits.find((h) => h.classId === 'chemical' && h.start > best.start);
    if (chemical) return { classId: 'chemical', rule: 'context:chemical-complement' };
  }
  // "… left under a negotiated deal and the army took over": the deal's outcome is the handover.
  if (id === 'agree' && has(hits, ['territory_transfer'])) return { classId: 'territory_transfer', rule: 'context:handover-under-deal' };
  if (id === 'retreat' && has(hits, ['territory_transfer'])) return { classId: 'territory_transfer', rule: 'context:withdrawal-handover' };
  if (id === 'territory_taken' || id === 'territory_transfer') {
    if ((t.paragraph.has('no-fighting') || cue('no-fight', context)) && !(id === 'territory_taken' && t.paragraph.has('fought'))) return { classId: 'territory_transfer', rule: 'context:no-fighting' };
    // "took over the village after fierce clashes": a takeover in fighting is a capture.
    if (id === 'territory_transfer' && (best.weight >= 8 || !t.paragraph.has('fought'))) return { classId: id };
    // The clause of the capture: "following clashes with the army, rebels took …" is the rebels'.
    const from = lead.lastIndexOf(',', best.start - 1) + 1;
    const state = c.has('state-subject', from, best.start);
    const nonState = c.has('non-state-subject', from, best.start);
    // "Rebels retook the village": ground won back by an armed group is still its taking (ACLED).
    if (c.has('retake')) return nonState && !state ? { classId: 'territory_taken', rule: 'context:retaken-by-armed-group' } : { classId: 'territory_regained', rule: 'context:retaken' };
    return (state || (nationalForces(t, from, best.start) && cue('won-from-armed-group', lead.slice(best.start)))) && !nonState ? { classId: 'territory_regained', rule: 'context:state-forces-took' } : { classId: 'territory_taken', ...(id === 'territory_taken' ? {} : { rule: 'context:taken-in-fighting' }) };
  }
  if (['attack', 'armed_clash', 'beating'].includes(id)) {
    // A crowd or party supporters beating someone is mob violence, not an armed group's attack.
    if (best.weight <= 6 && !triggerIs('fight-word', best) && c.has('collective-perpetrator', 0, best.start) && !c.has('organised-armed', 0, best.start) && !armedNamed) {
      return { classId: 'mob_violence', rule: 'context:collective-perpetrator' };
    }
    return resolveViolence(best, t);
  }
  return { classId: id };
}
