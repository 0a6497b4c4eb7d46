import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TriggerHit } from './classify.js';
import { cue } from './lexicon.js';
import { phraseHas } from './cues.js';
import {
  PROTEST_CLASSES, REMOTE_CLASSES, RIOT_CLASSES, SPEECH, WEAPON_CLASSES, crowdPunishes, crowdRiot, has, nationalForces,
  resolveProtest, resolveViolence, triggerEndsWith, triggerIs, weaponFound, type Resolved, type Texts,
} from './context.js';

/**
 * The context rules that separate close classes, as an ordered table (data/events/contextsteps.json):
 * each step reads the deciding trigger, the other triggers and the texts, and either decides the
 * class (the first step that does wins) or passes. A step may read the context again for another
 * trigger (`again`): a battle that took ground is read as the taking.
 */

/** What the steps read: the deciding trigger, every trigger of the sentence, the sentence and its paragraph. */
export interface ContextState {
  best: TriggerHit;
  id: string;
  hits: TriggerHit[];
  t: Texts;
  context: string;
  /** An armed group is named in the sentence. */
  armedNamed: boolean;
  /** The context rules read for another trigger of the sentence. */
  again: (hit: TriggerHit) => Resolved;
}

type Step = (x: ContextState) => Resolved | undefined;

const VIOLENCE = ['attack', 'armed_clash', 'beating'];
const CROWD_VIOLENCE = ['arrest', 'looting', 'armed_clash', 'attack', 'beating', ...RIOT_CLASSES];
const protestOf = (x: ContextState): TriggerHit | undefined => has(x.hits, PROTEST_CLASSES);

/** The subject of the capture's clause: "following clashes with the army, rebels took …" is the rebels'. */
function captureSubject(x: ContextState): { from: number; state: boolean; nonState: boolean } {
  const { lead, cues: c } = x.t;
  const from = lead.lastIndexOf(',', x.best.start - 1) + 1;
  return { from, state: c.has('state-subject', from, x.best.start), nonState: c.has('non-state-subject', from, x.best.start) };
}
// The blasts an accident or a past war's munition can cause: a planted device, a grenade, a shell or rocket.
const BLAST_CLASSES: ReadonlySet<string> = new Set(['ied', 'grenade', 'shelling', 'missile_strike']);
const isTerritory = (id: string): boolean => id === 'territory_taken' || id === 'territory_transfer';

