import type { Config } from '../../../shared/config/schema';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import { textDirection } from '../../../shared/i18n/direction';
import { catalogueOf, type Language } from '../../../shared/i18n/languages';

/** What the kiosk's script reads from the page's `#kiosk-messages` data block. */
export interface KioskMessages {
  defaultLanguage: Language;
  /** The configured languages, in the config's order, as the switch shows them. */
  languages: { code: Language; name: string; direction: 'ltr' | 'rtl' }[];
  /** Each language's kiosk templates (`kiosk.*` keys), formatted in the browser. */
  messages: Partial<Record<Language, Partial<Record<MessageKey, string>>>>;
  /**
   * The installation's number to call in danger, for a tablet whose kept settings predate their
   * site's own (`/kiosk/config`'s `emergencyNumber` takes precedence); null when unset.
   */
  emergencyNumber: string | null;
  /**
   * Where the web form is (the config's `publicUrl`, without its scheme), for the "not set up" screen and
   * the thank-you; null when unset (the tablet then names the address it was opened at).
   */
  webAddress: string | null;
  /**
   * Every site's SMS number with the site's name in each language: the "not set up" screen says where
   * else to send feedback, and a tablet that is not set up knows no site of its own.
   */
  smsNumbers: { number: string; siteNames: Partial<Record<Language, string>> }[];
}

/**
 * The kiosk's own messages, the redaction placeholders its preview shows (`[NOM]` for `[NAME]`), shared
 * with the web form, and the emergency line, formatted on the tablet with its site's number.
 */
const isKioskMessage = (key: string) =>
  key.startsWith('kiosk.') || key === 'web.redacted' || key === 'emergency.callNumber' || key === 'emergency.callLocal';

/** The kiosk's messages in every configured language, and no other catalogue message (SMS, web pages, …). */
export function kioskMessages(config: Config): KioskMessages {
  return {
    defaultLanguage: config.defaultLanguage,
    languages: config.languages.map((code) => {
      // Direction from the shared right-to-left table, as the web pages do, so an RTL catalogue needs nothing else.
      return { code, name: catalogueOf(code).name, direction: textDirection(code) };
    }),
    messages: Object.fromEntries(
      config.languages.map((code) => [
        code,
        Object.fromEntries(Object.entries(catalogueOf(code).messages).filter(([key]) => isKioskMessage(key))),
      ]),
    ),
    emergencyNumber: config.emergencyNumber ?? null,
    webAddress: config.publicUrl ? config.publicUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '') : null,
    smsNumbers: config.sites.flatMap((site) =>
      site.smsNumbers.map((number) => ({
        number,
        siteNames: Object.fromEntries(config.languages.map((l) => [l, site.names?.[l] ?? site.name])),
      })),
    ),
  };
}

/**
 * The messages as the text of a `<script type="application/json">`: `<`
 * escaped, so that no text (a `</script>` in a translation) can end the
 * block; JSON reads `\u003c` back as `<`.
 */
export function kioskMessagesJson(config: Config): string {
  return JSON.stringify(kioskMessages(config)).replace(/</g, '\\u003c');
}
