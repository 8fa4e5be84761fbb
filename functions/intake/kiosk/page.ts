import { html, raw } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { KIOSK_RATINGS } from '../../../shared/domain/kiosk';
import { emergencyLine } from '../../../shared/domain/emergency';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { textDirection } from '../../../shared/i18n/direction';
import { catalogueOf } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import { faceSvg } from './faces';
import { kioskMessagesJson } from './kiosk-messages';

/**
 * What a tablet without JavaScript shows. Only the script knows the kiosk's
 * enrolment language, so every configured language is said, the
 * installation's default first, each marked with its own `lang` and `dir`
 * so it is read aloud (and hyphenated) in its language.
 */
function noScriptLines(config: Config) {
  const languages = [config.defaultLanguage, ...config.languages.filter((code) => code !== config.defaultLanguage)];
  return languages.map(
    (code) =>
      html`<p class="site" lang="${code}" dir="${textDirection(code)}">${translate(code, 'kiosk.noScript')}</p>`,
  );
}

/** Seconds of no touch before the details screen, then the thank-you, go back to the start by themselves. */
// The thank-you screen holds the case code long enough to write it down (a person looking for a pen), and no
// longer than the details screen's idle time: the next person at the tablet must not find it.
export const KIOSK_TIMINGS = { detailsIdleSeconds: 30, thanksSeconds: 30 } as const;

/**
 * The kiosk's one page. It is the same for every kiosk, so the service
 * worker can cache it: the site's question and topics, and the kiosk's own
 * language, arrive from `/kiosk/config` once the script knows the tablet's
 * token. Until then it is in the installation's default language. Every
 * screen is in the page, all but one hidden; each text names its catalogue
 * message (`data-i18n`), and the messages of every configured language ride
 * along in a JSON data block, so the script can switch language offline. No
 * inline script or style (CSP: a data block is never run).
 */
