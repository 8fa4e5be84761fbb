import { describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { signDeskLink } from '../../shared/domain/case-desk';
import { signLink } from '../../shared/domain/signed-link';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock, form } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { deskLinkIn, useEscalatedCase, withinBudget } from '../support/sponsor-case';

/** Issue 14, item 2: a sponsor runs their cases from one signed link, on the real stand-ins. */
describe("a sponsor's case desk on the local stack", () => {
  // An answer reaches sponsors only once its hour is over and the sweep has run: the test moves this clock past it.
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock);
  const { stack } = held;

  it('Should put a link to the desk in the escalation email, listing the case with its clock, reason, site and topic', async () => {
    expect(held.desk).toBeDefined();
    const res = await fetch(held.desk);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('Your cases');
    expect(page).toContain('Urgent: Health and safety at Plant 2');
    expect(page).toMatch(/Waiting for you: acknowledge by \w+day, \w+ \d{1,2}, \d{4} at \d+ (AM|PM) Central Time/);
    expect(page).toContain('It appears to be about health and safety');
    // Its words, so a sponsor facing many urgent cases at once (a flood) can tell which to open first.
    expect(page).toContain('What was said (personal details removed)');
    expect(page).toContain('The fire exit by the paint shop is blocked again with pallets.');
    expect(caseLinksIn(page)).toHaveLength(1);
    // Opening the desk changes nothing (the case turns escalated a moment after its email is accepted).
    await stack.waitForStatus(held.caseCode, 'escalated');
  });

  it('Should filter by plain GET parameters', async () => {
    const count = async (query: string) => caseLinksIn(await (await fetch(`${held.desk}?${query}`)).text()).length;
    expect(await count('site=plant2&topic=safety')).toBe(1);
    expect(await count('site=hq')).toBe(0);
    expect(await count('topic=pay')).toBe(0);
    expect(await count('show=closed')).toBe(0);
    expect(await count('unread=1')).toBe(0);
    expect(await count('show=nonsense&site=%00%ff')).toBe(1); // nonsense falls back to the defaults, never a 5xx
  });

  it('Should let the sponsor acknowledge, write to the employee and publish a response, which the employee reads', async () => {
    const [casePath] = caseLinksIn(await (await fetch(held.desk)).text());
    const url = `${stack.urls.app}${casePath}`;
    const opened = await (await fetch(url)).text();
    for (const button of ['Acknowledge', 'Send to the employee', 'Publish response', 'Hand over', 'Close this case'])
      expect(opened).toContain(`>${button}</button>`);

    expect((await fetch(url, form({ action: 'acknowledge' }))).status).toBe(200);
    expect((await stack.statusOf(held.caseCode)).body.status).toBe('acknowledged');

    const question = await fetch(
      url,
      form({ action: 'reply', message: 'Which door do you mean, the one by bay 3? Gregory says it is clear.' }),
    );
    expect(question.status).toBe(200);
    const thread = await (
      await fetch(`${stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } })
    ).json();
    expect(thread.messages).toEqual(
      [{ from: 'sponsor', text: expect.stringContaining('Which door do you mean'), day: expect.any(String) }].map((m) =>
        expect.objectContaining(m),
      ),
    );
    expect(JSON.stringify(thread)).not.toContain('Gregory');
    // A double click on "Send", or a reload that posts the form again: the employee reads it once.
    const again = await Promise.all(
      [1, 2].map(() =>
        fetch(
          url,
          form({ action: 'reply', message: 'Which door do you mean, the one by bay 3? Gregory says it is clear.' }),
        ),
      ),
    );
    expect(again.map((r) => r.status)).toEqual([200, 200]);
    const once = await (
      await fetch(`${stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } })
    ).json();
    expect(once.messages).toHaveLength(1);

    const empty = await fetch(url, form({ action: 'respond', response: '   ' }));
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('There is a problem');

    const answer = 'You said the exit was blocked; we cleared it and now check it at every shift change.';
    expect((await fetch(url, form({ action: 'respond', response: answer }))).status).toBe(200);
    expect((await stack.statusOf(held.caseCode)).body).toMatchObject({ status: 'responded', response: answer });
    expect(await (await fetch(held.desk)).text()).toMatch(/Response published around/);
  });

  it("Should mark a case with the employee's new answer until the sponsor has read it", async () => {
    const answered = await fetch(`${stack.urls.app}/status/${held.caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'The one by bay 3, next to the paint store.' }),
    });
    expect(answered.status).toBe(201);
    // The case is urgent in what it reports and its holder has written in it: the answer is not held to the end of
    // its hour (that would leave an urgent case waiting), it is on the desk, marked, at once.
    const unread = await waitFor('the answer on the desk', async () => {
      const page = await (await fetch(`${held.desk}?unread=1`)).text();
      return caseLinksIn(page).length === 1 ? page : undefined;
    });
    expect(unread).toContain('New answer from the employee');
    const casePage = await (await fetch(`${stack.urls.app}${caseLinksIn(unread)[0]}`)).text();
    expect(casePage).toContain('The one by bay 3, next to the paint store.');
    // The one day format of every sponsor page, never an ISO date.
    expect(casePage).toMatch(/The employee, \w+day, \w+ \d{1,2}, \d{4}/);
    expect(caseLinksIn(await (await fetch(`${held.desk}?unread=1`)).text())).toHaveLength(0);
  });

  it('Should never show a sponsor a case that went around them, not even as a count', async () => {
    const before = await (await fetch(`${held.desk}?show=all`)).text();
    const named = await stack.submit({
      text: 'Lee Marsh told us to keep working with the fire exit blocked at Plant 2.',
      site: 'plant2',
    });
    await stack.waitForStatus(named.caseCode, 'escalated');
    const email = await waitFor('the rerouted email', async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('coo@example.com') && /keep working/.test(e.body.text ?? ''),
      ),
    );
    const [rerouted] = caseLinksIn(await (await fetch(deskLinkIn(email)!)).text());
    expect(rerouted).toBeDefined();
    const id = rerouted!.split('/case/')[1]!;
    const after = await (await fetch(`${held.desk}?show=all`)).text();
    expect(caseLinksIn(after)).toEqual(caseLinksIn(before));
    const lead = (page: string) => page.match(/<p class="lead">[^<]*on your desk[^<]*<\/p>/)?.[0];
    expect(lead(after)).toBeDefined();
    expect(lead(after)).toBe(lead(before));
    expect(after).not.toContain('keep working');
    const direct = await fetch(`${held.desk}/case/${id}`, { headers: { accept: 'text/html' } });
    expect(direct.status).toBe(404);
    expect(await direct.text()).toContain('There is no such case on your desk');
    expect((await fetch(`${held.desk}/case/${id}`, form({ action: 'close' }))).status).toBe(404);
  });

  it('Should say every problem with a hand-over at once: nobody chosen and no reason, each linked to its place', async () => {
    const [casePath] = caseLinksIn(await (await fetch(held.desk)).text());
    const refused = await fetch(`${stack.urls.app}${casePath}`, form({ action: 'hand-over', reason: '' }));
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('<a href="#to">Choose who should take this case');
    expect(page).toContain('<a href="#reason">Say why this is not yours');
  });

  it('Should hand a case over with a reason: it leaves this desk, reaches the backup by email and sits on their desk', async () => {
    const [casePath] = caseLinksIn(await (await fetch(held.desk)).text());
    const url = `${stack.urls.app}${casePath}`;
    const noReason = await fetch(url, form({ action: 'hand-over', to: '1', reason: '' }));
    expect(noReason.status).toBe(400);
    // Only a number of the page's list is a choice: "1e0" read as 1 handed a case over (attacker's report).
    for (const to of ['1e0', ' 1', '0x1', '1.0'])
      expect((await fetch(url, form({ action: 'hand-over', to, reason: 'Not mine' }))).status, to).toBe(400);
    const handed = await fetch(
      url,
      form({ action: 'hand-over', to: '1', reason: 'Facilities at Plant 2 belong to Gregory Hale now, not me' }),
    );
    expect(handed.status).toBe(200);
    expect(await handed.text()).toContain('Handed over.');
    // The same form posted again (a double click): the page says it was handed over, not that there is no such case.
    const twice = await fetch(
      url,
      form({ action: 'hand-over', to: '1', reason: 'Facilities at Plant 2 belong to Gregory Hale now, not me' }),
    );
    expect(twice.status).toBe(200);
    expect(await twice.text()).toContain('Handed over.');
    expect(caseLinksIn(await (await fetch(held.desk)).text())).toHaveLength(0);
    expect((await fetch(url)).status).toBe(404);
    // The old holder's case link: a post says what opening it says, whatever its form holds (attacker's report:
    // 400 "could not be read" where the page says the matter is with someone else).
    const moved = 'This matter is now with someone else';
    expect(await (await fetch(held.ack, { headers: { accept: 'text/html' } })).text()).toContain(moved);
    const posted: Record<string, string>[] = [
      { action: 'acknowledge' },
      { action: 'respond', response: 'Done' },
      { action: 'x' },
      {},
    ];
    for (const fields of posted)
      expect(await (await fetch(held.ack, form(fields))).text(), JSON.stringify(fields)).toContain(moved);

    const email = await waitFor('the backup email', async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('coo@example.com') && e.subject.startsWith('Handed over to you: '),
      ),
    );
    expect(email.body.text).toContain(
      'Lee Marsh (Plant 2 GM) handed this over to Dana Whitfield (COO), saying: Facilities at Plant 2 belong to [NAME] now, not me',
    );
    const cooDesk = deskLinkIn(email)!;
    const cooCase = caseLinksIn(await (await fetch(`${cooDesk}?site=plant2&topic=safety`)).text()).find((path) =>
      path.endsWith(casePath!.split('/case/')[1]!),
    );
    expect(cooCase).toBeDefined();
    const history = await (await fetch(`${stack.urls.app}${cooCase}`)).text();
    expect(history).toContain(
      'Handed over by Lee Marsh (Plant 2 GM) to Dana Whitfield (COO): Facilities at Plant 2 belong to [NAME] now, not me',
    );
    expect(history).not.toContain('Gregory');

    const openBefore = caseLinksIn(await (await fetch(cooDesk)).text()).length;
    expect((await fetch(`${stack.urls.app}${cooCase}`, form({ action: 'close' }))).status).toBe(200);
    expect(caseLinksIn(await (await fetch(cooDesk)).text())).toHaveLength(openBefore - 1);
    // Read again until it shows: on a loaded machine the desk's closed list has been seen to lag the close (twice
    // in CI, never alone); the close must still reach it, and only this case.
    const closed = await waitFor('the closed case on the desk', async () => {
      const links = caseLinksIn(await (await fetch(`${cooDesk}?show=closed`)).text());
      return links.length ? links : undefined;
    });
    expect(closed).toEqual([cooCase]);
  });

  it('Should count on the desk what its list shows, and name the case closing this hour that "Open cases" leaves out', async () => {
    // The desk of the COO, who closed the handed-over case above: closing until the end of the hour.
    const email = (await outbox(stack.urls.outbox)).find(
      (e) => e.destination.to.includes('coo@example.com') && e.subject.startsWith('Handed over to you: '),
    )!;
    const cooDesk = deskLinkIn(email)!;
    const number = (words: string) => (words === 'no' ? 0 : Number(words));
    for (const query of ['', '?site=plant2', '?show=overdue']) {
      const page = await (await fetch(`${cooDesk}${query}`)).text();
      const lead = page.match(/<p class="lead">([^<]*)<\/p>/)![1]!;
      const open = number(lead.match(/: (no|\d+) open cases? on your desk/)![1]!);
      const closing = number(lead.match(/, and (\d+) closing at the end of this hour/)?.[1] ?? '0');
      const closed = number(lead.match(/; (\d+) closed/)?.[1] ?? '0');
      expect(closing, lead).toBeGreaterThanOrEqual(1);
      const shown = caseLinksIn(page).length;
      if (!query) expect(shown, lead).toBe(open);
      expect(page).toContain(`<h2 id="results">${shown} case${shown === 1 ? '' : 's'}</h2>`);
      const hidden = open + closing + closed - shown;
      expect(page).toContain(
        `${hidden} more case${hidden === 1 ? ' on your desk is' : 's on your desk are'} not shown with these filters.`,
      );
      const all = await (await fetch(`${cooDesk}?show=all`)).text();
      expect(caseLinksIn(all)).toHaveLength(open + closing + closed);
      expect(all).not.toContain('not shown with these filters');
    }
  });

  it('Should refuse forged, expired, re-keyed and escalation links with a 403 page that says what to do', async () => {
    const key = loadLocalSecrets(held.dataDir).LINK_SIGNING_KEY;
    const gm = stack.config.sponsors.find((s) => s.id === 'plant2-gm')!;
    const expired = signDeskLink(gm, new Date(clock.now().getTime() - 3_600_000), key);
    const reKeyed = signDeskLink({ ...gm, deskKey: 'old' }, new Date(clock.now().getTime() + 3_600_000), key);
    const escalationToken = signLink(
      { subject: 'case:whatever', expiresAt: Math.floor(clock.now().getTime() / 1000) + 3600 },
      key,
    );
    for (const token of [
      `${held.desk.split('/desk/')[1]!.slice(0, -2)}xx`,
      expired,
      reKeyed,
      escalationToken,
      'not-a-token',
    ]) {
      const res = await withinBudget(`${stack.urls.app}/desk/${token}`, { headers: { accept: 'text/html' } });
      expect(res.status, token).toBe(403);
      const page = await res.text();
      expect(page).toMatch(/expired|not valid|replaced by a newer one/);
      expect(page).not.toContain('Please leave out names'); // the sponsors' footer, not the employees'
    }
  });
});
