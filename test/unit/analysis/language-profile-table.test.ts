import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageProfilesSource } from '../../../scripts/language-profiles-source';
import { COST_SCALE, PROFILE_LANGUAGES, profileCosts } from '../../../shared/analysis/language-profile';
import type { LanguageProfileFile } from '../../../shared/analysis/language-profile-pack';
import { LANGUAGE_PROFILES_JSON } from '../../../shared/analysis/language-profiles.generated';

const profiles = JSON.parse(LANGUAGE_PROFILES_JSON) as LanguageProfileFile;

// The costs as the guess summed them from the profiles' JSON before the table was packed: every sequence of
// every word, in reading order, its cost where a language keeps it, else that language's unseen cost.
function costsFromProfiles(text: string): Float64Array {
  const languages = Object.keys(profiles.costs);
  const total = new Float64Array(languages.length);
  const kept = (gram: string) => languages.some((l) => profiles.costs[l]![gram] !== undefined);
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const chars = [...word];
    const grams: string[] = [];
    let before2 = '';
    let before1 = ' ';
    for (const ch of chars) {
      grams.push(ch, before1 + ch);
      if (before2) grams.push(before2 + before1 + ch);
      before2 = before1;
      before1 = ch;
    }
    grams.push(`${before1} `, `${before2}${before1} `);
    for (const gram of grams.filter(kept))
      languages.forEach((l, i) => {
        total[i]! += (profiles.costs[l]![gram] ?? profiles.unseen[l]!) / COST_SCALE;
      });
  }
  return total;
}

describe('the language profiles as the guess reads them', () => {
  it('Should be packed from the fitted profiles beside them (else run npm run fit:language)', () => {
    expect(
      readFileSync(new URL('../../../shared/analysis/language-profiles.generated.ts', import.meta.url), 'utf8'),
    ).toBe(languageProfilesSource(profiles));
    expect(PROFILE_LANGUAGES).toEqual(Object.keys(profiles.costs));
  });

  it('Should cost every text exactly what the fitted profiles cost it, to the last bit', () => {
    const texts = [
      'The new schedule is great but parking is a nightmare',
      'La salida de emergencia está bloqueada otra vez',
      'Le chef ne répond jamais à nos questions',
      'Die Schichtplanung ist eine Katastrophe',
      'Czy ktoś może naprawić wózek widłowy?',
      'Ang sahod ay hindi sapat para sa amin',
      'Tôi không được trả lương đúng hạn',
      'O refeitório está sempre sujo',
      'Il capo urla sempre contro di noi',
      'ok',
      '',
    ];
    for (const text of texts) expect([...profileCosts(text)], text).toEqual([...costsFromProfiles(text)]);
  });
});
