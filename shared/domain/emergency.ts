import type { Config } from '../config/schema';
import { translate, type Language } from '../i18n/translate';

/**
 * The number to call when someone is in danger now: the site's own, else the installation's; undefined
 * when neither is set (the line then says "your local emergency number").
 */
export function emergencyNumberFor(
  config: Pick<Config, 'sites' | 'emergencyNumber'>,
  site: string | undefined,
): string | undefined {
  const own = site ? config.sites.find((s) => s.id === site)?.emergencyNumber : undefined;
  return own ?? config.emergencyNumber;
}

/**
 * "If you or someone else is in danger now, call 911.": Listening Post is read by people in
 * working hours, days later at best, so every place someone may report danger says where help
 * comes at once.
 */
export function emergencyLine(
  config: Pick<Config, 'sites' | 'emergencyNumber'>,
  language: Language,
  site?: string,
): string {
  const number = emergencyNumberFor(config, site);
  return number ? translate(language, 'emergency.callNumber', { number }) : translate(language, 'emergency.callLocal');
}
