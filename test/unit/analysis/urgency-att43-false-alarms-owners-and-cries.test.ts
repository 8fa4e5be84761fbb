import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { withWordsRunApart } from '../../../shared/analysis/urgency/words-run-together';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

/*
 * att43 (u44c, 2026-12-07): danger words said of no danger reached a sponsor as urgent, discrimination that named a
 * forklift reached the owner of safety, a cry for help with only a place reached no one in some spellings and
 * languages, and French, Portuguese and Polish typed run together were not split. "Tuned" holds the attacker's texts
 * and those the rules were tuned on; "held back" was written before any change and never tuned on (other words, other
 * languages); "calm" must stay calm and "real" urgent.
 */

const TUNED_CALM = [
  'the printer is on fire (not literally), it jams every hour',
  'HR is firing on all cylinders this quarter',
  'in the CPR class the dummy was not breathing so we practised compressions',
  "j'ai eu un choc en voyant ma fiche de paie",
  'the new intern is firing on all cylinders',
  'a loja está pegando fogo hoje de tanto cliente',
  'a impressora está pegando fogo (não literalmente), trava toda hora',
  'la stampante va a fuoco (non letteralmente), si inceppa sempre',
  'me llevé un shock al ver mi nómina',
  'SOS brand soap pads in aisle 12',
];
const HELD_BACK_CALM = [
  'the kitchen was on fire tonight, not literally, we served 300 covers',
  'el almacén está en llamas (en sentido figurado), tenemos mil pedidos',
  'la chaîne est en feu, au sens figuré, on a battu le record',
  'o armazém está em chamas, no sentido figurado, recorde de pedidos',
  'il magazzino è in fiamme, in senso figurato, abbiamo tanti ordini',
  'magazyn płonie, w przenośni, mamy rekord zamówień',
  'our sales team is firing on all cylinders',
  'during first aid training the manikin had no pulse and we did CPR on it',
  'en el curso de primeros auxilios el maniquí no respiraba y practicamos la RCP',
  'pendant le cours de secourisme, le mannequin ne respirait plus, on a fait le massage cardiaque',
  'im Erste-Hilfe-Kurs atmete die Übungspuppe nicht, wir haben Herzdruckmassage geübt',
  'no curso de primeiros socorros o manequim não respirava e treinamos a massagem',
  'al corso di primo soccorso il manichino non respirava e abbiamo fatto il massaggio cardiaco',
  'na kursie pierwszej pomocy fantom nie oddychał i ćwiczyliśmy uciskanie',
  'what a shock when I opened my paycheck this week',
  'qué shock cuando vi el precio de la gasolina',
  "quel choc quand j'ai lu les nouvelles ce matin",
  'was für ein Schock, als ich den Preis der Kantine gesehen habe',
  'que choque quando vi o preço do almoço',
  'che shock quando ho visto il prezzo della mensa',
  'szok, kiedy zobaczyłam cenę obiadu w stołówce',
];
const CALM_LOOK_ALIKES = [
  'help desk 3 is closed',
  'the SOS button on the app works',
  'magazyn 3 jest zamknięty do poniedziałku',
  'the forklift training course was excellent',
  'desenvolvimento',
  'przedsiebiorstwo',
  'anticonstitutionnellement',
  'thanksforthepizzalastfriday',
];
const TUNED_CRIES = [
  'S.O.S. aisle 12',
  'S O S dock 4',
  'pomocy magazyn 3',
  'ratunku hala 2',
  'socorro bodega 5',
  'au secours quai 3',
];
const HELD_BACK_CRIES = [
  'S.O.S bay 7',
  's.o.s. freezer',
  'pomocy hala 5',
  'ratunku magazyn 2',
  'socorro almacén 3',
  'au secours entrepôt 2',
  'aiuto magazzino 4',
  'hilfe halle 3',
  'socorro armazém 2',
  'help help aisle 9',
];
const TUNED_RUN_TOGETHER = ['ilyadufeudanslentrepot', 'temfogonoarmazem', 'palisiewmagazynie'];
const HELD_BACK_RUN_TOGETHER = [
  'ilyadelafumeedanslebureau',
  'lentrepotestenfeu',
  'hafumaçanacozinha',
  'oarmazemestapegandofogo',
  'wmagazyniejestdym',
  'jestpozarwmagazynie',
];
const HELD_BACK_MIN = { calm: 21, cries: 10, runTogether: 4 };
const REAL = [
  'the printer is on fire and smoke is coming out',
  'the trainer collapsed and is not breathing',
  'I got an electric shock from the panel',
  'the printer is literally on fire',
  'hayunincendioenelalmacen',
  'during the CPR class the instructor collapsed and is not breathing',
  'the printer is on fire (not literally) but the server room is full of smoke',
  "j'ai pris un choc électrique sur la machine",
];

