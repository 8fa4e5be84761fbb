import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../shared/i18n/direction';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import type { CaseThread, NewThreadMessage, ThreadMessage } from '../../../shared/ports/case-thread';
import { englishIn, visibleText } from '../../support/english-leaks';
import { appWithFakes, exampleConfig, form, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

/** A case thread in memory: enough for the status page and its answer form. */
function memoryThread(): CaseThread & { messages: Map<string, ThreadMessage[]> } {
  const messages = new Map<string, ThreadMessage[]>();
  // What the page never changes (read marks, deadlines) is accepted and forgotten, as in `fixedThread`.
  return {
    ...fixedThread([]),
    messages,
    async append(caseKey: string, message: NewThreadMessage) {
      const list = messages.get(caseKey) ?? [];
      const stored = { seq: list.length + 1, from: message.from, text: message.text, day: message.day };
      messages.set(caseKey, [...list, stored]);
      return stored;
    },
    list: async (caseKey) => messages.get(caseKey) ?? [],
    summary: async (caseKey) => ({
      messages: messages.get(caseKey)?.length ?? 0,
      newForSponsor: false,
      newForEmployee: false,
      acknowledgeBy: '2026-11-25',
    }),
  };
}

/** The words a page rightly shows as they were given: the installation's names, the employee's own text, codes. */
const AS_GIVEN = [
  exampleConfig.programName,
  exampleConfig.organisation,
  ...exampleConfig.sites.map((s) => s.name),
  ...exampleConfig.sites.flatMap((s) => s.smsNumbers),
];

/** Topics the config names in `language` are shown so; one it does not, by its `name` as written. */
const namedAsWritten = (language: string) =>
  exampleConfig.topics.filter((t) => !(t.names as Record<string, string> | undefined)?.[language]).map((t) => t.name);

const EMPLOYEE_TEXT = 'Gregorio Martínez dice que la prensa 4 pierde aceite desde el lunes.';

const html = (language: string, extra: Record<string, string> = {}) => ({
  headers: { accept: 'text/html', 'accept-language': language, ...extra },
});
const formIn = (language: string, fields: Record<string, string>) => {
  const request = form(fields);
  return { ...request, headers: { ...request.headers, 'accept-language': language } };
};

/** Every page an employee can meet on the web, rendered with the browser asking for `language`. */
async function everyEmployeePage(language: string) {
  const threads = memoryThread();
  // Every language with a catalogue spoken, so a language added by its catalogue alone is checked too.
  const { app, store } = appWithFakes({ threads, config: { ...exampleConfig, languages: LANGUAGES } });
  // A bug: the page an employee meets then.
  app.get('/boom', () => {
    throw new TypeError('Cannot read properties of undefined');
  });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'Ordinary case' }))).json();
  const escalated = (await (await app.request('/feedback', json({ text: 'Escalated case' }))).json()).caseCode;
  const [, record] = [...store.cases.values()];
  record!.status = 'escalated';
  record!.response = 'Lo revisamos mañana.';
  await threads.append(record!.caseKey, { from: 'sponsor', text: '¿Qué prensa?', day: '2026-11-19' }, new Date());
  const get = async (path: string) => (await app.request(path, html(language))).text();
  const post = async (path: string, fields: Record<string, string>) =>
    (await app.request(path, formIn(language, fields))).text();
  return {
    form: await get('/'),
    'form with errors': await post('/feedback', { text: '', site: 'nowhere' }),
    'redaction preview': await post('/feedback/preview', { text: EMPLOYEE_TEXT }),
    confirmation: await post('/feedback', { text: EMPLOYEE_TEXT }),
    'status lookup': await get('/status'),
    'unknown code': await get('/status?code=nonsense'),
    'case looked up': await post('/status', { code: caseCode }),
    'unknown code looked up': await post('/status', { code: 'nonsense' }),
    'answer sent': await post('/status/answer', { code: escalated, text: 'Gracias' }),
    'ordinary case': await get(`/status/${caseCode}`),
    'escalated case with its conversation': await get(`/status/${escalated}?sent=0`),
    'empty answer': await post(`/status/${escalated}/messages`, { text: '' }),
    'answer to a case without a conversation': await post(`/status/${caseCode}/messages`, { text: 'hola' }),
    'page not found': await get('/no-such-page'),
    'answer too long': await post(`/status/${escalated}/messages`, { text: 'palabra '.repeat(300) }),
    'form too large to read': await post('/feedback', { text: 'x'.repeat(20_000) }),
    'a fault on our side': await get('/boom'),
    'form from elsewhere': await (
      await app.request('/feedback', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', accept: 'text/html', 'accept-language': language },
        body: 'x',
      })
    ).text(),
    codes: [caseCode as string, escalated as string],
  };
}

