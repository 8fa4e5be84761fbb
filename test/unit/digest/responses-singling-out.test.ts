import { describe, expect, it } from 'vitest';
import type { Digest } from '../../../shared/digest/model';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { escalation, GOLDEN_WEEK, seededDigestInput } from '../../support/digest-fixtures';
import { inMemoryDigestDeps } from '../../support/golden-digest-deps';

/*
 * op43 F0b (2026-12-07): "You said, we did" printed a sponsor's published response as written to the whole
 * leadership list, and one thanked "the only electrician on nights at HQ, the tall guy with the neck tattoo, who
 * flagged this": the reporter, named by what singles them out. Such a response is never printed, in any digest;
 * the others of the week are, as before.
 */

const POINTING = [
  'Thanks to the only electrician on nights at HQ, the tall guy with the neck tattoo, who flagged this: the panel is replaced.',
  'Gracias a la única soldadora del turno de noche, que nos avisó: la campana de humos ya funciona.',
];

const answered = (d: Digest | undefined) => d!.escalations.responses.map((r) => r.response);

describe('the digest never prints a response whose words point to one person', () => {
  it('Should leave it out of every digest and print the week’s other responses', async () => {
    const input = seededDigestInput();
    const before = input.escalations.responded.map((e) => e.response).filter(Boolean);
    input.escalations.responded = [
      ...input.escalations.responded,
      ...POINTING.map((response, at) =>
        escalation({
          id: `case:pointing-${at}`,
          sponsorId: 'coo',
          site: 'hq',
          topics: ['safety'],
          raisedAt: '2026-11-16T13:00:00.000Z',
          acknowledgedAt: '2026-11-16T14:00:00.000Z',
          status: 'responded',
          respondedAt: '2026-11-18T10:15:00.000Z',
          response,
        }),
      ),
    ];
    const deps = inMemoryDigestDeps(input);
    await publishDigest(deps, { week: GOLDEN_WEEK });
    const digests = [...deps.archive.files.values()];
    expect(digests.length).toBeGreaterThan(1);
    for (const digest of digests) for (const text of POINTING) expect(answered(digest)).not.toContain(text);
    const leadership = deps.archive.files.get(`${GOLDEN_WEEK}.json`);
    expect([...answered(leadership)].sort()).toEqual([...before].sort());
    for (const email of deps.mailer.sent)
      for (const text of POINTING) expect(email.text).not.toContain(text.slice(0, 40));
  });
});
