import { describe, expect, it } from 'vitest';
import { caseLinksIn } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

// Issue 14, attacker's report: the desk published a response that was only a NUL (`response=%00`), control
// characters or spaces, and the employee then saw an empty "response". Refused, as an empty answer is.

describe('a response of nothing readable, from the case desk', () => {
  const held = useEscalatedCase();

  it('Should refuse it and publish nothing to the employee', async () => {
    const desk = await (await withinBudget(held.desk)).text();
    const caseUrl = `${held.stack.urls.app}${caseLinksIn(desk)[0]!}`;
    for (const response of ['\u0000', '\u0001\u0002\u200B', ' \u0000\n\t ']) {
      const res = await withinBudget(caseUrl, { ...form({ action: 'respond', response }), redirect: 'manual' });
      expect(res.status).toBe(400);
    }
    const view = (await (
      await fetch(`${held.stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } })
    ).json()) as { response?: string };
    expect(view.response).toBeUndefined();
  });
});
