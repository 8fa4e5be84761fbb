import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileHarmless } from '../../../shared/analysis/urgency/harmless';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { LiteralIndex, requiredLiterals } from '../../../shared/analysis/urgency/literals';
import { bounded, choosesBeforeAlternation } from '../../../shared/analysis/urgency/matcher';
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
// whose gate the text passes but whose other words it lacks is left out of the blanking, and those left are run one by
// one as one alternation would run them (harmless.ts). Leaving one out that could match, or running them otherwise,
// would let an idiom through to the rules, or blank less than before: a calm text read as urgent, or a report read
// differently. What each text becomes must be what one expression of every idiom of the language makes of it.
describe('the idioms blanked before the rules, asked only where all their words are (harmless.ts)', () => {
  it('Should blank every text of every language exactly as one expression of all its idioms does', {
    // Every language's idioms over some 1,500 texts: over two minutes on a loaded machine.
    timeout: 600_000,
  }, () => {
    let blanked = 0;
    for (const language of LANGUAGES) {
      const sources = (language.benign ?? []).map(foldPattern);
      if (!sources.length) continue;
      const index = new LiteralIndex();
      for (const apart of [true, false]) {
        const harmless = compileHarmless(
          sources,
          (source) => new RegExp(bounded(source, language.script), 'gu'),
          index,
          (source) => requiredLiterals(source),
          apart && !choosesBeforeAlternation(language.script),
        )!;
        const all = new RegExp(bounded(sources.join('|'), language.script), 'gu');
        for (const text of [...TEXTS, ...IDIOMS_SAID]) {
          const present = index.present(text);
          const expected = text.replace(all, ' ');
          if (expected !== text) blanked += 1;
          const gated = harmless.replaceIn(text, present, () => ' ', false);
          const asked = harmless.replaceIn(text, present, () => ' ');
          if (gated === text && asked === text && expected === text) continue;
          if (asked !== expected) expect(asked, `${language.code} on "${text}"`).toBe(expected);
          if (gated !== expected) expect(gated, `${language.code} on "${text}" (gates alone)`).toBe(expected);
        }
      }
    }
    // Idioms were blanked in many texts, so the comparison says something.
    expect(blanked).toBeGreaterThan(10);
  });
});