describe('danger words said of no danger stay calm (att43)', { timeout: 300_000 }, () => {
  it.each(TUNED_CALM)('tuned: %s', (text) => expect(detectUrgency(text).urgent).toBe(false));
  it.each(CALM_LOOK_ALIKES)('calm look-alike: %s', (text) => expect(detectUrgency(text).urgent).toBe(false));
  it.each(REAL)('still urgent: %s', (text) => expect(detectUrgency(text).urgent).toBe(true));
  it('held back: most stay calm', () => {
    const calm = HELD_BACK_CALM.filter((text) => !detectUrgency(text).urgent);
    console.log(
      `held back calm ${calm.length}/${HELD_BACK_CALM.length}`,
      HELD_BACK_CALM.filter((t) => !calm.includes(t)),
    );
    expect(calm.length).toBeGreaterThanOrEqual(HELD_BACK_MIN.calm);
  });
});

describe('a cry for help with only a place is urgent, in every spelling (att43)', { timeout: 300_000 }, () => {
  it.each(TUNED_CRIES)('tuned: %s', (text) => expect(detectUrgency(text).categories).toContain('safety'));
  it('held back', () => {
    const read = HELD_BACK_CRIES.filter((text) => detectUrgency(text).urgent);
    console.log(
      `held back cries ${read.length}/${HELD_BACK_CRIES.length}`,
      HELD_BACK_CRIES.filter((t) => !read.includes(t)),
    );
    expect(read.length).toBeGreaterThanOrEqual(HELD_BACK_MIN.cries);
  });
});

describe('French, Portuguese and Polish typed run together are split and read (att43)', { timeout: 300_000 }, () => {
  it.each(TUNED_RUN_TOGETHER)('tuned: %s', (text) => expect(detectUrgency(text).categories).toContain('safety'));
  it('an elided article keeps its apostrophe, and an ending its stem', () => {
    expect(withWordsRunApart('ilyadufeudanslentrepot')).toBe("il y a du feu dans l'entrepot");
    expect(withWordsRunApart('palisiewmagazynie')).toBe('pali sie w magazynie');
    expect(withWordsRunApart('hayunincendioenelalmacen')).toBe('hay un incendio en el almacen');
  });
  it('held back', () => {
    const read = HELD_BACK_RUN_TOGETHER.filter((text) => detectUrgency(text).urgent);
    console.log(
      `held back run together ${read.length}/${HELD_BACK_RUN_TOGETHER.length}`,
      HELD_BACK_RUN_TOGETHER.filter((t) => !read.includes(t)),
    );
    expect(read.length).toBeGreaterThanOrEqual(HELD_BACK_MIN.runTogether);
  });
});

/** The escalation the analyze stage raises for a report, with the real detector, and the sponsor it goes to. */
async function ownerOf(text: string, site = 'hq'): Promise<string> {
  const { escalated, queued } = await escalateUnread(exampleConfig, analysisMessage({ channel: 'sms', site, text }));
  expect(escalated).toBe(true);
  const escalation: EscalationMessage = queued[0]!;
  return routeToSponsor(exampleConfig, site, escalation.topics).id;
}

describe('discrimination that names gear goes to the owner of discrimination (att43)', { timeout: 300_000 }, () => {
  it.each([
    'no Mexicans on forklift, the supervisor said',
    'the manager says no women on the forklift',
    'el jefe dijo: nada de mujeres en el montacargas',
    'pas de noirs sur le chariot, a dit le chef',
    'o encarregado disse nada de haitianos na empilhadeira',
    'keine Polen am Stapler, sagt der Vorarbeiter',
    'il capo ha detto niente stranieri sul muletto',
    'kierownik powiedział: żadnych Ukraińców na wózku widłowym',
  ])('%s reaches the CHRO', async (text) => {
    expect(detectUrgency(text).categories).toContain('discrimination');
    expect(await ownerOf(text)).toBe('chro');
  });

  it.each(['the forklift has no brakes and nobody fixes it', 'a forklift ran over his foot'])(
    'a forklift hazard still reaches safety: %s',
    async (text) => {
      expect(await ownerOf(text)).toBe('coo');
      expect(await ownerOf(text, 'plant2')).toBe('plant2-gm');
    },
  );

  it.each([
    'there are no women on the night shift yet, HR said they are hiring',
    'no mexican food in the canteen, the cook said',
  ])('calm: %s', (text) => expect(detectUrgency(text).categories).not.toContain('discrimination'));
});
