import { describe, expect, it } from 'vitest';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { offeredToDigest } from '../../support/offered-to-digest';

let n = 0;
function message(text: string, extra: Partial<AnalysisMessage> = {}): AnalysisMessage {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseKey: String(n).padStart(64, 'b'),
    channel: 'sms',
    week: '2026-W47',
    escalate: false,
    text,
    site: 'plant2',
    ...extra,
  };
}

const analyse = offeredToDigest;

describe('offering comments to the digest’s sample', () => {
  it('Should offer the redacted text once per topic, with its group and mood, and nothing that leads back to the case', async () => {
    const m = message('Overtime pay is late and the new shift rota is a mess, call 555-201-7788');
    const offered = await analyse([m]);
    expect(offered.map((c) => c.topic).sort()).toEqual(['pay', 'scheduling', 'workload']);
    for (const c of offered) {
      expect(Object.keys(c).sort()).toEqual(['channel', 'redactedText', 'sentiment', 'site', 'topic', 'week']);
      expect(c).toMatchObject({ week: '2026-W47', site: 'plant2', channel: 'sms' });
      expect(c.redactedText).toContain('[PHONE]');
      expect(JSON.stringify(c)).not.toContain(m.caseKey);
      expect(JSON.stringify(c)).not.toContain(m.id);
    }
  });

  it('Should offer nothing for a kiosk tap without a comment, or a comment with no topic', async () => {
    expect(
      await analyse([message('', { channel: 'kiosk', rating: 2 }), message('Hello there, nothing much to say')]),
    ).toEqual([]);
  });
});
