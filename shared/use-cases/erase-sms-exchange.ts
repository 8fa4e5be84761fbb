import type { SmsErasureJob } from '../domain/sms-erasure';
import type { ProviderMessageEraser } from '../ports/provider-message-eraser';

export interface EraseSmsExchangeDeps {
  eraser: ProviderMessageEraser;
}

/**
 * Deletes the texter's message and our reply from the provider's log. Each
 * is tried even when the other fails; the job fails (and is tried again) if
 * either is still there. Deleting twice is harmless: gone is gone.
 *
 * @example
 * await eraseSmsExchange({ eraser }, { accountSid: 'AC…', messageSids: ['SM…inbound', 'SM…reply'] });
 */
export async function eraseSmsExchange(deps: EraseSmsExchangeDeps, job: SmsErasureJob): Promise<void> {
  const results = await Promise.allSettled(
    [...new Set(job.messageSids)].map((sid) => deps.eraser.erase(job.accountSid, sid)),
  );
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
