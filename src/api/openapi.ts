/**
 * The OpenAPI 3.1 document. Parameters come from the zod schemas in `params.ts` (the same
 * ones that validate requests, so the document cannot drift from the server); response
 * shapes are written out here, following src/store/store.ts.
 */
import { z } from 'zod';
import { claimsQuery, eventsQuery, idParam, placesQuery, talliesQuery } from './params.js';
import { incidentIdParam, incidentsQuery } from './incidents.js';

type Json = Record<string, unknown>;

function parameters(schema: z.ZodObject, where: 'query' | 'path'): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
    const { description, $schema: _s, ...rest } = s;
    return { name, in: where, required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success, description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

function list(item: string, geo: boolean): Json {
  const content: Json = {
    'application/json': { schema: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: ref(item) }, nextCursor: nullable('string') } } },
    'text/csv': { schema: { type: 'string' } },
  };
  if (geo) content['application/geo+json'] = { schema: ref('FeatureCollection') };
  return {
    200: { description: `A page of ${item.toLowerCase()} items; a Link header names the next page`, content, headers: { ETag: { schema: { type: 'string' } } } },
    304: { description: 'Not modified (If-None-Match matched the weak ETag)' },
    400: problem('A parameter is invalid; detail names it'),
  };
}

const WHERE = { type: ['object', 'null'], properties: {
  text: { type: 'string' }, name: nullable('string'), lat: nullable('number'), lon: nullable('number'), geonameid: nullable('integer'),
  country: nullable('string'), admin1: nullable('string'), precision: nullable('string') } };
const EVIDENCE = { type: 'object', description: 'the sentence the record rests on; start/end are offsets in the article text', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } };
const BASE = {
  id: { type: 'integer' }, documentId: { type: 'integer' }, runId: { type: 'integer' }, articleId: { type: 'string' },
  published: nullable('string'), when: nullable('string'), where: ref('Where'), evidence: ref('Evidence'), superseded: { type: 'boolean' },
};
const ACTOR = { type: ['object', 'null'], properties: { text: { type: 'string' }, country: nullable('string'), sector: nullable('string') } };
const NUMBERS = { type: 'object', additionalProperties: { type: 'number' } };
/** What a document's source said of itself (ingest/formats), each field optional. */
const SOURCE_FIELDS = Object.fromEntries(['url', 'canonicalUrl', 'outlet', 'author', 'language', 'published', 'modified'].map((k) => [k, { type: 'string' }]));

const RANGE = { type: ['object', 'null'], description: 'the reconciled figure: best, and the range low..high the reports that do not contradict it span', properties: { low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' } } };
const REPORT = { type: 'object', description: 'one independent article\'s figure (its wire copies named, not counted again)', properties: {
  article: { type: 'string' }, published: nullable('string'), value: { type: 'number' },
  basis: { type: 'string', enum: ['claim', 'cue', 'none'], description: 'claim: a stated count; cue: read from headline or lead wording; none: no figure given, taken as zero' },
  qualifier: nullable('string'), claimant: nullable('string'),
  evidence: { type: ['object', 'null'], description: 'the evidence sentence: offsets in the article text and (in /api/incidents/{id}) the sentence itself', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
  copies: { type: 'array', items: { type: 'string' } } } };
const RECONCILED = { type: ['object', 'null'], properties: {
  low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' }, rule: { type: 'string', description: 'the rule that chose best, in words' },
  reports: { type: 'array', items: ref('IncidentReport'), description: 'every claimant\'s figure, oldest first' },
  contradictions: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, why: { type: 'string' } } } } } };
const GRADE = { type: 'string', enum: ['one source', 'several independent sources', 'contested', 'conceded by a party'] };
const INCIDENT_HEAD = {
  id: { type: 'string', description: 'stable: derived from the earliest report, kept across re-extraction and new articles' },
  date: nullable('string'), place: nullable('string'),
  where: { type: ['object', 'null'], properties: { lat: { type: 'number' }, lon: { type: 'number' } } },
  kind: nullable('string'), grade: GRADE, confidence: { type: 'number', description: 'mean pairwise probability that the member articles report one incident' },
};