export function kioskPage(config: Config) {
  const language = config.defaultLanguage;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params);
  const { programName } = config;
  return html`<!doctype html>
<html lang="${language}" dir="${textDirection(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content">
<meta name="referrer" content="no-referrer">
<meta name="theme-color" content="#1f5fa8">
<title data-i18n="kiosk.title">${t('kiosk.title', { program: programName })}</title>
<link rel="manifest" href="/kiosk/manifest.webmanifest">
<link rel="icon" href="/kiosk/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/kiosk/icon-192.png">
<link rel="stylesheet" href="/kiosk/app.css">
<script type="application/json" id="kiosk-messages">${raw(kioskMessagesJson(config))}</script>
<script src="/kiosk/app.js" defer></script>
</head>
<body data-details-idle-seconds="${KIOSK_TIMINGS.detailsIdleSeconds}" data-thanks-seconds="${KIOSK_TIMINGS.thanksSeconds}" data-program="${programName}" data-max-characters="${MAX_TEXT_CHARACTERS}">
<main id="main">
<div class="network" id="network" role="status"></div>

<section id="screen-loading" aria-labelledby="loading-title">
  <h1 id="loading-title" tabindex="-1" data-i18n="kiosk.loading">${t('kiosk.loading')}</h1>
  <noscript>${noScriptLines(config)}</noscript>
</section>

<section id="screen-start" aria-labelledby="question" hidden>
  <h1 id="question" tabindex="-1">${t('kiosk.start.question')}</h1>
  <p class="site" id="site-name"></p>
  <div class="faces">
    ${KIOSK_RATINGS.map((r) => html`<button type="button" class="face" data-rating="${r.rating}">${raw(faceSvg(r.rating))}<span data-i18n="kiosk.rating.${r.rating}">${t(`kiosk.rating.${r.rating}`)}</span></button>`)}
  </div>
  <p class="anon" data-i18n="kiosk.start.anonymous">${t('kiosk.start.anonymous')}</p>
  ${
    config.languages.length > 1
      ? html`<div class="languages" id="languages" role="group" aria-label="${t('kiosk.languages')}" data-i18n-label="kiosk.languages">
    ${config.languages.map((code) => html`<button type="button" class="language" data-language="${code}" lang="${code}" aria-pressed="${String(code === language)}">${catalogueOf(code).name}</button>`)}
  </div>`
      : ''
  }
</section>

<section id="screen-details" class="details" aria-labelledby="details-title" hidden>
  <h1 id="details-title" tabindex="-1" data-i18n="kiosk.details.title">${t('kiosk.details.title')}</h1>
  <p class="chosen" id="chosen-line"></p>
  <div role="group" aria-labelledby="topics-label">
    <p class="group-label" id="topics-label" data-i18n="kiosk.details.topics">${t('kiosk.details.topics')}</p>
    <div class="chips" id="chips"></div>
  </div>
  <!-- The urgent box before the comment: on a tablet it is in sight above Send, so someone who only taps a face
       and Send still sees that they can ask for a senior leader now (newcomer, round 18). -->
  <div class="check">
    <input type="checkbox" id="urgent">
    <label for="urgent" data-i18n="kiosk.details.urgent">${t('kiosk.details.urgent')}</label>
  </div>
  <div class="check">
    <input type="checkbox" id="about-management">
    <label for="about-management" data-i18n="kiosk.details.aboutManagement">${t('kiosk.details.aboutManagement')}</label>
  </div>
  <div>
    <label for="comment" data-i18n="kiosk.details.comment">${t('kiosk.details.comment')}</label>
    <p class="hint" id="comment-hint" data-i18n="kiosk.details.commentHint">${t('kiosk.details.commentHint', { max: MAX_TEXT_CHARACTERS })}</p>
    <textarea id="comment" rows="3" autocomplete="off" autocapitalize="sentences" spellcheck="true" enterkeyhint="done" aria-describedby="comment-hint comment-count"></textarea>
    <p class="hint count" id="comment-count"></p>
    <button type="button" class="secondary check-preview" id="check-preview" data-i18n="kiosk.details.checkPreview">${t('kiosk.details.checkPreview')}</button>
    <div class="preview" id="preview" role="status" aria-live="polite"></div>
  </div>
  <div class="actions">
    <!-- In the Send bar, which stays on screen: a landscape tablet has no room to show it above the bar, and someone
         in danger must not have to scroll to find the number (newcomer, round 19). -->
    <p class="emergency" id="emergency">${emergencyLine(config, language)}</p>
    <div class="idle-warning" id="idle-warning" role="alert" hidden>
      <p id="idle-warning-text"></p>
      <button type="button" class="primary" id="keep-writing" data-i18n="kiosk.details.keepWriting">${t('kiosk.details.keepWriting')}</button>
    </div>
    <button type="button" class="primary" id="send" data-i18n="kiosk.details.send">${t('kiosk.details.send')}</button>
    <button type="button" class="secondary" id="cancel" data-i18n="kiosk.details.back">${t('kiosk.details.back')}</button>
  </div>
</section>

<section id="screen-thanks" class="thanks" aria-labelledby="thanks-title" hidden>
  <h1 id="thanks-title" tabindex="-1" data-i18n="kiosk.thanks.title">${t('kiosk.thanks.title')}</h1>
  <div id="thanks-code" hidden>
    <p data-i18n="kiosk.thanks.codeIntro">${t('kiosk.thanks.codeIntro')}</p>
    <p><output class="code" id="case-code"></output></p>
    <p class="site" id="follow-up"></p>
    <p class="site" id="follow-sms" hidden></p>
    <p data-i18n="kiosk.thanks.keepSafe">${t('kiosk.thanks.keepSafe')}</p>
  </div>
  <p id="thanks-saved" hidden data-i18n="kiosk.thanks.saved">${t('kiosk.thanks.saved')}</p>
  <p id="thanks-not-saved" class="not-saved" hidden data-i18n="kiosk.thanks.notSaved">${t('kiosk.thanks.notSaved')}</p>
  <p id="thanks-held" class="not-saved" hidden data-i18n="kiosk.thanks.held">${t('kiosk.thanks.held')}</p>
  <p id="thanks-sent-since" role="status" hidden data-i18n="kiosk.thanks.sentSince">${t('kiosk.thanks.sentSince')}</p>
  <p class="emergency" id="thanks-emergency">${emergencyLine(config, language)}</p>
  <button type="button" class="done" id="done" data-i18n="kiosk.thanks.done">${t('kiosk.thanks.done')}</button>
</section>

<section id="screen-setup" aria-labelledby="setup-title" hidden>
  <h1 id="setup-title" tabindex="-1" data-i18n="kiosk.setup.title">${t('kiosk.setup.title')}</h1>
  <p class="site" data-i18n="kiosk.setup.body">${t('kiosk.setup.body')}</p>
  <p class="site" id="setup-elsewhere"></p>
  <ul class="site numbers" id="setup-numbers" hidden></ul>
  <p id="setup-link-used" class="not-saved" role="alert" hidden data-i18n="kiosk.setup.linkUsed">${t('kiosk.setup.linkUsed')}</p>
  <p id="setup-link-cut" class="not-saved" role="alert" hidden data-i18n="kiosk.setup.linkCut">${t('kiosk.setup.linkCut')}</p>
  <p id="setup-waiting" role="status" hidden data-i18n="kiosk.setup.waiting">${t('kiosk.setup.waiting')}</p>
  <!-- For the operator: enrol the tablet again (see docs/kiosk.md) and open the link it prints on this tablet. -->
</section>
</main>
</body>
</html>`;
}
