import type { Language } from '../i18n/languages';
import { sponsorText } from '../i18n/sponsor';
import type { Config } from './schema';

type Named = { name: string; names?: Partial<Record<Language, string>> };

/** A site's or topic's name in `language` (`names[language]`), else its plain `name`. */
export const nameIn = (named: Named, language: Language) => named.names?.[language] ?? named.name;

/** Whether the config still has the site `id` (a case or a week's figures may be older than its removal). */
export const siteKnown = (config: Config, id: string) => config.sites.some((s) => s.id === id);

/**
 * A site's name in `language`. An id the config no longer has (removed or
 * renamed since the case or figures were stored) reads "A site no longer
 * listed", as a gone topic does: its raw id would mean nothing to a reader.
 */
export function siteName(config: Config, id: string, language: Language): string {
  const site = config.sites.find((s) => s.id === id);
  return site ? nameIn(site, language) : sponsorText(language, 'sponsor.siteGone');
}

/** Whether the config still offers the topic `id` (a case or a week's figures may be older than a rename or removal). */
export const topicKnown = (config: Config, id: string) => config.topics.some((t) => t.id === id);

/**
 * A topic's name in `language`. An id the config no longer has (renamed or
 * removed since the case or figures were stored) reads "A topic no longer
 * offered": its raw id would mean nothing to a sponsor or leader.
 */
export function topicName(config: Config, id: string, language: Language): string {
  const topic = config.topics.find((t) => t.id === id);
  return topic ? nameIn(topic, language) : sponsorText(language, 'sponsor.topicGone');
}

/**
 * Where something happened, as a phrase that follows a subject ("at Plant 2",
 * "au siège", "en la planta 2"): the site's `at[language]` when the config
 * gives one (French and Spanish place names take an article the service
 * cannot guess), else the catalogue's form that reads right with any name
 * ("à l’établissement Siège").
 */
export function siteAt(config: Config, id: string, language: Language): string {
  const site = config.sites.find((s) => s.id === id);
  const own = site?.at?.[language];
  return own ?? sponsorText(language, 'sponsor.siteAt', { site: siteName(config, id, language) });
}
