import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// Hits read as launches (issue 9, round extras10): a passive agent "by N weapons" after a verb that says the target was
// reached counts the weapons that reached it (GUIDELINES: hit counts weapons that reached their target), while weapons an
// attack or a targeting was carried out "by" were sent (launched). Sentences of our own; the attack word nearest "by" decides.
const K = ['hit', 'launched'];

test('weapons after "hit by", "struck by", "damaged by" reached their target: hit, not launched', () => {
  kindTable(K, [
    ['The apartment block in Odesa was hit by two missiles on Tuesday night.', ['hit 2 exact @Odesa']],
    ['A hospital in Kharkiv was struck by three Russian drones overnight.', ['hit 3 exact @Kharkiv']],
    ['Sumy was hit overnight by 12 Shahed drones, officials said.', ['hit 12 exact @Sumy']],
    ['The power plant in Burshtyn was damaged by three drones on Friday.', ['hit 3 exact @Burshtyn']],
    ['Kramatorsk was hit by six guided bombs, the regional governor said.', ['hit 6 exact @Kramatorsk']],
    ['Kyiv was struck by at least 10 missiles and 20 drones overnight.', ['hit 10 at_least @Kyiv', 'hit 20 exact @Kyiv']],
    ['The tanker, hit by two drones off Yemen, caught fire.', ['hit 2 exact @Yemen']],
  ]);
});

test('weapons an attack or a targeting was carried out by were launched; no weapon after "by" is no count', () => {
  kindTable(K, [
    ['The city of Chernihiv was attacked by 25 drones, the mayor said.', ['launched 25 exact @Chernihiv']],
    ['Haifa was targeted overnight by 14 rockets from Lebanon.', ['launched 14 exact @Haifa']],
    ['Pokrovsk was raided overnight by 30 drones.', ['launched 30 exact @Pokrovsk']],
    ['The convoy was hit by gunfire from 12 soldiers.', []],
    ['The bill was struck down by 52 senators.', []],
  ]);
});

test('"N hit targets" after a salvo: the verb of a head-less count, not a modifier of the targets counted', () => {
  kindTable(['hit', 'damaged'], [
    ['The air force said 49 of 56 drones were neutralised, while 7 hit targets in three regions.', ['hit 7 exact']],
    ['Russia launched 30 missiles at Ukraine; 5 struck objects in the Lviv region.', ['hit 5 exact @Lviv region']],
    ['Of the 80 drones, 65 were shot down and 12 hit targets in the Sumy region.', ['hit 12 exact @Sumy region']],
    // A participle in -ed before the noun, or a counted noun of its own, is still the noun's modifier.
    ['The three targeted objects were oil depots near Tuapse.', ['hit 3 exact @Tuapse']],
    ['Russian drones hit two facilities in Odesa.', ['damaged 2 exact @Odesa', 'hit 2 exact @Odesa']],
  ]);
});
