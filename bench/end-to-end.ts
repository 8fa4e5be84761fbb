import { Logger } from '@aws-lambda-powertools/logger';
import { startLocalStack } from '../local/start-local-stack';
import { outbox } from '../local/outbox';
import { pollUntil } from './poll-until';
import { median, percentile, round } from './stats';

/**
 * Submission to sponsor email, end to end on the local stack: an urgent
 * submission goes through intake, the analysis queue, analysis, the
 * escalation queue and the escalate consumer to the aws-ses-v2-local outbox.
 * Baseline: the same submission's time to `analysed` alone.
 */
export async function measureEndToEnd({ dataDir, samples = 30 }: { dataDir: string; samples?: number }) {
  const stack = await startLocalStack({
    ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
    dataDir,
    logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
    env: {},
  });
  const toEmail: number[] = [];
  const toAnalysed: number[] = [];
  try {
    for (let i = 0; i < samples; i += 1) {
      const marker = `wrench${i}x${Date.now().toString(36)}`;
      const started = performance.now();
      const res = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text: `The fire exit by the ${marker} store is blocked again`, site: 'plant2' }),
      });
      const { caseCode } = (await res.json()) as { caseCode: string };
      let analysedAt: number | undefined;
      await pollUntil(
        async () => {
          if (analysedAt === undefined) {
            const { status } = (await (
              await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
            ).json()) as { status: string };
            if (status !== 'received') analysedAt = performance.now();
          }
          const emails = await outbox(stack.urls.outbox);
          return emails.some((e) => e.body.text?.includes(marker));
        },
        { everyMs: 10, what: () => `no sponsor email for case ${caseCode}` },
      );
      toEmail.push(performance.now() - started);
      toAnalysed.push((analysedAt ?? performance.now()) - started);
    }
  } finally {
    await stack.stop();
  }
  return {
    samples,
    toEmail: { p50Ms: round(median(toEmail)), p99Ms: round(percentile(toEmail, 99)) },
    toAnalysed: { p50Ms: round(median(toAnalysed)), p99Ms: round(percentile(toAnalysed, 99)) },
  };
}
