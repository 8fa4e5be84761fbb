/*
 * Letters spaced out are read joined ("w h i t f i e l d", "C.E.O"), so a sponsor's name or role spelled that way is
 * found. But a unit's letter before one-letter words is no spelling: in Portuguese "no turno C e o encarregado" ("on
 * shift C and the foreman") was read "ceo" and hidden as the CEO (op42, 2026-12-07: "turno [NAME] encarregado"). Three
 * letters parted by single spaces, a capital after a word for a shift, team, line or hall, then two one-letter words
 * ("e o", "y a", "e a": and the), are read as those words. "L e e", "L e o", "C E O", "c.e.o" are still joined.
 */

const UNIT_BEFORE =
  /(?:^|[^\p{L}])(?:turno|turma|equipe|equipa|linha|setor|sector|grupo|\u00e1rea|area|bloco|galp\u00e3o|l\u00ednea|linea|equipo|secci\u00f3n|seccion|nave|shift|team|line|crew|hall|halle|schicht|zmiana|linia|\u00e9quipe|equipe|poste|ligne|squadra|reparto)[ \t]+$/iu;
const CONJUNCTIONS = new Set(['e', 'y', 'i', 'u', 'o']);
const ARTICLES = new Set(['o', 'a']);

/** Whether spaced letters (as written, "C e o") after `before` read as a unit's letter and words, not a spelling. */
export function spacedLettersAreWords(run: string, before: string): boolean {
  if (!/^\p{Lu} \p{Ll} \p{Ll}$/u.test(run)) return false;
  return CONJUNCTIONS.has(run[2]!) && ARTICLES.has(run[4]!) && UNIT_BEFORE.test(before);
}