describe('the employee pages in Spanish and French', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'Should show every employee page in %s with no English left in it',
    async (language) => {
      // A regional tag, as browsers send it: the page falls back to the language.
      const { codes, ...pages } = await everyEmployeePage(`${language}-419`);
      const asGiven = [
        ...AS_GIVEN,
        ...namedAsWritten(language),
        ...codes,
        EMPLOYEE_TEXT,
        'Lo revisamos mañana.',
        '¿Qué prensa?',
        '7KQ4M-XW9TR',
      ];
      for (const [name, page] of Object.entries(pages)) {
        expect(page, name).toContain(`<html lang="${language}" dir="${textDirection(language)}">`);
        expect(englishIn(page, asGiven), name).toEqual([]);
      }
    },
    // Renders every employee page twice over: seconds on a busy machine, well past the unit default of 5.
    30_000,
  );

  it('Should find English on the English pages, so the check itself can fail', async () => {
    const { codes, ...pages } = await everyEmployeePage('en-GB');
    for (const [name, page] of Object.entries(pages)) {
      expect(page, name).toContain('<html lang="en" dir="ltr">');
      expect(englishIn(page, [...AS_GIVEN, ...namedAsWritten('en'), ...codes]).length, name).toBeGreaterThan(0);
    }
  });

  it('Should write dates and numbers the language’s way', async () => {
    const { codes, ...pages } = await everyEmployeePage('fr');
    const conversation = visibleText(pages['escalated case with its conversation']);
    expect(conversation).toContain('25 novembre 2026');
    expect(conversation).toContain('19 novembre 2026');
    // Thousands with a narrow no-break space, as French writes them (1 600).
    const max = new Intl.NumberFormat('fr').format(MAX_TEXT_CHARACTERS);
    expect(max).toMatch(/\u202f/);
    expect(visibleText(pages.form)).toContain(`${max} caractères`);
    expect(visibleText(pages.confirmation)).toContain('STATUT');
    expect(codes).toHaveLength(2);
  });
});

describe('names the config gives in some languages only', () => {
  it('Should show a site or topic by its name as written where the config has none in the page’s language', async () => {
    const config = {
      ...exampleConfig,
      sites: exampleConfig.sites.map((s) => ({ ...s, names: { es: `${s.name} (es)` } })),
      topics: exampleConfig.topics.map((t) => ({ ...t, names: { es: `${t.name} (es)` } })),
    };
    const { app } = appWithFakes({ config });
    const french = visibleText(await (await app.request('/', html('fr'))).text());
    const spanish = visibleText(await (await app.request('/', html('es'))).text());
    for (const { name } of [...config.sites, ...config.topics]) {
      expect(french).toContain(name);
      expect(french).not.toContain(`${name} (es)`);
      expect(spanish).toContain(`${name} (es)`);
    }
  });
});

