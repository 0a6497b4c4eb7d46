import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// A place followed by an irregular past-tense verb is the scene of the count, not a modifier of a
// noun after it ("in Kherson drew condemnation"). Our own sentences, other places and numbers than any set.
function where(text: string): string[] {
  return extractArticle({ id: 'w', title: null, published: '2025-06-14', text } as never).claims
    .filter((c) => c.value !== null).map((c) => `${c.kind} ${c.value} @${c.where?.text ?? '-'}`);
}

test('a place before an irregular past-tense verb places the count', () => {
  const rows: [string, string][] = [
    ['The killing of 12 fishermen in Berdiansk drew protests from their families.', 'killed 12 @Berdiansk'],
    ['The shelling that wounded 9 people in Nikopol left a crater in the square.', 'injured 9 @Nikopol'],
    ['An attack that injured 6 workers at a plant in Zaporizhzhia brought production to a halt.', 'injured 6 @Zaporizhzhia'],
    ['Two drone strikes that killed 5 civilians in Kupiansk made headlines on Monday.', 'killed 5 @Kupiansk'],
  ];
  const wrong = rows.map(([text, want]) => ({ text, want, got: where(text) })).filter((r) => !r.got.includes(r.want));
  assert.deepEqual(wrong, []);
});
