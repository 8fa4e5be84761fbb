import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';

// Attack round 22 (p1): a sponsor holding an urgent case ("gas smell, people dizzy") asks "which floor?";
// the employee's answer ("second floor, by the paint store") has no urgent words of its own, so it was held
// until the end of its hour, batching meant for anonymity, while the sponsor waited to act. In a case urgent
// by what it reports whose holder has asked something, every answer now reaches its holder at once, by web
// and by SMS, except one that only says all is well. A case only ticked "urgent" with calm words keeps to its hour.
// On the real stand-ins; the clock stands still, so nothing is released by the hour ending.

const URGENT_ANSWER = /^Urgent: the employee answered/i;

describe('an answer in an urgent case', () => {
  const { stack, answer, text, employeeView, threadOf, emailAbout } = useConversationStack();
  const answerEmailsWith = async (words: string) =>
    (await outbox(stack.urls.outbox)).filter(
      (e) => /the employee answered/i.test(e.subject) && e.body.text?.includes(words),
    );
  let cases = 0;
  /** A case on Plant 2, escalated, whose holder has asked the employee something (unless `ask` is false). */
  const openCase = async (text: string, more: Record<string, unknown> = {}, ask = true) => {
    cases += 1;
    const mark = `case number ${cases}`;
    const { caseCode } = await stack.submit({ text: `${text} (${mark})`, site: 'plant2', ...more });
    await stack.waitForStatus(caseCode, 'escalated');
    if (ask) {
      const email = await emailAbout('plant2-gm@example.com', new RegExp(mark));
      const asked = await fetch(linkIn(email), form({ action: 'message', message: 'Where exactly is it?' }));
      expect(asked.status).toBe(200);
      await threadOf(caseCode, 1);
    }
    return caseCode;
  };
  const GAS = 'There is a strong smell of gas by press 4 and two people feel dizzy';

  it('Should email the holder an answer from the status page at once, and show it to them at once', async () => {
    const caseCode = await openCase(GAS);
    expect((await answer(caseCode, 'It is on the second floor, by the paint store')).status).toBe(201);
    const [email] = await waitFor('the answer emailed at once', async () => {
      const found = await answerEmailsWith('by the paint store');
      return found.length ? found : undefined;
    });
    expect(email!.subject).toMatch(URGENT_ANSWER);
    // In the thread for the holder's page now, not waiting for the end of the hour.
    const view = await threadOf(caseCode, 2);
    expect(view.messages[1]).not.toHaveProperty('waiting', true);
  });

  it('Should email the holder an answer sent by SMS at once', async () => {
    const caseCode = await openCase(GAS);
    await text(`${caseCode} Second floor, next to the loading bay doors`);
    await waitFor('the SMS answer emailed at once', async () => {
      const found = await answerEmailsWith('next to the loading bay doors');
      return found.length ? found : undefined;
    });
  });

  it.each([
    ['All good now, the engineers fixed it, thanks', 'the engineers fixed it'],
    ["I'm safe, it was a false alarm", 'it was a false alarm'],
  ])('Should keep “%s” to its hour, as any answer: it only says all is well', async (words, part) => {
    const caseCode = await openCase(GAS);
    expect((await answer(caseCode, words)).status).toBe(201);
    await threadOf(caseCode, 2);
    await waitUntilHeld(stack, part);
    expect(await answerEmailsWith(part)).toEqual([]);
    expect((await employeeView(caseCode)).messages[1]).toHaveProperty('waiting', true);
  });

  it('Should send at once an all-clear that takes itself back', async () => {
    const caseCode = await openCase(GAS);
    expect((await answer(caseCode, 'All good now, but the smell is back')).status).toBe(201);
    await waitFor('the answer emailed at once', async () => {
      const found = await answerEmailsWith('the smell is back');
      return found.length ? found : undefined;
    });
  });

  it('Should keep to its hour an answer on a case only ticked urgent, with calm words', async () => {
    const caseCode = await openCase('The canteen rota changed again without notice', { escalate: true });
    expect((await answer(caseCode, 'It changed on Tuesday afternoon')).status).toBe(201);
    await threadOf(caseCode, 2);
    await waitUntilHeld(stack, 'Tuesday afternoon');
    expect(await answerEmailsWith('Tuesday afternoon')).toEqual([]);
  });

  // Until attack att42 (F0) this one was held for the hour too: on a case nobody has acknowledged yet, any answer
  // with content now goes at once, asked or not (`answer-on-a-live-urgent-case.test.ts` has the rest).
  it('Should email at once an answer nobody asked for, in calm words, on an urgent case nobody has acknowledged', async () => {
    const caseCode = await openCase(GAS, {}, false);
    expect((await answer(caseCode, 'It started just after the morning break')).status).toBe(201);
    const [email] = await waitFor('the answer emailed at once', async () => {
      const found = await answerEmailsWith('the morning break');
      return found.length ? found : undefined;
    });
    expect(email!.subject).toMatch(URGENT_ANSWER);
  });
});
