import type { Actor, DatePrecision, PlaceMention, ResolvedDate, SitrepEvent } from '../types.js';

export type EventHead = Pick<SitrepEvent, 'type' | 'mode' | 'acledEventType' | 'acledSubEventType' | 'cameo'>;

/**
 * How a candidate event's costlier fields are read, each on first use: an article keeps a third of
 * its candidates (mainEvents merges or drops the rest), and a merged mention's place is asked for
 * only when the event it joins has none.
 */
export interface EventReadings {
  date(): ResolvedDate | null;
  where(): PlaceMention | null;
  actors(): { actor: Actor | null; recipient: Actor | null };
  fatalities(): number | null;
}

/**
 * An event whose date, place, parties and fatalities are read on first use (and may be set before
 * they are read). A class, not an object literal with accessors: such a literal is built slowly and
 * read slowly (a dictionary object), and extraction makes one per sentence with an event.
 */
export class LazyDatedEvent {
  declare type: string;
  declare mode: string | null;
  declare acledEventType: string | null;
  declare acledSubEventType: string | null;
  declare cameo: string | null;
  declare rule: string;
  declare confidence?: number;
  declare evidence: SitrepEvent['evidence'];
  #date: ResolvedDate | null | undefined;
  #where: PlaceMention | null | undefined;
  #actorsRead = false;
  #actor: Actor | null = null;
  #recipient: Actor | null = null;
  #fatalities: number | null | undefined;
  readonly #reads: EventReadings;

  // Own properties in SitrepEvent's order after the lazy ones (plain() puts those in place), a confidence only when known.
  constructor(head: EventHead, rest: Pick<SitrepEvent, 'rule' | 'confidence' | 'evidence'>, reads: EventReadings) {
    this.type = head.type;
    this.mode = head.mode;
    this.acledEventType = head.acledEventType;
    this.acledSubEventType = head.acledSubEventType;
    this.cameo = head.cameo;
    this.rule = rest.rule;
    if (rest.confidence !== undefined) this.confidence = rest.confidence;
    this.evidence = rest.evidence;
    this.#reads = reads;
  }

  #read(): ResolvedDate | null {
    return this.#date === undefined ? (this.#date = this.#reads.date()) : this.#date;
  }

  get when(): string | null {
    return this.#read()?.date ?? null;
  }

  set when(value: string | null) {
    this.#date = value === null ? null : { date: value, precision: this.#date?.precision ?? 'day' };
  }

  get whenPrecision(): DatePrecision | null {
    return this.#read()?.precision ?? null;
  }

  set whenPrecision(value: DatePrecision | null) {
    const d = this.#read();
    if (d && value) this.#date = { date: d.date, precision: value };
  }

  get where(): PlaceMention | null {
    return this.#where === undefined ? (this.#where = this.#reads.where()) : this.#where;
  }

  set where(value: PlaceMention | null) {
    this.#where = value;
  }

  #parties(): void {
    if (this.#actorsRead) return;
    const { actor, recipient } = this.#reads.actors();
    this.#actor = actor;
    this.#recipient = recipient;
    this.#actorsRead = true;
  }

  get actor(): Actor | null {
    this.#parties();
    return this.#actor;
  }

  set actor(value: Actor | null) {
    this.#parties();
    this.#actor = value;
  }

  get recipient(): Actor | null {
    this.#parties();
    return this.#recipient;
  }

  set recipient(value: Actor | null) {
    this.#parties();
    this.#recipient = value;
  }

  get fatalities(): number | null {
    return this.#fatalities === undefined ? (this.#fatalities = this.#reads.fatalities()) : this.#fatalities;
  }

  set fatalities(value: number | null) {
    this.#fatalities = value;
  }
}

/** An event as plain data: every field read, in SitrepEvent's order (what callers and JSON see). */
export function plain(e: SitrepEvent): SitrepEvent {
  if (!(e instanceof LazyDatedEvent)) return { ...e };
  // The lazy fields are accessors, not own properties: the rest (rule, confidence, evidence) follows them.
  const { type, mode, acledEventType, acledSubEventType, cameo, ...rest } = e;
  return { type, mode, acledEventType, acledSubEventType, cameo, when: e.when, whenPrecision: e.whenPrecision, where: e.where, actor: e.actor, recipient: e.recipient, fatalities: e.fatalities, ...rest };
}

/**
 * Reads the lazy fields of a batch's events one field at a time over the batch, before plain()
 * copies them: the place readers, then the party readers, then the date and the fatality readers
 * each run over every event while their tables stay in the processor's caches. The values are those
 * plain() reads one event at a time: each is read once, and no reading depends on when it is read.
 */
export function readFields(events: readonly SitrepEvent[]): void {
  const lazy = events.filter((e): e is LazyDatedEvent => e instanceof LazyDatedEvent);
  for (const e of lazy) void e.where;
  for (const e of lazy) void e.actor;
  for (const e of lazy) void e.when;
  for (const e of lazy) void e.fatalities;
}
