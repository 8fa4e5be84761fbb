import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import type { LocalStack } from '../../local/local-stack-types';
import { messagesLeft } from '../../local/messages-left';
import { outbox } from '../../local/outbox';
import { startLocalStack } from '../../local/start-local-stack';
import { isoWeekOf, startOfIsoWeek } from '../../shared/domain/iso-week';
import { shiftWeek } from '../../shared/digest/weeks';
import { loadLocalSecrets } from '../../local/local-secrets';
import { SAMPLE_COMMENTS, SAMPLE_URGENT } from './comments';
import { withLinksInFiles } from './links-in-files';

/*
 * A made-up month, run through the whole pipeline in private, so a newcomer can see what the weekly digest looks
 * like before their own first week is over (a week's digest is built only once the week is over). A second local
 * stack on free ports, with a throwaway data folder and a clock it moves by hand, takes four weeks of sample comments
 * (by the web form's JSON API and by text message, signed as Twilio signs them), a few urgent hazards that are
 * escalated, acknowledged and answered by their sponsors, builds each earlier week's digest when that week is over
 * (so the last one has a trend, movers and earlier weeks to compare with), then the sample week's digest, whose
 * emails are written out as files. The running `npm start`, its data and its outbox are never touched.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * Reports in each week of the month, oldest first; the last is the sample week. Each a multiple of 12 and at least
 * 60, so every site gets 0 or at least `anonymity.k` (5) texts a week and the channels can be shown apart.
 */
const WEEKS = [60, 72, 84, 150] as const;
/** Every fourth report comes by text message, the rest by the web form. */
const BY_TEXT = 4;
/**
 * Which site (by its place in the config) each report of a run of 12 comes from: sites differ in size as real ones
 * do (with three sites, half from the second, a third from the third, a sixth from the first), and the texts (every
 * fourth: places 3, 7 and 11) come from the two larger ones, 0 or at least k (5) a week from each. Equal thirds read
 * as made up.
 */
const SITE_CYCLE = [1, 2, 1, 1, 0, 2, 1, 2, 1, 0, 2, 1] as const;
/** The earlier weeks' urgent reports (one each from the second on); the sample week takes all of `SAMPLE_URGENT`. */
const URGENT_EARLIER = 1;

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

/** A clock the sample moves by hand, always forward: into each week to take reports, past its end to build its digest. */
function handClock(start: Date) {
  let at = start.getTime();
  return { now: () => new Date(at), set: (instant: number) => (at = Math.max(at, instant)) };
}

