import { describe, expect, it } from 'vitest';
import { appWithFakes } from '../../support/fixtures';
import { smsTestApp } from '../../support/sms';

// A newcomer typed a case code a character short ("7KQ4M-XW9T") on the web and by text: the web said "That is not how
// a case code looks: it has ten letters and digits", the text "No case has that code", as if the code were right and
// the case gone. Whatever is typed, both channels now give the same answer: not a code (how one looks), no such case,
// or a 0, O, 1, I or L to look at again.

const shown = (html: string) => html.replace(/<[^>]+>/g, '');

/** Which of the three answers a reply gives, in the words both channels share. */
function answerOf(words: string): 'not-a-code' | 'no-such-case' | 'left-out' | 'other' {
  if (/That is not how a case code looks: it has ten letters and digits, like 7KQ4M-XW9TR/.test(words))
    return 'not-a-code';
  if (/No case has that code/.test(words)) return 'no-such-case';
  if (/Case codes never have 0, O, 1, I or L/.test(words)) return 'left-out';
  return 'other';
}

async function onTheWeb(typed: string) {
  const { app } = appWithFakes();
  const res = await app.request('/status', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ code: typed }).toString(),
  });
  return answerOf(shown(await res.text()));
}

async function byText(typed: string) {
  const { text } = smsTestApp();
  const [reply] = await text(`STATUS ${typed}`);
  return answerOf(reply ?? '');
}

describe('a mistyped case code, on the web and by text', () => {
  for (const [typed, answer] of [
    ['7KQ4M-XW9T', 'not-a-code'],
    ['7KQ4MXW9T', 'not-a-code'],
    ['7kq4m xw9', 'not-a-code'],
    ['7KQ4M-XW9TRR', 'not-a-code'],
    ['abc', 'not-a-code'],
    ['22222-22222', 'no-such-case'],
    ['7KQ4M-XW9T0', 'left-out'],
    // The help's placeholder copied as written (newcomer nc44: README's `"STATUS <code>"` opened a new report
    // holding "<code>", and within minutes of an urgent text was sent to its sponsor as the employee's answer).
    ['<code>', 'not-a-code'],
    ['<CODE>', 'not-a-code'],
    ['[case code]', 'not-a-code'],
    ['{code}', 'not-a-code'],
    ['(code)', 'not-a-code'],
  ] as const) {
    it(`Should answer "${typed}" the same way on both (${answer})`, async () => {
      expect(await onTheWeb(typed)).toBe(answer);
      expect(await byText(typed)).toBe(answer);
    });
  }

  it('Should say how a code looks in Spanish and French by text, and keep within one text', async () => {
    const { text } = smsTestApp();
    // A text is sent in the phone alphabet (GSM-7): accents may be dropped, so they are compared without them.
    const plain = (s = '') =>
      s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[\u2019']/g, "'");
    const [es] = await text('ESTADO 7KQ4M-XW9T');
    expect(plain(es)).toMatch(
      /^Eso no tiene la forma de un codigo de caso: tiene diez letras y numeros, como 7KQ4M-XW9TR/,
    );
    const [fr] = await text('STATUT 7KQ4M-XW9T');
    expect(plain(fr)).toMatch(/^Ce n'est pas la forme d'un code de cas : il a dix lettres et chiffres/);
    for (const reply of [es, fr]) expect(reply!.length).toBeLessThanOrEqual(160);
    const [esPlaceholder] = await text('ESTADO <código>');
    expect(plain(esPlaceholder)).toMatch(/^Eso no tiene la forma de un codigo de caso/);
    const [frPlaceholder] = await text('STATUT [code]');
    expect(plain(frPlaceholder)).toMatch(/^Ce n'est pas la forme d'un code de cas/);
  });

  it('Should never open a report, or answer on a case, with a placeholder typed after STATUS', async () => {
    const { text } = smsTestApp();
    const [receipt] = await text('URGENT the forklift in bay 3 has no working horn and hit a pallet');
    expect(receipt).toMatch(/Text STATUS /);
    // Within minutes of that urgent report, the copied help line is still a lookup: nothing is added to the case.
    const replies = await text('STATUS <code>');
    expect(replies.join(' ')).toMatch(/That is not how a case code looks/);
    expect(replies.join(' ')).not.toMatch(/case code is|Case [0-9A-Z]{5}-|Your answer on case|were saved/);
  });
});
