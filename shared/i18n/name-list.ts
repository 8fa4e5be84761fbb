import { catalogueOf, isLanguage } from './languages';

/** Quotation marks for a language without a catalogue of its own. */
const PLAIN_QUOTES = ['“', '”'] as const;

/**
 * Names joined as `language` lists them ("a, b and c"). Topic and site names
 * often hold the list's own "and" ("Santé et sécurité"), so joined plainly
 * they run together ("Locaux et équipements et Santé et sécurité": two
 * topics or four?). When a name holds one of the list's own joining words,
 * each name is quoted as the language quotes (its catalogue's `quotes`):
 * « Locaux et équipements » et « Santé et sécurité ».
 */
export function nameList(language: string, names: readonly string[]): string {
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  // The words the list itself puts between names ("et", "y", "and"), found with placeholders.
  const joiners = list
    .formatToParts(['\uE000', '\uE001', '\uE002'])
    .filter((part) => part.type === 'literal')
    .map((part) => part.value.replace(/[,;]/g, '').trim().toLowerCase())
    .filter((word) => word.length > 0);
  const holdsJoiner = names.some((name) =>
    name
      .toLowerCase()
      .split(/[\s,;]+/)
      .some((word) => joiners.includes(word)),
  );
  if (names.length < 2 || !holdsJoiner) return list.format(names);
  const base = language.split('-')[0]!;
  const [open, close] = isLanguage(base) ? catalogueOf(base).quotes : PLAIN_QUOTES;
  return list.format(names.map((name) => `${open}${name}${close}`));
}
