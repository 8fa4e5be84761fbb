import { describe, expect, it } from 'vitest';
import { catalogueOf, LANGUAGES } from '../../../shared/i18n/languages';

/**
 * The hint under a sponsor's message box said when they are emailed about an answer in 60 words of conditions
 * ("at once when the report is urgent in what it says, once you have written here (unless…), otherwise…"). A
 * sponsor reads it in one go now: urgent at once, otherwise when the hour is over, and why.
 */
describe('when a sponsor is emailed about an answer, as the message box says it', () => {
  it.each(LANGUAGES)('Should say it in one short sentence (%s)', (language) => {
    const hint = (catalogueOf(language).sponsor as Record<string, string>)['sponsor.message.hint']!;
    // The sentence from "emailed"/"correo"/"courriel" to its full stop.
    const sentence = hint.split('. ').find((s) => /emailed|correo|courriel/.test(s))!;
    expect(sentence.length, sentence).toBeLessThanOrEqual(240);
    expect(sentence).not.toMatch(/unless|salvo|sauf/);
  });
});
