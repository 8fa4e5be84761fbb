import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is left waiting: an attacker found whole kinds of report the detector read as calm.
// Someone taken ill at work now (collapsed on the line, not breathing, a seizure, a heart attack, choking, out cold,
// turning blue), a weapon named at a place with no verb ("gun at gate 2"), violence told as it happens ("someone is
// getting stabbed"), hate symbols left for a colleague (a noose, a swastika) and threats veiled as warnings ("you're
// next", "it would be a shame if something happened to your family"), and hazards typed in a hurry. Each is read
// alone and buried in a long calm ramble; beside them, the everyday words that share theirs stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.

// About 1,500 characters of an ordinary complaint, with nothing urgent in it.
const FILLER =
  'The new rota is okay I guess and the canteen has better soup now, parking still a mess on mondays, the lockers ' +
  'are old and the wifi in the staff room drops all the time, also training for the new scanners was too short ' +
  'and nobody explained the returns process properly. ';
const buried = (line: string) => `${FILLER.repeat(3)}${line}. ${FILLER.repeat(2)}`;

const URGENT: Array<[category: string, text: string]> = [
  // Someone taken ill now, in every language the detector reads.
  ['safety', 'maria just collapsed in the freezer'],
  ['safety', 'jose collapsed at the till and isnt responding'],
  ['safety', 'a picker dropped to the floor and is not moving'],
  ['safety', 'my coworker is not breathing'],
  ['safety', 'the old man at checkout stopped breathing'],
  ['safety', 'customer having a seizure in aisle 5'],
  ['safety', 'pretty sure my supervisor is having a heart attack'],
  ['safety', 'kid choking in the cafe'],
  ['safety', 'the driver is lying unresponsive in his cab'],
  ['safety', "she's out cold on the floor"],
  ['safety', 'her lips went blue'],
  ['safety', 'hes bleeding from the head'],
  ['safety', 'el señor de la caja 3 dejó de respirar'],
  ['safety', 'mi compañero está convulsionando en el almacén'],
  ['safety', 'la cajera se está atragantando'],
  ['safety', 'mon collègue a arrêté de respirer'],
  ['safety', 'elle fait une crise d’épilepsie au quai 2'],
  ['safety', 'mein Kollege atmet nicht mehr'],
  ['safety', 'die Fahrerin hat gerade einen Schlaganfall'],
  ['safety', 'o motorista parou de respirar'],
  ['safety', 'a moça do caixa está tendo uma convulsão'],
  ['safety', 'il magazziniere non respira più'],
  ['safety', 'il collega sta avendo un attacco di cuore'],
  ['safety', 'kierowca przestał oddychać'],
  ['safety', 'magazynier ma atak padaczki'],
  ['safety', 'nangingisay si jun sa bodega'],
  ['safety', 'chú bảo vệ đang co giật'],
  ['safety', '同事在仓库抽搐'],
  ['safety', '他突然没有呼吸了'],
  ['safety', 'العامل عنده نوبه صرع'],
  ['safety', 'العامل ما يتنفس'],
  // A weapon named at a place, without a verb.
  ['threat', 'gun at gate 2'],
  ['threat', 'a rifle in the lobby'],
  ['threat', 'pistol in the staff toilets'],
  ['threat', 'un revólver en los vestidores'],
  ['threat', 'une machette dans le vestiaire'],
  ['threat', 'eine Knarre auf dem Parkplatz'],
  ['threat', 'um facão no vestiário'],
  ['threat', 'nóż w szatni'],
  ['threat', 'có súng ở nhà vệ sinh'],
  ['threat', '更衣室里有枪'],
  ['threat', 'سكين في الحمام'],
  // Violence as it happens.
  ['threat', "they're kicking him on the ground"],
  ['threat', 'somebody is getting beaten up out back'],
  ['threat', 'a customer is getting stabbed at the door'],
  ['threat', 'two guys fighting with bottles in the car park'],
  ['threat', "un client se fait poignarder à l'entrée"],
  ['threat', 'jemand wird gerade abgestochen'],
  ['threat', '他们在停车场打他'],
  ['threat', 'قاعدين يضربونه برا'],
  // Hate symbols and veiled threats.
  ['discrimination', 'noose hanging from my forklift'],
  ['discrimination', 'someone painted a swastika in the mens room'],
  ['discrimination', 'dibujaron una esvástica en la puerta del baño'],
  ['discrimination', 'quelqu’un a dessiné une croix gammée sur mon casier'],
  ['discrimination', 'ein Hakenkreuz an der Toilettentür'],
  ['discrimination', 'hanno appeso un cappio nel mio armadietto'],
  ['discrimination', 'علقوا مشنقه على باب خزانتي'],
  ['threat', "you're next snitch"],
  ['threat', 'youre dead when you clock out'],
  ['threat', 'something bad will happen to your kids if you go to hr'],
  ['threat', 'it would be a shame if something happened to your family'],
  ['threat', 'accidents happen to people who talk to hr'],
  ['threat', 'eres el siguiente, soplón'],
  ['threat', 'du bist als nächstes dran'],
  ['safety', '他倒在地上不动了'],
  ['safety', 'سقط على الأرض ولا يتحرك'],
  ['threat', 'shotgun in the back of the warehouse'],
  ['threat', 'sie schlagen ihn gerade zusammen'],
  ['threat', "something's gonna happen to you if you keep talking"],
  // Hazards and harassment typed in a hurry.
  ['safety', 'emergency exit blokked'],
  ['safety', 'gas leeking in the kitchen'],
  ['safety', 'bare wirez by the sink'],
  ['harassment', 'touchin on the new girls'],
];

