import { NOT_INITIALS } from './redact-personal-places';

/*
 * Attack round 27: "he keeps sending me creepy DMs" was stored "creepy [NAME]", "too many KPIs" "too many [NAME]": a
 * capitalised word no list knows read as a name. An abbreviation everyone writes, in the plural with a small "s"
 * ("DMs", "PMs", "KPIs", "SOPs", "PCs"), is a thing, never a person. Only the abbreviations listed count: a person's
 * initials with an "s" ("JPs car", the "'s" left out) stay a name.
 */
const MORE_ABBREVIATIONS = ['OKR', 'PC', 'CV', 'FAQ', 'DVD', 'CD', 'SMS', 'MRI', 'NDA', 'PDF', 'API', 'URL', 'IOU'];

const PLURAL_ABBREVIATION = /^([A-Z]{2,4})s$/u;

/** Whether `word` is a listed abbreviation in the plural ("DMs", "KPIs"). */
export function isPluralAbbreviation(word: string): boolean {
  const stem = PLURAL_ABBREVIATION.exec(word)?.[1];
  return stem !== undefined && (NOT_INITIALS.has(stem) || MORE_ABBREVIATIONS.includes(stem));
}
