import { Logger } from '@aws-lambda-powertools/logger';
import { createApp } from '../../functions/intake/app';
import { sponsorRoutes } from '../../functions/sponsor/app';
import type { IntakeDeps } from '../../functions/intake/deps';
import { loadConfigFile } from '../../shared/config/load-config';
import { InMemoryWindowStateStore } from '../../shared/adapters/local/in-memory-window-state-store';
import type { Clock } from '../../shared/ports/clock';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { InMemoryCaseStore, InMemoryQueue } from './in-memory';

export const exampleConfig = loadConfigFile();
export const TEST_PEPPER = 'test-pepper-0123456789abcdef0123456789abcdef';

/** A clock fixed at Wednesday 2026-11-18 (ISO week 2026-W47) unless moved. */
export function fixedClock(iso = '2026-11-18T15:30:00Z'): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => now, set: (next: string) => void (now = new Date(next)) };
}

/** The intake app on in-memory ports, with the sponsors' routes mounted too, for `app.request()` tests. */
export function appWithFakes(overrides: Partial<IntakeDeps> = {}) {
  const store = new InMemoryCaseStore();
  const queue = new InMemoryQueue();
  const clock = overrides.clock ?? fixedClock();
  const deps: IntakeDeps = {
    config: exampleConfig,
    cases: store,
    queue,
    clock,
    pepper: TEST_PEPPER,
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
    ...overrides,
    rateState: overrides.rateState ?? inMemoryRateState(clock),
    // Loading the urgency detector through the test's transforms, on a busy machine, takes longer than on
    // Lambda: a refused report waits for it, as in a calm process; a test sets less to see the bound.
    urgencyWaitMs: overrides.urgencyWaitMs ?? TEST_URGENCY_WAIT_MS,
  };
  return { app: createApp(deps, sponsorRoutes), store, queue, deps };
}

/** How long a report refused in a test waits for the urgency detector still loading: as long as a test may take. */
export const TEST_URGENCY_WAIT_MS = 120_000;

/** The rate and replay state as `npm start` keeps it: in memory. */
export const inMemoryRateState = (clock: Clock) => new RateAndReplayState(new InMemoryWindowStateStore(clock), clock);

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
});

export const CASE_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;
