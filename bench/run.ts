/**
 * `npm run bench`: every figure beside a baseline measured in the same run,
 * as medians and ratios. Prints a table and writes the JSON to
 * bench/results/. Never a pass/fail: machines here are shared and noisy.
 *
 *   npm run bench               # everything
 *   npm run bench -- --quick    # fewer, shorter rounds
 *   npm run bench -- intake end-to-end cold-start analysis name-readers comprehend cost digest
 *   npm run bench -- cold-start --functions=analyze,intake [--sdk-external] [--before=DIR] [--node=this]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Each section's module is imported when it runs, so a section whose code is being changed never stops the others.
import { ratio, round } from './stats';
import { tempDir } from './temp-dir';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const want = (name: string) => wanted.length === 0 || wanted.includes(name);
// Tweets (TweetEval), when a copy sits beside the checkout; otherwise the
// project's own labelled sample, so the bench runs from a clean clone.
const TWEETS_FILE = join(process.cwd(), '../shared/eval/tweeteval_sentiment.jsonl');
const OWN_SAMPLE = join(process.cwd(), 'eval/sentiment/workplace.jsonl');
const EVAL_FILE = existsSync(TWEETS_FILE) ? TWEETS_FILE : OWN_SAMPLE;
const EVAL_LABEL = EVAL_FILE === TWEETS_FILE ? 'TweetEval tweets' : 'eval/sentiment/workplace.jsonl';
if (EVAL_FILE === OWN_SAMPLE && (wanted.length === 0 || wanted.includes('analysis'))) {
  console.error(
    `… no TweetEval copy at ${TWEETS_FILE}: analyzer throughput is measured on the project's own ${OWN_SAMPLE} (66 short comments) instead`,
  );
}

const report: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, quick };
const rows: [string, string, string, string][] = [];
const row = (figure: string, value: string, baseline: string, ratio: string) =>
  rows.push([figure, value, baseline, ratio]);
const dir = tempDir();

try {
  if (want('intake')) {
    console.error('… intake under autocannon');
    const r = await (await import('./intake')).measureIntake({
      dataDir: join(dir.path, 'intake'),
      seconds: quick ? 2 : 5,
      rounds: quick ? 1 : 3,
      pipelineSamples: quick ? 10 : 50,
    });
    report.intake = r;
    row(
      'POST /feedback, local stack: requests/s',
      String(r.localStack.requestsPerSecond),
      `${r.bareHono.requestsPerSecond} (bare hono)`,
      `${r.throughputRatio}×`,
    );
    row(
      'POST /feedback: p50 / p99 latency ms',
      `${r.localStack.p50Ms} / ${r.localStack.p99Ms}`,
      `${r.bareHono.p50Ms} / ${r.bareHono.p99Ms}`,
      `${r.p50Ratio}× (p50)`,
    );
    row(
      'POST → status analysed: p50 / p99 ms',
      `${r.toAnalysed.p50Ms} / ${r.toAnalysed.p99Ms}`,
      `${r.localStack.p50Ms} (POST alone, p50)`,
      `${Math.round(r.toAnalysed.p50Ms / Math.max(r.localStack.p50Ms, 0.1))}×`,
    );
  }
  if (want('end-to-end')) {
    console.error('… submission to sponsor email in the local outbox');
    const r = await (await import('./end-to-end')).measureEndToEnd({
      dataDir: join(dir.path, 'end-to-end'),
      samples: quick ? 10 : 30,
    });
    report.endToEnd = r;
    row(
      'urgent submission → sponsor email: p50 / p99 ms',
      `${r.toEmail.p50Ms} / ${r.toEmail.p99Ms}`,
      `${r.toAnalysed.p50Ms} / ${r.toAnalysed.p99Ms} (to analysed)`,
      `${round(r.toEmail.p50Ms / Math.max(r.toAnalysed.p50Ms, 0.1), 1)}× (p50)`,
    );
  }
  if (want('cold-start')) {
    // --sdk-external adds bundles that leave the SDK to the runtime; --functions=intake,analyze measures only those.
    const sdks = args.includes('--sdk-external') ? (['bundled', 'external'] as const) : (['bundled'] as const);
    const only = args
      .find((a) => a.startsWith('--functions='))
      ?.slice('--functions='.length)
      .split(',');
    console.error(`… Lambda bundles cold, each beside its SDK baseline (SDK ${sdks.join(' and ')})`);
    const r = await (await import('./cold-start')).measureColdStarts({
      runs: quick ? 3 : 11,
      dataDir: dir.path,
      sdks: [...sdks],
      only,
      // --before=DIR: a copy of an earlier build's bench/.build/bundled, run side by side with this one.
      before: args.find((a) => a.startsWith('--before='))?.slice('--before='.length),
      // --node=this: the bundles on the Node running the bench (Node 20 here) instead of the Lambda's major.
      node: args.includes('--node=this') ? process.execPath : undefined,
    });
    report.coldStart = r;
    for (const fn of r.rows) {
      const label = `${fn.name} (SDK ${fn.sdk}, ${r.node})`;
      row(
        `${label} bundle KiB (entry alone)`,
        `${round(fn.bytes / 1024, 0)} (${round(fn.entryBytes / 1024, 0)})`,
        `${round(fn.baseline.bytes / 1024, 0)} (SDK baseline)`,
        `${round(ratio(fn.bytes, fn.baseline.bytes), 1)}×`,
      );
      row(`${label} init ms`, String(fn.initMs), `${fn.baseline.initMs} (SDK baseline)`, `${fn.initRatio}×`);
      row(
        `${label} first invocation ms`,
        String(fn.firstInvocationMs),
        `${fn.baseline.firstInvocationMs} (SDK baseline)`,
        `${fn.firstInvocationRatio}×`,
      );
      row(
        `${label} init + first invocation ms`,
        String(round(fn.initMs + fn.firstInvocationMs)),
        `${round(fn.baseline.initMs + fn.baseline.firstInvocationMs)} (SDK baseline)`,
        `${fn.coldStartRatio}× (goal ≤ 1.5)`,
      );
      row(
        `${label} init + first invocation CPU ms`,
        String(round(fn.initCpuMs + fn.firstInvocationCpuMs)),
        `${round(fn.baseline.initCpuMs + fn.baseline.firstInvocationCpuMs)} (SDK baseline)`,
        `${fn.coldStartCpuRatio}×`,
      );
      if (fn.otherWay) {
        const way = (atOnce: boolean) => (atOnce ? 'patterns compiled at once' : "V8's default tier-up");
        row(
          `${label} init + first invocation CPU ms as deployed (${way(fn.patternsAtOnce)}), beside ${way(fn.otherWay.patternsAtOnce)}`,
          `${round(fn.initCpuMs + fn.firstInvocationCpuMs)} (first invocation ${fn.firstInvocationCpuMs})`,
          `${round(fn.otherWay.initCpuMs + fn.otherWay.firstInvocationCpuMs)} (first invocation ${fn.otherWay.firstInvocationCpuMs})`,
          `${round(ratio(fn.initCpuMs + fn.firstInvocationCpuMs, fn.otherWay.initCpuMs + fn.otherWay.firstInvocationCpuMs))}×`,
        );
      }
      if (fn.before)
        row(
          `${label} before (--before): init + first invocation ms, CPU ms`,
          `${round(fn.before.initMs + fn.before.firstInvocationMs)}, ${round(fn.before.initCpuMs + fn.before.firstInvocationCpuMs)}`,
          'the same SDK baseline',
          `${fn.before.coldStartRatio}×, ${fn.before.coldStartCpuRatio}× CPU`,
        );
    }
  }
  if (want('analysis')) {
    console.error(`… offline analyzer throughput on ${EVAL_LABEL}`);
    const r = await (await import('./analysis')).measureOfflineAnalyzer({ file: EVAL_FILE, rounds: quick ? 2 : 5 });
    report.analysis = r;
    row(
      `offline analyzer docs/s (${EVAL_LABEL})`,
      r.docsPerSecond.toLocaleString('en-US'),
      `${r.afinnDocsPerSecond.toLocaleString('en-US')} (AFINN)`,
      `${r.ratio}×`,
    );
    row(
      `whole offline path with urgency docs/s (urgency ${Math.round(100 * r.urgencyShare)}% of the time)`,
      r.wholePathDocsPerSecond.toLocaleString('en-US'),
      `${r.afinnDocsPerSecond.toLocaleString('en-US')} (AFINN)`,
      `${r.wholePathRatio}×`,
    );
    row(
      `whole offline path with urgency, docs per CPU-second, batches of ${r.batchSize} as deployed (goal ≥ 5,000)`,
      r.wholePathCpuDocsPerSecond.toLocaleString('en-US'),
      `${r.afinnCpuDocsPerSecond.toLocaleString('en-US')} (AFINN, per CPU-second)`,
      `${r.wholePathCpuRatio}×`,
    );
    // The Lambdas run Node 24; this machine's `node` may be older, and reads the same path a third or more slower.
    // The analysis functions run it with V8's regexp tier-up off (regexps-compiled-at-once.ts): measured both ways,
    // one after the other, each in a process of its own (a flag V8 takes only on the command line).
    const { measureWholePathOnLambdaNode } = await import('./analysis-on-lambda-node');
    const onLambda = await measureWholePathOnLambdaNode({ file: EVAL_FILE, rounds: quick ? 2 : 5 });
    const atOnce = await measureWholePathOnLambdaNode({ file: EVAL_FILE, rounds: quick ? 2 : 5, patternsAtOnce: true });
    if (onLambda) {
      report.analysisOnLambdaNode = onLambda;
      row(
        `whole offline path with urgency, docs per CPU-second, on ${onLambda.node} (the Lambda runtime; the row above ran on ${process.version})`,
        onLambda.wholePathCpuDocsPerSecond.toLocaleString('en-US'),
        `${onLambda.afinnCpuDocsPerSecond.toLocaleString('en-US')} (AFINN, per CPU-second, same Node)`,
        `${round(onLambda.wholePathCpuDocsPerSecond / onLambda.afinnCpuDocsPerSecond, 4)}×`,
      );
    }
    if (atOnce) {
      report.analysisOnLambdaNodePatternsAtOnce = atOnce;
      row(
        `the same on ${atOnce.node} with patterns compiled at once (--no-regexp-tier-up, as the analysis functions run)`,
        atOnce.wholePathCpuDocsPerSecond.toLocaleString('en-US'),
        onLambda
          ? `${onLambda.wholePathCpuDocsPerSecond.toLocaleString('en-US')} (V8's default, the row above)`
          : `${atOnce.afinnCpuDocsPerSecond.toLocaleString('en-US')} (AFINN, per CPU-second, same Node)`,
        `${round(atOnce.wholePathCpuDocsPerSecond / (onLambda?.wholePathCpuDocsPerSecond ?? atOnce.afinnCpuDocsPerSecond), 2)}×`,
      );
    }
  }
  if (want('name-readers')) {
    console.error("… reading sponsors' names in a report of the longest, in each script");
    const r = (await import('./name-readers')).measureNameReaders({ rounds: quick ? 3 : 7 });
    report.nameReaders = r;
    for (const [name, ms] of Object.entries(r.cpuMs))
      if (name !== 'English report')
        row(
          `names read, CPU ms: ${name}${name.includes('4,000') ? '' : ' (goal ≤ ~50)'}`,
          String(ms),
          `${r.cpuMs['English report']} (English)`,
          `${r.ratios[name]}×`,
        );
  }
  if (want('comprehend')) {
    const path = './comprehend-cost';
    const module = await import(path).catch(() => undefined);
    if (module?.measureComprehendCost) {
      console.error('… Comprehend calls and billed units (counting client)');
      const r = await module.measureComprehendCost({ submissions: 1000 }); // at the deployed SQS batch size
      report.comprehend = r;
      row(
        'Comprehend calls per 1,000 submissions',
        String(r.callsPer1000),
        '1,120 (goal: 3 × 40 batch calls + 1,000 PII)',
        `${(r.callsPer1000 / 1120).toFixed(2)}×`,
      );
      row('Comprehend billed units per 1,000', String(r.unitsPer1000), '—', '—');
    }
  }
  if (want('cost')) {
    console.error('… cost per 1,000 submissions on AWS, from calls counted on the local stack');
    const { measureComprehendCost } = await import('./comprehend-cost');
    const comprehend =
      (report.comprehend as { unitsPer1000: number } | undefined) ??
      (await measureComprehendCost({ submissions: 1000 }));
    const analysis =
      (report.analysis as { docsPerSecond: number } | undefined) ??
      (await (await import('./analysis')).measureOfflineAnalyzer({ file: EVAL_FILE, rounds: 1, limit: 500 }));
    // Priced as the analysis functions run: the whole offline path with urgency, on the Lambda's Node with patterns
    // compiled at once, per CPU-second; a 1,024 MB function has 1,024/1,769 of a vCPU (AWS gives one vCPU at
    // 1,769 MB), so each document takes that much longer in billed time. Without that row (a bench run of other
    // sections, or no Node 24 here), this machine's analyzer alone, as before.
    const asDeployed = report.analysisOnLambdaNodePatternsAtOnce as { wholePathCpuDocsPerSecond: number } | undefined;
    const offlineMsPerDocument = asDeployed
      ? (1000 / asDeployed.wholePathCpuDocsPerSecond) * (1769 / 1024)
      : 1000 / analysis.docsPerSecond;
    const r = await (await import('./submission-cost')).measureSubmissionCost({
      dataDir: join(dir.path, 'cost'),
      submissions: quick ? 60 : 200,
      comprehendUnitsPer1000: comprehend.unitsPer1000,
      offlineMsPerDocument,
    });
    console.error(
      `  analysis priced at ${round(offlineMsPerDocument, 2)} ms a document (${asDeployed ? 'Node 24, patterns compiled at once, a 1,024 MB share of a vCPU' : `${process.version}, the analyzer section's wall time`})`,
    );
    report.cost = r;
    const usd = (n: number | undefined) => `$${(n ?? 0).toFixed(4)}`;
    const { offline, comprehend: withComprehend } = r.dollarsPer1000;
    row(
      `AWS cost per 1,000 submissions, Comprehend engine (${r.prices.region}, prices of ${r.prices.reviewed})`,
      usd(withComprehend.total),
      `${usd(offline.total)} (offline engine)`,
      `${round(ratio(withComprehend.total!, offline.total!), 1)}×`,
    );
    for (const part of ['comprehend', 'lambda', 'dynamoDb', 'api', 'sqs', 'ses'] as const) {
      row(`  of which ${part}`, usd(withComprehend[part]), `${usd(offline[part])} (offline engine)`, '—');
    }
    const u = r.per1000;
    row(
      '  counted per 1,000: DynamoDB write / read units',
      `${u.dynamoDbWriteUnits} / ${u.dynamoDbReadUnits}`,
      '—',
      '—',
    );
    row(
      '  per 1,000: SQS requests, emails, Lambda GB-s (Comprehend / offline)',
      `${u.sqsRequests}, ${u.sesEmails}, ${u.lambdaGbSeconds.comprehend} / ${u.lambdaGbSeconds.offline}`,
      '—',
      '—',
    );
  }
  if (want('digest')) {
    console.error('… digest for weeks of 1k, 10k and 100k submissions');
    const r = await (await import('./digest')).measureDigest({
      weeks: quick ? [1000, 10_000] : [1000, 10_000, 100_000],
      rounds: quick ? 2 : 5,
      historyWeeks: quick ? 12 : 52,
    });
    report.digest = r;
    const base = r[0]!;
    for (const w of r) {
      row(
        `digest, week of ${w.submissionsPerWeek.toLocaleString('en-US')} (${w.weeksKept} weeks kept): ms`,
        String(w.medianMs.total),
        `${base.medianMs.total} (week of ${base.submissionsPerWeek.toLocaleString('en-US')}, ${base.weeksKept} kept)`,
        `${w.ratio}×`,
      );
      row(
        `digest first run (reads the counters), week of ${w.submissionsPerWeek.toLocaleString('en-US')}: ms`,
        String(w.firstRunMedianMs),
        `${base.firstRunMedianMs} (week of ${base.submissionsPerWeek.toLocaleString('en-US')})`,
        `${w.firstRunRatio}×`,
      );
    }
  }
} finally {
  dir.remove();
}

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['figure', 'value', 'baseline', 'ratio'], ...rows].map((r) => r[i]!.length)),
);
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;

const table = [
  line(['figure', 'value', 'baseline', 'ratio']),
  line(widths.map((w) => '-'.repeat(w))),
  ...rows.map(line),
].join('\n');
console.log(table);
const doc = 'docs/performance.md';
// Only a full run replaces the table: a partial one would drop the other sections' figures.
if (existsSync(doc) && rows.length && wanted.length === 0) {
  const stamp = `Measured ${report.at} on Node ${process.version}${quick ? ' (--quick)' : ''}.`;
  writeFileSync(
    doc,
    readFileSync(doc, 'utf8').replace(
      /<!-- bench:table -->[\s\S]*<!-- \/bench:table -->/,
      `<!-- bench:table -->\n${stamp}\n\n${table}\n<!-- /bench:table -->`,
    ),
  );
}

mkdirSync('bench/results', { recursive: true });
const file = join('bench/results', `${String(report.at).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.error(`\nwritten to ${file} (and bench/results/latest.json)`);
