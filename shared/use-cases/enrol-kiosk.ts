import type { Config } from '../config/schema';
import { isoWeekOf } from '../domain/iso-week';
import { kioskNameSchema, kioskTokenHash, newKioskId, newKioskToken } from '../domain/kiosk';
import { ValidationError } from '../errors';
import { configuredLanguage } from '../i18n/language-tag';
import type { Clock } from '../ports/clock';
import type { Kiosk, KioskRegistry } from '../ports/kiosk-registry';

export interface EnrolKioskDeps {
  kiosks: KioskRegistry;
  config: Config;
  clock: Clock;
}

export interface Enrolment {
  kiosk: Kiosk;
  /** The raw token: returned once, to be shown once; the registry keeps only its hash. */
  token: string;
}

/**
 * Enrols a tablet for a configured site and returns its token.
 *
 * @example
 * const { kiosk, token } = await enrolKiosk(deps, { site: 'hq', name: 'HQ 3rd floor kitchen', language: 'fr' });
 */
export async function enrolKiosk(
  deps: EnrolKioskDeps,
  request: { site: string; name: string; language?: string },
): Promise<Enrolment> {
  if (!deps.config.sites.some((s) => s.id === request.site)) {
    throw new ValidationError(
      `site '${request.site}' is not in the config; it must be one of: ${deps.config.sites.map((s) => s.id).join(', ')}`,
      [{ path: 'site', message: 'unknown site' }],
    );
  }
  const name = kioskNameSchema.safeParse(request.name);
  if (!name.success)
    throw new ValidationError(name.error.issues[0]!.message, [
      { path: 'name', message: name.error.issues[0]!.message },
    ]);
  // `es-MX`, `fr_CA`, `FR` enrol the configured `es`, `fr`.
  const language = configuredLanguage(deps.config.languages, request.language);
  if (request.language !== undefined && language === undefined) {
    throw new ValidationError(
      `language '${request.language}' is not one this installation speaks; it must be one of: ${deps.config.languages.join(', ')}`,
      [{ path: 'language', message: 'not a configured language' }],
    );
  }
  const token = newKioskToken();
  const kiosk: Kiosk = {
    id: newKioskId(),
    site: request.site,
    name: name.data,
    enrolledAt: isoWeekOf(deps.clock.now(), 'UTC'),
    // Unset unless chosen: the kiosk then follows its site's language, even if that changes later.
    ...(language ? { language } : {}),
  };
  await deps.kiosks.enrol(kiosk, kioskTokenHash(token));
  return { kiosk, token };
}
