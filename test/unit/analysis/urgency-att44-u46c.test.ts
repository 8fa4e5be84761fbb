import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * Threats told by notes and posts, pay-to-work kickbacks and records signed for the absent, a people called "boy" or
 * "animals", and recipes, matches watched and films seen told with danger words (att44 M5, M6, F2; u46c;
 * docs/escalations.md). Each pair is the kind the report must be read as, then the text. TUNED are the attack's
 * examples, tuned on. HELD_BACK were written in three rounds, in other words and languages, never tuned on before they
 * were counted (docs/escalations.md gives each round's count); its count is asserted. CALM must stay calm, and
 * KITCHENS_AND_MATCHES_THAT_ARE_REAL must stay urgent: a real danger in a kitchen or at a match at work.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Kind = 'threat' | 'fraud' | 'safety' | 'harassment' | 'discrimination' | 'calm';
// Of the held-back reports, how many are read as their kind (three misses are named in docs/escalations.md).
const HELD_BACK_READ = 65;

const TUNED: [Kind, string][] = [
  ['threat', 'found a note on my windshield "we know where your kids go to school"'],
  ['threat', 'coworker said "one day im gonna bring something and end all of yall" and laughed but nobody laughed'],
  ['threat', 'hes posting rifles on instagram with captions about work'],
  ['threat', 'note in my locker: ur dead'],
  ['threat', 'someone left a note in my locker that says ur dead'],
  ['threat', 'watch your back bitch, thats what he wrote on my locker'],
  ['threat', 'someone saw a rifle in the back of his truck and he said "just in case they fire me"'],
  ['fraud', 'my sup takes $200 from every new hire to put them on the schedule'],
  ['fraud', 'you have to pay the lead 50 bucks to get overtime'],
  ['fraud', 'the foreman charges us $20 a week to keep our spot on the crew'],
  ['fraud', 'they told me to sign the training log for 8 people who never took the course'],
  ['fraud', 'công ty bắt ký bảng lương cao hơn số tiền thực nhận'],
  ['fraud', 'el capataz nos cobra 20 a la semana para no perder el puesto'],
  ['calm', "recette: faire brûler le sucre jusqu'à ce qu'il fume, puis ajouter la crème"],
  ['calm', 'rezept: zucker anbrennen lassen bis er raucht, dann sahne dazu'],
  ['calm', 'recipe: sunugin ng konti ang asukal hanggang umusok tapos ilagay ang gatas'],
  ['calm', 'the ufc fight last night was brutal, guy got choked out unconscious'],
  ['calm', 'o jogo ontem foi um massacre, o goleiro desmaiou com a bolada kkk'],
  ['calm', '昨晚看的电影里有人被困在电梯里，吓死我了'],
  ['safety', "the sugar pot caught fire and burned Ana's arm"],
  ['discrimination', 'the supervisor calls all the black guys "boy" and gives them the worst jobs'],
  ['discrimination', 'the manager keeps calling los mexicanos "animals"'],
];

const HELD_BACK: [Kind, string][] = [
  ['threat', 'someone taped a note to my car that said we know where you live'],
  ['threat', "there was a sticky note on my monitor saying you're next"],
  ['threat', 'he wrote "your days are numbered" on the whiteboard next to my name'],
  ['threat', 'he posted a picture of his gun on facebook with the caption "see you monday management"'],
  ['threat', "my coworker said one day he'll come in and shoot the place up, nobody thought it was funny"],
  ['threat', "he keeps a shotgun in his truck and said it's for the day they let him go"],
  ['threat', 'me dejaron una nota en el casillero que dice "estás muerto"'],
  ['threat', 'deixaram um bilhete no meu armário escrito "vais morrer"'],
  ['threat', 'jemand hat mir einen Zettel an die Windschutzscheibe geklebt: wir wissen wo deine Kinder wohnen'],
  ['threat', "ho trovato un biglietto nell'armadietto: sei morto"],
  ['threat', 'ktoś zostawił mi kartkę na szafce: już nie żyjesz'],
  ['fraud', 'the shift lead makes each of us pay him 40 dollars a month or we get no hours'],
  ['fraud', "our manager collects $100 from new guys before he'll put them on the rota"],
  ['fraud', 'you gotta give the supervisor a cut of your tips to get the good shifts'],
  ['fraud', "they made me sign the safety training sheet for guys who weren't even there"],
  ['fraud', 'hr had me sign attendance forms for workers who never came to the class'],
  ['fraud', 'el supervisor nos cobra 100 pesos por darnos horas extra'],
  ['fraud', "le chef d'équipe nous fait payer 20 euros par semaine pour garder notre place"],
  ['fraud', 'o encarregado cobra 50 reais de cada novato para colocar na escala'],
  ['fraud', 'der Vorarbeiter verlangt 20 Euro pro Woche, damit wir im Team bleiben'],
  ['fraud', 'il caporeparto si fa pagare 50 euro per darci gli straordinari'],
  ['fraud', 'brygadzista bierze od nas 100 zł za to żeby dać nam nadgodziny'],
  ['fraud', 'quản lý bắt chúng tôi ký giấy nhận lương nhiều hơn số tiền thật'],
  ['calm', 'receta: quemar un poco el azúcar hasta que eche humo y luego añadir la leche'],
  ['calm', 'ricetta: far bruciare lo zucchero finché fuma, poi aggiungere la panna'],
  ['calm', 'receita: deixa o açúcar queimar até soltar fumaça e depois põe o leite'],
  ['calm', 'przepis: przypal cukier aż zacznie dymić, potem dodaj śmietanę'],
  ['calm', 'caramel tip: let the sugar burn until it smokes a little then add butter'],
  ['calm', 'the boxing match on saturday was crazy, he got knocked out cold in the second round'],
  ['calm', 'el partido de ayer fue una masacre, el portero quedó inconsciente después del golpe jaja'],
  ['calm', "le match d'hier, le gardien s'est évanoui après un ballon en pleine tête mdr"],
  ['calm', 'gestern beim Boxkampf im Fernsehen ging einer k.o. und war bewusstlos'],
  ['calm', '昨天看的电影里有人被困在火场里，太吓人了'],
  ['calm', 'watched a movie last night where a guy gets trapped in an elevator, so scary'],
  ['calm', 'nel film di ieri sera un uomo resta bloccato in ascensore, che paura'],
  ['discrimination', 'the foreman calls the filipino workers "monkeys" and puts them on the dirty jobs'],
  ['discrimination', 'el jefe les dice "boy" a todos los negros y les da lo peor'],
  ['threat', 'there\'s graffiti on the bathroom wall with my name and "you\'re dead"'],
  ['threat', 'somebody keyed my car and scratched "snitch ur next" on the door'],
  ['threat', 'he put a post on tiktok showing his ak with the caption "monday at the plant is gonna be fun"'],
  ['threat', 'i found a letter in my mailbox at work: we know where your daughter goes to school'],
  ['threat', 'alguien escribió en mi casillero "te vamos a matar"'],
  ['threat', 'quelqu\'un a écrit "t\'es mort" sur mon casier'],
  ['fraud', 'the crew chief pockets $50 from each of us every payday so we keep our hours'],
  ['fraud', 'if you want weekend shifts you gotta slip the scheduler 30 bucks'],
  ['fraud', 'my manager had me sign off on the forklift certification for three guys who never did the test'],
  ['fraud', "they made us fill out the training records for new hires who weren't even hired yet"],
  ['fraud', 'el capataz se queda con 200 pesos de cada uno para darnos turno'],
  ['fraud', 'o chefe cobra 100 reais por mês de cada um para manter a vaga'],
  ['calm', 'recipe: let the onions burn a little until they smoke, then add the garlic'],
  ['calm', 'receta de caramelo: dejar que el azúcar se queme y eche humo, después añade la nata'],
  ['calm', 'did you watch the mma card last night? the guy got knocked out cold in round one lol'],
  ['calm', 'el boxeo de anoche fue brutal, lo dejaron inconsciente en el primer round'],
  ['calm', 'na luta de ontem o cara apagou no primeiro round kkkk'],
  ['calm', 'ieri sera ho visto un film dove una donna resta chiusa in una cella frigorifera, che paura'],
  ['calm', '我昨天看了一部电影，主角被困在火里，好可怕'],
  ['threat', "someone slid a note under my door at the dorm: snitches end up in the river, you're next"],
  ['threat', 'he spray painted "watch ur back" on my truck in the employee lot'],
  ['threat', 'he keeps showing off his pistol on snapchat and tagging the warehouse managers'],
  ['threat', "he said he's bringing something in friday to take out the whole office"],
  ['fraud', 'the night supervisor charges every temp 25 dollars a shift to keep them on the roster'],
  ['fraud', 'new guys have to hand the foreman $300 cash to get put on full time'],
  ['fraud', "i was told to fill in the fire drill attendance sheet for people who weren't at work that day"],
  ['calm', "grandma's recipe: burn the sugar till it smokes and pour it over the flan"],
  ['calm', 'anoche vi la pelea de box, el mexicano noqueó al otro y quedó inconsciente jaja'],
  ['calm', 'we were watching the derby at the pub, their keeper got knocked out cold lol'],
  ['calm', "la série d'hier soir, une femme reste coincée dans un ascenseur, j'ai eu trop peur"],
  ['calm', 'the manager takes $10 from everyone for the retirement gift'],
];

const CALM: [Kind, string][] = [
  ['calm', 'found a note on my windshield from my wife saying she loves me'],
  ['calm', 'someone left a note in my locker saying happy birthday'],
  ['calm', 'he posts pictures of his fishing trips on instagram'],
  ['calm', 'the lead gets paid 50 bucks more to do overtime'],
  ['calm', 'we pay $20 a week for the parking spot'],
  ['calm', 'i signed the training log after the course'],
  ['calm', 'the foreman charges the forklift batteries every night'],
  ['calm', 'recipe: brown the butter then add sugar and cream'],
  ['calm', 'the ufc fight last night was great'],
  ['calm', 'we watched a movie about an elevator'],
  ['calm', 'he wrote the schedule on the whiteboard next to my name'],
  ['calm', 'my sup takes the new hires to lunch on their first day'],
  ['calm', 'you have to ask the lead to get overtime'],
  ['calm', 'i posted pictures of the team bbq on instagram'],
  ['calm', 'the supervisor calls everyone "buddy"'],
  ['calm', 'o jogo ontem foi ótimo, ganhamos 3 a 0'],
  ['calm', 'left a note on the fridge: watch your back when lifting the boxes'],
  ['calm', 'the poster in the break room says watch your back, lift with your knees'],
  ['calm', "i wrote on the whiteboard: you're next on the rota"],
  ['calm', 'note on my locker: ur next for the drug test'],
  ['calm', 'he posts pictures of his hunting rifles and talks about deer season'],
  ['calm', "he posted a video of his nail gun saying it's the best tool for work"],
  ['calm', "bring something to share and we'll finish all of it"],
  ['calm', 'the manager takes $5 from everyone for the coffee fund'],
  ['calm', 'my boss gave me $50 to get the team lunch'],
  ['calm', 'the lead gets 50 bucks extra to work overtime'],
  ['calm', 'the agency charges a fee to find you shifts'],
  ['calm', 'i had to sign the attendance sheet for everyone who came'],
  ['calm', "sign the log for the drivers who didn't finish their route"],
  ['calm', 'the supervisor calls the black guys over for lunch'],
  ['calm', 'he calls the new guys "boys" lol'],
  ['calm', 'the sous chef showed us how to burn the sugar for the creme brulee'],
  ['calm', 'we watched the world cup final at lunch, crazy game'],
  ['calm', 'that movie last night about the mine collapse was intense'],
  ['calm', 'the ufc fight last night was epic'],
  ['calm', 'my manager wants $20 from everyone for the christmas party to get a good venue'],
];

const KITCHENS_AND_MATCHES_THAT_ARE_REAL: [Kind, string][] = [
  ['safety', "the sugar pot caught fire and burned Ana's arm"],
  ['safety', 'la sartén se prendió fuego y Ana se quemó la mano'],
  ['safety', 'the fryer is smoking and the kitchen is full of smoke'],
  ['safety', 'during the football match at lunch a coworker collapsed and is unconscious, call an ambulance'],
  ['safety', 'la olla de caramelo se incendió y hay humo en toda la cocina'],
  ['safety', 'recipe for disaster: the exit is blocked and the fryer is smoking'],
  ['safety', 'mi receta salió mal: se me quemó la mano con el caramelo, ayuda'],
  ['safety', "last night's match at the warehouse league, pedro got knocked out and we called an ambulance"],
  ['safety', 'during the boxing class at work a coworker got knocked out and is still unconscious'],
  ['safety', 'the fight last night in the parking lot was brutal, guy got knocked out unconscious'],
  // A grope, a slur or a threat told beside a match is still read.
  ['harassment', 'at the company football game the manager grabbed my ass lol'],
  ['discrimination', 'watched the hockey game with the crew last night, they kept calling Sam a faggot the whole time'],
  ['threat', "after the ufc fight last night he texted me he'll stab me at work monday"],
];

// Whether the report reaches a sponsor as urgent with its kind: a people run down reaches the owner of discrimination.
const reachesItsOwner = (kind: Kind, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (kind === 'calm') return !urgent;
  if (!urgent || !categories.includes(kind)) return false;
  const topics = topicsForUrgency(config.topics, categories, []);
  // A threat goes to whoever owns safety; fraud has no topic of its own in the example config, and its sponsor is
  // the urgent default.
  if (kind === 'threat') return topics.includes('safety');
  return kind === 'fraud' || topics.includes(kind);
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', 'recette', 'công ty', '电影']) detectUrgency(text);
}, 180_000);

describe('threats by notes, kickbacks for shifts and pastimes told with danger words (att44, u46c)', () => {
  it.each(TUNED)('Should read as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([kind, text]) => reachesItsOwner(kind, text)).length;
    expect(read).toBeGreaterThanOrEqual(HELD_BACK_READ);
  });

  it.each(CALM)('Should keep %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it.each(KITCHENS_AND_MATCHES_THAT_ARE_REAL)('Should still page as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should keep the threat of a gun kept "just in case they fire me", not read it as a threat to the job alone', () => {
    const { categories } = detectUrgency(
      'someone saw a rifle in the back of his truck and he said "just in case they fire me"',
    );
    expect(categories).toContain('threat');
    expect(topicsForUrgency(config.topics, categories, [])).toContain('safety');
  });
});
