import { describe, expect, it } from 'vitest';
import { objectedReply, objectUsageReply } from '../../../shared/domain/sms-replies';
import { replyLanguage } from '../../../shared/domain/sms-language';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { smsSegmentCount } from '../../../shared/domain/gsm7';
import { exampleConfig } from '../../support/fixtures';

// Attacker's round 19: the employee can say by text, as from their case page, that the report is about the
// person handling it: CONFLICT <code> (CONFLICTO, CONFLIT). The word counts only before a code, or alone.
const CODE = '7KQ4M-XW9TR';

describe('saying by SMS that the report is about the person handling it', () => {
  it.each([
    ['CONFLICT', 'en'],
    ['conflict:', 'en'],
    ['CONFLICTO', 'es'],
    ['Conflicto', 'es'],
    ['CONFLIT', 'fr'],
  ] as const)(
    'Should read "%s <code>" as the case going to someone else, answered in its language',
    async (word, language) => {
      const body = `${word} ${CODE}`;
      const intent = readSmsIntent(body, exampleConfig, undefined);
      expect(intent).toMatchObject({ kind: 'object', code: CODE, text: '' });
      expect(await replyLanguage(exampleConfig, intent, body, undefined)).toBe(language);
    },
  );

  it('Should keep words after the code, as an answer on the case', () => {
    expect(
      readSmsIntent(`CONFLICT ${CODE.replace('-', ' ')} it is about the GM`, exampleConfig, undefined),
    ).toMatchObject({
      kind: 'object',
      code: CODE,
      text: 'it is about the GM',
    });
  });

  it('Should read the word alone as a question how, and the word before other words as feedback', () => {
    expect(readSmsIntent('CONFLICT', exampleConfig, undefined)).toMatchObject({ kind: 'object', code: undefined });
    for (const body of [
      'Conflict between the shifts again over the break room',
      'Conflicto con el supervisor de noche otra vez',
      'Conflit entre les équipes sur les pauses',
    ])
      expect(readSmsIntent(body, exampleConfig, undefined).kind).toBe('feedback');
  });

  it('Should say what happens in one or two segments, in each language', () => {
    for (const language of ['en', 'es', 'fr'] as const) {
      expect(smsSegmentCount(objectedReply(CODE, language))).toBeLessThanOrEqual(2);
      expect(smsSegmentCount(objectUsageReply(language))).toBeLessThanOrEqual(2);
    }
    expect(objectedReply(CODE, 'en')).toContain('goes to someone else');
    expect(objectedReply(CODE, 'es')).toContain('pasa a otra persona');
    expect(objectedReply(CODE, 'fr')).toContain('passe à quelqu');
  });
});
