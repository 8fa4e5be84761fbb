import type { Config } from '../config/schema';
import { deadlineWords } from '../i18n/moments';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import type { Email } from '../ports/mailer';
import { buttonLink, cardEmail, cardText, paragraph } from './email-frame';

/**
 * Why several reports only marked urgent by their senders are told together: new to their holder past the
 * hour's emails one by one, still not acknowledged (a reminder), or come to them for not being acknowledged
 * in time (a climb).
 */
export type MarkedUrgentOccasion = 'new' | 'reminder' | 'climbed';

/**
 * One email about `count` reports only marked urgent by their senders, in the reader's language: how many,
 * the first deadline among them, why they come together, and the link to the reader's case desk, where
 * each is listed with its own deadline. It quotes, names and dates no report: the desk does that, behind
 * its signed link.
 */
export function markedUrgentEmail(
  config: Config,
  to: string[],
  occasion: MarkedUrgentOccasion,
  count: number,
  firstDeadline: string,
  deskLink: string | undefined,
): Email {
  const language = recipientsLanguage(config, to);
  const t = sponsorTranslator(language);
  const params = {
    kind: occasion,
    count,
    limit: config.escalation.markedUrgentEmailsPerHour,
    ...deadlineWords(language, firstDeadline, config.timezone),
  };
  const subject = t('sponsor.markedUrgent.subject', params);
  const lead = t('sponsor.markedUrgent.lead', params);
  const heading = `${config.programName}: ${subject}`;
  const open = t('sponsor.markedUrgent.open');
  const footer = t('sponsor.markedUrgent.footer');
  const text = cardText({
    heading,
    lead,
    link: deskLink ? t('sponsor.field', { label: open, value: deskLink }) : undefined,
    footer,
  });
  const body = cardEmail({
    language,
    subject,
    heading,
    paragraphs: [paragraph(lead), deskLink ? buttonLink(deskLink, open) : ''],
    footer,
  });
  return { to, subject, html: body, text };
}
