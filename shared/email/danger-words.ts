import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Language } from '../i18n/languages';
import { nameList } from '../i18n/name-list';
import { sponsorText } from '../i18n/sponsor';

/**
 * The kinds of danger the detector found, gravest first: the order a sponsor reads them in a subject.
 * Why: attack att42 found a self-harm report with no site reaching the CEO under "Urgent: Feedback with no site
 * or topic": the subject sponsors triage their inbox by hid the gravest kind of report there is.
 */
const GRAVEST_FIRST = ['self-harm', 'threat', 'safety', 'harassment', 'discrimination', 'fraud'];

/** The urgency categories a topic stands for: its own (`urgencyCategories`), else the category of its id. */
const categoriesOfTopic = (config: Config, id: string): string[] => {
  const topic = config.topics.find((t) => t.id === id);
  return topic?.urgencyCategories ?? [id];
};

/**
 * The kinds of danger an urgent report is about, in a sponsor's words ("risk of self-harm or suicide and threat
 * of violence"), for its subject and heading: undefined when none was found (a report only ticked urgent) or when
 * its topics already say it ("Health and safety" says a fire is a safety matter). Only the detector's categories,
 * never anything of the report's words: nothing that could tell who wrote it.
 */
export function dangerWords(config: Config, e: Escalation, language: Language): string | undefined {
  if (!e.urgent || e.pattern) return undefined;
  const named = new Set(e.topics.flatMap((id) => categoriesOfTopic(config, id)));
  const kinds = [...new Set(e.urgentCategories)]
    .filter((c) => !named.has(c))
    .sort((a, b) => rank(a) - rank(b))
    .map((category) => sponsorText(language, 'sponsor.danger', { category }));
  return kinds.length ? nameList(language, kinds) : undefined;
}

/** Where a category stands in `GRAVEST_FIRST`; one it does not know goes last. */
const rank = (category: string) => {
  const at = GRAVEST_FIRST.indexOf(category);
  return at < 0 ? GRAVEST_FIRST.length : at;
};
