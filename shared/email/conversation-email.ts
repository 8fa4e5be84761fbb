import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Email } from '../ports/mailer';
import { dayIn, deadlineWords, zoneOfDay } from '../i18n/moments';
import { localPlaceholders } from '../i18n/placeholders';
import { sponsorTranslator } from '../i18n/sponsor';
import { recipientsLanguage } from '../i18n/sponsor/reader';
import { describeEscalation } from './describe-escalation';
import { buttonLink, cardEmail, cardText, paragraph, quote } from './email-frame';

/**
 * The short emails a case's conversation and its legal clocks send to
 * whoever holds the case: a new answer from the employee, a deadline coming
 * up, a deadline passed. Each names the matter, says what to do, and carries
 * the signed link; none says when anyone wrote (threads keep the day only).
 */

/** Why this email: an answer came in, or a legal deadline is near or passed. */
export type ConversationOccasion =
  /**
   * `reopened`: the case was closed after the employee sent it, and opens again for it: closed by the reader
   * (`yes`), by the leadership list the reader is on (`list`), or by whoever held it before (`earlier`).
   */
  | {
      kind: 'answer';
      answer: string;
      urgent: boolean;
      reopened?: 'yes' | 'list' | 'earlier';
      /**
       * An urgent answer that reopened a case its holder had closed, sent to the one after that holder too
       * (their backup): named here, told the case is still theirs, and sent no link (it opens for its holder alone).
       */
      copyFor?: string;
      /** The employee said the report is about whoever was handling it, and it has come to this reader for that. */
      objected?: true;
    }
  | {
      kind: 'deadline-near' | 'deadline-passed';
      deadline: 'acknowledge' | 'feedback';
      day: string;
      /**
       * Who reads it: the case's `holder`, asked to act (leadership has been told); the leadership list
       * holding it (`top`), asked to act; the leadership list told (`leadership`) while someone else holds it;
       * or its holder until now, told it was passed on as the deadline passed (`passed-on`), asked nothing.
       */
      audience?: 'holder' | 'top' | 'leadership' | 'passed-on';
    }
  /** Before the deadline that binds its holder (`acknowledgeDeadline`), named as the desk and `/ack` name it. */
  | { kind: 'acknowledge-near'; due: { at: string; legal: boolean }; top: boolean }
  /**
   * An urgent case acknowledged and nothing done on it since (`chase-acted-on.ts`): its `holder` (named) asked to
   * act, or the one `above` them told to see that it is being dealt with (sent no link: it opens for its holder).
   */
  | { kind: 'not-acted-on'; audience: 'holder' | 'above'; holder: string };

/**
 * In the recipients' language (a sponsor's own, or the leadership list's),
 * with the legal deadline's day in the one day format sponsors see
 * everywhere.
 */
export function conversationEmail(
  config: Config,
  e: Escalation,
  to: string[],
  link: string,
  occasion: ConversationOccasion,
): Email {
  const language = recipientsLanguage(config, to);
  const t = sponsorTranslator(language);
  const { about } = describeEscalation(config, e, language);
  const reminder = occasion.kind === 'acknowledge-near';
  const chase = occasion.kind === 'not-acted-on';
  const params =
    occasion.kind === 'not-acted-on'
      ? { audience: occasion.audience, holder: occasion.holder, about }
      : occasion.kind === 'answer'
        ? {
            kind: 'answer',
            urgent: occasion.urgent ? 'yes' : 'no',
            reopened: occasion.reopened ?? 'no',
            copy: occasion.copyFor !== undefined ? 'yes' : 'no',
            holder: occasion.copyFor ?? '',
            objected: occasion.objected ? 'yes' : 'no',
            about,
          }
        : occasion.kind === 'acknowledge-near'
          ? {
              ...deadlineWords(language, occasion.due.at, config.timezone),
              legal: occasion.due.legal ? 'yes' : 'no',
              top: occasion.top ? 'yes' : 'no',
              about,
            }
          : {
              kind: occasion.kind,
              deadline: occasion.deadline,
              day: dayIn(language, occasion.day),
              zone: zoneOfDay(language, occasion.day, config.timezone),
              audience: occasion.audience ?? 'holder',
              about,
            };
  const subject = t(
    chase ? 'sponsor.notActedOn.subject' : reminder ? 'sponsor.reminder.subject' : 'sponsor.conversation.subject',
    params,
  );
  const lead = t(
    chase ? 'sponsor.notActedOn.lead' : reminder ? 'sponsor.reminder.lead' : 'sponsor.conversation.lead',
    params,
  );
  // An objection alone has no words of the employee's to quote.
  const answer =
    occasion.kind === 'answer' && occasion.answer ? localPlaceholders(language, occasion.answer) : undefined;
  const heading = `${config.programName}: ${subject}`;
  // Passed on: the case is no longer theirs, and its link would only say "now with someone else".
  // A backup's copy of an urgent answer: the link would open the case for its holder alone.
  const copy =
    (occasion.kind === 'answer' && occasion.copyFor !== undefined) ||
    (occasion.kind === 'not-acted-on' && occasion.audience === 'above');
  const withLink = !(occasion.kind === 'deadline-passed' && occasion.audience === 'passed-on') && !copy;
  // Only its holder, who has the link, is told what else they can do with the case.
  const footer = copy
    ? ''
    : t('sponsor.conversation.footer', { pattern: e.pattern ? 'yes' : 'no', holder: withLink ? 'yes' : 'no' });
  const text = cardText({
    heading,
    lead,
    quote: answer,
    link: withLink ? t('sponsor.field', { label: t('sponsor.conversation.open'), value: link }) : undefined,
    footer,
  });
  const body = cardEmail({
    language,
    subject,
    heading,
    paragraphs: [
      paragraph(lead),
      answer !== undefined ? quote(answer) : '',
      withLink ? buttonLink(link, t('sponsor.conversation.open')) : '',
    ],
    footer,
  });
  return { to, subject, html: body, text };
}
