import type { Config } from '../../shared/config/schema';
import { LinkRefusedError, type AnswerDeps } from '../../shared/use-cases/answer-escalation';
import type { SponsorDeps } from './deps';

/**
 * What a sponsor's answer to a case (acknowledge, respond) needs, from their
 * link or their desk; a refusal of every link when this runtime has no
 * escalations.
 */
export function answerDeps(deps: SponsorDeps): AnswerDeps & { config: Config } {
  if (!deps.escalations) throw new LinkRefusedError('unknown');
  return {
    config: deps.config,
    escalations: deps.escalations.store,
    cases: deps.cases,
    clock: deps.clock,
    linkSigningKey: deps.escalations.linkSigningKey,
    legal: deps.clocks ? { config: deps.config, clocks: deps.clocks, threads: deps.threads } : undefined,
  };
}
