import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { everySponsorEmail } from '../../support/sponsor-email-samples';
import before from './sponsor-emails-before.json';

// The three sponsor emails' shared markup moved into one frame (`shared/email/email-frame.ts`); a fingerprint
// of each email (subject, text and HTML) was saved before the move, and no email may have changed a byte.
const fingerprint = (email: unknown) => createHash('sha256').update(JSON.stringify(email)).digest('hex').slice(0, 16);

describe('the sponsor emails after their markup moved into one frame', () => {
  it('Should be byte for byte the emails sent before, in every language and case', async () => {
    const now = Object.fromEntries(
      Object.entries(await everySponsorEmail()).map(([name, email]) => [name, fingerprint(email)]),
    );
    expect(now).toEqual(before);
  });
});
