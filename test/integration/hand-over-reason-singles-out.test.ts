import { describe, expect, it } from 'vitest';
import { caseLinksIn } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { useEscalatedCase } from '../support/sponsor-case';

/**
 * op44a (after the op43 attack, 2026-12-07): a sponsor handed a case over with "she's the only forklift driver on
 * nights, be careful", and those words went to the next holder's email and into the case's history, kept for years,
 * as written. Now the desk names the words that may point to one person and does not hand over yet: the reason stays
 * in its box, the person chosen stays chosen. Changed, it goes at once; "Hand over with these words" sends it as it
 * is. A name or a phone in it is still hidden either way. On the real stand-ins.
 */
describe('a hand-over reason that points to one person is shown to the sponsor before it goes', () => {
  const held = useEscalatedCase();
  const handedEmail = async () =>
    (await outbox(held.stack.urls.outbox)).find((e) => e.subject.startsWith('Handed over to you: '));

  it('Should hold the hand-over and name the words, then hand over as confirmed, hiding the name', async () => {
    const [casePath] = caseLinksIn(await (await fetch(held.desk)).text());
    const url = `${held.stack.urls.app}${casePath}`;
    const reason = "Maria Lopez reported it, she's the only forklift driver on nights, be careful";

    const first = await fetch(url, form({ action: 'hand-over', to: '1', reason }));
    expect(first.status).toBe(200);
    const page = await first.text();
    expect(page).toContain('Not handed over yet: your reason may point to one person');
    expect(page).toContain('the only forklift driver on nights');
    // The reason is given back to change, and the person chosen is still chosen.
    expect(page).toMatch(/<textarea id="reason"[^>]*>Maria Lopez reported it, she(?:'|&#39;)s the only/);
    expect(page).toMatch(/name="to" value="1" checked/);
    expect(await handedEmail()).toBeUndefined();

    const confirmed = await fetch(url, form({ action: 'hand-over-confirmed', to: '1', reason }));
    expect([200, 303]).toContain(confirmed.status);
    const email = await waitFor('the new holder’s email', handedEmail);
    expect(email.body.text).not.toContain('Maria Lopez');
    expect(email.body.text).toContain('[NAME] reported it');
  });
});
