/**
 * Near-duplicate articles in a batch: the shared MinHash (src/text/minhash.ts, also used by
 * ingest to link copies), over reconcile's own words (text.ts), so signatures are unchanged.
 */
import { signature as minhash } from '../text/minhash.js';
import { words } from './text.js';

export { similarity, candidatePairs, copiesOf, bandKeys, fnv1a } from '../text/minhash.js';

export function signature(text: string): Uint32Array {
  return minhash(text, words);
}