export async function runSampleWeek(options: SampleWeekOptions): Promise<SampleWeekResult> {
  const now = options.now ?? new Date();
  // Last week, counted in UTC weeks: a Monday at least seven days back, so its week is over everywhere.
  const week = isoWeekOf(new Date(now.getTime() - 7 * DAY_MS), 'UTC');
  const weeks = WEEKS.map((_, i) => shiftWeek(week, i - (WEEKS.length - 1)));
  const clock = handClock(new Date(startOfIsoWeek(weeks[0]!).getTime() + DAY_MS + 9 * HOUR_MS));
  const dataDir = mkdtempSync(join(tmpdir(), 'listening-post-sample-'));
  const logger = new Logger({ serviceName: 'listening-post-sample', logLevel: 'SILENT' });
  options.say(
    `Sample month ${weeks[0]} to ${week}: starting a private pipeline (its own ports and a throwaway data folder)…`,
  );
  let stack: LocalStack | undefined;
  try {
    stack = await startLocalStack({
      ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
      dataDir,
      configPath: options.configPath,
      logger,
      clock,
      // None of this machine's settings: no real Twilio account is asked to erase the sample's texts.
      env: {},
      // Its JSON API and its SMS webhook take the sample as fast as it is sent.
      rateLimits: { api: { perSecond: 1000, burst: 1000 }, sms: { perSecond: 1000, burst: 1000 } },
    });
    const running = stack;
    const twilioToken = loadLocalSecrets(dataDir, {}).TWILIO_AUTH_TOKEN;
    const sites = running.config.sites;
    let texted = 0;
    for (const [w, thisWeek] of weeks.entries()) {
      const monday = startOfIsoWeek(thisWeek).getTime();
      const reports = WEEKS[w]!;
      const sampleWeek = thisWeek === week;
      options.say(
        sampleWeek
          ? `Week ${thisWeek}, the sample week: ${reports} made-up comments across ${sites.length} sites, Tuesday to Thursday, one in ${BY_TEXT} by text…`
          : `Week ${thisWeek}, an earlier week (for the trend and the movers): ${reports} made-up comments…`,
      );
      const weekStart = (await outbox(running.urls.outbox)).length;
      for (let i = 0; i < reports; i += 1) {
        // Spread over Tuesday to Thursday, so the week's figures are those of a week, not of a minute.
        clock.set(monday + DAY_MS + Math.floor((i / reports) * 3 * DAY_MS));
        // Each week a little different, as real weeks are.
        const text = SAMPLE_COMMENTS[(i * 7 + w * 5) % SAMPLE_COMMENTS.length]!;
        const site = sites[SITE_CYCLE[i % SITE_CYCLE.length]! % sites.length];
        const number = site?.smsNumbers?.[0];
        if (i % BY_TEXT === BY_TEXT - 1 && number) {
          texted += 1;
          await sendText(running, twilioToken, `+1555020${String(texted).padStart(4, '0')}`, number, text);
        } else await post(running, text, site?.id, i + 1);
        // A line every fifth: on a busy machine this takes a while, and a silent terminal reads as a hung one.
        if ((i + 1) % (reports / 5) === 0) options.say(`  ${i + 1} of ${reports} sent`);
      }
      const urgent = sampleWeek ? SAMPLE_URGENT : w > 0 ? SAMPLE_URGENT.slice(w - 1, w - 1 + URGENT_EARLIER) : [];
      if (urgent.length) {
        options.say(`  and ${urgent.length} urgent ${urgent.length === 1 ? 'report' : 'reports'}, on Friday`);
        clock.set(monday + 4 * DAY_MS + 15 * HOUR_MS);
      }
      for (const [u, report] of urgent.entries())
        await post(running, report.text, sites[report.site % sites.length]?.id, u + 1);
      options.say('  analysing them (a minute or two on a busy machine)…');
      await queuesEmpty(running, (left) => options.say(`  still analysing: ${left} left to go`));
      // An hour later, within the urgent SLA: each sponsor answers their urgent case, and acknowledges the patterns
      // they were told of this week, from the links in the emails, as a real one would.
      clock.set(monday + 4 * DAY_MS + 16 * HOUR_MS);
      // In the sample week the patterns are left waiting, as a real week leaves some: their legal deadline to
      // acknowledge falls next week, so leadership's digest shows its "legal deadlines by week".
      const { answered, acknowledged } = await answerEscalations(
        (await outbox(running.urls.outbox)).slice(weekStart),
        urgent,
        { acknowledgeOthers: !sampleWeek },
      );
      if (answered || acknowledged)
        options.say(
          `  the sponsors answered ${answered} urgent ${answered === 1 ? 'case' : 'cases'} within the hour and acknowledged ${acknowledged} other ${acknowledged === 1 ? 'escalation' : 'escalations'}`,
        );
      if (!sampleWeek) {
        // Monday, once the digest's hour has passed: that week's digest goes out, and the next compares with it.
        clock.set(monday + 7 * DAY_MS + 18 * HOUR_MS);
        await running.digest(thisWeek, {});
      }
    }
    // The Monday after, in the morning: the week is over in every time zone.
    clock.set(startOfIsoWeek(week).getTime() + 8 * DAY_MS + 12 * HOUR_MS);
    options.say('Building the sample week’s digest…');
    const before = (await outbox(running.urls.outbox)).length;
    await running.digest(week, {});
    const emails = (await outbox(running.urls.outbox)).slice(before);
    const outDir = resolve(options.outDir);
    mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const [i, email] of emails.entries()) {
      const who = (email.destination.to[0] ?? 'nobody').replace(/[^a-z0-9.@-]+/gi, '_');
      const base = join(outDir, `${week}-${String(i + 1).padStart(2, '0')}-${who}`);
      // While the private pipeline still runs: its links are written out as files or said to need a server.
      const { html, text, written } = await withLinksInFiles(email, running.urls.app, base);
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

/** A comment by the web form's JSON API. */
async function post(stack: LocalStack, text: string, site: string | undefined, n: number): Promise<void> {
  const response = await fetch(`${stack.urls.app}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ text, ...(site ? { site } : {}) }),
  });
  if (!response.ok) throw new Error(`the sample's report ${n} was refused (${response.status})`);
}

/** A comment by text message, to a site's number, signed as Twilio signs its webhook (as `npm run sms` does). */
async function sendText(stack: LocalStack, authToken: string, from: string, to: string, body: string): Promise<void> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params: Record<string, string> = {
    ToCountry: 'US',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: body,
    To: to,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: `AC${'0'.repeat(32)}`,
    From: from,
    ApiVersion: '2010-04-01',
  };
  const response = await fetch(`${stack.urls.app}/sms/twilio`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(authToken, `${stack.urls.app}/sms/twilio`, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  if (!response.ok) throw new Error(`the sample's text message was refused (${response.status})`);
}

/**
 * Through the "Acknowledge and answer" link of each escalation email: each urgent report answered once, by the first
 * sponsor emailed about it, with the sample's response (the form's "Publish response"); every other case emailed
 * about (a pattern of reports on one topic) acknowledged. A link whose case another sponsor now holds is refused and
 * passed over. Returns how many were answered and acknowledged.
 */
async function answerEscalations(
  emails: Awaited<ReturnType<typeof outbox>>,
  urgent: readonly { text: string; response: string }[],
  { acknowledgeOthers }: { acknowledgeOthers: boolean },
): Promise<{ answered: number; acknowledged: number }> {
  const linkOf = (email: (typeof emails)[number]) => email.body.text?.match(/https?:\/\/\S+\/ack\/[\w.-]+/)?.[0];
  const press = async (link: string, fields: Record<string, string>) =>
    (
      await fetch(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams(fields).toString(),
      })
    ).ok;
  let answered = 0;
  let acknowledged = 0;
  const used = new Set<string>();
  for (const report of urgent) {
    const opening = report.text.slice(0, 20);
    const about = emails.filter((email) => email.body.text?.includes(opening));
    for (const email of about) used.add(linkOf(email) ?? '');
    const link = about.map(linkOf).find(Boolean);
    if (link && (await press(link, { action: 'respond', response: report.response }))) answered += 1;
  }
  for (const email of acknowledgeOthers ? emails : []) {
    const link = linkOf(email);
    if (!link || used.has(link)) continue;
    used.add(link);
    if (await press(link, { action: 'acknowledge' })) acknowledged += 1;
  }
  return { answered, acknowledged };
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
