import { expect } from 'vitest';
import type { Budget } from '../../../functions/intake/middleware/rate-limit';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/schema';
import { signLink } from '../../../shared/domain/signed-link';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { appWithFakes, CASE_CODE_PATTERN, exampleConfig, fixedClock, form, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import { raisedEscalation } from '../../support/raised-escalation';
import { codeIn, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../../support/sms';

// The intake with tiny budgets that the channel-budget tests share.
const LINK_KEY = 'k'.repeat(64);
const ESCALATION = raisedEscalation({ site: 'plant2' });
const escalations = {
  get: async (id: string) => (id === ESCALATION.id ? structuredClone(ESCALATION) : undefined),
} as Pick<EscalationStore, 'get'>;

/**
 * The intake with every channel wired to fakes and every budget tiny (and
 * practically never refilling), so that one request more than `burst`
 * exhausts a channel.
 */
export async function intake(burst = 2, unverifiedTokens: Budget = { perSecond: 0.0001, burst }) {
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const kiosks = new InMemoryKioskRegistry(() => clock.now());
  const budget: Budget = { perSecond: 0.0001, burst };
  const rateLimits = {
    ...(Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, budget])) as Record<IntakeChannel, Budget>),
    unverifiedTokens,
  };
  const fakes = appWithFakes({
    clock,
    rateLimits,
    kiosk: { kiosks },
    sms: smsChannel(clock),
    escalations: { store: escalations as EscalationStore, linkSigningKey: LINK_KEY },
  });
  const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Break room' });
  // A case to look up, made without going through any channel.
  const { caseCode } = await submitFeedback(fakes.deps, {
    channel: 'web',
    text: 'The fridge is broken',
    escalate: false,
  });
  // Passed to a sponsor, so its employee may answer in its conversation.
  for (const record of fakes.store.cases.values()) await fakes.store.advanceStatus(record.caseKey, 'escalated');
  const link = signLink({ subject: ESCALATION.id, expiresAt: Date.parse('2026-12-01T00:00:00Z') / 1000 }, LINK_KEY);
  let n = 0;
  /** One legitimate request on a channel, as its real client sends it. */
  const legit: Record<IntakeChannel, () => Response | Promise<Response>> = {
    web: () =>
      fakes.app.request('/feedback', form({ text: `The canteen queue is too long ${(n += 1)}`, site: 'plant2' })),
    api: () => fakes.app.request('/feedback', json({ text: `The canteen queue is too long ${(n += 1)}` })),
    kiosk: () =>
      fakes.app.request(
        '/kiosk/feedback',
        json({ rating: 4, key: `key-${(n += 1)}-xxxxxxxx` }, { authorization: `Bearer ${token}` }),
      ),
    sms: () =>
      fakes.app.request(
        '/sms/twilio',
        signedTwilioRequest(twilioFields({ From: `+1555734${String((n += 1)).padStart(4, '0')}` })),
      ),
    status: () => fakes.app.request(`/status/${caseCode}`, { headers: { accept: 'application/json' } }),
    answers: () => fakes.app.request(`/status/${caseCode}/messages`, json({ text: `Still blocked ${(n += 1)}` })),
    links: () => fakes.app.request(`/ack/${link}`, { headers: { accept: 'text/html' } }),
    preview: () => fakes.app.request('/feedback/preview', json({ text: 'Gregory says the canteen queue is too long' })),
  };
  return { ...fakes, legit, kiosks, token };
}

/** What each channel's client sees when its request is taken. */
export async function expectServed(channel: IntakeChannel, res: Response) {
  if (channel === 'sms') {
    expect(res.status).toBe(200);
    expect(codeIn((await repliesOf(res))[0])).toMatch(CASE_CODE_PATTERN);
    return;
  }
  const expected: Record<Exclude<IntakeChannel, 'sms'>, number[]> = {
    web: [200],
    api: [201],
    kiosk: [201],
    status: [200],
    answers: [201],
    links: [200],
    preview: [200],
  };
  expect(expected[channel], `${channel} answered ${res.status}`).toContain(res.status);
}
