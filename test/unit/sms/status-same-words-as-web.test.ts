import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/message-format';
import { catalogueOf, LANGUAGES } from '../../../shared/i18n/languages';

/**
 * A newcomer texted STATUS and read "passed to the leader responsible", while the case's web page said "Passed to a
 * senior leader": two names for the same person read as two people. The texts now use the web's words.
 */
describe('who has the case, by SMS and on the web', () => {
  const inWords = (language: (typeof LANGUAGES)[number], key: string, status: string) =>
    formatMessage(language, (catalogueOf(language).messages as Record<string, string>)[key]!, {
      code: '7KQ4M-XW9TR',
      status,
      urgent: 'yes',
      response: 'x',
      message: 'x',
    });

  it.each(LANGUAGES)('Should name whoever has an escalated case as the web page does (%s)', (language) => {
    for (const status of ['forwarding', 'escalated']) {
      const web = inWords(language, 'web.status.step', status).toLowerCase();
      const sms = inWords(language, 'sms.status', status).toLowerCase();
      expect(sms, status).toContain(web);
    }
  });

  it('Should not say "the leader responsible" in any English text', () => {
    const all = JSON.stringify(catalogueOf('en'));
    expect(all).not.toContain('leader responsible');
  });
});
