import { describe, expect, it } from 'vitest';
import { appWithFakes, form } from '../../support/fixtures';

/** The confirmation page after a web submission (issue 14, item 6). */
describe('the confirmation page: keeping your code', () => {
  const text = 'Supervisor Gregory Hale keeps moving my shifts at Plant 2 without asking';

  async function confirmation() {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', form({ text, site: 'plant2', topic: 'scheduling', escalate: 'on' }));
    expect(res.status).toBe(200);
    const page = await res.text();
    const code = /id="case-code"[^>]*>([^<]+)</.exec(page)![1]!;
    return { app, page, code };
  }

  it('Should warn plainly that a lost code cannot be recovered', async () => {
    const { page } = await confirmation();
    expect(page).toContain('If you lose it, it cannot be recovered.');
  });

  it('Should give a receipt that says what happens when, and how to follow up by web and by SMS', async () => {
    const { page, code } = await confirmation();
    const receipt = /<section class="receipt"[\s\S]*?<\/section>/.exec(page)![0];
    expect(receipt).toContain(code);
    expect(receipt).toContain('every Monday');
    expect(receipt).toContain('within 4 hours (3 days for other matters');
    expect(receipt).toContain('http://localhost/status');
    expect(page).not.toContain(`/status/${code}`);
    expect(receipt).toContain(`STATUS ${code}`);
    expect(receipt).toContain('+15550100002');
  });

  it('Should keep anything of the submission off the receipt: no words, site, topic, day or time', async () => {
    const { page } = await confirmation();
    const receipt = /<section class="receipt"[\s\S]*?<\/section>/
      .exec(page)![0]
      .replace(/<ul class="numbers">[\s\S]*?<\/ul>/, '');
    for (const word of [
      'Gregory',
      'Hale',
      'shifts',
      'Plant 2',
      'plant2',
      'Scheduling',
      'urgent</',
      '2026',
      '15:30',
      'Wednesday',
    ]) {
      expect(receipt).not.toContain(word);
    }
  });

  it('Should offer copy and print only once its script runs, and serve that script from the site itself', async () => {
    const { app, page } = await confirmation();
    expect(page).toMatch(/<div class="keep-actions" id="keep-actions" hidden>/);
    expect(page).toContain('<script src="/assets/receipt.js" defer></script>');
    const script = await app.request('/assets/receipt.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('navigator.clipboard');
    const css = await (await app.request('/assets/site.css')).text();
    expect(css).toMatch(/@media print \{[\s\S]*header, footer/);
  });
});