describe('choosing the language of a page', () => {
  it('Should follow the browser, fall back from a region to its language, and keep to configured languages', async () => {
    const { app } = appWithFakes();
    const langOf = async (header: string) =>
      /<html lang="(\w+)"/.exec(await (await app.request('/', html(header))).text())?.[1];
    expect(await langOf('es-MX,es;q=0.9')).toBe('es');
    expect(await langOf('de-DE,fr;q=0.4,en;q=0.3')).toBe('fr');
    expect(await langOf('de-DE')).toBe(exampleConfig.defaultLanguage);
    const onlySpanish = appWithFakes({ config: { ...exampleConfig, languages: ['en', 'es'] } }).app;
    const page = await (await onlySpanish.request('/?lang=fr', html('fr-FR'))).text();
    expect(page).toContain('<html lang="en"');
    expect(page).not.toContain('Français');
  });

  it('Should let ?lang= win over the browser, keep it in every link and form, and set no cookie', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/?lang=fr', html('es'));
    expect(res.headers.get('set-cookie')).toBeNull();
    const page = await res.text();
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain('action="/feedback?lang=fr"');
    expect(page).toContain('formaction="/feedback/preview?lang=fr"');
    expect(page).toContain('href="/status?lang=fr"');

    const sent = await app.request('/feedback?lang=fr', formIn('es', { text: 'Bonjour' }));
    expect(sent.headers.get('set-cookie')).toBeNull();
    const receipt = await sent.text();
    expect(receipt).toContain('<html lang="fr"');
    expect(receipt).toContain('action="/status?lang=fr"');
    expect(receipt).not.toMatch(/\/status\/[\w-]+/);
    expect(receipt).toContain('href="/?lang=fr"');
  });

  it('Should keep ?lang= through the look-up’s redirect', async () => {
    const { app } = appWithFakes();
    const { caseCode } = await (await app.request('/feedback', json({ text: 'x y z' }))).json();
    const res = await app.request(`/status?code=${caseCode}&lang=es`, html('fr'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/status/${caseCode}?lang=es`);
  });

  it('Should offer a visible switch to every other language, each link named in its own language', async () => {
    const { app } = appWithFakes();
    const { caseCode } = await (await app.request('/feedback', json({ text: 'x y z' }))).json();
    const page = await (await app.request(`/status/${caseCode}`, html('en'))).text();
    // Buttons that post the code: an address holding it would stay in the browser's history.
    expect(page).toContain(
      'form="case-language" formaction="/status?lang=es" formnovalidate lang="es" dir="ltr">Español</button>',
    );
    expect(page).toContain(
      'form="case-language" formaction="/status?lang=fr" formnovalidate lang="fr" dir="ltr">Français</button>',
    );
    expect(page).not.toContain(`/status/${caseCode}`);
    expect(page).toContain('<span aria-current="true" lang="en" dir="ltr">English</span>');
  });

  it('Should carry what was typed over when the form’s switch is pressed', async () => {
    const { app, queue } = appWithFakes();
    const page = await (
      await app.request('/?lang=es', form({ text: 'La puerta 3 está rota', site: 'plant2', escalate: 'on' }))
    ).text();
    expect(page).toContain('<html lang="es"');
    expect(page).toContain('>La puerta 3 está rota</textarea>');
    expect(page).toContain('<option value="plant2" selected>');
    expect(page).toMatch(/name="escalate" value="on" checked/);
    expect(page).toContain('formaction="/?lang=fr"');
    expect(queue.messages).toHaveLength(0);
  });
});

describe('the answer on the status page', () => {
  async function escalatedCase() {
    const threads = memoryThread();
    const fixture = appWithFakes({ threads });
    const { caseCode } = await (await fixture.app.request('/feedback', json({ text: 'Escalated' }))).json();
    const [record] = [...fixture.store.cases.values()];
    record!.status = 'escalated';
    return { ...fixture, threads, record: record!, caseCode: caseCode as string };
  }

  it('Should say the answer was sent until it shows in the conversation, and not again on a reload after', async () => {
    const { app, threads, record, caseCode } = await escalatedCase();
    const sent = await app.request(
      `/status/${caseCode}/messages?lang=fr`,
      form({ text: 'La vanne est fermée', mine: '0' }),
    );
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    expect(location).toBe(`/status/${caseCode}?sent=0&lang=fr#conversation`);
    const notice = 'Votre message a été envoyé';
    expect(await (await app.request(location, html('en'))).text()).toContain(notice);
    // Analysis adds the answer to the thread; the same address no longer claims it is on its way.
    await threads.append(
      record.caseKey,
      { from: 'employee', text: 'La vanne est fermée', day: '2026-11-18' },
      new Date(),
    );
    const reloaded = await (await app.request(location, html('en'))).text();
    expect(reloaded).not.toContain(notice);
    expect(reloaded).toContain('La vanne est fermée');
  });

  it('Should not put "Your answer" under "No messages yet", and name the leader’s answer apart from the employee’s', async () => {
    const { app, record, caseCode } = await escalatedCase();
    record.response = 'We fixed the valve.';
    const page = visibleText(await (await app.request(`/status/${caseCode}`, html('en'))).text());
    expect(page).not.toContain('No messages yet');
    // The answer above is the leader's writing: the conversation under it does not say they have not written yet.
    expect(page).not.toContain('has not written here yet');
    expect(page).toContain('If you want to reply to the answer above');
    expect(page).toContain('Answer from the senior leader We fixed the valve.');
    expect(page).toContain('Your answer');
  });
});
