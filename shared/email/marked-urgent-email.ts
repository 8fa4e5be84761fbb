import { html } from 'hono/html';
import type { Config } from '../config/schema';
import { deadlineWords } from '../i18n/moments';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import type { Email } from '../ports/mailer';

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
  const text = [
    heading,
    '',
    lead,
    '',
    ...(deskLink ? [t('sponsor.field', { label: open, value: deskLink }), ''] : []),
    footer,
  ].join('\n');
  const body = html`<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head>
<body style="margin:0;padding:16px;background:#f4f4f1;font:15px/1.5 Arial,sans-serif;color:#1b1f24">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d0d3d8;padding:16px 20px">
<p style="font-weight:bold;font-size:18px;margin:0 0 12px">${heading}</p>
<p style="margin:0 0 12px">${lead}</p>
${deskLink ? html`<p style="margin:18px 0"><a href="${deskLink}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 18px;background:#1f5fa8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px">${open}</a></p>` : ''}
<p style="font-size:12px;color:#555d66;margin:0">${footer}</p>
</div></body></html>`;
  return { to, subject, html: body.toString(), text };
}
