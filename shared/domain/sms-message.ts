import type { Config } from '../config/schema';
import { cleanText } from './feedback';
import { normaliseCaseCode } from './case-code';

/** What an inbound text asks for, read from its words alone. */
export type SmsIntent =
  /** STOP and its synonyms: the carrier or Twilio blocks further sends; we answer nothing and keep nothing. */
  | { kind: 'stop' }
  /** START/UNSTOP: the carrier or Twilio answers these itself. */
  | { kind: 'start' }
  | { kind: 'help' }
  /** `STATUS <code>`; `code` is undefined when none, or something that cannot be a code, was typed. */
  | { kind: 'status'; code: string | undefined; typed: boolean }
  | { kind: 'feedback'; text: string; site: string | undefined; escalate: boolean }
  /** The message started with `#something` that is not a configured site. */
  | { kind: 'unknown-site'; tag: string };

// Twilio's and the US carriers' opt-out and help keywords.
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);
const START_WORDS = new Set(['START', 'UNSTOP']);
const HELP_WORDS = new Set(['HELP', 'INFO']);

const SITE_TAG = /^#([\p{L}\p{N}_-]{1,40})[\s:,.;-]*/u;
const URGENT = /^urgent\b[\s:;,.!-]*/i;
const STATUS = /^status\b[\s:#-]*([\s\S]*)$/i;
// What a mistyped case code can look like: short, letters, digits, spaces and dashes.
const CODE_LIKE = /^[\p{L}\p{N} -]{1,16}$/u;

/** A phone number reduced to `+` and digits, so `+1 (555) 010-0001` and `+15550100001` are the same number. */
export function normalisePhoneNumber(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

/** The site whose configured SMS numbers include the number that was texted. */
export function siteForNumber(config: Pick<Config, 'sites'>, to: string | undefined): string | undefined {
  if (!to) return undefined;
  const number = normalisePhoneNumber(to);
  return config.sites.find((site) => site.smsNumbers.includes(number))?.id;
}

/**
 * Reads an inbound text. Keywords count only alone on the message (any case,
 * trailing punctuation allowed), so feedback that merely starts with "Stop"
 * or "Help" is still feedback. A message may start with `#site` and/or
 * `URGENT`, in either order; both are taken off the text.
 *
 * @example
 * readSmsIntent('#plant2 URGENT the fire exit is blocked', config, '+15550100001')
 * // → { kind: 'feedback', text: 'the fire exit is blocked', site: 'plant2', escalate: true }
 */
export function readSmsIntent(body: string, config: Pick<Config, 'sites'>, to: string | undefined): SmsIntent {
  const text = cleanText(body);
  const word = text.toUpperCase().replace(/[\s.!?]+$/u, '');
  if (STOP_WORDS.has(word)) return { kind: 'stop' };
  if (START_WORDS.has(word)) return { kind: 'start' };
  if (HELP_WORDS.has(word)) return { kind: 'help' };

  const status = STATUS.exec(text);
  if (status) {
    const rest = status[1]!.trim();
    if (rest === '') return { kind: 'status', code: undefined, typed: false };
    const code = normaliseCaseCode(rest);
    if (code) return { kind: 'status', code, typed: true };
    if (CODE_LIKE.test(rest)) return { kind: 'status', code: undefined, typed: true };
    // "Status of the repairs is …" is feedback, not a lookup.
  }

  let rest = text;
  let site = siteForNumber(config, to);
  let escalate = false;
  let tagged = false;
  for (;;) {
    const tag = tagged ? null : SITE_TAG.exec(rest);
    if (tag) {
      const id = tag[1]!.toLowerCase();
      if (!config.sites.some((s) => s.id === id)) return { kind: 'unknown-site', tag: id };
      site = id;
      tagged = true;
      rest = rest.slice(tag[0].length);
      continue;
    }
    const urgent = escalate ? null : URGENT.exec(rest);
    if (urgent) {
      escalate = true;
      rest = rest.slice(urgent[0].length);
      continue;
    }
    break;
  }
  return { kind: 'feedback', text: rest.trim(), site, escalate };
}
