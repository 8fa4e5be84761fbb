import { describe, expect, it } from 'vitest';
import * as CATALOGUES from '../../shared/i18n/catalogues';
import { useTestStack } from '../support/test-stack';

/*
 * Attack att33, F4: an urgent report's page read "Read and sorted by topic" (`analysed`) from the moment analysis
 * had read it until the escalation stage took it (a moment, or as long as that stage's backlog), then "Being passed
 * to a senior leader". Someone who reported a danger, reading "read and sorted", may think it was read and shelved.
 * On the real local stack, with the escalation stage held (a backlog, as long as it lasts), an urgent report (and
 * one only asked to be) now reads as being passed on from the moment analysis queued it, on the page in every
 * language and in the JSON; a calm one still ends "read and sorted".
 */

const SHOWN: Record<string, { passedOn: string; shelved: string }> = {
  en: { passedOn: 'Status: Being passed to a senior leader', shelved: 'Read and sorted by topic' },
  es: { passedOn: 'Estado: Enviándose a una persona de la dirección', shelved: 'Leído y clasificado por tema' },
  fr: { passedOn: 'État : en cours de transmission à la direction', shelved: 'lu et classé par sujet' },
};
// Every language the catalogue has is here.
it('Should check the status line in every language the employee pages speak', () => {
  expect(Object.keys(SHOWN).sort()).toEqual(Object.keys(CATALOGUES).sort());
});

describe('an urgent report’s status while the escalation stage has not yet taken it', () => {
  const stack = useTestStack();

  /** Every status the employee could read from sending until the analysis is done, and the one after. */
  async function statusesWhileHeld(body: Record<string, unknown>): Promise<{ code: string; seen: Set<string> }> {
    const { caseCode: code } = await stack.submit(body);
    const seen = new Set<string>();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const status = (await stack.statusOf(code)).body.status ?? '';
      seen.add(status);
      if (status !== 'received') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    // Analysis done (the one worker idle): what it reads now is what it reads for as long as the backlog lasts.
    await stack.analysisPoller.whenIdle();
    await new Promise((r) => setTimeout(r, 500));
    seen.add((await stack.statusOf(code)).body.status ?? '');
    return { code, seen };
  }

  /** The page's line that says where the case is now ("Status: …"); its list of steps shows those reached. */
  async function statusLineOf(code: string, lang: string): Promise<string> {
    const res = await fetch(`${stack.urls.app}/status/${code}?lang=${lang}`, { headers: { accept: 'text/html' } });
    return (await res.text()).match(/<p class="status">([^<]*)<\/p>/)?.[1] ?? '';
  }

  it('Should show a report urgent in its words, or only asked to be, as being passed on, never as read and sorted', {
    timeout: 120_000,
  }, async () => {
    await stack.escalatePoller.stop();
    try {
      const reports = [
        { text: 'The fire exit by the paint shop is chained shut again and nobody cares', site: 'plant2' },
        { text: 'La salida de emergencia junto al taller está bloqueada otra vez. Es muy peligroso.', site: 'plant2' },
        { text: "Il m'a menacé avec un couteau dans les vestiaires ce matin", site: 'plant2' },
        { text: 'The vending machine on the second floor keeps eating coins', site: 'plant2', escalate: true },
      ];
      const codes: string[] = [];
      for (const report of reports) {
        const { code, seen } = await statusesWhileHeld(report);
        expect(
          [...seen].filter((s) => s !== 'received'),
          report.text,
        ).toEqual(['forwarding']);
        codes.push(code);
      }
      for (const code of codes) {
        for (const [lang, shown] of Object.entries(SHOWN)) {
          expect(await statusLineOf(code, lang), `${lang} ${code}`).toBe(shown.passedOn);
        }
      }
      // A calm report is read and sorted, the escalation stage held or not.
      const calm = await statusesWhileHeld({ text: 'The new canteen menu is great', site: 'plant2' });
      expect([...calm.seen].filter((s) => s !== 'received')).toEqual(['analysed']);
      expect(await statusLineOf(calm.code, 'en')).toBe(`Status: ${SHOWN.en!.shelved}`);
    } finally {
      stack.escalatePoller.start();
    }
    // Once the stage takes it, the page goes on as before: a senior leader has it.
    await stack.waitForStatus(
      (await stack.submit({ text: 'The fire exit is chained shut', site: 'plant2' })).caseCode,
      'escalated',
      60_000,
    );
  });
});
