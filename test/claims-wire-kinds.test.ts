import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/pipeline.js';

// Classes of wire-copy wording the count kinds missed (issue 9), each in many wordings of our own:
// verb, tense, voice, order, numbers as words and digits, with and without a source, and the near
// misses that must stay out. Rows compare kind, value and qualifier of every claim of the kinds asked.
function read(text: string, kinds: ReadonlySet<string>): string[] {
  return extractArticle({ id: 'w', title: null, published: '2025-06-14', text } as never).claims
    .filter((c) => kinds.has(c.kind)).map((c) => `${c.kind} ${c.value} ${c.qualifier}`);
}

function table(kinds: readonly string[], rows: readonly (readonly [string, readonly string[]])[]): void {
  const set = new Set(kinds);
  const wrong = rows.map(([text, want]) => ({ text, want: [...want], got: read(text, set) })).filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));
  assert.deepEqual(wrong, []);
}

test('electronic warfare: drones lost to jamming, in quotes or not, are intercepted (GUIDELINES: electronic suppression)', () => {
  table(['intercepted', 'launched'], [
    ['Another 25 drones were "lost" to electronic warfare, the air force said.', ['intercepted 25 exact']],
    ['A further 19 drones were \u2018lost\u2019 to active electronic countermeasures over the Chernihiv region.', ['intercepted 19 exact']],
    ['Nine drones were lost to active electronic countermeasures.', ['intercepted 9 exact']],
    ['Eleven Shahed drones were lost to EW near Poltava, the military said.', ['intercepted 11 exact']],
    ['Some 33 decoy drones were lost to jamming, according to the air force.', ['intercepted 33 about']],
    ['Ukraine\'s air force said 47 drones were locationally lost.', ['intercepted 47 exact']],
    ['Sixty-two drones were "locationally lost" overnight.', ['intercepted 62 exact']],
    ['The air force said 40 drones were downed and 22 were \u201clost\u201d to electronic warfare.', ['intercepted 40 exact', 'intercepted 22 exact']],
    ['Of the 120 drones launched, 70 were shot down and 41 were locationally lost.', ['launched 120 exact', 'intercepted 70 exact', 'intercepted 41 exact']],
    ['A further 12 Shahed drones were suppressed by electronic warfare over the Odesa region.', ['intercepted 12 exact']],
    ['Electronic warfare units jammed 16 Russian drones overnight.', ['intercepted 16 exact']],
    // Near misses: not weapons, or not lost to defences.
    ['The company lost 12 contracts to electronic firms last year.', []],
    ['Russia has lost 300 tanks since February, the ministry said.', []],
  ]);
});

test('injured as hospitalised: people taken, rushed or admitted to hospital, treated, or seeking medical help are injured', () => {
  table(['injured', 'killed', 'evacuated'], [
    ['Three children were taken to hospital in Kramatorsk, the governor said.', ['injured 3 exact']],
    ['At least 40 people were treated in hospital after the blast.', ['injured 40 at_least']],
    ['Dozens of people were rushed to hospital after the shelling of Nikopol.', ['injured null unknown']],
    ['Eleven people sought medical help after the overnight attack.', ['injured 11 exact']],
    ['Nine residents were admitted to the regional hospital with burns.', ['injured 9 exact']],
    ['Police said 14 people had been taken to nearby hospitals.', ['injured 14 exact']],
    ['Four soldiers were airlifted to a hospital in Beersheba.', ['injured 4 exact']],
    ['Seven people received medical treatment, officials said.', ['injured 7 exact']],
    ['Two people were brought to hospital in a serious condition, and 12 were treated at the scene.', ['injured 2 exact', 'injured 12 exact']],
    ['Six soldiers were treated for shrapnel wounds, the army said.', ['injured 6 exact']],
    ['More than 30 people needed medical attention after the explosion.', ['injured 30 more_than']],
    ['Twenty-two passengers, several with gunshot wounds, were taken to hospital.', ['injured 22 exact']],
    ['Hundreds of wounded civilians arrived at hospitals in the city.', ['injured null unknown']],
    ['Eight miners, two with serious burns, were hospitalised in Donetsk.', ['injured 8 exact']],
    // Near misses: no people, or people moved for other reasons.
    ['The minister arrived at the hospital on Monday.', []],
    ['Two hundred delegates arrived in Geneva for the talks.', []],
    ['The hospital has 300 beds.', []],
    ['Some 200 doctors were sent to the front, the ministry said.', []],
    ['The two leaders were taken to the summit venue by helicopter.', []],
  ]);
});

