import { describe, expect, it } from 'vitest';
import { replyLanguage } from '../../../shared/domain/sms-language';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { exampleConfig } from '../../support/fixtures';

// People answer a case with the word their language uses for it, noun or verb: every one opens an answer, never
// a new case holding the code, and the reply to it comes in that word's language when the answer's own is unclear.
const CODE = '7KQ4M-XW9TR';
const FORMS = [
  ['REPLY', 'en'],
  ['ANSWER', 'en'],
  ['Response', 'en'],
  ['RESPONDER', 'es'],
  ['RESPUESTA', 'es'],
  ['respuesta:', 'es'],
  ['CONTESTAR', 'es'],
  ['RÉPONSE', 'fr'],
  ['reponse', 'fr'],
  ['RÉPONDRE', 'fr'],
] as const;

describe('answering a case by SMS with the natural word of each language', () => {
  it.each(FORMS)('Should read "%s <code> …" as an answer', async (keyword, language) => {
    const body = `${keyword} ${CODE} ok`;
    const intent = readSmsIntent(body, exampleConfig, undefined);
    expect(intent).toMatchObject({ kind: 'reply', code: CODE, text: 'ok' });
    expect(await replyLanguage(exampleConfig, intent, body, undefined)).toBe(language);
  });

  it('Should read a text opening with a case code as an answer, in the answer’s language', async () => {
    const body = `${CODE} oui, la porte du quai est encore bloquée ce matin`;
    const intent = readSmsIntent(body, exampleConfig, undefined);
    expect(intent).toMatchObject({ kind: 'reply', code: CODE });
    expect(await replyLanguage(exampleConfig, intent, body, undefined)).toBe('fr');
  });

  it('Should keep the same words as feedback when no code follows', () => {
    for (const body of [
      'Réponse lente du service RH, trois semaines sans nouvelles',
      'Respuesta tardía de recursos humanos',
    ])
      expect(readSmsIntent(body, exampleConfig, undefined).kind).toBe('feedback');
  });
});
