import type { Config } from '../config/schema';
import { isoWeekOf } from '../domain/iso-week';
import { sealTokenForCode } from '../crypto/kiosk-enrolment-seal';
import {
  enrolmentCodeHash,
  enrolmentLinkValidUntil,
  kioskNameSchema,
  kioskTokenHash,
  newEnrolmentCode,
  newKioskId,
  newKioskToken,
} from '../domain/kiosk';
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
  /**
   * The one-use code for the tablet's link (`/kiosk#enrol=<code>`), the only
   * secret the operator is shown: the tablet exchanges it once, within a day,
   * for its token. The registry keeps only its hash.
   */
  code: string;
  /** Until when the code works (on the hour). */
  validUntil: Date;
  /**
   * The raw token, for callers in this process (tests) only: never shown to
   * the operator, whose link carries the code; the registry keeps its hash,
   * and the token sealed under the code until the tablet takes it.
   */
  token: string;
}

/**
 * Enrols a tablet for a configured site and returns its one-use enrolment code.
 *
 * @example
 * const { kiosk, code } = await enrolKiosk(deps, { site: 'hq', name: 'HQ 3rd floor kitchen', language: 'fr' });
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
  const code = newEnrolmentCode();
  const validUntil = enrolmentLinkValidUntil(deps.clock.now());
  const kiosk: Kiosk = {
    id: newKioskId(),
    site: request.site,
    name: name.data,
    enrolledAt: isoWeekOf(deps.clock.now(), 'UTC'),
    // Unset unless chosen: the kiosk then follows its site's language, even if that changes later.
    ...(language ? { language } : {}),
  };
  await deps.kiosks.enrol(kiosk, kioskTokenHash(token), {
    codeHash: enrolmentCodeHash(code),
    sealedToken: sealTokenForCode(code, token),
    validUntil,
  });
  return { kiosk, code, validUntil, token };
}
