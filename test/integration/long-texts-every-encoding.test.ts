import { Logger } from '@aws-lambda-powertools/logger';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { INTAKE_CHANNELS } from '../../shared/config/schema';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { signedTwilioRequest, twilioFields } from '../support/sms';
import {
  type Encoding,
  ENCODINGS,
  encodeBody,
  longestOf,
  spell,
  textWithinLimit,
  withinLimit,
} from '../support/text-encodings';

/**
 * Issue 12: a text within the documented limit (1,600 characters, 4,900
 * bytes, counted as the intake counts them) is taken on every channel however
 * it is encoded; one over it gets a clear 413, in the page's language for a
 * browser, never a 5xx. On the local stack, over real HTTP.
 */
describe('long texts in every script and encoding, on the local stack', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  // A kiosk may send kioskPerMinute submissions a minute: enough tablets that these tests never meet that limit.
  let kioskTokens: string[] = [];
  let twilioToken: string;
  let senders = 0;
  let kioskSent = 0;

  beforeAll(async () => {
    const roomy = { perSecond: 1000, burst: 1000 };
    stack = await startTestStack({
      dataDir: dataDir.path,
      logger: new Logger({ serviceName: 'long-texts', logLevel: 'SILENT' }),
      rateLimits: Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, roomy])),
    });
    const documents = localDocuments(stack.urls.dynamodb);
    const kiosks = new DynamoDbKioskRegistry(documents, stack.tableName, systemClock);
    for (let i = 0; i < 8; i++)
      kioskTokens.push(
        (
          await enrolKiosk(
            { kiosks, config: stack.config, clock: systemClock },
            { site: 'plant2', name: `Tablet ${i}` },
          )
        ).token,
      );
    twilioToken = loadLocalSecrets(dataDir.path, {}).TWILIO_AUTH_TOKEN;
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const post = (path: string, encoding: Encoding, fields: Record<string, string | boolean | number>, headers = {}) => {
    const { contentType, body } = encodeBody(encoding, fields);
    return fetch(`${stack.urls.app}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body,
    });
  };

  /** Each channel that takes an employee's text, sending `text` in `encoding` (the ones it speaks). */
  const channels: Record<string, (text: string, encoding: Encoding) => Promise<Response>> = {
    'the web form or JSON API': (text, encoding) =>
      post('/feedback', encoding, { text, site: 'plant2', topic: 'safety' }),
    'the redaction preview': (text, encoding) => post('/feedback/preview', encoding, { text }),
    'the kiosk': (text, encoding) =>
      post(
        '/kiosk/feedback',
        encoding.startsWith('json') ? encoding : 'json-escaped',
        { rating: 2, text, key: crypto.randomUUID() },
        { authorization: `Bearer ${kioskTokens[kioskSent++ % kioskTokens.length]}` },
      ),
    'SMS (Twilio)': (text) => {
      const fields = twilioFields({ Body: text, From: `+1312555${String(1000 + (senders++ % 9000))}` });
      return fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token: twilioToken }),
      );
    },
  };

  it.each([
    ['1,000 Chinese characters', longestOf(['漏', '气'])],
    ['1,600 Arabic letters', longestOf(['ح', 'ر', 'ب'])],
    ['emoji up to 4,900 bytes', longestOf(['😀', '🔥'])],
    ['1,600 Hangul syllables typed as jamo', spell(longestOf(['갃', '한']), { nfd: true, crlf: false })],
    ['emoji between line breaks sent as CRLF', spell(longestOf(['😀', '😀', '\n']), { nfd: false, crlf: true })],
  ])('Should take %s on every channel and in every encoding', async (_, text) => {
    expect(withinLimit(text)).toBe(true);
    for (const [channel, send] of Object.entries(channels))
      for (const encoding of ENCODINGS) {
        const res = await send(text, encoding);
        expect(res.status, `${channel}, ${encoding}: ${(await res.text()).slice(0, 200)}`).toBeLessThan(300);
      }
  });

  it('Should take any text within the limit, however it is spelled and encoded, on every channel', async () => {
    await fc.assert(
      fc.asyncProperty(
        textWithinLimit,
        fc.record({ nfd: fc.boolean(), crlf: fc.boolean() }),
        fc.constantFrom(...ENCODINGS),
        fc.constantFrom(...Object.keys(channels)),
        async (text, spelling, encoding, channel) => {
          const res = await channels[channel]!(spell(text, spelling), encoding);
          expect(res.status, `${channel}, ${encoding}`).toBeLessThan(300);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('Should refuse a text over the limit with 413, in the page’s language for a browser, never a 5xx', async () => {
    const over = [`${longestOf(['漏'])}漏漏`, `x${'a'.repeat(1600)}`, `${longestOf(['😀'])}😀`];
    for (const text of over)
      for (const encoding of ENCODINGS) {
        const res = await post('/feedback', encoding, { text }, { accept: 'application/json' });
        expect(res.status, encoding).toBe(413);
        // A form is a browser's: it gets the form back; a JSON client gets the code.
        if (encoding.startsWith('json'))
          expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too_large');
      }
    const browser = await post(
      '/feedback',
      'form',
      { text: over[0]! },
      { accept: 'text/html', 'accept-language': 'es' },
    );
    expect(browser.status).toBe(413);
    const page = await browser.text();
    expect(page).toMatch(/<html lang="es"/);
    expect(page).not.toMatch(/text must be at most|request body must be/);
  });

  it('Should refuse a body far beyond any text’s longest encoding with 413 before reading it, never a 5xx', async () => {
    const res = await post('/feedback', 'form', { text: '漏'.repeat(20_000) }, { accept: 'application/json' });
    expect(res.status).toBe(413);
    const page = await post(
      '/feedback',
      'form',
      { text: '漏'.repeat(20_000) },
      { accept: 'text/html', 'accept-language': 'fr' },
    );
    expect(page.status).toBe(413);
    const shown = await page.text();
    expect(shown).toMatch(/<html lang="fr"/);
    expect(shown).not.toMatch(/request body must be/);
  });
});
