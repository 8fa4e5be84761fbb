import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor, type OutboxEmail } from '../support/outbox';

// Issue 14 review, item 1: once a case changed hands (handed over, or moved
// on because an answer named its holder), what earlier holders wrote was
// labelled "You" for whoever held it next. Each sponsor's message now keeps
// who wrote it; the employee still reads "the senior leader", and a sponsor
// the case goes around is named to the leadership list alone. On the real
// stand-ins: dynalite, the queues, both consumers and the outbox.

/** Each message of a sponsor's page as "who: text", who without the day. */
const authorsOn = (page: string) =>
  [...page.matchAll(/<p class="meta"><strong>([^<]*)<\/strong><\/p><p class="text" dir="auto">([^<]*)</g)].map(
    ([, meta, text]) => `${meta!.replace(/, [^,]+, [^,]+, \d{4}$/, '')}: ${text}`,
  );

describe('who wrote each message of a conversation that changed hands', () => {
  const { stack, clock, emailsTo, employeeView, answer } = useConversationStack();
  const caseEmail = (address: string, about: RegExp, after = 0) =>
    waitFor(`the email to ${address}`, async () =>
      (await emailsTo(address))
        .slice(after)
        .find((e) => about.test(e.body.text ?? '') && /\/ack\//.test(e.body.text ?? '')),
    );
  const pageAt = async (url: string) => (await fetch(url, { headers: { accept: 'text/html' } })).text();
  /** Hands the case over from the holder's desk: `to` 1 is the backup, 2 the leadership list. */
  const handOver = async (email: OutboxEmail, about: RegExp, to: string) => {
    const desk = linkIn(email, 'desk');
    const list = await pageAt(desk);
    for (const p of caseLinksIn(list)) {
      if (!about.test(await pageAt(`${stack.urls.app}${p}`))) continue;
      const res = await fetch(`${stack.urls.app}${p}`, form({ action: 'hand-over', to, reason: 'Not mine to fix' }));
      expect(res.status).toBe(200);
      return;
    }
    throw new Error('the case is not on the desk');
  };

  it('Should name the earlier holder to whoever a case is handed to, and keep "You" for their own messages', async () => {
    const { caseCode } = await stack.submit({
      text: 'The forklift in bay 3 has no working horn.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await caseEmail('plant2-gm@example.com', /working horn/);
    const written = await fetch(linkIn(first, 'ack'), form({ action: 'message', message: 'Which forklift is it?' }));
    expect(written.status).toBe(200);
    expect(authorsOn(await pageAt(linkIn(first, 'ack')))).toEqual(['You: Which forklift is it?']);

    const before = (await emailsTo('coo@example.com')).length;
    await handOver(first, /working horn/, '1');
    const handed = await caseEmail('coo@example.com', /working horn/, before);
    await fetch(linkIn(handed, 'ack'), form({ action: 'message', message: 'The fleet team will fix it on Friday.' }));
    expect(authorsOn(await pageAt(linkIn(handed, 'ack')))).toEqual([
      'Lee Marsh (Plant 2 GM): Which forklift is it?',
      'You: The fleet team will fix it on Friday.',
    ]);
    // The employee reads "the senior leader" for both, and nothing of who they were.
    const { messages } = await employeeView(caseCode);
    expect(messages).toEqual([
      { from: 'sponsor', text: 'Which forklift is it?', day: '2026-11-18' },
      { from: 'sponsor', text: 'The fleet team will fix it on Friday.', day: '2026-11-18' },
    ]);
  });

  it('Should never name, to the next holder, a sponsor the employee’s answer named; the leadership list reads every author', async () => {
    clock.set('2026-11-19T15:00:00Z');
    const { caseCode } = await stack.submit({ text: 'Pallets block the paint shop fire exit again.', site: 'plant2' });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await caseEmail('plant2-gm@example.com', /paint shop fire exit/);
    await fetch(linkIn(first, 'ack'), form({ action: 'message', message: 'Who put them there?' }));
    const cooBefore = (await emailsTo('coo@example.com')).length;
    const answered = await answer(caseCode, 'Lee Marsh did, and laughed about it.');
    expect(answered.status).toBe(201);
    // The case is urgent in what it reports and its holder wrote in it: the answer that names its holder moves it at
    // once, not at the end of the hour (an urgent case does not wait on anonymity's hour).
    await waitFor('the answer on the employee’s page', async () => {
      const status = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
      return /laughed/.test(await status.text()) || undefined;
    });
    const moved = await caseEmail('coo@example.com', /paint shop fire exit/, cooBefore);
    const cooPage = await waitFor('the answer on the new holder’s page', async () => {
      const page = await pageAt(linkIn(moved, 'ack'));
      return /laughed/.test(page) ? page : undefined;
    });
    expect(authorsOn(cooPage)).toEqual([
      'Whoever held the case before: Who put them there?',
      'The employee: [NAME] did, and laughed about it.',
    ]);
    expect(cooPage).not.toContain('Lee Marsh');
    await fetch(
      linkIn(moved, 'ack'),
      form({ action: 'message', message: 'I have asked the safety team to clear it.' }),
    );

    const leadershipBefore = (await emailsTo('leadership@example.com')).length;
    await handOver(moved, /paint shop fire exit/, '2');
    const toLeadership = await caseEmail('leadership@example.com', /paint shop fire exit/, leadershipBefore);
    expect(authorsOn(await pageAt(linkIn(toLeadership, 'ack')))).toEqual([
      'Lee Marsh (Plant 2 GM): Who put them there?',
      'The employee: [NAME] did, and laughed about it.',
      'Dana Whitfield (COO): I have asked the safety team to clear it.',
    ]);
    // A reader of the leadership list writes from their desk as the list: "You" to them, "The leadership list" to no one else.
    const desk = await pageAt(linkIn(toLeadership, 'desk'));
    const casePath = caseLinksIn(desk)[0]!;
    await fetch(`${stack.urls.app}${casePath}`, form({ action: 'reply', message: 'Leadership has this now.' }));
    expect(authorsOn(await pageAt(`${stack.urls.app}${casePath}`)).at(-1)).toBe('You: Leadership has this now.');
    expect(authorsOn(await pageAt(linkIn(toLeadership, 'ack'))).at(-1)).toBe('You: Leadership has this now.');
    expect((await employeeView(caseCode)).messages.map((m) => Object.keys(m).sort().join())).toEqual([
      'day,from,text',
      'day,from,text',
      'day,from,text',
      'day,from,text',
    ]);
  });
});
