import type { z } from 'zod';

/**
 * The rows of a JSON Lines file, each checked by `schema`. A bad line is
 * named with its file and number; `expected` says what a row should be,
 * given the first thing wrong with the one that is not.
 */
export function parseJsonLines<T>(
  content: string,
  path: string,
  schema: z.ZodType<T>,
  expected: (issue: z.core.$ZodIssue | undefined) => string,
): T[] {
  const rows: T[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${path}, line ${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`${path}, line ${index + 1}: ${expected(parsed.error.issues[0])}`);
    rows.push(parsed.data);
  });
  return rows;
}
