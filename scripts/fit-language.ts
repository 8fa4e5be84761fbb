/**
 * `npm run fit:language` — fits the letter-sequence profiles the offline
 * language guess uses and writes shared/analysis/language-profiles.generated.ts.
 *
 * Fitted only on the project's own training sets, eval/urgency/train/<code>.jsonl
 * (the file name is the language), for the Latin-script languages; each text
 * also counts, at half weight, with its accents taken off, because people
 * often type without them ("khong" for "không", "zolty" for "żółty").
 * Dutch, which has no training set, is named by its function words alone. Han, Arabic and the other scripts name their
 * language by their letters and need no profile. eval/urgency/{fresh,blind*},
 * eval/urgency/<code>.jsonl and eval/sentiment are never fitted on: they are
 * what scripts/eval/language.ts measures.
 *
 * A profile keeps each language's most frequent sequences (TOP) with the
 * naive-Bayes cost of each (add-ALPHA smoothing), and one cost for any other.
 *
 *   npm run fit:language
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COST_SCALE, type LanguageProfileFile, letterSequences } from '../shared/analysis/language-profile';
import { languageProfilesSource } from './language-profiles-source';
import { trainingTexts } from './eval/language';

const LATIN_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'vi', 'tl'];
/** Sequences kept per language: enough for the common ones, small enough to load fast (the file stays under 200 KB). */
const TOP = 900;
const ALPHA = 0.5;
const OUT = join(import.meta.dirname, '..', 'shared', 'analysis', 'language-profiles.generated.ts');

/** "żółty" → "zolty", "không" → "khong": the letters without their marks. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ß/g, 'ss');
}

function count(texts: string[], weight: number, into: Map<string, number>) {
  for (const text of texts) letterSequences(text, (gram) => into.set(gram, (into.get(gram) ?? 0) + weight));
}

const rows = trainingTexts();
const corpora = new Map<string, string[]>(
  LATIN_LANGUAGES.map((l) => [l, rows.filter((r) => r.language === l).map((r) => r.text)]),
);

const out: LanguageProfileFile = { unseen: {}, costs: {} };
for (const [language, texts] of corpora) {
  const counts = new Map<string, number>();
  count(texts, 1, counts);
  const stripped = texts.map(withoutAccents).filter((t, i) => t !== texts[i]);
  count(stripped, 0.5, counts);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const denominator = total + ALPHA * counts.size;
  const cost = (n: number) => Math.round(-Math.log((n + ALPHA) / denominator) * COST_SCALE);
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
  out.unseen[language] = cost(0);
  out.costs[language] = Object.fromEntries(kept.map(([gram, n]) => [gram, cost(n)]));
  console.log(`${language}: ${texts.length} texts, ${counts.size} sequences, kept ${kept.length}`);
}
// The profiles and the table the language guess reads, packed from them (scripts/language-profiles-source.ts).
const source = languageProfilesSource(out);
writeFileSync(OUT, source);
console.log(`wrote ${OUT} (${(source.length / 1024).toFixed(0)} KB)`);
