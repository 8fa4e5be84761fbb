import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { writeEmergencyConfig } from '../support/emergency-config';
import { englishIn } from '../support/english-leaks';
import { startTestStack, tempDataDir } from '../support/local-stack';

// Reported: the JSON API's and the kiosk's refusals (busy, invalid, too long, a reused key) were
// English while the web form and SMS answered in the employee's language. Every message a person
// reads follows `Accept-Language`, and at a kiosk, the kiosk's own language when the request names
// none; the codes and field paths programs read stay the same. A report refused as not saved says so,
// and whom to call, in each language.

const CALM = 'The vending machine on floor 3 is out of coffee again';
/** What a JSON refusal rightly shows as given, in any language: nothing of the installation's names here. */
const AS_GIVEN: string[] = [];

interface Refusal {
  error: { code: string; message: string; issues: { path: string; message: string }[]; emergency?: string };
}

describe('refusals from the JSON API and the kiosk, in the language of whoever reads them', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let kioskToken: string;

  beforeAll(async () => {
    // The example installation with Plant 2's own emergency number, 112.
    const configPath = writeEmergencyConfig(dataDir.path, 'languages.config.json');
    stack = await startTestStack({
      dataDir: dataDir.path,
      configPath,
      logger: new Logger({ serviceName: 'refusal-languages', logLevel: 'SILENT' }),
      // Barely refilled: the API takes the tests' first requests, then is busy; a kiosk, its first.
      rateLimits: { api: { perSecond: 0.001, burst: 12 }, kiosk: { perSecond: 0.001, burst: 1 } },
    });
    const kiosks = new DynamoDbKioskRegistry(localDocuments(stack.urls.dynamodb), stack.tableName, systemClock);
    kioskToken = (
      await enrolKiosk(
        { kiosks, config: stack.config, clock: systemClock },
        { site: 'plant2', name: 'Atelier', language: 'fr' },
      )
    ).token;
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const api = async (body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${stack.urls.app}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Refusal };
  };
  const kiosk = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${stack.urls.app}/kiosk/feedback`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${kioskToken}`,
        ...headers,
      },
      body: JSON.stringify({ rating: 2, key: randomUUID(), ...body }),
    });
    return { status: res.status, body: (await res.json()) as Refusal };
  };
  const wordsOf = ({ error }: Refusal) => [error.message, ...error.issues.map((i) => i.message)].join(' ');

  const READERS: [string, Language][] = [
    ['es-MX,es;q=0.9,en;q=0.5', 'es'],
    ['fr-CA,fr;q=0.9', 'fr'],
  ];

  it.each(READERS)(
    'Should word invalid, too long and reused-key refusals for %s in its language, codes unchanged',
    async (header, language) => {
      const asked = { 'accept-language': header };
      const invalid = await api({ text: 'Hello', site: 'nowhere' }, asked);
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.code).toBe('invalid_input');
      expect(invalid.body.error.issues).toEqual([
        { path: 'site', message: translate(language, 'web.form.error.site') },
      ]);

      const tooLong = await api({ text: 'a'.repeat(MAX_TEXT_CHARACTERS + 1) }, asked);
      expect(tooLong.status).toBe(413);
      expect(tooLong.body.error.code).toBe('too_large');
      expect(tooLong.body.error.message).toContain(translate(language, 'web.error.tooLarge'));
      expect(tooLong.body.error.issues).toEqual([
        { path: 'text', message: translate(language, 'web.form.error.tooLong', { max: MAX_TEXT_CHARACTERS }) },
      ]);

      const key = randomUUID();
      expect(
        (await api({ text: 'The lockers in hall B are broken' }, { ...asked, 'idempotency-key': key })).status,
      ).toBe(201);
      const reused = await api({ text: 'Other words entirely' }, { ...asked, 'idempotency-key': key });
      expect(reused.status).toBe(409);
      expect(reused.body.error.code).toBe('idempotency_key_reused');
      expect(reused.body.error.message).toContain(translate(language, 'web.error.reused'));
      expect(reused.body.error.issues.map((i) => i.path)).toEqual(['Idempotency-Key']);

      for (const refusal of [invalid, tooLong, reused]) expect(englishIn(wordsOf(refusal.body), AS_GIVEN)).toEqual([]);
    },
  );

  it('Should tell a busy API, in Spanish and in French, that the report was NOT saved and whom to call', async () => {
    let busy = await api({ text: CALM, site: 'plant2' }, { 'accept-language': 'es' });
    // The budget's last requests are taken; the refusals follow.
    while (busy.status === 201) busy = await api({ text: CALM, site: 'plant2' }, { 'accept-language': 'es' });
    expect(busy.status).toBe(429);
    expect(busy.body.error.code).toBe('too_many_requests');
    const spanishHelp = translate('es', 'emergency.callNumber', { number: '112' });
    expect(busy.body.error.message).toBe(`${translate('es', 'sms.busy')} ${spanishHelp}`);
    expect(busy.body.error.message).toMatch(/no se guardó/);
    expect(busy.body.error.emergency).toBe(spanishHelp);

    const french = await api({ text: CALM }, { 'accept-language': 'fr-FR' });
    expect(french.status).toBe(429);
    const frenchHelp = translate('fr', 'emergency.callNumber', { number: '911' });
    expect(french.body.error.message).toBe(`${translate('fr', 'sms.busy')} ${frenchHelp}`);
    expect(french.body.error.message).toMatch(/n’a pas été enregistré/);
    expect(french.body.error.emergency).toBe(frenchHelp);
    for (const refusal of [busy, french]) expect(englishIn(wordsOf(refusal.body), AS_GIVEN)).toEqual([]);
  });

  it('Should word a French kiosk’s refusals in French when the request names no language, and follow one that does', async () => {
    const invalid = await kiosk({ rating: 9 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid_input');
    expect(englishIn(wordsOf(invalid.body), AS_GIVEN)).toEqual([]);
    expect(invalid.body.error.message).toContain(translate('fr', 'web.error.unreadable'));

    // The kiosk's one request is spent: every report now is refused as not saved, with Plant 2's number.
    const french = await kiosk({ text: CALM });
    expect(french.status).toBe(429);
    const frenchHelp = translate('fr', 'emergency.callNumber', { number: '112' });
    expect(french.body.error.message).toBe(`${translate('fr', 'sms.busy')} ${frenchHelp}`);
    expect(french.body.error.emergency).toBe(frenchHelp);

    // The tablet asks in the language on screen: a person who switched to Spanish reads Spanish.
    const spanish = await kiosk({ text: CALM }, { 'accept-language': 'es' });
    const spanishHelp = translate('es', 'emergency.callNumber', { number: '112' });
    expect(spanish.body.error.message).toBe(`${translate('es', 'sms.busy')} ${spanishHelp}`);
    expect(spanish.body.error.emergency).toBe(spanishHelp);
    expect(spanish.body.error.code).toBe(french.body.error.code);

    // A request that names a language the installation does not speak falls back to the kiosk's, not its default.
    const german = await kiosk({ text: CALM }, { 'accept-language': 'de-DE' });
    expect(german.body.error.emergency).toBe(frenchHelp);
  });
});
