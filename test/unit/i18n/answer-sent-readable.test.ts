import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';

/**
 * A newcomer answering a sponsor in Spanish read, once it was sent, one sentence of some sixty words; split into
 * sentences, it still listed every rule that decides when an answer reaches the senior leader (urgent words, an urgent
 * report they had written on, "unless you only say all is well now", the end of the hour), and nobody could tell what
 * had just happened to theirs. The notice says what happened (sent, names removed), the latest it reaches the leader
 * (the end of the hour; at once if urgent) and the one next step (Check again), in a few sentences a phone shows whole.
 */
describe('the notice after an employee’s answer is sent', () => {
  const sentences = (text: string) => text.split(/(?<=[.!?»])\s+(?=\p{Lu})/u);
  const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const checkAgain = { en: 'Check again', es: 'Comprobar de nuevo', fr: 'Vérifier à nouveau' } as const;

  it.each(['en', 'es', 'fr'] as const)(
    'Should say what happened and what comes next in a few sentences, in %s',
    (language) => {
      for (const asked of ['yes', 'no']) {
        const notice = translate(language, 'web.status.sent', { asked });
        expect(sentences(notice).length, notice).toBeLessThanOrEqual(4);
        // The old notice was 70–90 words; each of these fits a phone's screen with the thread below it.
        expect(words(notice), notice).toBeLessThanOrEqual(60);
        // The next step is the page's own button, named as it reads.
        expect(notice).toContain(checkAgain[language]);
        // No rule is listed as a condition with exceptions.
        expect(notice).not.toMatch(/\b(unless|also|salvo|también|sauf|aussi)\b/iu);
      }
    },
  );

  it('Should promise the latest it reaches the leader, true whatever the answer says', () => {
    const notice = translate('en', 'web.status.sent', { asked: 'yes' });
    expect(notice).toContain('Your answer was sent.');
    expect(notice).toContain('by the end of this hour, or at once if it is urgent');
    expect(notice).toContain('does not identify you');
  });

  it.each([
    ['en', 'it has been sent to them now', 'end of this hour'],
    ['es', 'se le ha enviado ahora', 'termine esta hora'],
    ['fr', 'envoyée maintenant', 'fin de cette heure'],
  ] as const)('Should say in %s that an answer that went at once went now, never the hour', (lang, now, hour) => {
    const notice = translate(lang, 'web.status.sent', { asked: 'yes', now: 'yes' });
    expect(notice).toContain(now);
    expect(notice).not.toContain(hour);
  });
});
