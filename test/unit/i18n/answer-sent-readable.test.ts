import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';

/**
 * A newcomer answering a sponsor in Spanish read, once it was sent, one sentence of some sixty words ("Si se lee
 * como urgente, se le envía por correo de inmediato, igual que todo lo que escriba, después de que esa persona le
 * haya escrito, sobre un caso urgente por lo que cuenta, salvo que…"), and the English and French were as long.
 * When the answer reaches the senior leader (at once, or at the end of the hour so its time does not identify the
 * employee) is said in a sentence for each case, each short enough to read on a phone.
 */
describe('the notice after an employee’s answer is sent', () => {
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
  const words = (sentence: string) => sentence.split(/\s+/).length;

  it.each(['en', 'es', 'fr'] as const)(
    'Should say when it reaches the leader in short sentences, in %s',
    (language) => {
      for (const asked of ['yes', 'no']) {
        const notice = translate(language, 'web.status.sent', { asked });
        expect(sentences(notice).length, notice).toBeGreaterThanOrEqual(5);
        for (const sentence of sentences(notice)) expect(words(sentence), sentence).toBeLessThanOrEqual(36);
      }
    },
  );

  it('Should still say each of the three cases, in English', () => {
    const notice = translate('en', 'web.status.sent', { asked: 'yes' });
    expect(notice).toContain('It reaches them at once if it reads as urgent.');
    expect(notice).toContain('unless you only say all is well now.');
    expect(notice).toContain('Otherwise it reaches them when this hour is over, so its time does not identify you.');
  });
});
