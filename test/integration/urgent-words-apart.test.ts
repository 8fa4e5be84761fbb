import { describe, expect, it } from 'vitest';
import { form } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { useTestStack } from '../support/test-stack';

/*
 * Attack round 30 (F1), on the real stand-ins: an urgent report typed a word per line, as a phone's narrow box or a
 * frightened hand breaks it, reached nobody. "i\nwant\nto\ndie" by the JSON API, the same in the web form's box
 * (which a browser sends with CRLF), and "someone\nhas\na\ngun" by SMS each ended "analysed" with no email, while the
 * same words on one line escalated at once. Now each reaches its sponsor as "Urgent:".
 */
describe('an urgent report written a word at a time', () => {
  const stack = useTestStack();
  const CODE = /[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/;

  const urgentEmailWith = (to: string, words: string) =>
    waitFor(`an urgent email to ${to} holding "${words}"`, async () =>
      (await outbox(stack.urls.outbox)).find(
        (email) =>
          email.destination.to.includes(to) && /^Urgent:/.test(email.subject) && email.body.text?.includes(words),
      ),
    );

  it('Should escalate a report sent by the JSON API one word per line', async () => {
    const { status, caseCode } = await stack.submit({ text: 'the\nemergency\ndoor\nis\nchained', site: 'warehouse' });
    expect(status).toBe(201);
    await stack.waitForStatus(caseCode, 'escalated');
    await urgentEmailWith('coo@example.com', 'chained');
  });

  it('Should escalate a report typed in the web form one word per line (sent with CRLF) to the site sponsor', async () => {
    const response = await fetch(
      `${stack.urls.app}/feedback`,
      form({ text: 'the\r\ngas\r\nsmell\r\nby\r\nthe\r\nboilers\r\nis\r\nback', site: 'plant2' }),
    );
    expect(response.status).toBe(200);
    const caseCode = (await response.text()).match(CODE)?.[0];
    expect(caseCode).toBeDefined();
    await stack.waitForStatus(caseCode!, 'escalated');
    await urgentEmailWith('plant2-gm@example.com', 'boilers');
  });

  it('Should escalate a Spanish report broken by ellipses', async () => {
    const { caseCode } = await stack.submit({ text: 'ya... no... quiero... vivir', site: 'hq' });
    await stack.waitForStatus(caseCode, 'escalated');
  });
});
