import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { digestSchema } from '../../../shared/digest/model';
import { renderDigestText } from '../../../shared/digest/render-text';
import { seededDigestInput } from '../../support/digest-fixtures';
import { exampleConfig } from '../../support/fixtures';

/**
 * Golden tests on the seeded week (test/support/digest-fixtures.ts): the
 * plain-text part, compared with the checked-in files beside this test.
 * After an intended change, review the difference and run
 * `npx vitest run --project unit test/unit/digest/golden -u`.
 */
describe('the digest of the seeded week 2026-W47', () => {
  const input = seededDigestInput();
  const leadership = buildDigest(exampleConfig, input);
  const link = 'https://feedback.example.com/digest/2026-W47?t=SIGNED.LINK';

  it('Should read as the checked-in leadership digest', async () => {
    await expect(renderDigestText(leadership, { webView: link })).toMatchFileSnapshot(
      './golden/2026-W47.leadership.txt',
    );
  });

  it("Should read as the checked-in variant for the Plant 2 sponsor, limited to Plant 2 and the sponsor's topics", async () => {
    const sponsor = exampleConfig.sponsors.find((s) => s.id === 'plant2-gm')!;
    await expect(renderDigestText(buildDigest(exampleConfig, input, sponsor), { webView: link })).toMatchFileSnapshot(
      './golden/2026-W47.plant2-gm.txt',
    );
  });

  it('Should fold the quiet warehouse into "other" with the next smallest site, and say that no figure below k is shown', () => {
    expect(leadership.sites.rows.map((r) => r.id)).toEqual(['plant2', 'hq']);
    expect(leadership.sites.other?.count).toBeGreaterThanOrEqual(5);
    expect(renderDigestText(leadership)).toContain('No group of fewer than 5 submissions is shown on its own');
  });

  it('Should survive the archive: the JSON parses back to the same digest', () => {
    expect(digestSchema.parse(JSON.parse(JSON.stringify(leadership)))).toEqual(JSON.parse(JSON.stringify(leadership)));
  });

  it('Should build the same digest from the same input', () => {
    expect(buildDigest(exampleConfig, seededDigestInput())).toEqual(leadership);
  });
});
