import { html } from 'hono/html';
import type { Language } from '../../../shared/i18n/languages';
import { type LanguageSwitch, layout } from './layout';
import { wordsFor } from './words';

/**
 * Any error shown to a browser: what went wrong in plain words, and a way
 * back (for employees, the form; a sponsor's way back is their email, or their desk when the link still opens it).
 *
 * @param home for employees, the form's address (with `?lang=` when the employee picked the language)
 * @param back for a sponsor, a page of theirs the link still opens (their case desk), when there is one
 * @param emergency on a refused report, where help comes at once (whoever sent it may be in danger)
 */
export function errorPage(
  programName: string,
  title: string,
  message: string,
  audience: 'employee' | 'sponsor' = 'employee',
  {
    language = 'en',
    home = '/',
    languages,
    back,
    emergency,
  }: {
    language?: Language;
    home?: string;
    languages?: LanguageSwitch;
    back?: { href: string; label: string };
    emergency?: string;
  } = {},
) {
  const { t } = wordsFor(language);
  const way =
    audience === 'employee'
      ? html`<p><a href="${home}">${t('web.error.back')}</a></p>`
      : back
        ? html`<p><a href="${back.href}">${back.label}</a></p>`
        : '';
  const body = html`
<h1>${title}</h1>
<p>${message}</p>
${emergency ? html`<p class="emergency">${emergency}</p>` : ''}
${way}`;
  return layout({ title, programName, body, audience, language, languages });
}
