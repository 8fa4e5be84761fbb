import { describe, expect, it } from 'vitest';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { useStackBehindRefusingSes } from '../support/refusing-ses-stack';
import { withinBudget } from '../support/sponsor-case';

// The attacker's finding: handing a case over to a backup whose address the mail service refuses showed the
// sponsor a 500 ("nothing you sent was kept") though the hand-over was kept, and the employee read that a
// senior leader had it while nobody holding it had been told. Now the sponsor is told what happened, in
// words, and the employee reads "being passed on" until someone holding it has been emailed. On the local
// stack, with aws-ses-v2-local behind a front that refuses addresses as SES does.

const COO = 'coo@example.com';
const LEADERSHIP = 'leadership@example.com';
const PAST_THE_LADDER = ['ceo@example.com', 'chro@example.com', 'plant2-gm@example.com'];

describe('handing a case over to someone who cannot be emailed, on the local stack', { timeout: 120_000 }, () => {
  const { stack, front, mailTo, onTheManagersDesk } = useStackBehindRefusingSes();

  it('Should keep the hand-over, say the backup could not be emailed and where it went, and tell leadership at once', async () => {
    front.refused.add(COO);
    const { caseCode, url } = await onTheManagersDesk('The forklift in bay 3 has no working horn.', 'working horn');
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Forklifts are the COO’s' }));
    expect(handed.status).toBe(200);
    const page = await handed.text();
    expect(page).toContain(
      'Handed over to Dana Whitfield (COO), whose address was refused, so the case went on at once to',
    );
    expect(page).toContain('went on at once to the leadership list, who have been emailed');
    expect(page).not.toContain('Something went wrong');
    // Pressed again: it is no longer on this desk, and says so, as any case handed over.
    expect((await withinBudget(url)).status).toBe(404);
    expect(await mailTo(LEADERSHIP, 'working horn')).not.toEqual([]);
    expect((await stack.statusOf(caseCode)).body.status).toBe('escalated');
  });

  it('Should keep it with the backup while the mail service fails for now, say so, and tell them at the next sweep', async () => {
    front.refused.clear();
    front.throttled.add(COO);
    const { caseCode, url } = await onTheManagersDesk('The forklift in bay 6 has no working brakes.', 'working brakes');
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Docks are the COO’s' }));
    expect(handed.status).toBe(200);
    const page = await handed.text();
    expect(page).toContain('Handed over to Dana Whitfield (COO): it has left your desk.');
    expect(page).toContain('could not be emailed just now');
    expect(page).toContain('goes on to the leadership list if it is not picked up in time');
    expect(await mailTo(LEADERSHIP, 'working brakes')).toEqual([]);
    expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');

    front.throttled.clear();
    const [told] = await waitFor('the backup told', async () => {
      await stack.sweep();
      const found = await mailTo(COO, 'working brakes');
      return found.length ? found : undefined;
    });
    // Told as a hand-over, the same as the desk's own email, never as overdue.
    expect(told!.subject).toMatch(/^Handed over to you: /);
    expect((await stack.statusOf(caseCode)).body.status).toBe('escalated');
  });

  it('Should say it is being passed on, never that a leader has it, while nobody holding it could be emailed', async () => {
    front.throttled.clear();
    front.refused.add(COO);
    front.refused.add(LEADERSHIP);
    const { caseCode, url } = await onTheManagersDesk('The guard on press 9 is missing.', 'press 9');
    // Nor anyone past the ladder: an urgent case is tried on the other sponsors once its ladder is refused
    // (test/integration/ladder-refused.test.ts).
    for (const address of PAST_THE_LADDER) front.refused.add(address);
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Presses are the COO’s' }));
    expect(handed.status).toBe(200);
    const page = await handed.text();
    expect(page).toContain('Dana Whitfield (COO), whose address was refused');
    expect(page).toContain('who could not be emailed just now either');
    expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');

    // The list's address is fixed: the next sweep tells them, and the employee reads that a leader has it.
    front.refused.delete(LEADERSHIP);
    await waitFor('the leadership list told', async () => {
      await stack.sweep();
      return (await mailTo(LEADERSHIP, 'press 9')).length ? true : undefined;
    });
    expect((await stack.statusOf(caseCode)).body.status).toBe('escalated');
  });
});
