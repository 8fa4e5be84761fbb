import type { en } from './catalogues/en';

/**
 * What every language's catalogue holds, all in one file
 * (`shared/i18n/catalogues/<code>.ts`): the employees' messages, the
 * sponsors' and the digest's, the SMS keywords, how days and times are
 * written, how a list of names is quoted. English defines the keys; every
 * other catalogue is typed `Catalogue`, so a key missing (or one too many)
 * in any language fails `tsc`.
 */
export interface CatalogueBase {
  /** ISO 639-1 code, as in `config.languages`. */
  language: string;
  /** The language's own name for itself, for a language switch ("Español"). */
  name: string;
  /** Writing direction, for `<html dir>`. */
  direction: 'ltr' | 'rtl';
  /**
   * The quotation marks put around each name of a list when a name holds
   * the list's own "and" ("« Locaux et équipements » et « Santé et sécurité »").
   */
  quotes: readonly [open: string, close: string];
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
    /**
     * What people of this language text to stop ("BAJA", "ARRÊT"), which carriers do not read as STOP:
     * nothing is kept of it, and the texter is told that STOP is the word.
     */
    optOut?: readonly string[];
    /**
     * Saying the report is about the person handling it: `CONFLICT <code>` (its case then goes to someone else
     * at the end of the hour; `employeeObjects`). Read only before a code, or alone.
     */
    object?: readonly string[];
  };
  /**
   * How this language writes a day and a time of day, as templates over the
   * names `Intl` gives (`shared/i18n/moments.ts`), so its own grammar holds:
   * no comma after the weekday in Spanish, "1er" in French, an article before
   * the hour where the language needs one ("a las 3 h", "hacia la 1 h").
   * `day`: {weekday} {date} {month} {year}. `time`: {hour} in the language's
   * own clock, {minute} (two digits), {period} (AM/PM, where the clock has one).
   * `moment`: {day}, {time}, {zone}, for a moment standing alone.
   * `deadline`: a deadline standing alone, as `moment` or, with {end} `yes`,
   * the end of {day} (a deadline at the start of the next day), with its {zone}
   * named as every deadline's is.
   */
  moments: {
    day: string;
    time: string;
    moment: string;
    deadline: string;
  };
}

export type MessageKey = keyof (typeof en)['messages'];
export type SponsorKey = keyof (typeof en)['sponsor'];
export type DigestKey = keyof (typeof en)['digest'];

/** The sponsor-side messages every language translates: the English keys, each a template. */
export type SponsorMessages = Readonly<Record<SponsorKey, string>>;
/** The digest's messages every language translates: the English keys, each a template. */
export type DigestMessages = Readonly<Record<DigestKey, string>>;

export interface Catalogue extends CatalogueBase {
  /** Each message as a template (see `message-format.ts`), a whole sentence or more, never a fragment. */
  messages: Readonly<Record<MessageKey, string>>;
  /** What sponsors and leadership read: escalation and conversation emails, the case page, the desk. */
  sponsor: SponsorMessages;
  /** The weekly digest: its email and web view. */
  digest: DigestMessages;
  /**
   * Keys (of any section) whose text is rightly the same as the English one
   * (a word both languages share, a punctuation-only template): the
   * catalogue tests otherwise take an identical text for one left
   * untranslated.
   */
  sameAsEnglish?: readonly (MessageKey | SponsorKey | DigestKey)[];
}
