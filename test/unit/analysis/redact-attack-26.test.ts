import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 26 (promise 2): what an outside attacker read a person from, each as a class across the languages it
 * takes, beside look-alikes that must stay as written. Every "hidden" row fails on the code before this round.
 */

// [what the employee wrote, what is stored]
const HIDDEN: [string, string][] = [
  // A given name no list knows, capitalised, before a surname the lists hid.
  [
    'Brayden Kowalczyk from shipping said the pallets are late',
    '[NAME] [NAME] from shipping said the pallets are late',
  ],
  ['we all know Jaxtyn Kowalczyk takes the good shifts', 'we all know [NAME] takes the good shifts'],
  // The rest of a hyphenated surname after a hidden name; a title before a double surname, in every language.
  ['frag nach Herrn Schmidt-Öztürk im Lager', 'frag nach Herrn [NAME] im Lager'],
  ['Herrn Brandtner bitte nicht fragen', 'Herrn [NAME] bitte nicht fragen'],
  ['Mr Pennington-Vaughan shouts at us', 'Mr [NAME] shouts at us'],
  ['Sra. Arriaga-Bustamante nos grita', 'Sra. [NAME] nos grita'],
  ['Mme Lefebvre-Ndiaye nous crie dessus', 'Mme [NAME] nous crie dessus'],
  ['Pani Wiśniewska-Kołodziej krzyczy na nas', 'Pani [NAME] krzyczy na nas'],
  ['г-н Завьялов-Ткаченко кричит на нас', 'г-н [NAME] кричит на нас'],
  // A two-word surname particle after a hidden given name.
  ['mi nombre: maría josé de la fuente', 'mi nombre: [NAME] [NAME]'],
  ['ik heet Anna Maria van der Pol', 'ik heet [NAME]'],
  ['me llamo juan de la cruz', 'me llamo [NAME]'],
  ['soy ana de los santos, del turno de noche', 'soy [NAME], del turno de noche'],
  // Spaced national numbers and a phone's trunk prefix: one placeholder, no digit left beside it.
  ["ma sécu c'est le 2 91 11 69 123 045 72", "ma sécu c'est le [ID]"],
  ['numéro de sécu 1 85 05 2A 006 084 36', 'numéro de sécu [ID]'],
  ['rijksregisternummer 85.07.30-033.61', 'rijksregisternummer [ID]'],
  ['мой СНИЛС 112-233-445 95', 'мой СНИЛС [ID]'],
  ['Звоните 8 (912) 345 67 89', 'Звоните [PHONE]'],
  ['ruf mich an: 0 (30) 1234567', 'ruf mich an: [PHONE]'],
  ['arayın 0 (212) 555 12 34', 'arayın [PHONE]'],
  // An email whose local part has an apostrophe.
  ["jean-baptiste.n'diaye@orange.fr", '[EMAIL]'],
  ["write to d'angelo.o'neil@gmail.com please", 'write to [EMAIL] please'],
];

// Look-alikes that name no one, and the words that must stay beside a hidden name.
const KEPT: [string, string][] = [
  ['Ask Kowalczyk about it', 'Ask [NAME] about it'],
  ['Tell Kowalczyk to stop', 'Tell [NAME] to stop'],
  ['Thanks Kowalczyk for the help', 'Thanks [NAME] for the help'],
  ['Monday Kowalczyk was late again', 'Monday [NAME] was late again'],
  ['Congrats Kowalczyk on the promotion', 'Congrats [NAME] on the promotion'],
  ['Nooo Kowalczyk is on nights again', 'Nooo [NAME] is on nights again'],
  ['Juan Pérez de la oficina nos grita', '[NAME] de la oficina nos grita'],
  ['Herrn Direktor bitte Bescheid geben', 'Herrn Direktor bitte Bescheid geben'],
  ['the Coca-Cola machine is broken again', 'the Coca-Cola machine is broken again'],
  ['Herrn Kollegen fragen', 'Herrn Kollegen fragen'],
  ['the Smith-led review found nothing', 'the Smith-led review found nothing'],
  ['soy ana de la oficina', 'soy [NAME] de la oficina'],
  ['we had 8 (eight) accidents in 2025', 'we had 8 (eight) accidents in 2025'],
  ['it costs 8 (12) 345 euros', 'it costs 8 (12) 345 euros'],
  ["c'est l'adresse jean@orange.fr", "c'est l'adresse [EMAIL]"],
];

describe('redaction, attack round 26', () => {
  it.each(HIDDEN)('hides who is meant: %s', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
  it.each(KEPT)('keeps the words that name no one: %s', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});
