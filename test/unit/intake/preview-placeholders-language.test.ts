import { describe, expect, it } from 'vitest';
import { appWithFakes } from '../../support/fixtures';

// A JSON client asking in Spanish or French reads the preview as the form shows it: the placeholders in its words.
describe('the JSON redaction preview in the reader’s language', () => {
  it.each([
    ['es', 'Gregorio me gritó delante de todos', '[NOMBRE]'],
    ['fr', 'Gregorio m’a crié dessus devant tout le monde', '[NOM]'],
    ['en', 'Gregory shouted at me in front of everyone', '[NAME]'],
  ])('Should answer %s with %s', async (language, text, placeholder) => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback/preview', {
      method: 'POST',
      body: JSON.stringify({ text }),
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': language },
    });
    const body = (await res.json()) as { redactedText: string; changes: { replacement: string }[] };
    expect(body.redactedText.startsWith(placeholder)).toBe(true);
    expect(body.changes.map((c) => c.replacement)).toEqual([placeholder]);
    if (language !== 'en') expect(JSON.stringify(body)).not.toContain('[NAME]');
  });
});
