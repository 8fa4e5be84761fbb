import { lazyPattern } from './lazy-pattern';

/*
 * red41 (att41): "Unser Schichtleiter [NAME] aus der Frühschicht schreit ständig rum" hid "Frühschicht": German
 * writes every noun with a capital, and a capitalised word before a habit ("schreit ständig") was read as a nickname.
 * After a German article or a preposition joined to one ("aus der", "im", "vom", "zur"), a capitalised word is a noun,
 * a shift, a department, a hall, unless the lists hold it as a given name ("der Jürgen schreit ständig", as people say
 * in the south).
 */
const GERMAN_ARTICLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|im|am|vom|zum|zur|beim|ins|ans)[ \t]+$`,
  'iu',
);

/** Whether the word at `start` of `text` follows a German article ("aus der Frühschicht", "im Lager"). */
export function afterGermanArticle(text: string, start: number): boolean {
  return GERMAN_ARTICLE_BEFORE.get().test(text.slice(Math.max(0, start - 10), start));
}

// "aus der Buchhaltung", "von der Spätschicht", "in der Montage": a preposition and its article before a noun.
const GERMAN_PREPOSITION_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:aus|von|in|bei|mit|zu|nach|an|auf|vor|hinter|\u00fcber|unter)[ \t]+(?:der|dem|den|des)[ \t]+$`,
  'iu',
);

/**
 * Whether the word at `start` follows a German preposition and its article: "Otto aus der Buchhaltung und [NAME]
 * aus dem Versand" hid "Buchhaltung" as the other of a pair (redact-names-listed-beside.ts).
 */
export function afterGermanPreposition(text: string, start: number): boolean {
  return GERMAN_PREPOSITION_BEFORE.get().test(text.slice(Math.max(0, start - 16), start));
}
