import { MAX_KIOSK_COMMENT_PARTS, MAX_TEXT_BYTES, MAX_TEXT_CHARACTERS } from '../../../../shared/domain/limits';
import { $, aboutManagement, comment, sendButton, urgent } from './dom';
import {
  backToKioskLanguage,
  fillWithElement,
  onLanguageChange,
  shownLanguage,
  switchedAway,
  t,
  webAddress,
} from './i18n';
import { addPending, flush, onSent, refusedNow, sentCodes } from './network';
import { outboxPut } from './outbox';
import { seal } from './seal';
import { siteSmsNumber } from './site-config';
import type { OutboxItem, Screen, Submission } from './types';

/**
 * One person's turn at the kiosk, from the start screen to the thank-you:
 * the screens, what was tapped and typed, and the timers that end a
 * session nobody finished, so the next person finds nothing of it (the
 * language chosen included).
 */
const DETAILS_IDLE_MS = Number(document.body.dataset.detailsIdleSeconds || 30) * 1000;
const THANKS_MS = Number(document.body.dataset.thanksSeconds || 30) * 1000;
const WAIT_FOR_CODE_MS = 6000;
const SCREENS: Screen[] = ['loading', 'start', 'details', 'thanks', 'setup'];

let current: Screen = 'loading';
let rating: number | null = null;
let topic: string | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let enrolled = true;
/** The details screen was left idle with something written or the urgent box ticked: warned, one more period to come back. */
let warned = false;

export const currentScreen = () => current;

export function show(name: Screen): void {
  current = name;
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== name;
  const heading = $(`screen-${name}`).querySelector('h1');
  if (heading) heading.focus({ preventScroll: false });
  armIdle();
}

/** Restarts the idle timer of the screen on show; called on every touch (which also takes a warning away). */
export function armIdle(): void {
  clearTimeout(idleTimer);
  if (warned) hideIdleWarning();
  if (current === 'details') idleTimer = setTimeout(detailsTimedOut, DETAILS_IDLE_MS);
  if (current === 'thanks') idleTimer = setTimeout(reset, THANKS_MS);
  // Someone switched language and walked away: the start screen goes back to the kiosk's.
  // Someone who pressed Back with words, a tick or a topic kept for them and walked away: the kiosk is shared,
  // so the next person must not find them; they end as the details screen's timeout ends them.
  if (current === 'start' && keptFromBack()) idleTimer = setTimeout(startTimedOut, DETAILS_IDLE_MS);
  else if (current === 'start' && switchedAway()) idleTimer = setTimeout(reset, DETAILS_IDLE_MS);
}

/** A face was chosen and Back pressed: what was chosen, ticked and typed waits for the same person on the start screen. */
const keptFromBack = () => rating !== null;

/**
 * The start screen left idle after Back: no warning shows there, so the words are not given another period,
 * but they are not dropped either: they go as the details screen's timeout sends them (urgent as urgent,
 * anything else marked left unsent), and the screen is cleared for the next person. With nothing written or
 * ticked, the face they went back from is not sent: Back said it was not their answer.
 */
function startTimedOut(): void {
  if (!somethingUnsent()) {
    reset();
    return;
  }
  warned = true;
  detailsTimedOut();
}

function unpressAllChips(): void {
  for (const c of document.querySelectorAll('.chip')) c.setAttribute('aria-pressed', 'false');
}

/** Clears what was tapped and typed; the language stays (the same person pressed Back). */
function clearAnswers(): void {
  rating = null;
  topic = null;
  comment().value = '';
  showCommentLength();
  $('preview').replaceChildren();
  urgent().checked = false;
  aboutManagement().checked = false;
  $('case-code').textContent = '';
  $('thanks-code').hidden = true;
  renderFollowSms();
  $('thanks-saved').hidden = true;
  $('thanks-not-saved').hidden = true;
  $('thanks-held').hidden = true;
  $('thanks-sent-since').hidden = true;
  waitingOnTablet = null;
  unpressAllChips();
}

