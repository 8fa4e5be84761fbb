import type { Config } from '../config/schema';
import { MAX_TEXT_CHARACTERS } from './limits';
import type { CaseStatus } from './feedback';
import { SMS_SEGMENT_LENGTH, gsm7Length, splitIntoSegments, toGsm7, truncateGsm7 } from './gsm7';

/**
 * Every text the SMS channel sends. Each fits one segment (at most 160 GSM-7
 * characters, no emoji), whatever the configured names; only a case's
 * published response may run to several, numbered, messages.
 */

/** The first variant that fits one segment; the last is cut to fit if none does. */
function firstThatFits(...variants: string[]): string {
  const safe = variants.map(toGsm7);
  return safe.find((v) => gsm7Length(v) <= SMS_SEGMENT_LENGTH) ?? truncateGsm7(safe[safe.length - 1]!, SMS_SEGMENT_LENGTH);
}

export function acceptedReply(caseCode: string, { escalate, pictures }: { escalate: boolean; pictures: boolean }): string {
  const lead = escalate ? `Thank you. Case ${caseCode} is marked urgent for the leader responsible.` : `Thank you. Your case code is ${caseCode}.`;
  const follow = `Text STATUS ${caseCode} to follow it.`;
  if (pictures) {
    return firstThatFits(
      `${lead} Pictures are not kept (they can identify people), only your words. ${follow}`,
      `${lead} Pictures are not kept, only your words. ${follow}`,
    );
  }
  return firstThatFits(`${lead} ${follow} Your number is not kept.`, `${lead} ${follow}`);
}

export function helpReply(config: Pick<Config, 'programName' | 'organisation'>): string {
  const rest = 'Text us your views; STATUS <code> checks a case. Your number is not kept. Reply STOP to stop.';
  return firstThatFits(
    `${config.programName}: anonymous feedback to ${config.organisation.replace(/\.+$/, '')}. ${rest}`,
    `${config.programName}: anonymous feedback. ${rest}`,
    `${config.programName}: anonymous feedback. Your number is not kept. Reply STOP to stop.`,
  );
}

export const throttledReply = () =>
  firstThatFits('You have sent a lot of messages this hour, so this one was not saved. Please try again in an hour.');

export const questionsThrottledReply = () =>
  firstThatFits('You have asked a lot of questions this hour, so this one was not answered. Please try again in an hour.');

export const emptyReply = () => firstThatFits('Your message was empty. Text your feedback in words; it is anonymous. Reply HELP for help.');

export const picturesOnlyReply = () =>
  firstThatFits('Pictures are not accepted (they can identify people), so nothing was saved. Please text your feedback in words.');

export const urgentOnlyReply = () => firstThatFits('To mark feedback urgent, text URGENT followed by what is happening, in one message.');

export const tooLongReply = () =>
  firstThatFits(
    `Too long to save: keep it under ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters (fewer with emoji) or send it in parts. Nothing was saved.`,
  );

export function unknownSiteReply(tag: string, config: Pick<Config, 'sites'>): string {
  const tags = config.sites.map((s) => `#${s.id}`);
  const shown = (n: number) => tags.slice(0, n).join(' ') + (n < tags.length ? ' ...' : '');
  const variants: string[] = [];
  for (let n = tags.length; n >= 1; n -= 1) {
    variants.push(`There is no site #${tag}, so this was not saved. Start with one of ${shown(n)} or leave the tag out.`);
  }
  variants.push('There is no such site, so this was not saved. Send it again without the #tag.');
  return firstThatFits(...variants);
}

export const statusUsageReply = () => firstThatFits('To follow a case, text STATUS and its code, for example STATUS 7KQ4M-XW9TR.');

export const unknownCaseReply = () => firstThatFits('No case has that code. Check it and text STATUS and the code again.');

export const unavailableReply = () => firstThatFits('Sorry, we could not save your message just now. Please send it again in a few minutes.');

const STATUS_WORDS: Record<CaseStatus, string> = {
  received: 'received; it will be read shortly',
  analysed: 'read and recorded',
  escalated: 'passed to the leader responsible',
  acknowledged: 'acknowledged by the leader responsible',
  responded: 'answered',
};

/**
 * The answer to `STATUS <code>`: the case's status and, once a response has
 * been published, the response, split across numbered messages if long.
 */
export function statusReplies(view: { caseCode: string; status: CaseStatus; response?: string }): string[] {
  const line = `Case ${view.caseCode}: ${STATUS_WORDS[view.status]}.`;
  const response = view.response ? toGsm7(view.response).trim() : '';
  if (!response) return [line];
  return splitIntoSegments(`${line} The response: ${response}`);
}
