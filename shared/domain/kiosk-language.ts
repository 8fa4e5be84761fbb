import type { Config } from '../config/schema';
import { isLanguage, type Language } from '../i18n/languages';

/**
 * The language a kiosk starts each session in: the one set at enrolment,
 * else its site's, else the installation's default. A language since
 * removed from `config.languages` is skipped, so a kiosk never starts in a
 * language the installation no longer speaks.
 *
 * @example
 * kioskLanguage(config, { site: 'plant2', language: 'fr' }) // 'fr'
 */
export function kioskLanguage(config: Config, kiosk: { site: string; language?: string }): Language {
  const site = config.sites.find((s) => s.id === kiosk.site);
  for (const candidate of [kiosk.language, site?.language]) {
    if (candidate && isLanguage(candidate) && config.languages.includes(candidate)) return candidate;
  }
  return config.defaultLanguage;
}
