import { describe, expect, it } from 'vitest';
import { isGsm7, smsSegmentCount, toGsm7 } from '../../../shared/domain/gsm7';
import * as replies from '../../../shared/domain/sms-replies';
import { CATALOGUES } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';

/**
 * Spanish and French texts keep their accents ("Envíe", "revisará") whenever
 * UCS-2 fits: a reply in two segments, a response across its numbered
 * messages. Dropping one can change the meaning ("revisara" is another tense).
 */
const CODE = '7KQ4M-XW9TR';
/** Every word of the language's SMS texts that GSM-7 cannot carry, as it reads with its accent dropped. */
const strippedWords = (language: 'es' | 'fr') => {
  const words = new Set<string>();
  const texts = Object.entries(CATALOGUES[language].messages as Record<string, string>);
  for (const [key, text] of texts) {
    if (!key.startsWith('sms.')) continue;
    for (const word of text.match(/\p{L}+/gu) ?? []) if (!isGsm7(word)) words.add(toGsm7(word));
  }
  // A stripped form that is a word of its own ("esta" beside "está") is no sign of a lost accent.
  for (const [, text] of texts) for (const word of text.match(/\p{L}+/gu) ?? []) words.delete(word);
  return words;
};
const repliesIn = (language: 'es' | 'fr') => [
  replies.acceptedReply(CODE, { escalate: true, pictures: false }, language),
  replies.acceptedReply(CODE, { escalate: false, pictures: true }, language),
  replies.helpReply(exampleConfig, language),
  replies.answerSentReply(CODE, language),
  replies.noConversationReply(CODE, language),
  replies.threadFullReply(CODE, language),
  replies.caseClosedReply(CODE, language),
  replies.replyUsageReply(language),
  replies.statusUsageReply(language),
  replies.unknownCaseReply(language),
  replies.throttledReply(language),
  replies.emptyReply(language),
  replies.tooLongReply(language),
  ...replies.statusReplies({ caseCode: CODE, status: 'acknowledged' }, language),
  ...replies.statusReplies({ caseCode: CODE, status: 'closed' }, language),
];

describe.each(['es', 'fr'] as const)('SMS replies in %s', (language) => {
  it('Should keep every accent in each reply, within two segments', () => {
    const stripped = strippedWords(language);
    for (const reply of repliesIn(language)) {
      expect(smsSegmentCount(reply), reply).toBeLessThanOrEqual(2);
      const lost = (reply.match(/\p{L}+/gu) ?? []).filter((w) => stripped.has(w) && isGsm7(w));
      expect(lost, reply).toEqual([]);
    }
  });
});

describe('a published response sent by SMS', () => {
  const response =
    'Gracias por avisar. El equipo de mantenimiento revisará la salida de emergencia esta semana y el jefe de planta le informará del resultado; también se añadirá una revisión diaria.';

  it('Should keep its accents across numbered one-segment messages', () => {
    const texts = replies.statusReplies({ caseCode: CODE, status: 'responded', response }, 'es');
    expect(texts.length).toBeGreaterThan(1);
    const joined = texts.map((t) => t.replace(/^\(\d+\/\d+\) /, '')).join(' ');
    expect(joined).toContain('revisará');
    expect(joined).toContain('informará');
    texts.forEach((t, i) => {
      expect(t.startsWith(`(${i + 1}/${texts.length}) `)).toBe(true);
      expect(smsSegmentCount(t), t).toBe(1);
    });
  });

  it('Should fall back to plain letters only when the accented text would take too many messages', () => {
    const long = Array.from({ length: 6 }, () => response).join(' ');
    const texts = replies.statusReplies({ caseCode: CODE, status: 'responded', response: long }, 'es');
    expect(texts.length).toBeLessThanOrEqual(8);
    for (const t of texts) expect(smsSegmentCount(t)).toBe(1);
  });
});
