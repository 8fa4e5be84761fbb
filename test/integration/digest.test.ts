import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestSchema } from '../../shared/digest/model';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

const run = promisify(execFile);
const WEEK = '2026-W47';

const SCHEDULING = [
  'The new shift schedule is so much better, thank you for listening',
  'I love that the schedule is posted two weeks ahead now',
  'The weekend shift schedule finally feels fair to everyone',
  'Swapping a shift is easy now and the schedule makes sense',
  'My schedule lets me pick up my kids, which is wonderful',
  'The schedule changes last week were great, please keep them',
  'Good schedule this month, the rota is clear and fair',
  'Thanks for the better schedule, night shift is calmer',
  'The schedule is great but weekend cover is still thin',
  'Happy with the new schedule and the time off process',
  'The shift schedule is much improved and easy to read',
  'Nice to have a schedule that respects our time off',
];
const PAY = [
  'Overtime pay was late again and nobody explained why',
  'The bonus scheme announcement was confusing about pay',
  'My paycheck was short this week and payroll did not answer',
  'Pay for the night shift should be higher than this',
  'The raise this year did not keep up with prices, pay is poor',
  'Benefits enrolment was rushed and the insurance is worse',
];

describe('the weekly digest on the local stack', () => {
  const dataDir = tempDataDir();
  // Wednesday of week 47 in Chicago, the example config's time zone.
  const clock = fixedClock('2026-11-18T15:00:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
    const codes: string[] = [];
    for (const text of SCHEDULING)
      codes.push((await stack.submit({ text, site: 'plant2', topic: 'scheduling' })).caseCode);
    for (const text of PAY) codes.push((await stack.submit({ text, site: 'hq', topic: 'pay' })).caseCode);
    // Two from the warehouse: too few to show, so they must fold into "other".
    codes.push((await stack.submit({ text: 'The warehouse heating is broken again', site: 'warehouse' })).caseCode);
    codes.push((await stack.submit({ text: 'Warehouse parking is fine now', site: 'warehouse' })).caseCode);
    // An urgent one: escalated, acknowledged and answered this week.
    const urgent = await stack.submit({ text: 'The fire exit by the paint shop is blocked again', site: 'plant2' });
    for (const code of [...codes, urgent.caseCode])
      await stack.waitForStatus(code, 'analysed').catch(() => stack.waitForStatus(code, 'escalated'));
    await stack.waitForStatus(urgent.caseCode, 'escalated');
    const ack = await waitFor('the escalation email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const link = ack.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    clock.set('2026-11-18T16:00:00Z');
    const answer = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({
        action: 'respond',
        response: 'The exit was cleared within the hour and is now checked every shift.',
      }).toString(),
    });
    expect(answer.status).toBe(200);
    // Monday morning after the week, when the digest goes out.
    clock.set('2026-11-23T14:00:00Z');
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should send the leadership digest to the outbox with the week in figures, verbatims, escalations and responses, and nothing below k', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    const result = await stack.digest(WEEK);
    expect(result.total).toBe(21);

    const sent = (await outbox(stack.urls.outbox)).slice(before);
    expect(sent.map((e) => e.destination.to[0]).sort()).toEqual([
      'ceo@example.com',
      'chro@example.com',
      'coo@example.com',
      'leadership@example.com',
      'plant2-gm@example.com',
    ]);
    const email = sent.find((e) => e.destination.to.includes('leadership@example.com'))!;
    expect(email.subject).toBe('Listening Post weekly digest, Mon 16 – Sun 22 November 2026: 21 submissions');
    const text = email.body.text!;
    expect(text).toMatch(/^ {2}Plant 2 +13 /m);
    // The warehouse's 2 fold into "other", and Headquarters' 6 with them: else 21 − 13 − 6 would give the 2 away.
    expect(text).toMatch(/^ {2}Other sites combined +8 /m);
    expect(text).not.toContain('Headquarters');
    expect(text).not.toContain('Riverside Warehouse');
    expect(text).toMatch(/^ {2}Scheduling and time off +13 /m); // 12, and one about night-shift pay
    expect(text).toContain('WHAT PEOPLE SAID');
    expect(text).toMatch(/Scheduling and time off · Plant 2 · web form/); // a group of 12 ≥ kQuote
    expect(text).not.toMatch(/Pay and benefits · Headquarters/); // a group of 6 < kQuote: never quoted
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Fewer than 5 raised, or too few with one sponsor to show safely, so no figures are shown.',
    ); // one escalation: below k, like any group
    expect(text).not.toMatch(/\b1 raised\b/);
    // One response this week: below k, so it is not listed, only said to exist (the employee reads it on the status page).
    expect(text.replace(/\s+/g, ' ')).toContain(
      'A few responses were published this week. They are listed here only once at least 5 are published in a week',
    );
    expect(text).not.toContain('The exit was cleared within the hour');
    expect(text).not.toContain('fire exit by the paint shop'); // the escalated comment itself is not quoted
    expect(email.body.html).not.toMatch(/<script|<img|<svg|<style|<link/i);

    const archived = join(dataDir.path, 'digests', `${WEEK}.json`);
    expect(existsSync(archived)).toBe(true);
    const digest = digestSchema.parse(JSON.parse(readFileSync(archived, 'utf8')));
    expect(digest).toMatchObject({ week: WEEK });
    expect(JSON.stringify(digest)).not.toMatch(/caseKey|case:|[0-9a-f]{64}/);
    expect(existsSync(join(dataDir.path, 'digests', `${WEEK}.sponsor-plant2-gm.json`))).toBe(true);
  });

  it('Should open the web view from the link in the email, and refuse it altered or for another week', async () => {
    const email = (await outbox(stack.urls.outbox)).find(
      (e) => e.destination.to.includes('leadership@example.com') && e.subject.includes('weekly digest'),
    )!;
    const link = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/digest\/2026-W47\?t=[\w.-]+)/)![1]!;
    const page = await fetch(link, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Week 47: Mon 16 – Sun 22 November 2026');
    expect(html).toContain('<svg class="trend"');
    expect((await fetch(link.replace('2026-W47?', '2026-W46?'), { headers: { accept: 'text/html' } })).status).toBe(
      403,
    );
    expect((await fetch(`${link.slice(0, -3)}AAA`, { headers: { accept: 'text/html' } })).status).toBe(403);
    expect((await fetch(`${stack.urls.app}/digest/${WEEK}`, { headers: { accept: 'text/html' } })).status).toBe(403);

    const sponsorEmail = (await outbox(stack.urls.outbox)).find(
      (e) => e.destination.to.includes('plant2-gm@example.com') && e.subject.includes('weekly digest'),
    )!;
    const sponsorLink = sponsorEmail.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/digest\/2026-W47\?t=[\w.-]+)/)![1]!;
    const variant = await (await fetch(sponsorLink)).text();
    expect(variant).toContain('For Lee Marsh (Plant 2 GM)');
    expect(variant).not.toContain('Headquarters');
  });

  it('Should not send again when the weekly schedule retries a week already delivered', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    const rerun = await stack.digest(WEEK);
    expect(rerun.digests.every((d) => d.skipped === 'already sent')).toBe(true);
    expect(rerun.alreadySent).toMatch(
      /^The digest for 2026-W47 was already sent to 5 recipients in week 2026-W48; use --resend to send it again\.$/,
    );
    expect((await outbox(stack.urls.outbox)).length).toBe(before);
  });

  it('Should build one on demand with npm run digest, say where it went, and send only to --to', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    const env = {
      ...process.env,
      DYNAMODB_PORT: new URL(stack.urls.dynamodb).port,
      SES_PORT: new URL(stack.urls.outbox).port,
      DATA_DIR: dataDir.path,
      PUBLIC_URL: stack.urls.app,
      CONFIG: '',
    };
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/digest.ts', '--week', WEEK, '--to', 'someone@example.com'],
      { env },
    );
    expect(stdout).toContain('Weekly digest for 2026-W47 (Mon 16 – Sun 22 November 2026)');
    expect(stdout).toMatch(/… Reading weekly figures for 2026-W40 to 2026-W47/);
    expect(stdout).toMatch(/^ {2}sent to {3}someone@example\.com$/m);
    expect(stdout).toContain(`archive   ${join(dataDir.path, 'digests', `${WEEK}.json`)}`);
    expect(stdout).toMatch(/web view {2}http:\/\/127\.0\.0\.1:\d+\/digest\/2026-W47\?t=/);
    expect(stdout).toContain(`Read the emails in the outbox: ${stack.urls.outbox}`);
    const sent = (await outbox(stack.urls.outbox)).slice(before);
    expect(sent.map((e) => e.destination.to)).toEqual([['someone@example.com']]);

    const link = stdout.match(/web view {2}(http:\S+)/)![1]!;
    expect((await fetch(link)).status).toBe(200);
  }, 60_000);

  it('Should say what is wrong with a bad week, and when the local stack is not running', async () => {
    const env = { ...process.env, DYNAMODB_PORT: '1', SES_PORT: '1', DATA_DIR: dataDir.path, CONFIG: '' };
    const bad = await run(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--week', '2026-47'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(bad).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--week must be an ISO week: .* such as 2026-W47 .*, not '2026-47'/),
    });
    const down = await run(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--week', WEEK, '--dry-run'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(down).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot reach the local stack') });
  }, 60_000);
});
