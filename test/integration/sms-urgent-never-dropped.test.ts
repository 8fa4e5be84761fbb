import { describe, expect, it } from 'vitest';
import { URGENT_SMS_OVER_BUDGET_PER_HOUR as URGENT_TEXTS_OVER_BUDGET } from '../../shared/config/schema';
import { writeEmergencyConfig } from '../support/emergency-config';
import { codeIn, HQ_NUMBER, newMessageSid, PLANT2_NUMBER } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Attacker's report: a text opening with an unknown #tag ("#metoo …", "#plant 2 URGENT gas leak") was
// not saved; the 11th text of an hour ("URGENT he has a knife") was dropped by the sender's budget; and
// nothing ever told someone in danger to call the emergency services. An urgent text is never lost:
// an unknown tag is kept in the text, an urgent text over the budget has a small allowance of its own,
// and HELP, AYUDA and urgent receipts say whom to call (the site's number, else the installation's).

const THROTTLED = (minutes: number) =>
  `You have sent a lot of messages this hour, so this one was not saved. Please try again in ${minutes} minutes.`;

describe('urgent texts are never dropped, and say whom to call in danger', () => {
  const sms = useSmsStack({
    serviceName: 'sms-urgent',
    startsAt: '2026-11-18T15:00:00Z',
    config: (dir) => writeEmergencyConfig(dir, 'emergency.config.json'),
  });
  const { stack, clock, text, caseCount } = sms;
  const spendTheHour = async (from: string) => {
    for (let i = 1; i <= 10; i += 1)
      expect((await text(from, `Another thing, number ${i}, about the canteen.`))[0]).toMatch(/Your case code is/);
  };

  it('Should take an urgent text over the sender’s budget, answer it as any urgent report, and bound a flood of them', async () => {
    const from = '+15557340201';
    await spendTheHour(from);
    const before = await caseCount();

    const sid = newMessageSid();
    const knife = await text(from, 'URGENT he has a knife and says he will hurt someone', PLANT2_NUMBER, sid);
    expect(knife).toEqual([
      expect.stringMatching(/^Thank you\. Case [A-Z0-9]{5}-[A-Z0-9]{5} is marked urgent for a senior leader\./),
      'If you or someone else is in danger now, call 112.',
    ]);
    const code = codeIn(knife[0]);
    await stack.waitForStatus(code, 'escalated');
    // Twilio's retry of it is the same case, the same answer, and spends nothing more.
    expect(await text(from, 'URGENT he has a knife and says he will hurt someone', PLANT2_NUMBER, sid)).toEqual(knife);

    // Urgent in its words alone, no keyword: the detector reads it. Another kind of danger than the knife's, so a
    // report of its own (words of the same danger within the minutes are the knife report's details: attack att33).
    const hit = await text(from, 'my supervisor grabbed my breasts in the break room today');
    expect(hit).toEqual([
      expect.stringMatching(/Your case code is/),
      'If you or someone else is in danger now, call 112.',
    ]);

    // Nothing urgent stays refused: the budget still holds, and the sender is told so, with when to write
    // again (the urgent texts taken over the budget did not use up the hour's answered refusals). Past the minutes in
    // which the sender's words are details of their urgent reports (those are let through: attack round 28, F12).
    clock.set('2026-11-18T15:11:00Z');
    expect(await text(from, 'One more thing about the canteen.')).toEqual([
      THROTTLED(49),
      'If you or someone else is in danger now, call 112.',
    ]);

    // A flood of made-up urgent texts: the allowance is spent, then nothing more is kept; the first few
    // refused are told so with the emergency line (answers of their own, which ordinary refusals cannot
    // spend), the rest get nothing.
    for (let i = 3; i <= URGENT_TEXTS_OVER_BUDGET; i += 1)
      expect((await text(from, `URGENT made-up emergency number ${i}`))[0]).toMatch(/marked urgent/);
    for (let i = 1; i <= 3; i += 1)
      expect(await text(from, `URGENT one more made-up emergency ${i}`)).toEqual([
        THROTTLED(49),
        'If you or someone else is in danger now, call 112.',
      ]);
    expect(await text(from, 'URGENT one more made-up emergency')).toEqual([]);
    expect(await caseCount()).toBe(before + URGENT_TEXTS_OVER_BUDGET);
  });

  it('Should refuse the first ordinary text over the budget with the emergency line, and keep it not', async () => {
    clock.set('2026-11-18T16:05:00Z');
    const from = '+15557340202';
    await spendTheHour(from);
    expect(await text(from, 'Another thing about the car park.', HQ_NUMBER)).toEqual([
      THROTTLED(55),
      'If you or someone else is in danger now, call 911.',
    ]);
  });

  it('Should keep a text with an unknown #tag, read site tags leniently, and say the tag was no site', async () => {
    clock.set('2026-11-18T17:05:00Z');
    const from = '+15557340203';
    const metoo = await text(from, '#metoo my supervisor assaulted me', '+15550199999');
    expect(metoo).toEqual([
      expect.stringMatching(/Your case code is/),
      'We did not recognise the site #metoo; your message was saved all the same. Site tags: #hq #plant2 #warehouse',
      'If you or someone else is in danger now, call 911.',
    ]);
    expect(codeIn(metoo[0])).toMatch(/-/);

    const spanish = await text(from, '#planta2 URGENTE fuga de gas', HQ_NUMBER);
    expect(spanish).toEqual([
      expect.stringMatching(/^Gracias\. El caso [A-Z0-9]{5}-[A-Z0-9]{5} queda marcado como urgente/),
      'Si usted u otra persona corre peligro ahora, llame al 112.',
    ]);
    const spaced = await text(from, '#plant 2 URGENT gas leak by line 4', HQ_NUMBER);
    expect(spaced).toEqual([
      expect.stringMatching(/is marked urgent/),
      'If you or someone else is in danger now, call 112.',
    ]);
  });

  it('Should tell whom to call in danger in the HELP reply and in AYUDA’s, with the site’s number', async () => {
    clock.set('2026-11-18T18:05:00Z');
    expect(await text('+15557340204', 'HELP', HQ_NUMBER)).toEqual([
      expect.stringMatching(/^Listening Post: anonymous feedback/),
      'If you or someone else is in danger now, call 911.',
    ]);
    expect(await text('+15557340204', 'AYUDA', PLANT2_NUMBER)).toEqual([
      expect.stringMatching(/^Listening Post: opiniones anónimas/),
      'Si usted u otra persona corre peligro ahora, llame al 112.',
    ]);
  });
});
