import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Attack round 19, finding G: the holder closed a case at :21; in that hour (the close takes effect at its end,
// so the employee may still write) the employee answered "he pulled a knife on me…". The answer was accepted
// (201, "at once if urgent"), placed in the thread, and emailed to nobody, at once or ever; the case stayed
// closed on the holder's desk while the employee's page said a senior leader had it. An urgent answer now
// reopens the case at once (the close never takes effect), and reaches its holder at once as urgent and,
// since that holder has just closed it, their backup too. Once a close is in effect, urgent words sent on the
// case are not lost either: they become a report of their own, as they do by SMS, and the employee is told so.

const GM = 'plant2-gm@example.com';
/** Plant 2's manager's backup in the example settings. */
const BACKUP = 'coo@example.com';

describe('an urgent answer on a case its holder has closed, on the local stack', () => {
  const { stack, clock, text, answer, employeeView, emailsTo } = useConversationStack({ at: '2026-11-18T14:00:00Z' });
  const html = (code: string) => fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'text/html' } });

  /** A report raised at `hour`:00 on Plant 2, closed by its manager from the desk at `hour`:21: its code and page. */
  async function closedCase(hour: number, press: number) {
    const at = (m: number) => `2026-11-18T${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
    clock.set(at(0));
    const [accepted] = await text(`URGENT the guard on press ${press} is missing`);
    const code = codeIn(accepted!);
    await stack.waitForStatus(code, 'escalated');
    const raised = await waitFor('the sponsor email', async () =>
      (await emailsTo(GM)).find((e) => e.body.text?.includes(`press ${press}`)),
    );
    const desk = deskLinkIn(raised)!;
    const caseUrl = await waitFor('the case on the desk', async () => {
      for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
        const url = `${stack.urls.app}${path}`;
        if ((await (await withinBudget(url)).text()).includes(`press ${press}`)) return url;
      }
      return undefined;
    });
    clock.set(at(21));
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'close', confirm: 'yes' }), redirect: 'manual' })).status,
    ).toBe(303);
    expect(await (await withinBudget(caseUrl)).text()).toMatch(/Closing on /);
    return { code, caseUrl, desk, at };
  }

  it.each([
    ['by the web', 'he pulled a knife on me by press 4 just now and said he will kill me if I talk', 'web'],
    ['by SMS', 'hay fuego en el almacén junto a la prensa 4 y no podemos salir', 'sms'],
  ])(
    'Should reopen the case at once and email its holder and their backup an urgent answer sent %s in the closing hour',
    async (_how, words, channel) => {
      const hour = channel === 'web' ? 14 : 16;
      const { code, caseUrl, desk, at } = await closedCase(hour, hour);
      clock.set(at(40));
      const before = { gm: (await emailsTo(GM)).length, backup: (await emailsTo(BACKUP)).length };
      if (channel === 'web') expect((await answer(code, words)).status).toBe(201);
      else expect((await text(`${code} ${words}`))[0]).toMatch(/fue enviada/);
      const phrase = words.split(' ').slice(0, 4).join(' ');

      // Emailed at once, within the hour: no sweep runs.
      const toHolder = await waitFor('the urgent answer to the holder', async () =>
        (await emailsTo(GM)).slice(before.gm).find((e) => e.body.text?.includes(phrase)),
      );
      expect(toHolder.subject).toMatch(/urgent/i);
      const toBackup = await waitFor('the urgent answer to the backup', async () =>
        (await emailsTo(BACKUP)).slice(before.backup).find((e) => e.body.text?.includes(phrase)),
      );
      expect(toBackup.subject).toMatch(/urgent/i);
      // Told whose case it is, and given no link that would not open for them.
      expect(toBackup.body.text).toMatch(/Lee Marsh/);
      expect(toBackup.body.text).not.toMatch(/\/ack\//);

      // The holder finds it open again, the close undone: no "Closing on", the answer in its conversation.
      const page = await (await withinBudget(caseUrl)).text();
      expect(page).not.toMatch(/Closing on /);
      expect(page).not.toContain('This case is closed');
      expect(page).toContain(phrase);
      // Among the open cases on the desk, no longer under "Closed".
      const path = caseUrl.slice(stack.urls.app.length);
      expect(caseLinksIn(await (await withinBudget(desk)).text())).toContain(path);
      expect(caseLinksIn(await (await withinBudget(`${desk}?show=closed`)).text())).not.toContain(path);

      // The hour ends: the close never takes effect, for the employee either.
      clock.set(at(59));
      clock.set(`2026-11-18T${hour + 1}:05:00Z`);
      await stack.sweep();
      const view = await employeeView(code);
      expect(view.status).not.toBe('closed');
      expect(view.canAnswer).toBe(true);
      expect(await (await html(code)).text()).not.toContain('Status: Closed');
      expect(await (await withinBudget(caseUrl)).text()).not.toContain('This case is closed');
    },
    120_000,
  );

  it('Should keep urgent words sent by the web on a case already closed as a new report, and tell the employee its code', async () => {
    const { code } = await closedCase(18, 9);
    // The close is in effect from 19:00.
    clock.set('2026-11-18T19:10:00Z');
    expect(await employeeView(code)).toMatchObject({ status: 'closed', canAnswer: false });
    // Ordinary words are refused as before: nothing to keep.
    expect((await answer(code, 'Thanks, that is all from me.')).status).toBe(400);

    const words = 'he is back with the knife by press 9 and says he will stab me';
    const kept = await answer(code, words);
    expect(kept.status).toBe(201);
    const body = (await kept.json()) as { caseCode: string; keptAsNewReport?: boolean; message?: string };
    expect(body.keptAsNewReport).toBe(true);
    expect(body.caseCode).not.toBe(code);
    expect(body.message).toMatch(/new report/);
    // A report of its own, escalated as urgent to Plant 2's manager at once.
    await stack.waitForStatus(body.caseCode, 'escalated');
    const told = await waitFor('the new report emailed', async () =>
      (await emailsTo(GM)).find((e) => e.body.text?.includes('press 9') && e.body.text.includes('knife')),
    );
    expect(told.subject).toMatch(/urgent/i);
    // The closed case is left as it was.
    expect(await employeeView(code)).toMatchObject({ status: 'closed' });

    // From the page's form: the receipt of the new report, saying why.
    const page = await fetch(`${stack.urls.app}/status/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code, text: 'there is smoke coming out of the press 9 motor and it is on fire' }),
    });
    const html = await page.text();
    expect(html).toContain('it was sent as a new report');
    expect(html).not.toContain(code);
  }, 120_000);
});
