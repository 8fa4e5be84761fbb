import { describe, expect, it } from 'vitest';
import { guessLanguageOffline } from '../../../shared/analysis/language-guess';

describe('guessLanguageOffline', () => {
  it.each([
    ['en', 'The forklift in bay 3 has a broken horn and nobody has fixed it since Monday.'],
    ['es', 'Mi supervisor grita a la gente delante de todos y nadie hace nada por nosotros.'],
    ['fr', 'Les pauses sont trop courtes pendant la haute saison et le chef ne nous écoute pas.'],
    ['de', 'Die Nachtschicht ist ständig unterbesetzt und der Chef hört uns nicht zu, das ist nicht gut.'],
    ['pt', 'O turno da noite está sempre com falta de pessoal e o chefe não ouve ninguém, isso é muito mau.'],
    ['it', 'Il capo non ascolta mai i lavoratori e gli straordinari sono troppi, questo non è giusto.'],
  ])('Should be confident of %s in an ordinary sentence', (code, text) => {
    expect(guessLanguageOffline(text)).toEqual({ code, confident: true });
  });

  it.each([
    ['too short', 'Gracias'],
    ['too short, though plainly English', 'Great job, thanks!'],
    ['names and numbers', 'Maria Lopez, Tom Becker, Priya Shah 0712345678 bay 3 B12'],
    [
      'two languages mixed',
      'The night shift is understaffed. El turno de noche no tiene personal y el jefe no escucha a nadie nunca.',
    ],
    [
      'a language Comprehend does not analyse',
      'De nachtdienst is altijd onderbezet en de baas luistert nooit naar ons, dat is niet goed.',
    ],
    [
      'a language the detector does not know (Catalan)',
      'El torn de nit no té prou personal i el cap no escolta mai els treballadors, és molt cansat.',
    ],
    [
      'a language the detector does not know (Swedish)',
      'Nattskiftet är underbemannat och chefen lyssnar aldrig på oss, vi är alla trötta på det.',
    ],
    ['another script', 'The manager said 工作太多了 and then he left the room for the rest of the day.'],
    ['a script language', 'Начальник никогда не слушает нас, и смены слишком длинные для всех работников.'],
  ])('Should not be confident of %s', (_, text) => {
    expect(guessLanguageOffline(text)?.confident ?? false).toBe(false);
  });

  it('Should make no guess when the text gives nothing to go on', () => {
    expect(guessLanguageOffline('👍👍 12345 !!')).toBeUndefined();
  });
});
