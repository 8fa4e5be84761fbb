import { siteName, topicName } from '../config/local-names';
import type { Config } from '../config/schema';
import { NO_SITE } from '../domain/weekly-figures';
import { digestTranslator } from '../i18n/digest';
import type { Language } from '../i18n/languages';

/**
 * Names for the ids the figures carry, in the reader's language: a site's or
 * topic's `names[language]` where the config gives one, else its `name`; a
 * site the config no longer has reads "A site no longer listed", a topic "A
 * topic no longer offered" (their rows and counts kept as they were: only the words change).
 */
export function labelsFor(config: Config, language: Language = 'en') {
  const t = digestTranslator(language);
  return {
    site: (id: string) => {
      if (id === NO_SITE) return t('digest.label.noSite');
      return siteName(config, id, language);
    },
    topic: (id: string) => topicName(config, id, language),
    channel: (id: string) => t('digest.label.channel', { channel: id }),
    otherChannels: t('digest.label.otherChannels'),
    otherSites: t('digest.label.otherSites'),
    otherTopics: t('digest.label.otherTopics'),
    otherLanguages: t('digest.label.otherLanguages'),
    // The same row when no other is named beside it: "Other sites combined" alone read as if sites had gone missing.
    allChannels: t('digest.label.allChannels'),
    allSites: t('digest.label.allSites'),
    allTopics: t('digest.label.allTopics'),
    unknownLanguage: t('digest.label.unknownLanguage'),
    language,
  };
}

export type Labels = ReturnType<typeof labelsFor>;
