import { languageGuess } from '../analysis/language-on-demand';
import type { Config } from '../config/schema';
import { chooseLanguage, type Language } from '../i18n/translate';
import { shortTextLanguage } from './short-text-language';
import { siteForNumber, type SmsIntent } from './sms-message';

export type LanguageConfig = Pick<Config, 'sites' | 'languages' | 'defaultLanguage'>;

/**
 * The language to answer a text in: the one it was written in, when the
 * installation speaks it. A bare keyword answers in its own language (AYUDA:
 * Spanish); feedback in the language detected in its words, or, when they
 * are too few to tell ("ok", "URGENTE" alone), the urgent word's. A keyword
 * that several spoken languages share decides nothing. Otherwise,
 * and for a language the installation does not speak, the site's language
 * (its `language`, else `defaultLanguage`).
 *
 * @example
 * await replyLanguage(config, readSmsIntent('ESTADO 7KQ4M-XW9TR', config, to), 'ESTADO 7KQ4M-XW9TR', to) // 'es'
 */
export async function replyLanguage(
  config: LanguageConfig,
  intent: SmsIntent,
  body: string,
  to: string | undefined,
): Promise<Language> {
  const siteId = intent.kind === 'feedback' ? intent.site : siteForNumber(config, to);
  const fallback = config.sites.find((s) => s.id === siteId)?.language ?? config.defaultLanguage;
  const choose = (candidates: readonly string[]) => chooseLanguage(config.languages, candidates, fallback);
  const keyword = (languages: readonly Language[]) => keywordLanguage(languages, config.languages, fallback);
  switch (intent.kind) {
    case 'help':
    case 'opt-out':
    case 'status':
    case 'object':
      return keyword(intent.languages);
    case 'feedback': {
      // Too short to tell ("hola", "merci"): a strong cue of one language before the site's.
      const detected = await orCues(await languageOf(intent.text), intent.text, config.languages);
      return detected === 'und' ? keyword(intent.urgentLanguages) : choose([detected]);
    }
    case 'reply': {
      // The answer's own words first; a bare keyword in its own language. An answer
      // in another language than its keyword's must show it by a word of that
      // language ("la", "est"): letters alone ("ééé…") leave the keyword's.
      const guess = intent.text ? await languageOf(intent.text) : 'und';
      // The keyword's languages the installation speaks: a catalogue it does not use tells nothing.
      const spoken = intent.languages.filter((language) => config.languages.includes(language));
      const detected =
        guess !== 'und' && spoken.length && !spoken.includes(guess as Language)
          ? (await hasFunctionWord(intent.text, guess))
            ? guess
            : 'und'
          : guess;
      return detected === 'und' ? keyword(intent.languages) : choose([detected]);
    }
    default:
      return fallback;
  }
}

/**
 * The language the text is in, or `und` when unsure: too little to tell, or
 * the guess contradicted by the function words of another language ("a
 * saída de emergência está trancada" holds more Portuguese than French).
 * The guess is loaded here, on the first text that needs it: a keyword
 * (HELP, STATUS) is answered without it.
 */
async function languageOf(text: string): Promise<string> {
  const { detectLanguage, STOPWORDS } = await languageGuess();
  const detected = detectLanguage(text);
  const own = STOPWORDS[detected];
  if (!own) return detected;
  const tokens =
    text
      .toLowerCase()
      .replaceAll('’', "'")
      .match(/[\p{L}']+/gu) ?? [];
  const contradicted = Object.entries(STOPWORDS).some(([language, other]) => {
    if (language === detected) return false;
    const forGuess = tokens.filter((t) => own.has(t) && !other.has(t)).length;
    const forOther = tokens.filter((t) => other.has(t) && !own.has(t)).length;
    return forOther > forGuess;
  });
  return contradicted ? 'und' : detected;
}

/** The guess, else (`und`) the strong cues of a short text. */
const orCues = async (guess: string, text: string, configured: readonly string[]) =>
  guess === 'und' ? shortTextLanguage(text, configured) : guess;

/** Whether `text` holds at least one function word of `language` ("la", "est", "the"). */
async function hasFunctionWord(text: string, language: string): Promise<boolean> {
  const own = (await languageGuess()).STOPWORDS[language];
  if (!own) return true;
  return (
    text
      .toLowerCase()
      .replaceAll('’', "'")
      .match(/[\p{L}']+/gu) ?? []
  ).some((t) => own.has(t));
}

/**
 * The language a keyword answers in: its own, when it belongs to one
 * language the installation speaks (AYUDA: Spanish). A keyword several
 * spoken languages share (URGENT: English and French; ESTADO and URGENTE,
 * once Portuguese is added beside Spanish) tells nothing of which one was
 * meant, so the site's language answers, never whichever catalogue happens
 * to be listed first.
 */
function keywordLanguage(languages: readonly Language[], configured: readonly string[], site: Language): Language {
  const spoken = languages.filter((language) => configured.includes(language));
  return spoken.length === 1 ? spoken[0]! : site;
}

/**
 * The language a report's words are written in, when the installation speaks it and it can be told (as a
 * text sent by SMS is answered: `replyLanguage`); else `fallback`. For a refusal of a report sent with no
 * language named (no `?lang=`, no `Accept-Language`): a French report is refused in French.
 */
export async function wordsLanguage(
  config: Pick<Config, 'languages'>,
  text: string,
  fallback: Language,
): Promise<Language> {
  if (!text.trim()) return fallback;
  const detected = await orCues(await languageOf(text), text, config.languages);
  return detected === 'und' ? fallback : chooseLanguage(config.languages, [detected], fallback);
}
