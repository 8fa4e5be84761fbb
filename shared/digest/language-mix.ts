import { NO_SITE, UNDETERMINED_LANGUAGE, type LanguageFigures, type WeeklyFigures } from '../domain/weekly-figures';
import type { Labels } from './labels';
import type { Breakdown } from './model';
import { protectCrossTable, suppressTable, type Cell, type SuppressedTable } from './suppression';

/**
 * The week's language mix for leadership: how many submissions were
 * written in each detected language. A table of the same population as
 * the sites' and the channels' (every submission has one language), so it
 * passes the same rules as the channels (`suppression.ts`): a language
 * under k folds into "other languages" (rules 1–3), and it folds further
 * until no cell of the site × language or channel × language cross-table,
 * grouped as the tables show them, is under k (rule 8), so no language
 * can be worked out by setting it against a site or a channel.
 *
 * Undefined (no section) when the week's total is not shown, or when its
 * languages were not counted for every submission (a week counted before
 * languages were, or only partly): the gap would itself be a group.
 *
 * @example
 * languageMix(figures, now.sites.table, now.channels.table, 5)
 * // { rows: [{ id: 'en', label: 'English', count: 140 }, { id: 'es', label: 'Spanish', count: 24 }], other: { id: 'other', label: labels.otherLanguages, count: 7 }, total: 171 }
 */
export function languageMix(
  figures: WeeklyFigures,
  sites: SuppressedTable<unknown>,
  channels: SuppressedTable<unknown>,
  k: number,
  labels: Pick<Labels, 'language' | 'otherLanguages' | 'unknownLanguage'> = ENGLISH,
): Breakdown | undefined {
  const languages = figures.languages;
  if (!languages || !countedWhole(figures)) return undefined;
  const byLanguage = new Map<string, Cell>();
  for (const l of languages) {
    const cell = byLanguage.get(l.language) ?? { id: l.language, count: 0, data: undefined };
    cell.count += l.total;
    byLanguage.set(l.language, cell);
  }
  let table = suppressTable([...byLanguage.values()], k, { additive: true });
  if (!table.totalShown) return undefined;
  const against = (key: (l: LanguageFigures) => string) =>
    languages.map((l) => ({ row: key(l), column: l.language, count: l.total, parts: {} }));
  table = protectCrossTable(
    table,
    sites,
    against((l) => l.site ?? NO_SITE),
    k,
  ).table;
  table = protectCrossTable(
    table,
    channels,
    against((l) => l.channel),
    k,
  ).table;
  return {
    rows: table.shown.map((c) => ({ id: c.id, label: languageName(c.id, labels), count: c.count })),
    other: table.otherShown ? { id: 'other', label: labels.otherLanguages, count: table.other } : undefined,
    total: table.total,
  };
}

/** Whether each site and channel's submissions all have their language counted, no more and no fewer. */
function countedWhole(figures: WeeklyFigures): boolean {
  const difference = new Map<string, number>();
  const add = (site: string | undefined, channel: string, n: number) => {
    const key = `${site ?? NO_SITE}\u0000${channel}`;
    difference.set(key, (difference.get(key) ?? 0) + n);
  };
  for (const g of figures.groups) add(g.site, g.channel, g.total);
  for (const l of figures.languages ?? []) add(l.site, l.channel, -l.total);
  return [...difference.values()].every((n) => n === 0);
}

const ENGLISH = {
  language: 'en',
  otherLanguages: 'Other languages combined',
  unknownLanguage: 'Not recognised, or no words',
} as const;

// Made on the first name asked for: building them at import loads ICU's display names at every cold start of a function that imports this.
const names = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("Spanish", "español", "Chinese (Taiwan)"); its code when it has none. */
export function languageName(code: string, reader: Pick<Labels, 'language' | 'unknownLanguage'> = ENGLISH): string {
  if (code === UNDETERMINED_LANGUAGE) return reader.unknownLanguage;
  try {
    let display = names.get(reader.language);
    if (!display)
      names.set(
        reader.language,
        (display = new Intl.DisplayNames([reader.language], { type: 'language', fallback: 'code' })),
      );
    return display.of(code) ?? code;
  } catch {
    return code; // not a well-formed tag: shown as it was detected
  }
}
