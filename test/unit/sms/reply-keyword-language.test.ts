import { describe, expect, it } from 'vitest';
import { smsReplyLanguage } from '../../../shared/domain/sms-language';
import { exampleConfig } from '../../support/fixtures';

const HQ_NUMBER = '+15550100001';
const lang = (body: string) => smsReplyLanguage(exampleConfig, body, HQ_NUMBER);

describe('the language of the reply to an SMS answer', async () => {
  it('Should follow the keyword when the answer’s letters alone suggest another language', async () => {
    expect(await lang(`REPLY 7KQ4M-XW9TR ${'é'.repeat(1700)}`)).toBe('en');
    expect(await lang(`RESPONDER 7KQ4M-XW9TR ${'ç'.repeat(40)}`)).toBe('es');
  });

  it('Should follow the answer’s words when they show their language', async () => {
    expect(await lang('REPLY 7KQ4M-XW9TR la porte est toujours bloquée')).toBe('fr');
    expect(await lang('7KQ4M-XW9TR la salida sigue bloqueada con las cajas')).toBe('es');
    expect(await lang('REPLY 7KQ4M-XW9TR the east door by bay 3')).toBe('en');
  });
});
