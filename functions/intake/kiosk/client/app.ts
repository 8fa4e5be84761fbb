/**
 * The kiosk's script, run by the tablet's browser from `/kiosk/app.js`
 * (bundled as text by `scripts/build-kiosk.ts`; type-checked with the DOM
 * library by this folder's tsconfig). This file wires the page's events;
 * each concern has its own file: `i18n.ts` (the language on screen),
 * `session.ts` (one person's turn), `network.ts` and `outbox.ts` (sending,
 * and keeping what cannot be sent yet), `site-config.ts`, `preview.ts`.
 *
 * What it keeps on the tablet, and nothing more: the kiosk token and the
 * site's question, topics and language (localStorage), and submissions not
 * yet sent (IndexedDB, sealed to the server's key before they are stored,
 * since a delete there does not erase: `seal.ts`; deleted once the server
 * has them). No timestamps, no
 * cookies, no identifiers of people: a queued item holds only what was
 * tapped and typed, the language it was written in, and its random
 * idempotency key. A language chosen on the start screen is kept nowhere.
 */
import { $, comment, sendButton } from './dom';
import { codeAsMeant, enrolWithCode, looksWhole, takeEnrolmentCodeFromAddress } from './enrolment';
import { chooseLanguage, onLanguageChange, setKioskLanguage, setupScreenLanguage } from './i18n';
import { countPending, flush, keepToken, onNotEnrolled, showNetwork, token, watchNetwork } from './network';
import { checkPreview } from './preview';
import './setup-screen';
import {
  armIdle,
  back,
  choose,
  chooseTopic,
  currentScreen,
  notEnrolled,
  reset,
  show,
  showCommentLength,
  submit,
} from './session';
import { forgetConfig, forgetEnrolment, loadConfig } from './site-config';

/**
 * A lasting token in the address (`#token=`, the links of tablets set up before links were one-use): kept,
 * and removed from the address bar. Today's links carry a one-use code instead (`enrolment.ts`).
 */
function takeTokenFromAddress(): boolean {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return false;
  keepToken(decodeURIComponent(match[1]!));
  forgetEnrolment();
  history.replaceState(null, '', location.pathname);
  return true;
}
takeTokenFromAddress();

function notSetUp(): void {
  // A kiosk that knew its enrolment language keeps it; one never told reads as the person setting it up does.
  setKioskLanguage(setupScreenLanguage(forgetConfig()));
  notEnrolled();
}
onNotEnrolled(notSetUp);

/** Setting up waits for the network: said on the setup screen, in the language of whoever holds the tablet. */
function waitingForNetwork(): void {
  if (!$('setup-waiting').hidden) return;
  setKioskLanguage(setupScreenLanguage(undefined));
  show('setup');
  $('setup-waiting').hidden = false;
}

/**
 * A set-up link's code traded for the tablet's token; `then` runs once it is
 * kept. A link the server refuses changes nothing on a tablet already set up;
 * one that is not is told to ask for a new link.
 */
function enrolFromLink(copied: string, then: () => void): void {
  const code = codeAsMeant(copied);
  // A link cut short when it was copied: said as such (an operator told "already used" makes new links for nothing),
  // and its code, never sent, stays good for the whole link.
  if (!looksWhole(code)) {
    if (token()) {
      show('loading');
      then();
      return;
    }
    notSetUp();
    $('setup-link-used').hidden = true;
    $('setup-link-cut').hidden = false;
    return;
  }
  enrolWithCode(code, waitingForNetwork).then((outcome) => {
    $('setup-waiting').hidden = true;
    if (outcome === 'enrolled' || token()) {
      // Off the setup screen it may have waited on: the settings then show the start screen.
      show('loading');
      then();
      return;
    }
    notSetUp();
    $('setup-link-cut').hidden = true;
    $('setup-link-used').hidden = false;
  });
}

// A link pasted into a tab already on the kiosk changes only the fragment, so the page is not loaded again:
// start afresh with the new token.
window.addEventListener('hashchange', () => {
  if (takeTokenFromAddress()) location.reload();
  const code = takeEnrolmentCodeFromAddress();
  if (code) enrolFromLink(code, () => location.reload());
});

for (const type of ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel']) {
  document.addEventListener(type, armIdle, { passive: true, capture: true });
}

document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const face = target.closest<HTMLElement>('.face');
  if (face) {
    choose(Number(face.dataset.rating));
    return;
  }
  const chip = target.closest<HTMLElement>('.chip');
  if (chip) {
    chooseTopic(chip);
    return;
  }
  const language = target.closest<HTMLElement>('.language');
  if (language) {
    chooseLanguage(language.dataset.language);
    // The switch's own timer: back to the kiosk's language if nobody goes on.
    armIdle();
  }
});
sendButton().addEventListener('click', submit);
$('check-preview').addEventListener('click', checkPreview);
// A preview describes the text it was made from: changing the text clears it.
comment().addEventListener('input', () => {
  $('preview').replaceChildren();
  showCommentLength();
});
onLanguageChange(showCommentLength);
$('cancel').addEventListener('click', back);
// "I am still here": the touch itself took the warning away (armIdle); back to the words.
$('keep-writing').addEventListener('click', () => {
  armIdle();
  comment().focus();
});
$('done').addEventListener('click', reset);
comment().addEventListener('focus', () => {
  // Room for the on-screen keyboard: bring the box, and Send below it, into view.
  setTimeout(() => comment().scrollIntoView({ block: 'center' }), 300);
});
document.addEventListener('keydown', (event) => {
  if (currentScreen() === 'start' && /^[1-4]$/.test(event.key)) choose(Number(event.key));
  else if (currentScreen() === 'details' && event.key === 'Escape') back();
});

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(() => {});
}
if ('wakeLock' in navigator) {
  const keepAwake = () => {
    if (document.visibilityState === 'visible') navigator.wakeLock.request('screen').catch(() => {});
  };
  document.addEventListener('visibilitychange', keepAwake);
  keepAwake();
}

function start(): void {
  loadConfig(() => {
    if (currentScreen() === 'loading' || currentScreen() === 'start') show('start');
  }, notSetUp);
  countPending().then(() => flush());
}

watchNetwork();
showNetwork();
const enrolmentCode = takeEnrolmentCodeFromAddress();
if (enrolmentCode) enrolFromLink(enrolmentCode, start);
else start();
