import type { Config } from '../../../shared/config/schema';
import { emergencyNumberFor } from '../../../shared/domain/emergency';
import { kioskLanguage } from '../../../shared/domain/kiosk-language';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import type { KioskIdentity } from '../../../shared/ports/kiosk-registry';

/**
 * What `GET /kiosk/config` tells a tablet: its site, the language it starts
 * each session in, and the question and topic names in every configured
 * language, so that a switch on the start screen needs no request (the
 * tablet may be offline). `question` and `topics[].name` are the kiosk's
 * own language, for a tablet still running the script of before.
 */
export interface KioskSettings {
  siteName: string;
  /** The site's name in each language (`sites[].names`, else `name`), for a switch on the start screen. */
  siteNames: Partial<Record<Language, string>>;
  language: Language;
  question: string;
  questions: Partial<Record<Language, string>>;
  topics: { id: string; name: string; names: Partial<Record<Language, string>> }[];
  /**
   * The number to call in danger at this kiosk's site (`sites[].emergencyNumber`, else the
   * installation's); null when neither is set ("call your local emergency number").
   */
  emergencyNumber: string | null;
  /**
   * The number this kiosk's site takes texts on (its first `sites[].smsNumbers`), for the thank-you's
   * "text STATUS <code> to <number>"; null when the site has none.
   */
  smsNumber: string | null;
}

/**
 * @example
 * kioskSettings(config, { kioskId: 'k-7hq2mx', site: 'plant2', language: 'fr' }).question // 'Comment ça va au travail aujourd’hui ?'
 */
export function kioskSettings(config: Config, kiosk: KioskIdentity): KioskSettings {
  const site = config.sites.find((s) => s.id === kiosk.site)!;
  const language = kioskLanguage(config, kiosk);
  const questionIn = (l: Language) => {
    const own = site.kioskQuestion;
    if (typeof own === 'string') return own;
    return own?.[l] ?? translate(l, 'kiosk.start.question');
  };
  const each = <T>(value: (l: Language) => T) =>
    Object.fromEntries(config.languages.map((l) => [l, value(l)])) as Partial<Record<Language, T>>;
  return {
    siteName: site.names?.[language] ?? site.name,
    siteNames: each((l) => site.names?.[l] ?? site.name),
    language,
    question: questionIn(language),
    questions: each(questionIn),
    topics: config.topics.map((t) => ({
      id: t.id,
      name: t.names?.[language] ?? t.name,
      names: each((l) => t.names?.[l] ?? t.name),
    })),
    emergencyNumber: emergencyNumberFor(config, kiosk.site) ?? null,
    smsNumber: site.smsNumbers[0] ?? null,
  };
}
