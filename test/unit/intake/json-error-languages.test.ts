import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { englishIn } from '../../support/english-leaks';
import { appWithFakes, exampleConfig } from '../../support/fixtures';

/** What a JSON refusal rightly shows as given: the installation's own name. */
const AS_GIVEN = [exampleConfig.programName, exampleConfig.organisation];

interface JsonError {
  error: { code: string; message: string; issues: { path: string; message: string }[] };
}

/** An app with one case passed to a sponsor (whose conversation takes answers) and one that was not. */
async function appWithCases() {
  const fakes = appWithFakes();
  fakes.app.get('/boom', () => {
    throw new TypeError('Cannot read properties of undefined');
  });
  const escalated = await submitFeedback(fakes.deps, { channel: 'web', text: 'The exit is blocked', escalate: true });
  await fakes.store.advanceStatus([...fakes.store.cases.values()][0]!.caseKey, 'escalated');
  const ordinary = await submitFeedback(fakes.deps, { channel: 'web', text: 'The canteen is fine', escalate: false });
  return { ...fakes, escalated: escalated.caseCode, ordinary: ordinary.caseCode };
}

type Request = { path: string; method?: string; body?: string; headers?: Record<string, string> };

/** Refusals a JSON client can meet, one of each kind. */
const REFUSALS = (codes: { escalated: string; ordinary: string }): [string, Request][] => [
  ['empty text', { path: '/feedback', body: JSON.stringify({ text: '   ' }) }],
  ['text too long', { path: '/feedback', body: JSON.stringify({ text: 'a'.repeat(1700) }) }],
  ['an unknown site and topic', { path: '/feedback', body: JSON.stringify({ text: 'Hi', site: 'x', topic: 'y' }) }],
  ['a body that is not JSON', { path: '/feedback', body: '{"text":' }],
  ['a body of the wrong type', { path: '/feedback', body: 'text', headers: { 'content-type': 'text/plain' } }],
  ['a short Idempotency-Key', { path: '/feedback', body: '{"text":"Hi"}', headers: { 'idempotency-key': 'abc' } }],
  ['an unknown case', { path: '/status/ABCDE-FGHJK', method: 'GET' }],
  ['a case with no conversation', { path: `/status/${codes.ordinary}/messages`, body: '{"text":"Hello"}' }],
  ['an empty answer', { path: `/status/${codes.escalated}/messages`, body: '{"text":""}' }],
  ['a kiosk without a token', { path: '/kiosk/feedback', body: '{"rating":3}' }],
  ['a forged sponsor link', { path: '/ack/not-a-token', method: 'GET' }],
  ['a path that does not exist', { path: '/nope', method: 'GET' }],
  ['a fault on our side', { path: '/boom', method: 'GET' }],
];

async function ask(app: ReturnType<typeof appWithFakes>['app'], request: Request, language: Record<string, string>) {
  const res = await app.request(request.path, {
    method: request.method ?? 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...request.headers, ...language },
    body: request.method === 'GET' ? undefined : request.body,
  });
  return { status: res.status, body: (await res.json()) as JsonError };
}

const wordsOf = ({ error }: JsonError) => [error.message, ...error.issues.map((i) => i.message)].join(' ');

describe('JSON refusals in the language of the request', () => {
  it.each([
    ['Spanish, from Accept-Language', { 'accept-language': 'es-MX,es;q=0.9' }],
    ['French, from Accept-Language', { 'accept-language': 'fr-CA' }],
    ['Spanish, from ?lang=es over an English browser', { 'accept-language': 'en-US' }, '?lang=es'],
  ] as [string, Record<string, string>, string?][])(
    'Should say what is wrong in %s, with the same code, status and fields as in English',
    async (_, language, query = '') => {
      const { app, escalated, ordinary } = await appWithCases();
      for (const [what, request] of REFUSALS({ escalated, ordinary })) {
        const english = await ask(app, request, { 'accept-language': 'en' });
        const asked = await ask(app, { ...request, path: `${request.path}${query}` }, language);
        expect(asked.status, what).toBe(english.status);
        expect(asked.body.error.code, what).toBe(english.body.error.code);
        expect(
          asked.body.error.issues.map((i) => i.path),
          what,
        ).toEqual(english.body.error.issues.map((i) => i.path));
        expect(asked.body.error.message.length, what).toBeGreaterThan(10);
        expect(englishIn(wordsOf(asked.body), AS_GIVEN), what).toEqual([]);
        expect(asked.body.error.message, what).not.toBe(english.body.error.message);
      }
    },
  );

  // A site not listed was refused in Spanish as "No pudimos leer parte de lo enviado. Vuelva al formulario…":
  // all of it was read, and a program's user has no form to go back to. The message says what to change.
  it.each([
    ['es', 'Elija dónde trabaja en la lista', 'Su mensaje NO se ha guardado.'],
    ['fr', 'Choisissez votre lieu de travail dans la liste', 'Votre message n’a PAS été enregistré.'],
  ])(
    'Should say in %s which value to change, not that part of it could not be read',
    async (lang, change, notSaved) => {
      const { app, escalated, ordinary } = await appWithCases();
      const [, unknownSite] = REFUSALS({ escalated, ordinary })[2]!;
      const { status, body } = await ask(app, { ...unknownSite, path: `/feedback?lang=${lang}` }, {});
      expect(status).toBe(400);
      expect(body.error.message).toContain(change);
      expect(body.error.message).toContain(notSaved);
      expect(body.error.message).not.toMatch(/No pudimos leer|illisible/);
    },
  );

  it('Should keep the English messages that name the field and the limit for English clients', async () => {
    const { app, escalated, ordinary } = await appWithCases();
    const [, tooLong] = REFUSALS({ escalated, ordinary })[1]!;
    const { status, body } = await ask(app, tooLong, { 'accept-language': 'en' });
    expect(status).toBe(413);
    expect(body.error).toMatchObject({
      code: 'too_large',
      // The refusal's own words first; then, for a report, that it was not saved and where help comes at once.
      message: expect.stringMatching(/^text must be at most 1,600 characters\. Your report was NOT saved\. If you/),
      emergency: expect.stringMatching(/danger/),
    });
  });

  it('Should answer random hostile bodies in Spanish or French with a 4xx and no English, never a 5xx', {
    timeout: 120_000,
  }, async () => {
    const { app, escalated } = await appWithCases();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/feedback', '/feedback/preview', `/status/${escalated}/messages`, '/kiosk/feedback', '/nope'),
        fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', ''),
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
          fc
            .record({ text: fc.string({ unit: 'binary' }), site: fc.string(), escalate: fc.anything() })
            .map((v) => JSON.stringify(v)),
        ),
        fc.constantFrom('es', 'fr', 'fr-FR,fr;q=0.8,en;q=0.2', 'es-419'),
        async (path, contentType, body, acceptLanguage) => {
          const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
          if (contentType) headers['content-type'] = contentType;
          const res = await app.request(path, { method: 'POST', headers, body });
          expect(res.status).toBeLessThan(500);
          // A form is answered with the form again (HTML, in the language), whatever it accepts.
          if (res.status < 400 || !res.headers.get('content-type')?.includes('application/json')) return;
          const answer = (await res.json()) as JsonError;
          expect(answer.error.code).toMatch(/^[a-z_]+$/);
          expect(englishIn(wordsOf(answer), AS_GIVEN)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
