import type { Config } from '../config/schema';
import { NO_SITE } from '../domain/weekly-figures';
import { digestTranslator } from '../i18n/digest';
import type { Language } from '../i18n/languages';

/**
 * Names for the ids the figures carry, in the reader's language: a site's or
 * topic's `names[language]` where the config gives one, else its `name`; an
 * unknown id shows as itself.
 */
export function labelsFor(config: Config, language: Language = 'en') {
  const t = digestTranslator(language);
  return {
    site: (id: string) => {
      if (id === NO_SITE) return t('digest.label.noSite');
      const site = config.sites.find((s) => s.id === id);
      return site ? (site.names?.[language] ?? site.name) : id;
    },
    topic: (id: string) => {
      const topic = config.topics.find((tp) => tp.id === id);
      return topic ? (topic.names?.[language] ?? topic.name) : id;
    },
    channel: (id: string) => t('digest.label.channel', { channel: id }),
    otherChannels: t('digest.label.otherChannels'),
    otherSites: t('digest.label.otherSites'),
    otherTopics: t('digest.label.otherTopics'),
    otherLanguages: t('digest.label.otherLanguages'),
    unknownLanguage: t('digest.label.unknownLanguage'),
    language,
  };
}

export type Labels = ReturnType<typeof labelsFor>;
