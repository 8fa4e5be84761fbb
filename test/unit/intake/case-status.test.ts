import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

// The words a person reads: a case code is wrapped in markup that keeps it on one line on a phone.
const shown = (html: string) => html.replace(/<[^>]+>/g, '');

async function submitted() {
  const fixture = appWithFakes();
  const { caseCode } = await (
    await fixture.app.request('/feedback', json({ text: 'Please fix the parking lot lights' }))
  ).json();
  return { ...fixture, caseCode: caseCode as string };
}

describe('GET /status/:code', () => {
  it('Should answer JSON with the status for Accept: application/json', async () => {
    const { app, caseCode } = await submitted();
    const res = await app.request(`/status/${caseCode}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      caseCode,
      status: 'received',
      week: '2026-W47',
      messages: [],
      newMessages: false,
      canAnswer: false,
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('Should show the status as a page to browsers, and follow it to analysed', async () => {
    const { app, store, caseCode } = await submitted();
    const [record] = [...store.cases.values()];
    record!.status = 'analysed';
    const page = await (await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html' } })).text();
    expect(shown(page)).toContain(`Case ${caseCode}`);
    // Every step reached is ticked, the current one too, and the tick is said in words for a screen reader.
    expect(page).toContain(
      '<li aria-current="step">Read and sorted by topic <span aria-hidden="true">✓</span><span class="visually-hidden">(done)</span></li>',
    );
    // Ordinary feedback is not stuck half-way: the leader's steps are not ahead of it, and the page says where it goes.
    expect(page).not.toContain('Passed to a senior leader');
    expect(page).not.toContain('Answered');
    expect(page).toContain('weekly report');
    expect(page).toContain('does not get a personal answer');
  });

  it("Should show an escalated case the leader's steps, with what is done ticked", async () => {
    const { app, store, caseCode } = await submitted();
    const [record] = [...store.cases.values()];
    record!.status = 'acknowledged';
    const page = await (await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html' } })).text();
    const done = '<span aria-hidden="true">✓</span><span class="visually-hidden">(done)</span>';
    expect(page).toContain(`<li>Passed to a senior leader ${done}</li>`);
    expect(page).toContain(`<li aria-current="step">Acknowledged by that leader ${done}</li>`);
    expect(page).toContain('<li>Answered</li>');
    expect(page).toContain('Any answer they write will appear on this page');
  });

  it("Should point to the leader's message below, not promise one to come, once the leader has written", async () => {
    // nc44: "Any answer they write will appear on this page" stood above the leader's question, read as nothing come yet.
    const said = {
      en: ['What they wrote is in the conversation below', 'Any answer they write will appear on this page'],
      es: [
        'Lo que ha escrito está en la conversación de abajo',
        'Cualquier respuesta que escriba aparecerá en esta página',
      ],
      fr: ['figure dans la conversation ci-dessous', 'Toute réponse écrite apparaîtra sur cette page'],
    } as const;
    for (const status of ['escalated', 'acknowledged'] as const) {
      for (const [language, [below, toCome]] of Object.entries(said)) {
        const page = async (messages: Parameters<typeof fixedThread>[0]) => {
          const { app, store } = appWithFakes({ threads: fixedThread(messages) });
          const { caseCode } = await (
            await app.request('/feedback', json({ text: 'The press guard is loose' }))
          ).json();
          const [record] = [...store.cases.values()];
          record!.status = status;
          const headers = { accept: 'text/html', 'accept-language': language };
          return shown(await (await app.request(`/status/${caseCode}`, { headers })).text());
        };
        expect(await page([])).toContain(toCome);
        const after = await page([{ seq: 1, from: 'sponsor', text: 'Which press?', day: '2026-11-19' }]);
        expect(after).toContain(below);
        expect(after).not.toContain(toCome);
      }
    }
  });

  it('Should find the case when the code is typed in lower case without the dash', async () => {
    const { app, caseCode } = await submitted();
    const res = await app.request(`/status/${caseCode.toLowerCase().replace('-', '')}`, {
      headers: { accept: 'application/json' },
    });
    expect((await res.json()).caseCode).toBe(caseCode);
  });

  it('Should promise an escalated case what the receipt promised: the service level first', async () => {
    const { app, store, caseCode } = await submitted();
    const [record] = [...store.cases.values()];
    record!.status = 'escalated';
    const page = await (await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('asked to acknowledge it within 4 hours if it is urgent (3 days otherwise)');
    const receipt = await (
      await app.request('/feedback', { method: 'POST', body: new URLSearchParams({ text: 'The lights' }) })
    ).text();
    expect(receipt).toContain('acknowledge it within 4 hours (3 days for other matters passed to them)');
    expect(receipt).toContain('by law within 7 days at the latest');
    // The address the receipt shows is the one its link opens: the lookup, never an address holding the code.
    const link = /On the web: open <a href="([^"]+)">([^<]+)<\/a> and enter your code\./.exec(receipt);
    expect(link?.[1]).toMatch(/\/status$/);
    expect(link?.[2]).toBe(link?.[1]);
  });

  it('Should answer 404 to programs for an unknown or malformed code, and the page to people', async () => {
    const { app } = await submitted();
    for (const code of ['AAAAA-BBBBB', 'nonsense']) {
      const res = await app.request(`/status/${code}`, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('not_found');
    }
    // A page that says so, not a failed load the browser reports as an error.
    const page = await app.request('/status/AAAAA-BBBBB', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('No case has that code');
  });

  it('Should tell a code that cannot be one from an unknown one, keep what was typed, and answer JSON clients in JSON', async () => {
    const { app } = await submitted();
    const notACode =
      'That is not how a case code looks: it has ten letters and digits, like 7KQ4M-XW9TR. Check what you typed and try again.';
    const noSuchCase = 'No case has that code. Check it (ten letters and digits, like 7KQ4M-XW9TR) and try again.';
    for (const [path, said] of [
      ['/status?code=ABCDE-FGHJ', notACode],
      ['/status?code=nonsense', notACode],
      ['/status/12', notACode],
      ['/status/AAAAA-BBBBB', noSuchCase],
    ] as const) {
      const page = await app.request(path, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const text = await page.text();
      expect(shown(text)).toContain(said);
      expect(shown(text)).not.toContain(said === notACode ? noSuchCase : notACode);
      const typed = path.includes('=') ? path.split('=')[1]! : path.split('/').at(-1)!;
      expect(text).toContain(`value="${typed}"`);
      const json = await app.request(path, { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await json.json()).error.code).toBe('not_found');
    }
  });

  it('Should take a code from the lookup form and redirect to its page', async () => {
    const { app, caseCode } = await submitted();
    const res = await app.request(`/status?code=${encodeURIComponent(` ${caseCode.toLowerCase()} `)}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/status/${caseCode}`);
  });
});

describe('the rest of the app', () => {
  it('Should answer /health', async () => {
    const { app } = appWithFakes();
    expect(await (await app.request('/health')).json()).toEqual({ status: 'ok' });
  });

  it('Should answer 404 with a JSON error for unknown routes', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/wp-admin', { headers: { accept: 'application/json' } });
    expect(res.status).toBe(404);
  });
});

describe('POST /status (the lookup form)', () => {
  const posted = (code: string) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ code }),
  });

  it('Should show the case where the form was posted, with no address on the page holding its code', async () => {
    const { app, caseCode } = await submitted();
    const lookup = await (await app.request('/status', { headers: { accept: 'text/html' } })).text();
    expect(lookup).toContain('<form method="post" action="/status" id="lookup" autocomplete="off">');
    expect(lookup).toContain('use your own phone, off the work Wi-Fi, or at least a private window');
    const res = await app.request('/status', posted(` ${caseCode.toLowerCase()} `));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(shown(page)).toContain(`Case ${caseCode}`);
    expect(page).not.toMatch(/(href|action|formaction)="[^"]*[0-9A-Z]{5}-[0-9A-Z]{5}/);
    // Browsers keep titles in their history, next to the second of the visit: the case's page is titled like any other.
    expect(/<title>([^<]*)<\/title>/.exec(page)![1]).toBe('Your case · Listening Post');
  });

  it('Should show the lookup again, with what was typed, for a code no case has', async () => {
    const { app } = await submitted();
    const res = await app.request('/status', posted('ABCDE-FGHJK'));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('No case has that code');
    expect(page).toContain('value="ABCDE-FGHJK"');
  });

  it.each([
    ['7KQ4M-XW9T0', 'en', 'Case codes never have 0, O, 1, I or L'],
    ['7kq4o xw9tr', 'es', 'Los códigos de caso nunca llevan 0, O, 1, I ni L'],
    ['7KQ4M.XW91R', 'fr', 'Les codes de cas n’ont jamais 0, O, 1, I ni L'],
  ])('Should tell %j which characters no code has (%s), keeping what was typed', async (typed, lang, said) => {
    const { app } = await submitted();
    for (const res of [
      await app.request(`/status?lang=${lang}`, posted(typed)),
      await app.request(`/status?lang=${lang}&code=${encodeURIComponent(typed)}`, { headers: { accept: 'text/html' } }),
    ]) {
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).toContain(said);
      expect(page).toContain(`value="${typed}"`);
      expect(page).not.toMatch(/No case has that code|Ningún caso|Aucun cas|That is not how/);
    }
  });

  it('Should answer anything typed in the box with a page, never a server error (generated)', {
    timeout: 120_000,
  }, async () => {
    const { app } = await submitted();
    const piece = fc.constantFrom(
      '7KQ4M',
      'xw9tr',
      'O',
      '0',
      'l',
      '1',
      '.',
      '/',
      '_',
      '\n',
      ' ',
      '－',
      'Ｋ',
      '"',
      'Re:',
      '\u200b',
    );
    const typed = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', minLength: 1 }),
    );
    await fc.assert(
      fc.asyncProperty(typed, async (code) => {
        const res = await app.request('/status', posted(code));
        expect(res.status).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('Should find the case whatever separates its symbols, in full-width letters or pasted with quotes', async () => {
    const { app, caseCode } = await submitted();
    const [first, second] = caseCode.split('-') as [string, string];
    const wide = (text: string) => [...text].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    for (const typed of [
      `${first.toLowerCase()}.${second.toLowerCase()}`,
      `${first}/${second}`,
      `${first}_${second}`,
      `${first}\r\n${second}`,
      `“${caseCode}”.`,
      `${wide(first)}－${wide(second)}`,
    ]) {
      const page = await (await app.request('/status', posted(typed))).text();
      expect(shown(page), typed).toContain(`Case ${caseCode}`);
    }
  });

  it.each([
    ['12', 'en', 'That is not how a case code looks'],
    ['ABCDE-FGHJ', 'en', 'That is not how a case code looks'],
    ['١٢٣٤٥-٦٧٨٩٠', 'en', 'That is not how a case code looks'],
    ['12', 'es', 'Eso no tiene la forma de un código de caso'],
    ['12', 'fr', 'Ce n’est pas la forme d’un code de cas'],
  ])('Should say %j is not in a case code’s form (%s), not that no case has it', async (typed, lang, said) => {
    const { app } = await submitted();
    const res = await app.request(`/status?lang=${lang}`, posted(typed));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(said);
    expect(page).not.toMatch(/No case has that code|Ningún caso|Aucun cas/);
  });
});
