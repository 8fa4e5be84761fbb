import { describe, expect, it } from 'vitest';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { useStackBehindRefusingSes } from '../support/refusing-ses-stack';
import { withinBudget } from '../support/sponsor-case';

// Left alone last session: a case already ACKNOWLEDGED, handed over from the desk to a backup whose mail is
// refused or whose mail service fails, was neither moved on nor retried: the sweep lists only unacknowledged
// cases, so the new holder never heard of it, and the sponsor read that it would "go on if not picked up in
// time" (an acknowledged case has no such deadline). Now a refused address is passed at once to the next level,
// a passing failure is retried by each sweep until someone holding it is told, the operator is alerted (a
// sweep failure) while nobody is, and the sponsor who handed it over reads what happened.
// Since an urgent case acknowledged and handed over waits for its new holder to acknowledge it, with a deadline
// (`urgent-hand-over-after-acknowledgement.test.ts`), the cases here are ANSWERED ones: those keep their status,
// and no deadline moves them on.

const COO = 'coo@example.com';
const LEADERSHIP = 'leadership@example.com';
const PAST_THE_LADDER = ['ceo@example.com', 'chro@example.com', 'plant2-gm@example.com'];

describe('handing over an answered case to someone who cannot be emailed, on the local stack', {
  timeout: 120_000,
}, () => {
  const { stack, front, mailTo, onTheManagersDesk } = useStackBehindRefusingSes();

  /** A case escalated to the Plant 2 manager and answered by them from their desk: its page there. */
  async function answeredOnTheManagersDesk(text: string, about: string) {
    const { caseCode, url } = await onTheManagersDesk(text, about);
    expect((await withinBudget(url, form({ action: 'respond', response: 'We are on it.' }))).status).toBe(200);
    expect((await stack.statusOf(caseCode)).body.status).toBe('responded');
    return { caseCode, url };
  }

  it('Should pass it on at once to the leadership list when the backup’s address is refused, and say so', async () => {
    front.refused.add(COO);
    const { caseCode, url } = await answeredOnTheManagersDesk('The forklift in bay 4 has no working horn.', 'bay 4');
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Forklifts are the COO’s' }));
    expect(handed.status).toBe(200);
    const page = await handed.text();
    expect(page).toContain('Handed over to Dana Whitfield (COO), whose address was refused');
    expect(page).toContain('went on at once to the leadership list, who have been emailed');
    expect(await mailTo(LEADERSHIP, 'bay 4')).not.toEqual([]);
    // Someone senior still has it: the employee's page does not go back.
    expect((await stack.statusOf(caseCode)).body.status).toBe('responded');
  });

  it('Should keep trying the backup while the mail service fails for now, alert the operator, and tell them at the next sweep', async () => {
    front.refused.clear();
    front.throttled.add(COO);
    const { url } = await answeredOnTheManagersDesk('The forklift in bay 7 has no working brakes.', 'bay 7');
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Docks are the COO’s' }));
    expect(handed.status).toBe(200);
    const page = await handed.text();
    expect(page).toContain('Handed over to Dana Whitfield (COO): it has left your desk.');
    expect(page).toContain('could not be emailed just now');
    // No deadline moves an acknowledged case on: the sponsor is not promised one.
    expect(page).not.toContain('does not pick it up in time');
    expect(page).toContain('the operator is alerted until someone has it');
    // While the mail service still fails, the sweep counts it as failed (the operator's alarm).
    expect((await stack.sweep()).failed).toBeGreaterThan(0);
    expect(await mailTo(COO, 'bay 7')).toEqual([]);

    front.throttled.clear();
    const [told] = await waitFor('the backup told', async () => {
      await stack.sweep();
      const found = await mailTo(COO, 'bay 7');
      return found.length ? found : undefined;
    });
    expect(told!.subject).toMatch(/^Handed over to you: /);
    // Told once: the sweeps after it send nothing more.
    await stack.sweep();
    expect(await mailTo(COO, 'bay 7')).toHaveLength(1);
  });

  it('Should climb past a backup refused at a later sweep, and reach the leadership list once it can be emailed', async () => {
    front.throttled.clear();
    front.refused.clear();
    front.throttled.add(COO);
    const { url } = await answeredOnTheManagersDesk('The guard on press 11 is missing.', 'press 11');
    const handed = await withinBudget(url, form({ action: 'hand-over', to: '1', reason: 'Presses are the COO’s' }));
    expect(handed.status).toBe(200);
    // The backup's address is now refused, and so is the list's: nobody holding it can be told; the operator is.
    front.throttled.clear();
    front.refused.add(COO);
    front.refused.add(LEADERSHIP);
    // Nor anyone past the ladder (an urgent case is tried on them: test/integration/ladder-refused.test.ts).
    for (const address of PAST_THE_LADDER) front.refused.add(address);
    expect((await stack.sweep()).failed).toBeGreaterThan(0);
    expect(await mailTo(LEADERSHIP, 'press 11')).toEqual([]);
    // The list's address is fixed: the next sweep tells them.
    front.refused.delete(LEADERSHIP);
    await waitFor('the leadership list told', async () => {
      await stack.sweep();
      return (await mailTo(LEADERSHIP, 'press 11')).length ? true : undefined;
    });
    expect(await mailTo(COO, 'press 11')).toEqual([]);
  });
});
