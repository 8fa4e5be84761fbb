import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import type { Escalation } from '../../../shared/domain/escalation';
import { escalationLink } from '../../../shared/domain/escalation-link';
import { openEscalation } from '../../../shared/use-cases/answer-escalation';
import { exampleConfig, fixedClock } from '../../support/fixtures';

// Issue 14: re-issuing a sponsor's desk key must shut out every link they were
// sent before, the case links in their escalation emails included: an old case
// link used to keep opening the case and lead, through "All your cases", to
// the new desk.
const KEY = 'k'.repeat(64);
const clock = fixedClock();

const escalation: Escalation = {
  id: 'case:1',
  reasons: ['urgent-topic'],
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: [],
  urgent: true,
  redactedText: 'The fire exit is blocked',
  sponsorId: 'plant2-gm',
  level: 0,
  raisedAt: '2026-11-18T15:00:00.000Z',
  slaDueAt: '2026-11-18T19:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [],
};

const withDeskKey = (config: Config, id: string, deskKey: string): Config => ({
  ...config,
  sponsors: config.sponsors.map((s) => (s.id === id ? { ...s, deskKey } : s)),
});

const open = (config: Config, link: string) => {
  const deps = {
    config,
    escalations: { get: async (id: string) => (id === escalation.id ? escalation : undefined) },
    cases: {},
    clock,
    linkSigningKey: KEY,
  } as unknown as Parameters<typeof openEscalation>[0];
  return openEscalation(deps, link.split('/ack/')[1]!);
};

describe("a case link after its holder's desk key is re-issued", () => {
  it('Should no longer open the case, saying the link was replaced', async () => {
    const before = escalationLink(exampleConfig, escalation, 'https://lp.example', clock.now(), KEY);
    await expect(open(exampleConfig, before)).resolves.toMatchObject({ id: 'case:1' });
    const reKeyed = withDeskKey(exampleConfig, 'plant2-gm', '2026-12');
    await expect(open(reKeyed, before)).rejects.toMatchObject({ reason: 'replaced' });
    // The next email, signed under the new key, opens it; and a second re-issue shuts that one out too.
    const after = escalationLink(reKeyed, escalation, 'https://lp.example', clock.now(), KEY);
    await expect(open(reKeyed, after)).resolves.toMatchObject({ id: 'case:1' });
    await expect(open(withDeskKey(exampleConfig, 'plant2-gm', '2027-01'), after)).rejects.toMatchObject({
      reason: 'replaced',
    });
  });

  it("Should keep working when another sponsor's key changes, and say 'moved' once the case changed hands", async () => {
    const link = escalationLink(exampleConfig, escalation, 'https://lp.example', clock.now(), KEY);
    await expect(open(withDeskKey(exampleConfig, 'coo', '2026-12'), link)).resolves.toMatchObject({ id: 'case:1' });
    const climbed = { ...escalation, level: 1 };
    const deps = {
      config: exampleConfig,
      escalations: { get: async () => climbed },
      cases: {},
      clock,
      linkSigningKey: KEY,
    } as unknown as Parameters<typeof openEscalation>[0];
    await expect(openEscalation(deps, link.split('/ack/')[1]!)).rejects.toMatchObject({ reason: 'moved' });
  });
});
