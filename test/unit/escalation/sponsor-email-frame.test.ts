import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { everySponsorEmail } from '../../support/sponsor-email-samples';
import before from './sponsor-emails-before.json';

// The three sponsor emails' shared markup moved into one frame (`shared/email/email-frame.ts`); a fingerprint
// of each email (subject, text and HTML) was saved before the move, and no email may have changed a byte. When an
// email's words change on purpose, the failing test prints the new fingerprints: save them with that change.
const fingerprint = (email: unknown) => createHash('sha256').update(JSON.stringify(email)).digest('hex').slice(0, 16);

describe('the sponsor emails after their markup moved into one frame', () => {
  it('Should be byte for byte the emails sent before, in every language and case', async () => {
    const now = Object.fromEntries(
      Object.entries(await everySponsorEmail()).map(([name, email]) => [name, fingerprint(email)]),
    );
    expect(now).toEqual(before);
  });
});

describe('the email to a new holder of a case already acknowledged', () => {
  it('Should ask them to open the case, never to acknowledge or answer it, in every language', async () => {
    const emails = Object.entries(await everySponsorEmail());
    const seen = emails.filter(([name]) => /acknowledged|responded/.test(name) && name.startsWith('escalation'));
    expect(seen.length).toBeGreaterThan(0);
    for (const [name, email] of seen) {
      const words = JSON.stringify(email);
      expect(words, name).not.toMatch(/Acknowledge and answer|Confirmar y responder|Accuser réception et répondre/);
      expect(words, name).not.toMatch(/for you to act on|requiere su atención|qui vous attend/);
      expect(words, name).toMatch(/Open the case|Abrir el caso|Ouvrir le dossier/);
    }
  });
});
