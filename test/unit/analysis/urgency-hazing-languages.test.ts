import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Hazing in every language the rules read (initiation-rituals.ts; other-languages/uk.ts, ht.ts): a newcomer tied, shut
// in, stripped, shaved, beaten or made to drink as a ritual is harassment (docs/escalations.md), and safety too where
// the English rules read a body shut in or hurt. ra35's blind re-attack read 1 of 16 as harassment. The held-back
// wordings (helper fx35u, 2026-12-06) were written before the rules and run once after them.

const clock = { now: () => new Date('2026-12-06T06:00:00Z') };

describe('hazing: tuned', () => {
  it.each([
    'new guys get duct taped to a pallet and left in the freezer as "initiation"',
    'on my first week they made me drink until I threw up or I wouldnt be one of the crew',
    'the apprentices get stripped and hosed down on their first day, its tradition they say',
    'rookie ritual here is getting paddled by the whole shift',
    'a los nuevos los encierran en la cámara fría como novatada',
    "bizutage: on a forcé le nouveau à se déshabiller devant toute l'équipe",
    'nonnismo in reparto: i nuovi vengono legati e picchiati il primo giorno',
    'Aufnahmeritual: die Neuen werden gefesselt und mit Wasser übergossen',
    'fala: nowi są zamykani w chłodni i bici pasem przez starszych',
    'дідівщина: новеньких змушують пити і б’ють',
    'yo fè nouvo yo bwè jiskaske yo vomi kòm inisyasyon',
    'they call it "welcome to the crew" - held my head in the toilet my first day',
    'first week here the older lads tied me to a chair, shaved my eyebrows and filmed it, said everyone goes through it',
    'la novatada aquí es rapar a los nuevos y tirarlos a la basura',
    'sa unang linggo ko pinalo ako ng mga senior bilang initiation',
  ])('is harassment: %s', (text) => {
    expect(detectUrgency(text, clock).categories).toContain('harassment');
  });
});

describe('hazing: held-back', () => {
  it.each([
    'the lads wrapped the new apprentice in cling film and hung him off the racking for a laugh, apparently its a rite of passage',
    'my 1st day they pinned me down n sharpied my face, called it initiation',
    'trainees get thrown in the skip on their last day before they\'re "one of us"',
    'newbies have to eat a raw chilli and a spoon of mustard powder or they get the belt',
    'a los nuevos les hacen beber hasta vomitar, dicen que es tradición',
    'aqui a los novatos los amarran a una silla y les rapan la cabeza',
    "les nouveaux sont attachés et enfermés dans la chambre froide, c'est la tradition",
    "ai nuovi arrivati fanno bere l'alcol fino a vomitare come rito d'iniziazione",
    'os novatos são amarrados e jogados no lixo, chamam de trote',
    'die Neuen müssen sich vor allen ausziehen, das ist hier Tradition',
    'nowych przywiązują do krzesła i golą im głowy na powitanie',
    'ang mga bagong empleyado ay pinapainom hanggang sumuka bilang initiation',
  ])('is harassment: %s', (text) => {
    expect(detectUrgency(text, clock).categories).toContain('harassment');
  });
});

describe('hazing: calm look-alikes (a welcome, a quiz, a tour, a rule against it)', () => {
  it.each([
    'the new starter induction was fun, we did a quiz',
    'la novatada fue divertida, nos hicieron cantar una canción',
    'welcome breakfast for the new hires on monday',
    'le bizutage est interdit dans notre règlement intérieur',
    'initiation day for the new hires: pizza and a tour of the plant',
    'rite of passage here is your first solo shift on the till',
    'les nouveaux ont eu une formation sécurité et un café de bienvenue',
    'la tradición es que los nuevos traigan churros el primer viernes',
    'die Neuen bekommen am ersten Tag eine Führung durch die Halle',
    'the new guy got tied up in traffic on his first day lol',
  ])('is not urgent: %s', (text) => {
    expect(detectUrgency(text, clock).urgent).toBe(false);
  });
});