/**
 * The submission the thank-you screen says is still on the tablet (not sent yet, or refused for now), while
 * that screen is up: once the tablet sends it, the screen says so and shows its case code, rather than keep
 * saying it waits (attack round 29, F7: back online, the report was sent and its sponsor emailed, and the screen
 * still said "saved on this tablet, will be sent").
 */
let waitingOnTablet: string | null = null;

onSent((key, caseCode) => {
  if (current !== 'thanks' || key !== waitingOnTablet) return;
  waitingOnTablet = null;
  sentCodes.delete(key);
  refusedNow.delete(key);
  $('case-code').textContent = caseCode;
  $('thanks-code').hidden = false;
  renderFollowSms();
  $('thanks-saved').hidden = true;
  $('thanks-not-saved').hidden = true;
  $('thanks-held').hidden = true;
  $('thanks-sent-since').hidden = false;
});

/** Back to the start with nothing of the last person left on screen, in the kiosk's own language. */
export function reset(): void {
  clearAnswers();
  backToKioskLanguage();
  show(enrolled ? 'start' : 'setup');
}

/**
 * "Back" on the details screen: the same person, choosing another face, so their language stays and so does
 * what they wrote, ticked and chose (a newcomer lost a written comment to Back). It waits for them on the
 * start screen, under its own timeout (`armIdle`), never for the next person.
 */
export function back(): void {
  show('start');
}

export function notEnrolled(): void {
  enrolled = false;
  show('setup');
}

export function chooseTopic(chip: HTMLElement): void {
  const wasPressed = chip.getAttribute('aria-pressed') === 'true';
  unpressAllChips();
  chip.setAttribute('aria-pressed', String(!wasPressed));
  topic = wasPressed ? null : (chip.dataset.topic ?? null);
}

// The sentence around the chosen face, and the status address around the code, in the language on screen.
function renderChosen(): void {
  const strong = document.createElement('strong');
  strong.id = 'chosen';
  strong.textContent = rating === null ? '' : t(`kiosk.rating.${rating}` as 'kiosk.rating.1');
  fillWithElement($('chosen-line'), 'kiosk.details.chosen', 'choice', strong);
}
function renderFollowUp(): void {
  const address = document.createElement('span');
  address.id = 'status-url';
  address.textContent = `${webAddress()}/status`;
  fillWithElement($('follow-up'), 'kiosk.thanks.followUp', 'address', address);
}
/** "Or text STATUS <code> to <number>": only with a code, and where the kiosk's site takes texts. */
function renderFollowSms(): void {
  const line = $('follow-sms');
  const code = $('case-code').textContent || '';
  const number = siteSmsNumber();
  line.hidden = !code || !number;
  if (line.hidden) {
    line.textContent = '';
    return;
  }
  // The keyword and the code in one bold piece kept on one line: broken at the code's dash on a narrow phone, it
  // is read and copied down as two (as on the form's receipt).
  const strong = document.createElement('strong');
  strong.id = 'sms-command-code';
  strong.className = 'one-line';
  strong.textContent = t('kiosk.thanks.smsCommand', { code });
  fillWithElement(line, 'kiosk.thanks.followSms', 'command', strong, { number: number! });
}
onLanguageChange(() => {
  renderChosen();
  renderFollowUp();
  renderFollowSms();
});

export function choose(value: number): void {
  rating = value;
  renderChosen();
  show('details');
}

function submission(withDetails: boolean): Submission {
  const item: Submission = { key: newKey(), rating: rating!, escalate: withDetails && urgent().checked };
  if (withDetails && aboutManagement().checked) item.aboutManagement = true;
  if (topic) item.topic = topic;
  const text = comment().value.trim();
  if (withDetails && text) {
    item.text = text;
    item.language = shownLanguage();
  }
  return item;
}

