/** One outbound text. The numbers live only in memory, for the length of the call. */
export interface OutboundSms {
  to: string;
  /** The number the employee texted, so the reply comes from the same number. */
  from: string;
  text: string;
}

/** Sends a reply text (AWS End User Messaging SMS `SendTextMessage`). Twilio replies go in the webhook's TwiML instead. */
export interface SmsSender {
  send(sms: OutboundSms): Promise<void>;
}
