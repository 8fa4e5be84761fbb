import { describe, expect, it } from 'vitest';
import {
  EMPLOYEE_TEXT_BODY,
  MOST_BYTES_SENT_PER_CHARACTER,
  mostBytesSent,
  OTHER_FIELDS_BYTES,
  SPONSOR_TEXT_BODY,
} from '../../../functions/intake/middleware/body-limits';
import { TWILIO_MAX_BODY_BYTES } from '../../../functions/intake/routes/sms-twilio';
import { MAX_TEXT_BYTES, MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../../shared/use-cases/case-conversation';
import { encodeBody, longestOf, spell } from '../../support/text-encodings';

const utf8 = new TextEncoder();

describe('request body limits sized from the longest way to send the longest text', () => {
  it('Should hold, for every character, the most bytes any valid spelling and encoding of it takes', () => {
    const most = { form: [0, 0, 0, 0], json: [0, 0, 0, 0] };
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (char.normalize('NFC') !== char) continue; // counted as what it normalises to
      const bytes = utf8.encode(char).length;
      for (const sent of char === '\n' ? ['\n', '\r\n'] : [char, char.normalize('NFD')]) {
        // Every byte as %XX; every UTF-16 unit as \uXXXX: the longest each encoding allows.
        most.form[bytes - 1] = Math.max(most.form[bytes - 1]!, 3 * utf8.encode(sent).length);
        most.json[bytes - 1] = Math.max(most.json[bytes - 1]!, 6 * sent.length);
      }
    }
    for (const encoding of ['form', 'json'] as const)
      for (let b = 0; b < 4; b++)
        expect(MOST_BYTES_SENT_PER_CHARACTER[encoding][b]).toBeGreaterThanOrEqual(most[encoding][b]!);
  }, 120_000); // every code point, normalised twice: a few seconds alone, more on a busy machine

  it('Should leave room for the longest texts people write, spelled and escaped the longest way', () => {
    const texts = [
      longestOf(['漏']),
      longestOf(['ح']),
      longestOf(['😀']),
      spell(longestOf(['갃']), { nfd: true, crlf: false }),
      spell(longestOf(['😀', '😀', '😀', '\n']), { nfd: false, crlf: true }),
    ];
    for (const text of texts) {
      expect(encodeBody('form-every-byte', { text }).body.length).toBeLessThanOrEqual(mostBytesSent('form', limit));
      expect(encodeBody('json-escaped', { text }).body.length).toBeLessThanOrEqual(mostBytesSent('json', limit) + 16);
    }
  });

  const limit = { characters: MAX_TEXT_CHARACTERS, bytes: MAX_TEXT_BYTES };

  it('Should give every route room for its text and the fields around it, and no more than a few tens of KB', () => {
    expect(EMPLOYEE_TEXT_BODY.form).toBe(mostBytesSent('form', limit) + OTHER_FIELDS_BYTES);
    expect(EMPLOYEE_TEXT_BODY.json).toBe(mostBytesSent('json', limit) + OTHER_FIELDS_BYTES);
    // A sponsor's answer has as many characters as a submission, and no byte limit.
    expect(MAX_RESPONSE_CHARACTERS).toBe(MAX_TEXT_CHARACTERS);
    expect(MAX_SPONSOR_MESSAGE_CHARACTERS).toBe(MAX_TEXT_CHARACTERS);
    expect(SPONSOR_TEXT_BODY.form).toBeGreaterThanOrEqual(MAX_TEXT_CHARACTERS * 36);
    expect(TWILIO_MAX_BODY_BYTES).toBeGreaterThan(mostBytesSent('form', { characters: MAX_TEXT_CHARACTERS }));
    for (const bytes of [
      ...Object.values(EMPLOYEE_TEXT_BODY),
      ...Object.values(SPONSOR_TEXT_BODY),
      TWILIO_MAX_BODY_BYTES,
    ])
      expect(bytes).toBeLessThan(80 * 1024);
  });
});
