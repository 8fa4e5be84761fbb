import { html } from 'hono/html';
import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import { deadlineWords } from '../i18n/moments';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import type { Email } from '../ports/mailer';
import { whatWasSaid } from './describe-escalation';
import { buttonLink, cardEmail, paragraph } from './email-frame';
import type { MarkedUrgentOccasion } from './marked-urgent-email';
import { similarReports } from './similar-reports';

/**
 * One email about several reports urgent in their words or topic, past the hour's emails one by one (or their
 * reminders, or their climb), in the reader's language: how many, the first deadline, why together, the link
 * to the reader's case desk, and, unlike the ticked summary, the reports' texts as their own emails show them,
 * shortened, alike ones on one line with a count, the rarest first (`similarReports`): in a flood of one alarm
 * copied a thousand times, the one report about something else is the first line, not one email among a
 * thousand. Bounded in size whatever came; the rest are named by their number, and are on the desk.
 */
export function urgentWordsEmail(
  config: Config,
  to: string[],
  occasion: MarkedUrgentOccasion,
  escalations: readonly Escalation[],
  firstDeadline: string,
  deskLink: string | undefined,
): Email {
  const language = recipientsLanguage(config, to);
  const t = sponsorTranslator(language);
  const count = escalations.length;
  const params = {
    kind: occasion,
    count,
    limit: config.escalation.urgentEmailsPerHour,
    ...deadlineWords(language, firstDeadline, config.timezone),
  };
  const subject = t('sponsor.urgentWords.subject', params);
  const lead = t('sponsor.urgentWords.lead', params);
  const heading = `${config.programName}: ${subject}`;
  const list = similarReports(
    escalations.map((e) => ({ text: whatWasSaid(language, e), categories: e.urgentCategories })),
  );
  const lines = list.lines.map((line) => t('sponsor.urgentWords.line', { text: line.text, count: line.count }));
  const unlisted = list.unlisted > 0 ? t('sponsor.urgentWords.unlisted', { count: list.unlisted }) : undefined;
  const open = t('sponsor.markedUrgent.open');
  const footer = t('sponsor.markedUrgent.footer');
  const text = [
    heading,
    '',
    lead,
    '',
    ...lines.map((line) => `- ${line}`),
    ...(unlisted ? ['', unlisted] : []),
    '',
    ...(deskLink ? [t('sponsor.field', { label: open, value: deskLink }), ''] : []),
    footer,
  ].join('\n');
  const body = cardEmail({
    language,
    subject,
    heading,
    paragraphs: [
      paragraph(lead),
      html`<ul style="margin:0 0 12px;padding-left:20px">${lines.map((line) => html`<li dir="auto" style="margin:0 0 6px">${line}</li>`)}</ul>`,
      unlisted ? paragraph(unlisted) : '',
      deskLink ? buttonLink(deskLink, open) : '',
    ],
    footer,
  });
  return { to, subject, html: body, text };
}
