import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import type { Config } from '../../shared/config/schema';
import { AddressRefusedError, type Email } from '../../shared/ports/mailer';
import type { EscalationStore } from '../../shared/ports/escalation-store';
import { exampleConfig, fixedClock } from '../support/fixtures';
import { untoldUrgentCase } from '../support/untold-urgent-case';
import { notify } from '../../shared/use-cases/raise-escalation';
import { useDynalite } from '../support/dynalite';

/**
 * The attacker's finding: with mail to the sponsor (the COO) and the backup (the CEO) refused, an urgent
 * report stayed "being passed on" for good: every sweep tried the COO, climbed to the CEO, was refused, and
 * started again at the COO; the leadership list was never tried. Now each move is kept and the sweep goes
 * on up in the same run until someone accepts it, every address of the leadership list tried.
 */

const COO = 'coo@example.com';
const CEO = 'ceo@example.com';
const BOARD = 'board@example.com';
const LEADERSHIP = 'leadership@example.com';
const CHRO = 'chro@example.com';
const PLANT2_GM = 'plant2-gm@example.com';
/** Two on the leadership list, so one refused must not keep the other from hearing. */
const config: Config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: [BOARD, LEADERSHIP] } };

describe('a case whose holders cannot be emailed', () => {
  const { dynamodb } = useDynalite('sweep-climbs');
  const clock = fixedClock('2026-11-18T15:30:00Z');

  /** An urgent report from HQ whose first email (to the COO) the mail service refused every time. */
  async function refusedCase(id: string, wrap: (store: EscalationStore) => EscalationStore = (s) => s) {
    const { stored, sweepDeps, page } = await untoldUrgentCase(dynamodb, clock, { id, config });
    const refused = new Set<string>();
    const sent: Email[] = [];
    const deps = {
      ...sweepDeps({
        send: async (email: Email) => {
          if (email.to.some((to) => refused.has(to))) throw new AddressRefusedError('Email address is not verified');
          sent.push(email);
        },
      }),
      escalations: wrap(stored),
    };
    const sweep = createSweepHandler(deps);
    const to = (address: string) => sent.filter((e) => e.to.includes(address) && e.text.includes('knife'));
    const trail = async () => (await stored.get(id))?.audit.map((entry) => entry.detail) ?? [];
    return { sweep, page, to, refused, trail, stored, deps };
  }

  it('Should reach the leadership list in one sweep when the sponsor and the backup are refused', async () => {
    const c = await refusedCase('case:knife-1');
    c.refused.add(COO).add(CEO);
    const first = await c.sweep();
    expect(c.to(LEADERSHIP)).toHaveLength(1);
    expect(c.to(BOARD)).toHaveLength(1);
    expect(c.to(LEADERSHIP)[0]?.subject).not.toMatch(/overdue/i);
    expect(first.failed).toBe(0);
    const told = await c.page();
    expect(told).toContain('A senior leader has it');
    expect(told).not.toContain('It has not reached them yet');
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(2);
    expect((await c.stored.get('case:knife-1'))?.level).toBe(2);

    clock.set('2026-11-18T15:35:00Z');
    await c.sweep();
    expect(c.to(LEADERSHIP)).toHaveLength(1);
    expect(c.to(BOARD)).toHaveLength(1);
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(2);
  });

  it('Should raise the alarm while nobody can be emailed, and reach each leader once when mail comes back', async () => {
    clock.set('2026-11-18T15:30:00Z');
    const c = await refusedCase('case:knife-2');
    // Nor anyone past the ladder (an urgent case is tried on the other sponsors once it is refused: ladder-refused).
    c.refused.add(COO).add(CEO).add(BOARD).add(LEADERSHIP).add(CHRO).add(PLANT2_GM);
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    clock.set('2026-11-18T15:35:00Z');
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect(await c.page()).toContain('It has not reached them yet');
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(2);

    // One of the list comes back: that leader has it (the page says so), the other is still missing (the alarm).
    c.refused.delete(LEADERSHIP);
    clock.set('2026-11-18T15:40:00Z');
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect(c.to(LEADERSHIP)).toHaveLength(1);
    expect(await c.page()).toContain('A senior leader has it');

    c.refused.clear();
    clock.set('2026-11-18T15:45:00Z');
    expect((await c.sweep()).failed).toBe(0);
    clock.set('2026-11-18T15:50:00Z');
    await c.sweep();
    expect(c.to(BOARD)).toHaveLength(1);
    expect(c.to(LEADERSHIP)).toHaveLength(1);
    expect(c.to(COO)).toHaveLength(0);
    expect(c.to(CEO)).toHaveLength(0);
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(2);
  });

  it("Should not email a leader twice when the report's own queue message is retried after the sweep reached them", async () => {
    // The attacker's finding: the escalate queue's retry named the email "overdue" where the sweep had named it
    // "new", so each leader already told got the case again, saying it was not acknowledged in time.
    clock.set('2026-11-18T15:30:00Z');
    const c = await refusedCase('case:knife-4');
    c.refused.add(COO).add(CEO).add(BOARD);
    await c.sweep();
    expect(c.to(LEADERSHIP)).toHaveLength(1);

    // The escalate function's retry of the report's message emails whoever holds it now, as the sweep does.
    const retry = async () => notify(c.deps, (await c.stored.get('case:knife-4'))!);
    await expect(retry()).rejects.toThrow();
    expect(c.to(LEADERSHIP)).toHaveLength(1);

    c.refused.clear();
    await retry();
    expect(c.to(LEADERSHIP)).toHaveLength(1);
    expect(c.to(BOARD)).toHaveLength(1);
    for (const email of [...c.to(BOARD), ...c.to(LEADERSHIP)])
      expect(email.text).not.toMatch(/not acknowledged in time/i);
  });

  it('Should email the backup at the next sweep when it stopped between the climb and the email', async () => {
    clock.set('2026-11-18T15:30:00Z');
    let crash = true;
    const c = await refusedCase('case:knife-3', (store) =>
      Object.assign(Object.create(store) as EscalationStore, {
        raiseLevel: async (...args: Parameters<EscalationStore['raiseLevel']>) => {
          const moved = await store.raiseLevel(...args);
          if (crash) {
            crash = false;
            throw new Error('the sweep stopped');
          }
          return moved;
        },
      }),
    );
    c.refused.add(COO);
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect(c.to(CEO)).toHaveLength(0);
    expect(await c.page()).toContain('It has not reached them yet');

    clock.set('2026-11-18T15:35:00Z');
    expect((await c.sweep()).failed).toBe(0);
    expect(c.to(CEO)).toHaveLength(1);
    expect(c.to(CEO)[0]?.subject).not.toMatch(/overdue/i);
    expect(await c.page()).toContain('A senior leader has it');
    expect(c.to(LEADERSHIP)).toHaveLength(0);
    expect((await c.trail()).filter((d) => d.startsWith('could not be emailed'))).toHaveLength(1);
  });
});
