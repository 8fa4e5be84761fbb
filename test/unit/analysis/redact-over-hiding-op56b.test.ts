import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op56b (2026-12-08 night), from the blind operator attack op54 (over-hiding, O1 to O4): words that are no one's name
 * were stored as [NAME] or [ID], and the sponsor read "mi jefe [NAME] firmar el permiso", "Der Chef [NAME]", "buntis
 * ako at [NAME] pa rin ako", "my locker, the [ID] with the red sticker". What a user now gets: a modal or auxiliary
 * verb after an owned role in es fr it pt, a German word after a role, a Tagalog verb after "ako at" and "the one"
 * are stored as written; a name after a role is still hidden.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
beforeAll(() => previewRedaction('mi jefe debe firmar el permiso'), 120_000);

// Tuned on: op54's wordings.
const TUNED: RedactionCase[] = [
  ['mi jefe debe firmar el permiso', [], ['jefe debe firmar'], null],
  ['mi madre debe ir al médico el martes', [], ['madre debe ir'], null],
  ['mi jefe debería pagar las horas extra', [], ['jefe debería pagar'], null],
  ['ma femme doit travailler le dimanche', [], ['femme doit travailler'], null],
  ['mon chef devrait payer les heures sup', [], ['chef devrait payer'], null],
  ['la mia compagna deve partorire a giugno', [], ['compagna deve partorire'], null],
  ['il mio capo dovrebbe pagare gli straordinari', [], ['capo dovrebbe pagare'], null],
  ['minha esposa deve trabalhar no domingo', [], ['esposa deve trabalhar'], null],
  ['Der Chef weiß Bescheid', [], ['Chef weiß Bescheid'], null],
  ['der Chef weiß Bescheid und macht nichts', [], ['Chef weiß Bescheid'], null],
  ['Der Chef weiß alles', [], ['Chef weiß alles'], null],
  ['Die Chefin weiß Bescheid', [], ['Chefin weiß Bescheid'], null],
  ['pagod na ako at pinapauwi nila ako', [], ['at pinapauwi nila'], null],
  ['may sakit ako at pinapapasok pa rin ako', [], ['at pinapapasok pa'], null],
  ['someone broke into my locker, the one with the red sticker', [], ['the one with'], null],
];

// Held back: written before any change, never tuned on; other verbs, tenses, roles and wordings.
const HELD_BACK: RedactionCase[] = [
  ['mi supervisora tendría que pagarnos el domingo', [], ['supervisora tendría que'], null],
  ['mi encargado podrá firmar mañana', [], ['encargado podrá firmar'], null],
  ['mi jefa habría aprobado las vacaciones', [], ['jefa habría aprobado'], null],
  ['mi hermano debia trabajar el sabado', [], ['hermano debia trabajar'], null],
  ['mon patron pourra signer lundi', [], ['patron pourra signer'], null],
  ['ma sœur devait venir me chercher', [], ['sœur devait venir'], null],
  ['mon responsable voudrait nous faire travailler la nuit', [], ['responsable voudrait nous'], null],
  ['la mia responsabile potrà firmare lunedì', [], ['responsabile potrà firmare'], null],
  ['mio fratello doveva lavorare sabato', [], ['fratello doveva lavorare'], null],
  ['il mio capo avrebbe dovuto pagare', [], ['capo avrebbe dovuto'], null],
  ['minha supervisora poderá assinar na segunda', [], ['supervisora poderá assinar'], null],
  ['meu gerente teria que pagar as horas', [], ['gerente teria que'], null],
  ['meu chefe recusa pagar as horas extras', [], ['chefe recusa pagar'], null],
  ['Unser Meister weiß Bescheid seit Montag', [], ['Meister weiß Bescheid'], null],
  ['Die Schichtleiterin weiß alles darüber', [], ['Schichtleiterin weiß alles'], null],
  ['may lagnat ako at pinagtrabaho pa rin ako', [], ['at pinagtrabaho pa'], null],
  ['I reported it because my locker was opened, the one near the showers', [], ['the one near'], null],
];

// Calm look-alikes: a name after a role, a name seen doing something, a name joined to the writer stay hidden.
const NAMES_STILL_HIDDEN: RedactionCase[] = [
  ['mi jefe Andrés firmó el permiso', ['Andrés'], ['jefe'], null],
  ['mon chef Julien doit signer le papier', ['Julien'], ['doit signer'], null],
  ['il mio capo Marco deve firmare', ['Marco'], ['deve firmare'], null],
  ['meu chefe João deve assinar', ['João'], ['deve assinar'], null],
  ['vi a mi jefa Paula firmar el permiso', ['Paula'], ['firmar'], null],
  ['Der Chef Müller weiß Bescheid', ['Müller'], ['Chef'], null],
  ['ako at si Bong ang naiwan sa bodega', ['Bong'], ['naiwan'], null],
  ['my locker is number 14, someone opened it', ['14'], ['locker'], null],
];

const failures = async (cases: RedactionCase[]) => (await Promise.all(cases.map(holds))).flat();

describe('words that are no name stay readable after a role (op54 O1–O4)', () => {
  it('stores the tuned wordings as written', async () => {
    expect(await failures(TUNED)).toEqual([]);
  });
  it('stores the held-back wordings as written', async () => {
    expect(await failures(HELD_BACK)).toEqual([]);
  });
  it('still hides a name after a role, seen doing something or beside the writer', async () => {
    expect(await failures(NAMES_STILL_HIDDEN)).toEqual([]);
  });
});

