import { cyrillicLanguage, HAITIAN_CREOLE_WORDS } from './language-haitian-ukrainian';
import { PROFILE_LANGUAGES, profileCosts } from './language-profile';
import { WORDS } from './lexicon';
import { recentAnswers } from './recent-answers';

/**
 * The function words of each language the detector knows: the words every
 * text has, which also end a key phrase.
 */
export const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`the a an and or but of to in on at for with from by about as into over after before under between through
    is are was were be been being am do does did done have has had having will would shall should can could may might must
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those
    there here what which who whom whose when where why how all any both each few more most other some such no nor not
    only own same so than too very just also again ever still even then once because if while until up down out off
    don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't shouldn't wouldn't i'm i've i'd i'll you're
    it's that's there's we're they're let's`),
  es: words(`el la los las un una unos unas y o pero de del al a en con por para sin sobre entre hasta desde es son era
    eran fue fueron ser estar está están estaba estoy estamos he ha han hay muy más menos mucho mucha muchos poco
    yo tú usted él ella nosotros ellos ellas mi mis tu tus su sus nuestro nuestra que qué quien cuando donde como
    porque sí no también ya aquí este esta estos estas ese esa eso lo le les me te se nos siempre nunca todo todos
    todas cada`),
  fr: words(`le la les un une des et ou mais de du au aux à en dans avec par pour sans sur sous entre est sont était
    étaient être avoir ai as a avons avez ont je tu il elle nous vous ils elles mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs que qui quoi quand où comment pourquoi parce ne pas plus moins très trop beaucoup peu
    aussi déjà ici ce cette ces cet ça cela on y se me te lui toujours jamais tout tous toutes chaque c'est j'ai n'est`),
  de: words(`der die das den dem des ein eine einen einem einer und oder aber von zu in im an am auf für mit aus bei nach
    über unter zwischen durch ist sind war waren sein bin bist hat haben habe hatte wird werden wurde ich du er sie es
    wir ihr mein meine dein deine seine unser unsere euer nicht kein keine nur auch noch schon sehr mehr weniger viel
    wenig was wer wann wo wie warum weil dass wenn ob hier da dieser diese dieses man sich mich dich uns euch immer
    nie alles alle jeder`),
  pt: words(`o a os as um uma uns umas e ou mas de do da dos das ao à em no na nos nas com por pelo pela para sem sobre
    entre até é são era eram foi foram ser estar está estão estava estou temos tem têm eu tu você ele ela nós eles
    elas meu minha meus minhas seu sua seus suas nosso nossa que quem quando onde como porque não sim também já aqui
    este esta isto esse essa isso muito mais menos pouco sempre nunca tudo todos todas cada faz`),
  it: words(`il lo la i gli le un uno una e o ma di del della dei delle al alla a in nel nella con per su tra fra da
    senza è sono era erano essere ho hai ha abbiamo avete hanno io tu lui lei noi voi loro mio mia miei mie tuo tua
    suo sua nostro nostra che chi quando dove come perché non sì anche già qui questo questa questi queste quello
    quella molto più meno poco sempre mai tutto tutti ogni fa c'è`),
  nl: words(`de het een en of maar van te in op aan voor met uit bij naar over onder tussen door is zijn was waren ben
    bent heeft hebben had wordt worden werd ik jij je hij zij ze wij we jullie mijn jouw haar ons onze hun niet
    geen alleen ook nog al erg zeer meer minder veel weinig wat wie wanneer waar hoe waarom omdat dat als hier daar
    deze dit die er zich me mij altijd nooit alles alle elke`),
};

// Everyday words of thanks and work, so that short messages ("gracias",
// "merci beaucoup", "great team") are recognised too.
const COMMON_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`get got go going make made take come see know think want need like really much many lot always never
    thanks thank please work job team manager boss shift hours pay people time week day today good great bad new better best`),
  es: words(
    `gracias hola trabajo jefe jefa turno horas pago paga sueldo bien mal bueno buena malo mala hace tiene tienen`,
  ),
  fr: words(`merci beaucoup bonjour travail patron chef équipe heures salaire bien mal bon bonne mauvais fait`),
  de: words(`danke hallo arbeit chef chefin schicht stunden lohn gehalt gut schlecht`),
  pt: words(`obrigado obrigada olá trabalho chefe turno horas salário bem mal bom boa ruim`),
  it: words(`grazie ciao lavoro capo turno ore stipendio bene male buono buona cattivo`),
  nl: words(`dank bedankt hallo werk baas ploeg uren loon salaris goed slecht`),
};

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// Scripts that name their language outright (or nearly: Cyrillic is most
// often Russian among employee feedback, Han without kana Chinese).
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Tamil}/gu, 'ta'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

