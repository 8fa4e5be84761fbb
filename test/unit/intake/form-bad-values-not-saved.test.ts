import { describe, expect, it } from 'vitest';
import { emergencyLine } from '../../../shared/domain/emergency';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import { appWithFakes, exampleConfig } from '../../support/fixtures';

// The web form sent back for a value it cannot take (a site no longer listed, the urgent box forged, an empty or
// too long text) only said what to change: someone reporting danger, who leaves at that point, was never told
// that nothing was kept, nor where help comes at once. The problem box at the top says both, in the page's
// language, once.

const LONG = 'a '.repeat(900);
const REFUSED: [string, string][] = [
  ['a site that is not listed', 'text=There+is+a+fire&site=nowhere'],
  ['a forged urgent box', 'text=There+is+a+fire&site=plant2&escalate=maybe'],
  ['an empty text', 'text=&site=plant2'],
  ['a text too long', `text=${encodeURIComponent(LONG)}&site=plant2`],
];

/** The problem box at the top of the form page, as text. */
const problemBox = (page: string) =>
  (/<div class="error-summary"[^>]*id="errors">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').replace(/<[^>]+>/g, ' ');

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the web form refusing a value', () => {
  for (const language of LANGUAGES) {
    it.each(REFUSED)(
      `Should say in ${language} that the report was NOT saved, and whom to call, for %s`,
      async (_, body) => {
        const { app, queue } = appWithFakes();
        const res = await app.request(`/feedback?lang=${language}`, {
          method: 'POST',
          headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        expect([400, 413]).toContain(res.status);
        const box = problemBox(await res.text());
        expect(count(box, translate(language, 'report.notSaved'))).toBe(1);
        expect(count(box, emergencyLine(exampleConfig, language, 'plant2'))).toBe(1);
        expect(queue.messages).toHaveLength(0);
      },
    );
  }

  it('Should not say "NOT saved" when the employee only asked to check what will be removed', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback/preview', {
      method: 'POST',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=&site=plant2',
    });
    const box = problemBox(await res.text());
    expect(box).not.toBe('');
    expect(box).not.toContain(translate('en', 'report.notSaved'));
  });
});
