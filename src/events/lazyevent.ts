import type { DatePrecision, ResolvedDate, SitrepEvent } from '../types.js';

export type EventHead = Pick<SitrepEvent, 'type' | 'mode' | 'acledEventType' | 'acledSubEventType' | 'cameo'>;

/**
 * An event whose date is read on first use of `when` (and may be set before it is read). A class,
 * not an object literal with accessors: such a literal is built slowly and read slowly (a
 * dictionary object), and extraction makes one per sentence with an event.
 */
export class LazyDatedEvent {
  declare type: string;
  declare mode: string | null;
  declare acledEventType: string | null;
  declare acledSubEventType: string | null;
  declare cameo: string | null;
  declare where: SitrepEvent['where'];
  declare actor: SitrepEvent['actor'];
  declare recipient: SitrepEvent['recipient'];
  declare fatalities: number | null;
  declare rule: string;
  declare confidence?: number;
  declare evidence: SitrepEvent['evidence'];
  #date: ResolvedDate | null | undefined;
  readonly #readDate: () => ResolvedDate | null;

  // Own properties in SitrepEvent's order (the order plain() gives them), a confidence only when known.
  constructor(head: EventHead, rest: Omit<SitrepEvent, keyof EventHead | 'when' | 'whenPrecision'>, readDate: () => ResolvedDate | null) {
    this.type = head.type;
    this.mode = head.mode;
    this.acledEventType = head.acledEventType;
    this.acledSubEventType = head.acledSubEventType;
    this.cameo = head.cameo;
    this.where = rest.where;
    this.actor = rest.actor;
    this.recipient = rest.recipient;
    this.fatalities = rest.fatalities;
    this.rule = rest.rule;
    if (rest.confidence !== undefined) this.confidence = rest.confidence;
    this.evidence = rest.evidence;
    this.#readDate = readDate;
  }

  #read(): ResolvedDate | null {
    return this.#date === undefined ? (this.#date = this.#readDate()) : this.#date;
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
}

/** An event as plain data: the date read, its fields in SitrepEvent's order (what callers and JSON see). */
export function plain(e: SitrepEvent): SitrepEvent {
  if (!(e instanceof LazyDatedEvent)) return { ...e };
  const { type, mode, acledEventType, acledSubEventType, cameo, ...rest } = e;
  return { type, mode, acledEventType, acledSubEventType, cameo, when: e.when, whenPrecision: e.whenPrecision, ...rest };
}

