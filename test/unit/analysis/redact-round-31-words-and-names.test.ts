import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 31 (helper r31): names still readable where the words around them say a person, and words hidden that are no
 * one's name. Each class was written out first in other wordings and other languages than the example that found it
 * ("Frank the forklift guy", "I told Rusty to stop", "amber in HR", "5 cherry tree close", "at Lee Green", "John
 * Lewis", "Summer hit us hard"), and each give-back has beside it the look-alike naming a person that must stay hidden.
 * A leak is stored with only its secret replaced: the words around it stay as written.
 */

type Leak = readonly [text: string, secrets: readonly string[]];
const leak = (text: string, ...secrets: string[]): Leak => [text, secrets];

const CLASSES: Record<string, readonly Leak[]> = {
  'a name that is a word, described as a kind of person': [
    leak('Frank the forklift guy is drunk again', 'Frank'),
    leak('Rusty the night shift guy sells weed', 'Rusty'),
    leak('Frank, the new lad, keeps staring at her', 'Frank'),
    leak('Chip the agency guy stole my phone', 'Chip'),
    leak('Dusty the old bloke on nights grabbed her', 'Dusty'),
    leak('Grace the new girl in packing cries every day', 'Grace'),
    leak('so Frank the maintenance man locked us in', 'Frank'),
    leak('Duke the security guy sleeps on shift', 'Duke'),
    leak('Skip the forklift driver guy was drunk', 'Skip'),
    leak('Bill, the one with the van, hit her', 'Bill'),
    leak('Frank, der Staplerfahrer, ist wieder betrunken', 'Frank'),
    leak('Frank, le gars du chariot, est encore saoul', 'Frank'),
    leak('Frank, el de la carretilla, está borracho otra vez', 'Frank'),
    leak('Rusty, o cara da empilhadeira, está bêbado de novo', 'Rusty'),
  ],
  'a name that is a word, a bracket saying where they work, then a habit': [
    leak('Bill (night shift) keeps staring', 'Bill'),
    leak('Chip (the driver) keeps grabbing girls', 'Chip'),
    leak('Rob (nights) keeps touching the new girls', 'Rob'),
    leak('Frank (B shift) keeps shouting at us', 'Frank'),
    leak('Dusty (agency) keeps stealing', 'Dusty'),
    leak('Mark (line 4) keeps pushing people', 'Mark'),
    leak('Pat (canteen) kept yelling at the temps', 'Pat'),
    leak('Sandy (the cleaner) is always screaming', 'Sandy'),
    leak('Duke (security) keeps following her', 'Duke'),
    leak('Grace (payroll) groped him', 'Grace'),
    leak('Bill (turno de noche) no para de mirar a las chicas', 'Bill'),
    leak('Bill (Nachtschicht) starrt die Frauen ständig an', 'Bill'),
    leak("Bill (équipe de nuit) n'arrête pas de fixer les filles", 'Bill'),
  ],
  'a nickname before a habit only a person has': [
    leak('Tiny keeps grabbing', 'Tiny'),
    leak('Tiny keeps grabbing the new girls', 'Tiny'),
    leak('Smiley keeps staring at me', 'Smiley'),
    leak('Bigsy keeps shoving people', 'Bigsy'),
    leak('Moose kept yelling at the temps', 'Moose'),
    leak('Chalky is always shouting', 'Chalky'),
    leak('Tank keeps groping women', 'Tank'),
    leak('Legs keeps following her to the car', 'Legs'),
    leak('and Tiny keeps pushing us', 'Tiny'),
    leak('Gaz keeps touching the girls', 'Gaz'),
    leak('Tiny no para de manosear a las chicas', 'Tiny'),
    leak('Tiny grapscht ständig die Neuen an', 'Tiny'),
    leak("Tiny n'arrête pas de tripoter les filles", 'Tiny'),
  ],
  'a nickname no list holds, on a shift or from a department, then what it does': [
    leak('Fozzy on B shift sells pills in the smoking shelter', 'Fozzy'),
    leak('Sully from maintenance never locks out the conveyor', 'Sully'),
    leak('Gazza on nights sells fags', 'Gazza'),
    leak('Dibsy on the night shift drinks on the job', 'Dibsy'),
    leak('Scouse from HR leaks everything', 'Scouse'),
    leak('Jonesy in payroll fiddles overtime', 'Jonesy'),
    leak('Taff on C shift sleeps in the cab', 'Taff'),
    leak('Moz from receiving never wears a harness', 'Moz'),
    leak('Tommo on days steals tools', 'Tommo'),
    leak('Bomber from shipping steals fuel', 'Bomber'),
    leak('Tank on nights grabbed her', 'Tank'),
    leak('Fozzy del turno B vende pastillas', 'Fozzy'),
    leak('Fozzy von der B-Schicht verkauft Pillen', 'Fozzy'),
    leak("Fozzy de l'équipe B vend des cachets", 'Fozzy'),
  ],
  'a given name that is a word, written small, in a department, then a deed': [
    leak('amber in HR shared my complaint with him', 'amber'),
    leak('rose from payroll told everyone my salary', 'rose'),
    leak('and amber in HR leaked it', 'amber'),
    leak('grace in accounts laughed at me', 'grace'),
    leak('will from finance texted me at 2am', 'will'),
    leak('summer in payroll screamed at me', 'summer'),
    leak('ruby from HR forwarded my email to him', 'ruby'),
    leak('holly in payroll mocked my accent', 'holly'),
    leak('jade from shipping stole my lunch', 'jade'),
    leak('dawn in HR threatened me', 'dawn'),
    leak('amber de RRHH compartió mi queja', 'amber'),
    leak('amber aus der HR hat meine Beschwerde weitergegeben', 'amber'),
    leak('amber des RH a partagé ma plainte', 'amber'),
  ],
  'a name that is a word, told or asked to do something': [
    leak('I told Rusty to stop', 'Rusty'),
    leak('I asked Grace not to tell anyone', 'Grace'),
    leak('we warned Frank to back off', 'Frank'),
    leak('told Chip to leave her alone', 'Chip'),
    leak('Tell Rusty to stop grabbing people', 'Rusty'),
    leak('I asked Amber to cover my shift', 'Amber'),
    leak('asked Will to move the van', 'Will'),
    leak('I reminded Sandy to clock out', 'Sandy'),
    leak('we begged Dusty not to drive drunk', 'Dusty'),
    leak('she asked Duke to walk her to the car', 'Duke'),
    leak('le dije a Rusty que parara', 'Rusty'),
    leak('ich hab Rusty gesagt, er soll aufhören', 'Rusty'),
    leak("j'ai dit à Rusty d'arrêter", 'Rusty'),
  ],
  'a given name that is a modal verb, before what no modal comes before': [
    leak('Will pushed me', 'Will'),
    leak('Will shoved her into the racking', 'Will'),
    leak('Will keeps grabbing the new girls', 'Will'),
    leak('Will has been groping her', 'Will'),
    leak('yesterday Will slapped me', 'Will'),
    leak('May slapped her in the canteen', 'May'),
    leak('Will pushes people around', 'Will'),
    leak('Will grabbed my arm and Will punched me', 'Will'),
    leak('Will was always touching her', 'Will'),
    leak('then Will threatened us', 'Will'),
    leak('Will me empujó', 'Will'),
    leak('Will hat mich geschubst', 'Will'),
    leak("Will m'a poussé", 'Will'),
  ],
  'a surname written small after a role and what it heads, or after a hidden given name (Persian)': [
    leak('начальник смены петров орёт', 'петров'),
    leak('начальник цеха сидоров ворует', 'сидоров'),
    leak('мастер участка иванова кричит на всех', 'иванова'),
    leak('керівник відділу коваленко кричить', 'коваленко'),
    leak('начальник склада кузнецов пьёт на работе', 'кузнецов'),
    leak('начальник охраны смирнов спит на посту', 'смирнов'),
    leak('начальник отдела волкова унижает нас', 'волкова'),
    leak('бригадир смены морозов матерится', 'морозов'),
    leak('سرپرست ما علی رضایی به ما فحش میده', 'علی', 'رضایی'),
    leak('سرپرست ما رضا کریمی همیشه داد میزنه', 'رضا', 'کریمی'),
  ],
  'a surname in quotes, a few words after a word for a person': [
    leak('the guy in receiving "Okafor" keeps shouting', 'Okafor'),
    leak('the woman on line 3 "Kowalczyk" grabs people', 'Kowalczyk'),
    leak('someone on nights \u201CAdeyemi\u201D steals tips', 'Adeyemi'),
    leak('the driver from depot 2 "Mensah" drinks', 'Mensah'),
    leak('the lady in the canteen "Nwachukwu" spits in food', 'Nwachukwu'),
    leak('un tipo en recepción "Okafor" grita', 'Okafor'),
    leak('the picker on aisle 9 "Baptiste" shoves people', 'Baptiste'),
    // spot39: with the post's number ("at gate 2", "am Tor 2") the number is hidden too: redact-spot39-posts.test.ts.
    leak('the cleaner at the gate "Oyelaran" steals', 'Oyelaran'),
    leak('der Kollege am Tor "Okafor" klaut', 'Okafor'),
    leak('der Typ im Wareneingang "Okafor" schreit', 'Okafor'),
    leak('le gars à la réception "Okafor" crie', 'Okafor'),
  ],
  'a Hungarian or Finnish given name no list held': [
    leak('Zsolt kiabál velünk', 'Zsolt'),
    leak('Zsoltnak elmondtam, de nem érdekelte', 'Zsoltnak'),
    leak('Tamás a raktárból lop', 'Tamás'),
    leak('Hannele huutaa meille', 'Hannele'),
    leak('Hannelelta sain huutoa taas', 'Hannelelta'),
    leak('Jyrki ei koskaan vastaa', 'Jyrki'),
    leak('Kalevi huutaa', 'Kalevi'),
    leak('Mervi from payroll leaked it', 'Mervi'),
    leak('Eszter keeps shouting at the new girls', 'Eszter'),
    leak('Tiina varastaa', 'Tiina'),
    leak('Szabolcs mindig kiabál', 'Szabolcs'),
    leak('Zsófia ellopta a pénzt', 'Zsófia'),
  ],
};

// A home's street written small, its type an everyday word ("close", "view", "rise", "walk"), said to be a home.
const ADDRESSES: readonly Leak[] = [
  leak("go round to 5 cherry tree close, that's his house", '5 cherry tree close'),
  leak('his house is 22 meadow view', '22 meadow view'),
  leak('I know he lives at 3 mill rise', '3 mill rise'),
  leak('he lives at 41 church walk', '41 church walk'),
  leak('her place is 6 willow way', '6 willow way'),
  leak('9 station row is where she lives', '9 station row'),
  leak("22 meadow view, that's her house", '22 meadow view'),
  leak('come round to 41 church walk after work', '41 church walk'),
  leak('over to 6 willow way, his mum answered', '6 willow way'),
  leak('she lives at 17 apple tree close', '17 apple tree close'),
];

// Still shown after this round, each with why.
const KNOWN_MISSES = new Map<string, string>([
  ['مدیر ما حسن محمدی حقوق ما رو نمیده', "a Persian given name ('حسن', also 'good') after a role and 'ما' (our)"],
]);

// Hidden, but a word beside the name goes with it, each with why.
const KNOWN_LOST_WORDS = new Map<string, string>([
  [
    'Fozzy von der B-Schicht verkauft Pillen',
    "a German team after a hidden name is read as a surname's particle ('von der B-Schicht'), as before this round",
  ],
]);

const stored = (text: string, secrets: readonly string[], kind: string) =>
  secrets.reduce((out, secret) => out.split(secret).join(`[${kind}]`), text);

describe('redaction round 31: names that are words, where only a person stands', () => {
  for (const [name, leaks] of Object.entries(CLASSES)) {
    it('Should hold at least 10 wordings of ' + name + ', 3 of them in other languages or scripts', () => {
      expect(leaks.length).toBeGreaterThanOrEqual(10);
    });
    it.each(leaks.filter(([text]) => !KNOWN_MISSES.has(text) && !KNOWN_LOST_WORDS.has(text)))(
      `${name}: should store %j with %j hidden`,
      (text, secrets) => {
        expect(redact(text)).toBe(stored(text, secrets, 'NAME'));
      },
    );
  }

  it.each(ADDRESSES)('Should store %j with the street %j hidden', (text, secrets) => {
    expect(redact(text)).toBe(stored(text, secrets, 'ADDRESS'));
  });

  it.each([...KNOWN_LOST_WORDS.keys()])('Hides who but loses a word beside them in %j (known)', (text) => {
    const out = redact(text);
    expect(stillReadable('Fozzy', out)).toBe(false);
    expect(out).not.toContain('B-Schicht');
  });

  it.each([...KNOWN_MISSES.keys()])('Still shows who in %j (a known miss: if this fails, move it up)', (text) => {
    const out = redact(text);
    expect(out).toBe(text);
    expect(stillReadable(text.split(' ')[0]!, out)).toBe(true);
  });

  // Where the new rules stand, words that name no one.
  it.each([
    'The forklift guy is drunk again',
    'Summer the busy season starts soon',
    'Will the new guy be trained?',
    'Management keeps cutting hours',
    'Stock keeps going missing',
    'Everyone keeps staring',
    'Tesco in town sells it cheaper',
    'bill from finance arrived late',
    'I told Management to fix it',
    'we asked Security to check the cameras',
    'I asked Payroll to fix my hours',
    'told HR to sort it',
    'Will push us to work faster?',
    'it will hurt people',
    'they will fire us all',
    'Will it rain tomorrow?',
    'May I ask why?',
    'Paris, la capitale, est chère',
    'Amazon, the online shop, pays more',
    'Berlin, die Hauptstadt, ist teuer',
    'Jira from HR is down again',
    'Der Fahrer von der B-Schicht ist krank',
    'Overtime on nights pays more',
    'Training from HR starts Monday',
    'Tesla is always pushing the envelope',
    'Autism, the world is flat, chem trails',
    'Fridays in the summer are quiet',
    'henny cups on all that ice',
    'Pizza on nights sells out by ten',
    'Nobody from HR told us',
    'Forklift (night shift) is broken',
    'Das Licht (Nachtschicht) flackert',
    'La impresora (turno de noche) no funciona',
    'Die Maschine piept ständig',
    'Wasser tropft ständig von der Decke',
    'Esto no para de fallar',
    'ich hab Bescheid gesagt, aber nichts passiert',
    'начальник смены опять орёт',
    'начальник цеха всегда кричит',
    'مدیر ما خیلی بد است',
    'the song "Jolene" was on all day',
    'the new machine in packing "Vortex" keeps jamming',
    '12 long close is his',
    'I was 5 minutes close to quitting',
    'we worked 12 long days close to the line',
    'go round to 3 more sites today',
  ])('Should store %j as written (no one is named)', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('redaction round 31: places, shops, brands, breeds and seasons named like people are given back', () => {
  it.each([
    // Districts named like people, where vehicles stop, sites stand and moves go.
    'the bus stops at Lee Green and then goes on to the depot',
    'the forklift at Lee Green keeps stalling on the ramp',
    'we got moved from Wood Green to Mount Pleasant without notice',
    'the van at Ian Park broke down',
    'the shuttle bus to Lee Green is always late',
    'our site at Parsons Green has no heating',
    // Shops, bookmakers, beers, toys, boots named as a person.
    'the John Lewis order was packed by agency staff with no training',
    'we got John Lewis vouchers for Christmas',
    'I used to work at John Lewis',
    'John Lewis pays better than here',
    'William Hill pays better than this',
    'Miller Lite in the fridge',
    'Fisher Price toys in aisle 4',
    'Dr Martens boots are not PPE',
    // Cleaners and programs after a title's letters.
    'Mr Clean is the only cleaner they buy',
    'we ran out of Mr Muscle in the toilets',
    'MS Word keeps crashing',
    'the rota is in MS Excel and nobody can open it',
    // Dog breeds.
    'Jack Russell belonging to a customer bit a driver',
    'a Jack Russell ran into the loading bay',
    // Seasons doing to everyone what seasons do.
    'Summer hit us hard',
    'Summer hit us hard this year',
    'Autumn hit the warehouse badly',
    'Summer hit hard and nobody got extra breaks',
  ])('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  // Each give-back's look-alike: the same words naming a person.
  it.each([
    ['I shouted at Lee Green', 'I shouted at [NAME]'],
    ['I got a text from Lee Green last night', 'I got a text from [NAME] last night'],
    ['Lee Green from payroll hit me', '[NAME] from payroll hit me'],
    ['the bus driver swore at Lee Green', 'the bus driver swore at [NAME]'],
    ["the forklift at Lee Green's bay", "the forklift at [NAME]'s bay"],
    ['John Lewis from packing groped her', '[NAME] from packing groped her'],
    ['John Lewis keeps grabbing her', '[NAME] keeps grabbing her'],
    ['Inspiring speech by John Lewis at the awards', 'Inspiring speech by [NAME] at the awards'],
    ['William Hill from accounts stole the tips', '[NAME] from accounts stole the tips'],
    ['Miller Lite from the night shift groped her', '[NAME] [NAME] from the night shift groped her'],
    ['Jack Russell from goods in bit a driver', '[NAME] from goods in bit a driver'],
    ['Summer from payroll hit me', '[NAME] from payroll hit me'],
    ['Summer hit me', '[NAME] hit me'],
    ['Summer hit everyone in the back', '[NAME] hit everyone in the back'],
  ])('Should store %j as %j', (text, out) => {
    expect(redact(text)).toBe(out);
  });
});
