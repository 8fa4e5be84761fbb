import type { Context } from 'hono';
import type { Config } from '../../shared/config/schema';
import { negotiateLanguage } from '../../shared/i18n/accept-language';
import { textDirection } from '../../shared/i18n/direction';
import { configuredLanguage } from '../../shared/i18n/language-tag';
import { catalogueOf, isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The language an employee page is shown in, and how its links keep it.
 * Nothing is stored: no cookie, no session. A language picked with `?lang=`
 * travels in the links and form actions of the page; one that comes from
 * the browser's `Accept-Language` needs no carrying, the browser sends it
 * again with every request.
 */
export interface PageLanguage {
  language: Language;
  dir: 'ltr' | 'rtl';
  /** Picked with `?lang=`, so every link and form on the page carries it on. */
  chosen: boolean;
  /** The installation's languages, in its order, for the switch. */
  offered: readonly Language[];
}

/** The page's language from `?lang=`, else `Accept-Language`, else the installation's default. */
export function pageLanguage(c: Context, config: Config): PageLanguage {
  const requested = c.req.query('lang');
  const language = requestLanguage(c, config);
  return {
    language,
    dir: textDirection(language),
    chosen: configuredLanguage(config.languages, requested) === language,
    offered: config.languages.filter(isLanguage),
  };
}

/** The language a request names (`?lang=`, else `Accept-Language`), else `otherwise` (the installation's default). */
export function requestLanguage(c: Context, config: Config, otherwise?: Language): Language {
  return negotiateLanguage(
    config.languages,
    { requested: c.req.query('lang'), acceptLanguage: c.req.header('accept-language') },
    otherwise ?? (isLanguage(config.defaultLanguage) ? config.defaultLanguage : 'en'),
  );
}

/**
 * `path` with `lang=<language>` in its query (replacing any there), before
 * its `#fragment`.
 *
 * @example
 * withLang('/status/7KQ4M-XW9TR?sent=2#conversation', 'fr') // '/status/7KQ4M-XW9TR?sent=2&lang=fr#conversation'
 */
export function withLang(path: string, language: Language): string {
  const hashAt = path.indexOf('#');
  const fragment = hashAt >= 0 ? path.slice(hashAt) : '';
  const [pathname = '', query = ''] = (hashAt >= 0 ? path.slice(0, hashAt) : path).split('?');
  const params = new URLSearchParams(query);
  params.set('lang', language);
  return `${pathname}?${params.toString()}${fragment}`;
}

/** A link or form target on the page: with `?lang=` when the reader picked the language, as it is otherwise. */
export function keepLang(page: PageLanguage, path: string): string {
  return page.chosen ? withLang(path, page.language) : path;
}

/** The language's own name for itself ("Español"), for the switch. */
export const languageName = (language: Language): string => catalogueOf(language).name;
