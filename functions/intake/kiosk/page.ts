import { html, raw } from 'hono/html';
import { KIOSK_RATINGS } from '../../../shared/domain/kiosk';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { faceSvg } from './faces';

/** Seconds of no touch before the details screen, then the thank-you, go back to the start by themselves. */
export const KIOSK_TIMINGS = { detailsIdleSeconds: 30, thanksSeconds: 12 } as const;

/**
 * The kiosk's one page. It is the same for every kiosk, so the service
 * worker can cache it: the site's question and topics arrive from
 * `/kiosk/config` once the script knows the tablet's token. Every screen is
 * in the page, all but one hidden. No inline script or style (CSP).
 */
export function kioskPage(programName: string) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content">
<meta name="referrer" content="no-referrer">
<meta name="theme-color" content="#1f5fa8">
<title>Feedback kiosk · ${programName}</title>
<link rel="manifest" href="/kiosk/manifest.webmanifest">
<link rel="icon" href="/kiosk/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/kiosk/icon-192.png">
<link rel="stylesheet" href="/kiosk/app.css">
<script src="/kiosk/app.js" defer></script>
</head>
<body data-details-idle-seconds="${KIOSK_TIMINGS.detailsIdleSeconds}" data-thanks-seconds="${KIOSK_TIMINGS.thanksSeconds}">
<main id="main">
<div class="network" id="network" role="status"></div>

<section id="screen-loading" aria-labelledby="loading-title">
  <h1 id="loading-title" tabindex="-1">Getting ready…</h1>
  <noscript><p class="site">This kiosk needs JavaScript. To give feedback without it, use the web form at /.</p></noscript>
</section>

<section id="screen-start" aria-labelledby="question" hidden>
  <h1 id="question" tabindex="-1">How are things at work today?</h1>
  <p class="site" id="site-name"></p>
  <div class="faces">
    ${KIOSK_RATINGS.map((r) => html`<button type="button" class="face" data-rating="${r.rating}">${raw(faceSvg(r.rating))}<span>${r.label}</span></button>`)}
  </div>
  <p class="anon">Anonymous: nothing about you is recorded.</p>
</section>

<section id="screen-details" class="details" aria-labelledby="details-title" hidden>
  <h1 id="details-title" tabindex="-1">Thank you. Anything to add?</h1>
  <p class="chosen">You chose <strong id="chosen"></strong>. Add more if you like, or just press Send.</p>
  <div role="group" aria-labelledby="topics-label">
    <p class="group-label" id="topics-label">What is it about? <span class="hint">(optional)</span></p>
    <div class="chips" id="chips"></div>
  </div>
  <div>
    <label for="comment">Comment <span class="hint">(optional)</span></label>
    <p class="hint" id="comment-hint">Please leave out names. Up to ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters.</p>
    <textarea id="comment" rows="3" maxlength="${MAX_TEXT_CHARACTERS}" autocomplete="off" autocapitalize="sentences" spellcheck="true" enterkeyhint="done" aria-describedby="comment-hint"></textarea>
    <button type="button" class="secondary check-preview" id="check-preview">Check what will be removed</button>
    <div class="preview" id="preview" role="status" aria-live="polite"></div>
  </div>
  <div class="check">
    <input type="checkbox" id="urgent">
    <label for="urgent">This is urgent: ask a senior leader to look at it now</label>
  </div>
  <div class="check">
    <input type="checkbox" id="about-management">
    <label for="about-management">This is about my management: send it to someone above them</label>
  </div>
  <div class="actions">
    <button type="button" class="primary" id="send">Send</button>
    <button type="button" class="secondary" id="cancel">Back</button>
  </div>
</section>

<section id="screen-thanks" class="thanks" aria-labelledby="thanks-title" hidden>
  <h1 id="thanks-title" tabindex="-1">Thank you</h1>
  <div id="thanks-code" hidden>
    <p>Your case code is</p>
    <p><output class="code" id="case-code"></output></p>
    <p class="site">To follow it up, note the code and visit <span id="status-url">/status</span> from any phone or computer.</p>
  </div>
  <p id="thanks-saved" hidden>Your feedback is saved on this tablet and will be sent as soon as the connection allows. A case code needs the connection, so there is none this time.</p>
  <button type="button" class="done" id="done">Done</button>
</section>

<section id="screen-setup" aria-labelledby="setup-title" hidden>
  <h1 id="setup-title" tabindex="-1">This tablet is not set up yet</h1>
  <p class="site">It cannot take feedback until it is. Please tell whoever looks after the tablets here; you can still send feedback from your own phone or by text message.</p>
  <!-- For the operator: enrol the tablet again (see the README, "Kiosk") and open the link it prints on this tablet. -->
</section>
</main>
</body>
</html>`;
}