test('earlier tolls are claims of who gave them; a wire note on the story\'s revision claims nothing', () => {
  table(['killed', 'injured'], [
    ['An earlier toll given by the monitor put the number of dead at eight.', ['killed 8 exact']],
    ['Police had earlier put the death toll at 14.', ['killed 14 exact']],
    ['The toll was earlier reported as nine dead.', ['killed 9 exact']],
    ['(Corrects death toll in paragraph 2 to seven, from six)', []],
    ['(Updates death toll to 31 in first paragraph, adds quotes from the mayor)', []],
    ['(Adds details on the 12 wounded in paragraph 4)', []],
    ['(Recasts with toll rising to 40 killed)', []],
    ['[Corrects spelling of the village where 3 people were killed]', []],
    ['(Writes through with details, updates toll to 15 dead)', []],
    ['(Reuters) - At least five people were killed on Tuesday.', ['killed 5 at_least']],
    ['Adds to the 20 people killed last week, officials said, bringing the total to 32.', ['killed 20 exact']],
  ]);
});

test('zero statements: "no one was hurt" states zero people (GUIDELINES: "no" is a quantity); "no damage" says nothing was damaged, no claim', () => {
  table(['damaged', 'injured', 'killed'], [
    ['No one was hurt in the attack on the depot.', ['injured 0 exact']],
    ['Nobody was injured, police said.', ['injured 0 exact']],
    ['No one was killed, the mayor said.', ['killed 0 exact']],
    ['None of the crew was hurt.', ['injured 0 exact']],
    ['No one was hurt and no damage was reported.', ['injured 0 exact']],
    ['No injuries were reported after the overnight shelling.', ['injured 0 exact']],
    ['No deaths were reported, the ministry said.', ['killed 0 exact']],
    ['The drone damaged three homes and no one was hurt.', ['damaged 3 exact', 'injured 0 exact']],
    ['Nobody was killed or injured in the blast, officials said.', ['killed 0 exact', 'injured 0 exact']],
    ['No one was wounded when the rocket hit the field.', ['injured 0 exact']],
    // GUIDELINES annotate damage only when something was hit, damaged or destroyed (test/claims-damage.test.ts).
    ['No damage was reported, the regional governor said.', []],
    ['The drone fell in a field and caused no damage.', []],
    ['The storm caused $5 million in damage.', []],
  ]);
});

test('ranges: "10-12", "30 to 40", "between 10 and 12" are one count, its low end at least (countsteps.json ranges)', () => {
  table(['killed', 'injured', 'launched', 'hit', 'intercepted'], [
    ['Between 10 and 12 people were killed in the strike.', ['killed 10 at_least']],
    ['Some 10-12 people were killed in the strike on the market.', ['killed 10 about']],
    ['The attack killed 30 to 40 people, witnesses said.', ['killed 30 at_least']],
    ['Between 200 and 300 drones were launched overnight.', ['launched 200 at_least']],
    ['Five to seven civilians were wounded, the governor said.', ['injured 5 at_least']],
    ['Russia launched around 1,000-1,500 drones last week.', ['launched 1000 about']],
    ['The strike killed 15\u201320 soldiers, according to the army.', ['killed 15 at_least']],
    ['The shelling killed four people and injured 12 to 15 others.', ['killed 4 exact', 'injured 12 at_least']],
    ['Officials said 3-4 missiles hit the port of Odesa.', ['hit 3 at_least']],
    ['Air defences shot down between 20 and 25 drones near Kyiv.', ['intercepted 20 at_least']],
    // Near misses: scores, years, ages and changes are no ranges.
    ['The home side won 3-1 on Sunday.', []],
    ['Fighting between 2014 and 2016 killed 400 people.', ['killed 400 exact']],
    ['Protesters aged 18-25 were arrested.', []],
  ]);
});