const STEPS: Readonly<Record<string, Step>> = {
  'weapon-found': (x) => {
    const found = weaponFound(x.best, x.hits);
    return found ? { classId: found.classId, rule: 'context:weapon-found' } : undefined;
  },
  'accidental-blast': (x) =>
    BLAST_CLASSES.has(x.id) && (cue('accident', x.context) || cue('war-remnant', x.context))
      ? { classId: 'accidental_blast', rule: 'context:accidental-blast' } : undefined,
  'battle-won-ground': (x) => {
    if (x.id !== 'armed_clash' && x.id !== 'attack') return undefined;
    const taken = x.hits.find((h) => h.classId === 'territory_taken' && h.start > x.best.start && !h.modal);
    if (!taken) return undefined;
    const r = x.again(taken);
    return { classId: r.classId, rule: `context:battle-won-ground(${r.rule ? `${taken.id}+${r.rule}` : taken.id})` };
  },
  'weapon-of-violence': (x) => {
    if (!VIOLENCE.includes(x.id) || x.best.weight > 5) return undefined;
    const weapon = x.hits.filter((h) => WEAPON_CLASSES.has(h.classId) && h.weight >= 6).sort((a, b) => b.weight - a.weight)[0];
    return weapon ? x.again(weapon) : undefined;
  },
  'killed-in-battle': (x) => {
    if (x.id !== 'attack' || x.best.weight > 5) return undefined;
    const battle = x.hits.find((h) => h.classId === 'armed_clash' && h.weight >= 6 && triggerIs('battle-word', h));
    return battle ? { classId: 'armed_clash', rule: 'context:killed-in-battle' } : undefined;
  },
  'killing-first': (x) =>
    (x.id === 'abduction' || x.id === 'looting') && x.hits.some((h) => h.start < x.best.start && (
      (h.classId === 'attack' && phraseHas('killing', h.text, 'any')) ||
      // "beat and robbed the women": people assaulted as they are robbed are the victims of an attack.
      (x.id === 'looting' && (h.classId === 'beating' || (h.classId === 'attack' && phraseHas('assault-on-person', h.text, 'any'))))))
      ? { classId: 'attack', rule: 'context:killing-first' } : undefined,
  'detained-by-armed-group': (x) =>
    x.id === 'arrest' && x.armedNamed && !x.t.cues.has('arresting-authority', 0, x.best.start)
      ? { classId: 'abduction', rule: 'context:detained-by-armed-group' } : undefined,
  'demonstration-purpose': (x) => {
    const protest = protestOf(x);
    if (!protest || !SPEECH.has(x.id) || !(protest.start < x.best.start || triggerEndsWith('participle', x.best))) return undefined;
    return { ...resolveProtest(protest.classId, x.context, x.t), rule: `context:demonstration-purpose(${x.id})` };
  },
  demonstration: (x) => {
    if (PROTEST_CLASSES.has(x.id)) return resolveProtest(x.id, x.context, x.t);
    const protest = protestOf(x);
    return protest && CROWD_VIOLENCE.includes(x.id) ? resolveProtest(protest.classId, x.context, x.t) : undefined;
  },
  'crowd-riot': (x) => (crowdRiot(x.id, x.t, x.best.start) ? { classId: 'violent_demonstration', rule: 'context:crowd-riot' } : undefined),
  'crowd-punishes': (x) => (crowdPunishes(x.id, x.t, x.best.start) ? { classId: 'mob_violence', rule: 'context:crowd-punishes' } : undefined),
  'lethal-crackdown': (x) =>
    x.id === 'suppress_protest' && (cue('lethal', x.t.lead) || cue('force-on-crowd', x.t.lead)) ? { classId: 'lethal_crackdown', rule: 'context:lethal-crackdown' } : undefined,
  riot: (x) => {
    if (!RIOT_CLASSES.has(x.id)) return undefined;
    if (x.id === 'mob_violence') return { classId: x.id };
    return x.t.paragraph.has('demonstration') ? { classId: 'violent_demonstration' } : { classId: 'mob_violence', rule: 'context:riot-without-demonstration' };
  },
  'rioters-clash': (x) =>
    triggerIs('clash-word', x.best) && x.t.cues.has('riot-word')
      ? { classId: x.t.paragraph.has('demonstration') ? 'violent_demonstration' : 'mob_violence', rule: 'context:rioters-clash' } : undefined,
  'unarmed-clash': (x) =>
    x.id === 'armed_clash' && triggerIs('clash-word', x.best) && !x.t.cues.has('armed-party') && !x.armedNamed && !x.t.cues.has('tribal')
      ? { classId: 'mob_violence', rule: 'context:unarmed-clash' } : undefined,
  'chemical-agent': (x) => (REMOTE_CLASSES.has(x.id) && has(x.hits, ['chemical']) ? { classId: 'chemical', rule: 'context:chemical-agent' } : undefined),
  'drone-named': (x) =>
    REMOTE_CLASSES.has(x.id) && x.id !== 'drone_strike' && x.t.cues.has('drone') && !x.t.cues.has('shot-down')
      ? { classId: 'drone_strike', rule: 'context:drone-named' } : undefined,
  'weak-strike-weapon': (x) => {
    if ((x.id !== 'missile_strike' && x.id !== 'ied') || x.best.weight > 4) return undefined;
    const c = x.t.cues;
    if (c.has('aircraft')) return { classId: 'air_strike', rule: 'context:aircraft-named' };
    if (c.has('artillery')) return { classId: 'shelling', rule: 'context:artillery-named' };
    return x.id === 'missile_strike' ? { classId: 'shelling', rule: 'context:generic-strike' } : undefined;
  },
  'chemical-complement': (x) => {
    if (!['disapprove', 'investigate', 'reject'].includes(x.id) || !cue('complement', x.t.lead)) return undefined;
    return x.hits.some((h) => h.classId === 'chemical' && h.start > x.best.start) ? { classId: 'chemical', rule: 'context:chemical-complement' } : undefined;
  },
  'handover-under-deal': (x) => (x.id === 'agree' && has(x.hits, ['territory_transfer']) ? { classId: 'territory_transfer', rule: 'context:handover-under-deal' } : undefined),
  'withdrawal-handover': (x) => (x.id === 'retreat' && has(x.hits, ['territory_transfer']) ? { classId: 'territory_transfer', rule: 'context:withdrawal-handover' } : undefined),
  'no-fighting': (x) => {
    // A place the state's side is back in ("back under government control after the rebels withdrew") changed hands as well.
    if (!isTerritory(x.id) && x.id !== 'territory_regained') return undefined;
    const p = x.t.paragraph;
    return (p.has('no-fighting') || cue('no-fight', x.context)) && !(x.id !== 'territory_transfer' && p.has('fought')) ? { classId: 'territory_transfer', rule: 'context:no-fighting' } : undefined;
  },
  'takeover-kept': (x) => (x.id === 'territory_transfer' && (x.best.weight >= 8 || !x.t.paragraph.has('fought')) ? { classId: x.id } : undefined),
  retaken: (x) => {
    if (!isTerritory(x.id) || !x.t.cues.has('retake')) return undefined;
    const { state, nonState } = captureSubject(x);
    return nonState && !state ? { classId: 'territory_taken', rule: 'context:retaken-by-armed-group' } : { classId: 'territory_regained', rule: 'context:retaken' };
  },
  'captured-by': (x) => {
    if (!isTerritory(x.id)) return undefined;
    const { from, state, nonState } = captureSubject(x);
    const { lead } = x.t;
    const stateForces = state || (nationalForces(x.t, from, x.best.start) && cue('won-from-armed-group', lead.slice(x.best.start)));
    if (stateForces && !nonState) return { classId: 'territory_regained', rule: 'context:state-forces-took' };
    return { classId: 'territory_taken', ...(x.id === 'territory_taken' ? {} : { rule: 'context:taken-in-fighting' }) };
  },
  'collective-perpetrator': (x) => {
    const c = x.t.cues;
    const { best } = x;
    return VIOLENCE.includes(x.id) && best.weight <= 6 && !triggerIs('fight-word', best) && c.has('collective-perpetrator', 0, best.start) &&
      !c.has('organised-armed', 0, best.start) && !x.armedNamed ? { classId: 'mob_violence', rule: 'context:collective-perpetrator' } : undefined;
  },
  'armed-or-unarmed': (x) => (VIOLENCE.includes(x.id) ? resolveViolence(x.best, x.t) : undefined),
};