/** Sealed before it is stored (`seal.ts`); kept in memory, unsealed, only when it cannot be sealed. */
async function keep(item: Submission): Promise<unknown> {
  const sealed = await seal(item);
  const record: OutboxItem = sealed
    ? { key: item.key, escalate: item.escalate, sealed }
    : { key: item.key, escalate: item.escalate, plain: item };
  return outboxPut(record);
}

function newKey(): string {
  if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
}

/** Something of this person's that the timeout would clear: words in the box, or the urgent box ticked. */
const somethingUnsent = () => comment().value.trim() !== '' || urgent().checked;

/** The warning before the timeout clears a comment, saying what will happen; any touch takes it away. */
function showIdleWarning(): void {
  warned = true;
  const urgentTicked = urgent().checked ? 'yes' : 'no';
  $('idle-warning-text').textContent = t('kiosk.details.idleWarning', {
    urgent: urgentTicked,
    seconds: Math.round(DETAILS_IDLE_MS / 1000),
  });
  $('idle-warning').hidden = false;
}

function hideIdleWarning(): void {
  warned = false;
  $('idle-warning').hidden = true;
}

// Whoever walks away after tapping a face has still answered: the tap and topic are sent. Someone who wrote or
// ticked "urgent" is warned first and given as long again. Then a report marked urgent is sent as it is, words and
// all, since an urgent report must not be lost to a pause (a newcomer's finding: a half-written "driver is drunk"
// report and its tick dropped). A comment not marked urgent goes with the tap, marked left unsent: the server keeps
// its words only if they read urgent ("a man collapsed in the cold store", written by someone who ran off to help;
// attack round 19), and otherwise keeps the tap and topic alone, as before.
function detailsTimedOut(): void {
  if (!warned && somethingUnsent()) {
    showIdleWarning();
    idleTimer = setTimeout(detailsTimedOut, DETAILS_IDLE_MS);
    return;
  }
  hideIdleWarning();
  if (rating !== null) {
    const item = submission(true);
    if (item.text && !item.escalate) item.leftUnsent = true;
    // Longer than the server takes: cut where its limit falls, so no sentence is lost (the urgent one may be the last:
    // attack round 19 found a knife in the canteen cut off after 1,600 characters), and sent as ONE item, one case:
    // sent as several, each was a case with the face, linkable by its moment, and the face counted once a part
    // (session 38). The server makes its urgent parts the report and the others its details.
    if (item.text && showCommentLength()) {
      const [first, ...more] = fewestParts(partsOf(item.text, MAX_TEXT_CHARACTERS));
      item.text = first;
      if (more.length) item.more = more;
    }
    keep(item).then(flush);
  }
  reset();
}

/**
 * At most the parts one item takes (`MAX_KIOSK_COMMENT_PARTS`): of a longer comment, its first and its last ones, the
 * end being where a danger written last is.
 */
function fewestParts(parts: string[]): string[] {
  if (parts.length <= MAX_KIOSK_COMMENT_PARTS) return parts;
  const head = Math.floor(MAX_KIOSK_COMMENT_PARTS / 2);
  return [...parts.slice(0, head), ...parts.slice(parts.length - (MAX_KIOSK_COMMENT_PARTS - head))];
}

/** The text in parts of at most `max` characters, counted as the server counts them, each cut at a space if one is near. */
function partsOf(text: string, max: number): string[] {
  const characters = Array.from(text.replace(/\r\n?/g, '\n').normalize('NFC'));
  const parts: string[] = [];
  let start = 0;
  while (start < characters.length) {
    // As many characters as the server counts within `max` (emoji fill its byte limit first).
    let end = start;
    let bytes = 0;
    while (end < characters.length && countOf(end - start + 1, bytes + utf8Length(characters[end]!)) <= max) {
      bytes += utf8Length(characters[end]!);
      end += 1;
    }
    // Cut at a sentence's end if one is near, else at a space: a danger told in one sentence stays in one part.
    if (end < characters.length) end = cutNear(characters, start + max / 2, end);
    const part = characters.slice(start, end).join('').trim();
    if (part) parts.push(part);
    start = end;
  }
  return parts;
}