const SCHEMAS: Json = {
  IncidentRange: RANGE,
  IncidentReport: REPORT,
  Reconciled: RECONCILED,
  IncidentBrief: { type: 'object', properties: { ...INCIDENT_HEAD, articles: { type: 'integer' }, killed: ref('IncidentRange'), injured: ref('IncidentRange') } },
  Incident: { type: 'object', properties: {
    ...INCIDENT_HEAD,
    articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, documentId: { type: 'integer' }, title: nullable('string'), published: nullable('string'), copyOf: { ...nullable('string'), description: 'the article this one copies (syndicated wire text)' } } } },
    killed: ref('Reconciled'), injured: ref('Reconciled'),
    firstSeen: { type: 'string' }, updatedAt: { type: 'string' },
    current: { type: 'boolean', description: 'false once its articles joined another incident' }, mergedInto: nullable('string'),
    history: { type: 'array', description: 'every set of reconciled figures the incident has had, oldest first; never overwritten', items: { type: 'object', properties: { revision: { type: 'integer' }, revisedAt: { type: 'string' }, articles: { type: 'array', items: { type: 'string' } }, killed: ref('Reconciled'), injured: ref('Reconciled') } } },
  } },
  Where: WHERE,
  Evidence: EVIDENCE,
  Actor: ACTOR,
  Claim: { type: 'object', properties: { ...BASE, kind: { type: 'string' }, value: nullable('number'), qualifier: nullable('string'), weapon: nullable('string'), claimant: nullable('string'), partOf: { ...nullable('integer'), description: 'id of the total this claim is a part of' }, repeatOf: { ...nullable('integer'), description: 'id of the claim, in another report of the same incident, whose figure this one repeats; tallies count the figure once' }, rule: { ...nullable('string'), description: 'id of the rule that found the claim (a rule id of data/rules, e.g. count:intercepted:shot-down)' }, confidence: { ...nullable('number'), description: 'calibrated probability that the claim is right' } } },
  Event: { type: 'object', properties: { ...BASE, whenPrecision: { type: ['string', 'null'], enum: ['day', 'week', 'month', 'year', null] }, type: { type: 'string' }, mode: nullable('string'), acledEventType: nullable('string'), acledSubEventType: nullable('string'), cameo: nullable('string'), actor: ref('Actor'), recipient: ref('Actor'), fatalities: nullable('integer'), rule: { type: 'string' } } },
  Place: { type: 'object', properties: { name: { type: 'string' }, geonameid: nullable('integer'), lat: { type: 'number' }, lon: { type: 'number' }, country: nullable('string'), admin1: nullable('string'), precision: nullable('string'), mentions: { type: 'integer' }, documents: { type: 'integer' } } },
  Tally: { type: 'object', description: 'sums and counts per kind over totals only; claims that are parts of a matching total are under parts', properties: { key: nullable('string'), sums: NUMBERS, counts: NUMBERS, parts: { type: 'object', properties: { sums: NUMBERS, counts: NUMBERS } }, interceptionRate: { ...nullable('number'), description: 'intercepted / launched over reports stating both for one salvo (same article, claimant, weapon, date); null where none does' }, rateFrom: { type: ['object', 'null'], description: 'the paired launches, interceptions and number of reports the rate divides' } } },
  Document: { type: 'object', properties: { id: { type: 'integer' }, articleId: { type: 'string' }, contentHash: { type: 'string' }, title: nullable('string'), published: nullable('string'), source: nullable('string'), text: { type: 'string', description: 'the article text as given; evidence offsets index into it' }, claimIds: { type: 'array', items: { type: 'integer' } }, eventIds: { type: 'array', items: { type: 'integer' } }, meta: { type: ['object', 'null'], description: 'what the source said of itself: url, canonicalUrl, outlet, author, language, published and modified (ISO 8601)', properties: SOURCE_FIELDS }, sources: { type: 'array', description: 'every source of the text: its own (original), then exact and near-duplicate copies, which add no claims', items: { type: 'object', properties: { ...SOURCE_FIELDS, source: nullable('string'), contentHash: { type: 'string' }, relation: { type: 'string', enum: ['original', 'exact', 'near'] }, similarity: nullable('number'), addedAt: { type: 'string' } } } } } },
  Summary: { type: 'object', properties: { documents: { type: 'integer' }, runs: { type: 'integer' }, claimsByKind: { ...NUMBERS, description: 'stored claim records per kind, every article\'s own (a toll three articles repeat is three records)' }, eventsByType: NUMBERS, places: { type: 'integer' }, incidents: { type: 'integer', description: 'incidents: the articles grouped into one record per real-world incident' } } },
  FeatureCollection: { type: 'object', description: 'GeoJSON (RFC 7946); each feature\'s properties are the whole item; nextCursor as for JSON', properties: { type: { const: 'FeatureCollection' }, features: { type: 'array' }, nextCursor: nullable('string') } },
  Problem: { type: 'object', description: 'RFC 9457 problem details', required: ['type', 'title', 'status', 'detail'], properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, issues: { type: 'array' } } },
};

