import type { Config } from '../config/schema';
import { recipientsAt, routeToSponsor, slaHours, type Escalation, type EscalationMessage } from '../domain/escalation';
import { signLink } from '../domain/signed-link';
import { escalationEmail } from '../email/escalation-email';
import type { Clock } from '../ports/clock';
import type { EscalationStore } from '../ports/escalation-store';
import type { FeedbackStore } from '../ports/feedback-store';
import type { Mailer } from '../ports/mailer';
import type { Metrics } from '../ports/metrics';
import { DAY_MS, HOUR_MS } from '../domain/durations';

export interface EscalationDeps {
  config: Config;
  escalations: EscalationStore;
  cases: FeedbackStore;
  mailer: Mailer;
  clock: Clock;
  linkSigningKey: string;
  /** Where links in emails point, e.g. https://feedback.example.com */
  publicUrl: string;
  /** Counts `EscalationsRaised`; none locally. */
  metrics?: Metrics;
}

/**
 * Records an escalation for its sponsor and emails them. Safe to run again
 * for the same message: the escalation is created once (its id is its
 * cause), the email goes out once per level (`notifiedLevel`), and the
 * case's status only moves forward.
 */
export async function raiseEscalation(deps: EscalationDeps, message: EscalationMessage): Promise<Escalation> {
  const { config, escalations, clock } = deps;
  const now = clock.now();
  const urgent = message.urgentCategories.length > 0 || message.topics.some((t) => config.topics.find((c) => c.id === t)?.urgent);
  const sponsor = routeToSponsor(config, message.site, message.topics);
  const draft: Escalation = {
    id: message.escalationId,
    reasons: message.reasons,
    caseKey: message.caseKey,
    site: message.site,
    topics: message.topics,
    urgentCategories: message.urgentCategories,
    urgent,
    redactedText: message.redactedText,
    pattern: message.pattern,
    sponsorId: sponsor.id,
    level: 0,
    raisedAt: now.toISOString(),
    slaDueAt: new Date(now.getTime() + slaHours(config, urgent) * HOUR_MS).toISOString(),
    status: 'raised',
    notifiedLevel: -1,
    audit: [{ at: now.toISOString(), event: 'raised', detail: `for ${sponsor.name}: ${message.reasons.join(', ')}` }],
  };
  const created = await escalations.create(draft, new Date(now.getTime() + config.retention.escalationDays * DAY_MS));
  if (created) deps.metrics?.count('EscalationsRaised');
  const escalation = created ? draft : await escalations.get(draft.id);
  if (!escalation) throw new Error('escalation vanished between create and read');
  if (escalation.caseKey) await deps.cases.advanceStatus(escalation.caseKey, 'escalated');
  await notify(deps, escalation);
  return escalation;
}

/** Emails whoever is responsible at the escalation's current level, unless that has been done. */
export async function notify(deps: EscalationDeps, escalation: Escalation): Promise<void> {
  if (escalation.notifiedLevel >= escalation.level) return;
  const { config, clock } = deps;
  const now = clock.now();
  const recipients = recipientsAt(config, escalation.sponsorId, escalation.level);
  const token = signLink({ escalationId: escalation.id, expiresAt: Math.floor(now.getTime() / 1000) + config.escalation.linkValidDays * 86_400 }, deps.linkSigningKey);
  await deps.mailer.send(escalationEmail(config, escalation, recipients.emails, `${deps.publicUrl}/ack/${token}`, recipients.names));
  await deps.escalations.markNotified(escalation.id, escalation.level, { at: now.toISOString(), event: 'notified', detail: `emailed ${recipients.names}` });
}
