import { describe, expect, it } from 'vitest';
import { everySponsorEmail } from '../../support/sponsor-email-samples';

/*
 * A sponsor reads the email, not the README: the links alone left holders asking how to pass on a case that was
 * not theirs, or how to close one once it was dealt with. Every email that opens a case for its holder says, in
 * words and in their language, each step they can take there, beside the links that take it.
 */
const STEPS = {
  en: { handOver: /hand it over/, close: /close it/, desk: /case desk/ },
  es: { handOver: /traspáselo|traspasarlo/, close: /ciérrelo|cerrarlo/, desk: /mesa de casos|su mesa/ },
  fr: { handOver: /transmettez-le|le transmettre/, close: /clôturez-le|le clore/, desk: /bureau/ },
} as const;

const languageOf = (name: string) => name.split(' ')[1] as keyof typeof STEPS;

describe('what a sponsor email says its holder can do', () => {
  it('Should name acknowledging, answering, handing over and closing in a new case’s email, with both links', async () => {
    const emails = Object.entries(await everySponsorEmail()).filter(
      ([name]) => name.startsWith('escalation') && name.endsWith(' raised new') && !name.includes('leadership'),
    );
    expect(emails.length).toBe(6);
    for (const [name, email] of emails) {
      const steps = STEPS[languageOf(name)];
      for (const body of [email.text, email.html]) {
        expect(body, name).toMatch(steps.handOver);
        expect(body, name).toMatch(steps.close);
        expect(body, name).toMatch(steps.desk);
        expect(body, name).toMatch(
          /acknowledge it and write to the employee|confirmarlo y escribir|accuser réception et écrire/,
        );
        expect(body, name).toContain('https://feedback.example.com/ack/token');
        expect(body, name).toContain('https://feedback.example.com/desk/desk-token');
      }
    }
  });

  it('Should say how to hand over or close in every email that opens a case or the desk for its holder', async () => {
    const emails = Object.entries(await everySponsorEmail()).filter(
      ([name, email]) =>
        !name.includes('no-desk') &&
        /https:\/\/feedback\.example\.com\/(ack|desk)\//.test(email.text) &&
        !name.startsWith('close-notice'),
    );
    expect(emails.length).toBeGreaterThan(40);
    for (const [name, email] of emails) {
      const steps = STEPS[languageOf(name)];
      expect(email.text, name).toMatch(steps.handOver);
      expect(email.text, name).toMatch(steps.close);
    }
  });

  it('Should not offer steps on a case whose link it leaves out, as when it has moved on to someone else', async () => {
    const emails = Object.entries(await everySponsorEmail()).filter(
      ([name, email]) => name.startsWith('conversation') && !/feedback\.example\.com\/ack\//.test(email.text),
    );
    expect(emails.length).toBeGreaterThan(0);
    for (const [name, email] of emails) expect(email.text, name).not.toMatch(STEPS[languageOf(name)].handOver);
  });
});
