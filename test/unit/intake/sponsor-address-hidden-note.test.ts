import { describe, expect, it } from 'vitest';
import { sponsorThread } from '../../../functions/intake/pages/sponsor-words';
import { exampleConfig } from '../../support/fixtures';

// A sponsor whose message lost a web address is told, in their language, under that message, what was taken out
// and why: the employee would open it on their own phone and the site would learn who they are.
describe('the note under a sponsor’s message that lost a web address', () => {
  const page = (language: 'en' | 'es' | 'fr', text: string, from: 'sponsor' | 'employee' = 'sponsor') =>
    String(
      sponsorThread(exampleConfig, language, [{ from, by: 'coo', text, day: '2026-11-18' }], {
        ids: ['coo'],
        around: [],
      }),
    );

  it.each([
    ['en', /A web address was taken out of this before the employee saw it: they would open it on their own phone/],
    ['es', /Se quitó una dirección web de este texto/],
    ['fr', /Une adresse web a été retirée de ce texte/],
  ] as const)('Should say in %s what was removed and why', (language, words) => {
    expect(page(language, 'Please open [URL] on your phone.')).toMatch(words);
  });

  it('Should say nothing under a message that lost no address', () => {
    expect(page('en', 'We fixed the guard on press 4.')).not.toContain('web address');
  });

  it('Should say nothing under the employee’s own message', () => {
    expect(page('en', 'my site was [URL]', 'employee')).not.toContain('web address');
  });
});
