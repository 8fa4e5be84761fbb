import { basename } from 'node:path';
import Sentiment from 'sentiment';
import { z } from 'zod';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { SENTIMENT_LABELS, type SentimentLabel, toThreeClass } from './metrics';
import { HELD_OUT_SOURCES } from './employee-reviews';
import { confidenceAmongPresent, confusion, presentMacroF1, reliability } from './sentiment-metrics';

const row = z.object({ text: z.string(), label: z.enum(SENTIMENT_LABELS), source: z.string().optional() });
type Row = z.infer<typeof row>;

/**
 * The part of `npm run eval` on a sentiment file that says how the offline
 * analyzer errs and how sure it is: macro-F1 over the classes the file has,
 * the confusion matrix, and a reliability table (is a 0.8 right 8 times in
 * 10?). On the employee review files it also scores the sources held out
 * from fitting on their own, since only those say how it does on employers
 * it has never read.
 */
export async function reportSentimentDetail(path: string, content: string, out: (line: string) => void): Promise<void> {
  const rows = content.split('\n').flatMap((line) => {
    const parsed = line.trim() ? row.safeParse(JSON.parse(line)) : undefined;
    return parsed?.success ? [parsed.data] : [];
  });
  const heldOut = rows.filter(
    (r) => r.source !== undefined && (HELD_OUT_SOURCES as readonly string[]).includes(r.source),
  );
  const parts: [string, readonly Row[]][] = [[heldOut.length ? 'all rows (most of them fitted on)' : 'all rows', rows]];
  if (heldOut.length)
    parts.push([`held-out sources only (${[...new Set(heldOut.map((r) => r.source))].join(', ')})`, heldOut]);
  for (const [name, part] of parts) await reportPart(`${basename(path)}, ${name}`, part, out);
}

async function reportPart(title: string, rows: readonly Row[], out: (line: string) => void): Promise<void> {
  const results = await new OfflineAnalyzer().analyze(rows.map((r, i) => ({ id: String(i), text: r.text })));
  const gold = rows.map((r) => r.label);
  const present = SENTIMENT_LABELS.filter((label) => gold.includes(label));
  const predicted: SentimentLabel[] = [];
  const confidence: number[] = [];
  rows.forEach((_, i) => {
    const result = results.get(String(i));
    if (!result || result instanceof Error) throw new Error(`the analyzer failed on row ${i + 1}`, { cause: result });
    const label = toThreeClass(result.sentiment, result.sentimentScores);
    const s = result.sentimentScores;
    // MIXED folds back into positive and negative in proportion, as the scores were made.
    const folded = {
      positive: s.positive + (s.mixed * s.positive) / Math.max(1e-9, s.positive + s.negative),
      negative: s.negative + (s.mixed * s.negative) / Math.max(1e-9, s.positive + s.negative),
      neutral: s.neutral,
    };
    predicted.push(label);
    confidence.push(confidenceAmongPresent(folded, label, present));
  });
  const afinn = new Sentiment();
  const baseline = rows.map((r): SentimentLabel => {
    const score = afinn.analyze(r.text).score;
    return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
  });
  const ours = presentMacroF1(gold, predicted);
  const theirs = presentMacroF1(gold, baseline);
  const pct = (x: number) => (100 * x).toFixed(1);
  out('');
  out(
    `${title}: ${rows.length} rows, macro-F1 over ${ours.classes.join('/')} (the classes present): offline analyzer ${pct(ours.macroF1)}, AFINN-165 ${pct(theirs.macroF1)} (${(100 * (ours.macroF1 - theirs.macroF1)).toFixed(1)} points)`,
  );
  const matrix = confusion(gold, predicted);
  out(`  confusion (rows: gold, columns: offline analyzer)  ${SENTIMENT_LABELS.map((l) => l.padStart(9)).join('')}`);
  for (const g of SENTIMENT_LABELS)
    if (gold.includes(g))
      out(`  ${g.padEnd(48)}${SENTIMENT_LABELS.map((p) => String(matrix[g][p]).padStart(9)).join('')}`);
  const table = reliability(gold, predicted, confidence);
  const among = present.length < SENTIMENT_LABELS.length ? `, among ${present.join('/')}` : '';
  out(
    `  reliability of the label's confidence${among} (expected calibration error ${pct(table.expectedError)} points)`,
  );
  out(`  ${'confidence'.padEnd(12)}${'rows'.padStart(7)}${'mean conf.'.padStart(12)}${'right'.padStart(8)}`);
  for (const bin of table.bins)
    out(
      `  ${`${bin.from.toFixed(1)}-${bin.to.toFixed(1)}`.padEnd(12)}${String(bin.count).padStart(7)}${pct(bin.confidence).padStart(12)}${pct(bin.accuracy).padStart(8)}`,
    );
}
