import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Place classes of where25: own sentences, names and figures made up or varied.

// GUIDELINES: an interception with no place of its own is at the defending country. A people's name on the weapon
// counted ("41 Ukrainian drones") is the attacker's (where.json `weaponOwner`), never the defending country.
test('a demonym on the weapon intercepted is the attacker, not the defending country', () => {
  expectAll([
    ['A drone attack set a fuel depot ablaze in the Bryansk region, the governor said. The ministry also said air defences shot down 23 Ukrainian drones over Russian regions.', 'intercepted', 23, /^Russia/],
    ['Fire broke out at an oil depot in Tuapse after a drone attack, officials said. Air defence units downed 27 Ukrainian drones overnight, the defence ministry said.', 'intercepted', 27, /^Russia/],
    ['Smoke rose over a warehouse in Kursk on Sunday. Air defences also destroyed 36 Ukrainian fixed-wing drones over several Russian regions during the night, the ministry said.', 'intercepted', 36, /^Russia/],
    ['MOSCOW, May 4 - Russia\'s defence ministry said on Sunday its air defences had destroyed 41 Ukrainian drones overnight.', 'intercepted', 41, /^Russia/],
    ['Israel said its air defences intercepted 14 Iranian-made drones on Saturday.', 'intercepted', 14, /^Israel/],
  ]);
});
