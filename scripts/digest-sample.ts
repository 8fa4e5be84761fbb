/**
 * `npm run digest:sample [-- --out DIR]`
 *
 * What leadership's and each sponsor's weekly digest look like, before a week of your own feedback is over: a
 * made-up week (150 comments across the config's sites) through the whole pipeline, in private — its own ports,
 * a throwaway data folder, a clock set in last week — then the week's digest, each email written to a file
 * (`DATA_DIR/sample-digest/` unless `--out`). It reads `CONFIG` as `npm start` does and nothing else: the running
 * `npm start`, its data and its outbox are never touched, and nothing is emailed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSampleWeek } from './sample-week/run-sample-week';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = `Usage: npm run digest:sample [-- --out DIR]

  Builds the weekly digests of a made-up week and writes each email to a file (default DATA_DIR/sample-digest).
  Uses CONFIG like npm start; does not touch the running npm start or send any email.`;

let out: string | undefined;
try {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  out = values.out;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

try {
  const result = await runSampleWeek({
    configPath: process.env.CONFIG || undefined,
    outDir: out ?? join(process.env.DATA_DIR || '.data', 'sample-digest'),
    say: (line) => console.log(line),
  });
  console.log('');
  console.log(`The digests of the sample week ${result.week} (made-up comments; open the .html files in a browser):`);
  for (const file of result.files) console.log(`  ${file}`);
  process.exit(0);
} catch (error) {
  console.error(`The sample digest could not be built: ${(error as Error).message}`);
  process.exit(1);
}
