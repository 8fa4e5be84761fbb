import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';
import { translate } from '../../shared/i18n/translate';
import { startTestStack, tempDataDir } from '../support/local-stack';

// Attack round 29 (F5): a French or Spanish report sent to the JSON API naming no language (no `?lang=`, no
// `Accept-Language`) was refused in English: "site 'usine2' is not one of this organisation's sites. Your report
// was NOT saved…". Such a refusal is now in the language of the words refused, as an SMS is answered; a request
// that names a language is still answered in it. And a site given by its name in another language ("usine2" for
// Plant 2, "Usine 2" in French) is that site, as an SMS `#usine2` is.

describe('a JSON report refused with no language named, in the language of its words', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      logger: new Logger({ serviceName: 'words-language', logLevel: 'SILENT' }),
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  /** Node's fetch sends `Accept-Language: *` unless told otherwise: a header that names no language. */
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.urls.app}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body,
    });
  const refusal = async (res: Response) => {
    expect(res.status).toBeGreaterThanOrEqual(400);
    return ((await res.json()) as { error: { message: string; emergency?: string } }).error;
  };

  it('Should take a French report whose site is given by its French name', async () => {
    const res = await post(
      JSON.stringify({ text: 'la porte de la chambre froide ne s’ouvre plus de l’intérieur', site: 'usine2' }),
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { caseCode: string }).caseCode).toMatch(/^[\w]{5}-[\w]{5}$/);
  });

  it('Should refuse an unknown site in French for a French report', async () => {
    const error = await refusal(
      await post(JSON.stringify({ text: 'incendie dans l’atelier, des gens sont coincés', site: 'lune' })),
    );
    expect(error.message).toContain(translate('fr', 'report.notSaved'));
    expect(error.message).not.toMatch(/NOT saved/);
  });

  it('Should refuse a Spanish report too long, and one in a body that is not JSON, in Spanish', async () => {
    const long = 'Hay humo en el almacén y la alarma no suena, nadie sabe qué hacer. '.repeat(30);
    expect(long.length).toBeGreaterThan(MAX_TEXT_CHARACTERS);
    const tooLong = await refusal(await post(JSON.stringify({ text: long })));
    expect(tooLong.message).toContain(translate('es', 'report.notSaved'));
    const broken = await refusal(await post('{"text": "hay un incendio en el almacén y nadie contesta", site: }'));
    expect(broken.message).toContain(translate('es', 'report.notSaved'));
  });

  it('Should still answer in the language the request names', async () => {
    const error = await refusal(
      await post(JSON.stringify({ text: 'incendie dans l’atelier, des gens sont coincés', site: 'lune' }), {
        'accept-language': 'en',
      }),
    );
    expect(error.message).toMatch(/NOT saved/);
  });
});
