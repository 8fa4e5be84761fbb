import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { withinBudget } from '../support/sponsor-case';

// Attacker's round 19: a sponsor who wrongly received a report about themselves could close it and nobody
// else would ever see it. A close of a case that was urgent, or that went around a sponsor, is now shown to
// the closer's backup once it is in effect (with the sweep after the close's hour, never at its minute), with
// a link that takes the case and opens it again around whoever closed it. A close undone within its hour tells
// no one. (Every case one report raises is urgent, marked so or by its words; a pattern's close tells no one:
// test/unit/escalation/close-witness.test.ts.)

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';
const takeLinkIn = (text: string) => text.match(/(http:\/\/127\.0\.0\.1:\d+\/take\/[\w.-]+)/)![1]!;

describe('a close shown to someone other than whoever closed it, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout, employeeView } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  /** Raises a case at Plant 2 and finds its page on the GM's desk: its code, its first email, that page. */
  async function closedByGm(text: string, escalate: boolean) {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, new RegExp(text.split(' ').slice(1, 4).join(' ')));
    // The case's own page links to its place on the desk, where it is closed.
    const ackPage = await (await withinBudget(linkIn(first))).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(ackPage)[0]!.replace(/&amp;/g, '&')}`;
    return { caseCode, first, caseUrl };
  }

  it('Should show the GM’s close of an urgent case to the COO after its hour, and let the COO take it back', async () => {
    const { caseCode, first, caseUrl } = await closedByGm(
      'Someone was injured at press 3, the guard was removed again.',
      true,
    );
    clock.set('2026-11-18T14:10:00Z');
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'reply', message: 'Noted.' }), redirect: 'manual' })).status,
    ).toBe(303);
    expect((await withinBudget(caseUrl, { ...form({ action: 'close' }), redirect: 'manual' })).status).toBe(303);
    const cooBefore = (await emailsTo(COO)).length;

    // Within the close's hour: nobody is told (it could still be kept open, and a notice would time it).
    await stack.sweep();
    await new Promise((r) => setTimeout(r, 1000));
    expect((await emailsTo(COO)).slice(cooBefore).filter((e) => /closed/i.test(e.subject))).toEqual([]);

    clock.set('2026-11-18T15:05:00Z');
    const notice = await waitFor('the close shown to the COO', async () => {
      await stack.sweep();
      return (await emailsTo(COO)).slice(cooBefore).find((e) => /^Urgent case closed by/.test(e.subject));
    });
    expect(notice.subject).toContain('Lee Marsh (Plant 2 GM)');
    expect(notice.body.text).toContain('the guard was removed again');
    expect(notice.body.text).toContain('Take this case and open it again');
    // Told once, however many sweeps run.
    await stack.sweep();
    expect((await emailsTo(COO)).filter((e) => /^Urgent case closed by/.test(e.subject))).toHaveLength(1);
    // The GM is told nothing of it.
    expect((await emailsTo(GM)).some((e) => /case closed by/i.test(e.subject))).toBe(false);

    const take = takeLinkIn(notice.body.text!);
    const page = await (await withinBudget(take)).text();
    expect(page).toContain('Lee Marsh (Plant 2 GM) closed this case');
    expect(page).toContain('the guard was removed again');
    const taken = await withinBudget(take, { method: 'POST', redirect: 'manual' });
    expect(taken.status).toBe(303);
    const cooPage = await withinBudget(new URL(taken.headers.get('location')!, stack.urls.app).toString());
    expect(cooPage.status).toBe(200);
    expect(await cooPage.text()).toContain('the guard was removed again');
    // The GM's links no longer open it; the employee can write again.
    expect((await withinBudget(linkIn(first))).status).toBe(403);
    expect((await employeeView(caseCode)).canAnswer).toBe(true);
    // Pressed again: nothing more happens, and the page says it is open already.
    const again = await withinBudget(take, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('open again already');
  }, 120_000);

  it('Should tell no one of a close kept open within its hour', async () => {
    const cooBefore = (await emailsTo(COO)).length;
    clock.set('2026-11-19T14:00:00Z');
    const kept = await closedByGm('Someone was injured when the forklift brakes failed near bay 7.', true);
    clock.set('2026-11-19T14:20:00Z');
    expect(
      (await withinBudget(kept.caseUrl, { ...form({ action: 'reply', message: 'Looking.' }), redirect: 'manual' }))
        .status,
    ).toBe(303);
    expect((await withinBudget(kept.caseUrl, { ...form({ action: 'close' }), redirect: 'manual' })).status).toBe(303);
    expect((await withinBudget(kept.caseUrl, { ...form({ action: 'keep-open' }), redirect: 'manual' })).status).toBe(
      303,
    );
    clock.set('2026-11-19T15:05:00Z');
    await stack.sweep();
    await new Promise((r) => setTimeout(r, 1000));
    await stack.sweep();
    expect((await emailsTo(COO)).slice(cooBefore).filter((e) => /case closed by/i.test(e.subject))).toEqual([]);
  }, 120_000);
});
