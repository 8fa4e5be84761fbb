import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { LocalStack } from '../../local/local-stack-types';
import { messagesLeft } from '../../local/messages-left';
import { outbox } from '../../local/outbox';
import { startLocalStack } from '../../local/start-local-stack';
import { isoWeekOf, startOfIsoWeek } from '../../shared/domain/iso-week';
import { SAMPLE_COMMENTS } from './comments';
import { withLinksInFiles } from './links-in-files';

/*
 * A made-up week, run through the whole pipeline in private, so a newcomer can see what the weekly digest looks
 * like before their own first week is over (a week's digest is built only once the week is over). A second local
 * stack on free ports, with a throwaway data folder and a clock set in last week, takes the sample comments
 * through its JSON API, analyses them, then builds the week's digest and sends it into its own outbox; each email
 * is written out as a file. The running `npm start`, its data and its outbox are never touched.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Reports in the sample week: enough that most sites' rows clear the small-group rule (`anonymity.k`). */
const REPORTS = 150;

export interface SampleWeekOptions {
  /** The config to read sites, topics, sponsors and the digest's recipients from (as `npm start`'s `CONFIG`). */
  configPath?: string;
  /** Where the digest emails are written. */
  outDir: string;
  /** Progress, a line at a time. */
  say(line: string): void;
  /** The real time now: the sample week is the last one complete before it. */
  now?: Date;
}

export interface SampleWeekResult {
  week: string;
  /** The files written: an HTML and a text file per digest email, and the web view (charts) it links to. */
  files: string[];
}

/** A clock the sample moves by hand: into the sample week to take reports, past its end to build the digest. */
function handClock(start: Date) {
  let at = start.getTime();
  return { now: () => new Date(at), set: (instant: Date) => (at = instant.getTime()) };
}

export async function runSampleWeek(options: SampleWeekOptions): Promise<SampleWeekResult> {
  const now = options.now ?? new Date();
  // Last week, counted in UTC weeks: a Monday at least seven days back, so its week is over everywhere.
  const week = isoWeekOf(new Date(now.getTime() - 7 * DAY_MS), 'UTC');
  const monday = startOfIsoWeek(week);
  const clock = handClock(new Date(monday.getTime() + DAY_MS + 9 * HOUR_MS));
  const dataDir = mkdtempSync(join(tmpdir(), 'listening-post-sample-'));
  const logger = new Logger({ serviceName: 'listening-post-sample', logLevel: 'SILENT' });
  options.say(`Sample week ${week}: starting a private pipeline (its own ports and a throwaway data folder)…`);
  let stack: LocalStack | undefined;
  try {
    stack = await startLocalStack({
      ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
      dataDir,
      configPath: options.configPath,
      logger,
      clock,
      // Its JSON API takes the sample as fast as it is sent.
      rateLimits: { api: { perSecond: 1000, burst: 1000 } },
    });
    const sites = stack.config.sites.map((s) => s.id);
    options.say(`Sending ${REPORTS} made-up comments across ${sites.length} sites, Tuesday to Friday…`);
    for (let i = 0; i < REPORTS; i += 1) {
      // Spread over four working days, so the week's figures are those of a week, not of a minute.
      clock.set(new Date(monday.getTime() + DAY_MS + Math.floor((i / REPORTS) * 4 * DAY_MS)));
      const text = SAMPLE_COMMENTS[(i * 7) % SAMPLE_COMMENTS.length]!;
      const site = sites[i % sites.length];
      const response = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text, ...(site ? { site } : {}) }),
      });
      if (!response.ok) throw new Error(`the sample's report ${i + 1} was refused (${response.status})`);
      // A line every fifth: on a busy machine this takes a while, and a silent terminal reads as a hung one.
      if ((i + 1) % (REPORTS / 5) === 0) options.say(`  ${i + 1} of ${REPORTS} sent`);
    }
    options.say('Analysing them (a minute or two on a busy machine)…');
    await queuesEmpty(stack, (left) => options.say(`  still analysing: ${left} left to go`));
    // The Monday after, in the morning: the week is over in every time zone.
    clock.set(new Date(monday.getTime() + 8 * DAY_MS + 12 * HOUR_MS));
    options.say('Building the week’s digest…');
    const before = (await outbox(stack.urls.outbox)).length;
    await stack.digest(week, {});
    const emails = (await outbox(stack.urls.outbox)).slice(before);
    const outDir = resolve(options.outDir);
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const [i, email] of emails.entries()) {
      const who = (email.destination.to[0] ?? 'nobody').replace(/[^a-z0-9.@-]+/gi, '_');
      const base = join(outDir, `${week}-${String(i + 1).padStart(2, '0')}-${who}`);
      // While the private pipeline still runs: its links are written out as files or said to need a server.
      const { html, text, written } = await withLinksInFiles(email, stack.urls.app, base);
      if (html) writeFileSync(`${base}.html`, html);
      writeFileSync(`${base}.txt`, `To: ${email.destination.to.join(', ')}\nSubject: ${email.subject}\n\n${text}`);
      files.push(...(html ? [`${base}.html`] : []), `${base}.txt`, ...written);
    }
    return { week, files };
  } finally {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Until every report sent is analysed and every escalation handled: nothing left on any lane, in sight or in flight. */
async function queuesEmpty(stack: LocalStack, progress: (left: number) => void): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  // How many are left, said every ten seconds while the wait lasts.
  let said = Date.now();
  while (Date.now() < deadline) {
    const left = await messagesLeft(stack);
    if (left === 0) return;
    if (Date.now() - said >= 10_000) {
      progress(left);
      said = Date.now();
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the sample’s reports were not all analysed within ten minutes');
}
