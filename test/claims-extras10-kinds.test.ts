import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// Counts given the kind of another clause (issue 9, round extras10): a count whose own clause gives it a verb to its right
// is not bound to a verb before an earlier object ("launched" carried into the clause of the interceptions), and the
// share after a fronted "Of the N weapons launched," counts those weapons (intercepted, not damaged). Sentences of our own.
const W = ['launched', 'intercepted', 'damaged', 'hit'];

test('a coordinated count with a verb of its own to its right takes that verb, not one before an earlier object', () => {
  kindTable(W, [
    ['Russia attacked Kharkiv with 120 drones and 8 missiles overnight, and 95 drones and 6 missiles were shot down.', ['intercepted 6 exact @Kharkiv', 'intercepted 95 exact @Kharkiv', 'launched 120 exact @Kharkiv', 'launched 8 exact @Kharkiv']],
    ['The army fired 40 rockets at the border posts, and 12 rockets were intercepted.', ['intercepted 12 exact', 'launched 40 exact']],
    // With no verb of its own the count still shares the verb before ("damaged a school, a clinic and 15 homes").
    ['The shelling damaged a school, a clinic and 15 homes in Nikopol.', ['damaged 15 exact @Nikopol']],
    ['Air defences destroyed a cruise missile and 14 drones over the Kyiv region.', ['intercepted 14 exact @Kyiv region']],
  ]);
});

test('the share after a fronted "Of the N weapons launched," counts those weapons', () => {
  kindTable(W, [
    ['Of the 26 missiles launched, 21 were destroyed by air defences.', ['intercepted 21 exact', 'launched 26 exact']],
    ['Of the 40 drones fired at Odesa, 33 were destroyed, the navy said.', ['intercepted 33 exact @Odesa', 'launched 40 exact @Odesa']],
    ['Of the 12 missiles, 9 were shot down over the Dnipropetrovsk region.', ['intercepted 9 exact @Dnipropetrovsk region', 'launched 12 exact @Dnipropetrovsk region']],
  ]);
});
