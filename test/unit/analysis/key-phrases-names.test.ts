import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { extractKeyPhrases } from '../../../shared/analysis/key-phrases';
import type { Analysis } from '../../../shared/ports/analyzer';

// Key phrases are counted in the weekly figures and shown as themes in the
// digest, so a name in one would be read by leadership beside its group.
const NAMED = [
  ['I was harassed by Jane Doe near the loading bay', /jane|doe/i],
  ['Lee Marsh is great and the canteen food is better', /lee|marsh/i],
  ['complaints about Priyanka Venkataraman go nowhere', /priyanka|venkataraman/i],
  ['call Jane Smith at home about the overtime rota', /jane|smith/i],
  // Lower case, after a relative or a role: "son jack" was a weekly theme.
  ['my son mason was ill so i missed the overtime rota', /mason/i],
  ['our supervisor, dawn, moved the overtime rota again', /dawn/i],
] as const;

describe('key phrases and names', () => {
  it.each(NAMED)('Should offer no theme that names anyone in %j, even from text not yet redacted', (text, name) => {
    const phrases = extractKeyPhrases(text);
    expect(phrases.join(' | ')).not.toMatch(name);
    expect(phrases.join(' | ')).not.toMatch(/\[|name/i);
  });

  it('Should keep the themes around the name', () => {
    expect(extractKeyPhrases('I was harassed by Jane Doe near the loading bay')).toContain('loading bay');
  });

  it.each(NAMED)('Should store neither the name nor a theme with it for %j', async (text, name) => {
    const results = await new OfflineAnalyzer().analyze([{ id: 'x', text }]);
    const { redactedText, keyPhrases } = results.get('x') as Analysis;
    expect(redactedText).toContain('[NAME]');
    expect(redactedText).not.toMatch(name);
    expect(keyPhrases.join(' | ')).not.toMatch(name);
  });
});
