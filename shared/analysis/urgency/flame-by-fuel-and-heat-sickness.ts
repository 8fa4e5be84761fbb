import { rule, type UrgencyRule } from './types';

/*
 * Smoking or a flame next to fuel or gas ("ppl smoking next to the propane tanks all day", "fuman al lado de los
 * tanques de gas"), and heat making people sick ("heat index 110 in the trailers, 2 ppl threw up today"). A "no
 * smoking" sign by the gas tanks is none. Tests: test/unit/analysis/urgency-attack-round-31.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Things that burn or explode, as a site keeps them.
const EN_FLAMMABLE = String.raw`(?:propane|lpg|butane|gas|fuel|diesel|petrol|gasoline|acetylene|oxygen|o2|hydrogen|thinners?|solvents?|paint store|paint room|flammables?|aerosols?|chemical store|fuel pumps?|fuel bowser|jerry ?cans?|gas cans?)`;

export const ENGLISH_FLAME_BY_FUEL_AND_HEAT: UrgencyRule[] = [
  // Smoking or a flame next to fuel or gas: "ppl smoking next to the propane tanks all day".
  rule(
    'safety',
    String.raw`(?<!\b(?:no|non|anti|stop) )\b(?:smok(?:e|es|ed|ing|in'?)(?! hot| (?:the |some |a )?(?:brisket|meat|ribs|fish|salmon|pork|chicken|turkey|sausages?|cheese|ham))|vap(?:e|es|ed|ing)|lighting (?:up|a (?:cig\w*|smoke|fag|joint)|cig\w*)|lit (?:a (?:cig\w*|smoke|fag|joint)|up)|flicking (?:a |their |his )?lighters?|bbq(?:ing)?|barbecu\w*)\b(?! (?:area|shelter|sign|signs|ban|policy|is banned|is not allowed|isn'?t allowed)\b)[^.!?\n]{0,25}?\b(?:next to|by|near|beside|right by|right next to|around|in|inside|close to|on top of|behind|at|sat on|sitting on|leaning on)(?: the| a| all the| our| them)? (?:\w+ )?${EN_FLAMMABLE}\b(?! (?:station|prices?|bill|money|card|attendant|grill|bbq|barbecue|stove|hob|fireplace|heater)\b)${notAround(`${EN_NOT_REAL_OR_LESSON}|moved away|far from|away from|no smoking|lol|lmao|hahaw*`)}`,
  ),
  // Heat making people sick: "heat index 110 in the trailers, 2 ppl threw up today, no breaks".
  rule(
    'safety',
    String.raw`\b(?:heat index|heat|so hot|too hot|boiling|sweltering|\d{2,3} ?(?:degrees|deg|f|c|\u00b0\w?)|(?:9\d|1[0-3]\d) (?:in|inside|out)|no (?:ac|a/c|air ?con\w*|fans?))\b[^\n]{0,80}?\b(?:\d+|two|three|four|some|a few|several|ppl|people|guys|someone|somebody|one|a (?:guy|girl|worker|coworker|lady|man|woman)|he|she|they|we|i|my \w+)\b[^.!?\n]{0,15}?\b(?:threw up|throwing up|puk(?:ed|ing)|vomit\w*|passed out|passing out|fainted|fainting|collapsed|collapsing|went down|got heat ?stroke|heat ?stroke|heat exhaustion)\b${notAround(`${EN_NOT_REAL_OR_LESSON}|lol|lmao|hot dog|hot wings|chilli|chili|spicy|pepper|contest|challenge|sauna|hot yoga|drunk|hangover|flu|bug|virus|pregnant|beach|holiday|vacation|car ?sick|pool`)}`,
  ),
];

export const SPANISH_FLAME_BY_FUEL_AND_HEAT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:(?<!\bno (?:se )?)fum(?:a|an|ando|aban|e|en|o)|prend(?:en|e|iendo) (?:un |sus |cigarros|cigarrillos)\w*)\b[^.!?\n]{0,25}\b(?:al lado de|junto a|cerca de|pegados? a|encima de|en|dentro de) (?:los |las |el |la |unos |unas )?(?:\w+ )?(?:tanques? de gas|cilindros? de gas|bombonas?|garrafas?|tambos? de gas|gas|gasolina|diesel|combustible|propano|butano|acetileno|oxigeno|solventes?|thinner|tiner|inflamables?|bidones?|tambores?)\b(?! (?:natural (?:de casa|del hogar)))`,
  ),
];

export const FRENCH_FLAME_BY_FUEL_AND_HEAT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fum(?:e|ent|ait|aient|ant)|clope(?:nt)?|allum(?:e|ent) (?:une|leur|sa) (?:clope|cigarette))\b[^.!?\n]{0,25}\b(?:a cote d(?:es|u|e la|e l')|pres d(?:es|u|e la|e l')|juste a cote|devant|contre|sur|dans) (?:les |la |le |l')?(?:\w+ )?(?:bouteilles? de gaz|gaz|propane|butane|citernes?|cuves?|carburant|essence|gasoil|fioul|acetylene|oxygene|solvants?|diluants?|inflammables?|bidons?|pompes?)\b`,
  ),
];

export const PORTUGUESE_FLAME_BY_FUEL_AND_HEAT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:(?<!\b(?:no|nao|proibido) (?:se )?)fum(?:a|am|ando|avam|ava)|acend(?:e|em|endo) (?:um |o )?cigarro)\b[^.!?\n]{0,25}\b(?:do lado d(?:os|as|o|a)|ao lado d(?:os|as|o|a)|perto d(?:os|as|o|a)|junto a(?:os|s)?|em cima d(?:os|as|o|a)|no|na|nos|nas) (?:\w+ )?(?:botijoes|botijao|botija|gas|gasolina|diesel|combustivel|propano|butano|acetileno|oxigenio|solventes?|thinner|inflamaveis|tanques? de \w+|cilindros?|tambores?)\b`,
  ),
];

export const GERMAN_FLAME_BY_FUEL_AND_HEAT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:rauch(?:t|en|te|ten|end)|qualm(?:t|en)|kiff(?:t|en))\b[^.!?\n]{0,25}\b(?:neben|bei|an|vor|direkt neben|direkt an|zwischen) (?:den |dem |der |die )?(?:\w+ )?(?:gasflaschen|gasflasche|gastanks?|propan\w*|tank\w*|zapfsaule\w*|kanister\w*|benzin\w*|diesel\w*|losungsmittel\w*|farblager|gefahrstofflager|sauerstoff\w*|acetylen\w*)\b`,
  ),
];
