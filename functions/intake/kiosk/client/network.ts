import { $ } from './dom';
import { onLanguageChange, shownLanguage, t } from './i18n';
import { outboxAll, outboxDelete, outboxPut, plainOf, sealWhatIsPlain } from './outbox';
import type { OutboxItem, SendResult, Submission } from './types';

/**
 * Sending what the outbox holds: urgent first, each deleted only once the
 * server has it, retried with back-off (and after a 429's Retry-After: a
 * kiosk's budget is `limits.kioskPerMinute`, and a long outbox spreads over
 * the minutes it needs), and a calm line at the top of the screen while the
 * network is down or feedback waits. Nothing is deleted unsent: what the
 * server refuses as it stands is sent again without its topic, and if still
 * refused, held on the tablet (see `OutboxItem.held`).
 */

const TOKEN_KEY = 'listening-post.kiosk.token';
export const token = () => localStorage.getItem(TOKEN_KEY);
export const keepToken = (value: string) => {
  tokenRefused = false;
  localStorage.setItem(TOKEN_KEY, value);
};

let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = 5000;
let unreachable = false;
let pending = 0;
let held = 0;
/** The server refused the tablet's token: nothing waiting can go until it is enrolled again, so "Sending…" would not be true. */
let tokenRefused = false;
/** Held items are offered again at most this often: a few requests an hour, never the kiosk's whole budget. */
const HELD_RETRY_MS = 10 * 60_000;
let heldTriedAt = Number.NEGATIVE_INFINITY;
let flushing: Promise<unknown> | null = null;
/** Case codes of submissions sent while their person may still be waiting for the thank-you screen. */
export const sentCodes = new Map<string, string>();
/**
 * Submissions the server refused while their person may still be waiting: `busy` (too many reports
 * at once; the tablet sends it again later) or `held` (refused as it stands; kept here). Either way the
 * thank-you screen must not say it was received.
 */
export const refusedNow = new Map<string, 'busy' | 'held'>();
let whenNotEnrolled = () => {};
let whenSent: (key: string, caseCode: string) => void = () => {};

/** What to do when a submission is sent: the thank-you screen that said it waits on the tablet says it went. */
export function onSent(action: (key: string, caseCode: string) => void): void {
  whenSent = action;
}

/** What to do when the server says the tablet's token is no longer valid. */
export function onNotEnrolled(action: () => void): void {
  whenNotEnrolled = action;
}
export function markUnreachable(): void {
  unreachable = true;
  showNetwork();
}
/** One more item waits: counted at once, before the outbox is read again. */
export function addPending(): void {
  pending += 1;
}

export function showNetwork(): void {
  const offline = !navigator.onLine || unreachable;
  let text = '';
  const saved = pending + held;
  if (offline) text = saved > 0 ? t('kiosk.network.offlineSaved', { count: saved }) : t('kiosk.network.offline');
  else if (tokenRefused && saved > 0) text = t('kiosk.network.notSetUpSaved', { count: saved });
  else if (pending > 0) text = t('kiosk.network.sending', { count: pending });
  else if (held > 0) text = t('kiosk.network.held', { count: held });
  if ($('network').textContent !== text) $('network').textContent = text;
  document.body.classList.toggle('is-offline', offline);
}
onLanguageChange(showNetwork);

export function countPending(): Promise<OutboxItem[]> {
  return outboxAll().then((items) => {
    held = items.filter((i) => i.held).length;
    pending = items.length - held;
    showNetwork();
    return items;
  });
}

/** The request's body: the sealed item as stored (the server opens it), or a plain item's fields. */
function bodyOf(item: OutboxItem, withoutTopic: boolean): object {
  const plain = plainOf(item);
  if (!plain) return withoutTopic ? { sealed: item.sealed, withoutTopic } : { sealed: item.sealed };
  const body: Partial<Submission> = { rating: plain.rating, key: plain.key, escalate: plain.escalate };
  if (plain.topic && !withoutTopic) body.topic = plain.topic;
  if (plain.text) body.text = plain.text;
  // A long comment's further parts, and whether it was left on the screen: the server reads them as one item.
  if (plain.text && plain.more?.length) body.more = plain.more;
  if (plain.leftUnsent) body.leftUnsent = true;
  if (plain.aboutManagement) body.aboutManagement = true;
  if (plain.language && !withoutTopic) body.language = plain.language;
  return body;
}

