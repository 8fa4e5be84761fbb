import { describe, expect, it } from 'vitest';
import { COUNTS_AT_MOST_MS, UrgentWorkWatch } from '../../../local/urgent-work-watch';

describe('UrgentWorkWatch', () => {
  it('Should count a message on an urgent lane as waiting until it is deleted', () => {
    const watch = new UrgentWorkWatch(() => 0);
    expect(watch.pending).toBe(false);
    watch.sent('analysis-priority', 'a');
    watch.sent('escalation', 'b');
    expect(watch.pending).toBe(true);
    watch.deleted('a');
    expect(watch.pending).toBe(true);
    watch.deleted('b');
    expect(watch.pending).toBe(false);
  });

  it('Should not count calm reports, texts to erase, or dead letters', () => {
    const watch = new UrgentWorkWatch(() => 0);
    for (const queue of ['analysis', 'sms-erase', 'analysis-priority-dlq', 'escalation-dlq']) watch.sent(queue, queue);
    expect(watch.pending).toBe(false);
  });

  it('Should stop counting a message never deleted (gone to its dead-letter queue) after a while', () => {
    let now = 0;
    const watch = new UrgentWorkWatch(() => now);
    watch.sent('escalation-priority', 'stuck');
    now = COUNTS_AT_MOST_MS - 1;
    expect(watch.pending).toBe(true);
    now = COUNTS_AT_MOST_MS + 1;
    expect(watch.pending).toBe(false);
    watch.sent('escalation-priority', 'redriven');
    expect(watch.pending).toBe(true);
  });
});