// Haitian Creole has no letter profile either: it is named by its words alone, as Dutch is (language-haitian-ukrainian.ts).
const EVIDENCE: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries([
  ...Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set([...list, ...(COMMON_WORDS[lang] ?? [])])]),
  ['ht', words(HAITIAN_CREOLE_WORDS)],
]);
const LATIN_ONLY = /^\p{Script=Latin}*$/u;
/** Word → the languages it is a function or everyday word of: "de" counts a fifth for each of five. */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(EVIDENCE))
  for (const w of list) LANGUAGES_OF_WORD.set(w, [...(LANGUAGES_OF_WORD.get(w) ?? []), lang]);

/**
 * The language of a text as an ISO 639-1 code (`en`, `es`, `fr`, `de`, `pt`,
 * `it`, `pl`, `vi`, `tl`, `nl`, or a code named by its script such as `ru`,
 * `zh`, `ar`), or `und` when the text does not make it clear (an emoji, a
 * number, "ok", a few words two languages share): callers then fall back to
 * their default rather than act on a wrong name.
 *
 * Latin-script text is weighed by {@link languageGuess}: how likely its
 * letter sequences are in each language (profiles fitted by
 * scripts/fit-language.ts) plus its function and everyday words.
 *
 * @example
 * detectLanguage('The break room is always dirty') // 'en'
 * detectLanguage('Kierownik każe nam pracować bez kasków') // 'pl'
 * detectLanguage('👍') // 'und'
 */
export function detectLanguage(text: string): string {
  // The offline analyzer and the redactor's name rules ask about the same texts, a step of the batch apart.
  return recentGuesses.answer(text, confidentLanguage);
}

const RECENT_TEXTS = 256;
const recentGuesses = recentAnswers<string>(RECENT_TEXTS);

function confidentLanguage(text: string): string {
  const guess = languageGuess(text);
  return guess.confident ? guess.language : 'und';
}

/** A best guess at a text's language, how far ahead of the next it is, and whether that is enough to name it. */
export interface LanguageGuess {
  /** The likeliest language, `und` when there are no letters. */
  language: string;
  /** The next likeliest, `und` when there is none (a script that names its language). */
  runnerUp: string;
  /** How much likelier the guess is than the runner-up, in nats (log odds); Infinity for a script. */
  margin: number;
  /** True when the margin is wide enough that a wrong name is unlikely. */
  confident: boolean;
}

/**
 * Nats of log odds the best language must lead the next by to be named:
 * chosen on the held-out sets (scripts/eval/language.ts) so that wrong names
 * are rare (well under 1%) while a sentence of ordinary words is named.
 */
const CONFIDENT_MARGIN = 6;
/** Nats one function or everyday word of a language is worth (it weighs like a few telling letter sequences). */
const WORD_WEIGHT = 8;
/** Fewer letters than this is a short text, named only when it holds a word of the language… */
const SHORT_TEXT_LETTERS = 12;
/** …about one unambiguous word: "merci", "thanks", "gracias". */
const MIN_WORD_EVIDENCE = 0.8;

/** The language guess with its margin; see {@link detectLanguage}. */
export function languageGuess(text: string): LanguageGuess {
  const { count: letterCount, latinOnly } = lettersOf(text);
  if (!letterCount) return { language: 'und', runnerUp: 'und', margin: 0, confident: false };
  // Latin letters alone name no language by their script: most texts skip the count of every script.
  const script = latinOnly ? undefined : dominantScript(text, letterCount);
  // Cyrillic names Russian, or Ukrainian by its own letters (language-haitian-ukrainian.ts).
  if (script)
    return {
      language: cyrillicLanguage(text, script),
      runnerUp: 'und',
      margin: Number.POSITIVE_INFINITY,
      confident: true,
    };

  const costs = profileCosts(text);
  const scores = new Float64Array(PROFILE_LANGUAGES.length);
  for (let i = 0; i < scores.length; i++) scores[i] = -costs[i]!;
  const words = wordEvidence(text);
  for (const [lang, n] of words) {
    const i = PROFILE_LANGUAGES.indexOf(lang);
    if (i >= 0) scores[i]! += n * WORD_WEIGHT;
  }
  let best = 0;
  let second = -1;
  for (let i = 1; i < scores.length; i++) {
    const score = scores[i]!;
    if (score > scores[best]!) (second = best), (best = i);
    else if (second < 0 || score > scores[second]!) second = i;
  }
  const margin = second < 0 ? Number.POSITIVE_INFINITY : scores[best]! - scores[second]!;
  const language = PROFILE_LANGUAGES[best] ?? 'und';
  // A word or two of letters ("ok", "pls") fits some language's sequences by chance: only its own words name it.
  const backed = letterCount >= SHORT_TEXT_LETTERS || (words.get(language) ?? 0) >= MIN_WORD_EVIDENCE;
  // Arabic or Persian typed in Latin letters with digits for sounds ("3andi", "ma7al") fits no profile: say unsure.
  const numeralSpelling = () =>
    /\d/.test(text) && (text.match(DIGITS_AS_LETTERS) ?? []).length >= Math.max(2, (words.get(TOKEN_COUNT) ?? 0) / 10);
  const guess = {
    language,
    runnerUp: PROFILE_LANGUAGES[second] ?? 'und',
    margin,
    confident: backed && margin >= CONFIDENT_MARGIN && !numeralSpelling(),
  };
  return wordsOnlyLanguage(words, guess) ?? guess;
}

