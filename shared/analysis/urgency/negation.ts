import { foldPattern } from './normalise';
import type { Script, UrgencyLanguage } from './types';

/*
 * When a negation denies the hazard itself, and when it is about something
 * else. "The fire exit is not blocked" and "no hay acoso" deny the hazard;
 * "I never reported the assault" and "no aguanto el acoso de mi jefe" deny a
 * verb and state the hazard. A negation reaches a mention only across words
 * that carry no action of their own: articles, the copula, "there is",
 * pronoun clitics, "any", "more", and verbs of feeling ("never felt
 * unsafe" denies the danger) (below, per language). A determiner-like
 * negation ("no", "kein", "ningún", "sin") may also cross one adjective
 * right before the mention ("no sexual harassment"). Any other word between
 * them (a verb: "reported", "aguanto", "举报") ends its reach.
 */
interface NegationReach {
  /** Words a negation reaches across (folded, alternation source). */
  reach: string;
  /** Negations that work like a determiner, and may cross one adjective too. */
  determiners?: string;
}

const REACH: Record<string, NegationReach> = {
  en: {
    reach: String.raw`problems?|issues?|cases?|signs?|incidents?|complaints?|kind of|type of|form of|with|feel|feels|felt|feeling|seem|seemed|in|a|an|the|any|some|one|once|single|more|longer|real|actual|such|is|are|was|were|be|been|being|am|get|got|gets|getting|has|have|had|there|it|this|that|these|those|of|really|ever|yet|even|at|all|anyone|anybody|i|we|you|he|she|they|'s|'re|'m`,
    // The other languages' determiners too: a short French, Spanish, Portuguese, Italian or German denial is also read by
    // the English rules, whose words they share ("aucun harcèlement ni discrimination"); so is Tagalog "walang harassment".
    determiners: String.raw`no|without|zero|free of|none of the|nothing|aucun|aucune|ningun|ninguna|nenhum|nenhuma|nessun|nessuna|kein|keine|keinen|keiner|walang|wala namang|walang anumang`,
  },
  es: {
    reach: String.raw`problema|problemas|caso|casos|tipo de|queja|quejas|con|sentido|sentida|siento|senti|sentia|sentirme|en|el|la|los|las|un|una|unos|unas|lo|le|les|me|te|se|nos|hay|habia|hubo|ha|han|he|hemos|es|son|era|fue|fueron|esta|estan|estaba|estaban|este|ese|esa|eso|ningun|ninguna|mas|ya|de|del|ningun tipo de|ni un|ni una`,
    determiners: String.raw`ningun|ninguna|ninguno|sin|cero|nada de`,
  },
  fr: {
    reach: String.raw`probleme|problemes|cas|souci|soucis|signe|plainte|plaintes|type|forme|genre|avec|d'|senti|sentie|sentis|sens|sent|suis|me suis|en|de|du|des|la|le|les|un|une|a|ete|est|etait|sont|n'a|n'est|n'y|n'ai|n'ont|n'etait|y|ai|avons|ont|plus|jamais|aucun|aucune|encore|vraiment|me|m'a|nous|se|il|elle|on`,
    determiners: String.raw`pas de|aucun|aucune|sans|zero`,
  },
  pt: {
    reach: String.raw`problema|problemas|caso|casos|tipo|queixa|queixas|com|senti|sinto|sentia|sentido|sentida|em|o|a|os|as|um|uma|uns|umas|ha|havia|houve|teve|tem|tinha|foi|e|esta|estava|estao|era|sao|nenhum|nenhuma|mais|de|do|da|me|se|lhe|nos|te|qualquer`,
    determiners: String.raw`nenhum|nenhuma|sem|zero|nada de`,
  },
  de: {
    reach: String.raw`probleme|problem|problemen|fall|falle|art|form|beschwerden?|mit|gefuhlt|fuhle|fuhlte|fuhlt|in|der|die|das|den|dem|des|ein|eine|einen|einem|ist|sind|war|waren|wird|wurde|wurden|worden|hat|haben|hatte|gibt|gab|es|mehr|wirklich|je|jemals|ganz|gar|uberhaupt|ueberhaupt|mich|mir|uns|wir|ich|er|sie`,
    determiners: String.raw`kein|keine|keinen|keiner|keinem|keines|ohne|null`,
  },
  it: {
    reach: String.raw`problema|problemi|caso|casi|tipo|segnalazioni|con|sentito|sentita|sento|sentivo|in|il|lo|la|i|gli|le|un|uno|una|c'e|ce|c'era|ci|e|era|sono|stato|stata|stati|state|ha|hanno|piu|mai|alcun|alcuna|alcuno|di|del|della|mi|ti|si`,
    determiners: String.raw`nessun|nessuna|nessuno|senza|zero`,
  },
  pl: {
    reach: String.raw`problemu|problemow|problemy|przypadku|przypadkow|z|ze|czulem|czulam|czuje|czul|czula|czulismy|w|ma|bylo|byl|byla|byli|jest|sa|zadnego|zadnej|zadnych|juz|wiecej|sie|mnie|mi|go|ja|nas|zostal|zostala|zostali|zostalo|doszlo do|zadnych`,
    determiners: String.raw`bez|zadn\w*|zero|brak`,
  },
  vi: {
    reach: String.raw`van de|truong hop|vu viec|ve|cac|dau hieu|cam thay|thay|cam giac|co|ai|bi|duoc|gi|nao|mot|cai|su|vu|chuyen|nguoi|nua|he|bao gio|xay ra|toi|em|minh`,
  },
  tl: {
    reach: String.raw`problema|kaso|isyu|issue|naramdaman|nakaramdam|pakiramdam|ng|ang|mga|sa|naman|namang|anumang|nang|na|po|pong|ba|kahit|isang|may|nga|talaga|akong|kaming|siyang`,
  },
  ar: {
    reach: String.raw`مشكله|مشاكل|حالات|نوع من|اي نوع من|شعرت|اشعر|نشعر|حسيت|احس|يوجد|توجد|هناك|هنالك|اي|ايه|اية|كان|كانت|فيه|في|يكن|تكن|حد|احد|عندنا|عندي|عنده|شي|شيء|اي شيء|ابدا|يعد|تعد|بعد`,
  },
  // Chinese: characters, not words (有 there is, 任何 any, 人 anyone, 被 passive, 过/了 aspect, 发生/出现 happen).
  zh: {
    reach: String.raw`感到|感觉|感覺|觉得|覺得|有|任|何|人|被|过|過|了|发|發|生|出|现|現|什|么|麼|的|一|点|點|再|个|個|次|丝|絲|遇|到`,
  },
};

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
// One thing named before "or" (en), "ni" (es, fr), "ou" (fr, pt), "oder" (de), "o" (es, it), "lub"/"ani" (pl).
const OR_LIST = String.raw`\s+\S+\s+(?:or|nor|ni|ou|oder|noch|o|lub|ani|czy)(?:\s+(?:de|d'|any|other))?`;
// An elided article or pronoun glued to the mention ("pas l'incendie", "n'y a pas d'issue").
const ELIDED = String.raw`(?:\s+|\s*\b(?:[ldnsjcm]|qu)')`;

