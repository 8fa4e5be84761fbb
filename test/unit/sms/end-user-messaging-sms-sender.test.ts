import { PinpointSMSVoiceV2Client, SendTextMessageCommand } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { EndUserMessagingSmsSender } from '../../../shared/adapters/aws/end-user-messaging-sms-sender';

const sms = mockClient(PinpointSMSVoiceV2Client);
const client = () => new PinpointSMSVoiceV2Client({ region: 'eu-west-1' });
afterEach(() => sms.reset());

describe('EndUserMessagingSmsSender', () => {
  it('Should send a transactional SendTextMessage from the number that was texted', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'm-1' });
    await new EndUserMessagingSmsSender(client()).send({
      to: '+447700900461',
      from: '+15550100002',
      text: 'Thank you.',
    });
    expect(sms.commandCalls(SendTextMessageCommand).map((c) => c.args[0].input)).toEqual([
      {
        DestinationPhoneNumber: '+447700900461',
        OriginationIdentity: '+15550100002',
        MessageBody: 'Thank you.',
        MessageType: 'TRANSACTIONAL',
      },
    ]);
  });

  it('Should send from the configured pool and configuration set when given', async () => {
    sms.on(SendTextMessageCommand).resolves({ MessageId: 'm-2' });
    const sender = new EndUserMessagingSmsSender(client(), {
      originationIdentity: 'pool-0123456789abcdef',
      configurationSetName: 'listening-post',
    });
    await sender.send({ to: '+447700900461', from: '+15550100002', text: 'Hi' });
    expect(sms.commandCalls(SendTextMessageCommand)[0]!.args[0].input).toMatchObject({
      OriginationIdentity: 'pool-0123456789abcdef',
      ConfigurationSetName: 'listening-post',
    });
  });

  it('Should let a failed send reject, so the Lambda can retry', async () => {
    sms.on(SendTextMessageCommand).rejects(new Error('ThrottlingException'));
    const sending = new EndUserMessagingSmsSender(client()).send({ to: '+1', from: '+2', text: 'x' });
    await expect(sending).rejects.toThrow('ThrottlingException');
  });
});
