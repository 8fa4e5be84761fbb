import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { CASE_CODE_ALPHABET, caseCodeTypo, newCaseCode, normaliseCaseCode } from '../../../shared/domain/case-code';
import { exampleConfig } from '../../support/fixtures';
import { codeIn, signedTwilioRequest, smsTestApp, twilioFields } from '../../support/sms';

// Codes and keywords as employees type them on a phone: separators of every kind, a code split over two lines,
// wrapped in a mail app's "Re:", keywords with a "please" or a question mark, shouted in full-width letters. What
// cannot be read is told how to write it; a keyword never swallows a real message.

const read = (body: string) => readSmsIntent(body, exampleConfig, undefined);
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
const fullWidth = (text: string) =>
  [...text].map((ch) => (/[!-~]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');

describe('a case code as typed', () => {
  const code = '7KQ4M-XW9TR';
  it.each([
    '7kq4m.xw9tr',
    '7KQ4M/XW9TR',
    '7kq4m_xw9tr',
    '7KQ4M \\ XW9TR',
    '7KQ4M\nXW9TR',
    '7KQ4M\r\nXW9TR',
    '7KQ 4MX W9TR',
    '7kq4m·xw9tr',
    fullWidth('7kq4m.xw9tr'),
    '"7KQ4M-XW9TR".',
    '«7kq4m xw9tr»',
  ])('Should read %j as the code', (typed) => {
    expect(normaliseCaseCode(typed)).toBe(code);
  });

  it('Should never read S as 5, B as 8 or Z as 2: each is a symbol of its own', () => {
    expect(CASE_CODE_ALPHABET).toContain('S');
    expect(CASE_CODE_ALPHABET).toContain('5');
    expect(normaliseCaseCode('SBZ22-55888')).toBe('SBZ22-55888');
    expect(normaliseCaseCode('5822Z-SSBBB')).toBe('5822Z-SSBBB');
  });

  it.each(['7KQ4O-XW9TR', '7kq4m-xw9t0', '7KQ4M-XW91R', '7KQ4M-XWIT2', 'l7q4m-xw9tr'])(
    'Should tell %j apart from a code no case has: it holds a character no code has',
    (typed) => {
      expect(normaliseCaseCode(typed)).toBeUndefined();
      expect(caseCodeTypo(typed)).toBe('left-out');
    },
  );

  it.each(['lamentable', 'ABCDE-FGHJK', '12', 'ABCDE-FGH10X', '١٢٣٤٥-٦٧٨٩٠'])(
    'Should not call %j a code with a wrong character',
    (typed) => expect(caseCodeTypo(typed)).toBeUndefined(),
  );
});

describe('SMS keywords as typed', () => {
  it.each([
    ['stop please', ['en']],
    ['Please STOP', ['en']],
    ['ＳＴＯＰ', ['en']],
    ['STOP ALL', ['en']],
    ['stop texting me', ['en']],
    ['unsubscribe me now', ['en']],
    ['BAJA por favor', ['es']],
    ['Arrêt svp', ['fr']],
  ])('Should read %j as a wish to stop the carrier does not act on: told the word that works', (body, languages) => {
    expect(read(body)).toEqual({ kind: 'opt-out', languages });
  });

  it.each(['STOP', 'stop', ' Stop. ', 'REVOKE', 'OptOut', 'quit'])(
    'Should leave %j, which Twilio acts on itself, unanswered',
    (body) => {
      expect(read(body)).toEqual({ kind: 'stop' });
    },
  );

  it.each([
    'stop the line, someone is hurt',
    'Stop scheduling me for weekends',
    'cancel the overtime, people are exhausted',
    'help, Dana fell from the ladder',
    'Status of the repairs is a joke',
    'Estado lamentable',
  ])('Should keep %j as feedback', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', text: body });
  });

  it.each([
    ['HELP?', ['en']],
    ['help please', ['en']],
    ['ｈｅｌｐ', ['en']],
    ['SOCORRO', ['es']],
    ['¡Auxilio!', ['es']],
    ['¿AYUDA?', ['es']],
    ['au secours', ['fr']],
  ])('Should answer %j with help, in its language', (body, languages) => {
    expect(read(body)).toEqual({ kind: 'help', languages });
  });

  it.each(['STATUS?', 'status pls', 'Status please!', 'ＳＴＡＴＵＳ', 'estado por favor'])(
    'Should answer %j with how to follow a case, storing nothing',
    (body) => {
      expect(read(body)).toMatchObject({ kind: 'status', code: undefined, typed: false });
    },
  );

  it.each([
    'STATUS 7kq4m.xw9tr',
    'status 7KQ4M/XW9TR please',
    'Status 7kq4m_xw9tr',
    'STATUS 7KQ4M\nXW9TR',
    'Fwd: STATUS 7KQ4M-XW9TR',
    'RE : status "7kq4m-xw9tr"',
    fullWidth('STATUS 7KQ4M.XW9TR'),
  ])('Should look up the case for %j', (body) => {
    expect(read(body)).toMatchObject({ kind: 'status', code: '7KQ4M-XW9TR' });
  });

  it.each([
    ['Re: 7KQ4M-XW9TR the leak is back', 'the leak is back'],
    ['RE : 7kq4m.xw9tr still broken', 'still broken'],
    ['AW: AW: 7KQ4M XW9TR danke', 'danke'],
    ['Fwd: REPLY 7kq4m/xw9tr nobody came', 'nobody came'],
    ['7kq4m_xw9tr nobody came', 'nobody came'],
    ['7KQ4M\nXW9TR nobody came', 'nobody came'],
    ['Re[2]: (7KQ4M-XW9TR) nobody came', 'nobody came'],
  ])('Should take %j as an answer on the case', (body, text) => {
    expect(read(body)).toMatchObject({ kind: 'reply', code: '7KQ4M-XW9TR', text });
  });

  // A code of letters alone (about one in twenty is) behind "Re:" with a full stop between its groups: an answer, as
  // with a digit in it (the integration test drew such a code and filed the answer as a new report); a space alone
  // between two five-letter words after "Re:" stays a report ("Re: there smell gas …").
  it.each([
    ['RE : JHEED.MQFGZ the lock on 14 is broken too', 'JHEED-MQFGZ', 'the lock on 14 is broken too'],
    ['Re: kxwpt/mqfgz nobody came', 'KXWPT-MQFGZ', 'nobody came'],
  ])('Should take %j, a code of letters alone, as an answer on the case', (body, code, text) => {
    expect(read(body)).toMatchObject({ kind: 'reply', code, text });
  });

  it('Should keep a message that only starts like a reply as it was written', () => {
    expect(read('Re: the canteen, still closed at 6')).toMatchObject({
      kind: 'feedback',
      text: 'Re: the canteen, still closed at 6',
    });
    expect(read('Re: there smell gas in bay 3')).toMatchObject({ kind: 'feedback' });
  });
});

describe('replies to codes and keywords as typed (signed webhook)', () => {
  it('Should find the case however its code is typed, and store nothing new', async () => {
    const { text, store } = smsTestApp();
    const code = codeIn((await text('The canteen closes too early'))[0]);
    const cases = store.cases.size;
    const [first, second] = code.split('-') as [string, string];
    for (const body of [
      `STATUS ${first.toLowerCase()}.${second.toLowerCase()}`,
      `status ${first}/${second} please`,
      `STATUS ${first}\n${second}`,
      `Fwd: STATUS ${fullWidth(code)}`,
    ])
      expect(await text(body), body).toEqual([`Case ${code}: received; it will be read shortly.`]);
    expect(store.cases.size).toBe(cases);
  });

  it.each([
    // Texts go out in the GSM alphabet: accents dropped, a plain apostrophe.
    ['STATUS 7KQ4O-XW9TR', /^Case codes never have 0, O, 1, I or L/],
    ['ESTADO 7kq4m-xw9t0', /^Los codigos de caso nunca llevan 0, O, 1, I ni L/],
    ['STATUT 7KQ4M XW91R', /^Les codes de cas n'ont jamais 0, O, 1, I ni L/],
  ])('Should tell %j which characters no code has, in its language, storing nothing', async (body, said) => {
    const { text, store, queue } = smsTestApp();
    const replies = await text(body);
    expect(replies).toEqual([expect.stringMatching(said)]);
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toHaveLength(0);
  });

  it.each([
    ['stop please', 'To stop getting texts from this number, reply STOP.'],
    ['ＳＴＯＰ', 'To stop getting texts from this number, reply STOP.'],
    ['BAJA por favor', 'Para dejar de recibir mensajes de este número, responda STOP.'],
  ])('Should tell %j to send STOP alone, and keep nothing', async (body, said) => {
    const { text, store, queue } = smsTestApp();
    expect(await text(body)).toEqual([
      `${said.startsWith('Para') ? 'No se guardó nada.' : 'Nothing was saved.'} ${said}`,
    ]);
    expect(store.cases.size).toBe(0);
    expect(queue.messages).toHaveLength(0);
  });

  it.each(['REVOKE', 'optout'])(
    'Should answer %j, which Twilio acts on, with nothing and keep nothing',
    async (body) => {
      const { app, store, queue } = smsTestApp();
      const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body })));
      expect(await res.text()).toBe(EMPTY_TWIML);
      expect(store.cases.size).toBe(0);
      expect(queue.messages).toHaveLength(0);
    },
  );

  it('Should answer SOCORRO in Spanish with the help text and the emergency line', async () => {
    const { text, store } = smsTestApp();
    const [help, danger] = await text('SOCORRO');
    expect(help).toMatch(/anónim/);
    expect(danger).toMatch(/peligro/);
    expect(store.cases.size).toBe(0);
  });

  it('Should keep "stop the line, someone is injured" as an urgent report, not an opt-out', async () => {
    const { text, queue } = smsTestApp();
    const replies = await text('stop the line, someone is injured');
    expect(replies[0]).toMatch(/Your case code is/);
    expect(replies.join(' ')).toMatch(/danger/);
    expect(queue.messages[0]!.text).toBe('stop the line, someone is injured');
  });

  it('Should answer "STATUS?" with how to follow a case, not file it as a report', async () => {
    const { text, store } = smsTestApp();
    expect(await text('STATUS?')).toEqual([expect.stringMatching(/text STATUS and its code/)]);
    expect(await text('status pls')).toEqual([expect.stringMatching(/text STATUS and its code/)]);
    expect(store.cases.size).toBe(0);
  });
});

describe('codes and keywords typed any way (generated)', () => {
  const pieces = fc.constantFrom(
    'STATUS',
    'status',
    'ESTADO',
    'REPLY',
    'STOP',
    'stop',
    'HELP',
    'SOCORRO',
    'Re:',
    'RE :',
    'Fwd:',
    'AW:',
    'please',
    '?',
    '¿',
    '"',
    '(',
    '.',
    '/',
    '_',
    '\n',
    '\r\n',
    ' ',
    'O',
    '0',
    'l',
    '1',
    'ＳＴＯＰ',
    '\u200b',
    '－',
    newCaseCode(),
    '7kq4m',
    'xw9tr',
    'someone is hurt',
  );
  const typed = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(''));

  it('Should read every mixture of codes, keywords and separators without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ unit: 'grapheme' })), (body) => {
        read(body);
        normaliseCaseCode(body);
        caseCodeTypo(body);
      }),
      { numRuns: 2000 },
    );
  });

  it('Should answer every such text through the signed webhook with a 200, never a 5xx', {
    timeout: 120_000,
  }, async () => {
    const { app } = smsTestApp();
    await fc.assert(
      fc.asyncProperty(typed, async (body) => {
        const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body })));
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
