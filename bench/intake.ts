import { createServer } from 'node:http';
import { Logger } from '@aws-lambda-powertools/logger';
import { getRequestListener } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { startLocalStack } from '../local/start-local-stack';
import { close, listen } from '../local/listen';
import { pollUntil } from './poll-until';
import { median, percentile, ratio, round } from './stats';

// A calm report under a topic that is not urgent: the figure is the intake's, not the escalation lane's. A report
// under the safety topic that names a problem ("the forklift … has no working horn") is escalated, so it never
// reads `analysed`, and the flood would also measure thousands of sponsor emails.
const BODY = JSON.stringify({
  text: 'The vending machine on the second floor keeps eating coins and the night shift is understaffed',
  site: 'plant2',
  topic: 'facilities',
});

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

async function load(url: string, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: BODY,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** The floor: a bare hono app on the same Node server that parses the JSON and answers 201, nothing else. */
async function bareHono() {
  const app = new Hono().post('/feedback', async (c) =>
    c.json({ caseCode: 'AAAAA-AAAAA', text: (await c.req.json()).text?.length }, 201),
  );
  const server = createServer(getRequestListener(app.fetch));
  const url = await listen(server, 0);
  return { url, close: () => close(server) };
}

export interface IntakeBench {
  localStack: LoadResult;
  bareHono: LoadResult;
  throughputRatio: number;
  p50Ratio: number;
  toAnalysed: { samples: number; p50Ms: number; p99Ms: number };
}

/**
 * `POST /feedback` on the local stack (dynalite + local-aws-sqs) under
 * autocannon, beside a bare hono handler (ratios), and the time from the
 * same request to its case reading `analysed`. Medians of `rounds` runs.
 */
export async function measureIntake({
  dataDir,
  seconds = 5,
  rounds = 3,
  connections = 10,
  pipelineSamples = 50,
}: {
  dataDir: string;
  seconds?: number;
  rounds?: number;
  connections?: number;
  pipelineSamples?: number;
}): Promise<IntakeBench> {
  const stack = await startLocalStack({
    ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
    dataDir,
    logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
    env: {},
    rateLimits: { api: { perSecond: 1e6, burst: 1e6 }, status: { perSecond: 1e6, burst: 1e6 } }, // measure the pipeline, not the limiter
  });
  const bare = await bareHono();
  try {
    const stackRuns: LoadResult[] = [];
    const bareRuns: LoadResult[] = [];
    for (let i = 0; i < rounds; i += 1) {
      bareRuns.push(await load(`${bare.url}/feedback`, seconds, connections));
      stackRuns.push(await load(`${stack.urls.app}/feedback`, seconds, connections));
    }
    const summarise = (runs: LoadResult[]): LoadResult => ({
      requestsPerSecond: round(median(runs.map((r) => r.requestsPerSecond))),
      p50Ms: round(median(runs.map((r) => r.p50Ms))),
      p99Ms: round(median(runs.map((r) => r.p99Ms))),
      non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    });
    const localStack = summarise(stackRuns);
    const bareHonoResult = summarise(bareRuns);

    // Let the queue drain before timing single submissions end to end.
    await stack.analysisPoller.whenIdle();
    const toAnalysed: number[] = [];
    for (let i = 0; i < pipelineSamples; i += 1) {
      const started = performance.now();
      const res = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: BODY,
      });
      const { caseCode } = (await res.json()) as { caseCode: string };
      let status = 'received';
      // Analysed, or past it (a report the rules escalate reads `escalated`, never `analysed`).
      await pollUntil(
        async () => {
          ({ status } = (await (
            await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
          ).json()) as { status: string });
          return status !== 'received';
        },
        { everyMs: 5, what: () => `case ${caseCode} still reads "${status}"` },
      );
      toAnalysed.push(performance.now() - started);
    }
    return {
      localStack,
      bareHono: bareHonoResult,
      throughputRatio: round(ratio(localStack.requestsPerSecond, bareHonoResult.requestsPerSecond), 3),
      p50Ratio: round(ratio(localStack.p50Ms, bareHonoResult.p50Ms), 1),
      toAnalysed: {
        samples: toAnalysed.length,
        p50Ms: round(median(toAnalysed)),
        p99Ms: round(percentile(toAnalysed, 99)),
      },
    };
  } finally {
    await bare.close();
    await stack.stop();
  }
}
