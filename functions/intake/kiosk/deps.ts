import type { KioskRegistry } from '../../../shared/ports/kiosk-registry';

/** What the kiosk channel adds to the intake: the registry that knows enrolled kiosks. */
export interface KioskChannelDeps {
  kiosks: KioskRegistry;
}
