import { html } from 'hono/html';
import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import { deadlineWords, momentWords } from '../i18n/moments';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import { langOf } from '../i18n/text-lang';
import type { Email } from '../ports/mailer';
import { acknowledgeByIn, acknowledgeByWords, feedbackDeadline } from './deadlines';
import type { Language } from '../i18n/languages';
import { describeEscalation, writtenInFor } from './describe-escalation';
import { buttonLink, emailDocument } from './email-frame';

export { describeEscalation, languageName } from './describe-escalation';

/**
 * Why you are told something, and sent what: a new matter, one climbing because it was not acknowledged,
 * one already at the top of the ladder (the leadership list) still not acknowledged, or the text that
 * could not be shown before.
 */
export type EmailOccasion = 'new' | 'overdue' | 'still-overdue' | 'text-added' | 'handed-over' | 'past-chain';

/**
 * The email to a sponsor (or backup, or leadership), in the recipients'
 * language (`sponsors[].language`, `digest.language` for the leadership
 * list): what was said, exactly as stored (redacted), with the language it
 * was written in named; where, why it came to them, the one deadline that
 * binds them (the same in the subject, the body, `/ack` and the desk, with
 * its time zone named), and the signed link. Table layout and inline styles
 * so it renders in common mail clients.
 */
export async function escalationEmail(
  config: Config,
  e: Escalation,
  to: string[],
  link: string,
  recipientLabel: string,
  occasion: EmailOccasion = 'new',
  deskLink?: string,
  /** When it is sent: a deadline already past by then is said to be overdue, never asked for. */
  now?: Date,
): Promise<Email> {
  const language = recipientsLanguage(config, to);
  const t = sponsorTranslator(language);
  const writtenIn = await writtenInFor(e, language);
  const { site, topics, about, reasons, what, heading, translation } = describeEscalation(config, e, language);
  const due = acknowledgeByIn(language, config, e, now);
  const raised = t('sponsor.around', { ...momentWords(language, e.raisedAt, config.timezone) });
  const holder = recipientLabel === 'the leadership list' ? t('sponsor.leadershipList') : recipientLabel;
  // A hand-over's stored detail says who handed it over and why: "by <name> to <names>: <reason>".
  const [, by = '', reason = ''] =
    /^by (.+?) to .+?: ([\s\S]*)$/.exec(e.audit.findLast((a) => a.event === 'handed-over')?.detail ?? '') ?? [];
  const lead = t('sponsor.email.lead', { occasion, holder, by, reason });
  // Already acknowledged (an answer or a hand-over moved it on): its new holder is not asked to acknowledge
  // it again, nor given the old holder's time to; they read where it stands, as on its page.
  const seen = e.status !== 'raised';
  const subject = seen
    ? t('sponsor.email.subjectAcknowledged', { occasion, urgent: e.urgent ? 'yes' : 'no', about, status: e.status })
    : t('sponsor.email.subject', {
        occasion,
        urgent: e.urgent ? 'yes' : 'no',
        about,
        ...acknowledgeByWords(language, config, e, now),
      });
  // A pattern has no one author: nothing to answer, no response shown to anyone, no legal clock.
  const pattern = e.pattern ? 'yes' : 'no';
  // Already acknowledged: the new holder opens the case where it stands; nothing asks them to acknowledge it.
  const open = t('sponsor.email.open', { pattern, seen: seen ? 'yes' : 'no' });
  // Every step a sponsor can take, said in words: the links alone left holders asking how to pass on a case that
  // was not theirs, or how to close one once it was dealt with.
  const actions = t('sponsor.email.actions', { pattern, seen: seen ? 'yes' : 'no', desk: deskLink ? 'yes' : 'no' });
  const title = t('sponsor.email.heading', {
    program: config.programName,
    urgent: e.urgent ? 'yes' : 'no',
    seen: seen ? 'yes' : 'no',
  });
  const fields: [string, string][] = [
    [t('sponsor.label.why'), reasons],
    [t('sponsor.label.site'), site],
    [t('sponsor.label.topic'), topics],
    [t('sponsor.label.raised'), raised],
    ...(seen ? seenFields(config, e, language) : [[t('sponsor.label.acknowledgeBy'), due] as [string, string]]),
  ];
  const text = [
    title,
    '',
    ...(lead ? [lead, ''] : []),
    ...fields.map(([label, value]) => t('sponsor.field', { label, value })),
    '',
    t('sponsor.field', { label: heading, value: '' }).trimEnd(),
    ...(writtenIn ? [writtenIn] : []),
    what,
    ...(translation
      ? ['', t('sponsor.field', { label: translation.heading, value: '' }).trimEnd(), translation.text]
      : []),
    '',
    actions,
    '',
    t('sponsor.field', { label: open, value: link }),
    ...(deskLink ? [t('sponsor.field', { label: t('sponsor.email.desk'), value: deskLink })] : []),
    '',
    t('sponsor.email.footer', { pattern }),
  ].join('\n');
  const cell = 'padding:6px 12px 6px 0;vertical-align:top;font:14px/1.4 Arial,sans-serif;color:#1b1f24';
  const quote =
    'font:15px/1.5 Georgia,serif;color:#1b1f24;margin:0;padding:10px 12px;background:#f4f4f1;border-left:4px solid #8a8f98;white-space:pre-wrap';
  const body = emailDocument(
    { language, subject, colorScheme: true },
    'margin:0;padding:0;background:#f4f4f1',
    html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f1"><tr><td align="center" style="padding:16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #d0d3d8">
<tr><td style="padding:16px 20px;font:bold 18px Arial,sans-serif;color:#1b1f24;border-bottom:3px solid ${e.urgent ? '#b3261e' : '#1f5fa8'}">${title}</td></tr>
<tr><td style="padding:12px 20px">
${lead ? html`<p style="font:14px Arial,sans-serif;color:#b3261e;margin:0 0 8px">${lead}</p>` : ''}
<table role="presentation" cellpadding="0" cellspacing="0">
${fields.map(([label, value]) => html`<tr><td style="${cell};font-weight:bold">${label}</td><td style="${cell}">${value}</td></tr>`)}
</table>
<p style="font:bold 14px Arial,sans-serif;color:#1b1f24;margin:14px 0 4px">${heading}</p>
${writtenIn ? html`<p style="font:14px Arial,sans-serif;color:#1b1f24;margin:0 0 4px">${writtenIn}</p>` : ''}
<p style="${quote}" dir="auto"${e.pattern || e.textWithheld ? '' : langOf(e.language)}>${what}</p>
${
  translation
    ? html`<p style="font:bold 14px Arial,sans-serif;color:#1b1f24;margin:14px 0 4px">${translation.heading}</p>
<p style="${quote}" dir="auto"${langOf(translation.language)}>${translation.text}</p>`
    : ''
}
<p style="font:14px/1.4 Arial,sans-serif;color:#1b1f24;margin:14px 0 8px">${actions}</p>
${buttonLink(link, open, 'font:bold 15px Arial,sans-serif')}
${deskLink ? html`<p style="margin:0 0 14px"><a href="${deskLink}" target="_blank" rel="noopener" style="font:15px Arial,sans-serif;color:#1f5fa8">${t('sponsor.email.desk')}</a></p>` : ''}
<p style="font:12px Arial,sans-serif;color:#555d66;margin:0">${t('sponsor.email.footer', { pattern })}</p>
</td></tr></table></td></tr></table>
`,
  );
  return { to, subject, html: body, text };
}

/** Where an acknowledged case stands, and the law's deadline to tell the employee, as its page shows them. */
function seenFields(config: Config, e: Escalation, language: Language): [string, string][] {
  const t = sponsorTranslator(language);
  const feedbackBy = e.status === 'acknowledged' ? feedbackDeadline(config, e) : undefined;
  return [
    ...(feedbackBy
      ? [
          [
            t('sponsor.label.feedbackBy'),
            // A deadline, read as the page reads it: at midnight, "the end of" the day before.
            t('sponsor.feedbackDue', {
              ...deadlineWords(language, feedbackBy, config.timezone),
              months: config.legalClocks.feedbackMonths,
            }),
          ] as [string, string],
        ]
      : []),
    [
      t('sponsor.label.standing'),
      t('sponsor.standing', { status: e.status, ...momentWords(language, e.acknowledgedAt ?? '', config.timezone) }),
    ],
  ];
}
