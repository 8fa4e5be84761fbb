import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// A sponsor who closes a case by mistake can keep it open until the close takes effect (the end of its
// hour), from the case's page; once in effect the close stands. Nothing of it dates the employee's words
// finer than the hour.

const GM = 'plant2-gm@example.com';
/** A time of day that is not on the hour ("2:21 PM", "14:21"). */
const OFF_THE_HOUR = /\b\d{1,2}:(?!00)\d{2}\b/;
const at = (h: number, m: number, day = 18) =>
  `2026-11-${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;

describe('keeping open a case closed by mistake, on the local stack', () => {
  const { stack, clock, text, answer, employeeView, emailsTo } = useConversationStack({ at: at(14, 0) });

  /** A report raised at `hour`:00 and the address of its page on its holder's desk. */
  async function raised(hour: number, press: number, day?: number) {
    clock.set(at(hour, 0, day));
    const code = codeIn((await text(`URGENT the guard on press ${press} is missing`))[0]!);
    await stack.waitForStatus(code, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await emailsTo(GM)).find((e) => e.body.text?.includes(`press ${press}`)),
    );
    const desk = deskLinkIn(email)!;
    const caseUrl = await waitFor('the case on the desk', async () => {
      for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
        const url = `${stack.urls.app}${path}`;
        if ((await (await withinBudget(url)).text()).includes(`press ${press}`)) return url;
      }
      return undefined;
    });
    return { code, caseUrl };
  }
  // A close is pressed through its second step: these urgent cases are closed before anyone acknowledged them.
  const press = (url: string, action: string) =>
    withinBudget(url, { ...form({ action, ...(action === 'close' ? { confirm: 'yes' } : {}) }), redirect: 'manual' });
  const page = async (url: string) => (await withinBudget(url)).text();

  it('Should let the sponsor keep it open before the end of the hour, and the employee’s answer reach them as any other', async () => {
    const { code, caseUrl } = await raised(14, 4);
    clock.set(at(14, 21));
    expect((await press(caseUrl, 'close')).status).toBe(303);
    expect(await page(caseUrl)).toContain('Keep this case open');

    // The employee writes while it is closing; then the sponsor sees their mistake.
    clock.set(at(14, 30));
    const words = 'It is the guard by bay 4.';
    expect((await answer(code, words)).status).toBe(201);
    await waitUntilHeld(stack, words);
    clock.set(at(14, 40));
    const kept = await press(caseUrl, 'keep-open');
    expect(kept.status).toBe(303);
    const after = await page(`${stack.urls.app}${kept.headers.get('location')}`);
    expect(after).toContain('Kept open. The close is undone');
    expect(after).not.toContain('Closing on');
    expect(after).toContain('<textarea'); // the sponsor can write to the employee again
    expect(after).toMatch(/Kept open by [^<]*, before the close took effect/);
    expect(after).not.toMatch(OFF_THE_HOUR);
    // Newcomer: the close and the keep-open were dated by the hour the close takes effect (the next), so a
    // hand-over after them read before them. Each line is dated by the hour it was made in, as the raise is.
    const lines = [...after.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]!);
    const hour = (line: string | undefined) => /\b\d{1,2}(?::\d\d)?\s?[AP]M\b/.exec(line ?? '')?.[0];
    const raisedAt = hour(lines.find((line) => /Raised/.test(line)));
    expect(raisedAt).toBeDefined();
    expect(hour(lines.find((line) => /Closed by/.test(line)))).toBe(raisedAt);
    // Newcomer, round 26: the line read "Closed by Lee Marsh" above the page's "Closing on …" and its "Keep this
    // case open": a close pressed takes effect at the end of its hour, and its line says so.
    expect(lines.find((line) => /Closed by/.test(line))).toMatch(
      /Closed by Lee Marsh \(Plant 2 GM\), from the end of that hour$/,
    );
    expect(hour(lines.find((line) => /Kept open by/.test(line)))).toBe(raisedAt);
    // Pressed again (a second tab): nothing changes, nothing breaks.
    expect((await press(caseUrl, 'keep-open')).status).toBe(303);

    // Past the hour, the case is open to the employee, and their answer reaches the holder as any answer does.
    clock.set(at(15, 5));
    expect(await employeeView(code)).toMatchObject({ canAnswer: true });
    expect((await employeeView(code)).status).not.toBe('closed');
    const told = await waitFor('the answer emailed to the holder', async () => {
      await stack.sweep();
      return (await emailsTo(GM)).find((e) => e.body.text?.includes(words));
    });
    expect(told.subject).not.toMatch(/^Reopened/);
    expect(`${told.subject}\n${told.body.text}`).not.toMatch(OFF_THE_HOUR);
  });

  it('Should give back, when kept open, the acknowledgement the close made: the urgent case waits and climbs as before', async () => {
    const { code, caseUrl } = await raised(18, 5);
    clock.set(at(18, 21));
    expect((await press(caseUrl, 'close')).status).toBe(303);
    clock.set(at(18, 40));
    expect((await press(caseUrl, 'keep-open')).status).toBe(303);

    // Nobody acknowledged it: the sponsor is asked to, as before the close, by the same deadline.
    const after = await page(caseUrl);
    expect(after).toContain('value="acknowledge"');
    expect(after).not.toContain('Acknowledged around');
    expect(after).toContain('Waiting for you: acknowledge by');
    expect(after).not.toMatch(/<li>[^<]*Acknowledged<\/li>/);
    // The employee is promised no day to hear back by that nothing runs towards.
    expect(await employeeView(code)).not.toHaveProperty('feedbackBy');
    expect((await employeeView(code)).status).toBe('escalated');

    // Its four hours run out (at 22:00) with nobody acknowledging it: it climbs to the backup, as it would have.
    clock.set(at(22, 5));
    const climbed = await waitFor('the case passed on to the backup', async () => {
      await stack.sweep();
      return (await emailsTo('coo@example.com')).find((e) => e.body.text?.includes('press 5'));
    });
    expect(climbed.subject).not.toMatch(/^Handed over/);
  });

  it('Should give back the close’s acknowledgement when the employee’s answer, sent before it took effect, reopens the case', async () => {
    // An attacker's finding: closed unacknowledged at 9:21, an answer at 9:30 reopened it at the sweep, and the
    // urgent case stayed "acknowledged" by the close, so it never climbed.
    const { code, caseUrl } = await raised(9, 8, 19);
    clock.set(at(9, 21, 19));
    expect((await press(caseUrl, 'close')).status).toBe(303);
    clock.set(at(9, 30, 19));
    const words = 'It is the guard by bay 8, next to the window.';
    expect((await answer(code, words)).status).toBe(201);
    await waitUntilHeld(stack, words);
    clock.set(at(10, 5, 19));
    await waitFor('the answer emailed to the sponsor', async () => {
      await stack.sweep();
      return (await emailsTo(GM)).find((e) => e.body.text?.includes('guard by bay 8'));
    });

    const reopened = await page(caseUrl);
    expect(reopened).toContain('value="acknowledge"');
    expect(reopened).toContain('Waiting for you: acknowledge by');
    expect(await employeeView(code)).not.toHaveProperty('feedbackBy');

    // Its four hours run out (at 13:00) with nobody acknowledging it: it climbs to the backup.
    clock.set(at(13, 5, 19));
    await waitFor('the case passed on to the backup', async () => {
      await stack.sweep();
      return (await emailsTo('coo@example.com')).find((e) => e.body.text?.includes('press 8'));
    });
  });

  it('Should keep a close that is in effect, and say so', async () => {
    const { code, caseUrl } = await raised(16, 7);
    clock.set(at(16, 21));
    const pressed = await press(caseUrl, 'close');
    expect(pressed.status).toBe(303);
    clock.set(at(17, 2));
    const closed = await page(caseUrl);
    expect(closed).toContain('This case is closed.');
    // The page the close led to, reloaded after the hour: no "Closing." above "Closed around …".
    const reloaded = await page(`${stack.urls.app}${pressed.headers.get('location')}`);
    expect(reloaded).toContain('Closed around');
    expect(reloaded).not.toContain('Closing.');
    expect(closed).not.toContain('Keep this case open');
    // A page left open since before the hour turned: the button refuses, in words.
    const refused = await press(caseUrl, 'keep-open');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('This case is closed, so it cannot be changed.');
    expect(await employeeView(code)).toMatchObject({ status: 'closed', canAnswer: false });
  });
});
