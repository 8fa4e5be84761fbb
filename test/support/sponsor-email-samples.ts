import type { Config } from '../../shared/config/schema';
import type { Escalation } from '../../shared/domain/escalation';
import { type ConversationOccasion, conversationEmail } from '../../shared/email/conversation-email';
import { type EmailOccasion, escalationEmail } from '../../shared/email/escalation-email';
import { type MarkedUrgentOccasion, markedUrgentEmail } from '../../shared/email/marked-urgent-email';
import type { Language } from '../../shared/i18n/languages';
import type { Email } from '../../shared/ports/mailer';
import { exampleConfig } from './fixtures';
import { AT_PLANT2, raisedEscalation } from './raised-escalation';

/**
 * Every sponsor email the program sends, rendered in each sponsor language
 * over the cases that change what it shows (urgent or not, acknowledged,
 * answered after a hand-over, a pattern, text withheld, a translation, markup and right-to-left
 * text in the employee's words, with and without the desk link), keyed by a
 * name that says which. Used to hold the emails byte for byte while their
 * markup is reshaped.
 */
export async function everySponsorEmail(): Promise<Record<string, Email>> {
  const emails: Record<string, Email> = {};
  const LINK = 'https://feedback.example.com/ack/token?x=1&y="2"';
  const DESK = 'https://feedback.example.com/desk/desk-token';
  const NOW = new Date('2026-11-18T16:30:00.000Z');
  for (const language of ['en', 'es', 'fr'] as Language[]) {
    const config = readingIn(language);
    const to = ['plant2-gm@example.com'];
    for (const [state, e] of Object.entries(CASES)) {
      for (const occasion of ['new', 'overdue', 'still-overdue', 'text-added', 'handed-over'] as EmailOccasion[]) {
        emails[`escalation ${language} ${state} ${occasion}`] = await escalationEmail(
          config,
          e,
          to,
          LINK,
          'Lee <Marsh> & co',
          occasion,
          DESK,
          NOW,
        );
      }
      emails[`escalation ${language} ${state} leadership no-desk`] = await escalationEmail(
        config,
        e,
        to,
        LINK,
        'the leadership list',
      );
      for (const [name, occasion] of Object.entries(CONVERSATION_OCCASIONS))
        emails[`conversation ${language} ${state} ${name}`] = conversationEmail(config, e, to, LINK, occasion);
    }
    for (const occasion of ['new', 'reminder', 'climbed'] as MarkedUrgentOccasion[])
      for (const count of [1, 35]) {
        emails[`marked-urgent ${language} ${occasion} ${count}`] = markedUrgentEmail(
          config,
          to,
          occasion,
          count,
          '2026-11-18T19:00:00.000Z',
          DESK,
        );
        emails[`marked-urgent ${language} ${occasion} ${count} no-desk`] = markedUrgentEmail(
          config,
          to,
          occasion,
          count,
          '2026-11-18T19:00:00.000Z',
          undefined,
        );
      }
  }
  return emails;
}

/** The example installation, its program named with markup, the Plant 2 manager reading in `language`. */
const readingIn = (language: Language): Config => ({
  ...exampleConfig,
  programName: 'Voix <du> "terrain" & co',
  sponsors: exampleConfig.sponsors.map((s) => (s.id === 'plant2-gm' ? { ...s, language } : s)),
});

const ACKNOWLEDGED = { status: 'acknowledged', acknowledgedAt: '2026-11-18T16:00:00.000Z' } as const;

const CASES: Record<string, Escalation> = {
  'urgent raised': raisedEscalation({
    ...AT_PLANT2,
    urgent: true,
    redactedText: 'The <b>fire exit</b> & the "east" door are blocked',
    language: 'en',
  }),
  'ordinary raised': raisedEscalation({ ...AT_PLANT2, reasons: ['requested'], topics: ['pay'] }),
  acknowledged: raisedEscalation({ ...AT_PLANT2, ...ACKNOWLEDGED }),
  'responded after a hand-over': raisedEscalation({
    ...AT_PLANT2,
    ...ACKNOWLEDGED,
    status: 'responded',
    audit: [
      {
        at: '2026-11-18T19:00:00.000Z',
        event: 'handed-over',
        detail: 'by Dana Whitfield (COO) to Lee Marsh (Plant 2 GM): <yours> & "ours"',
      },
    ],
  }),
  pattern: raisedEscalation({
    ...AT_PLANT2,
    caseKey: undefined,
    reasons: ['pattern'],
    pattern: { count: 6, windowDays: 14 },
    redactedText: '',
  }),
  'text withheld': raisedEscalation({ ...AT_PLANT2, textWithheld: true, redactedText: '' }),
  'arabic with a translation': raisedEscalation({
    ...AT_PLANT2,
    redactedText: 'مخرج الطوارئ مسدود مرة أخرى',
    language: 'ar',
    translation: { language: 'en', text: 'The emergency exit is <blocked> again' },
  }),
};

const CONVERSATION_OCCASIONS: Record<string, ConversationOccasion> = {
  answer: { kind: 'answer', answer: 'The east door, by <bay 3> & "the" dock', urgent: false },
  'urgent answer reopened': { kind: 'answer', answer: 'باب الشرق', urgent: true, reopened: 'list' },
  'feedback near': { kind: 'deadline-near', deadline: 'feedback', day: '2027-02-18' },
  'acknowledge passed top': { kind: 'deadline-passed', deadline: 'acknowledge', day: '2026-11-25', audience: 'top' },
  'feedback passed on': { kind: 'deadline-passed', deadline: 'feedback', day: '2027-02-18', audience: 'passed-on' },
  'acknowledge near': { kind: 'acknowledge-near', due: { at: '2026-11-18T19:00:00.000Z', legal: true }, top: false },
};
