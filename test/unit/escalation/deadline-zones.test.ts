import { describe, expect, it } from 'vitest';
import { statusPage } from '../../../functions/intake/pages/status';
import type { Config } from '../../../shared/config/schema';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestText } from '../../../shared/digest/render-text';
import { conversationEmail } from '../../../shared/email/conversation-email';
import type { Language } from '../../../shared/i18n/languages';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { AT_PLANT2, raisedEscalation } from '../../support/raised-escalation';

// Left alone last session: the escalation emails named the zone of every deadline, but the legal clocks'
// emails, the employee's status page and the digest's legal-deadline lines said "the end of Monday,
// December 7" alone, which a reader in another zone reads as their own day's end. Each now names the zone
// the deadline ends in (the installation's, America/Chicago in the example settings), in each language.

const ZONE: Record<Language, string> = {
  en: 'Central Time',
  es: 'hora central',
  fr: 'heure du centre nord-américain',
};
const LANGUAGES = Object.keys(ZONE) as Language[];

/** The example settings, with the Plant 2 manager and the leadership digest reading `language`. */
const readingIn = (language: Language): Config => ({
  ...exampleConfig,
  defaultLanguage: language,
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, language })),
  digest: { ...exampleConfig.digest, language },
});

const GM = exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!.email;
const escalation = raisedEscalation({ ...AT_PLANT2, raisedAt: '2026-11-30T15:00:00.000Z' });

describe('every deadline shown to a person names its time zone', () => {
  it.each(LANGUAGES)('Should name the zone in the legal clocks’ emails, near and passed (%s)', (language) => {
    for (const kind of ['deadline-near', 'deadline-passed'] as const) {
      for (const deadline of ['acknowledge', 'feedback'] as const) {
        const email = conversationEmail(readingIn(language), escalation, [GM], 'https://x.example/ack/t', {
          kind,
          deadline,
          day: '2026-12-07',
        });
        expect(email.text).toContain(ZONE[language]);
        if (kind === 'deadline-near') expect(email.subject).toContain(ZONE[language]);
      }
    }
  });

  it.each(LANGUAGES)('Should name the zone on the employee’s status page, ahead and gone by (%s)', (language) => {
    const page = (view: object) =>
      String(
        statusPage(readingIn(language), { language, dir: 'ltr', chosen: false, offered: LANGUAGES }, {
          caseCode: '7KQ4M-XW9TR',
          week: '2026-W49',
          ...view,
        } as Parameters<typeof statusPage>[2]),
      );
    expect(page({ status: 'escalated', acknowledgeBy: '2026-12-07' })).toContain(ZONE[language]);
    expect(page({ status: 'acknowledged', feedbackBy: '2027-03-07' })).toContain(ZONE[language]);
    expect(page({ status: 'escalated', acknowledgeBy: '2026-12-07', overdue: 'acknowledge' })).toContain(
      ZONE[language],
    );
  });

  it.each(LANGUAGES)(
    'Should give the leadership digest’s legal-deadline lines a week, with no day and so no zone to name (%s)',
    (language) => {
      const config = readingIn(language);
      const digest = buildDigest(config, seededDigestInput());
      // Its readers do not hold these cases: a deadline's day, less the law's days, is the day a case was raised.
      digest.escalations.legalDeadlines = [
        { state: 'near', week: '2026-W48', holder: 'Lee Marsh (Plant 2 GM)' },
        { state: 'passed', week: '2026-W47', holder: 'Lee Marsh (Plant 2 GM)' },
      ];
      const lines = renderDigestText(digest)
        .split('\n')
        .filter((line) => line.includes('Lee Marsh'));
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).not.toContain(ZONE[language]);
    },
  );
});
