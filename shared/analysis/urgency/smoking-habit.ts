/*
 * Someone smoking where they should not, and the smoke of it: "fumo in ufficio, qualcuno fuma di nascosto",
 * "alguien fuma a escondidas en el baño, huele a humo", "jemand raucht heimlich im Treppenhaus, es riecht nach
 * Rauch". A complaint about a habit, not a fire: the smoke word and the smoker are read as harmless together, like an
 * idiom, so neither the rules nor the learned model read the smoke alone (blind round 27; its first clause "fumo in
 * ufficio" was read alone as a fire). Only with nothing between them that burns or warns: a gas, a fuel, a solvent,
 * a bottle, a flame, a fire, an alarm or a spark keeps the text read ("qualcuno fuma vicino alle bombole, c'è puzza di
 * fumo e di gas"). Nobody smoking ("nessuno fuma qui") is no smoker.
 */

// Anything that burns or warns, in any of the five languages (folded): the stretch between may not hold it.
const KEEPS_READ = String.raw`gas|benzin\w*|gasolio|gasolina|diesel|combustib\w*|carburant|kraftstoff|solvent\w*|disolvent\w*|losungsmittel|bombol\w*|bombona\w*|botij\w*|bouteille|flasche\w*|fiamm\w*|llama\w*|chama\w*|flamme\w*|fuoco|fuego|fogo|feu|feuer|brand|brenn\w*|brucia\w*|quema\w*|queima\w*|brule\w*|incendi\w*|allarm\w*|alarm\w*|alarme|scintill\w*|chispa\w*|faisca\w*|etincelle\w*|funke\w*|quadro|panel|painel|tableau|schaltkast\w*|elettric\w*|electric\w*|eletric\w*|elektri\w*`;
// Smoke coming out of something, thick or black, is a fire's, whoever smokes nearby: before or between, it keeps the
// text read ("Rauch kommt aus der Halle, jemand raucht da immer", "c'è fumo nero in magazzino, qualcuno fuma").
const FIRE_SMOKE = String.raw`esce|usc\w*|sale|salia|sube|subiendo|saindo|sai|saiu|sort\w*|monte|kommt|kam|quillt|quoll|dring\w*|steigt|viene|nero|nera|nerissimo|denso|densa|tanto|molto|negro|negra|espeso|espesa|mucho|preta|preto|muita|noire|epaisse|beaucoup|schwarz\w*|dicht\w*|stark\w*|dick\w*|viel`;
const BETWEEN = (most: number) => String.raw`(?:(?!${KEEPS_READ}|\b(?:${FIRE_SMOKE})\b)[^.!?\n]){0,${most}}?`;
const NOT_AFTER_FIRE_SMOKE = String.raw`(?<!\b(?:${FIRE_SMOKE})\b[^.!?\n]{0,20})`;

/** Someone who smokes (a person and the verb: a cigarette end or "the smokers" may be how a fire started), the smoke of it, and the two in either order within a sentence. */
const habit = (smoker: string, smoke: string): string =>
  String.raw`\b(?:${smoker})\b${BETWEEN(80)}\b(?:${smoke})\b(?! (?:${FIRE_SMOKE})\b)|${NOT_AFTER_FIRE_SMOKE}\b(?:${smoke})\b${BETWEEN(60)}\b(?:${smoker})\b`;

const SMOKING: Record<string, string> = {
  // "someone's been smoking in the disabled toilet again, the corridor smells of smoke".
  en: String.raw`\b(?:someone|somebody|some1|people|ppl|they|he|she|guys|staff|(?:the |a |one of the )?(?:new |night |day )?(?:guy|girl|lad|lads|kids?|drivers?|cleaners?|contractors?|temps?))(?:'s|'re| is| are| has| have| keeps?| still| always)?(?: been)? (?:secretly |sneakily |still |always )?(?:smoking|vaping|having a (?:fag|smoke|cig(?:arette)?))\b(?:(?!gas|petrol|diesel|fuel|oxygen|propane|chemicals?|solvents?|paint|fire|flames?|burning|alarm|sparks?)[^.!?\n]){0,80}?\b(?:smells?|smelling|stinks?|stinking|reeks?|reeking|full) (?:of|like) (?:cigarette |cig |fag |weed |stale |their |the )?(?:smoke|cigarettes?|fags|weed)\b|\b(?:smells?|smelling|stinks?|stinking|reeks?|reeking) (?:of|like) (?:cigarette |cig |fag |weed |stale )?smoke\b(?:(?!gas|petrol|diesel|fuel|oxygen|propane|chemicals?|solvents?|paint|fire|flames?|burning|alarm|sparks?)[^.!?\n]){0,60}?\b(?:someone|somebody|some1|people|ppl|they|he|she|guys|staff)(?:'s|'re| is| are| has| have| keeps?)?(?: been)? (?:secretly |sneakily |still )?(?:smoking|vaping)\b`,
  it: habit(
    String.raw`(?:qualcuno|qualcun altro|gente|la gente|i colleghi|colleghi|alcuni|uno|certi|tutti|chi)\b[^.!?\n]{0,20}?\bfum(?:a|ano|ando|ava|avano)`,
    String.raw`fumo|puzza di (?:fumo|sigarett\w*)|odore di (?:fumo|sigarett\w*)`,
  ),
  es: habit(
    String.raw`(?:alguien|alguno|gente|la gente|companeros|uno|unos|varios|todos|el de \w+)\b[^.!?\n]{0,20}?\bfuma(?:n|ndo|ba|ban)?`,
    String.raw`humo|olor a (?:humo|tabaco|cigarr\w*)|huele a (?:humo|tabaco|cigarr\w*)`,
  ),
  pt: habit(
    String.raw`(?:alguem|gente|a galera|colegas|uns|o pessoal|todo mundo|um cara)\b[^.!?\n]{0,20}?\bfuma(?:m|ndo|va|vam)?`,
    String.raw`fumaca|cheiro de (?:fumaca|cigarro|tabaco)`,
  ),
  fr: habit(
    String.raw`(?:quelqu'un|quelqu un|des gens|les gens|certains|des collegues|les collegues)\b[^.!?\n]{0,20}?\bfum(?:e|ent|ait|aient)`,
    String.raw`fumee|odeur de (?:fumee|clope|cigarette|tabac)`,
  ),
  de: habit(
    String.raw`(?:jemand|leute|kollegen|einer|manche|einige|welche)\b[^.!?\n]{0,20}?\braucht?(?:en)?`,
    String.raw`rauch|qualm|nach (?:rauch|zigarett\w*|qualm|tabak)`,
  ),
};

/** A language's "someone smoking and its smoke" (a source for its `benign` list), or none. */
export const smokingHabit = (code: string): string | undefined => SMOKING[code];

// Every language's at once, for the calm safety (calm-safety.ts): the short stretches a cry for help is looked for in
// ("fumo in ufficio") are read without the whole text's idioms, so the habit is taken out of the text they come from.
const ANY_HABIT = new RegExp(
  Object.values(SMOKING)
    .map((source) => `(?:${source})`)
    .join('|'),
  'gu',
);
const MAY_BE_HABIT = /smok|vap|fum|rauch|fag|cig/u;

/** The folded text with someone's smoking and its smoke blanked, or the text itself when it tells of none. */
export const withoutSmokingHabit = (folded: string): string =>
  MAY_BE_HABIT.test(folded) ? folded.replace(ANY_HABIT, (habit) => ' '.repeat(habit.length)) : folded;
