import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place an interception belongs to when its sentence names the country and a finer sky (own sentences, where6).

test('an interception its sentence places at a country is at the finer place of it the sky after the count names (\'destroyed 18 drones above the Bryansk region\')', () => {
  expectAll([
    ["Air defences over Russia destroyed 18 drones above the Bryansk region.", 'intercepted', 18, /Bryansk/],
    ["Russia's defence ministry said its forces shot down 12 Ukrainian drones over the Belgorod region.", 'intercepted', 12, /Belgorod/],
    ["Ukraine said 6 cruise missiles were downed over Ukraine above the Lviv region.", 'intercepted', 6, /Lviv/],
    ["Air defences in Russia shot down 4 drones above Kaluga on Sunday, the governor said.", 'intercepted', 4, /Kaluga/],
    ["In Russia, air defence units destroyed 11 drones over the Kursk region, the ministry said.", 'intercepted', 11, /Kursk/],
    ["Saudi Arabia's air defences intercepted 2 drones over Jazan, state media said.", 'intercepted', 2, /Jazan/],
    ["Russian air defences destroyed 15 drones over Russia, above the Rostov region, the ministry said.", 'intercepted', 15, /Rostov/],
  ]);
  // Kept: a national total with a part's place ('most of them above', 'including 10 over'), a sky abroad, another clause's place.
  expectAll([
    ["Air defences shot down 25 drones over Russia overnight, most of them above the Belgorod region.", 'intercepted', 25, /^Russia$/],
    ["Russia said its air defences shot down 30 drones, including 10 over Bryansk.", 'intercepted', 30, /^Russia$/],
    ["Israel intercepted 20 missiles launched from Iran over Jordan.", 'intercepted', 20, /Israel|Jordan/],
    ["Ukrainian forces shot down 8 drones as they flew over the Dnipro river toward Kyiv.", 'intercepted', 8, /Ukraine|Dnipro|Kyiv/],
    ["Russia intercepted 3 missiles, the ministry said, while drones struck an oil depot over Novorossiysk.", 'intercepted', 3, /^Russia$/],
  ]);
});
