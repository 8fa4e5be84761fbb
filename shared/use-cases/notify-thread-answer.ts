import { recipientsAt, startOfHour, type EscalationMessage } from '../domain/escalation';
import { signLink } from '../domain/signed-link';
import { conversationEmail } from '../email/conversation-email';
import type { EscalationDeps } from './raise-escalation';

/**
 * Tells whoever holds a case that its employee has answered in the
 * conversation: the answer (redacted) and a signed link to the case. Never a
 * sponsor the case goes around. A case past retention is told nothing. A
 * retried message may send the email twice; it is never lost.
 */
export async function notifyThreadAnswer(deps: EscalationDeps, message: EscalationMessage): Promise<boolean> {
  const escalation = await deps.escalations.get(message.escalationId);
  if (!escalation) return false;
  const { emails } = recipientsAt(deps.config, escalation.sponsorId, escalation.level, escalation.reroute?.bypassed);
  const expiresAt =
    Math.floor(startOfHour(deps.clock.now()).getTime() / 1000) + deps.config.escalation.linkValidDays * 86_400;
  const link = `${deps.publicUrl}/ack/${signLink({ subject: escalation.id, expiresAt }, deps.linkSigningKey)}`;
  const urgent = message.urgentCategories.length > 0;
  await deps.mailer.send(
    conversationEmail(deps.config, escalation, emails, link, { kind: 'answer', answer: message.redactedText, urgent }),
  );
  return true;
}
