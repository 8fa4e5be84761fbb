import { type LanguageSlots, precomputedLiterals, storedFiling, storedSlots } from './literal-table';
import { LiteralIndex, type Required } from './literals';
import { type CompiledLanguage, compileLanguage, functionWordsOf, type LiteralLookup } from './matcher';
import type { UrgencyLanguage } from './types';

/*
 * Compiling every language's rules, idioms and frames at import was most
 * of the urgency detector's start (about 75 ms of CPU, for eleven
 * languages), while a text runs only the languages it is written in: an
 * English report, those of English. So each language is compiled the first
 * time a text in it (or in its script, when the function words cannot tell)
 * arrives; the detections are those of `compileLanguages`.
 *
 * Its patterns go to the same slots of the stored literal index as when all
 * are compiled together (`npm run build:urgency` stores each language's
 * first slot and the key of what it files), so the stored index still
 * serves. A language whose patterns are not those stored (rules edited since
 * the table was written) makes the index build itself from what the
 * compiled languages filed, as compileLanguages does: slower, never wrong.
 */
export function compileOnFirstUse(languages: readonly UrgencyLanguage[]): CompiledLanguage[] {
  const literals = new FiledOnFirstUse(languages);
  return languages.map((language, position) => {
    let compiled: CompiledLanguage | undefined;
    const made = () => (compiled ??= literals.compile(language, position));
    return {
      code: language.code,
      script: language.script,
      functionWords: functionWordsOf(language),
      literals,
      compile: () => void made(),
      get rules() {
        return made().rules;
      },
      get benign() {
        return made().benign;
      },
      get frames() {
        return made().frames;
      },
      get negation() {
        return made().negation;
      },
    };
  });
}

/** The literal index of the languages compiled so far: the stored one while every one of them is as stored. */
class FiledOnFirstUse implements LiteralLookup {
  private index: LiteralIndex | null = null;
  private asStored = true;
  // Every compiled pattern's slot and literals, from which the index builds itself when it cannot be the stored one.
  private readonly filed: { id: number; required: Required }[] = [];
  private readonly slots: readonly (LanguageSlots | undefined)[];
  private readonly storedSlots: number;
  // Where a language the stored index does not know files its patterns: past every stored slot.
  private unstored: number;

  constructor(languages: readonly UrgencyLanguage[]) {
    const stored = storedSlots();
    this.slots = languages.map((language, position) => {
      const slots = stored.languages[position];
      return slots?.[0] === language.code ? slots : undefined;
    });
    this.storedSlots = stored.slots;
    this.unstored = stored.slots;
  }

  compile(language: UrgencyLanguage, position: number): CompiledLanguage {
    const slots = this.slots[position];
    const first = slots ? slots[2] : this.unstored;
    // The language's literals filed alone: their key tells whether the stored index holds exactly them.
    const own = new LiteralIndex();
    const filer = {
      add: (required: Required): number => {
        const id = own.add(required);
        if (id < 0) return -1;
        this.filed.push({ id: first + id, required });
        return first + id;
      },
    };
    const compiled = compileLanguage(language, filer, this, precomputedLiterals);
    if (!slots) this.unstored += own.size;
    if (!slots || own.filedKey() !== slots[1] || own.size !== slots[3]) {
      this.asStored = false;
      this.index = null;
    } else if (!this.asStored) this.index = null;
    return compiled;
  }

  present(text: string): Uint8Array {
    this.index ??= this.asStored ? LiteralIndex.ofFiling(storedFiling(), this.storedSlots) : this.built();
    return this.index.present(text);
  }

  private built(): LiteralIndex {
    const index = new LiteralIndex();
    for (const { id, required } of this.filed) index.add(required, id);
    return index;
  }
}
