import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';

const HOSTILE_STRINGS = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates and every code point
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '\u0000',
    '\u202E',
    '💥'.repeat(2000),
    'ａｄｍｉｎ',
    'Ελληνικά русский 中文 عربي',
  ),
);

const HOSTILE_JSON = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.record(
    { text: fc.anything(), site: fc.anything(), topic: fc.anything(), escalate: fc.anything() },
    { requiredKeys: [] },
  ),
  fc.record({ text: HOSTILE_STRINGS, site: HOSTILE_STRINGS, topic: HOSTILE_STRINGS }),
  fc.dictionary(HOSTILE_STRINGS, fc.jsonValue()),
);

/** Hundreds of generated requests: seconds on an idle machine, more on a loaded CI runner (seen: 8 s). */
const PROPERTY_TIMEOUT = { timeout: 120_000 };

/** A 4xx must say what is wrong, in the contract's shape. */
function expectClearError(status: number, body: unknown) {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(body).toMatchObject({
    error: { code: expect.any(String), message: expect.stringMatching(/\w/), issues: expect.any(Array) },
  });
}

describe('POST /feedback under random and hostile bodies', () => {
  it(
    'Should answer every JSON body with 201 or a clear 4xx, never a 5xx, and store only what it accepted',
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(HOSTILE_JSON, async (value) => {
          const { app, store, queue } = appWithFakes();
          let body: string;
          try {
            body = JSON.stringify(value) ?? 'null';
          } catch {
            return; // not representable as JSON (BigInt and the like)
          }
          const res = await app.request('/feedback', json(body));
          const answer = await res.json();
          if (res.status === 201) {
            expect(store.cases.size).toBe(1);
            expect(queue.messages).toHaveLength(1);
          } else {
            expectClearError(res.status, answer);
            expect(store.cases.size).toBe(0);
            expect(queue.messages).toHaveLength(0);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('Should refuse random bytes, truncated JSON and JSON bombs with a clear 4xx', PROPERTY_TIMEOUT, async () => {
    const bomb = `${'['.repeat(50_000)}${']'.repeat(50_000)}`; // a nesting bomb: over 8 KB, refused before it is parsed
    const deep = `{"text":${'['.repeat(3000)}1${']'.repeat(3000)}}`;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 9000 }),
          fc.constantFrom(bomb, deep, '{"text":"a"', '{"text":"\\ud800"}', '\u0000'),
        ),
        async (raw) => {
          const { app, store } = appWithFakes();
          const res = await app.request('/feedback', { ...json(''), body: raw });
          if (res.status !== 201) {
            expectClearError(res.status, await res.json());
            expect(store.cases.size).toBe(0);
          }
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('Should answer every form body with a page and a 2xx or 4xx, never a 5xx', PROPERTY_TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(HOSTILE_STRINGS, HOSTILE_STRINGS, { maxKeys: 6 }), async (fields) => {
        const { app } = appWithFakes();
        const res = await app.request('/feedback', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: new URLSearchParams(fields).toString(),
        });
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toContain('text/html');
      }),
      { numRuns: 200 },
    );
  });

  it(
    'Should answer any path under /status, and any code typed into its box, with 200, 303, 400 or 404, never a 5xx',
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(HOSTILE_STRINGS, async (code) => {
          const { app } = appWithFakes();
          const res = await app.request(`/status/${encodeURIComponent(code)}`, {
            headers: { accept: 'application/json' },
          });
          expect([200, 400, 404]).toContain(res.status);
          const lookup = await app.request(`/status?code=${encodeURIComponent(code)}`);
          expect([200, 303, 400, 404]).toContain(lookup.status);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('characters SQS refuses', () => {
  it('Should drop U+FFFE and U+FFFF from the text instead of failing to queue it', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'a\uFFFFb\uFFFEc' }));
    expect(res.status).toBe(201);
    expect(queue.messages[0]!.text).toBe('abc');
  });
});
