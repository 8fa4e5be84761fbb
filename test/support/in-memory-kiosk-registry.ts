import type { Kiosk, KioskIdentity, KioskRegistry, PendingEnrolment } from '../../shared/ports/kiosk-registry';

/** A fake of the kiosk registry for `app.request()` tests; the DynamoDB adapter is tested against dynalite. */
export class InMemoryKioskRegistry implements KioskRegistry {
  readonly kiosks = new Map<string, Kiosk & { tokenHash: string; codeHash?: string }>();
  readonly tokens = new Map<string, KioskIdentity>();
  readonly enrolments = new Map<string, PendingEnrolment & { kioskId: string }>();

  /** `now`: the registry's clock, which decides when a link has expired (tests move it). */
  constructor(public now: () => Date = () => new Date()) {}

  async enrol(kiosk: Kiosk, tokenHash: string, enrolment?: PendingEnrolment): Promise<void> {
    this.kiosks.set(kiosk.id, { ...kiosk, tokenHash, ...(enrolment ? { codeHash: enrolment.codeHash } : {}) });
    this.tokens.set(tokenHash, {
      kioskId: kiosk.id,
      site: kiosk.site,
      ...(kiosk.language ? { language: kiosk.language } : {}),
    });
    if (enrolment) this.enrolments.set(enrolment.codeHash, { ...enrolment, kioskId: kiosk.id });
  }
  async redeemEnrolment(codeHash: string): Promise<string | undefined> {
    const enrolment = this.enrolments.get(codeHash);
    if (!enrolment || enrolment.validUntil <= this.now()) return undefined;
    this.enrolments.delete(codeHash);
    return enrolment.sealedToken;
  }
  async list(): Promise<Kiosk[]> {
    return [...this.kiosks.values()].map(({ tokenHash: _, codeHash, ...kiosk }) => {
      const link = codeHash === undefined || kiosk.revokedAt ? undefined : this.enrolments.get(codeHash);
      if (!link) return kiosk;
      const state = link.validUntil > this.now() ? 'waiting' : 'expired';
      return { ...kiosk, link: { state, validUntil: link.validUntil.toISOString() } };
    });
  }
  async revoke(id: string): Promise<Kiosk | undefined> {
    const kiosk = this.kiosks.get(id);
    if (!kiosk) return undefined;
    this.tokens.delete(kiosk.tokenHash);
    if (kiosk.codeHash) this.enrolments.delete(kiosk.codeHash);
    kiosk.revokedAt ??= new Date().toISOString();
    const { tokenHash: _, codeHash: _code, ...rest } = kiosk;
    return rest;
  }
  async findByTokenHash(tokenHash: string): Promise<KioskIdentity | undefined> {
    return this.tokens.get(tokenHash);
  }
}
