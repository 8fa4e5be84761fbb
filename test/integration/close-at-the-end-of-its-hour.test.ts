import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor, type OutboxEmail } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Issue 14: a sponsor closed a case at 14:21; an answer the employee sent at 14:05 was accepted, and at the
// next hour's sweep reopened the case with a "Reopened" email: the sponsor learnt the answer came before
// 14:21, finer than the hour. A close takes effect at the end of its hour: every answer of that hour is
// taken, whatever its minute, and the holder reads the same whether it came before the close or after.

const GM = 'plant2-gm@example.com';
/** A time of day that is not on the hour ("2:21 PM", "14:21"). */
const OFF_THE_HOUR = /\b\d{1,2}:(?!00)\d{2}\b/;

describe('a close in effect at the end of its hour, on the local stack', () => {
  const { stack, clock, text, answer, employeeView, emailsTo } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  /**
   * A report raised in `hour`, closed by its holder from the desk at :21, and answered by its employee at
   * `minute` of that hour: what the holder is emailed when the answer reaches them, and their case page.
   */
  async function closedAndAnswered(hour: number, minute: number, press: number) {
    const at = (h: number, m: number) => `2026-11-18T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
    clock.set(at(hour, 0));
    const [accepted] = await text(`URGENT the guard on press ${press} is missing`);
    const code = codeIn(accepted!);
    await stack.waitForStatus(code, 'escalated');
    const raised = await waitFor('the sponsor email', async () =>
      (await emailsTo(GM)).find((e) => e.body.text?.includes(`press ${press}`)),
    );
    const desk = deskLinkIn(raised)!;
    const caseUrl = await waitFor('the case on the desk', async () => {
      for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
        const url = `${stack.urls.app}${path}`;
        if ((await (await withinBudget(url)).text()).includes(`press ${press}`)) return url;
      }
      return undefined;
    });

    clock.set(at(hour, 21));
    // Urgent, and nobody acknowledged it: closed through the desk's second step.
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'close', confirm: 'yes' }), redirect: 'manual' })).status,
    ).toBe(303);
    // Meanwhile the holder's desk says when it closes: at the end of the hour, never the minute they pressed.
    const closing = await (await withinBudget(caseUrl)).text();
    expect(closing).toMatch(/Closing on .* at \d{1,2} (AM|PM) Central Time/);
    expect(closing).toMatch(/the employee can still write/);
    expect(closing).not.toMatch(OFF_THE_HOUR);
    expect(closing).not.toContain('<textarea');

    // The employee loses nothing: their page still takes an answer, and takes it, whatever the minute.
    clock.set(at(hour, minute));
    expect(await employeeView(code)).toMatchObject({ canAnswer: true });
    const words = `It is the guard by bay ${press}.`;
    expect((await answer(code, words)).status).toBe(201);
    await waitUntilHeld(stack, words);

    // From the end of the hour the case is closed to the employee, until the sweep brings their answer.
    clock.set(at(hour + 1, 0));
    expect(await employeeView(code)).toMatchObject({ status: 'closed', canAnswer: false });
    clock.set(at(hour + 1, 5));
    const told = await waitFor('the answer emailed to the holder', async () => {
      await stack.sweep();
      return (await emailsTo(GM)).find((e) => e.body.text?.includes(words));
    });
    expect((await employeeView(code)).messages.map((m) => m.text)).toContain(words);
    const page = await (await withinBudget(caseUrl)).text();
    return { told, page, words, press };
  }

  /** What the holder reads, with what differs by case alone (its words, its links, its hour) taken out. */
  const asRead = (email: OutboxEmail, { words, press }: { words: string; press: number }) =>
    `${email.subject}\n${email.body.text}`
      .replaceAll(words, '<answer>')
      .replaceAll(`press ${press}`, 'press <n>')
      .replace(/https?:\/\/\S+/g, '<link>')
      .replace(/\b\d{1,2}(:00)? ?(AM|PM)\b/g, '<hour>');

  it('Should take the answers of the close’s hour, whatever their minute, and tell the holder the same of each', async () => {
    const before = await closedAndAnswered(14, 5, 4); // answered at 14:05, before the close at 14:21
    const after = await closedAndAnswered(16, 50, 7); // answered at 16:50, after the close at 16:21

    for (const { told, page } of [before, after]) {
      expect(told.subject).toMatch(/^Reopened: /);
      expect(told.body.text).toContain('You closed this case, but the employee had already sent this answer');
      expect(`${told.subject}\n${told.body.text}`).not.toMatch(OFF_THE_HOUR);
      expect(page).toContain('Reopened: an answer the employee sent before it was closed arrived after');
      expect(page).not.toMatch(OFF_THE_HOUR);
    }
    // Before the close or after it: the holder cannot tell which.
    expect(asRead(before.told, before)).toBe(asRead(after.told, after));
  });
});
