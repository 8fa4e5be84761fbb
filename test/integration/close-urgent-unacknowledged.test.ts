import { beforeAll, describe, expect, it } from 'vitest';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock, form as postForm } from '../support/fixtures';
import { press } from '../support/press-button';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

// An urgent case nobody had acknowledged was closed by one click on the case desk: the close counts as its
// acknowledgement (README), so the deadline was met and it never climbed, and its history said only "Closed
// by …", as if someone had seen it first. Pressing close on such a case now asks again on the page, saying
// what closing does; only the second step closes it, and the history says nobody had acknowledged it.

const form = (fields: Record<string, string>) => ({ ...postForm(fields), redirect: 'manual' as const });
const json = { headers: { accept: 'application/json' } };
const SECOND_STEP =
  'This report was marked urgent and nobody has acknowledged it. Closing it acknowledges it: the deadline to acknowledge counts as met';

describe('closing an urgent case nobody has acknowledged, from the case desk', () => {
  const clock = fixedClock('2026-11-18T15:20:00Z');
  const held = useEscalatedCase(clock);
  const { stack } = held;
  let caseUrl: string;
  let casePath: string;

  beforeAll(async () => {
    casePath = caseLinksIn(await (await withinBudget(held.desk)).text())[0]!;
    caseUrl = `${stack.urls.app}${casePath}`;
  });

  it('Should not close it on the first press, and ask again on the page, in forms that need no script', async () => {
    const first = await withinBudget(caseUrl, form({ action: 'close' }));
    expect(first.status).toBe(200);
    const page = await first.text();
    expect(page).toContain(SECOND_STEP);
    expect(page).toMatch(/role="alert" id="confirm-close"/);
    // The second step is a button of the page's one form (so what is typed in its boxes goes with it), and the
    // way back a plain link to the case.
    expect(page).toMatch(
      /<button type="submit" form="case-actions" name="action" value="close-confirmed" aria-describedby="confirm-close-text">/,
    );
    expect(page).toMatch(/<form method="post" action="[^"]+" id="case-actions">/);
    expect(page).toContain(`<a href="${casePath}">Do not close it: back to the case</a>`);

    // Nothing changed: still open on the desk, still waiting to be acknowledged, and the employee can still write.
    expect(caseLinksIn(await (await withinBudget(held.desk)).text())).toContain(casePath);
    expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).not.toContain(casePath);
    const again = await (await withinBudget(caseUrl)).text();
    expect(again).toContain('Waiting for you: acknowledge by');
    expect(again).not.toContain(SECOND_STEP);
    const view = await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json();
    expect(view).toMatchObject({ status: 'escalated', canAnswer: true });
    expect(view.closed).toBeUndefined();
  });

  it('Should close it on the second step, and say in its history that nobody had acknowledged it', async () => {
    // As a browser sends it: the confirmation's button, with the page's boxes (empty) and its choices.
    const asked = await (await withinBudget(caseUrl, form({ action: 'close' }))).text();
    const closed = await press(stack.urls.app, asked, 'Close it and count it as acknowledged');
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toContain('?done=close');
    expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).toContain(casePath);
    const page = await (await withinBudget(`${stack.urls.app}${closed.headers.get('location')}`)).text();
    expect(page).toContain('Closed by Lee Marsh (Plant 2 GM)');
    expect(page).toContain('Nobody had acknowledged it before it was closed: the close counted as its acknowledgement');
    expect(page).not.toContain('<li>Acknowledged');
  });

  it('Should close in one press a case someone acknowledged first, its history saying nothing of the kind', async () => {
    // Kept open again (the close is not yet in effect), acknowledged, then closed: one press.
    expect((await withinBudget(caseUrl, form({ action: 'keep-open' }))).status).toBe(303);
    expect((await withinBudget(caseUrl, form({ action: 'acknowledge' }))).status).toBe(303);
    const closed = await withinBudget(caseUrl, form({ action: 'close' }));
    expect(closed.status).toBe(303);
    const history = (await (await withinBudget(caseUrl)).text()).split('</h2>').at(-1)!;
    // Its trail reads in order: the first close without an acknowledgement, kept open, acknowledged, closed.
    expect(history.indexOf('Nobody had acknowledged it')).toBeLessThan(history.indexOf('Kept open by'));
    expect(history.indexOf('Kept open by')).toBeLessThan(history.lastIndexOf('Acknowledged'));
    expect(history.lastIndexOf('Acknowledged')).toBeLessThan(history.lastIndexOf('Closed by'));
  });
});
