import type { Kiosk, KioskIdentity, KioskRegistry } from '../../shared/ports/kiosk-registry';

/** A fake of the kiosk registry for `app.request()` tests; the DynamoDB adapter is tested against dynalite. */
export class InMemoryKioskRegistry implements KioskRegistry {
  readonly kiosks = new Map<string, Kiosk & { tokenHash: string }>();
  readonly tokens = new Map<string, KioskIdentity>();

  async enrol(kiosk: Kiosk, tokenHash: string): Promise<void> {
    this.kiosks.set(kiosk.id, { ...kiosk, tokenHash });
    this.tokens.set(tokenHash, {
      kioskId: kiosk.id,
      site: kiosk.site,
      ...(kiosk.language ? { language: kiosk.language } : {}),
    });
  }
  async list(): Promise<Kiosk[]> {
    return [...this.kiosks.values()].map(({ tokenHash: _, ...kiosk }) => kiosk);
  }
  async revoke(id: string): Promise<Kiosk | undefined> {
    const kiosk = this.kiosks.get(id);
    if (!kiosk) return undefined;
    this.tokens.delete(kiosk.tokenHash);
    kiosk.revokedAt ??= new Date().toISOString();
    const { tokenHash: _, ...rest } = kiosk;
    return rest;
  }
  async findByTokenHash(tokenHash: string): Promise<KioskIdentity | undefined> {
    return this.tokens.get(tokenHash);
  }
}
