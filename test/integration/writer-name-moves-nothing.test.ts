import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { outbox, waitFor } from '../support/outbox';
import { useTestStack } from '../support/test-stack';

// Promise 2, operator-attacker finding: a report its writer signed with their own first name, which a sponsor
// shares, went around that sponsor, and the case kept `reroute.bypassed` (and the digest's sample `around`):
// whoever reads the table learned which sponsor the hidden [NAME] was, a name of whoever wrote it. On the real
// stand-ins (dynalite, the queues and both consumers, the outbox), every byte of the table is read.

describe('a report whose writer signs with a sponsor’s first name', () => {
  const stack = useTestStack();

  it('Should reach the sponsor it would reach anyway, hide the name, and store no route around anyone', async () => {
    // Plant 2 safety is Lee Marsh's (Plant 2 GM); harassment is Sam Okafor's (CHRO).
    const signed = [
      { text: 'The fire door by the paint shop is chained shut every night.\n- Lee', site: 'plant2', topic: 'safety' },
      { text: 'The new lead keeps touching people on the line and laughing about it.\nThanks, sam', site: 'hq' },
    ];
    for (const body of signed) {
      const { caseCode } = await stack.submit(body);
      await stack.waitForStatus(caseCode, 'escalated');
    }
    const sent = await waitFor('both escalation emails', async () => {
      const found = (await outbox(stack.urls.outbox)).filter((e) => /please acknowledge/.test(e.subject));
      return found.length >= 2 ? found : undefined;
    });
    const about = (words: RegExp) => sent.find((e) => words.test(e.body.text ?? ''));
    expect(about(/fire door/)?.destination.to).toEqual(['plant2-gm@example.com']);
    expect(about(/touching people/)?.destination.to).toEqual(['chro@example.com']);
    for (const e of sent) expect(e.body.text).not.toMatch(/\bLee\b|\bsam\b/);

    const items =
      (
        await localDocuments(stack.urls.dynamodb).send(
          new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }),
        )
      ).Items ?? [];
    const stored = JSON.stringify(items);
    expect(stored).toContain('[NAME]');
    expect(stored).not.toMatch(/bypassed|"around"|"reroute"/);
    expect(stored).not.toMatch(/- Lee|Thanks, sam/);
  });
});
