import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';

// Issue 14 review, items 1, 2 and 4: an employee's answer never opens a way
// around the routing of its case, and a link works only for whoever holds
// the case now. On the real stand-ins: dynalite under each function's
// grants, the queues, both consumers and the outbox.

describe("an employee's answer and the routing of its case", () => {
  const { stack, clock, emailsTo, emailAbout, threadOf, answer } = useConversationStack();
  const answerIn = async (caseCode: string, text: string) => {
    const res = await answer(caseCode, text);
    expect(res.status).toBe(201);
  };
  /** The holder acknowledges the case: an answer on it is no longer one on a live urgent case, sent at once. */
  const acknowledge = async (caseCode: string, email: Parameters<typeof linkIn>[0]) => {
    expect([200, 303]).toContain((await fetch(linkIn(email), form({ action: 'acknowledge' }))).status);
    await stack.waitForStatus(caseCode, 'acknowledged');
  };

  it('Should keep an urgent answer on the case’s own route: never a new escalation that reaches a sponsor it goes around', async () => {
    const { caseCode } = await stack.submit({
      text: 'My shift lead keeps changing the rota at Plant 2 without telling anyone.',
      site: 'plant2',
      escalate: true,
      aboutManagement: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    await waitFor('the backup’s email', async () => (await emailsTo('coo@example.com'))[0]);

    await answerIn(caseCode, 'Today a forklift hit a colleague in bay 3 and he was injured, nobody reported it.');
    const urgent = await waitFor('the urgent answer', async () =>
      (await emailsTo('coo@example.com')).find((e) => /^Urgent: the employee answered/i.test(e.subject)),
    );
    expect(urgent.body.text).toContain('a forklift hit a colleague');
    // Once the answer is in the thread the escalation queue has nothing left in flight: "no email" means none was sent.
    await threadOf(caseCode, 1);
    // The plant's manager, whom the employee said it is about, hears nothing of it: not the case, not the answer.
    expect(await emailsTo('plant2-gm@example.com')).toEqual([]);
    // The link in it opens the case itself, with the answer in its conversation.
    const page = await fetch(linkIn(urgent));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('a forklift hit a colleague');
  });

  it('Should move a case on when an answer names whoever holds it, and stop their links', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /paint shop/);
    const oldLink = linkIn(first);
    expect((await fetch(oldLink)).status).toBe(200);
    const cooBefore = (await emailsTo('coo@example.com')).length;
    // Acknowledged, so the answer is held for its hour (on an urgent case nobody has acknowledged it goes at once).
    await acknowledge(caseCode, first);

    await answerIn(caseCode, 'Lee Marsh put the pallets there himself and laughed when I asked.');
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'put the pallets there himself');
    // An ordinary answer moves the case once its hour is over (answer-moves-on-the-hour.test.ts has the hour itself).
    clock.set('2026-11-18T16:05:00Z');
    const moved = await waitFor('the case sent on to the backup', async () => {
      await stack.sweep();
      return (await emailsTo('coo@example.com')).slice(cooBefore).find((e) => /paint shop/.test(e.body.text ?? ''));
    });
    expect(moved.destination.to).toEqual(['coo@example.com']);
    await threadOf(caseCode, 1);
    const toGm = await emailsTo('plant2-gm@example.com');
    expect(toGm.filter((e) => /laughed/.test(e.body.text ?? ''))).toEqual([]);
    expect(toGm).toHaveLength(1);

    // The old holder's link no longer opens it (nor its conversation); the new holder's does.
    const refused = await fetch(oldLink, { headers: { accept: 'text/html' } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('now with someone else');
    const coo = await fetch(linkIn(moved));
    expect(coo.status).toBe(200);
    const cooPage = await coo.text();
    // Whom it went around is leadership's to read, not the backup's: the trail says "passed on", never from whom or why.
    expect(cooPage).toContain('Passed on</li>');
    expect(cooPage).not.toContain('Passed on to');
    expect(cooPage).not.toContain('Lee Marsh');
    expect(cooPage).not.toContain('routed around');
  });

  it('Should stop an earlier holder’s link once the case climbs for want of an acknowledgement', async () => {
    clock.set('2026-11-18T17:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'Chemical spill near dock 2 was not cleaned up.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /Chemical spill/);
    const cooBefore = (await emailsTo('coo@example.com')).length;
    clock.set('2026-11-18T22:00:00Z'); // past the urgent SLA of 4 hours
    await stack.sweep();
    const climbed = await emailAbout('coo@example.com', /Chemical spill/, cooBefore);
    expect((await fetch(linkIn(first), { headers: { accept: 'text/html' } })).status).toBe(403);
    expect((await fetch(linkIn(climbed))).status).toBe(200);
  });

  it('Should give whoever a case is handed to the full time to acknowledge it, from the hand-over, shown on their desk', async () => {
    clock.set('2026-11-19T14:00:00Z');
    const { caseCode } = await stack.submit({ text: 'Forklift brakes in bay 4 fail again.', site: 'plant2' });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /Forklift brakes/);
    // Raised at 8 AM Chicago time, due by noon (4 hours, urgent); handed over at 11 AM.
    clock.set('2026-11-19T17:00:00Z');
    const casePath = caseLinksIn(await (await fetch(linkIn(first, 'desk'))).text())[0]!;
    const cooBefore = (await emailsTo('coo@example.com')).length;
    const handed = await fetch(
      `${stack.urls.app}${casePath}`,
      form({ action: 'hand-over', to: '1', reason: 'Fleet is not mine' }),
    );
    expect(handed.status).toBe(200);
    const email = await emailAbout('coo@example.com', /Forklift brakes/, cooBefore);
    // Due four hours from the hand-over: 3 PM, not the noon the plant manager had.
    expect(email.body.text).toMatch(/3 PM/);
    expect(email.body.text).not.toMatch(/12 PM|noon/i);
    const cooDesk = linkIn(email, 'desk');
    const cooCase = (await (await fetch(cooDesk)).text()).match(
      new RegExp(`href="(/desk/[\\w.-]+/case/${casePath.split('/case/')[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})"`),
    )![1]!;
    const page = await (await fetch(`${stack.urls.app}${cooCase}`)).text();
    expect(page).toMatch(/3 PM/);
  });

  it('Should hold an ordinary answer until its hour is over, then tell the holder with the hour’s others', async () => {
    clock.set('2026-11-20T14:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'The eyewash station in bay 2 is empty, a real hazard.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    // Acknowledged, so the answer is held for its hour (on an urgent case nobody has acknowledged it goes at once).
    await acknowledge(caseCode, await emailAbout('plant2-gm@example.com', /eyewash/));
    const answered = () =>
      emailsTo('plant2-gm@example.com').then((all) => all.filter((e) => /employee answered/i.test(e.subject)));
    const before = (await answered()).length;
    clock.set('2026-11-20T14:20:00Z');
    await answerIn(caseCode, 'It has been empty since Monday.');
    await threadOf(caseCode, 1);
    // Within the hour, however often the sweep runs, nothing goes out: an email now would date the answer.
    for (let i = 0; i < 5; i++) {
      await stack.sweep();
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(await answered()).toHaveLength(before);
    clock.set('2026-11-20T15:05:00Z');
    const told = await waitFor('the held answer', async () => {
      await stack.sweep();
      return (await answered()).slice(before).find((e) => /since Monday/.test(e.body.text ?? ''));
    });
    expect(told.destination.to).toEqual(['plant2-gm@example.com']);
  });

  it('Should give the leadership list a desk of its own, listing the cases it holds', async () => {
    clock.set('2026-11-21T14:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'Lee Marsh, Dana Whitfield and Alex Romero all knew the guard rail on the mezzanine was broken.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await emailAbout('leadership@example.com', /guard rail/);
    const desk = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/desk\/[\w.-]+)/)?.[1];
    expect(desk).toBeDefined();
    const list = await fetch(desk!);
    expect(list.status).toBe(200);
    const casePath = (await list.text()).match(/href="(\/desk\/[\w.-]+\/case\/[^"]+)"/)?.[1];
    expect(casePath).toBeDefined();
    const page = await (await fetch(`${stack.urls.app}${casePath}`)).text();
    expect(page).toContain('guard rail');
    // None of the three it names is sent it, nor finds it on their desk.
    for (const named of ['plant2-gm@example.com', 'coo@example.com', 'ceo@example.com'])
      expect((await emailsTo(named)).filter((e) => /guard rail/.test(e.body.text ?? ''))).toEqual([]);
  });

  it('Should move a case on when an answer names its holder by an initial and a surname that is a word (attack round 18)', async () => {
    // Last in the file: the clock only moves forward.
    clock.set('2026-11-23T10:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'The guard on press 4 at the stamping line has been off for a week.',
      site: 'plant2',
      topic: 'safety',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    // Acknowledged, so the answer is held for its hour (on an urgent case nobody has acknowledged it goes at once).
    await acknowledge(caseCode, await emailAbout('plant2-gm@example.com', /press 4/));
    const gmBefore = (await emailsTo('plant2-gm@example.com')).length;
    const cooBefore = (await emailsTo('coo@example.com')).length;

    await answerIn(caseCode, 'L. Marsh found out I wrote this and moved me to nights.');
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'moved me to nights');
    clock.set('2026-11-23T11:05:00Z');
    const moved = await waitFor('the case sent on to the backup', async () => {
      await stack.sweep();
      return (await emailsTo('coo@example.com')).slice(cooBefore).find((e) => /press 4/.test(e.body.text ?? ''));
    });
    expect(moved.destination.to).toEqual(['coo@example.com']);
    const toGm = (await emailsTo('plant2-gm@example.com')).slice(gmBefore);
    expect(toGm.filter((e) => /nights/.test(e.body.text ?? ''))).toEqual([]);
  });
});
