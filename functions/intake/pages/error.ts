import { html } from 'hono/html';
import type { Language } from '../../../shared/i18n/languages';
import { type LanguageSwitch, layout } from './layout';
import { wordsFor } from './words';

/**
 * Any error shown to a browser: what went wrong in plain words, and a way
 * back (employees only: a sponsor's way back is their email).
 *
 * @param home for employees, the form's address (with `?lang=` when the employee picked the language)
 */
export function errorPage(
  programName: string,
  title: string,
  message: string,
  audience: 'employee' | 'sponsor' = 'employee',
  { language = 'en', home = '/', languages }: { language?: Language; home?: string; languages?: LanguageSwitch } = {},
) {
  const { t } = wordsFor(language);
  const body = html`
<h1>${title}</h1>
<p>${message}</p>
${audience === 'employee' ? html`<p><a href="${home}">${t('web.error.back')}</a></p>` : ''}`;
  return layout({ title, programName, body, audience, language, languages });
}
