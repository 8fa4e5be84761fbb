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
/**
 * The word that asks for escalation, in each language the urgency detector
 * reads, as people text it: URGENT (English and French, and what most
 * Filipino workers text), URGENTE (Spanish, Portuguese, Italian, and Tagalog
 * borrowing it), URHENTE and MADALIAN (Tagalog), DRINGEND (German), PILNE
 * (Polish), KHẨN CẤP (Vietnamese, with or without its tones), 紧急 / 緊急
 * (Chinese) and عاجل (Arabic). Written here folded (see {@link foldWithOffsets});
 * a space stands for any spacing, none included.
 */
const URGENT_WORDS = ['URGENT', 'URGENTE', 'URHENTE', 'MADALIAN', 'DRINGEND', 'PILNE', 'KHAN CAP', '紧急', '緊急', 'عاجل'];
// The word alone, not the start of a longer one ("urgently", "dringender", 紧急出口 "emergency exit"),
// then the spaces and punctuation after it, Latin, CJK and Arabic.
const URGENT = new RegExp(`^(?:${URGENT_WORDS.map((w) => w.replace(/ /g, '\\s*')).join('|')})(?![\\p{L}\\p{N}])[\\s:;,.!\\-–—：；，。！、،؛]*`, 'u');
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
    const urgent = escalate ? 0 : urgentKeywordLength(rest);
    if (urgent > 0) {
      escalate = true;
      rest = rest.slice(urgent);
      continue;
    }
    break;
  }
  return { kind: 'feedback', text: rest.trim(), site, escalate };
}

/**
 * `text` in upper case without accents, tones, umlauts or Arabic vowel marks
 * and with compatibility forms (fullwidth letters) made plain, with, for
 * each folded character, where its source character ends in `text`.
 */
function foldWithOffsets(text: string): { folded: string; endOf: number[] } {
  let folded = '';
  const endOf: number[] = [];
  let index = 0;
  for (const char of text) {
    index += char.length;
    const plain = char.normalize('NFKD').replace(/[\p{M}\u0640]/gu, '').toUpperCase();
    folded += plain;
    for (let i = 0; i < plain.length; i += 1) endOf.push(index);
  }
  return { folded, endOf };
}

/** How many UTF-16 units of `text` the urgent keyword and what follows it take at its start; 0 when it does not start with one. */
function urgentKeywordLength(text: string): number {
  const { folded, endOf } = foldWithOffsets(text.slice(0, 64));
  const match = URGENT.exec(folded);
  return match && match[0].length > 0 ? endOf[match[0].length - 1]! : 0;
}
