import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// A figure taken from the wrong word of its clause (issue 9, round extras10): a spelled "one" standing for a strike or a
// weapon before a claim verb with a number of its own ("since one killed 10") is a pronoun, not a count of one; "one"
// counting people or weapons stays. Sentences of our own.
const K = ['killed', 'injured', 'hit', 'launched'];

test('"one" before a claim verb with its own number is a pronoun; "one" counting people stays', () => {
  kindTable(K, [
    ['The drone attack on Odesa injured 7, the second such strike since one killed 10 on Friday.', ['injured 7 exact @Odesa', 'killed 10 exact @Odesa']],
    ['Two shells fell on Kupiansk; one killed 3 people at a bus stop.', ['hit 2 exact @Kupiansk', 'killed 3 exact @Kupiansk']],
    ['One killed four soldiers near Gao, the other injured two.', ['injured 2 exact @Gao', 'killed 4 exact @Gao']],
    ['One soldier was killed and one injured near Kreminna.', ['injured 1 exact @Kreminna', 'killed 1 exact @Kreminna']],
    ['One person died and 12 were hurt in the blast in Quetta.', ['injured 12 exact @Quetta', 'killed 1 exact @Quetta']],
  ]);
});
