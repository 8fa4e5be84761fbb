import type { UrgencyCategory } from '../types';

/*
 * One language the full rules (../languages.ts) do not read, as a table of the emergencies an employee texts in it:
 * fire, gas, a weapon, someone hurt or not breathing, someone hit or raped, a threat to kill, suicide, someone
 * missing, a cry for help. Only phrases that say so unmistakably in that language: no frames, no model. Each table
 * is read only on a text that shows its language (by its letters, or by its own words), so Dutch "brand" or
 * Indonesian "api" are never read in an English text.
 */
export interface OtherLanguage {
  code: string;
  name: string;
  /** Letters only this language (or its family) is written in: its table reads any text holding one. */
  script?: RegExp;
  /**
   * Or, for a Latin-script language, words that show it (folded, space-separated: function words and its own
   * emergency words, none of them English): the table reads a text holding one, unless English words outnumber them.
   */
  words?: string;
  /**
   * Read only when its own words outnumber the function words of the eleven languages the full rules read, these
   * excepted (its own short words, which those languages share): Ukrainian in Latin letters shares "na", "do" and "ne"
   * with Polish, Tagalog and Spanish, and Polish "dym" is smoke too (uk-latin.ts).
   */
  ownFunctionWords?: string;
  /** The text as the table reads it: Ukrainian in Latin letters is read as the Cyrillic it spells (uk-latin.ts). */
  readThrough?: (folded: string) => string;
  /** Or a word of this shape shows it: arabizi writes letters as digits inside words ("wa7ad", "ma3o"). */
  shape?: RegExp;
  /**
   * Words doubled by writing a 2 after them, as Indonesian and Malay texts do ("pegang2" for "pegang-pegang", "anak2"
   * for "anak-anak"): the table reads them doubled, as its phrases are written.
   */
  doubledWithTwo?: boolean;
  /**
   * The learned model was fitted on none of this language's text, and reads its everyday words as danger (blind rounds
   * 29 and 30: Hausa "yunwa tana kashe ni", hunger is killing me, read as a threat and self-harm): a text shown to be
   * in it is read by its table alone.
   */
  unreadByModel?: boolean;
  /** Where a phrase may stand: between word boundaries (spaced scripts), or anywhere (Japanese). */
  bounds: 'word' | 'none';
  /** A cue just before a phrase (a word or two back) that denies it: "geen brand", "нет пожара". */
  negation?: string;
  /**
   * Words naming a film, a series, a game, a book or the news: a clause holding one tells a story, and is not read
   * ("in de film staat het kantoor in brand", "これは火事の映画です").
   */
  story?: string;
  /** Calm look-alikes (drills, idioms, a dead phone, a film), blanked before any phrase is read. */
  calm?: string[];
  /**
   * Cries for help ("help", "imdat", "помогите"), read as safety only when they are all the text says (once or
   * repeated, punctuation aside): "help me with my rota" is no emergency.
   */
  cries?: string;
  /** The phrases (regular-expression sources, as folded text reads them) by urgency category; a weapon is threat and safety. */
  urgent: Partial<Record<UrgencyCategory | 'weapon', string[]>>;
  /**
   * What a report describes rather than names, read like `urgent`: a hazard (an exit locked or blocked, a smell of
   * gas, a bare wire, a machine's guard taken off, a chemical in someone's eyes), a manager's touching or threats told
   * over time, a co-worker gone or collapsed, the wish to disappear. Kept apart so the plain phrases stay short.
   */
  described?: Partial<Record<UrgencyCategory, string[]>>;
  /**
   * Words saying a hazard was dealt with ("opgelost", "устранили", "theek ho gaya"): a clause holding one is not
   * read, unless it also holds a word of `still` ("weer", "снова", "phir se"): fixed but back again is a report.
   */
  fixed?: string;
  /** Words saying a fixed hazard is back or was never gone: "again", "still". */
  still?: string;
}
