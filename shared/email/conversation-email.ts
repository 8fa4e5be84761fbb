import { html } from 'hono/html';
import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Email } from '../ports/mailer';
import { describeEscalation } from './escalation-email';

/**
 * The short emails a case's conversation and its legal clocks send to
 * whoever holds the case: a new answer from the employee, a deadline coming
 * up, a deadline passed. Each names the matter, says what to do, and carries
 * the signed link; none says when anyone wrote (threads keep the day only).
 */

/** Why this email: an answer came in, or a legal deadline is near or passed. */
export type ConversationOccasion =
  | { kind: 'answer'; answer: string; urgent: boolean }
  | { kind: 'deadline-near' | 'deadline-passed'; deadline: 'acknowledge' | 'feedback'; day: string };

const DEADLINE_WORDS = { acknowledge: 'acknowledge this report', feedback: 'tell the employee what is being done' };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day (`YYYY-MM-DD`) as people read it: "2 December 2026", or with `weekday` "Wednesday 2 December 2026"; '' if it is not a day. */
export function dayInWords(day: string, { weekday = true } = {}): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  const plain = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return weekday ? `${WEEKDAYS[date.getUTCDay()]} ${plain}` : plain;
}

function wording(occasion: ConversationOccasion, about: string): { subject: string; lead: string } {
  if (occasion.kind === 'answer') {
    return {
      subject: `${occasion.urgent ? 'Urgent: ' : ''}The employee answered: ${about}`,
      lead: 'The employee who raised this has written to you in its conversation. Their words are below, with personal details removed.',
    };
  }
  const what = DEADLINE_WORDS[occasion.deadline];
  const by = dayInWords(occasion.day);
  return occasion.kind === 'deadline-near'
    ? {
        subject: `Deadline ${by}: ${what} (${about})`,
        lead: `The law gives until ${by} to ${what}. Please do it before then.`,
      }
    : {
        subject: `Deadline passed: ${what} (${about})`,
        lead: `The legal deadline to ${what} was ${by}, and it has passed. Please do it now; leadership has been told.`,
      };
}

export function conversationEmail(
  config: Config,
  e: Escalation,
  to: string[],
  link: string,
  occasion: ConversationOccasion,
): Email {
  const { about } = describeEscalation(config, e);
  const { subject, lead } = wording(occasion, about);
  const answer = occasion.kind === 'answer' ? occasion.answer : undefined;
  const text = [
    `${config.programName}: ${subject}`,
    '',
    lead,
    ...(answer !== undefined ? ['', answer] : []),
    '',
    `Open the case: ${link}`,
    '',
    'The link is for you alone and expires. What you write in the conversation is shown to the employee by their case code.',
  ].join('\n');
  const body = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head>
<body style="margin:0;padding:16px;background:#f4f4f1;font:15px/1.5 Arial,sans-serif;color:#1b1f24">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d0d3d8;padding:16px 20px">
<p style="font-weight:bold;font-size:18px;margin:0 0 12px">${config.programName}: ${subject}</p>
<p style="margin:0 0 12px">${lead}</p>
${answer !== undefined ? html`<p style="font:15px/1.5 Georgia,serif;margin:0;padding:10px 12px;background:#f4f4f1;border-left:4px solid #8a8f98;white-space:pre-wrap">${answer}</p>` : ''}
<p style="margin:18px 0"><a href="${link}" style="display:inline-block;padding:12px 18px;background:#1f5fa8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px">Open the case</a></p>
<p style="font-size:12px;color:#555d66;margin:0">The link is for you alone and expires. What you write in the conversation is shown to the employee by their case code.</p>
</div></body></html>`;
  return { to, subject, html: body.toString(), text };
}
