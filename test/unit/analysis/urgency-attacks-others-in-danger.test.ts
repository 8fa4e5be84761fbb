import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// A third attacker's reports that were stored as calm: someone ELSE in danger (a colleague who says she will end her
// life, a threat against a named person), reports typed in slang, typos or no spaces, a child on a press, a jump from
// a height at work, and the same in the other languages the detector reads. Beside them, the false alarms it raised
// on a danger word naming a colour or a thing, a prevention poster named, and a hazard marker said to be cosmetic, and
// the everyday sentences that share the reports' words, which must stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
const escalatesAs = (category: string) => (text: string) =>
  expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining([category]) });

// The words an attacker put around a report to bury it (about 1,400 characters, no full stop before the report).
const FILLER =
  'The new rota is okay I guess and the canteen has better soup now, parking still a mess on mondays, the lockers ' +
  'are old and the wifi in the break room drops all the time, also training for the new scanners was too short ' +
  'and nobody explained the returns process properly. ';
const buried = (line: string) => `${FILLER.repeat(3)}${line} ${FILLER.repeat(2)}`;

describe('urgency: someone else in danger, and reports typed to slip past', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'my coworker told me she is going to end her life tonight'],
    ['en', 'she is going to kill herself'],
    ['en', 'he wants to kill himself'],
    ['en', 'my friend at work wants to kill himself'],
    ['en', 'they want to kill themselves'],
    ['en', "he keeps saying he's gonna off himself"],
    ['en', 'my mate offed himself last year and his brother works here'],
    ['en', 'Jen said she wants to die'],
    ['en', 'she keeps saying she wants to die'],
    ['en', 'she said she is going to take her own life'],
    ['en', 'my friend is thinking about ending her life'],
    ['en', 'worried about Jen she gave away all her stuff and said goodbye'],
    ['en', 'my mate at work is talking about topping himself'],
    ['en', 'imma end it fr fr'],
    ['en', 'dont see the point of waking up anymore tbh'],
    ['en', 'no point waking up tomorrow'],
    ['en', 'gonna jump off the mezzanine if they make me do another double'],
    ['en', 'gonna throw myself off the gantry after shift'],
    ['de', 'mein Kollege will sich umbringen'],
    ['es', 'no aguanto mas me voy a colgar'],
    ['es', 'me voy a tirar del puente saliendo del turno'],
    ['es', 'me voy a tirar a las vias del tren'],
    ['es', 'voy a saltar del techo si me hacen doblar turno'],
    ['es', 'no veo sentido en despertar'],
    ['it', 'lei vuole morire'],
    ['it', 'il mio collega vuole uccidersi'],
    ['ar', 'زميلي يريد أن ينتحر'],
    ['ar', 'صديقتي تريد أن تموت'],
    ['tl', 'gusto na niyang mamatay'],
  ])('Should escalate as self-harm (%s): %j', (_language, text) => escalatesAs('self-harm')(text));

  it.each([
    ['en', 'Dave said he is gonna stab Mike'],
    ['en', "he's going to stab Mike"],
    ['en', 'sum1 in the back said theyll shoot us all 2moro'],
    ['en', 'he threatend to kil me'],
    ['en', 'she threatened to kil me'],
    ['en', 'hesaidhewillkillme'],
    ['en', 'pls hlp sum1 is hurting me at wrk'],
    ['en', 'somebody is hurting me at work please help'],
    ['en', 'im scared to go home, my partner beats me and he works here too'],
    ['it', 'ha detto che ammazzerà Marco'],
    ['pl', 'powiedział że zabije Marka'],
    ['pl', 'Ktoś ma broń w magazynie'],
    ['pl', 'Ktoś ma nóż w szatni'],
  ])('Should escalate as a threat (%s): %j', (_language, text) => escalatesAs('threat')(text));

  it.each([
    'kid under 16 working the press machine',
    'a 15 year old is running the forklift',
    'they have 14 year olds working on the line',
    'underage kid operating the saw',
  ])('Should escalate a child on a dangerous machine as safety: %j', escalatesAs('safety'));

  it.each(['my coworker told me she is going to end her life tonight', 'Dave said hes gonna stab Mike friday'])(
    'Should escalate a report buried in a long ramble: %j',
    (line) => {
      expect(detectUrgency(buried(line)).urgent).toBe(true);
    },
  );

  it.each([
    ['es', 'me quiero morir'],
    ['it', 'voglio morire'],
    ['de', 'ich will sterben'],
    ['pt', 'quero morrer'],
    ['pl', 'chcę umrzeć'],
  ])(
    'Should escalate a few words of %s buried in an English ramble, with calm text after them: %j',
    (_language, line) => {
      expect(detectUrgency(buried(line))).toMatchObject({ urgent: true, categories: ['self-harm'] });
      expect(detectUrgency(`the rota is fine but ${line} and the canteen is fine`).urgent).toBe(true);
    },
  );

  it.each([
    'the rota is fine but the señora at the cafeteria said hola and the canteen is fine',
    'we had paella and tiramisu at the team lunch, very nice',
    'the new manager Giuseppe Morire is fine and the canteen is okay',
    'a formação sobre prevenção do suicídio foi boa',
  ])('Should keep calm words of another language inside English calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    // A danger word as a colour, a material or the name of a thing.
    'Please add more gun-metal grey lockers, the old ones are ugly',
    'gunmetal grey paint on the new racks looks sharp',
    'the knife block in the kitchen is missing a knife',
    // A prevention programme, poster or training named.
    'The suicide prevention poster in the hall is a nice touch',
    'the suicide awareness training was really useful',
    'mental health and suicide prevention week was well organised',
    'the self-harm awareness session was helpful',
    'la formación de prevención del suicidio fue útil',
    'el taller sobre prevención del suicidio estuvo bien',
    'a formação sobre prevenção do suicídio foi boa',
    'la formation sur la prévention du suicide était utile',
    'il corso di prevenzione del suicidio è stato utile',
    'die Schulung zur Suizidprävention war gut',
    'szkolenie z zapobiegania samobójstwom było dobre',
    // A hazard marker described as cosmetic.
    'the hazard tape around bay 4 is peeling, cosmetic only',
    'the hazard signs are faded, purely cosmetic',
    // Everyday sentences with a report's words.
    'she is going to kill it at the presentation',
    'he wants to kill the project',
    "he's going to stab at the problem",
    'my coworker said she is going to end her shift early',
    'Dave said he is going to kill the lights at 6',
    'he said he would shoot me an email',
    "she said she'll shoot the video tomorrow",
    'Directors just want to punch their tickets and move up the ladder',
    'she wants to die her hair red',
    'my coworker told me she is going to end her contract',
    'Jen said she wants to leave',
    'he gave away all his old books to the library sale',
    'the kids under 16 came for the family open day',
    // "off" the particle, not the slang verb ("gonna off himself" stays urgent above).
    'Lee Marsh turned the water off himself.',
    'she switched the machine off herself before anyone noticed',
  ])('Should stay calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'the hazard tape is faded, cosmetic only, but the forklift nearly hit me',
    'I called the suicide prevention hotline last night',
  ])('Should still escalate a report beside a calm mention: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

// A fourth attacker's reports that were stored as calm, each a kind of report rather than a sentence: a colleague who
// "wants to end it" or would not be missed (in the third person, typed loosely or run together), an overdose; threats
// against a person named by their given name or in street words; French without its "ne" inside English; equipment
// that fails when it is needed, said in a worker's words; groping said in everyday speech. Each is read by the rules,
// so it stays urgent inside a long ramble. Beside them, the everyday sentences that share their words.
describe('urgency: a fourth batch of reports made to slip past', { timeout: 60_000 }, () => {
  it.each([
    'my coworker said she wants to end it',
    'my friend at work wants to end it',
    'my teammate told me he wants to end it, he sounded serious',
    'my buddy on second shift wnts to end it',
    'my cowrker sed she wnts to end it',
    'mycoworkerwantstoendit',
    'the new girl on nights keeps talking about ending things',
    "she's been talking about ending it, I'm scared",
    'said nobody would miss her if she was gone',
    'he told me nobody would notice him if he was dead',
    'I feel like ending it',
    "I've been feeling like ending it lately",
    'my coworker overdosed in the bathroom',
    "the driver od'd in the van this morning",
    'ur gonna find me hanging in the supply closet',
    "you'll find me hanging in the stockroom",
    "Elle m'a dit qu'elle voulait plus vivre",
    "j'veux plus vivre",
    'il veut plus vivre',
    'il veut plus vivre depuis que sa femme est partie',
    'mon collègue a fait une overdose dans les toilettes',
    'mi compañero tuvo una sobredosis en el baño',
    'mi compañero se tomó un montón de pastillas en el baño',
    'mein Kollege will Schluss machen mit allem',
  ])('Should escalate as self-harm, even buried in a long ramble: %j', (text) => {
    escalatesAs('self-harm')(text);
    escalatesAs('self-harm')(buried(text));
  });

  it.each([
    'I am going to hurt Kevin',
    'Im gonna wreck Kevin after shift',
    'gonna hurt Priya tomorrow',
    "he said he's gonna jump Marcus after work",
    "Btw Rick told me he's going to hurt Sam in the lot tonight",
    'Kevin is a dead man',
    'Dave is a dead man when I see him',
    "you're dead meat",
    'I know where Kevin lives',
    'they know where Tasha lives.',
    'Kevin better watch his back',
    'she better watch her back',
    "he'll put a bullet in whoever snitches",
    'gonna put one in his head',
    'finna pop the manager',
    'imma merk that snitch',
    'tryna smoke the supervisor',
    'im finna shoot this place up',
    'he got a gat',
    'brought his heat to work',
    "he's packing heat on the floor",
    'he flashed a shank at me',
    'he keeps a shank in his locker',
  ])('Should escalate as a threat, even buried in a long ramble: %j', (text) => {
    escalatesAs('threat')(text);
    escalatesAs('threat')(buried(text));
  });

  it.each([
    'the exit door by paint shop is welded shut',
    'back door nailed shut, only exit',
    'la porte de secours est soudée',
    'la salida de emergencia está soldada',
    'the scissor lift is tipping when extended',
    'the ladder keeps wobbling when you climb it',
    'no lockout tagout, they make us reach into the press',
    'they make us put our hands into the mixer to clear it',
    'the eyewash station is empty',
    'the fire extinguishers are empty',
    'the sprinkler heads are painted over',
    'smoke alarms have been painted over',
    'the forklft brakes r shot',
    "the truck's brakes are shot",
  ])('Should escalate as safety, even buried in a long ramble: %j', (text) => {
    escalatesAs('safety')(text);
    escalatesAs('safety')(buried(text));
  });

  it.each(['the lead be touchin on the girls on nights', 'the supervisor be grabbin on the interns'])(
    'Should escalate as harassment, even buried in a long ramble: %j',
    (text) => {
      escalatesAs('harassment')(text);
      escalatesAs('harassment')(buried(text));
    },
  );

  it.each([
    'this new process is a total hazard to my sanity lol',
    'this spreadsheet is a danger to my patience',
    'I would kill for a longer lunch break',
    'Jane killed the presentation',
    'Kevin killed it at the quarterly review',
    "we're going to hurt our numbers",
    'I know where Kevin lives, we carpool',
    "I know where Maria lives, I'll drop the card off",
    'I know where the problem lies',
    "he'll crush the competition",
    'she wants to end it with her boyfriend',
    'management wants to end it',
    'I feel like ending it early today',
    'we talked about ending things on a high note',
    'he overdosed on coffee before the meeting',
    "I'm gonna wreck havoc on this spreadsheet",
    'gonna jump ship to the competitor',
    "I'll pop you an email tomorrow",
    'gonna smoke you at fifa tonight',
    "there's a dead man switch",
    'watch your back when reversing the truck',
    'he had a lamb shank for lunch',
    'the eyewash station was cleaned and refilled',
    'the scissor lift was serviced and is stable',
    'ur gonna find me hanging out in the canteen',
    "I'm touching base with the girls on nights",
    'he was touching on the topic of pay',
    'elle veut plus vivre avec sa soeur',
    'il a fait une overdose de café ce matin',
    'Sie will mit ihm Schluss machen',
  ])('Should stay calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
