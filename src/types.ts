/**
 * Types shared by the pipeline stages. Stages exchange these records and nothing else:
 * no stage reaches into another's state.
 *
 * All offsets are JavaScript string indices (UTF-16 code units) into the article text
 * exactly as it was given, `end` exclusive — cleaning never shifts them.
 */

/** An article as it enters the pipeline. */
export interface Article {
  id: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication, the reference for "on Tuesday". */
  published: string | null;
  text: string;
  /** Where the article came from (a file path, a URL); informational. */
  source?: string | null;
  /** What its source said of itself (web pages, feeds, Telegram exports); absent for plain text. */
  meta?: ArticleMeta;
}

/** An article's metadata as its source states it; `published` above keeps the day only. */
export interface ArticleMeta {
  url?: string;
  canonicalUrl?: string;
  /** The publisher or channel ("Example News", a ministry's channel). */
  outlet?: string;
  author?: string;
  /** BCP 47 tag as the page declares it (en, en-GB, uk). */
  language?: string;
  /** ISO 8601 timestamps as stated; both refused when after the fetch or before 1900. */
  published?: string;
  modified?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** How exact a place is, after ACLED's geo_precision. */
export type PlacePrecision = 'point' | 'city' | 'district' | 'region' | 'country' | 'continent';

/** A place in the gazetteer that a mention resolved to. */
export interface ResolvedPlace {
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** GeoNames admin1 code, e.g. "48" for Moscow (city). */
  admin1: string | null;
  precision: PlacePrecision;
  /** GeoNames feature code (PPLC, ADM1, PCLI …) where known. */
  featureCode: string | null;
  /** Calibrated probability (0..1) that this is the place meant, within 161 km (places/rank.ts). */
  confidence?: number;
}

/**
 * A place named in text. `role` says how it is used: as a location, as a country's
 * government ("Moscow said": metonym) or as a demonym ("Ukrainian drones").
 */
export interface PlaceMention extends Span {
  text: string;
  role: 'location' | 'metonym' | 'demonym';
  place: ResolvedPlace | null;
}

/** How exactly a date is known: a day stated, a week (a publication date standing in, ACLED's precision 2), a month, a year. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface ResolvedDate {
  /** ISO date; for month/year precision the first day of the period. */
  date: string;
  precision: DatePrecision;
}

/** The claim kinds, declared once in data/claims/kinds.json (with their head classes and flags). */
export type ClaimKind = keyof (typeof import('../data/claims/kinds.json'))['kinds'];

export type Qualifier =
  | 'exact' | 'at_least' | 'at_most' | 'about' | 'more_than' | 'less_than' | 'unknown';

/** A number-bearing fact, or an agreement or meeting, with who says so and where it is said. */
export interface Claim {
  kind: ClaimKind;
  value: number | null;
  /** null for agreements and meetings, which carry no quantity. */
  qualifier: Qualifier | null;
  weapon: string | null;
  when: string | null;
  /** A count's place carries the calibrated confidence of the place ranker (src/claims/placerank.ts). */
  where: (PlaceMention | { text: string; place: ResolvedPlace | null; confidence?: number }) | null;
  claimant: string | null;
  evidence: Span;
  /** Index (in the article's claim list) of the total this claim is a part of. */
  partOf: number | null;
  /** Which rule found it: a data/rules pattern id (counts: the data/rules/claims-counts.json rule that bound the number to its kind). */
  rule: string;
  /** Calibrated probability (0..1) that the claim is right, from data/models/claims.json. */
  confidence?: number;
}

/** A country-level actor of an event, ISO 3166-1 alpha-3 where it is a state. */
export interface Actor {
  text: string;
  country: string | null;
  /** PLOVER/CAMEO sector: GOV, MIL, REB, CVL, … */
  sector: string | null;
}

export interface SitrepEvent {
  /** PLOVER event type, e.g. ASSAULT. */
  type: string;
  mode: string | null;
  acledEventType: string | null;
  acledSubEventType: string | null;
  cameo: string | null;
  when: string | null;
  /** How exactly `when` is known; null when `when` is. */
  whenPrecision: DatePrecision | null;
  where: PlaceMention | null;
  actor: Actor | null;
  recipient: Actor | null;
  fatalities: number | null;
  /** Which rule fired, so every event can be explained. */
  rule: string;
  evidence: Span;
  /** Calibrated probability (0..1) that the class is right, from the events model. */
  confidence?: number;
}

/** Everything the pipeline extracted from one article. */
export interface Extraction {
  article: Article;
  places: PlaceMention[];
  claims: Claim[];
  events: SitrepEvent[];
}
