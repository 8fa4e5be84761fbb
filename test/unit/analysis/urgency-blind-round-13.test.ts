import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-blind-round-13.json';

/*
 * What a blind tester found in round 13 (README only), fixed by kind, with rows of the same kinds written fresh in the
 * main languages (urgency-blind-round-13.json): a threat of an attack to come ("he's coming down to our office
 * tomorrow to shoot whoever cancelled his account", "viene a matar", "kommt morgen und erschießt alle"); a duration
 * between the words of a report ("antwortet seit 20 Minuten nicht mehr", "hasn't answered for 20 minutes"); residents
 * tied to their beds by staff ("Bewohner werden nachts ans Bett gefesselt", "attachés au lit"). And false alarms: an
 * accident placed years ago with nothing said of the hazard remaining ("Two years ago a guy lost a finger on press
 * 4."), a thing that "is going to kill me" ("ce nouveau planning va me tuer 😅").
 */
describeUrgencyRound('urgency blind round 13', rows);

describe('urgency blind round 13: the past stays past only while nothing says the hazard remains', () => {
  it.each([
    'two years ago a guy lost a finger on press 4 and the guard is still missing',
    'last year someone fell off the loading dock and today it happened again',
    'yesterday a guy lost a finger on press 4',
    'Hace dos años un compañero perdió un dedo en la prensa y la protección sigue rota',
    'Il y a deux ans un collègue a perdu un doigt sur la presse 4 et rien n’a changé',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it('Should still read a threat made a year ago that stands', () => {
    expect(
      detectUrgency('a year ago he threatened to shoot us and he is still posting that he will').categories,
    ).toContain('threat');
  });
});

describe('urgency blind round 13: the category the sponsor is routed by', () => {
  it('Should tag "my ex says he will kill me" in Portuguese as a threat, not self-harm', () => {
    expect(
      detectUrgency('meu ex tá lá fora na portaria dizendo q vai me matar quando eu sair, ele tem medida protetiva'),
    ).toEqual({ urgent: true, categories: ['threat'] });
    expect(detectUrgency('mon ex a dit qu’il va me tuer').categories).toEqual(['threat']);
  });

  it('Should still tag the writer’s own "vou me matar" and "je veux me tuer" as self-harm', () => {
    expect(detectUrgency('não aguento mais, vou me matar').categories).toContain('self-harm');
    expect(detectUrgency('je veux me tuer').categories).toContain('self-harm');
  });

  it('Should tag a hand caught in a press with a colleague screaming as safety, not harassment', () => {
    expect(detectUrgency('o meu colega ficou com a mão presa na prensa, está a gritar, liguem já para o 112')).toEqual({
      urgent: true,
      categories: ['safety'],
    });
    expect(detectUrgency('o chefe está sempre a gritar com ela na frente de todos').categories).toContain('harassment');
  });

  it('Should tag a crane driver who has been drinking as safety, not a threat', () => {
    expect(
      detectUrgency(
        'Baustelle Ost: der Kranführer hat heute früh getrunken, ich hab die Flasche gesehen, er hebt gerade Stahlträger über die Leute',
      ),
    ).toEqual({ urgent: true, categories: ['safety'] });
  });
});
