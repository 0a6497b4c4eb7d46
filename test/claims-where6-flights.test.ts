import { test } from 'node:test';
import { expectAll } from './helpers/where.js';

// Which place a count of disrupted flights belongs to (own sentences, where6).

test('flights disrupted from a place (\'50 flights were diverted from Vilnius\', \'departures from Helsinki\') are at that place', () => {
  expectAll([
    ["More than 50 flights were diverted from Vilnius after balloons entered Lithuanian airspace.", 'flights_disrupted', 50, /Vilnius/],
    ["Dozens of flights from Warsaw were cancelled on Friday after drones crossed into Poland.", 'flights_disrupted', null, /Warsaw/],
    ["At least 25 departures from Helsinki were delayed because of GPS jamming, Finnavia said.", 'flights_disrupted', 25, /Helsinki/],
    ["Airlines cancelled 12 flights from Riga after a drone alert.", 'flights_disrupted', 12, /Riga/],
    ["Eighteen flights bound for Munich were diverted to other airports after drones were seen near the runway.", 'flights_disrupted', 18, /Munich/],
    ["Some 40 flights were grounded at Oslo's Gardermoen airport after a drone sighting.", 'flights_disrupted', 40, /Oslo|Gardermoen/],
    ["Two drones were seen over Aalborg.\nThe airport said 9 flights were cancelled.", 'flights_disrupted', 9, /Aalborg/],
  ]);
  // Kept: the airport the count's locative names, a destination, where the drones came from, an evacuation's place left.
  expectAll([
    ["Airlines cancelled 140 flights at Frankfurt airport after drones flew in from the east.", 'flights_disrupted', 140, /Frankfurt/],
    ["Turkish Airlines cancelled 30 flights to Tel Aviv after the missile attack on Israel.", 'flights_disrupted', 30, /Tel Aviv/],
    ["Drones launched from Belarus disrupted 20 flights at Vilnius airport.", 'flights_disrupted', 20, /Vilnius/],
    ["About 30 flights were cancelled at Moscow's airports after drones from Ukraine approached the capital.", 'flights_disrupted', 30, /Moscow/],
    ["Drones were spotted near Kazan airport on Sunday.\nAbout 30 flights were delayed after drones from Ukraine approached.", 'flights_disrupted', 30, /Kazan/],
    ["Authorities evacuated 1,200 people from Oleshky to Mykolaiv on Sunday.", 'evacuated', 1200, /Oleshky/],
  ]);
});
