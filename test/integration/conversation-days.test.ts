import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor, type OutboxEmail } from '../support/outbox';

// Issue 14 review, item 2: a conversation's days and the days an answer
// leaves in the history were UTC days, while the deadlines were the
// installation's. In Auckland (13 hours ahead of UTC in November), half an
// hour after midnight on Thursday is still Wednesday in UTC: every day a
// thread, a history or a clock keeps must be Thursday. On the real stand-ins.

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
});
const ackLinkIn = (email: OutboxEmail) => email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;

describe('the days of a conversation, in an installation far from UTC', () => {
  const dataDir = tempDataDir();
  // 00:30 on Thursday 19 November in Auckland; 11:30 PM on Wednesday the 18th in Chicago; the 18th in UTC.
  const clock = fixedClock('2026-11-18T11:30:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  const emailsTo = async (address: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(address));
  const statusOf = async (caseCode: string) =>
    (await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
    ).json()) as { messages: { from: string; day: string }[]; acknowledgeBy?: string };

  beforeAll(async () => {
    const config = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as Record<string, unknown>;
    const configPath = join(dataDir.path, 'auckland.config.json');
    writeFileSync(configPath, JSON.stringify({ ...config, timezone: 'Pacific/Auckland' }));
    stack = await startTestStack({ dataDir: join(dataDir.path, 'data'), clock, configPath });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should keep the installation’s day for every message, the history and the deadline, just after its midnight', async () => {
    const { caseCode } = await stack.submit({
      text: 'The forklift in bay 3 has no working horn.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await waitFor('the plant manager’s email', async () =>
      (await emailsTo('plant2-gm@example.com')).find((e) => /working horn/.test(e.body.text ?? '')),
    );
    await fetch(ackLinkIn(first), form({ action: 'message', message: 'Which forklift is it?' }));
    const cooBefore = (await emailsTo('coo@example.com')).length;
    const answered = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'Number 4. Lee Marsh was told last week.' }),
    });
    expect(answered.status).toBe(201);
    const view = await waitFor('the answer in the thread', async () => {
      const found = await statusOf(caseCode);
      return found.messages.length === 2 ? found : undefined;
    });
    expect(view.messages.map((m) => m.day)).toEqual(['2026-11-19', '2026-11-19']);
    // Raised in the hour from 11 AM UTC, due seven days later: midnight starting Thursday 26 November in Auckland.
    expect(view.acknowledgeBy).toBe('2026-11-26');

    // From the next hour on (still Thursday in Auckland) the case goes around the manager the answer names,
    // and the answer reaches the new holder's page; its new holder reads Thursday, never Wednesday.
    await waitUntilHeld(stack, 'was told last week');
    clock.set('2026-11-18T12:00:00Z');
    await stack.sweep();
    const moved = await waitFor('the case sent on to the backup', async () =>
      (await emailsTo('coo@example.com')).slice(cooBefore).find((e) => /working horn/.test(e.body.text ?? '')),
    );
    const page = await (await fetch(ackLinkIn(moved))).text();
    const days = [...page.matchAll(/<p class="meta"><strong>[^<]*?, (\w+day, \w+ \d+, \d{4})<\/strong>/g)].map(
      (m) => m[1],
    );
    expect(days).toEqual(['Thursday, November 19, 2026', 'Thursday, November 19, 2026']);
    expect(page).toMatch(/<li>On Thursday, November 19, 2026: Passed on<\/li>/);
    expect(page).not.toContain('November 18, 2026');
    const html = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain('Thursday, November 19, 2026');
    expect(html).not.toContain('November 18, 2026');
  });
});