test('aircraft: shot down in the air is intercepted, destroyed or damaged on the ground is damaged (GUIDELINES)', () => {
  table(['intercepted', 'damaged', 'hit', 'launched'], [
    ['Ukrainian drones destroyed four aircraft at the Engels air base.', ['damaged 4 exact']],
    ['Two Su-34 jets were destroyed on the ground at the Marinovka airfield.', ['damaged 2 exact']],
    ['The strike damaged 12 aircraft parked at the airfield.', ['damaged 12 exact']],
    ['Ukrainian drones struck the Morozovsk airbase, damaging at least six warplanes.', ['damaged 6 at_least']],
    ['Satellite images show 3 bombers destroyed at the Olenya base.', ['damaged 3 exact']],
    ['The operation destroyed 41 strategic bombers at four airfields, the SBU said.', ['damaged 41 exact']],
    ['Ukraine said it shot down two Russian Su-34 fighter jets over the Donetsk region.', ['intercepted 2 exact']],
    ['Air defences downed three helicopters near Bakhmut.', ['intercepted 3 exact']],
    ['Two Israeli warplanes were intercepted over Syria, Damascus claimed.', ['intercepted 2 exact']],
    ['Pakistan said it shot down five Indian jets.', ['intercepted 5 exact']],
    ['Iran shot down two Israeli drones over Tabriz.', ['intercepted 2 exact']],
    // Aircraft that strike are not damaged; a single aircraft with an article is not counted (GUIDELINES: singular articles).
    ['Israel said 100 fighter jets struck 20 targets in Iran.', ['hit 20 exact']],
    ['Houthi forces said they shot down an MQ-9 drone over Marib.', []],
  ]);
});

test('arms supplies, deliveries and stockpiles are no launches; weapons sent at a target are', () => {
  table(['launched', 'intercepted', 'hit'], [
    ['The United States sent 20 Patriot missiles to Ukraine last year.', []],
    ['Britain sent 5,000 missiles to Kyiv as part of an aid package.', []],
    ['Washington has sent 300 Stinger missiles to Taiwan.', []],
    ['Germany is sending 100 IRIS-T interceptors to Kyiv, the ministry said.', []],
    ['The allies sent 60 HIMARS rockets to the front under the new assistance package.', []],
    ['Germany will deliver 100 drones to Kyiv by the end of the year.', []],
    ['The factory produces 300 drones a day, according to intelligence estimates.', []],
    ['Iran has supplied 400 Shahed drones to Russia.', []],
    ['Russia has stockpiled more than 2,000 missiles, officials believe.', []],
    ['Russia sent 85 drones and 12 missiles at Ukraine overnight.', ['launched 85 exact', 'launched 12 exact']],
    ['Russia sent 50 drones towards Kyiv overnight, the air force said.', ['launched 50 exact']],
    ['Hezbollah sent 30 rockets into northern Israel on Sunday.', ['launched 30 exact']],
    ['Russia sent 40 Shahed drones to attack the Odesa region overnight.', ['launched 40 exact']],
    ['The Houthis sent 12 drones at ships in the Red Sea.', ['launched 12 exact']],
  ]);
});

test('flights: suspended or halted with no count are flights disrupted, unknown; a counted cancellation keeps its qualifier', () => {
  table(['flights_disrupted', 'airport_closed'], [
    ['All flights were suspended on Sunday after the missile attack.', ['flights_disrupted null unknown']],
    ['Flights were halted for several hours, the aviation authority said.', ['flights_disrupted null unknown']],
    ['All flights to and from Amman were cancelled.', ['flights_disrupted null unknown']],
    ['The airline cancelled more than 300 flights across Europe.', ['flights_disrupted 300 more_than']],
    ['Air Serbia suspended all flights to Tel Aviv until Friday.', ['flights_disrupted null unknown']],
    ['Several airlines suspended flights to Israel.', ['flights_disrupted null unknown']],
    ['Dozens of flights were cancelled at Doha airport.', ['flights_disrupted null unknown']],
    ['Two carriers cancelled 40 flights on Monday.', ['flights_disrupted 40 exact']],
    ['Nearly 150 flights were delayed or diverted at Sheremetyevo.', ['flights_disrupted 150 about']],
    ['Flights were suspended at Kazan airport for three hours.', ['airport_closed 1 exact']],
    // Near misses: flights resumed or merely scheduled.
    ['The airport resumed flights after a three-hour pause.', []],
    ['The airline operates 120 flights a week to Cairo.', []],
  ]);
});