const CALM = [
  'I nearly had a heart attack when I saw the new rota lol',
  'that invoice gave me a heart attack',
  'the market collapsed last year and sales are slow',
  'we stacked the collapsed boxes by the door',
  'the deal collapsed after the meeting',
  "I'm not breathing a word of this to management",
  'first aid refresher: what to do if someone is not breathing',
  'my manager had a fit about the numbers',
  "he's fitting the new shelves on line 2",
  'most of the day was spent on the floor fitting customers for shoes',
  'my dad had a heart attack last year so I need flexible hours',
  'the choking hazard poster is in the canteen',
  'gun safety training is on monday',
  'the glue gun in the craft room is broken',
  'nail gun is broken',
  'the staple gun is in the locker room',
  'the knife sharpening station needs a new stone',
  'bread knife in the canteen is blunt',
  'they had guns in the store',
  'the sun is beating down on the yard',
  'we are getting beaten by the competition',
  'he is beating his record in the warehouse',
  'they are jumping at the chance to do overtime',
  'the noose knot is taught in the rigging class',
  'you’re next on the rota for the forklift course',
  'something will happen to the schedule next week',
  'stay in this job long enough and eventually something will happen to you, ie you get bored',
  'it would be a shame if the party got cancelled',
  'watch yourself in the car park tonight, it is icy',
  'Very good company, but you need to watch your back',
  'D.C. restaurant apologizes after hosting dinner with "Sieg Heil salute"',
  'casi me da un infarto cuando vi el horario jaja',
  'la pistola de silicona está rota',
  "j'ai failli faire une crise cardiaque en voyant le planning mdr",
  "on s'est fait défoncer au rush de midi, la folie mais c'était cool",
  'ich hätte fast einen Herzinfarkt bekommen, als ich den Dienstplan sah',
  'die Heißklebepistole ist kaputt',
  'quase tive um infarto quando vi a escala kkkk',
  'đi dạo ở công viên sau ca làm',
  '加班让人窒息',
];

describe('urgency: medical emergencies, weapons at a place, violence now, hate symbols and veiled threats', {
  timeout: 120_000,
}, () => {
  it('Should keep the ramble the reports are buried in calm on its own', () => {
    expect(detectUrgency(FILLER.repeat(5)).urgent).toBe(false);
  });

  it.each(URGENT)('Should read as %s: %j', (category, text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining([category]) });
  });

  it.each(URGENT)('Should still read as %s when buried in a long calm ramble: %j', (category, text) => {
    expect(detectUrgency(buried(text))).toMatchObject({ urgent: true, categories: expect.arrayContaining([category]) });
  });

  it.each(CALM)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
