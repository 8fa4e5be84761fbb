import { DetectPiiEntitiesCommand } from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ANALYSIS_LANGUAGES } from '../../../shared/adapters/aws/comprehend/language';
import { PII_LANGUAGES } from '../../../shared/adapters/aws/comprehend/pii';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

/**
 * DetectPiiEntities reads English and Spanish only. Every other language,
 * whether Comprehend scores its sentiment (French, German, Arabic, Chinese…)
 * or not at all (Polish, Vietnamese, Tagalog, Dutch…), must still have its
 * text redacted by the offline redactor before anything is stored.
 */
const OTHER_LANGUAGES = [
  ...ANALYSIS_LANGUAGES.filter((language) => !PII_LANGUAGES.has(language)),
  ...['pl', 'vi', 'tl', 'nl', 'ru', 'sw'],
];

const SAMPLES: Readonly<Record<string, string>> = {
  fr: 'Écrivez à jean.dupont@exemple.fr ou au +33 6 12 34 56 78, le chef ne répond jamais.',
  de: 'Schreiben Sie an jan.becker@firma.de oder +49 151 23456789, der Chef antwortet nie.',
  pl: 'Piszcie na jan.kowalski@firma.pl albo +48 601 234 567, kierownik nigdy nie odpowiada.',
  vi: 'Liên hệ nguyen.van.an@congty.vn hoặc +84 912 345 678, quản lý không bao giờ trả lời.',
  zh: '请联系 wang.wei@gongsi.cn 或 +86 139 1234 5678，经理从来不回复。',
  ar: 'راسلوا ahmed.ali@sharika.com أو +971 50 123 4567، المدير لا يرد أبدا.',
};

describe('ComprehendAnalyzer: redaction in languages DetectPiiEntities lacks', () => {
  it.each(OTHER_LANGUAGES)(
    'Should redact a %s document with the offline redactor, without asking DetectPiiEntities',
    async (language) => {
      // Prepare: Comprehend says the text is in this language (that decides the path; languages without a
      // sample of their own get the Polish one); each sample holds an email and a phone number.
      const text = SAMPLES[language] ?? SAMPLES.pl!;
      mock.responders.languageOf = () => language;
      const analyzer = new ComprehendAnalyzer(mock.client, { detectLanguageOffline: mock.askComprehendAlways });

      // Act
      const result = mock.analysisOf((await analyzer.analyze([{ id: 'a', text }])).get('a'));

      // Assess
      expect(mock.comprehend.commandCalls(DetectPiiEntitiesCommand)).toEqual([]);
      expect(result.language).toBe(language);
      expect(result.redactedText).toContain('[EMAIL]');
      expect(result.redactedText).toContain('[PHONE]');
      expect(result.redactedText).not.toMatch(/@|\d{3}/);
      for (const phrase of result.keyPhrases) expect(phrase).not.toMatch(/@|\d{3}/);
    },
  );
});
