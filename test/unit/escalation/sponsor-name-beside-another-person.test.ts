import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { redact } from '../../../shared/analysis/redact';
import { namedSpans, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analyseBatch, type AnalyseFeedbackDeps } from '../../../shared/use-cases/analyse-feedback';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { exampleConfig } from '../../support/fixtures';

// Attack round 28 (atp28): a sponsor's name is hidden before the redactor reads a text, and the hidden first name
// took away what the redactor reads a person by. A coworker who shares a sponsor's first name (the example config's
// Dana Whitfield, Alex Romero) had their surname stored, and a Japanese name before さん (read as the sponsor Sam)
// was stored whole, though redact() alone hides each of them.

const deps = { config: exampleConfig, analyzer: new OfflineAnalyzer() } as unknown as AnalyseFeedbackDeps;
const message = (text: string): AnalysisMessage =>
  ({ id: 'm1', channel: 'web', week: '2026-W49', escalate: false, text }) as AnalysisMessage;

const CASES: [text: string, person: string][] = [
  ['my coworker dana kowalewski saw it', 'kowalewski'],
  ["Alex Romero's assistant alex ferreira-lopes lost it", 'ferreira'],
  ['同僚の由美子さんも見ました', '由美子'],
  ['山田さんも見ました', '山田'],
  // An emoji's variation selector moves the normalised text's positions against the raw text's.
  ['my coworker dana kowalewski saw it ❤️', 'kowalewski'],
  ['同僚の由美子さんも見ました😢️', '由美子'],
];

describe('a person named beside a word the conflict matcher reads as a sponsor', () => {
  it.each(CASES)('Should be hidden in the stored text, its key phrases and the preview: %s', async (text, person) => {
    expect(redact(text)).not.toContain(person);
    const analysed = (await analyseBatch(deps, [message(text)])).get('m1');
    if (!analysed || analysed instanceof Error) throw analysed ?? new Error('no analysis');
    const preview = await previewRedaction(text, (normalised) => namedSpans(exampleConfig, normalised));
    // An employee's or a sponsor's answer is redacted with the same finder (case-conversation.ts, answer-escalation.ts).
    const answer = redact(text, (normalised) => namedSpans(exampleConfig, normalised));
    for (const shown of [analysed.redactedText, ...analysed.keyPhrases, preview.redactedText, answer])
      expect(shown).not.toContain(person);
    expect(analysed.redactedText).toContain('[NAME]');
  });

  it('Should still hide the sponsor alone, and keep the words around them', async () => {
    const analysed = (await analyseBatch(deps, [message('Dana said the guard on press 4 is off')])).get('m1');
    if (!analysed || analysed instanceof Error) throw analysed ?? new Error('no analysis');
    expect(analysed.redactedText).toBe('[NAME] said the guard on press 4 is off');
  });
});

describe('a Japanese report naming a coworker with さん', () => {
  it('Should be routed around nobody: さん with its particle, or a verb’s last kana, is no sponsor’s name', () => {
    for (const text of ['山田さんも見ました', '鈴木さんは毎日怒鳴る', '班長の高橋さんがいつも怒鳴る'])
      for (const site of [undefined, 'plant2', 'hq']) expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
  });

  it('Should still route around a sponsor written in kana before さん', () => {
    expect(sponsorsNamedIn(exampleConfig, 'サムさんが怒鳴る', 'plant2')).toEqual(['chro']);
    expect(sponsorsNamedIn(exampleConfig, 'りーさんが怒鳴る', 'plant2')).toEqual(['plant2-gm']);
  });
});
