import { openTokenWithCode } from '../crypto/kiosk-enrolment-seal';
import { enrolmentCodeHash, looksLikeEnrolmentCode } from '../domain/kiosk';
import { AppError } from '../errors';
import type { KioskRegistry } from '../ports/kiosk-registry';

/**
 * An enrolment link that gives no token: used already, past its day, revoked,
 * or never issued. One refusal for all, so a guess learns nothing; the tablet
 * tells whoever holds it to ask for a new link.
 */
export class EnrolmentLinkError extends AppError {
  constructor() {
    super(
      'link_expired',
      'This set-up link has already been used, has expired or was revoked; ask whoever looks after the kiosks for a new one',
    );
    this.name = 'EnrolmentLinkError';
  }
}

/**
 * The tablet's token for a one-use enrolment code (from its link), once:
 * the code's enrolment is deleted as it is read, so the link opens nothing
 * afterwards. A code of the wrong shape is refused without a table read.
 *
 * @example
 * const token = await redeemKioskEnrolment({ kiosks }, 'lpe_…'); // then EnrolmentLinkError for the same code
 */
export async function redeemKioskEnrolment(
  deps: { kiosks: Pick<KioskRegistry, 'redeemEnrolment'> },
  code: string,
): Promise<string> {
  if (!looksLikeEnrolmentCode(code)) throw new EnrolmentLinkError();
  const sealed = await deps.kiosks.redeemEnrolment(enrolmentCodeHash(code));
  const token = sealed === undefined ? undefined : openTokenWithCode(code, sealed);
  if (!token) throw new EnrolmentLinkError();
  return token;
}
