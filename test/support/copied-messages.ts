import type { Catalogue } from '../../shared/i18n/catalogue';

const SECTIONS = ['messages', 'sponsor', 'digest'] as const;

/** A template's own words: its parameters, select and plural syntax and branch names taken out. */
function prose(template: string): string {
  return template
    .replace(/\{\w+\}/g, ' ')
    .replace(/\{\w+, *(select|plural),/g, ' ')
    .replace(/[\w=]+ *\{/g, ' ')
    .replace(/[{}#]/g, ' ');
}

/**
 * Words that only a translator writes: three letters or more, not in
 * capitals (a keyword such as STATUS, a name such as ACME).
 */
function wordsOf(template: string): string[] {
  return (prose(template).match(/\p{L}{3,}/gu) ?? []).filter((word) => word !== word.toUpperCase());
}

/**
 * The keys of `catalogue` whose text is `other`'s, word for word, where the
 * text holds two words or more: a message left as it was when the catalogue
 * was copied from another language. One shared word ("Total", "Sites",
 * "Bien") or punctuation alone (`{label}: {value}`) is not a copy.
 */
export function copiedKeys(catalogue: Catalogue, other: Catalogue): string[] {
  return SECTIONS.flatMap((section) =>
    Object.entries(catalogue[section] as Record<string, string>)
      .filter(([key, text]) => (other[section] as Record<string, string>)[key] === text && wordsOf(text).length >= 2)
      .map(([key]) => key),
  );
}