/**
 * A regular expression that matches the text just before a mention when a
 * negation there denies it: the cue, then only words it reaches across.
 */
export function negationBefore(language: Pick<UrgencyLanguage, 'code' | 'negation' | 'script'>): RegExp {
  const cues = foldPattern(language.negation);
  const { reach, determiners } = REACH[language.code] ?? { reach: '' };
  const english = language.script === 'latin' && language.code !== 'en' ? REACH.en! : undefined;
  const join = (sources: (string | undefined)[]) =>
    sources
      .filter((source): source is string => Boolean(source))
      .map(foldPattern)
      .join('|');
  const reaches = join([reach, english?.reach]);
  // Vietnamese "nó" (he, she, it) folds to "no" (see languages.ts): before a Vietnamese verb it denies nothing.
  const englishDeterminers =
    language.code === 'vi' ? english?.determiners?.replace(/^no\|/u, '') : english?.determiners;
  const nouns = join([determiners, englishDeterminers]);
  return new RegExp(reachPattern(cues, reaches, nouns, language.script), 'u');
}

function reachPattern(cues: string, reaches: string, determiners: string, script: Script): string {
  if (script === 'han') return `(?:${cues})(?:${reaches || '(?!)'}){0,4}$`;
  const cue = (source: string) => `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  const across = reaches ? `(?:\\s+(?:${reaches})(?!${WORD_CHAR})){0,4}` : '';
  const verbal = `${cue(cues)}${across}${ELIDED}?\\s*$`;
  if (!determiners) return verbal;
  // A determiner's one adjective sits right before the mention. A determiner also denies the second of two things
  // joined by "or" ("no harassment or bullying", "ningún acoso ni discriminación", "keine Belästigung oder Mobbing"):
  // only "or" and its kin, as "and" joins what someone does ("no one listens and the bullying goes on").
  return `${verbal}|${cue(determiners)}${across}(?:${OR_LIST})?(?:\\s+\\S+)?${ELIDED}?\\s*$`;
}

/** Every negation cue of a language, found anywhere (to test each one inside a match). */
export function negationCues(language: Pick<UrgencyLanguage, 'negation' | 'script'>): RegExp {
  const cues = foldPattern(language.negation);
  return new RegExp(language.script === 'han' ? `(?:${cues})` : `(?<!${WORD_CHAR})(?:${cues})(?!${WORD_CHAR})`, 'gu');
}

/**
 * Whether a negation inside a rule's own match denies what it found: "the
 * fire exit is not blocked" matched "fire exit … blocked". The hazard is the
 * match's last word (last characters in Chinese), and the negation must reach
 * it. A negation that is part of the rule's wording ("the door won't open",
 * "no harness") does not count: without it the rule no longer matches.
 */
export function negatedInside(match: string, rule: RegExp, negation: RegExp, cues: RegExp, script: Script): boolean {
  const ends = script === 'han' ? [match.length - 1, match.length - 2] : [match.lastIndexOf(' ') + 1];
  const end = ends.find((k) => k > 0 && negation.test(match.slice(0, k)));
  if (end === undefined) return false;
  const alone = new RegExp(rule.source, rule.flags.replace('g', ''));
  cues.lastIndex = 0;
  for (let cue = cues.exec(match); cue && cue.index < end; cue = cues.exec(match)) {
    if (cue[0].length === 0) {
      cues.lastIndex += 1;
      continue;
    }
    // Only a cue that itself reaches the last word denies it. Another one earlier in the match says something else:
    // English "no" is Portuguese "in the" ("deitada no chão e não se mexe"), and "no pulse" in "on the floor with no
    // pulse and not breathing" is part of the report; dropping such a word leaves the rule matching, which read as a
    // denial and left the report calm (plain41).
    if (!reachesFromStart(negation, match.slice(cue.index, end))) continue;
    const gap = script === 'han' ? '' : ' ';
    const without = `${match.slice(0, cue.index)}${gap}${match.slice(cue.index + cue[0].length)}`.replace(/\s+/gu, ' ');
    if (alone.test(without)) return true;
  }
  return false;
}

// Whether the negation found at the end of `text` starts at its first character: the cue there reaches the end.
function reachesFromStart(negation: RegExp, text: string): boolean {
  const found = negation.exec(text);
  return found !== null && found.index === 0;
}
