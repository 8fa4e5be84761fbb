import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';

// An employee's answer in their case's conversation was urgent whenever it held an urgent topic's keyword:
// "the wet floor sign is back, thanks" made the case urgent, with the short deadline, and reached its
// holder at once as "Urgent: the employee answered". An answer is now read as a first report is
// (`readsUrgentTopic`): a keyword is urgent only in a clause reporting a problem. On the real stand-ins.

const URGENT_ANSWER = /^Urgent: the employee answered/i;

describe("an employee's answer, read for urgency as a report is", () => {
  // Spanish keywords among the safety topic's, as an installation with Spanish-speaking staff has them.
  const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as {
    topics: { id: string; keywords: string[] }[];
    escalation: Record<string, unknown>;
  };
  const topics = example.topics.map((t) =>
    t.id === 'safety' ? { ...t, keywords: [...t.keywords, 'aceite', 'suelo mojado'] } : t,
  );
  // Each case below is ticked urgent, all to one holder: each emailed at once, not summed up by the sweep.
  const escalation = { ...example.escalation, markedUrgentEmailsPerHour: 20 };
  const { stack, threadOf, answer } = useConversationStack({ config: { topics, escalation } });
  let cases = 0;
  const urgentAnswerEmails = async () => (await outbox(stack.urls.outbox)).filter((e) => URGENT_ANSWER.test(e.subject));
  /** A case on Plant 2, ticked urgent but calm in its words: escalated, with a holder to answer to. */
  const openCase = async () => {
    cases += 1;
    const text = `The canteen rota changed again without notice, week ${cases}.`;
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return caseCode;
  };

  it.each([
    ['the wet floor sign is back, thanks', 'wet floor sign is back'],
    ['Thanks for putting the forklift training back on the rota', 'forklift training back'],
    ['Gracias por limpiar el aceite de la prensa 4, buen trabajo', 'limpiar el aceite'],
  ])('Should hold “%s” for its hour as an ordinary answer, and the case stays as it was', async (text, words) => {
    const caseCode = await openCase();
    const promised = async () => {
      const { status, acknowledgeBy } = (await stack.statusOf(caseCode)).body as Record<string, unknown>;
      return { status, acknowledgeBy };
    };
    const before = await promised();
    expect((await answer(caseCode, text)).status).toBe(201);
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, words);
    expect((await urgentAnswerEmails()).filter((e) => e.body.text?.includes(words))).toEqual([]);
    // Not made urgent: the employee's page promises the same as before the answer.
    expect(await promised()).toEqual(before);
  });

  it.each([
    ['the wet floor is still there and someone slipped', 'someone slipped'],
    ['The wet floor by the canteen door is still not mopped', 'still not mopped'],
    ['el suelo mojado sigue sin limpiar junto a la prensa', 'sigue sin limpiar'],
    ['hay aceite por todo el suelo junto a la prensa 4', 'por todo el suelo'],
  ])('Should send “%s” to the holder at once as urgent', async (text, words) => {
    const caseCode = await openCase();
    expect((await answer(caseCode, text)).status).toBe(201);
    await waitFor('the urgent answer', async () =>
      (await urgentAnswerEmails()).find((e) => e.body.text?.includes(words)),
    );
  });
});
