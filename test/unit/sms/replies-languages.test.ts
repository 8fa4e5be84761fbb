import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import type { CaseStatus } from '../../../shared/domain/feedback';
import { emergencyLine } from '../../../shared/domain/emergency';
import { isGsm7, smsEncodingOf, smsSegmentCount } from '../../../shared/domain/gsm7';
import * as replies from '../../../shared/domain/sms-replies';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';

const STATUSES: CaseStatus[] = ['received', 'analysed', 'escalated', 'acknowledged', 'responded'];
/** Case codes are always 10 characters and a dash; this one is as wide as any. */
const CODE = 'WWWWW-WWWWW';

/** Every reply the SMS channel can send in `language`, for this configuration and unknown #tag. */
function everyReply(language: Language, config: typeof exampleConfig, tag: string): string[] {
  return [
    ...[false, true].flatMap((escalate) =>
      [false, true].map((pictures) => replies.acceptedReply(CODE, { escalate, pictures }, language)),
    ),
    replies.helpReply(config, language),
    replies.throttledReply(language),
    replies.questionsThrottledReply(language),
    replies.emptyReply(language),
    replies.picturesOnlyReply(language),
    replies.urgentOnlyReply(language),
    replies.tooLongReply(language),
    replies.unknownSiteReply(tag, config, language),
    replies.statusUsageReply(language),
    replies.unknownCaseReply(language),
    replies.unavailableReply(language),
    replies.unreadableReply(language),
    replies.busyReply(language),
    replies.emergencyReply(emergencyLine(config, language)),
    // The longest number the config takes.
    replies.emergencyReply(
      emergencyLine({ ...config, emergencyNumber: '+44 (0) 20 7946 0000 or 999 or 112 ...' }, language),
    ),
    ...STATUSES.flatMap((status) => replies.statusReplies({ caseCode: CODE, status }, language)),
    ...(['acknowledge', 'feedback'] as const).flatMap((overdue) =>
      replies.statusReplies({ caseCode: CODE, status: 'escalated', overdue }, language),
    ),
  ];
}

// The longest names the config allows, in letters GSM-7 lacks, and as many sites as anyone has.
const worst = configSchema.parse({
  ...exampleConfig,
  programName: 'Ŝtimme der Belegschaft — “Speak Up” 📣 ∞',
  organisation: `Żółć Industrie- und Handelsgesellschaft für Präzisionswerkzeuge mbH & Co. KG ${'Niederlassung Süd '.repeat(10)}`,
  sites: Array.from({ length: 60 }, (_, i) => ({
    id: `site-${String(i).padStart(2, '0')}-${'x'.repeat(24)}`,
    name: `Site ${i}`,
  })),
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, sites: [] })),
});
const WORST_TAG = 'Ωж'.repeat(20); // 40 letters, the most a #tag may have, none in GSM-7

describe.each(LANGUAGES)('SMS replies in %s', (language) => {
  it('Should fit every reply in two segments with the example config', () => {
    for (const reply of everyReply(language, exampleConfig, 'moonbase')) {
      expect(smsSegmentCount(reply), `${smsEncodingOf(reply)} ${reply.length}: ${reply}`).toBeLessThanOrEqual(2);
    }
  });

  it('Should fit every reply in two segments with the longest names and tag, in any script', () => {
    for (const reply of everyReply(language, worst, WORST_TAG)) {
      expect(smsSegmentCount(reply), `${smsEncodingOf(reply)} ${reply.length}: ${reply}`).toBeLessThanOrEqual(2);
      expect(reply).not.toMatch(/\{\w+\}/);
    }
  });

  it('Should fit every reply in two segments whatever the names (generated)', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        name,
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
        fc.stringMatching(/^[\p{L}\p{N}_-]{1,40}$/u),
        (programName, organisation, tag) => {
          const config = { ...exampleConfig, programName, organisation };
          for (const reply of everyReply(language, config, tag))
            expect(smsSegmentCount(reply), reply).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Should tell a texter their number is not kept whenever a text is saved, with or without pictures, or refused for its pictures', () => {
    const numberNotKept = {
      en: /number (is|are) not kept/,
      es: /no guardamos (fotos ni )?su n[uú]mero/i,
      fr: /num[eé]ro n.est pas conserv|ni votre num[eé]ro/i,
    };
    const pattern = numberNotKept[language as keyof typeof numberNotKept];
    if (pattern === undefined) return;
    const sent = [
      ...[false, true].flatMap((escalate) =>
        [false, true].map((pictures) => replies.acceptedReply(CODE, { escalate, pictures }, language)),
      ),
      replies.picturesOnlyReply(language),
    ];
    for (const reply of sent) expect(reply).toMatch(pattern);
  });

  it('Should send a long published response in numbered messages of one segment each', () => {
    const response = `${'Gracias — “merci” — thank you: we fixed the lockers and the showers. '.repeat(8)}Ωμέγα`;
    const messages = replies.statusReplies({ caseCode: CODE, status: 'responded', response }, language);
    expect(messages.length).toBeGreaterThan(1);
    messages.forEach((m, i) => {
      expect(m.startsWith(`(${i + 1}/${messages.length}) `)).toBe(true);
      expect(isGsm7(m) && smsSegmentCount(m) === 1, m).toBe(true);
    });
  });
});

describe('SMS replies keep each language’s letters', () => {
  it('Should write Spanish with its accents, in UCS-2, when the reply needs them', () => {
    const reply = replies.acceptedReply('7KQ4M-XW9TR', { escalate: false, pictures: false }, 'es');
    expect(reply).toBe(
      'Gracias. Su código de caso es 7KQ4M-XW9TR. Envíe ESTADO 7KQ4M-XW9TR para seguirlo. No guardamos su número.',
    );
    expect(smsEncodingOf(reply)).toBe('UCS-2');
  });

  it('Should stay in GSM-7 for French whose accents GSM-7 has (é, è, à)', () => {
    const reply = replies.acceptedReply('7KQ4M-XW9TR', { escalate: false, pictures: false }, 'fr');
    expect(reply).toBe(
      "Merci. Votre code de cas est 7KQ4M-XW9TR. Envoyez STATUT 7KQ4M-XW9TR pour le suivre. Votre numéro n'est pas conservé.",
    );
    expect(smsEncodingOf(reply)).toBe('GSM-7');
  });

  it('Should send a short published response whole, in one message, with its accents', () => {
    const messages = replies.statusReplies(
      { caseCode: '7KQ4M-XW9TR', status: 'responded', response: 'Habrá taquillas nuevas el lunes.' },
      'es',
    );
    expect(messages).toEqual(['Caso 7KQ4M-XW9TR: respondido. La respuesta: Habrá taquillas nuevas el lunes.']);
    expect(smsSegmentCount(messages[0]!)).toBe(2);
  });

  it('Should write the French number of characters with a plain space, not a no-break space that would cost UCS-2', () => {
    expect(replies.tooLongReply('fr')).toContain('1 600 caractères');
    expect(smsEncodingOf(replies.tooLongReply('fr'))).toBe('GSM-7');
  });
});
