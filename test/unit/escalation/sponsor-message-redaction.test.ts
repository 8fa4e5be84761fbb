import { describe, expect, it } from 'vitest';
import type { CaseThread, NewThreadMessage, ThreadMessage } from '../../../shared/ports/case-thread';
import { sponsorWrites } from '../../../shared/use-cases/case-conversation';
import { exampleConfig, fixedClock } from '../../support/fixtures';

/** Just enough of a thread for a sponsor's message: it keeps what it is given. */
function keepingThread(): { threads: CaseThread; kept: NewThreadMessage[] } {
  const kept: NewThreadMessage[] = [];
  const threads = {
    async append(_key: string, message: NewThreadMessage): Promise<ThreadMessage> {
      kept.push(message);
      return { seq: kept.length, from: message.from, text: message.text, day: message.day };
    },
    async list(): Promise<ThreadMessage[]> {
      return [];
    },
    async markRead(): Promise<void> {},
  } as unknown as CaseThread;
  return { threads, kept };
}

// A sponsor's message to the employee is redacted as their published
// response is: a sponsor named by their job at the case's own site is hidden.
describe('a sponsor’s message to the employee, redacted with the case’s site', () => {
  const write = async (site: string | undefined, text: string) => {
    const { threads, kept } = keepingThread();
    await sponsorWrites(
      { threads, clock: fixedClock(), config: exampleConfig },
      { caseKey: 'case-key', raisedAt: '2026-11-18T15:00:00.000Z', site },
      text,
      'coo',
    );
    return kept[0]!.text;
  };

  it('Should hide the site’s manager named by their job, on a case from that site', async () => {
    expect(await write('plant2', 'The general manager will walk the exits with you.')).toBe(
      '[NAME] will walk the exits with you.',
    );
  });

  it('Should keep the words on a case from a site whose manager is no sponsor', async () => {
    expect(await write('warehouse', 'The general manager will walk the exits with you.')).toBe(
      'The general manager will walk the exits with you.',
    );
  });
});