function send(item: OutboxItem, withoutTopic = false): Promise<SendResult> {
  const body = bodyOf(item, withoutTopic);
  return fetch('/kiosk/feedback', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      // Any words of a refusal in the language on screen, not the tablet browser's.
      'accept-language': shownLanguage(),
      authorization: `Bearer ${token()}`,
    },
    body: JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  }).then(
    (res): SendResult | Promise<SendResult> => {
      unreachable = false;
      if (res.status === 201)
        return res.json().then((json: { caseCode: string }) => ({ outcome: 'sent', caseCode: json.caseCode }));
      if (res.status === 401 || res.status === 403) return { outcome: 'not-enrolled' };
      if (res.status === 429)
        return { outcome: 'later', busy: true, afterMs: Number(res.headers.get('retry-after') || 10) * 1000 };
      // Refused as it stands (400, 413, 415): sending it again unchanged will not succeed soon.
      if (res.status >= 400 && res.status < 500) return { outcome: 'refused' };
      return { outcome: 'later' };
    },
    (): SendResult => {
      unreachable = true;
      return { outcome: 'later' };
    },
  );
}

/**
 * What a server that refuses an item as it stands may still take: the same
 * words, urgency and key without the topic and language, which a changed
 * server may no longer know (the person who chose them is long gone).
 */
function sendKeepingTheWords(item: OutboxItem): Promise<SendResult> {
  return send(item).then((result) => {
    if (result.outcome !== 'refused') return result;
    // A sealed item's topic is unknown here: the server takes it out.
    const plain = plainOf(item);
    if (plain && !plain.topic && !plain.language) return result;
    return send(item, true);
  });
}

/** Sends everything in the outbox, urgent first; each is deleted only once the server has it. */
export function flush(): Promise<unknown> {
  if (flushing) return flushing;
  clearTimeout(retryTimer);
  flushing = (async () => {
    // First, before anything is sent or marked held: nothing waits unsealed once the tablet has the key.
    await sealWhatIsPlain();
    const heldDue = performance.now() - heldTriedAt >= HELD_RETRY_MS;
    if (heldDue) heldTriedAt = performance.now();
    const tried = new Set<string>();
    for (;;) {
      if (!token()) return;
      const items = (await outboxAll()).filter((i) => !tried.has(i.key) && (heldDue || !i.held));
      if (items.length === 0) {
        retryDelay = 5000;
        return;
      }
      for (const [index, item] of items.entries()) {
        tried.add(item.key);
        const result = await sendKeepingTheWords(item);
        if (result.outcome === 'sent') {
          tokenRefused = false;
          await outboxDelete(item.key);
          sentCodes.set(item.key, result.caseCode);
          refusedNow.delete(item.key);
          whenSent(item.key, result.caseCode);
          continue;
        }
        if (result.outcome === 'refused') {
          refusedNow.set(item.key, 'held');
          if (!item.held) await outboxPut({ ...item, held: true });
          continue;
        }
        if (result.outcome === 'not-enrolled') {
          tokenRefused = true;
          whenNotEnrolled();
          return;
        }
        if (result.busy) {
          // This one and those behind it wait for the server to take reports again: none of them is saved there yet.
          refusedNow.set(item.key, 'busy');
          for (const waiting of items.slice(index + 1))
            if (!refusedNow.has(waiting.key)) refusedNow.set(waiting.key, 'busy');
        }
        scheduleRetry(result.afterMs);
        return;
      }
    }
  })()
    .catch(() => scheduleRetry())
    .then(() => {
      flushing = null;
      return countPending();
    });
  showNetwork();
  return flushing;
}

function scheduleRetry(afterMs?: number): void {
  clearTimeout(retryTimer);
  const delay = afterMs || retryDelay;
  retryDelay = Math.min(retryDelay * 2, 60000);
  retryTimer = setTimeout(flush, delay);
  showNetwork();
}

function backOnline(): void {
  unreachable = false;
  retryDelay = 5000;
  showNetwork();
  flush();
}

/** Listens for the network coming and going, and keeps trying while feedback waits. */
export function watchNetwork(): void {
  window.addEventListener('online', backOnline);
  window.addEventListener('offline', showNetwork);
  // Some browsers and tablet web views never fire 'online' (or never say
  // they were offline: the network simply failed). While feedback waits and
  // the server was unreachable, ask it every few seconds with the smallest
  // request there is, so saved feedback goes as soon as the network is back
  // rather than at the next backed-off retry, up to a minute later.
  setInterval(() => {
    if (!unreachable || pending === 0 || flushing) return;
    fetch('/health', { cache: 'no-store', credentials: 'omit' }).then(
      (res) => {
        if (res.ok) backOnline();
      },
      () => {},
    );
  }, 4000);
  setInterval(() => {
    if ((pending > 0 || held > 0) && !flushing) flush();
  }, 30000);
}
