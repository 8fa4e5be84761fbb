import { describe, expect, it } from 'vitest';
import { waitFor } from '../support/outbox';
import { useStackBehindRefusingSes } from '../support/refusing-ses-stack';

// Attack att42: with SES refusing both the CEO's address and the leadership list's, an urgent self-harm report
// with no site (the CEO's, as the default sponsor) was emailed to nobody; its employee's page said "being passed
// on" for good, and the operator had WARN lines. The CHRO and the COO, whose addresses worked, were never tried.
// Now, once every address of a case's ladder is refused for good, the sponsors past it are tried, one at a time,
// until one accepts: the case reaches someone, and its page says a senior leader has it. On the local stack, with
// aws-ses-v2-local behind a front that refuses addresses as SES does (`MessageRejected`; on AWS a suppressed
// address is refused the same way before sending: `RecipientsSuppressedError`). The words are not the attacker's.

const CEO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';
const COO = 'coo@example.com';
const CHRO = 'chro@example.com';

describe('an urgent report whose every usual reader’s address SES refuses', { timeout: 120_000 }, () => {
  const { stack, front, sent } = useStackBehindRefusingSes({ visibilityTimeoutSeconds: 1 });

  const emailsWith = async (to: string, words: string) =>
    (await sent()).filter((e) => e.destination.to.includes(to) && e.body.text?.includes(words));
  const page = async (code: string) =>
    (await fetch(`${stack.urls.app}/status/${code}?lang=en`, { headers: { accept: 'text/html' } })).text();
  const refusing = async (addresses: string[], run: () => Promise<void>) => {
    for (const a of addresses) front.refused.add(a);
    try {
      await run();
    } finally {
      for (const a of addresses) front.refused.delete(a);
    }
  };

  it('Should reach a sponsor past the refused ladder, saying the kind of danger and why it came to them', async () => {
    await refusing([CEO, LEADERSHIP], async () => {
      const words = 'mon collègue de nuit dit qu’il va mettre fin à ses jours ce soir, il a déjà donné ses affaires';
      const { caseCode } = await stack.submit({ text: words });
      const [email] = await waitFor('a sponsor past the ladder told', async () => {
        const found = await emailsWith(COO, 'mettre fin à ses jours');
        return found.length ? found : undefined;
      });
      expect(email!.subject).toMatch(/^Urgent: Risk of self-harm or suicide \(no site or topic given\)/);
      expect(email!.body.text).toContain('Nobody who would normally receive this could be emailed');
      expect(email!.body.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/ack\//);
      await stack.waitForStatus(caseCode, 'escalated');
      expect(await page(caseCode)).toContain('A senior leader has it');
      // The first who accepts has it: the next sponsor is not sent it too.
      expect(await emailsWith(CHRO, 'mettre fin à ses jours')).toEqual([]);
      // The link the COO was sent opens the case.
      const link = /http:\/\/127\.0\.0\.1:\d+\/ack\/\S+/.exec(email!.body.text ?? '')![0];
      const opened = await fetch(link);
      expect(opened.status).toBe(200);
      expect(await opened.text()).toContain('mettre fin à ses jours');
    });
  });

  it('Should go on to the next sponsor when the one past the ladder is refused too', async () => {
    await refusing([CEO, LEADERSHIP, COO], async () => {
      const { caseCode } = await stack.submit({
        text: 'my coworker on nights keeps saying he will end his life after this shift and gave away his tools',
      });
      await waitFor('the next sponsor told', async () => {
        const found = await emailsWith(CHRO, 'gave away his tools');
        return found.length ? found : undefined;
      });
      await stack.waitForStatus(caseCode, 'escalated');
    });
  });

  it('Should keep it waiting, being passed on, when every sponsor is refused, and send it once one is fixed', async () => {
    const words = 'a guy on my line said he is going to bring a gun tomorrow and shoot the supervisor';
    let code = '';
    await refusing([CEO, LEADERSHIP, COO, CHRO, 'plant2-gm@example.com'], async () => {
      const { caseCode } = await stack.submit({ text: words });
      code = caseCode;
      await stack.waitForStatus(caseCode, 'forwarding');
      await stack.sweep();
      expect((await stack.statusOf(caseCode)).body.status).toBe('forwarding');
      expect(await page(caseCode)).not.toContain('A senior leader has it');
    });
    expect(await emailsWith(COO, 'shoot the supervisor')).toEqual([]);
    // The operator fixed the sponsors' addresses (not yet the leadership list's): a sponsor is sent it, by the
    // escalate stage's retry or the next sweep, whichever comes first.
    front.refused.add(LEADERSHIP);
    try {
      await waitFor('a sponsor told once the addresses work', async () => {
        await stack.sweep();
        const found = (await sent()).filter((e) => e.body.text?.includes('shoot the supervisor'));
        return found.length ? found : undefined;
      });
      await stack.waitForStatus(code, 'escalated');
    } finally {
      front.refused.delete(LEADERSHIP);
    }
  });
});
