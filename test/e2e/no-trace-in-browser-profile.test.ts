import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromiumWithProfile } from '../support/browser';
import { PHONE } from '../support/browser-stack';
import { useTestStack } from '../support/test-stack';

/** Every file of a Chromium profile, as an attacker who copies the folder would read it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(path) : stat.isFile() ? [path] : [];
  });
}

/** The profile's files holding `needle`, written as UTF-8 (bodies, URLs) or UTF-16 (titles in session files), any case. */
function filesHolding(files: string[], needle: string): string[] {
  const forms = [needle, needle.toLowerCase(), needle.toUpperCase()];
  const encoded = forms.flatMap((form) => [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]);
  return files.filter((file) => {
    const bytes = readFileSync(file);
    return encoded.some((needleBytes) => bytes.includes(needleBytes));
  });
}

/** The titles in the profile's History, as `strings` or a history sync reads them. */
function historyTitles(profile: string): string[] {
  const copy = join(profile, '..', 'History-copy');
  copyFileSync(join(profile, 'Default', 'History'), copy);
  return execFileSync('sqlite3', [copy, 'SELECT title FROM urls'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/**
 * An employee's browser keeps a profile on disk: its history (every
 * address and page title, to the second, synced on a work-managed
 * browser), its session files (every tab's pages with the bodies of the
 * forms posted, to restore them), its cache. Someone who reads that
 * profile must find neither the case code nor the words of the feedback
 * or of an answer: the pages' forms are sent in place, and no title names
 * a case. The check can fail: a form posted the usual way, in the same
 * profile, is found there.
 */
describe('what an employee leaves in a browser profile', () => {
  const stack = useTestStack();
  const base = mkdtempSync(join(tmpdir(), 'lp-profile-'));
  const profile = join(base, 'profile');
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('Should keep neither the code, the feedback nor the answer in any file of the profile, nor a case in a title', async () => {
    const context = await launchChromiumWithProfile(profile, PHONE);
    const page = context.pages()[0] ?? (await context.newPage());
    const heading = async (expected: string | RegExp) =>
      expect.poll(() => page.locator('h1').textContent()).toMatch(expected);

    await page.goto(stack.urls.form);
    await heading('Tell us what is on your mind');
    await page.getByLabel('Your feedback').fill('The eyewash station by loading bay 7 is padlocked shut');
    await page.getByLabel('Where do you work?').selectOption({ label: 'Plant 2' });
    await page.getByLabel('This is urgent').check();
    await page.getByRole('button', { name: 'Send anonymously' }).click();
    await heading('Thank you, we have it');
    // Shown in place: the address is the form's, focus on the receipt's heading, which a live region says too.
    expect(page.url()).toBe(stack.urls.form);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => page.locator('#page-news').textContent()).toBe('Thank you, we have it');
    // The copy and print buttons appear for a receipt shown in place too.
    expect(await page.getByRole('button', { name: 'Copy the code' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const caseCode = (await page.locator('#case-code').textContent())!.trim();
    await stack.waitForStatus(caseCode, 'escalated');

    await page.getByRole('button', { name: 'See the status of this case' }).click();
    await heading(`Case ${caseCode}`);
    expect(await page.title()).not.toContain(caseCode);
    await page.getByLabel('Your message').fill('The quartermaster keeps the only key');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Your message was sent');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Español' }).click();
    await heading(`Caso ${caseCode}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');

    // A reload loads the address again (the form): nothing is posted twice.
    await page.reload();
    await heading('Tell us what is on your mind');
    const asPrograms = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    const { messages } = (await asPrograms.json()) as { messages: { from: string }[] };
    expect(messages.filter((m) => m.from === 'employee')).toHaveLength(1);

    // Looked up later, from the lookup page; back goes to the page before it, not to a case.
    await page.goto(stack.urls.status);
    await page.getByLabel('Case code').fill(caseCode);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await heading(`Case ${caseCode}`);
    expect(await page.title()).not.toContain(caseCode);
    await page.goBack();
    await heading('Tell us what is on your mind');

    // The control: feedback posted the usual way (as without JavaScript) leaves its words in the profile.
    await page.getByLabel('Your feedback').fill('Control words posted the usual way');
    await Promise.all([
      page.waitForURL(`${stack.urls.app}/feedback`),
      page.evaluate(() => HTMLFormElement.prototype.submit.call(document.getElementById('feedback'))),
    ]);
    await heading('Thank you, we have it');
    await context.close();

    const files = filesUnder(profile);
    expect(files.some((file) => file.includes('Sessions'))).toBe(true);
    expect(filesHolding(files, 'Control+words+posted').length).toBeGreaterThan(0);
    for (const needle of [caseCode, caseCode.replace('-', ''), 'eyewash', 'quartermaster'])
      expect({ needle, files: filesHolding(files, needle) }).toEqual({ needle, files: [] });
    const titles = historyTitles(profile);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).not.toMatch(new RegExp(caseCode.replace('-', '-?'), 'i'));
  });
});
