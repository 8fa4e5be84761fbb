import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SENTIMENT_LABELS } from './metrics';

/**
 * The labelled employee reviews in ../shared/eval (see its README): read
 * from there, never copied into the repository.
 */
export const EVAL_DIR = join(process.cwd(), '../shared/eval');
export const HEADLINES_FILE = 'employee_reviews_headlines.jsonl';
export const PROS_CONS_FILE = 'employee_reviews_pros_cons.jsonl';

/**
 * Whole sources never seen by the fitting script, so the figures measured on
 * them say how the model does on employers and review sites it has not
 * read: one Glassdoor set of two US employers, one Indeed set of two others,
 * and one Glassdoor set of many employers.
 */
export const HELD_OUT_SOURCES = [
  'glassdoor_3m_activision_elainespak',
  'indeed_google_tesla_chris10davies',
  'glassdoor_multi_abdulsami',
] as const;

const row = z.object({
  text: z.string(),
  label: z.enum(SENTIMENT_LABELS),
  source: z.string(),
  field: z.string().optional(),
});
export type ReviewRow = z.infer<typeof row>;

export function readReviews(file: string, dir = EVAL_DIR): ReviewRow[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => row.parse(JSON.parse(line)));
}

export function isHeldOut(r: ReviewRow): boolean {
  return (HELD_OUT_SOURCES as readonly string[]).includes(r.source);
}
