import type { SmsReply } from './handle-inbound-sms';

/** What the line is written with: the function's logger. */
interface InfoLog {
  info(message: string, attributes: Record<string, unknown>): void;
}

/**
 * The log line of a text handled, for either provider: its outcome and how
 * many replies, never the number or the words. None when a case was made or
 * an answer sent: the line's timestamp would date it.
 */
export function logSmsHandled(logger: InfoLog, provider: 'twilio' | 'end-user-messaging', reply: SmsReply): void {
  if (reply.outcome === 'accepted' || reply.outcome === 'answered') return;
  logger.info('sms handled', { channel: 'sms', provider, outcome: reply.outcome, replies: reply.messages.length });
}