const FILE = 'data/events/contextsteps.json';
const Schema = z.object({
  _why: z.string().min(10),
  steps: z.array(z.object({ step: z.string(), why: z.string().min(10) }).strict()).min(1),
}).strict();

/** A step of the table: its name (data/events/contextsteps.json) and its function. */
export interface ContextStep { name: string; run: Step }

/** Validates a step table (the JSON of data/events/contextsteps.json): each step known, none twice. */
export function parseContextSteps(raw: unknown): ContextStep[] {
  const parsed = Schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const seen = new Set<string>();
  return parsed.data.steps.map((s, i) => {
    const run = STEPS[s.step];
    if (!run) throw new Error(`${FILE}: steps[${i}] "${s.step}": no context step of that name in src/events/contextsteps.ts`);
    if (seen.has(s.step)) throw new Error(`${FILE}: steps[${i}] "${s.step}": listed twice`);
    seen.add(s.step);
    return { name: s.step, run };
  });
}

/** The steps in their order. */
export const CONTEXT_STEPS: readonly ContextStep[] = parseContextSteps(JSON.parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));

/** The class the context gives the deciding trigger `best`: the first step that decides, else its own class. */
/** A class, not a literal with a closure for `again`: under tsx (keepNames) each closure made costs a name set on it. */
class StepState implements ContextState {
  readonly id: string;
  constructor(readonly best: TriggerHit, readonly hits: TriggerHit[], readonly t: Texts, readonly context: string, private readonly armed: ArmedNamed) {
    this.id = best.classId;
  }

  /** Read only when a step asks (few do, after their other tests): finding the named parties costs a pass over the sentence. */
  get armedNamed(): boolean {
    return this.armed.value;
  }

  again(hit: TriggerHit): Resolved {
    return resolveContext(hit, this.hits, this.t, this.context, this.armed);
  }
}

/** Whether an armed group is named in the sentence, read on first ask and kept (classify.ts makes it). */
export interface ArmedNamed { readonly value: boolean }

export function resolveContext(best: TriggerHit, hits: TriggerHit[], t: Texts, context: string, armed: ArmedNamed): Resolved {
  const x: ContextState = new StepState(best, hits, t, context, armed);
  for (const s of CONTEXT_STEPS) {
    const r = s.run(x);
    if (r) return r;
  }
  return { classId: best.classId };
}
