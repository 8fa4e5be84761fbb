/** Deletes one message record from the SMS provider's log (Twilio's REST API). */
export interface ProviderMessageEraser {
  /**
   * Deletes the message, or finds it already gone: both resolve. Rejects
   * while the provider cannot delete it yet, or cannot be reached; the
   * caller tries again later.
   */
  erase(accountSid: string, messageSid: string): Promise<void>;
}
