import { TooManyRequestsError } from '../../../shared/errors';
import type { KioskRegistry } from '../../../shared/ports/kiosk-registry';
import type { TokenBucket } from './rate-limit';

/** Enough for every tablet of a large organisation; the oldest is forgotten first. */
const MAX_KNOWN_TOKENS = 10_000;

/**
 * The kiosk registry, with each look-up of a token this process has not yet
 * seen work paid from `unverified`: a flood of made-up tokens costs the table
 * at most that budget, and never the kiosk channel's, which only
 * authenticated kiosks spend. A token that turns out valid gives its token
 * back and is remembered (as its hash, in memory only), so a known kiosk is
 * never refused for the flood. Every request is still looked up: a revoked
 * token stops working at once, and is forgotten.
 *
 * Enrolment codes (the one-use links) spend the same budget, every one of
 * them, since none is ever seen twice: a flood of made-up codes reaches the
 * table no faster than made-up tokens, and a code that works gives its
 * token back.
 *
 * @example
 * const kiosks = withTokenCheckBudget(registry, tokenBucket({ perSecond: 5, burst: 25 }));
 * await authenticateKiosk({ kiosks, config }, authorization); // 429 once made-up tokens have spent the budget
 */
export function withTokenCheckBudget(
  registry: Pick<KioskRegistry, 'findByTokenHash' | 'redeemEnrolment'>,
  unverified: TokenBucket,
): Pick<KioskRegistry, 'findByTokenHash' | 'redeemEnrolment'> {
  const known = new Set<string>();
  const spend = () => {
    const retryAfterSeconds = unverified.take();
    if (retryAfterSeconds !== undefined)
      throw new TooManyRequestsError(
        'Too many kiosk sign-ins right now; please try again in a moment.',
        retryAfterSeconds,
      );
  };
  return {
    async redeemEnrolment(codeHash) {
      spend();
      const sealed = await registry.redeemEnrolment(codeHash);
      if (sealed !== undefined) unverified.giveBack();
      return sealed;
    },
    async findByTokenHash(tokenHash) {
      const wasKnown = known.has(tokenHash);
      if (!wasKnown) spend();
      const kiosk = await registry.findByTokenHash(tokenHash);
      if (!kiosk) {
        known.delete(tokenHash);
        return undefined;
      }
      if (!wasKnown) {
        unverified.giveBack();
        known.add(tokenHash);
        if (known.size > MAX_KNOWN_TOKENS) known.delete(known.values().next().value!);
      }
      return kiosk;
    },
  };
}
