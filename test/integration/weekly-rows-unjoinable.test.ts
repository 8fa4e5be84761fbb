import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { useTestStack } from '../support/test-stack';

/**
 * An operator holding the table (and every secret) reads the digest each
 * weekly count keeps of each report in it. Were they a plain digest of something the case keeps, they
 * would recompute it for every case and join each weekly row to its case.
 */
describe('weekly counts an operator cannot join to a case', () => {
  const stack = useTestStack();

  it('Should count each report once under an id that nothing the case keeps leads to', async () => {
    const first = await stack.submit({ text: 'The canteen queue is far too long at noon', site: 'warehouse' });
    const second = await stack.submit({ text: 'Parking is fine, thanks', site: 'hq' });
    await stack.waitForStatus(first.caseCode, 'analysed');
    await stack.waitForStatus(second.caseCode, 'analysed');
    const { Items = [] } = await localDocuments(stack.urls.dynamodb).send(
      new ScanCommand({ TableName: stack.tableName }),
    );
    // Each report's marker that it was counted: the digest its key ends with (and earlier versions' `…#~<digest>`).
    const contributors = Items.filter((item) => String(item.pk).startsWith('WEEK#')).flatMap(
      (item) =>
        String(item.sk)
          .match(/(?:#~|^COUNTED#)([0-9a-f]+)$/)
          ?.slice(1) ?? [],
    );
    expect(contributors.length).toBeGreaterThanOrEqual(2);
    // Never the same twice, so nothing kept under one report's digest can be put together with another item.
    expect(new Set(contributors).size).toBe(contributors.length);
    // And no counter keeps which reports it counted.
    expect(Items.filter((item) => 'counting' in item || 'contributors' in item)).toEqual([]);
    const cases = Items.filter((item) => String(item.pk).startsWith('CASE#'));
    expect(cases.length).toBeGreaterThanOrEqual(2);
    // Every value a case item holds, and the case's key itself, digested as the counters once did.
    const digests = cases.flatMap((item) =>
      Object.values(item)
        .filter((v): v is string => typeof v === 'string')
        .flatMap((v) => [v, v.replace(/^CASE#/, '')])
        .map((v) => createHash('sha256').update(v).digest('hex').slice(0, 16)),
    );
    for (const digest of digests) expect(contributors.filter((c) => c.startsWith(digest))).toEqual([]);
  });
});
