import { keepToken } from './network';
import { forgetEnrolment } from './site-config';

/**
 * The tablet's set-up link (`/kiosk#enrol=<code>`): a one-use code, taken out
 * of the address bar at once and traded with the server for the tablet's
 * token (`POST /kiosk/enrol`, the code in the body, so no log holds it). The
 * token is kept here only; the link then opens nothing, wherever it is seen
 * again (the History, a screenshot, the message it was sent in).
 */

/** What became of a link: the tablet is set up, or the server refused it (used, expired, revoked). */
export type EnrolmentOutcome = 'enrolled' | 'refused';

const RETRY_MS = 5000;

/** The code of a set-up link in the address, removed from the address bar; undefined if there is none. */
export function takeEnrolmentCodeFromAddress(): string | undefined {
  const match = /(?:^#|&)enrol=([^&]+)/.exec(location.hash);
  if (!match) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  return decodeURIComponent(match[1]!);
}

/**
 * The code as the link was meant to carry it: a link travels in a chat or an email and is copied with what stood
 * after it (the sentence's full stop, a bracket, quotes, a space), none of which a code holds (base64url).
 */
export function codeAsMeant(copied: string): string {
  return copied.trim().replace(/[^A-Za-z0-9_-]+$/, '');
}

/** Whether `code` is whole: shorter, its end was lost when the link was copied (the server's own shape check). */
export const looksWhole = (code: string): boolean => /^lpe_[A-Za-z0-9_-]{43}$/.test(code);

/**
 * Trades `code` for the tablet's token, and keeps it (a new enrolment: the
 * last one's settings are forgotten). With no network, or a server too busy,
 * it tells `waiting` and tries again until it has an answer, in memory only:
 * a code is worth nothing once used, but nothing to keep either.
 */
export function enrolWithCode(code: string, waiting: () => void): Promise<EnrolmentOutcome> {
  return new Promise((resolve) => {
    const attempt = () => {
      let retryIn = RETRY_MS;
      fetch('/kiosk/enrol', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ code }),
        cache: 'no-store',
        credentials: 'omit',
      })
        .then(async (res) => {
          if (res.ok) {
            const answer: { token?: unknown } = await res.json();
            if (typeof answer.token === 'string') {
              keepToken(answer.token);
              forgetEnrolment();
              resolve('enrolled');
              return;
            }
          }
          // 403: used, expired or revoked; 400 or 401: not a link this installation can take.
          if (res.status === 400 || res.status === 401 || res.status === 403) {
            resolve('refused');
            return;
          }
          if (res.status === 429) retryIn = Math.max(1, Number(res.headers.get('retry-after')) || 5) * 1000;
          throw new Error(`enrol ${res.status}`);
        })
        .catch(() => {
          waiting();
          setTimeout(attempt, retryIn);
        });
    };
    attempt();
  });
}