/** Where to cut `characters` before `end`, no sooner than `earliest`: after a sentence's end, else after a space. */
function cutNear(characters: string[], earliest: number, end: number): number {
  for (let i = end - 1; i > earliest; i--) {
    // "…in time. The" cuts after the space; "…です。次" (no space after a full stop in Chinese or Japanese) before "次".
    if (/\s/.test(characters[i]!) && /[.!?…]/.test(characters[i - 1]!)) return i + 1;
    if (/[。！？]/.test(characters[i - 1]!)) return i;
  }
  const space = characters.lastIndexOf(' ', end - 1);
  return space > earliest ? space + 1 : end;
}

export function submit(): void {
  if (rating === null) return;
  // Longer than the server takes: said under the box, and nothing sent, so nothing written is lost or cut.
  if (showCommentLength()) {
    comment().focus();
    return;
  }
  const item = submission(true);
  sendButton().disabled = true;
  keep(item)
    .then(() => {
      addPending();
      const timeout = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_CODE_MS));
      // A flush already under way may have read the outbox before this item was in it: one more pass then.
      const sent = flush().then(() => (sentCodes.has(item.key) || !navigator.onLine ? null : flush()));
      return Promise.race([sent, timeout]);
    })
    .then(
      () => {
        if (!enrolled) {
          reset();
          return;
        }
        const code = sentCodes.get(item.key);
        const refused = code ? undefined : refusedNow.get(item.key);
        sentCodes.delete(item.key);
        refusedNow.delete(item.key);
        $('case-code').textContent = code || '';
        $('thanks-code').hidden = !code;
        renderFollowSms();
        // Refused by the server: told it is NOT saved yet (the emergency line is below), never that it was received.
        $('thanks-not-saved').hidden = refused !== 'busy';
        $('thanks-held').hidden = refused !== 'held';
        $('thanks-saved').hidden = Boolean(code || refused);
        waitingOnTablet = code ? null : item.key;
        show('thanks');
      },
      () => {
        $('thanks-saved').hidden = false;
        waitingOnTablet = item.key;
        show('thanks');
      },
    )
    .then(() => {
      sendButton().disabled = false;
    });
}

/**
 * How much of the comment's limit is used, counted as the server counts (code points of the NFC text), under the
 * box: the box has no maxlength, which would cut a longer paste without a word. Over the limit it says so, in
 * place of the count, and returns true.
 */
export function showCommentLength(): boolean {
  const used = countedLength(comment().value);
  const over = used > MAX_TEXT_CHARACTERS;
  const counter = $('comment-count');
  counter.textContent = over ? t('kiosk.details.tooLong') : t('kiosk.details.count', { used });
  counter.classList.toggle('over', over);
  counter.setAttribute('role', over ? 'alert' : 'none');
  comment().setAttribute('aria-invalid', String(over));
  return over;
}

/**
 * A text's length as the server counts it (`countedLength` in shared/domain/feedback.ts): its characters once
 * cleaned, or more when its UTF-8 bytes fill the byte limit first. Counted in characters alone, 1,300 emoji read
 * "1,300 of 1,600 characters", were refused by the server as too long, and stayed on the tablet unsent, "kept on this
 * tablet … tell whoever looks after it", with no way to send them.
 */
function countedLength(text: string): number {
  const cleaned = text.trim().replace(/\r\n?/g, '\n').normalize('NFC');
  return countOf(Array.from(cleaned).length, new TextEncoder().encode(cleaned).length);
}
const countOf = (characters: number, bytes: number) =>
  Math.max(characters, Math.ceil((bytes * MAX_TEXT_CHARACTERS) / MAX_TEXT_BYTES));
const utf8Length = (character: string) => new TextEncoder().encode(character).length;
