import { expect } from 'vitest';
import type { Config } from '../../shared/config/schema';
import { maskSponsorNames, namedSpans, sponsorsNamedIn } from '../../shared/domain/conflicts';
import { previewRedaction } from '../../shared/use-cases/preview-redaction';
import { exampleConfig } from './fixtures';

/** A sponsor's name without what stands in brackets (a role): the words someone writes. */
export const personal = (name: string) => name.replace(/\([^)]*\)/g, '').trim();

/** Whether `word` still stands in `stored`: anywhere in it, unless a script's test knows better. */
export type StillThere = (stored: string, word: string) => boolean;

/**
 * The case of `text`, on a Plant 2 report, goes around `sponsorId`, and
 * neither the stored text (masked) nor the employee's redaction preview
 * keeps any of `words`, the name as it was written.
 */
export async function expectNamedAndHidden(
  text: string,
  sponsorId: string,
  words: string[],
  stillThere: StillThere = (stored, word) => stored.includes(word),
  config: Config = exampleConfig,
): Promise<void> {
  expect(sponsorsNamedIn(config, text, 'plant2')).toContain(sponsorId);
  const masked = maskSponsorNames(config, text, 'plant2');
  const preview = await previewRedaction(text, (t) => namedSpans(config, t, 'plant2'));
  for (const stored of [masked, preview.redactedText]) {
    expect(stored).toContain('[NAME]');
    for (const word of words) expect(stillThere(stored, word), `"${word}" left in "${stored}"`).toBe(false);
  }
}

/** None of `texts` names a sponsor on any of `sites`: nobody is routed around, nothing is masked. */
export function expectNoSponsorIn(texts: string[], sites: (string | undefined)[]): void {
  for (const text of texts) {
    for (const site of sites) {
      expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
      expect(maskSponsorNames(exampleConfig, text, site)).toBe(text);
    }
  }
}
