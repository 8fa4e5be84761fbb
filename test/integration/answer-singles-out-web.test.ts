import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';

/**
 * op44a (after the op43 attack, 2026-12-07): a sponsor asked "are you the one who works the night shift at the loading
 * dock?" and the employee's answer from the case's page, "yes, the only one on nights", went to them with no warning
 * (only a first report had the preview's). Now the page does not send it: it names the words, keeps the answer in its
 * box, and "Send it as it is" sends it. An answer with nothing of the kind goes as before. On the running stack.
 */
describe('an answer on the case page that may show who wrote it', () => {
  const conversation = useConversationStack();
  const { stack, employeeView, threadOf } = conversation;
  const { acknowledgedCase } = answersTold(conversation);
  const post = (code: string, text: string, key: string, extra: Record<string, string> = {}) =>
    fetch(`${stack.urls.app}/status/answer`, form({ code, text, key, ...extra }));

  it('Should name the words and keep the answer, then send it as it is when asked', async () => {
    const code = await acknowledgedCase('The fire exit by the loading dock is chained shut at night.');
    const text = 'yes, the only one on nights';
    const key = randomUUID();

    const held = await (await post(code, text, key)).text();
    expect(held).toContain('Not sent yet: some words may show who you are');
    expect(held).toContain('the only one on nights');
    expect(held).toMatch(/<textarea id="answer"[^>]*>yes, the only one on nights<\/textarea>/);
    expect(held).toContain('name="anyway" value="1"');
    expect((await employeeView(code)).messages.filter((m) => m.from === 'employee')).toEqual([]);

    const sent = await post(code, text, key, { anyway: '1' });
    expect(sent.status).toBe(200);
    expect(await sent.text()).not.toContain('Not sent yet: some words may show who you are');
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([['employee', text]]);
  }, 240_000);
});
