import { describe, expect, it } from 'vitest';
import { codeIn } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Texts signed by Twilio's own library, to the running stack: a case code typed with full stops, slashes, a line
// break, in full-width letters or behind a mail app's "Re:" finds its case and opens none; keywords with a
// "please" or a question mark are answered, never filed as reports; a keyword in a real message stays a report.

describe('codes and keywords as employees type them (signed texts to the stack)', () => {
  const sms = useSmsStack({ serviceName: 'sms-codes-as-typed', startsAt: '2026-11-18T15:00:00Z' });
  const from = '+15557340611';
  const text = (Body: string) => sms.text(from, Body);
  const caseCount = sms.caseCount;

  it('Should find the case however its code is typed, and open no new one', async () => {
    const code = codeIn((await text('The lockers in the east changing room do not lock.'))[0]);
    const before = await caseCount();
    const [first, second] = code.split('-') as [string, string];
    const wide = [...code].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    for (const asked of [
      `STATUS ${first.toLowerCase()}.${second.toLowerCase()}`,
      `status ${first}/${second}?`,
      `Status ${first}_${second} pls`,
      `STATUS ${first}\n${second}`,
      `Fwd: STATUS "${code}"`,
      `STATUS ${wide}`,
    ])
      expect(await text(asked), asked).toEqual([`Case ${code}: received; it will be read shortly.`]);
    // Behind "Re:", the code and words are an answer on the case (this one has no conversation: told so).
    const answered = await text(`RE : ${first}.${second} the lock on 14 is broken too`);
    expect(answered).toEqual([expect.stringMatching(new RegExp(`^Case ${code} has no conversation`))]);
    expect(await caseCount()).toBe(before);
  });

  it('Should answer keywords typed with courtesy or punctuation, and keep a keyword in a real message as a report', async () => {
    const before = await caseCount();
    expect(await text('STATUS?')).toEqual([expect.stringMatching(/text STATUS and its code/)]);
    expect(await text('stop please')).toEqual([
      'Nothing was saved. To stop getting texts from this number, reply STOP.',
    ]);
    expect((await text('SOCORRO'))[1]).toMatch(/peligro/);
    expect(await text('ESTADO 7kq4m-xw9t0')).toEqual([expect.stringMatching(/^Los codigos de caso nunca llevan 0, O/)]);
    expect(await caseCount()).toBe(before);
    const report = await text('stop the line, someone is injured');
    // After the cry for help above (SOCORRO alone marks the sender's next report urgent, attack round 29).
    expect(report[0]).toMatch(/is marked urgent for a senior leader/);
    expect(report.at(-1)).toMatch(/If you or someone else is in danger now, call/);
    expect(await caseCount()).toBe(before + 1);
  });
});