/*
 * op54 class 8: a surname no list holds, written small after a role and the given name hidden after it, was stored
 * ("report it to the manager, [NAME] ashworth"). Now hidden; what the sentence goes on with stays.
 */
const SURNAMES_TUNED: RedactionCase[] = [
  ['I complained to the manager, dave whitfield.', ['whitfield'], ['manager'], null],
  ['cc: manager tom thornbury', ['thornbury'], ['manager'], null],
  ['report it to the manager, paul ashworth', ['ashworth'], ['manager'], null],
  ['the harasser is our supervisor gary oakley', ['oakley'], ['supervisor'], null],
  ['hablé con el supervisor juan castañeda y nada', ['castañeda'], ['y nada'], null],
  ['я сказав бригадиру, івану шевчуку', ['шевчуку'], ['бригадиру'], null],
];
const SURNAMES_HELD_BACK: RedactionCase[] = [
  ['I told my supervisor, karen pemberton, twice', ['pemberton'], ['twice'], null],
  ['la supervisora maría quintanilla no nos deja ir', ['quintanilla'], ['no nos deja'], null],
  ['falei com o encarregado joão figueiredo ontem', ['figueiredo'], ['ontem'], null],
  ['the foreman jake huddleston yells at us', ['huddleston'], ['yells at us'], null],
];
const SURNAMES_CALM: RedactionCase[] = [
  ['the manager, dave said no', ['dave'], ['said no'], null],
  ['my supervisor karen tbh is fine', ['karen'], ['tbh is fine'], null],
  ['el supervisor juan dijo que no', ['juan'], ['dijo que no'], null],
  ['my manager john yesterday said no', ['john'], ['yesterday said no'], null],
  ['the supervisor sarah always helps', ['sarah'], ['always helps'], null],
  ['я сказав бригадиру, івану що треба', ['івану'], ['що треба'], null],
  ['my boss mike lol', ['mike'], ['lol'], null],
  ['mi jefe andrés gritaba todo el día', ['andrés'], ['gritaba'], null],
  ['la supervisora ana trabaja los domingos', [], ['trabaja los domingos'], null],
  ['il mio capo marco urla sempre', ['marco'], ['urla sempre'], null],
];

describe('a surname no list holds after a role and a hidden given name (op54 class 8)', () => {
  it('hides the tuned wordings', async () => {
    expect(await failures(SURNAMES_TUNED)).toEqual([]);
  });
  it('hides the held-back wordings', async () => {
    expect(await failures(SURNAMES_HELD_BACK)).toEqual([]);
  });
  it('keeps what the sentence goes on with', async () => {
    expect(await failures(SURNAMES_CALM)).toEqual([]);
  });
});

/*
 * op54 class 9: a surname written small after an Italian, Polish or Ukrainian title was stored ("il dottor galli",
 * "pan inżynier kowalczyk", "пан директор коваленко"). Now hidden; the title alone and what follows it stay.
 */
const TITLED_TUNED: RedactionCase[] = [
  ['la dottoressa ferri ci urla', ['ferri'], ['ci urla'], null],
  ['il dottor galli del personale', ['galli'], ['del personale'], null],
  ["l'ingegner colombo ci tratta male", ['colombo'], ['ci tratta male'], null],
  ['il ragionier marini ha perso i miei documenti', ['marini'], ['ha perso'], null],
  ['pan inżynier kowalczyk z utrzymania ruchu krzyczy', ['kowalczyk'], ['krzyczy'], null],
  ['пан директор коваленко кричить на нас', ['коваленко'], ['кричить'], null],
];
const TITLED_HELD_BACK: RedactionCase[] = [
  ['il dottor bianchi non risponde', ['bianchi'], ['non risponde'], null],
  ['la professoressa lombardi ci urla', ['lombardi'], ['ci urla'], null],
  ["l'avvocato rinaldi ha detto", ['rinaldi'], ['ha detto'], null],
  ['pani kierowniczka nowakowska krzyczy', ['nowakowska'], ['krzyczy'], null],
  ['пані бригадир шевчук кричить', ['шевчук'], ['кричить'], null],
  ['il dott. galli non risponde', ['galli'], ['non risponde'], null],
];
const TITLED_CALM: RedactionCase[] = [
  ['il dottor mi ha detto di riposare', [], ['dottor mi ha detto'], null],
  ['la dottoressa del reparto è brava', [], ['dottoressa del reparto'], null],
  ['la dottoressa nuova è brava', [], ['dottoressa nuova'], null],
  ["l'ingegner non c'è", [], ['ingegner non'], null],
  ['pan kierownik nie przyszedł', [], ['kierownik nie przyszedł'], null],
  ['пан директор сказав що все добре', [], ['директор сказав'], null],
  ['la dottoressa ha detto di no', [], ['dottoressa ha detto'], null],
  ['the professor said we should leave', [], ['professor said'], null],
];

describe('a surname written small after an Italian, Polish or Ukrainian title (op54 class 9)', () => {
  it('hides the tuned wordings', async () => {
    expect(await failures(TITLED_TUNED)).toEqual([]);
  });
  it('hides the held-back wordings', async () => {
    expect(await failures(TITLED_HELD_BACK)).toEqual([]);
  });
  it('keeps the title and what follows it', async () => {
    expect(await failures(TITLED_CALM)).toEqual([]);
  });
});
