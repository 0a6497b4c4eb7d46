import { test } from 'node:test';
import { kindTable } from './helpers/kinds.js';

// Casualty sentences (issue 9, round extras10): a toll broken down by category of victim gives the toll alone (GUIDELINES:
// breakdowns by category are no claims, by place they are); a severity aside ("two critically") is no second toll; a count
// with a verb of its own after a comma is not joined to the count before; tolls told in appositions and asides are read.
// Sentences of our own.
const P = ['killed', 'injured'];

test('kinds of people listed after a total of people break it down: the total alone', () => {
  kindTable(P, [
    ['The assault has killed eight people: five civilians and three policemen.', ['killed 8 exact']],
    ['The strike on Sloviansk wounded 12 people: 7 soldiers and 5 civilians.', ['injured 12 exact @Sloviansk']],
    ['The ambush killed 9 people, 6 soldiers, and wounded 14.', ['injured 14 exact', 'killed 9 exact']],
    ['Officials said 20 people were killed, 11 children and 9 women, in the overnight raid.', ['killed 20 exact']],
    ['The raid killed eight people - five civilians and three police officers.', ['killed 8 exact']],
    // A breakdown by place is a claim of its own; kinds of people with no total are counts; parts beyond the total are no list of it.
    ['The shelling killed five people, three in Kherson and two in Beryslav.', ['killed 2 exact @Beryslav', 'killed 3 exact @Kherson', 'killed 5 exact @Ukraine']],
    ['Gunmen killed 14 villagers and 3 soldiers in Borno.', ['killed 14 exact @Borno', 'killed 3 exact @Borno']],
  ]);
});

test('a severity aside after a toll ("two critically", "six severely") is no second toll', () => {
  kindTable(P, [
    ['The explosion killed 4 and injured 11, two critically.', ['injured 11 exact', 'killed 4 exact']],
    ['The strike injured 23 people in Nikopol, six severely, the governor said.', ['injured 23 exact @Nikopol']],
    ['Rescuers said 30 people were hurt, 4 gravely, and 2 died.', ['injured 30 exact', 'killed 2 exact']],
    ['Nine soldiers, three seriously, were wounded near Gao.', ['injured 9 exact @Gao']],
  ]);
});

test('a count after a comma with a verb of another kind of its own takes its own verb', () => {
  kindTable(P, [
    ['The bombing killed 30 people, 40 civilians were wounded.', ['injured 40 exact', 'killed 30 exact']],
    ['The strike killed two soldiers, five civilians were also hurt.', ['injured 5 exact', 'killed 2 exact']],
    ['Russian shelling wounded 6 residents of Kherson, 2 pensioners were killed.', ['injured 6 exact @Kherson', 'killed 2 exact @Kherson']],
  ]);
});

test('a toll told around an aside "N of whom", an apposition or lives claimed', () => {
  kindTable(P, [
    ['Twenty-five people, 10 of whom were children, were killed.', ['killed 25 exact']],
    ['About 40 miners, 12 of whom were trapped for hours, were injured in the blast.', ['injured 40 about']],
    ['The attack, which killed 14 people, was condemned by the UN.', ['killed 14 exact']],
    ['The strike, which also wounded 14, targeted a school in Gaza City.', ['injured 14 exact @Gaza City']],
    ['The explosion claimed the lives of at least six soldiers in Kidal.', ['killed 6 at_least @Kidal']],
  ]);
});

test('a share "N of them" with a verb of its total\'s kind tells how badly: a breakdown, unless placed apart', () => {
  kindTable(['damaged', 'launched', 'intercepted'], [
    ['The attack damaged 40 homes, 12 of them destroyed, in the Sumy region.', ['damaged 40 exact @Sumy region']],
    ['Shelling damaged 30 houses in Kupiansk, 8 of which were destroyed completely.', ['damaged 30 exact @Kupiansk']],
    ['Air defences destroyed 50 drones, 20 of which were downed by electronic warfare.', ['intercepted 50 exact']],
    // A share of another kind, or placed apart, is a claim of its own.
    ['Russia launched 40 drones at Odesa, 30 of which were intercepted.', ['intercepted 30 exact @Odesa', 'launched 40 exact @Odesa']],
    ['Air defences destroyed 41 drones, 22 of them over the Bryansk region.', ['intercepted 22 exact @Bryansk region', 'intercepted 41 exact @Russia']],
  ]);
});
