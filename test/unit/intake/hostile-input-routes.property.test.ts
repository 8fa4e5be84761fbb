import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { appWithFakes } from '../../support/fixtures';

/** An app with one escalated case, whose conversation takes answers. */
async function appWithEscalatedCase() {
  const fakes = appWithFakes();
  const { caseCode } = await submitFeedback(fakes.deps, {
    channel: 'web',
    text: 'The exit is blocked',
    escalate: true,
  });
  await fakes.store.advanceStatus([...fakes.store.cases.values()][0]!.caseKey, 'escalated');
  return { ...fakes, caseCode };
}

/** Every route that takes a body, with a case code of the right shape and tokens that are not. */
const ROUTES = [
  '/',
  '/receipt',
  '/feedback',
  '/feedback/preview',
  '/status/ABCDE-FGHJK/messages',
  '/status/{code}/messages',
  '/kiosk/feedback',
  '/ack/not-a-token',
  '/desk/not-a-token/case/1',
  '/nope',
] as const;

const CONTENT_TYPES = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'text/plain',
  'application/json; charset=latin1',
  'application/x-www-form-urlencoded; charset=utf-16',
  '',
);

const BODIES = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .dictionary(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'binary' }), { maxKeys: 6 })
    .map((fields) => new URLSearchParams(fields).toString()),
  fc.constantFrom('%', '%E0%A4%A', 'text=%FF%FE', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n', '{'),
  fc.uint8Array({ maxLength: 2000 }),
  // Shaped like what the routes take, with hostile values: these reach the use cases.
  fc
    .record({ text: fc.string({ unit: 'binary' }), site: fc.string(), rating: fc.anything(), escalate: fc.anything() })
    .map((v) => JSON.stringify(v)),
  fc
    .record({ text: fc.string({ unit: 'binary' }), site: fc.string(), lang: fc.string(), action: fc.string() })
    .map((fields) => new URLSearchParams(fields).toString()),
);

/**
 * Bad input gets a 4xx, on every route and whatever the body claims to be:
 * a 5xx would tell a client to retry what can never succeed, and would page
 * the operator for nothing.
 */
describe('every route that takes a body, under random and hostile bodies', () => {
  it('Should answer with a 2xx, 3xx or 4xx, never a 5xx', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        CONTENT_TYPES,
        BODIES,
        fc.constantFrom('application/json', 'text/html', '*/*'),
        fc.option(fc.string({ unit: 'binary', maxLength: 80 })),
        async (route, contentType, body, accept, idempotencyKey) => {
          const { app, caseCode } = await appWithEscalatedCase();
          const path = route.replace('{code}', caseCode);
          const headers: Record<string, string> = { accept };
          if (contentType) headers['content-type'] = contentType;
          // Only what a header can carry (the client would refuse the rest before sending).
          if (idempotencyKey !== null && /^[\t\x20-\x7e]*$/.test(idempotencyKey))
            headers['idempotency-key'] = idempotencyKey;
          const res = await app.request(path, { method: 'POST', headers, body });
          await res.arrayBuffer();
          expect(res.status, `${route} ${contentType}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
