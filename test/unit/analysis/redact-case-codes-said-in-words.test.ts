import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 34 (r34a): a case code said in words, as a run of figure words (English, Spanish, French, German, Italian,
 * Portuguese, Polish, Ukrainian), spelling-alphabet letters, letters and figures, joined by spaces or hyphens, with
 * "dash", "oh", "double". The operator holds the pepper, so a code read in a report gives the writer's other case.
 * TUNED are the wordings an outside attacker read through (ra33); HELD_BACK were written before the rule was tuned
 * and kept apart from it. CALM are sentences with figure and letter words that name no code.
 */

// Each text and the words of the code that must not be readable after.
const TUNED: readonly [string, readonly string[]][] = [
  ['my case number is alpha bravo seven seven two', ['alpha', 'bravo', 'seven', 'two']],
  ['ticket is one four nine two dash echo', ['one', 'four', 'nine', 'echo']],
  ['ref: kilo lima nine nine', ['kilo', 'lima', 'nine']],
  ['mi número de caso es tres cinco ocho dos', ['tres', 'cinco', 'ocho', 'dos']],
  ['dossier numéro quatre sept deux un', ['quatre', 'sept', 'deux', 'un']],
  ['il codice è sei tre nove uno', ['sei', 'tre', 'nove', 'uno']],
  ['o protocolo é sete oito um dois', ['sete', 'oito', 'um', 'dois']],
  ['Fallnummer vier acht zwei neun', ['vier', 'acht', 'zwei', 'neun']],
  ['numer sprawy siedem dwa pięć jeden', ['siedem', 'dwa', 'pięć', 'jeden']],
  ['case code: delta-foxtrot-three-one', ['delta', 'foxtrot', 'three', 'one']],
  ['номер справи сім два п ять', ['сім', 'два', 'ять']],
  ['case number: R seven two four', ['R', 'seven', 'two', 'four']],
  ['my report code is zulu nine one', ['zulu', 'nine', 'one']],
  ['Case #: four-four-one-two', ['four', 'one', 'two']],
  // Found by the property below (2026-12-07): a repeated pair hidden first by another rule left the first figure.
  ['my case number is two - three - three', ['two', 'three']],
];
const HELD_BACK: readonly [string, readonly string[]][] = [
  ['my ticket is double seven three nine dash bravo', ['seven', 'three', 'nine', 'bravo']],
  ['reference number: oh four four two one', ['oh', 'four', 'two', 'one']],
  ['they gave me case no. victor eight eight one', ['victor', 'eight', 'one']],
  ['el código de mi caso es siete-siete-dos-cero', ['siete', 'dos', 'cero']],
  ['ma référence : neuf quatre trois zéro deux', ['neuf', 'quatre', 'trois', 'zéro', 'deux']],
  ['Aktenzeichen sieben drei null acht', ['sieben', 'drei', 'null', 'acht']],
  ['il numero della pratica è quattro otto due due', ['quattro', 'otto', 'due']],
  ['meu número de protocolo é nove dois cinco zero', ['nove', 'dois', 'cinco', 'zero']],
  ['kod zgłoszenia: osiem trzy trzy jeden', ['osiem', 'trzy', 'jeden']],
  ["номер заявки вісім три дев'ять один", ['вісім', 'три', 'один']],
  ['sierra tango four nine one was the code they gave me', ['sierra', 'tango', 'four', 'nine', 'one']],
  ['i wrote down golf hotel six six two on my hand', ['golf', 'hotel', 'six', 'two']],
  ['case id is five-two-niner', ['five', 'two', 'niner']],
  ['the receipt says yankee four four seven x-ray', ['yankee', 'four', 'seven', 'x-ray']],
  ['my complaint ref is mike oscar two zero nine', ['mike', 'oscar', 'two', 'zero', 'nine']],
  ['u said my case is k nine five two? pls check', ['k', 'nine', 'five', 'two']],
];
const CALM: readonly string[] = [
  'two or three times a week',
  'one two three, go',
  'I work seven days a week',
  'that was a one-two punch to morale',
  'the four of us were left alone',
  'Tango class is on Friday',
  'Alpha team won again',
  'it costs nine ninety nine',
  'we start at seven thirty and end at four',
  'dos o tres veces por semana',
  'on était quatre ou cinq à attendre',
  'wir waren zu dritt, vier oder fünf Stunden',
  'siamo in due o tre a fare il turno',
  'the code is two steps: clean, then dry',
  'case in point: three people quit',
  'my number one complaint is the heat',
  'one two three four five six seven',
  'Delta flight two nine was delayed',
  'he said four by four trucks only',
  'we need a b c training and two more people',
];

describe('a case code said in words is hidden, in any language the redactor reads', () => {
  for (const [set, texts] of [
    ['tuned', TUNED],
    ['held back', HELD_BACK],
  ] as const)
    describe(set, () => {
      it.each(texts)('%s', (text, secrets) => {
        const out = redact(text);
        expect(out).toContain('[ID]');
        for (const secret of secrets) expect(stillReadable(secret, out), `${secret} in ${out}`).toBe(false);
      });
    });
});

describe('figure and letter words that name no code stay as written', () => {
  it.each(CALM)('%s', (text) => expect(redact(text)).toBe(text));
});

const FIGURES: Record<string, readonly string[]> = {
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'huit'],
  de: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  it: ['tre', 'quattro', 'cinque', 'sette', 'nove'],
  pt: ['dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  pl: ['dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'],
};
const CUES = ['my case number is', 'case code:', 'ref', 'ticket #', 'mi código es', 'Fallnummer', 'numer sprawy'];
const SPELT = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'kilo', 'lima', 'mike', 'tango', 'zulu', 'x-ray'];

describe('property: any code of figure words (and spelling-alphabet letters) after a word naming it', () => {
  it('leaves none of its words readable, whatever the language and joiner', () => {
    const code = fc.constantFrom(...Object.keys(FIGURES)).chain((lang) =>
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FIGURES[lang]!) }, fc.constantFrom(...SPELT)), {
        minLength: 3,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...CUES), code, fc.constantFrom(' ', '-', ' - '), (cue, words, joiner) => {
        fc.pre(words.some((w) => !SPELT.includes(w)));
        const out = redact(`${cue} ${words.join(joiner)} please check it`);
        for (const w of words) if (stillReadable(w, out)) return false;
        return out.endsWith('please check it');
      }),
      { numRuns: 200 },
    );
  });
});
