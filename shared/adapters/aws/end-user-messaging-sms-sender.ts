import { SendTextMessageCommand, type PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { OutboundSms, SmsSender } from '../../ports/sms-sender';

export interface EndUserMessagingSmsSenderOptions {
  /**
   * A pool or phone number (id or ARN) to send from. When unset, each reply
   * goes out from the number the employee texted.
   */
  originationIdentity?: string;
  /** A configuration set for delivery events. */
  configurationSetName?: string;
}

/** Replies through AWS End User Messaging SMS (`SendTextMessage`, the `pinpoint-sms-voice-v2` API). */
export class EndUserMessagingSmsSender implements SmsSender {
  constructor(
    private readonly client: PinpointSMSVoiceV2Client,
    private readonly options: EndUserMessagingSmsSenderOptions = {},
  ) {}

  async send(sms: OutboundSms): Promise<void> {
    await this.client.send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: sms.to,
        OriginationIdentity: this.options.originationIdentity ?? sms.from,
        MessageBody: sms.text,
        MessageType: 'TRANSACTIONAL',
        ConfigurationSetName: this.options.configurationSetName,
      }),
    );
  }
}
