import { describe, expect, it } from 'vitest';
import { selfDescriptions } from '../../../shared/analysis/self-descriptions';

/*
 * Words that single one person out (blind round 18): kept by redaction, named by the check before sending. Each
 * language with wordings of our own; things, times and choices that are "the only" one name no person.
 */
describe('self-descriptions that may point to the writer', () => {
  it.each([
    [
      "I'm the only left-handed welder on the night crew and the tools are all right-handed",
      'the only left-handed welder on the night crew',
    ],
    ['I am the only woman in the maintenance team on the Derby site', 'the only woman in the maintenance team'],
    [
      'as the only Sikh forklift driver at the Leeds depot I get comments',
      'the only Sikh forklift driver at the Leeds depot',
    ],
    ['being the one wheelchair user in accounts, I cannot reach the printer', 'the one wheelchair user in accounts'],
    ['I am the sole female electrician here', 'the sole female electrician'],
    ['the only deaf person in the warehouse gets no alarm light', 'the only deaf person in the warehouse'],
    ['since I am the only black woman in HR', 'the only black woman in HR'],
    [
      "je suis le seul magasinier sourd de l'entrepôt de Roissy, vous me reconnaîtrez",
      "le seul magasinier sourd de l'entrepôt de Roissy",
    ],
    ['je suis la seule femme cariste du site', 'la seule femme cariste du site'],
    ['soy la única soldadora zurda del turno de noche y', 'la única soldadora zurda del turno de noche'],
    ['como el único conductor musulmán de la empresa', 'el único conductor musulmán de la empresa'],
    ['ich bin die einzige Staplerfahrerin in der Nachtschicht', 'die einzige Staplerfahrerin in der Nachtschicht'],
    ['sou a única mulher negra no armazém', 'a única mulher negra no armazém'],
    ["sono l'unica donna saldatrice del turno", "l'unica donna saldatrice del turno"],
  ])('Should name the phrase in "%s"', (text, phrase) => {
    expect(selfDescriptions(text)).toEqual([phrase]);
  });

  it.each([
    'the only microwave on the second floor is broken',
    'the one thing nobody fixes is the heating',
    'the only option is to quit',
    'the only person who cares is the cleaner',
    'the only time the manager listens is at the audit',
    'el único problema es el horario',
    'la seule chose qui compte, c’est le chiffre',
    'die einzige Lösung ist kündigen',
    'the only one on time today',
  ])('Should name nothing in "%s"', (text) => {
    expect(selfDescriptions(text)).toEqual([]);
  });
});
