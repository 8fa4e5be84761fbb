import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * What a fresh attack on round 32 found (ux32), each written as a class before it was fixed: ten or more wordings of
 * each, in English and at least one other language, urgent and calm, and the kind that picks the sponsor checked where
 * it matters (shared/analysis/urgency/reattack-round-32.ts, misspelled.ts).
 */
const urgent = (texts: string[]) =>
  it.each(texts)('Should escalate %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
const calm = (texts: string[]) =>
  it.each(texts)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
// Harassment and discrimination go to the same owner (HR's): a report read as both still reaches them. Any other
// kind beside the one expected could send it elsewhere.
const HR_KINDS = new Set(['harassment', 'discrimination']);
const kind = (texts: string[], categories: string[]) =>
  it.each(texts)(`Should read %j as ${categories.join(' and ')}`, (text) => {
    const read = detectUrgency(text);
    expect(read.urgent).toBe(true);
    expect(read.categories).toEqual(expect.arrayContaining(categories));
    const sameOwner = (c: string) => HR_KINDS.has(c) && categories.some((e) => HR_KINDS.has(e));
    expect(read.categories.filter((c) => !categories.includes(c) && !sameOwner(c))).toEqual([]);
  });

describe('a pregnancy or maternity leave held against someone (discrimination)', () => {
  kind(
    [
      'they stopped giving me shifts once I told them I was pregnant',
      'since i came back from maternity leave they moved me to nights as punishment',
      'they fired me after i told them about the baby',
      'my manager cut my hours the week after i told him i was pregnant',
      'she was let go right after she told the boss she was expecting',
      'they took me off the rota as soon as i told them i was pregnant',
      'since i got back from maternity leave they have cut my hours in half',
      'they demoted me after i came back from maternity leave',
    ],
    ['discrimination'],
  );
  urgent([
    'got sacked two weeks after i announced my pregnancy',
    'they replaced me when i went on maternity leave and now no shifts',
    'me despidieron cuando dije que estaba embarazada',
    'me quitaron los turnos desde que dije que estoy embarazada',
    'mi hanno licenziata dopo che ho detto che ero incinta',
    'fui demitida depois de contar que estava grávida',
    "depuis mon retour de congé maternité on m'a mise de nuit pour me punir",
  ]);
  calm([
    'they moved me to lighter duties once I told them I was pregnant, really supportive',
    'since i came back from maternity leave they gave me a phased return',
    'i told them i was pregnant and they threw me a little party',
    'after maternity leave i asked to move to nights myself for childcare',
    'they stopped giving me heavy lifting once I told them I was pregnant',
    'my sister got pregnant and they moved house',
    'she came back from maternity leave last week, welcome back Sarah!',
    'when does maternity pay stop? i go back in june',
    'depois da licença de maternidade voltei a tempo parcial como pedi',
  ]);
});

describe('being gay or trans held against someone (discrimination)', () => {
  kind(
    [
      'they said gay people make the customers uncomfortable so I cant work front desk',
      'manager said trans staff make the guests uneasy so im kept in the back',
      'my boss told me lesbians make clients uncomfortable and moved me off reception',
      'i cant work the tills because im gay according to the supervisor',
      'they fired me for being trans',
      'they took me off the front because im gay',
      'they wont let me serve customers since im trans',
      'supervisor says gay guys make the patients nervous',
    ],
    ['discrimination'],
  );
  urgent([
    'dicen que los gays incomodan a los clientes y no me dejan en recepción',
    'o chefe disse que gays deixam os clientes desconfortáveis e tirou-me do balcão',
  ]);
  calm([
    'the gay pride party made everyone happy',
    'we went to the gay bar after work, great night',
    'gay pride parade made the customers smile',
    'the cold makes the customers uncomfortable at the front desk',
    'i cant work front desk because im training on the tills this week',
    "he's gay and the customers love him",
    'the new uniforms make the customers uncomfortable lol',
    'our lgbt network made everyone feel welcome',
    'el bar gay de la esquina cerró',
    'o desfile do orgulho gay foi lindo',
  ]);
});

describe('age held against someone: a role given to someone younger, "past it" (discrimination)', () => {
  kind(
    [
      'she got the supervisor role coz shes younger, they said i was past it',
      'he got the promotion because he is younger, they told me i was too old',
      'they gave the team lead job to her because shes younger',
      'my manager said i was past it and gave my shifts to the new girl',
      'they told me im over the hill and moved me to the stockroom',
      "the job went to him because he's much younger",
      'il capo ha detto che sono troppo vecchia per questo lavoro e mi ha spostata',
      'mi hanno detto che sono troppo anziano per questo reparto',
    ],
    ['discrimination'],
  );
  urgent([
    'el jefe me dijo que soy demasiado vieja para este trabajo',
    "mon chef m'a dit que je suis trop vieille pour ce poste",
  ]);
  calm([
    'she got the job because shes qualified and younger staff like her',
    'i said i was past it after the 10k run haha',
    'they said i was too tired to drive so i took a taxi',
    'we drove past it twice before finding the depot',
    'he got the promotion because he worked hard',
    'mia figlia dice che sono troppo vecchia per le discoteche',
    'sono troppo vecchio per queste feste ahah',
    'she got the supervisor role, she is younger than me but really good',
  ]);
});

describe('a slur called at a person: harassment and discrimination both', () => {
  kind(
    [
      'supervisor keeps calling me a n***** when no one is around',
      'my boss called me a stupid n***** today',
      'the foreman calls him a paki in front of everyone',
      'my manager keeps calling me a f****t',
      'he called me a dirty wetback at the loading bay',
      'she calls him a chink every shift',
      'customer called me a n***** at the till',
      'my supervisor called me a retard in front of the team',
      'mon chef m appelle le bougnoule devant tout le monde',
      "le chef d'équipe me traite de sale bicot",
    ],
    ['harassment', 'discrimination'],
  );
  urgent(['mi jefe me llama sudaca delante de todos', 'il mio capo mi chiama negro davanti a tutti']);
  calm([
    'the word n***** was in the song lyrics',
    'f*** this rota',
    'the manager called me a legend today',
    'my supervisor called me a star',
    'he called me a bastard, whatever',
    'the book uses the word n***** a lot, we discussed it in class',
    "on appelle ça le bougnat, c'est un café",
    'mi jefe me llama campeón',
  ]);
});

describe("a person lifted or riding on a forklift's forks (safety)", () => {
  kind(
    [
      'they lifted jamie up on the forklift forks to reach the top shelf',
      'the supervisor had me stand on the forks to change a light',
      'they raised a guy on the forks of the forklift to fix the sign',
      'he rode on the forks across the warehouse',
      'lads keep riding the forks up to the mezzanine',
      'they put the new girl on a pallet on the forks to grab stock',
      'sam was standing on the forks while dave lifted him up',
      'lifted me up on the forklift forks without a cage',
    ],
    ['safety'],
  );
  urgent([
    'subieron a Juan en las uñas del montacargas para llegar arriba',
    'ils ont levé Julien sur les fourches du chariot élévateur',
    'o Zé foi levantado nos garfos da empilhadeira',
  ]);
  calm([
    'they lifted the pallet up on the forklift forks',
    'put the boxes on the forks and take them to bay 2',
    'never stand on the forks, its in the rules',
    'the forks on the forklift are bent, can someone check',
    'he lifted the crates using the forks',
    'the toolbox talk said no riding on the forks',
    'we stacked stock on a pallet on the forks',
    'the forks of the reach truck need greasing',
    'levantaron el palé con las uñas del montacargas',
    'on a levé la palette avec les fourches',
  ]);
});

describe('paying someone to be hired (fraud)', () => {
  kind(
    [
      'I had to pay the agency guy 200 quid to get this job',
      'recruiter asked me for money to get hired here',
      'i paid 300 euros to the foreman to get hired',
      'the agent charged us 500 dollars to get the job',
      'paid the supervisor £100 to get a start',
      'we all had to give the gangmaster cash to be taken on',
      'the foreman wants 50 quid from every new guy to get on the rota',
      'i gave him 200 to get this job',
    ],
    ['fraud'],
  );
  urgent([
    'el encargado me pidió dinero para contratarme',
    'le pagué 200 euros al encargado para que me contrataran',
    'paguei 300 euros ao encarregado para ser contratado',
    'o recrutador pediu-me dinheiro para me contratar',
  ]);
  calm([
    'I had to pay for my own safety boots to get this job',
    'paid 50 quid for the forklift course to get this job',
    'i paid for the train to get to this job interview',
    'we get paid 200 quid for this job',
    'the agency pays us every friday',
    'paid 30 pounds for my dbs check to get hired',
    'the recruiter asked me for my bank details to set up pay',
    'i paid the agency fee for the christmas party',
    'paguei o curso de empilhador para conseguir o emprego',
    'pagué el uniforme para el trabajo',
  ]);
});

describe('Portuguese blows told in the passive or with "deu-me uma bofetada" (threat)', () => {
  kind(
    [
      'fui esbofeteada pelo meu chefe de equipa',
      'o meu chefe de equipa deu-me uma bofetada',
      'fui agredido pelo encarregado no armazém',
      'o supervisor deu-me um murro',
      'levei um estalo do meu chefe',
      'o gerente me deu um tapa na frente de todos',
      'fui socado por um colega no vestiário',
      'a chefe deu-me dois estalos',
    ],
    ['threat'],
  );
  urgent(['fui empurrada pelo meu chefe', 'he slapped me in the face at the dock']);
  calm([
    'levei uma bofetada de luva branca',
    'fui esbofeteada pela realidade quando vi o salário',
    'o filme deu-me uma bofetada emocional',
    'deu-me um murro no estômago ver aquilo kkk',
    'a notícia foi uma bofetada',
    'o meu chefe deu-me uma boleia',
    'fui elogiada pelo meu chefe de equipa',
    'o chefe deu-me uma palmada nas costas, bom trabalho',
    'that news was a slap in the face',
  ]);
});

describe('danger words misspelled in a hurry (safety)', () => {
  kind(
    [
      'the forklfit brakes are brokn and they still make us drive it',
      'chemcial spil in bay 3 nobody cleaned it, people slipping',
      'the ladder is brokn and they make us use it',
      'the scafolding is brokn on level 2',
      'chemical spil by the sinks people keep slipping',
      'amonia leak in the plant room',
      'forklfit has no brakes and we have to drive it',
      'the railing is brokn on the mezzanine',
    ],
    ['safety'],
  );
  urgent(['la salida de emergensia esta bloqeada', 'ammonia spil in the cold store']);
  calm([
    'the printer is brokn again',
    'i spil my coffee lol',
    'the vending machine is brokn, lost a quid',
    'my phone screen is brokn',
    'the forklfit training is on monday',
    'the new amonia-free cleaner smells nice',
    'exit survey was too long, blokced my whole afternoon',
    'the kettle is brokn',
    'el cafe esta bloqeado? no, el cajon',
    'spil the tea',
  ]);
});

describe('pushed to study, punched in, a product free of a chemical, an exit survey: no danger', () => {
  urgent([
    'he punched me in the face',
    'he punched in the wall and then punched me',
    'Marta me empujó contra la estantería',
    'the exit is blocked by pallets',
    'the fire exit was blocked all afternoon',
    'he punched in the face a coworker',
    'ammonia leak in the plant room',
    'el encargado me empujó por las escaleras',
  ]);
  calm([
    'Marta del almacén me empujó a estudiar inglés, gracias!',
    'mi jefa me empujó a apuntarme al curso',
    'he punched in late again, forgot his card',
    'she punched out early to get the kids',
    'he punched in for me this morning',
    'i punched the clock at 9',
    'the new ammonia-free cleaner smells nice',
    'we use chlorine-free bleach now',
    'asbestos-free certificate came through for the office',
    'exit interview was scheduled for friday',
    'the exit survey blocked out my whole morning',
    'blocked my calendar for the training',
    "elle m'a poussé à étudier l'anglais",
  ]);
});
