import { languageGuess } from '../analysis/language-on-demand';
import { nameList } from '../i18n/name-list';
import {
  nameIn,
  siteAt,
  siteKnown,
  siteName as siteNameIn,
  topicKnown,
  topicName as topicNameIn,
} from '../config/local-names';
import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Language } from '../i18n/languages';
import { localPlaceholders } from '../i18n/placeholders';
import { sponsorText } from '../i18n/sponsor';
import { dangerWords } from './danger-words';

/** "Health & Safety" and "health and safety" read alike. */
const wordsOf = (phrase: string) =>
  ` ${phrase
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The phrases with each idea once: a phrase whose words all appear, in order,
 * within another ("harassment" within "harassment and bullying", "safety"
 * within "health and safety") is left out, as is a second copy of one.
 */
function eachIdeaOnce(phrases: string[]): string[] {
  const kept: string[] = [];
  phrases.forEach((phrase, i) => {
    const words = wordsOf(phrase);
    if (words.trim() === '') return;
    const covered = phrases.some((other, j) => {
      const otherWords = wordsOf(other);
      return j !== i && (otherWords === words ? j < i : otherWords.includes(words));
    });
    if (!covered) kept.push(phrase);
  });
  return kept;
}

/** "a, b and c" as `language` lists things. */
const listIn = (language: Language, items: string[]) => nameList(language, items);

/** What an urgency category is, in the reader's words. */
const categoryIn = (language: Language, category: string) => sponsorText(language, 'sponsor.category', { category });

/** Why it came to this sponsor, as a clause they would say. */
function reasonIn(language: Language, config: Config, e: Escalation, reason: string): string {
  if (reason === 'requested') return sponsorText(language, 'sponsor.reason.requested');
  if (reason === 'pattern') return sponsorText(language, 'sponsor.reason.pattern');
  const categories = e.urgentCategories.map((c) => categoryIn(language, c));
  const urgentTopics = e.topics
    .map((t) => config.topics.find((c) => c.id === t))
    .filter((t) => t?.urgent)
    .map((t) => nameIn(t!, language).toLocaleLowerCase(language));
  const about = eachIdeaOnce([...categories, ...urgentTopics]);
  return about.length
    ? sponsorText(language, 'sponsor.reason.urgentAbout', { about: listIn(language, about) })
    : sponsorText(language, 'sponsor.reason.urgent');
}

/** "Spanish" for `es`, in the reader's language ("espagnol"); undefined when unknown (`und`) or not a language code. */
export function languageName(code: string | undefined, reader: Language = 'en'): string | undefined {
  if (!code || code === 'und') return undefined;
  try {
    const name = new Intl.DisplayNames(reader, { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined; // not a well-formed language tag
  }
}

/**
 * The language to name to the sponsor, or undefined to say nothing of it:
 * the one the analysis found, unless the text itself clearly reads as
 * another (a name, a wrong language, would mislead more than none).
 */
async function languageToName(e: Escalation): Promise<string | undefined> {
  if (!e.language || e.language === 'und') return undefined;
  const { detectLanguage } = await languageGuess();
  // Redaction marks ("[NAME]") are the service's words, not the employee's.
  const own = detectLanguage(e.redactedText.replace(/\[[A-Z_]+\]/g, ' '));
  const base = e.language.split('-')[0];
  return own === 'und' || own === base ? e.language : undefined;
}

/** A report's words as its escalation email shows them: redacted, placeholders in the reader's words, or why they are missing. */
export const whatWasSaid = (language: Language, e: Escalation): string =>
  e.textWithheld
    ? withheldNote(language, e)
    : // A tap on a kiosk face, a topic, a tick: an empty box under "What was said" reads as a fault.
      e.redactedText.trim()
      ? localPlaceholders(language, e.redactedText)
      : sponsorText(language, 'sponsor.noWords');

/** Why the text is missing, for the sponsor: it was never processed, so it is never shown. */
function withheldNote(language: Language, e: Escalation): string {
  return sponsorText(language, 'sponsor.withheld', {
    why: e.reasons.includes('requested') ? 'requested' : 'other',
    about: e.urgentCategories.length
      ? listIn(
          language,
          e.urgentCategories.map((c) => categoryIn(language, c)),
        )
      : 'none',
  });
}

/** Patterns are counted in whole weeks (no case keeps its day): this one and those before it. */
function patternText(language: Language, { count, windowDays }: { count: number; windowDays: number }): string {
  const weeks = Math.round(windowDays / 7);
  return sponsorText(language, 'sponsor.pattern', { count, before: Math.max(0, weeks - 1), days: windowDays });
}

/**
 * An escalation as its reader is told it, in their language: where, about
 * what, why it came to them, what was said (the employee's words exactly as
 * stored, with the language they wrote in named in the reader's).
 */
export function describeEscalation(config: Config, e: Escalation, language: Language = config.defaultLanguage) {
  const siteName = e.site ? siteNameIn(config, e.site, language) : undefined;
  // A site the config no longer has is left out of the subject, as a gone topic is; its line says "A site no longer listed".
  const knownSite = e.site && siteKnown(config, e.site) ? e.site : undefined;
  // A topic the config no longer has (renamed or removed since the case came
  // in) is left out of the subject: its raw id would mean nothing to the
  // reader. The topic line still says one was chosen ("A topic no longer
  // offered"), once however many are gone, rather than "Not given".
  const topicNames = e.topics.filter((id) => topicKnown(config, id)).map((id) => topicNameIn(config, id, language));
  const topicList = topicNames.length ? listIn(language, topicNames) : undefined;
  const gone = e.topics.some((id) => !topicKnown(config, id)) ? sponsorText(language, 'sponsor.topicGone') : undefined;
  const topicLine = gone
    ? topicNames.length
      ? listIn(language, [...topicNames, gone.charAt(0).toLocaleLowerCase(language) + gone.slice(1)])
      : gone
    : topicList;
  const notGiven = sponsorText(language, 'sponsor.notGiven');
  const where = {
    kind: topicList && knownSite ? 'both' : topicList ? 'topic' : knownSite ? 'site' : 'none',
    topics: topicList,
    site: knownSite ? siteName : undefined,
    at: knownSite ? siteAt(config, knownSite, language) : undefined,
  };
  // The kind of danger first, when its topics do not say it: "Risk of self-harm or suicide (no site or topic given)".
  const danger = dangerWords(config, e, language);
  /** The matter in a few words, for a subject or a heading: "Health and safety at Plant 2", "Feedback from Plant 2". */
  const about = danger
    ? sponsorText(language, 'sponsor.aboutDanger', {
        ...where,
        danger: danger.charAt(0).toLocaleUpperCase(language) + danger.slice(1),
      })
    : sponsorText(language, 'sponsor.about', where);
  // Each reason a sentence of its own: two clauses joined by "and" read as one muddled reason.
  const reasons = e.reasons
    .map((r) => reasonIn(language, config, e, r))
    .map((clause) => `${clause.charAt(0).toLocaleUpperCase(language)}${clause.slice(1)}.`)
    .join(' ');
  const what = e.pattern ? patternText(language, e.pattern) : whatWasSaid(language, e);
  const translation =
    e.translation && !e.textWithheld
      ? {
          ...e.translation,
          text: localPlaceholders(language, e.translation.text),
          name: languageName(e.translation.language, language) ?? e.translation.language,
        }
      : undefined;
  const heading = sponsorText(
    language,
    e.pattern ? 'sponsor.said.pattern' : e.textWithheld ? 'sponsor.said.withheld' : 'sponsor.said.redacted',
  );
  return {
    site: siteName ?? notGiven,
    topics: topicLine ?? notGiven,
    about,
    /** The heading or subject's start: "Urgent: …" for an urgent matter. */
    title: sponsorText(language, 'sponsor.urgentAbout', { urgent: e.urgent ? 'yes' : 'no', about }),
    reasons,
    what,
    heading,
    translation: translation
      ? { ...translation, heading: sponsorText(language, 'sponsor.translation', { language: translation.name }) }
      : undefined,
  };
}

/**
 * "Written in Spanish." (in the reader's language) beside an escalation's
 * text, or undefined when the language is not clear or no text is shown.
 * Apart from `describeEscalation` because it needs the offline language
 * guess, loaded here on first use: the functions that send or show
 * escalations (escalate, sweep, digest, the sponsors') then read it only
 * when they first name a language, not at every cold start.
 */
export async function writtenInFor(e: Escalation, language: Language): Promise<string | undefined> {
  if (e.pattern || e.textWithheld) return undefined;
  const name = languageName(await languageToName(e), language);
  return name ? sponsorText(language, 'sponsor.writtenIn', { language: name }) : undefined;
}
