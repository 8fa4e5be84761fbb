import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';

// Issue 14 review, item 3: once a legal deadline had passed unmet, the
// employee's page still promised its day "at the latest". It must say the
// deadline passed and what happened (the leadership team has the case), on
// the page in each language, in JSON and by SMS. On the real stand-ins, the
// sweep run as the schedule runs it.

type View = { status: string; acknowledgeBy?: string; feedbackBy?: string; overdue?: string };

const PROMISES = { en: /at the latest/, es: /a más tardar/, fr: /au plus tard/ };
const OVERDUE = {
  en: /That deadline has passed, so the case has been passed to the leadership team/,
  es: /Ese plazo ha vencido, así que el caso se ha pasado al equipo de dirección/,
  fr: /Ce délai est dépassé : le cas a donc été transmis à l’équipe de direction/,
};

describe('a case whose legal deadline passed, as its employee reads it', () => {
  const { stack, clock, text } = useConversationStack();
  const view = async (code: string) =>
    (await (
      await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'application/json' } })
    ).json()) as View;
  const page = async (code: string, lang: string) =>
    (await fetch(`${stack.urls.app}/status/${code}?lang=${lang}`, { headers: { accept: 'text/html' } })).text();
  const statusBySms = async (code: string) => (await text(`STATUS ${code}`)).join('\n');
  const raise = async (text: string) => {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return caseCode;
  };

  it('Should say the acknowledgement is overdue and that leadership has it, from the hour it passed, in every form', async () => {
    const code = await raise('The forklift in bay 3 has no working horn.');
    // Raised at 9 AM in Chicago on the 18th: the law's week ends at 9 AM on the 25th, so the deadline is the
    // end of the 24th there, the day the employee is promised and the moment it counts as passed.
    expect(await view(code)).toMatchObject({ acknowledgeBy: '2026-11-24' });
    expect(await page(code, 'en')).toMatch(
      /acknowledged by the end of <strong>Tuesday, November 24, 2026<\/strong> \(Central Time\) at the latest/,
    );
    expect(await statusBySms(code)).not.toMatch(/leadership team/);

    // 9 AM on the day promised (and the law's hour, a day on): not passed, the page still promises the day.
    clock.set('2026-11-24T15:00:00Z');
    await stack.sweep();
    expect((await view(code)).overdue).toBeUndefined();
    expect(await page(code, 'en')).toMatch(
      /by the end of <strong>Tuesday, November 24, 2026<\/strong> \(Central Time\) at the latest/,
    );

    // Just past midnight in Chicago: the 24th is over, and so is the deadline.
    clock.set('2026-11-25T06:05:00Z');
    await waitFor('the sweep to find the deadline passed', async () => {
      await stack.sweep();
      return (await view(code)).overdue === 'acknowledge' ? true : undefined;
    });
    for (const lang of ['en', 'es', 'fr'] as const) {
      const html = await page(code, lang);
      expect(html).toMatch(OVERDUE[lang]);
      expect(html).not.toMatch(PROMISES[lang]);
    }
    expect(await page(code, 'en')).toContain(
      'It should have been acknowledged by the end of <strong>Tuesday, November 24, 2026',
    );
    const sms = await statusBySms(code);
    expect(sms).toMatch(
      /was not acknowledged in the time the law allows, so it has been passed to the leadership team/,
    );
    // The leadership list was told, as the page says.
    const toLeadership = (await outbox(stack.urls.outbox)).filter((e) =>
      e.destination.to.includes('leadership@example.com'),
    );
    expect(toLeadership.some((e) => /deadline/i.test(e.subject))).toBe(true);
  });

  it('Should say the feedback is overdue once its day is over, even before the sweep has run', async () => {
    clock.set('2026-12-01T15:00:00Z');
    const code = await raise('The eyewash station in bay 2 is empty, a real hazard.');
    const email = await waitFor('the plant manager’s email', async () =>
      (await outbox(stack.urls.outbox)).find(
        (e) => e.destination.to.includes('plant2-gm@example.com') && /eyewash/.test(e.body.text ?? ''),
      ),
    );
    const ack = email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;
    await fetch(ack, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=acknowledge',
    });
    await stack.waitForStatus(code, 'acknowledged');
    const { feedbackBy } = await view(code);
    // Three months from 9 AM on 1 December is 9 AM on 1 March: the deadline is the end of 28 February.
    expect(feedbackBy).toBe('2027-02-28');
    expect(await page(code, 'es')).toMatch(/a más tardar al final del <strong>domingo 28 de febrero de 2027<\/strong>/);

    clock.set('2027-03-01T15:00:00Z'); // the next day in Chicago; no sweep run
    expect((await view(code)).overdue).toBe('feedback');
    for (const lang of ['en', 'es', 'fr'] as const) {
      const html = await page(code, lang);
      expect(html).toMatch(OVERDUE[lang]);
      expect(html).not.toMatch(PROMISES[lang]);
    }
    expect(await page(code, 'fr')).toContain(
      'Le délai pour vous dire ce qui est fait se terminait à la fin du <strong>dimanche 28 février 2027',
    );
    expect(await statusBySms(code)).toMatch(/you were not told what is being done in the time the law allows/);
  });
});
