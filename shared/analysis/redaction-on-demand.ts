import { once } from '../runtime/once';
import type * as Redaction from './redact';

/**
 * The redactor, loaded the first time something is to be redacted. Its word
 * and name lists and rules are about 300 KB of a bundle: the intake, the
 * sponsors' and the SMS functions redact only a sponsor's answer, an
 * employee's reply or a preview, so a cold start that does none of those
 * (a submission, a status look-up, a link refused) neither evaluates them
 * nor, where the bundle is split, reads them (docs/performance.md). A failed
 * load is tried again on the next call.
 *
 * @example
 * const { redact } = await redaction();
 */
export const redaction: () => Promise<typeof Redaction> = once(() => import('./redact'));
