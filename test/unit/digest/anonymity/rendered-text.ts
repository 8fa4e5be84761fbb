import { expect } from 'vitest';
import type { Digest } from '../../../../shared/digest/model';

/** Every whole number the text shows for a group is at least k (percentages, week labels and the like aside). */
export function checkText(text: string, digest: Digest, hiddenLabels: string[]) {
  const { k } = digest.anonymity;
  const lines = text.split('\n');
  for (const line of lines) {
    for (const label of hiddenLabels)
      if (line.includes(label)) expect(line, `a figure next to hidden ${label}`).not.toMatch(/\d/);
  }
  for (const line of lines.slice(2)) {
    if (/^[A-Z][A-Z ()0-9,.-]+$/.test(line) || line.trimStart().startsWith('"') || line.startsWith('https://'))
      continue;
    const figures = line
      .replace(/\d[\d,]*%/g, '')
      .replace(/\bW\d\d\b/g, '')
      .replace(/\d+-week/g, '')
      .replace(/week \d+ of \d{4}/g, '')
      .match(/\d[\d,]*/g);
    for (const f of figures ?? []) expect(Number(f.replace(/,/g, '')), `'${f}' in: ${line}`).toBeGreaterThanOrEqual(k);
  }
}
