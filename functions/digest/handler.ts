import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { ISO_WEEK_PATTERN } from '../../shared/domain/iso-week';
import { lastCompleteWeek } from '../../shared/digest/weeks';
import type { Metrics } from '../../shared/ports/metrics';
import type { LegalClocks } from '../../shared/ports/legal-clocks';
import { publishDigest, type DigestDeps, type DigestRun } from '../../shared/use-cases/publish-digest';

/**
 * What EventBridge Scheduler (or an operator's `aws lambda invoke`) passes.
 * The weekly schedule sends `{}`: the last complete week in the configured
 * time zone. A digest goes once per week and recipient, so a retried
 * invocation sends nothing twice; `resend: true` sends again deliberately.
 * Naming a week builds it again on demand.
 */
export const digestEventSchema = z
  .object({
    week: z.string().regex(ISO_WEEK_PATTERN, 'must be an ISO week such as 2026-W47').optional(),
    to: z.array(z.email()).min(1).optional(),
    dryRun: z.boolean().optional(),
    /** Send again to recipients who already had the week's digest. */
    resend: z.boolean().optional(),
  })
  .strip();
export type DigestEvent = z.input<typeof digestEventSchema>;

export interface DigestHandlerDeps extends Omit<DigestDeps, 'clocks'> {
  /** Required here: without them leadership's digest would list no case near or past a legal deadline. */
  clocks: LegalClocks;
  logger: Logger;
  /** `DigestsSent`, one per email delivered; none locally. */
  metrics?: Metrics;
}

/** The digest Lambda: a thin entry over `publishDigest`. */
export function createDigestHandler(deps: DigestHandlerDeps) {
  return async function digest(event: DigestEvent | null | undefined, _context?: Context): Promise<DigestRun> {
    const parsed = digestEventSchema.safeParse(event ?? {});
    if (!parsed.success)
      throw new Error(
        `invalid digest event: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ')}`,
      );
    const { week, to, dryRun, resend } = parsed.data;
    const run = await publishDigest(
      { ...deps, progress: (line) => deps.logger.info(line) },
      { week: week ?? lastCompleteWeek(deps.clock.now(), deps.config.timezone), to, dryRun, resend },
    );
    const sent = run.digests.filter((d) => d.sentTo.length).length;
    if (sent) deps.metrics?.count('DigestsSent', sent);
    deps.logger.info('digest published', {
      week: run.week,
      digests: run.digests.length,
      sent,
      alreadySent: run.alreadySent,
      readMs: Math.round(run.ms.read),
      buildMs: Math.round(run.ms.build),
      deliverMs: Math.round(run.ms.deliver),
    });
    return run;
  };
}
