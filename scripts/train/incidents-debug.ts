/** Prints fold A's figure misses on the GVC dev set (fold B is the check: not printed). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/pipeline.js';
import { reconcileIncidents } from '../../src/reconcile/index.js';
import { figureShares, type Gold } from './incidents-score.js';

const DEV = process.env.SITREP_EVAL_DEV ?? join(import.meta.dirname, '../../../shared/eval/dev');
const foldOf = (key: string) => (createHash('sha256').update(key).digest()[0]! % 2 === 0 ? 'A' : 'B');
const gold = readFileSync(join(DEV, 'incidents-gvc-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold);
for (const fold of ['A', 'B']) {
  const part = gold.filter((g) => foldOf(g.incident) === fold);
  const set = reconcileIncidents(part.map((g) => extractArticle({ id: g.id, text: g.text, title: g.title ?? null, published: g.published?.slice(0, 10) ?? null })));
  console.log(fold, JSON.stringify(figureShares(part, set)));
  if (fold !== (process.env.FOLD ?? 'A')) continue;
  const byId = new Map(set.incidents.map((i) => [i.id, i]));
  part.forEach((g, k) => {
    const inc = byId.get(set.incidentOf[k]!)!;
    const f = g.incident_facts ?? {};
    const miss = (inc.killed?.best !== f.killed ? 'K' : ' ') + (inc.injured?.best !== f.injured ? 'I' : ' ');
    if (miss.trim()) {
      const mine = (kind: 'killed' | 'injured') => inc[kind]?.reports.filter((r) => r.article === g.id).map((r) => `${r.value}${r.basis[0]}`).join(',') ?? '-';
      console.log(miss, g.incident, f.killed, f.injured, '| inc', inc.killed?.best, inc.injured?.best, '| this', mine('killed'), mine('injured'), '|', g.title?.slice(0, 70));
    }
  });
}
