import type { TriggerHit } from './classify.js';
import { cue } from './lexicon.js';
import { iso3OfName } from './countries.js';

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

// Violence by the demonstrators themselves (ACLED: Riots / Violent demonstration).
const DEMONSTRATOR_VIOLENCE = /\b(?:(?:pelted|threw|hurled|throwing|pelting|hurling) (?:\w+ ){0,2}(?:stones?|rocks?|bricks?|petrol bombs?|molotov|bottles|objects)|(?:burn(?:ed|t|ing)|torch(?:ed|ing)) (?:[\w'’-]+ ){0,3}(?:tires|tyres|vehicles?|cars?|trucks?|buses|gates?|barricades?)|burning barricades|(?:erect(?:ed|ing)|set up|put up|built|using) (?:\w+ ){0,3}barricades|barricad(?:ed|ing) (?:the )?(?:roads?|streets?|highways?)|blockades? with (?:rocks|stones|tree|burning)|setting (?:\w+ ){0,2}on fire|vandali[sz]\w*|ransack\w*|torch(?:ed|ing)|set (?:\w+ ){0,4}(?:on )?fire|set ablaze|smash\w*|attacked (?:\w+ ){0,2}(?:police|officers|policemen|security|vehicles?|offices?|shops?|buildings?)|rioters?|riot(?:ed|ing)|clash(?:ed|es)? with (?:\w+ ){0,2}(?:police|security|officers|soldiers|troops|forces|gendarme\w*)|(?:police|security forces|officers|soldiers) clashed with|damag(?:ed|ing) (?:\w+ ){0,3}(?:vehicles?|property|buildings?|shops?|windows?|offices?|cars?)|burn(?:ed|t|ing) (?:\w+ ){0,2}(?:vehicles?|cars?|buses|shops?|offices?|buildings?|police)|injur(?:ed|ing) (?:(?!(?:when|as|after|by)\b)\w+ ){0,3}(?:police|officers|policemen)|storm(?:ed|ing) (?:the )?(?:\w+ ){0,2}(?:building|offices?|parliament|compound|headquarters|station|premises|palace|embassy|court)|destroy(?:ed|ing) (?:\w+ ){0,3}(?:property|furniture|files|vehicles?|cars?|offices?|buildings?|shops?|windows?))/i;
// Lethal or live force against demonstrators (ACLED: Excessive force against protesters).
const EXCESSIVE_FORCE = /\b(?:live (?:ammunition|bullets|rounds|fire)|(?:opened fire|fired) (?:\w+ ){0,2}(?:on|at|into) (?:the |a )?(?:protesters|demonstrators|crowds?|marchers)[^.]{0,40}\b(?:kill\w*|dead|died)|(?:shot|killed|shooting) (?:\w+ ){0,3}(?:protesters|demonstrators)|(?:killed|shot dead|shot) (?:\w+ ){0,3}(?:people|persons|men|women|students|youths?|civilians) (?:who were )?(?:protesting|demonstrating|marching|rallying)|(?:protesters?|demonstrators?) (?:were |was )?(?:shot dead|killed))/i;
// Who may use force on a crowd, and force that kills or fires on one (a killing the crowd protests
// against, "over the killing of", is not it: the verb must act on people of the crowd).
const STATE_FORCE = /\b(?:police\w*|security forces|soldiers|troops|army|military|snipers|gendarme\w*|officers|guards|junta)\b/i;
const LETHAL_ON_CROWD = /(?<!\b(?:of|for|the|over) )\b(?:shot dead|shot and killed|shot|killed|opened fire on|fired (?:\w+ ){0,2}(?:on|at|into))\s(?:\w+ ){0,4}(?:protesters|demonstrators|marchers|crowds?|students|youths?|people|rally|march|sit-in)\b|\b(?:protester|demonstrator|marcher|student)s? (?:was |were )?(?:killed|shot dead|died)|\bleaving (?:\w+ ){0,2}dead\b/i;
// Authorities stepping in without lethal force (ACLED: Protest with intervention).
const INTERVENTION = /\b(?:dispers\w*|tear[- ]?gas|water cannons?|rubber bullets|baton|lathi|cane-?charged?|intervened|broke up|(?:arrest|detain)(?:ed|ing) (?:\w+ ){0,5}(?:protesters|demonstrators|participants|activists|students|people|them|members|leaders?|workers|farmers|president|organi[sz]ers)|(?<!who |who had |whose \w+ )(?:were|was|being) (?:arrested|detained|taken into custody)(?! (?:on|in) \d| (?:on|in) (?:January|February|March|April|May|June|July|August|September|October|November|December))|(?:police|authorities|security forces) (?:\w+ ){0,3}(?:arrested|detained|prevented|stopped|blocked|removed|evicted|beat|chased)|forcibly removed|evicted|prevented (?:\w+ ){0,3}from)/i;

const DEMONSTRATION = /\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|sit-?ins?|strike|dharna|gherao|picket\w*)\b/i;
const ARMED_PARTY = /\b(?:forces|troops|soldiers?|army|military|tribesmen|gangs?|traffickers|militants?|rebels?|insurgents?|fighters|militia\w*|police\w*|gunmen|armed|jihadists?|guerrillas?|gendarme\w*|IDF|FARDC|Houthis?|Taliban|Shabaa?b|ISWAP|JNIM|PDFs?|ADF|M23)\b/i;
const ARMED_TARGET = /\b(?:forces|troops|soldiers?|army|military|militants?|rebels?|insurgents?|fighters|militia\w*|commanders?|tribesmen|Naxal\w*|Maoists?|cadres?|Peshmerga|gang members?|(?:division|brigade|battalion|regiment|gang|cartel|militia|group) members?|members? of (?:the |an? )?(?:armed|organi[sz]ed crime|gang|cartel|militia|rebel)|traffickers|policem[ae]n|police officers?|positions?|bases?|checkpoints?|posts?|patrols?|convoys?|barracks|outposts?|gunmen|IDF|FARDC|Houthis?|Taliban|Shabaa?b|ISWAP|JNIM|PDFs?|ADF|M23|police (?:station|post|officers|personnel|forces|patrol))\b/i;
// Off duty, retired or former, a soldier or officer is a civilian victim (ACLED).
const CIVILIAN_VICTIM = /\b(?:off-duty|retired|former|ex-\w+|civilians?|villagers?|residents?|farmers?|herders?|traders?|worshippers?|passengers?|students?|teachers?|journalists?|priests?|pastors?|children|child|boys?|girls?|women|woman|men|man|persons?|people|bodies|body|family|families|motorcyclists?|drivers?|shopkeepers?|businessm[ae]n|minors?|youths?|civilian|couple|elderly|displaced|IDPs?|refugees|migrants)\b/i;
const DRONE = /\b(?:drones?|UAVs?|unmanned aerial|loitering munitions?|Shahed|quadcopters?)\b/i;
const AIRCRAFT = /\b(?:air ?strikes?|air ?raids?|warplanes?|jets?|aircraft|helicopters?|aerial|planes?|Air Forces?|bombers?)\b/i;
const ARTILLERY = /\b(?:shell(?:ed|ing|s)?|artillery|mortars?|howitzers?|tanks?|MLRS|rockets?|missiles?|Grad|Uragan|Smerch|Tochka|Iskander|HIMARS)\b/i;
const NO_FIGHT_TRANSFER = /\b(?:no (?:clash|fight|resistance)\w*|without (?:a )?(?:fight|clash\w*|resistance|fighting)|handed over|after (?:\w+ ){0,4}(?:withdrew|evacuated|left|pulled out|retreated))\b/i;
const COLLECTIVE_PERPETRATOR = /\b(?:group of|supporters|members of|locals|villagers|residents|mob|crowd|youths|people|women|workers|students|relatives|family members|villagers|neighbou?rs|assailants, suspected to be|party (?:workers|members|activists))\b/i;
const ORGANISED_ARMED = /\b(?:armed|gunmen|militants?|forces|police|soldiers|troops|army|military|rebels?|insurgents?|fighters|militia\w*|gang|cartel|bandits?|terrorists?|jihadists?)\b/i;
const KILLING = /\b(?:kill(?:ed|ing)|shot dead|murdered|beheaded|executed)\b/i;
// Fighting named beside a withdrawal: the place was won, not handed over.
const FOUGHT = /\b(?:fighting|battles?|clash(?:es|ed)|offensive|bombardment|heavy fire|shelling|air ?strikes)\b/i;
const RETAKE = /\b(?:recaptur\w*|retook|retak\w*|regain\w*|liberat\w*|reclaim\w*|wrest\w*|reasserted|reoccup\w*|re-?entered|(?:took|taken|won) back|captured (?:\w+ ){0,4}back)\b/i;
// State forces as the subject of a capture: ACLED codes any territory they take as regained.
const STATE_SUBJECT = /\b(?:army|troops|soldiers|military|government|security forces|armed forces|national (?:army|guard)|police|gendarme\w*|FARDC|SAF|FAMa|IDF)\b/i;
const NON_STATE_SUBJECT = /\b(?:militants?|rebels?|insurgents?|jihadists?|fighters|militia\w*|gunmen|bandits|separatists|terrorists|guerrillas?|Taliban|Shabaa?b|Houthis?)\b/i;

// "Iraqi forces", "Somali troops": a country's own forces are state forces.
const NATIONAL_FORCES = /\b([A-Z][a-z]+) (?:government |security |armed |special )?(?:forces|troops|soldiers|army|military)\b/g;
function nationalForces(subject: string): boolean {
  for (const m of subject.matchAll(NATIONAL_FORCES)) if (iso3OfName(m[1]!) && !cue('stateless-people', m[1]!)) return true;
  return false;
}

const has = (hits: TriggerHit[], ids: Set<string> | string[]): TriggerHit | undefined => {
  const set = ids instanceof Set ? ids : new Set(ids);
  return hits.find((h) => set.has(h.classId));
};

function resolveProtest(base: string, context: string): Resolved {
  if (DEMONSTRATOR_VIOLENCE.test(context) || cue('demonstrator-violence', context)) return { classId: 'violent_demonstration', rule: 'context:demonstrators-violent' };
  if (lethalOnCrowd(context)) return { classId: 'excessive_force', rule: 'context:lethal-force-on-protest' };
  if (INTERVENTION.test(context)) return { classId: 'protest_intervention', rule: 'context:authorities-intervened' };
  return { classId: base };
}

function lethalOnCrowd(context: string): boolean {
  return EXCESSIVE_FORCE.test(context) || (STATE_FORCE.test(context) && LETHAL_ON_CROWD.test(context)) || (cue('police-firing', context) && cue('lethal', context)) || cue('force-on-crowd', context);
}

/**
 * A crowd with a grievance (angry residents, agitators, a party's supporters) turning on officials,
 * the police or property is a riot of demonstrators even when no word says "protest"; a crowd
 * killing someone it accuses is mob violence.
 */
function crowdRiot(id: string, lead: string, start: number): boolean {
  if (!CROWD_ACTS.has(id)) return false;
  const clause = lead.slice(0, start);
  const subject = clause.slice(clause.lastIndexOf(',') + 1);
  if (!cue('crowd', subject) || (ORGANISED_ARMED.test(subject) && !/\bmob\b/i.test(subject)) || cue('lynching', lead) || cue('rivals', lead)) return false;
  return DEMONSTRATOR_VIOLENCE.test(lead) || cue('demonstrator-violence', lead);
}
const CROWD_ACTS = new Set(['looting', 'attack', 'beating', 'armed_clash', 'mob_violence', 'violent_demonstration']);

/** Armed organisation against armed organisation is a battle; against the unarmed, an attack. */
function resolveViolence(best: TriggerHit, lead: string): Resolved {
  // The victims follow the trigger's first word: "Gunmen stormed …" names the attackers, not a target.
  const afterAll = lead.slice(best.start + (best.text.indexOf(' ') + 1 || best.text.length), best.end + 80);
  // "Three killed as gunmen attack …": a clause that names the attackers ends the victims.
  const after = afterAll.slice(0, afterAll.search(/\b(?:as|when|after|while)\s|$/i) >>> 0);
  const before = lead.slice(0, best.start);
  const strongClash = best.classId === 'armed_clash' && best.weight >= 6;
  if (strongClash) return { classId: 'armed_clash' };
  const passive = /\b(?:was|were|been|being)\s+(?:\w+\s+)?$/i.test(before) || /^\w+\s+by\b/i.test(lead.slice(best.start));
  // In the passive the victims come first ("two soldiers were killed by gunmen").
  const victimText = passive ? before.slice(-80) : after;
  const armedVictim = ARMED_TARGET.test(victimText) && !(CIVILIAN_VICTIM.exec(victimText)?.index! < (ARMED_TARGET.exec(victimText)?.index ?? 0));
  const armedActor = ARMED_PARTY.test(passive ? after : before);
  // An armed victim (a soldier, a gang member) makes it a battle whoever fired, unless a crowd did (mob violence).
  if (armedVictim && (armedActor || best.classId === 'armed_clash' || !COLLECTIVE_PERPETRATOR.test(before))) return { classId: 'armed_clash', rule: 'context:armed-target' };
  if (best.classId === 'armed_clash') {
    // "Troops and dissidents clashed …, resulting in two people injured": the parties clash, the people are hurt.
    if (!passive && ARMED_PARTY.test(before) && /^clash/i.test(best.text)) return { classId: 'armed_clash', rule: 'context:armed-parties-clash' };
    return CIVILIAN_VICTIM.test(victimText) || !ARMED_TARGET.test(lead)
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

export function resolveContext(best: TriggerHit, hits: TriggerHit[], lead: string, context: string, armedNamed: boolean): Resolved {
  const id = best.classId;
  const found = weaponFound(best, hits);
  if (found) return { classId: found.classId, rule: 'context:weapon-found' };
  // ACLED: a battle that ends with a place taken is coded as the change of control, not as the clash.
  if (id === 'armed_clash' || id === 'attack') {
    const taken = hits.find((h) => h.classId === 'territory_taken' && h.start > best.start && !h.modal);
    if (taken) {
      const r = resolveContext(taken, hits, lead, context, armedNamed);
      return { classId: r.classId, rule: `context:battle-won-ground(${r.rule ? `${taken.id}+${r.rule}` : taken.id})` };
    }
  }
  // Generic violence ("attacked", "ambushed", "killed") takes the class of the weapon named with it.
  if (['attack', 'armed_clash', 'beating'].includes(id) && best.weight <= 5) {
    const weapon = hits.filter((h) => WEAPON_CLASSES.has(h.classId) && h.weight >= 6).sort((a, b) => b.weight - a.weight)[0];
    if (weapon) return resolveContext(weapon, hits, lead, context, armedNamed);
    // "killed three in a gun battle": the killing happened in fighting between armed sides.
    const battle = hits.find((h) => h.classId === 'armed_clash' && h.weight >= 6 && /^(?:gun ?battle|battle|firefight|fighting|clash|exchange)/i.test(h.text));
    if (battle && id === 'attack') return { classId: 'armed_clash', rule: 'context:killed-in-battle' };
  }
  // ACLED: killing outranks abduction and looting in the same report.
  if ((id === 'abduction' || id === 'looting') && hits.some((h) => h.classId === 'attack' && h.start < best.start && KILLING.test(h.text))) {
    return { classId: 'attack', rule: 'context:killing-first' };
  }
  // ACLED: detention by a non-state group is an abduction, not an arrest.
  if (id === 'arrest' && armedNamed && !/\b(?:police|authorities|forces of|government|security forces|army|military|soldiers|troops)\b/i.test(lead.slice(0, best.start))) {
    return { classId: 'abduction', rule: 'context:detained-by-armed-group' };
  }
  const protestHit = has(hits, PROTEST_CLASSES);
  // Demonstrators demand, denounce and support: in a demonstration those are its purpose, not the event.
  if (protestHit && SPEECH.has(id) && (protestHit.start < best.start || /ing$/i.test(best.text))) {
    return { ...resolveProtest(protestHit.classId, context), rule: `context:demonstration-purpose(${id})` };
  }

  // Demonstrations: the lead names one; the rest of the report says how it went.
  if (PROTEST_CLASSES.has(id) || (protestHit && ['arrest', 'looting', 'armed_clash', 'attack', 'beating', ...RIOT_CLASSES].includes(id))) {
    return resolveProtest(PROTEST_CLASSES.has(id) ? id : protestHit!.classId, context);
  }
  if (crowdRiot(id, lead, best.start)) return { classId: 'violent_demonstration', rule: 'context:crowd-riot' };
  if (id === 'suppress_protest' && cue('lethal', lead)) return { classId: 'lethal_crackdown', rule: 'context:lethal-crackdown' };
  if (RIOT_CLASSES.has(id)) {
    if (id === 'mob_violence') return { classId: id };
    return DEMONSTRATION.test(context) ? { classId: 'violent_demonstration' } : { classId: 'mob_violence', rule: 'context:riot-without-demonstration' };
  }
  // A bare "clashed" between parties that are not armed organisations is mob violence.
  if (/^clash/i.test(best.text) && /\briot(?:ers|ing|ed)?\b/i.test(lead)) return { classId: DEMONSTRATION.test(context) ? 'violent_demonstration' : 'mob_violence', rule: 'context:rioters-clash' };
  if (id === 'armed_clash' && /^clash/i.test(best.text) && !ARMED_PARTY.test(lead) && !armedNamed && !/\b(?:tribesmen|clans?|tribal)\b/i.test(lead)) {
    return { classId: 'mob_violence', rule: 'context:unarmed-clash' };
  }
  if (REMOTE_CLASSES.has(id)) {
    // ACLED: a chemical agent makes the strike a chemical weapon, whatever delivered it.
    if (has(hits, ['chemical'])) return { classId: 'chemical', rule: 'context:chemical-agent' };
    // The weapon named anywhere in the lead refines a generic strike or explosion.
    if (id !== 'drone_strike' && DRONE.test(lead) && !/\b(?:shot down|intercept)/i.test(lead)) return { classId: 'drone_strike', rule: 'context:drone-named' };
    if ((id === 'missile_strike' || id === 'ied') && best.weight <= 4) {
      if (AIRCRAFT.test(lead)) return { classId: 'air_strike', rule: 'context:aircraft-named' };
      if (ARTILLERY.test(lead)) return { classId: 'shelling', rule: 'context:artillery-named' };
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
    if ((NO_FIGHT_TRANSFER.test(context) || cue('no-fight', context)) && !(id === 'territory_taken' && FOUGHT.test(context))) return { classId: 'territory_transfer', rule: 'context:no-fighting' };
    // "took over the village after fierce clashes": a takeover in fighting is a capture.
    if (id === 'territory_transfer' && (best.weight >= 8 || !FOUGHT.test(context))) return { classId: id };
    // The clause of the capture: "following clashes with the army, rebels took …" is the rebels'.
    const before = lead.slice(0, best.start);
    const subject = before.slice(before.lastIndexOf(',') + 1);
    // "Rebels retook the village": ground won back by an armed group is still its taking (ACLED).
    if (RETAKE.test(lead)) return NON_STATE_SUBJECT.test(subject) && !STATE_SUBJECT.test(subject) ? { classId: 'territory_taken', rule: 'context:retaken-by-armed-group' } : { classId: 'territory_regained', rule: 'context:retaken' };
    return (STATE_SUBJECT.test(subject) || (nationalForces(subject) && cue('won-from-armed-group', lead.slice(best.start)))) && !NON_STATE_SUBJECT.test(subject) ? { classId: 'territory_regained', rule: 'context:state-forces-took' } : { classId: 'territory_taken', ...(id === 'territory_taken' ? {} : { rule: 'context:taken-in-fighting' }) };
  }
  if (['attack', 'armed_clash', 'beating'].includes(id)) {
    const subject = lead.slice(0, best.start);
    // A crowd or party supporters beating someone is mob violence, not an armed group's attack.
    if (best.weight <= 6 && !/^(?:clash|exchange|fight|battle|gun)/i.test(best.text) && COLLECTIVE_PERPETRATOR.test(subject) && !ORGANISED_ARMED.test(subject) && !armedNamed) {
      return { classId: 'mob_violence', rule: 'context:collective-perpetrator' };
    }
    return resolveViolence(best, lead);
  }
  return { classId: id };
}
