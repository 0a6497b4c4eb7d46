/**
 * The gazetteer by country: every place of a country, and the admin units (ADM1, ADM2) of all
 * countries. The trie (gazetteer.ts) finds places by exact name; callers that must match a name
 * written in another spelling ("Idleb" for Idlib, "Nord-Kivu" for North Kivu) inside a known
 * country scan these lists instead. Built once, on first use, from the same compiled index.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer, type Place } from './gazetteer.ts';

const PLACES_TSV = join(dirname(fileURLToPath(import.meta.url)), '../../data/build/places.tsv');

interface ByCountry {
  /** Row indices of each country's places, in file order. */
  places: Map<string, number[]>;
  /** Row indices of ADM1 and ADM2 rows. */
  admins: number[];
  /** ADM1 row index by `${cc}.${admin1}`. */
  admin1: Map<string, number>;
}

let index: ByCountry | null = null;

/** One pass over places.tsv reading only the country and feature-code fields of each row. */
function byCountry(): ByCountry {
  if (index) return index;
  const text = readFileSync(PLACES_TSV, 'utf8');
  const places = new Map<string, number[]>();
  const admins: number[] = [];
  const admin1 = new Map<string, number>();
  let row = 0;
  for (let at = 0; at < text.length; row++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // Fields: id, name, lat, lon, cc, admin1, fcode, pop; only cc, admin1 and fcode are read here.
    let tab = at;
    for (let k = 0; k < 4; k++) tab = text.indexOf('\t', tab) + 1;
    const a1At = text.indexOf('\t', tab) + 1;
    const fcodeAt = text.indexOf('\t', a1At) + 1;
    const cc = text.slice(tab, a1At - 1);
    const fcode = text.charCodeAt(fcodeAt) === 65 /* A */ ? text.slice(fcodeAt, text.indexOf('\t', fcodeAt)) : '';
    let list = places.get(cc);
    if (!list) places.set(cc, (list = []));
    list.push(row);
    if (fcode === 'ADM1' || fcode === 'ADM2') admins.push(row);
    if (fcode === 'ADM1') {
      const key = `${cc}.${text.slice(a1At, fcodeAt - 1)}`;
      if (!admin1.has(key)) admin1.set(key, row);
    }
    at = end + 1;
  }
  index = { places, admins, admin1 };
  return index;
}

/** Every place of a country (ISO alpha-2), admin units included. */
export function placesOf(cc: string): Place[] {
  const g = gazetteer();
  return (byCountry().places.get(cc) ?? []).map((i) => g.place(i));
}

/** Every first- and second-level admin unit of every country. */
export function adminUnits(): Place[] {
  const g = gazetteer();
  return byCountry().admins.map((i) => g.place(i));
}

/** The first-level unit with this code ("UA", "05": Donetsk Oblast), if the gazetteer has it. */
export function admin1Place(cc: string, admin1: string): Place | null {
  const i = byCountry().admin1.get(`${cc}.${admin1}`);
  return i === undefined ? null : gazetteer().place(i);
}
