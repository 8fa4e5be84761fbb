import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { startLocalStack, type LocalStackOptions } from '../../local/start-local-stack';
import { INTAKE_CHANNELS } from '../../shared/config/schema';
import { TEST_URGENCY_WAIT_MS } from './fixtures';
import { waitBudget } from './wait-budget';

export function tempDataDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'listening-post-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The same request budget for every intake channel (`rateLimits`): a spent one, or one roomy enough to leave out. */
export const everyChannel = (budget: { perSecond: number; burst: number }) =>
  Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, budget]));

/** The real local stack on free ports and a throwaway data directory. */
export async function startTestStack(options: LocalStackOptions = {}) {
  const stack = await startLocalStack({
    ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
    // Silent, unless TEST_STACK_LOG_LEVEL=ERROR asks for the stack's errors (to see what a page's 5xx was).
    logger: new Logger({
      serviceName: 'test',
      logLevel: process.env.TEST_STACK_LOG_LEVEL === 'ERROR' ? 'ERROR' : 'SILENT',
    }),
    env: {},
    // The detector loads slower here than on Lambda (see `TEST_URGENCY_WAIT_MS`).
    urgencyWaitMs: TEST_URGENCY_WAIT_MS,
    ...options,
  });
  const base = stack.urls.app;
  return {
    ...stack,
    async submit(body: unknown): Promise<{ status: number; caseCode: string }> {
      const res = await fetch(`${base}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { caseCode: string };
      return { status: res.status, caseCode: json.caseCode };
    },
    async statusOf(caseCode: string): Promise<{ status: number; body: { status?: string } }> {
      const res = await fetch(`${base}/status/${caseCode}`, { headers: { accept: 'application/json' } });
      return { status: res.status, body: (await res.json()) as { status?: string } };
    },
    /** Polls the status page, as an employee would, until the case reaches `status` (for as long as waitFor). */
    async waitForStatus(caseCode: string, status: string, timeoutMs = 15_000): Promise<void> {
      const started = Date.now();
      const deadline = started + waitBudget(timeoutMs);
      let last: string | undefined;
      while (Date.now() < deadline) {
        last = (await this.statusOf(caseCode)).body.status;
        if (last === status) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`case ${caseCode} still '${last}' after ${Date.now() - started} ms, expected '${status}'`);
    },
  };
}
