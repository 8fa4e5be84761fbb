import type { en } from './en';

/**
 * What every language's catalogue holds. English defines the message keys;
 * every other catalogue is typed `Catalogue`, so a key missing (or one too
 * many) in any language fails `tsc`.
 */
export interface CatalogueBase {
  /** ISO 639-1 code, as in `config.languages`. */
  language: string;
  /** The language's own name for itself, for a language switch ("Español"). */
  name: string;
  /** Writing direction, for `<html dir>`. */
  direction: 'ltr' | 'rtl';
  /**
   * The SMS keywords of this language, in capitals, accents optional when
   * matched (any case). STOP and its carrier variants are not here: carriers
   * define them, in English only.
   */
  keywords: {
    help: readonly string[];
    status: readonly string[];
    urgent: readonly string[];
    /** Answering in a case's conversation: `REPLY <code> <answer>` (a message may also just start with the code). */
    reply: readonly string[];
  };
  /**
   * How this language writes a day and a time of day, as templates over the
   * names `Intl` gives (`shared/i18n/moments.ts`), so its own grammar holds:
   * no comma after the weekday in Spanish, "1er" in French, an article before
   * the hour where the language needs one ("a las 3 h", "hacia la 1 h").
   * `day`: {weekday} {date} {month} {year}. `time`: {hour} in the language's
   * own clock, {minute} (two digits), {period} (AM/PM, where the clock has one).
   * `moment`: {day}, {time}, {zone}, for a moment standing alone.
   */
  moments: {
    day: string;
    time: string;
    moment: string;
  };
}

export type MessageKey = keyof (typeof en)['messages'];

export interface Catalogue extends CatalogueBase {
  /** Each message as a template (see `message-format.ts`), a whole sentence or more, never a fragment. */
  messages: Readonly<Record<MessageKey, string>>;
  /**
   * Keys whose text is rightly the same as the English one (a word both
   * languages share): the catalogue test otherwise takes an identical text
   * for one left untranslated.
   */
  sameAsEnglish?: readonly MessageKey[];
}
