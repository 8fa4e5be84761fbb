import { configuredLanguage } from './language-tag';
import { isLanguage, type Language } from './languages';

/** One entry of an `Accept-Language` header: a language tag, lower case, and its weight. */
export interface LanguageRange {
  tag: string;
  q: number;
}

/**
 * The ranges of an `Accept-Language` header, most wanted first (equal
 * weights keep the browser's order). Malformed entries are skipped rather
 * than refused: a page must still be shown.
 *
 * @example
 * parseAcceptLanguage('fr-CA;q=0.8, es-MX, en;q=0.5') // [{tag:'es-mx',q:1},{tag:'fr-ca',q:0.8},{tag:'en',q:0.5}]
 */
export function parseAcceptLanguage(header: string | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  // A header is short in practice; the bound keeps a hostile one from costing anything.
  for (const part of header.slice(0, 500).split(',').slice(0, 30)) {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Math.min(1, Number(match[1]));
    }
    ranges.push({ tag, q });
  }
  return ranges
    .map((range, order) => ({ range, order }))
    .sort((a, b) => b.range.q - a.range.q || a.order - b.order)
    .map(({ range }) => range);
}

/**
 * The language of a page: `?lang=` when it names a configured language,
 * else the browser's most wanted configured language (a regional tag such as
 * `es-MX` falls back to `es`; `q=0` means "not this one"), else `fallback`.
 */
export function negotiateLanguage(
  configured: readonly string[],
  { requested, acceptLanguage }: { requested?: string; acceptLanguage?: string },
  fallback: Language,
): Language {
  const usable = (code: string): code is Language => configured.includes(code) && isLanguage(code);
  // `?lang=es-MX`, `fr_CA`, `ES` ask for a configured language as surely as `es` does.
  const asked = configuredLanguage(configured, requested);
  if (asked && usable(asked)) return asked;
  for (const { tag, q } of parseAcceptLanguage(acceptLanguage)) {
    if (q <= 0 || tag === '*') continue;
    if (usable(tag)) return tag;
    const primary = tag.split('-')[0]!;
    if (usable(primary)) return primary;
  }
  return fallback;
}
