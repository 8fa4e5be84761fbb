/*
 * The language profiles as the language guess reads them, packed when they
 * are fitted (scripts/fit-language.ts): every kept letter sequence once, and
 * for each the cost under each language, one byte a cell (costs are whole
 * tenths of a nat, 0 to 255), base64. Unpacking is one native decode and one
 * pass; building the same table from the profiles' JSON took 60-70 ms of a
 * Lambda's first guess (tens of thousands of object entries and pushes).
 */

/** The profiles' JSON as fitted: per language, each kept sequence's cost, and the cost of any other. */
export interface LanguageProfileFile {
  /** Cost of a sequence not in a language's list, per language. */
  unseen: Record<string, number>;
  /** Per language, each kept sequence and its cost. */
  costs: Record<string, Record<string, number>>;
}

/** The packed table: languages in order, the sequences in the order first kept, and their costs, language by language. */
export interface PackedProfiles {
  languages: string[];
  /** The sequences, joined by line breaks (a sequence is letters and spaces). */
  grams: string;
  /** Per sequence, one byte per language: its cost, or the language's unseen cost where it keeps none. */
  cells: string;
}

/** Packs the fitted profiles (the fitting script writes this beside their JSON). */
export function packProfiles(file: LanguageProfileFile): PackedProfiles {
  const languages = Object.keys(file.costs);
  const rows = new Map<string, number[]>();
  languages.forEach((language, i) => {
    for (const [gram, cost] of Object.entries(file.costs[language] ?? {})) {
      let row = rows.get(gram);
      if (!row) rows.set(gram, (row = languages.map((l) => file.unseen[l] ?? 0)));
      row[i] = cost;
    }
  });
  const cells = [...rows.values()].flat();
  if (cells.some((cost) => !Number.isInteger(cost) || cost < 0 || cost > 255))
    throw new Error('a language profile cost does not fit in a byte');
  return { languages, grams: [...rows.keys()].join('\n'), cells: Buffer.from(cells).toString('base64') };
}
