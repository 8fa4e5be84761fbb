import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileHarmless } from '../../../shared/analysis/urgency/harmless';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { LiteralIndex, requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { bounded } from '../../../shared/analysis/urgency/matcher';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';

// Every text of the urgency sets (urgent and calm, the eleven languages), folded as the rules read it, and the
// idioms' own examples: reports, look-alikes and idioms said in every language the rules read.
const TEXTS = LANGUAGES.flatMap((language) =>
  readFileSync(new URL(`../../../eval/urgency/${language.code}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => fold((JSON.parse(line) as { text: string }).text)),
);
const IDIOMS_SAID = [
  'the fire safety training was boring',
  'we had a fire drill today and it went well',
  'this heat is killing me lol',
  'me muero de risa con este equipo',
  'the harassment prevention training is mandatory',
  'session on fire safety next week, and the video about lockout',
].map(fold);

// Before the rules read a text, each language's idioms ("killing it", "fire safety training") are blanked; an idiom
// whose gate the text passes but whose other words it lacks is left out of the blanking (harmless.ts). Leaving one out
// that could match would let an idiom through to the rules, or blank less than before: a calm text read as urgent, or
// a report read differently. What each text becomes must be what every gated idiom run together makes of it.
describe('the idioms blanked before the rules, asked only where all their words are (harmless.ts)', () => {
  it('Should blank every text of every language exactly as running every idiom its gate lets through does', {
    // Every language's idioms over some 1,500 texts: over two minutes on a loaded machine.
    timeout: 600_000,
  }, () => {
    let leftOut = 0;
    let blanked = 0;
    for (const language of LANGUAGES) {
      const sources = (language.benign ?? []).map(foldPattern);
      if (!sources.length) continue;
      const index = new LiteralIndex();
      const harmless = compileHarmless(
        sources,
        (source) => new RegExp(bounded(source, language.script), 'gu'),
        index,
        (source) => requiredLiterals(source),
      )!;
      for (const text of [...TEXTS, ...IDIOMS_SAID]) {
        const present = index.present(text);
        const gated = harmless.patternFor(present);
        const asked = harmless.patternFor(present, text);
        if (gated?.source !== asked?.source) leftOut += 1;
        const expected = gated ? text.replace(gated, ' ') : text;
        if (expected !== text) blanked += 1;
        const got = asked ? text.replace(asked, ' ') : text;
        if (got !== expected) expect(got, `${language.code} on "${text}"`).toBe(expected);
      }
    }
    // Idioms were left out of many texts, and idioms were blanked in some, so the comparison says something.
    expect(leftOut).toBeGreaterThan(100);
    expect(blanked).toBeGreaterThan(5);
  });
});
