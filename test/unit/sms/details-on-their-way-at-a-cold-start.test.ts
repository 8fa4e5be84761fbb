import { describe, expect, it } from 'vitest';
import { codeIn, smsTestApp } from '../../support/sms';
import { urgencyDetectorState } from '../../../shared/use-cases/reads-urgent';

// Attack att37 (F3): on a freshly started stack (on AWS, a cold intake), "URGENTE hay una fuga de gas en la cocina"
// reached the Plant 2 GM, who owns health and safety there, and the details texted while it was still on its way ("es
// al lado de la puerta trasera, cerca del muelle 2", an urgent report of their own) reached the CEO as "Feedback from
// Plant 2", topic not given: the urgent topic was read from the report's words only once the urgency reader happened
// to be loaded. The details go where the report went, from the first text of a process on. (Since op39 F1 only words
// urgent on their own are filed apart while the report is on its way; calm ones wait behind it, in its conversation.)

const FROM = '+15557773721';

describe('details filed apart while the report is on its way, on a process that has read nothing yet', () => {
  it('Should file them under the urgent topic the report was read under, so they reach the same holder', async () => {
    expect(urgencyDetectorState()).toBe('not loaded');
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text('URGENTE hay una fuga de gas en la cocina del comedor', { From: FROM }))[0]);
    env.clock.set('2026-11-18T15:30:20Z');
    // Calm details wait behind the case and go into its conversation (op39 F1); words urgent on their own, of the
    // same danger, are filed apart, raised at once, and must reach the same holder.
    expect((await env.text('es al lado de la puerta trasera, cerca del muelle 2', { From: FROM }))[0]).toContain(code);
    const urgentDetails = 'dos compañeros siguen atrapados en la cocina, uno no respira';
    const reply = await env.text(urgentDetails, { From: FROM });
    expect(codeIn(reply[0])).not.toBe(code);
    const details = (env.queue.messages as { text: string; followsTopic?: string; escalate?: boolean }[]).find(
      (m) => m.text === urgentDetails,
    );
    expect(details).toMatchObject({ followsTopic: 'safety' });
  });
});
