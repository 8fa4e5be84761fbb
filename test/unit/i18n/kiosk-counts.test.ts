import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';

// The kiosk's offline notices agree with their count: a noun in English, a verb in the singular for one in Spanish.
describe('the kiosk counts what it holds as each language does', () => {
  it.each([
    ['en', 'kiosk.network.offlineSaved', 1, 'One piece of feedback is saved on this tablet'],
    ['en', 'kiosk.network.offlineSaved', 3, '3 pieces of feedback are saved on this tablet'],
    ['en', 'kiosk.network.sending', 3, 'Sending the 3 pieces of feedback saved on this tablet…'],
    ['en', 'kiosk.network.sending', 1, 'Sending the piece of feedback saved on this tablet…'],
    ['es', 'kiosk.network.offlineSaved', 1, '1 opinión guardada en esta tableta; se enviará cuando'],
    ['es', 'kiosk.network.offlineSaved', 2, '2 opiniones guardadas en esta tableta; se enviarán cuando'],
  ] as const)('Should say in %s, %s, for %i: "%s"', (language, key, count, said) => {
    expect(translate(language, key, { count })).toContain(said);
  });
});
