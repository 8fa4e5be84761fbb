import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDigestTimer } from '../../../local/digest-timer';
import { exampleConfig } from '../../support/fixtures';

describe('the local weekly digest timer', () => {
  afterEach(() => vi.useRealTimers());

  it('Should publish the week just ended at the configured Monday 08:00 in Chicago, and again a week later', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T13:59:00Z')); // Monday 07:59 in Chicago
    const weeks: string[] = [];
    const stop = startDigestTimer({
      config: exampleConfig,
      clock: { now: () => new Date(Date.now()) },
      logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
      run: async (week) => void weeks.push(week),
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(weeks).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(weeks).toEqual(['2026-W47']);
    await vi.advanceTimersByTimeAsync(7 * 86_400_000);
    expect(weeks).toEqual(['2026-W47', '2026-W48']);
    stop();
    await vi.advanceTimersByTimeAsync(14 * 86_400_000);
    expect(weeks).toHaveLength(2);
  });

  it('Should keep its schedule when a run fails', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T13:59:00Z'));
    let calls = 0;
    const stop = startDigestTimer({
      config: exampleConfig,
      clock: { now: () => new Date(Date.now()) },
      logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
      run: async () => {
        calls += 1;
        throw new Error('SES down');
      },
    });
    await vi.advanceTimersByTimeAsync(8 * 86_400_000);
    expect(calls).toBe(2);
    stop();
  });
});
