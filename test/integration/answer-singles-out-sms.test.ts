import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';

/**
 * op44a (after the op43 attack, 2026-12-07): an answer texted on a case ("<code> yes, the only one on nights") went to
 * the sponsor as written, with no warning. Now it is kept for the hour, not sent, and the reply names the words, how
 * to send it as it is ("<code> SEND") and how to change it; SEND sends the kept answer, nothing lost. A changed answer
 * goes as any answer does. On the running stack (Twilio's signed webhook, the queues).
 */
describe('an answer by SMS that may show who wrote it', () => {
  const conversation = useConversationStack();
  const { employeeView, threadOf, text } = conversation;
  const { acknowledgedCase } = answersTold(conversation);
  const employeeAnswers = async (code: string) =>
    (await employeeView(code)).messages.filter((m) => m.from === 'employee').map((m) => m.text);

  it('Should keep it, name the words, and send it on "<code> SEND"', async () => {
    const code = await acknowledgedCase('The fire exit by the loading dock is chained shut at night.');

    const held = await text(`${code} yes, the only one on nights`);
    expect(held.join('\n')).toContain(`Not sent yet: your answer on case ${code} says "the only one on nights"`);
    expect(held.join('\n')).toContain(`text ${code} SEND`);
    expect(await employeeAnswers(code)).toEqual([]);

    const sent = await text(`${code} SEND`);
    expect(sent.join('\n')).toContain(`Your answer on case ${code} was sent`);
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([['employee', 'yes, the only one on nights']]);

    // Nothing is kept any more: SEND again says so, and sends nothing.
    expect((await text(`${code} SEND`)).join('\n')).toContain(`No answer on case ${code} is waiting to be sent`);
  }, 240_000);

  it('Should send a changed answer as any other, and let the kept one go', async () => {
    const code = await acknowledgedCase('The fire exit by the paint shop is chained shut at night.');
    expect((await text(`${code} yes, only me on nights`)).join('\n')).toContain('Not sent yet');
    expect((await text(`${code} the chain is still there tonight`)).join('\n')).toContain(
      `Your answer on case ${code} was sent`,
    );
    await threadOf(code, 1);
    expect((await text(`${code} SEND`)).join('\n')).toContain(`No answer on case ${code} is waiting to be sent`);
    expect(await employeeAnswers(code)).toEqual(['the chain is still there tonight']);
  }, 240_000);
});
