import { describe, expect, it } from 'vitest';
import { threadList } from '../../../functions/intake/pages/thread';
import { appWithFakes, json } from '../../support/fixtures';

// The preview shows "[NOM]" on a French page; what is stored keeps one form
// ("[NAME]"). Every page the employee reads later must show it the same way
// the preview did, in the page's words, never the English placeholder.

describe('redaction placeholders on the pages an employee reads', () => {
  it.each([
    ['fr', '[NOM]', '[TÉLÉPHONE]'],
    ['es', '[NOMBRE]', '[TELÉFONO]'],
  ])('Should show a published response’s placeholders in %s on the status page', async (lang, name, phone) => {
    const { app, store } = appWithFakes();
    const { caseCode } = await (await app.request('/feedback', json({ text: 'Please fix the parking lights' }))).json();
    const [record] = [...store.cases.values()];
    record!.status = 'responded';
    record!.response = 'We spoke with [NAME]; call [PHONE] if it happens again.';
    const page = await (
      await app.request(`/status/${caseCode}?lang=${lang}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(page).toContain(name);
    expect(page).toContain(phone);
    expect(page).not.toContain('[NAME]');
    expect(page).not.toContain('[PHONE]');
  });

  it('Should show a thread message’s placeholders in the page’s words, and leave English pages as stored', () => {
    const messages = [{ from: 'employee' as const, text: 'Ask [NAME] at [EMAIL].', day: '2026-11-30' }];
    expect(String(threadList(messages, 'employee', 'fr'))).toContain('[NOM]');
    expect(String(threadList(messages, 'employee', 'fr'))).not.toContain('[NAME]');
    expect(String(threadList(messages, 'employee', 'en'))).toContain('Ask [NAME] at [EMAIL].');
  });
});
