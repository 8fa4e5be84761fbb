import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { redact } from '../../../shared/analysis/redact';
import { isCommonSurname } from '../../../shared/analysis/surnames';
import type { Config } from '../../../shared/config/schema';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analyseBatch, type AnalyseFeedbackDeps } from '../../../shared/use-cases/analyse-feedback';
import { exampleConfig } from '../../support/fixtures';

// A surname opening a submission ("Okonkwo nos gritó en la reunión") was kept
// while the same name later in a sentence was hidden: a capital at a
// sentence's start was taken to say nothing, so only English verbs after it
// counted. What follows it decides, in every language with name lists.

/** Surnames of the lists and names no list holds, none of them a word of English. */
const SURNAMES = ['Okonkwo', 'Lefebvre', 'Kowalczyk', 'Nakamura', 'Okafor', 'Oyelaran', 'Przybylski'];

/** What a person does, opening a sentence, in each language: `{}` is the name. */
const ACTS: Record<string, string[]> = {
  en: ['{} shouted at us in the meeting.', '{} told me to shut up.'],
  es: ['{} nos gritó en la reunión.', '{} me dijo que no podía irme.', '{} nos trata fatal a todos.'],
  fr: ['{} nous a crié dessus pendant la réunion.', '{} m’a dit de me taire.', '{} nous insulte devant tout le monde.'],
  it: ['{} ci urla sempre contro.', '{} mi ha detto di stare zitto.'],
  pt: ['{} nos xingou na frente de todos.', '{} disse que eu não sirvo para nada.'],
  de: ['{} hat uns angeschrien.', '{} hat mich vor allen beleidigt.'],
  pl: ['{} krzyczy na nas codziennie.', '{} powiedział, że mam siedzieć cicho.'],
};

/** The same sentence after another, and mid-sentence after a word of time. */
const LATER: Record<string, string> = {
  en: 'The shift was long. ',
  es: 'El turno fue largo. ',
  fr: 'La journée a été longue. ',
  it: 'Il turno è stato lungo. ',
  pt: 'O turno foi longo. ',
  de: 'Die Schicht war lang. ',
  pl: 'Zmiana była długa. ',
};

const hidden = (text: string, name: string) => !text.includes(name) && text.includes('[NAME]');

describe('a name opening a sentence, followed by what a person does', () => {
  // German capitalises every noun and coins new ones ("Personalabteilung hat"): there only the lists' surnames count.
  const namesIn = (language: string) =>
    language === 'de' ? SURNAMES.filter((n) => isCommonSurname(n.toLowerCase())) : SURNAMES;
  const cases = Object.entries(ACTS).flatMap(([language, acts]) =>
    acts.flatMap((act) => namesIn(language).map((name) => [language, act.replace('{}', name), name] as const)),
  );

  it.each(cases)('%s: "%s" hides the name at the text’s start', (_, text, name) => {
    expect(redact(text)).toSatisfy((out: string) => hidden(out, name));
  });

  it.each(cases)('%s: "%s" hides the name after another sentence', (language, text, name) => {
    expect(redact(`${LATER[language]}${text}`)).toSatisfy((out: string) => hidden(out, name));
  });

  it.each([
    'Madrid es muy caro para vivir.',
    'Paris est trop cher pour nous.',
    'Walmart nunca paga a tiempo.',
    'Toyota told us the plant would close.',
    'Management said no.',
    'Nadie nos dijo nada.',
    'Personne ne nous a prévenus.',
    'Hemos dicho que no.',
    'Die Personalabteilung hat nie Zeit.',
    'Security told us to leave.',
  ])('Should keep "%s" as written: a place, a company or a word of the language', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a sponsor named anywhere in a submission', () => {
  const letters = fc
    .array(fc.constantFrom(...'bcdfghjklmnprstvwz'), { minLength: 3, maxLength: 4 })
    .chain((consonants) =>
      fc
        .array(fc.constantFrom(...'aeiou'), { minLength: consonants.length, maxLength: consonants.length })
        .map((vowels) => consonants.map((c, i) => `${c}${vowels[i]}`).join('')),
    )
    .map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}x`);
  const sentence = fc.constantFrom(
    ...Object.values(ACTS).flat(),
    'Yesterday {} shouted at us.',
    'Ayer {} nos gritó delante de todos.',
    'Hier, {} nous a insultés.',
    'Nobody trusts {} anymore.',
    'Nadie se fía de {} ya.',
  );

  it('Should store it as [NAME] wherever it stands, in every language, before anything keeps it', async () => {
    await fc.assert(
      fc.asyncProperty(letters, sentence, fc.boolean(), async (surname, template, later) => {
        const config: Config = {
          ...exampleConfig,
          sponsors: [...exampleConfig.sponsors, { ...exampleConfig.sponsors[0]!, id: 'x', name: `Ngozi ${surname}` }],
        };
        const deps = { config, analyzer: new OfflineAnalyzer() } as unknown as AnalyseFeedbackDeps;
        const text = `${later ? 'Todo bien hasta ahora. ' : ''}${template.replace('{}', surname)}`;
        const message = { id: 'm1', channel: 'web', week: '2026-W48', escalate: false, text } as AnalysisMessage;
        const analysed = (await analyseBatch(deps, [message])).get('m1');
        if (!analysed || analysed instanceof Error) throw analysed ?? new Error('no analysis');
        expect(analysed.redactedText).not.toContain(surname);
        expect(analysed.redactedText).toContain('[NAME]');
      }),
      { numRuns: 60 },
    );
  });
});