const json = (schema: Json, description: string) => ({ description, content: { 'application/json': { schema } } });

export const ROUTES = ['/api/claims', '/api/events', '/api/places', '/api/tallies', '/api/summary', '/api/documents/{id}', '/api/incidents', '/api/incidents/{id}', '/openapi.json', '/docs'] as const;

let cached: Json | null = null;

export function openApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Sitrep API',
      version: '1',
      description: 'Attributed claims and events extracted from defence and security news, each with the sentence it rests on. Lists are JSON by default; send Accept: text/csv or application/geo+json (or ?format=csv|geojson) for the others. Lists page by an opaque cursor in a stable id order. Errors are application/problem+json.',
    },
    paths: {
      '/api/claims': { get: { summary: 'Claims: counts with qualifier, weapon, place, date, claimant and evidence', parameters: parameters(claimsQuery, 'query'), responses: list('Claim', true) } },
      '/api/events': { get: { summary: 'Events: PLOVER / ACLED / CAMEO coded, with actors, fatalities and evidence', parameters: parameters(eventsQuery, 'query'), responses: list('Event', true) } },
      '/api/places': { get: { summary: 'Resolved places the current articles mention, most mentioned first (one page of limit)', parameters: parameters(placesQuery, 'query'), responses: list('Place', true) } },
      '/api/tallies': { get: {
        summary: 'Sums and counts of launched, intercepted, hit, killed, injured … per group, with the interception rate; parts of a total are not counted twice',
        description: 'Counts incidents, never the same figure twice: when several articles report one incident, each kind is counted from one of them (for killed and injured the article giving the incident\'s reconciled best; for other kinds the figure most independent reports give, ties to the latest). The other articles\' figures stay listed under /api/claims and /api/incidents/{id} but are not summed. Within an article, a part of a total is reported under parts.',
        parameters: parameters(talliesQuery, 'query'),
        responses: {
          200: { description: 'One item per group', content: { 'application/json': { schema: { type: 'object', properties: { groupBy: { type: 'string' }, kinds: { type: 'array', items: { type: 'string' } }, items: { type: 'array', items: ref('Tally') } } } }, 'text/csv': { schema: { type: 'string' } } } },
          400: problem('A parameter is invalid'),
        },
      } },
      '/api/summary': { get: { summary: 'Counts of documents, runs, claims by kind, events by type, places', description: 'Counts of stored records: claimsByKind counts every article\'s claims, repeats included (a toll three articles give is three claims). For figures counted once per incident use /api/tallies or /api/incidents.', responses: { 200: json(ref('Summary'), 'The store summary') } } },
      '/api/incidents': { get: {
        summary: 'Incidents: the stored articles grouped into one record per real-world incident, newest first',
        description: 'totals count incidents: each incident\'s reconciled best killed and injured once, never a figure per article.',
        parameters: parameters(incidentsQuery, 'query'),
        responses: {
          200: json({ type: 'object', properties: { count: { type: 'integer' }, totals: { type: 'object', properties: { incidents: { type: 'integer' }, killed: { type: 'number' }, injured: { type: 'number' } } }, items: { type: 'array', items: ref('IncidentBrief') } } }, 'The matching incidents (at most limit) and totals over all of them'),
          400: problem('A parameter is invalid'),
        },
      } },
      '/api/incidents/{id}': { get: {
        summary: 'One incident: its articles (copies linked), every claimant\'s figure with its evidence, the reconciled low/best/high with the rule, contradictions, grade and revision history',
        parameters: parameters(incidentIdParam, 'path'),
        responses: { 200: json(ref('Incident'), 'The incident'), 400: problem('The id is not an incident id'), 404: problem('No incident has this id') },
      } },
      '/api/documents/{id}': { get: {
        summary: 'One article: metadata, its text as given, and the ids of its current claims and events',
        parameters: parameters(idParam, 'path'),
        responses: { 200: json(ref('Document'), 'The document'), 400: problem('The id is not a positive integer'), 404: problem('No document has this id') },
      } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
      '/docs': { get: { summary: 'This document as a readable page', responses: { 200: { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
    },
    components: { schemas: SCHEMAS },
  };
  return cached;
}
