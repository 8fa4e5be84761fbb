import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Email } from '../ports/mailer';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import { describeEscalation } from './describe-escalation';
import { buttonLink, cardEmail, cardText, paragraph, quote } from './email-frame';

/**
 * The short email that shows a close to someone other than whoever closed the case (`close-witness.ts`): the
 * matter, its text as redacted (as every holder read it), who closed it, and a link to take it and open it
 * again. Sent with the sweep after the close took effect, never at the minute of the close; it says no time.
 */
export function closeNoticeEmail(
  config: Config,
  e: Escalation,
  to: string[],
  { closer, link }: { closer: string; link: string },
): Email {
  const language = recipientsLanguage(config, to);
  const t = sponsorTranslator(language);
  const { about, what } = describeEscalation(config, e, language);
  const params = { about, closer, urgent: e.urgent ? 'yes' : 'no' };
  const subject = t('sponsor.closeNotice.subject', params);
  const lead = t('sponsor.closeNotice.lead', params);
  const heading = `${config.programName}: ${subject}`;
  const take = t('sponsor.closeNotice.take');
  const footer = t('sponsor.closeNotice.footer');
  const text = cardText({
    heading,
    lead,
    quote: what,
    link: t('sponsor.field', { label: take, value: link }),
    footer,
  });
  const html = cardEmail({
    language,
    subject,
    heading,
    paragraphs: [paragraph(lead), quote(what), buttonLink(link, take)],
    footer,
  });
  return { to, subject, html, text };
}
