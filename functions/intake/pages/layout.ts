import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { textDirection } from '../../../shared/i18n/direction';
import { catalogueOf, type Language } from '../../../shared/i18n/languages';
import { ICON_SVG } from '../kiosk/icons';
import { wordsFor } from './words';

/** The kiosk's smiling face, inline: no request for /favicon.ico, so no 404 on every page. */
const ICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/**
 * The switch to the page in another language. On pages reached by a link it
 * is links (`?lang=`); on a form that holds what the employee typed it is
 * buttons of that form, so switching carries the text over instead of
 * losing it.
 */
export type LanguageSwitch =
  | { languages: readonly Language[]; href: (language: Language) => string }
  | {
      languages: readonly Language[];
      form: string;
      action: (language: Language) => string;
      /** The name and value the form's own button sends, sent by Enter too (the lookup tells "Check" from a switch). */
      pressed?: { name: string; value: string };
    };

function languageSwitch(current: Language, choice: LanguageSwitch | undefined) {
  if (!choice || choice.languages.length < 2) return '';
  const { t } = wordsFor(current);
  const items = choice.languages.map((language) => {
    const { name } = catalogueOf(language);
    const dir = textDirection(language);
    if (language === current)
      return html`<li><span aria-current="true" lang="${language}" dir="${dir}">${name}</span></li>`;
    return 'href' in choice
      ? html`<li><a href="${choice.href(language)}" hreflang="${language}" lang="${language}" dir="${dir}">${name}</a></li>`
      : html`<li><button type="submit" class="link" form="${choice.form}" formaction="${choice.action(language)}" formnovalidate lang="${language}" dir="${dir}">${name}</button></li>`;
  });
  return html`<nav class="languages" aria-label="${t('web.page.languages')}"><ul>${items}</ul></nav>`;
}

/**
 * Enter in a text box sends its form with the form's first button, and the
 * switch's buttons come first on the page: without this one, typing a case
 * code and pressing Enter would show the lookup in Spanish. Hidden, it is
 * never seen, read out or reached with Tab; it only sends the form as its own
 * button would. It sits in the header, which a page shown in place replaces
 * whole (`in-place-script.ts`), so it comes and goes with the switch it precedes.
 */
function defaultButton(choice: LanguageSwitch | undefined) {
  if (!choice || 'href' in choice || choice.languages.length < 2) return '';
  const pressed = choice.pressed ? html` name="${choice.pressed.name}" value="${choice.pressed.value}"` : '';
  return html`<button type="submit" form="${choice.form}"${pressed} hidden tabindex="-1"></button>`;
}

/**
 * The employee pages' scripts, from the site itself: forms sent in place (nothing of them kept in the browser's
 * history or session files) and the receipt's copy and print buttons. Every page works without them.
 */
const EMPLOYEE_SCRIPTS = html`<script src="/assets/in-place.js" defer></script>
<script src="/assets/receipt.js" defer></script>`;

/**
 * Every page: phone-first, readable without CSS, nothing from other origins, in the reader's language. Its
 * title is the same for everyone who sees that page (never a case code, nothing of a case): browsers keep
 * titles in their history, to the second, and work-managed ones sync it.
 */
export function layout({
  title,
  programName,
  body,
  audience = 'employee',
  language = 'en',
  languages,
  historyTitle,
}: {
  title: string;
  /**
   * The tab's title when this page is shown in place of a form (`in-place-script.ts`) rather than loaded: a
   * page that says something was sent keeps the form's title, so the history does not say it.
   */
  historyTitle?: string;
  programName: string;
  body: Html;
  audience?: 'employee' | 'sponsor';
  /** The page's language: `<html lang dir>` and the words around the body. */
  language?: Language;
  languages?: LanguageSwitch;
}): Html {
  const { t } = wordsFor(language);
  return html`<!doctype html>
<html lang="${language}" dir="${textDirection(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('web.page.title', { title, program: programName })}</title>
<link rel="icon" href="${ICON_HREF}" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${audience === 'employee' ? EMPLOYEE_SCRIPTS : ''}
</head>
<body${audience === 'employee' ? html` data-not-sent="${t('web.page.notSent')}"` : ''}${historyTitle ? html` data-history-title="${t('web.page.title', { title: historyTitle, program: programName })}"` : ''}>
<a class="skip" href="#main">${t('web.page.skip')}</a>
<header>${defaultButton(languages)}<p>${programName}</p>${languageSwitch(language, languages)}</header>
<main id="main">
${body}
</main>
<footer><p>${t(audience === 'employee' ? 'web.page.footer.employee' : 'web.page.footer.sponsor')}</p></footer>
</body>
</html>`;
}
