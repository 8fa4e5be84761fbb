import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { appWithFakes, form, json } from '../../support/fixtures';

describe('the redaction preview', () => {
  it('Should say ‘Gregory’ will be replaced by [NAME], and show the text as it will be read', async () => {
    const preview = await previewRedaction('Gregory in dispatch shouts at us. Call him on 07700 900123.');
    expect(preview.changes).toEqual([
      { original: 'Gregory', replacement: '[NAME]' },
      { original: '07700 900123', replacement: '[PHONE]' },
    ]);
    expect(preview.redactedText).toBe(redact('Gregory in dispatch shouts at us. Call him on 07700 900123.'));
    expect(preview.redactedText).not.toContain('Gregory');
  });

  it('Should list a detail written twice once, and list nothing when there is nothing to remove', async () => {
    expect((await previewRedaction('Gregory said Gregory would fix it')).changes).toEqual([
      { original: 'Gregory', replacement: '[NAME]' },
    ]);
    expect((await previewRedaction('The canteen coffee is cold')).changes).toEqual([]);
  });

  it('Should show exactly what the stored text will be, for any text (the same redactor), and never fail', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const preview = await previewRedaction(text);
        expect(preview.redactedText).toBe(redact(text));
        for (const change of preview.changes)
          expect(change.replacement).toMatch(/^\[(NAME|PHONE|EMAIL|ADDRESS|ID|URL|PLATE)\]$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('POST /feedback/preview', () => {
  it('Should answer JSON clients with the changes and store or queue nothing', async () => {
    const { app, store, queue } = appWithFakes();
    const res = await app.request('/feedback/preview', json({ text: 'Ask Gregory Hale, gregory.hale@example.com' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body.changes).toContainEqual({ original: 'gregory.hale@example.com', replacement: '[EMAIL]' });
    expect(body.redactedText).not.toMatch(/Gregory|Hale|example\.com/);
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toEqual([]);
  });

  it('Should give the form back as it was filled in, with the changes above it and nothing sent (no JavaScript needed)', async () => {
    const { app, store, queue } = appWithFakes();
    const res = await app.request(
      '/feedback/preview',
      form({
        text: 'Gregory blocks the fire exit with pallets',
        site: 'plant2',
        topic: 'safety',
        escalate: 'on',
        aboutManagement: 'on',
      }),
    );
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('‘Gregory’ will be replaced by [NAME]');
    expect(page).toContain('>Gregory blocks the fire exit with pallets</textarea>');
    expect(page).toMatch(/<option value="plant2" selected>/);
    expect(page).toMatch(/<option value="safety" selected>/);
    expect(page).toMatch(/id="escalate" name="escalate" value="on" checked/);
    expect(page).toMatch(/id="aboutManagement" name="aboutManagement" value="on" checked/);
    expect(page).toContain('<form method="post" action="/feedback"');
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toEqual([]);
  });

  it('Should refuse empty or too long text with a clear 4xx, as a submission would be', async () => {
    const { app } = appWithFakes();
    const empty = await app.request('/feedback/preview', json({ text: '  ' }));
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.issues).toEqual([{ path: 'text', message: 'text must not be empty' }]);
    expect((await app.request('/feedback/preview', json({ text: 'a'.repeat(1601) }))).status).toBe(413);
    expect((await app.request('/feedback/preview', json(['text']))).status).toBe(400);
    expect(
      (
        await app.request('/feedback/preview', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: 'hi',
        })
      ).status,
    ).toBe(415);
    const emptyForm = await app.request('/feedback/preview', form({ text: '', site: 'hq' }));
    expect(emptyForm.status).toBe(400);
    const page = await emptyForm.text();
    expect(page).toContain('Write your feedback in the box first, then check what will be removed.');
    expect(page).toMatch(/<option value="hq" selected>/);
  });

  it('Should spend its own budget: previews refused with 429 leave submissions served', async () => {
    const tiny = { perSecond: 0.0001, burst: 1 };
    const { app } = appWithFakes({ rateLimits: { preview: tiny } });
    expect((await app.request('/feedback/preview', json({ text: 'one' }))).status).toBe(200);
    const refused = await app.request('/feedback/preview', json({ text: 'two' }));
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/checking their feedback/);
    expect((await app.request('/feedback', json({ text: 'still sent' }))).status).toBe(201);
  });
});
