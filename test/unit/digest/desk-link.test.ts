import { describe, expect, it } from 'vitest';
import { openDeskLink } from '../../../shared/domain/case-desk';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { GOLDEN_WEEK } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';
import { DIGEST_LINK_KEY, goldenDigestDeps } from '../../support/golden-digest-deps';

/** Issue 14, item 2: each sponsor's digest carries the link to their case desk. */
describe("the sponsor's digest and their case desk", () => {
  it('Should give each sponsor, and only a sponsor, a link to their own desk', async () => {
    const deps = goldenDigestDeps();
    await publishDigest(deps, { week: GOLDEN_WEEK });
    const [leadership, ...sponsors] = deps.mailer.sent;
    expect(leadership!.text).not.toContain('/desk/');
    expect(leadership!.html).not.toContain('/desk/');
    for (const email of sponsors) {
      const link = email.text!.match(/https:\/\/feedback\.example\.com\/desk\/([\w.-]+)/);
      expect(link, email.to[0]).not.toBeNull();
      expect(email.html).toContain(`/desk/${link![1]}`);
      const opened = openDeskLink(exampleConfig, link![1]!, DIGEST_LINK_KEY, new Date('2026-11-24T00:00:00Z'));
      expect(opened.ok && opened.sponsor.email).toBe(email.to[0]);
    }
  });
});