/** How many letters a text has (UTF-16 units), and whether all are Latin; ASCII is counted without a pattern. */
function lettersOf(text: string): { count: number; latinOnly: boolean } {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      const letters = text.replace(/[^\p{L}]/gu, '');
      return { count: letters.length, latinOnly: LATIN_ONLY.test(letters) };
    }
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count++;
  }
  return { count, latinOnly: true };
}

/** How many function and everyday words of each language a text holds (a word several share counts in part for each). */
function wordEvidence(text: string): Map<string, number> {
  const evidence = new Map<string, number>();
  const add = (lang: string, n: number) => evidence.set(lang, (evidence.get(lang) ?? 0) + n);
  const tokens = languageTokens(text);
  evidence.set(TOKEN_COUNT, tokens.length);
  for (const token of tokens) {
    const languages = LANGUAGES_OF_WORD.get(token);
    if (languages) for (const lang of languages) add(lang, 1 / languages.length);
    // English opinion words are evidence of English, weaker than its grammar.
    else if (token.length > 3 && WORDS.has(token)) add('en', 0.9);
  }
  return evidence;
}

/** A word spelling sounds with digits inside it: "3anbar", "e7na", "we2e3" (not "3rd", "24h", "x2"). */
const DIGITS_AS_LETTERS =
  /\p{L}+[2-9]\p{L}+|(?<![\p{L}\d])[2-9]\p{L}{2,}(?<!\d(?:st|nd|rd|th|am|pm|hrs?|km|kg))\p{L}*[2-9]?/gu;
/** The number of words read, kept beside the evidence. */
const TOKEN_COUNT = '#tokens';
/** Words a language without a letter profile (Dutch) must lead the profiled guess's own words by to be named instead… */
const WORDS_ONLY_LEAD = 1.5;
/** …and the share of all words that must be its own: a language's function words are a third or more of any sentence in it, while a few short words of another ("ze", "die") turn up by chance. */
const WORDS_ONLY_SHARE = 0.3;

/** A language known only by its words (Dutch), named when they clearly outnumber the profiled guess's. */
function wordsOnlyLanguage(words: Map<string, number>, guess: LanguageGuess): LanguageGuess | undefined {
  const rival = words.get(guess.language) ?? 0;
  const tokens = words.get(TOKEN_COUNT) ?? 0;
  for (const [lang, n] of words) {
    if (
      lang === TOKEN_COUNT ||
      PROFILE_LANGUAGES.includes(lang) ||
      n - rival < WORDS_ONLY_LEAD ||
      n < WORDS_ONLY_SHARE * tokens
    )
      continue;
    const margin = (n - rival) * WORD_WEIGHT;
    return { language: lang, runnerUp: guess.language, margin, confident: margin >= CONFIDENT_MARGIN };
  }
  return undefined;
}

// Capitalised words inside a sentence are mostly names ("Ben", "IL"), which
// say nothing of the language around them; in a text typed in capitals, all
// words count.
function languageTokens(text: string): string[] {
  const shouted = isShouted(text);
  const out: string[] = [];
  let previousEnd = -1;
  for (const m of (text.includes('’') ? text.replaceAll('’', "'") : text).matchAll(/[\p{L}']+/gu)) {
    const sentenceStart = previousEnd < 0 || endsSentence(text, previousEnd, m.index);
    previousEnd = m.index + m[0].length;
    if (shouted || sentenceStart || !startsWithCapital(m[0])) out.push(m[0].toLowerCase());
  }
  return out;
}

/** More capitals than lower-case letters. */
function isShouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return (text.match(/\p{Lu}/gu)?.length ?? 0) > (text.match(/\p{Ll}/gu)?.length ?? 0);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  return upper > lower;
}

/** Whether the gap from `start` to `end` holds what ends a sentence or a heading. */
function endsSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === '¡' || c === '¿' || c === ':' || c === '\n') return true;
  }
  return false;
}

function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

function dominantScript(text: string, letterCount: number): string | undefined {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  for (const [pattern, lang] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    // Japanese mixes kana with Han: kana among mostly Han/kana text is Japanese.
    if (lang === 'ja' ? count > 0 && count + han > letterCount / 2 : count > letterCount / 2) return lang;
  }
  return undefined;
}
