import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { json } from '../support/fixtures';

/**
 * op48c (op44a's leftover, 2026-12-07): an answer in a case's conversation whose words may show who wrote it ("yes, the
 * only one on nights") was held on the case's page and by SMS, but sent at once through the JSON API
 * (`POST /status/<code>/messages`). Now the API holds it too: 422, nothing sent, the words named (for the program and,
 * in the request's language, for the person), and `"sendAnyway": true` sends it as it is. On the running stack.
 */
describe('an answer through the JSON API that may show who wrote it', () => {
  const conversation = useConversationStack();
  const { stack, employeeView, threadOf } = conversation;
  const { acknowledgedCase } = answersTold(conversation);
  const post = (code: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${stack.urls.app}/status/${code}/messages`, json(body, headers));

  it('Should name the words and send nothing, then send it as it is with sendAnyway', async () => {
    const code = await acknowledgedCase('The fire exit by the loading dock is chained shut at night.');
    const text = 'yes, the only one on nights';

    const held = await post(code, { text });
    expect(held.status).toBe(422);
    const body = (await held.json()) as { status: string; singledOut: string[]; message: string; sendAnyway: string };
    expect(body.status).toBe('not-sent');
    expect(body.singledOut.join(' ')).toContain('the only one on nights');
    expect(body.message).toContain('Not sent yet: some words may show who you are');
    expect(body.sendAnyway).toContain('"sendAnyway": true');
    // Told in the language the request asks for.
    const spanish = (await (await post(code, { text }, { 'accept-language': 'es' })).json()) as { message: string };
    expect(spanish.message).toContain('Aún no se ha enviado');
    expect((await employeeView(code)).messages.filter((m) => m.from === 'employee')).toEqual([]);

    const sent = await post(code, { text, sendAnyway: true });
    expect(sent.status).toBe(201);
    expect(((await sent.json()) as { status: string }).status).toBe('received');
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([['employee', text]]);
  }, 240_000);
});
