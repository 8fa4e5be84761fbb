import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Attacker's round 19: a report about the sponsor who receives it (their role or name not read as theirs) could
// be closed by them, and nobody else ever saw it. The employee can now say, from their case page, that the
// report is about the person handling it: at the end of the hour the case opens again, goes to that person's
// backup, and their links stop opening it. Nothing moves, and nobody is told, before the hour is over.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';

describe('the employee says the report is about whoever handles it, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout, employeeView, text } = useConversationStack({
    at: '2026-11-18T14:00:00Z',
  });

  it('Should reopen the case the GM closed and give it to the COO at the end of the hour, the GM’s links no longer opening it', async () => {
    const { caseCode } = await stack.submit({
      text: 'The press guard on line 3 was taken off by management and we were told to keep working.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, /press guard/);
    const desk = await (await withinBudget(deskLinkIn(first)!)).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(desk)[0]!}`;
    clock.set('2026-11-18T14:10:00Z');
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'reply', message: 'Noted.' }), redirect: 'manual' })).status,
    ).toBe(303);
    expect((await withinBudget(caseUrl, { ...form({ action: 'close' }), redirect: 'manual' })).status).toBe(303);

    // The close is in effect; the employee reads their case closed, and says it is about the person who had it.
    clock.set('2026-11-18T15:20:00Z');
    await stack.sweep();
    expect((await employeeView(caseCode)).canAnswer).toBe(false);
    const page = await (await withinBudget(`${stack.urls.app}/status`, form({ code: caseCode }))).text();
    expect(page).toContain('Is your report about the person handling it?');
    expect(page).toContain('Give my case to someone else');
    const cooBefore = (await emailsTo(COO)).length;
    const gmBefore = (await emailsTo(GM)).length;
    const objected = await withinBudget(`${stack.urls.app}/status/object`, form({ code: caseCode }));
    expect(objected.status).toBe(200);
    const done = await objected.text();
    expect(done).toContain('At the end of this hour your case goes to someone else, open again');
    expect(done).not.toContain(caseCode.replace('-', '')); // the code is never in an address

    // Within the hour nothing has moved: the GM's page still opens, and no one was emailed (it would date it).
    await new Promise((r) => setTimeout(r, 1500));
    await stack.sweep();
    expect((await withinBudget(linkIn(first))).status).toBe(200);
    expect((await emailsTo(COO)).length).toBe(cooBefore);

    clock.set('2026-11-18T16:05:00Z');
    const toCoo = await waitFor('the case given to the COO', async () => {
      await stack.sweep();
      const all = (await emailsTo(COO)).slice(cooBefore);
      return all.find((e) => /whoever was handling it/.test(e.subject)) ? all : undefined;
    });
    const told = toCoo.find((e) => /whoever was handling it/.test(e.subject))!;
    if (process.env.SHOW_MAIL) console.log(told.subject, '\n', told.body.text);
    expect(told.subject).toMatch(
      /^Reopened: Now with you: the employee says this report is about whoever was handling it/,
    );
    expect(told.body.text).toContain('their links to it no longer open it');
    expect(told.body.text).not.toContain('Lee Marsh');
    // The COO's link opens the case; the GM's does not, and the GM was told nothing.
    expect((await withinBudget(linkIn(told))).status).toBe(200);
    const gmPage = await withinBudget(linkIn(first));
    expect(gmPage.status).toBe(403);
    expect(await gmPage.text()).toContain('now with someone else');
    expect((await emailsTo(GM)).slice(gmBefore)).toEqual([]);
    // The employee can write again: the case is open.
    expect((await employeeView(caseCode)).canAnswer).toBe(true);
  }, 120_000);

  it('Should take "CONFLICTO <code>" by SMS the same way, answered in Spanish, the case moving only after the hour', async () => {
    clock.set('2026-11-19T14:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'Nos mandan trabajar sin el bloqueo de la prensa y nadie dice nada.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, /bloqueo de la prensa/);
    const cooBefore = (await emailsTo(COO)).length;
    clock.set('2026-11-19T14:30:00Z');
    const replies = await text(`CONFLICTO ${caseCode}`);
    expect(replies.join(' ')).toContain(`el caso ${caseCode} pasa a otra persona`);
    await new Promise((r) => setTimeout(r, 1500));
    await stack.sweep();
    expect((await withinBudget(linkIn(first))).status).toBe(200);
    clock.set('2026-11-19T15:05:00Z');
    const told = await waitFor('the case given to the COO', async () => {
      await stack.sweep();
      return (await emailsTo(COO)).slice(cooBefore).find((e) => /whoever was handling it/.test(e.subject));
    });
    expect(told.subject).not.toMatch(/^Reopened/);
    expect((await withinBudget(linkIn(first))).status).toBe(403);
    expect((await withinBudget(linkIn(told))).status).toBe(200);
  }, 120_000);

  it('Should say a code no case has, as the lookup does', async () => {
    const res = await withinBudget(`${stack.urls.app}/status/object`, form({ code: 'ZZZZZ-ZZZZZ' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('No case has that code');
  });
});
