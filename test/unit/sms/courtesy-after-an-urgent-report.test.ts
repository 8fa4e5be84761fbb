import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { codeIn, smsTestApp } from '../../support/sms';
import { TEST_PEPPER } from '../../support/fixtures';

// Session 38 (att37's leftovers, class 2): courtesy texted within minutes of an urgent report ("thanks", "ok thank
// you!!", "gracias", "merci", "👍") was emailed to the case's holder as "Urgent: the employee answered: thanks".
// Courtesy with nothing new is kept on the case (`courtesy`: shown on its page, emailed only as the answer to what
// its holder asked: test/integration/courtesy-after-an-urgent-report.test.ts); words with anything more are details.
// The courtesy below is said as people text it, in the languages the SMS replies speak (en, es, fr): shorthand,
// held letters, thanks said with how much and to whom; none of it is a word list's example.

const FROM = '+15557773831';

async function urgentCaseOf() {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  const code = codeIn((await env.text('There is a fire in the paint shop, bay 3', { From: FROM }))[0]);
  await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
  env.clock.set('2026-11-18T15:31:00Z');
  return { ...env, code };
}

const lastAnswer = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string; followUp?: boolean; courtesy?: boolean }[])
    .filter((m) => m.threadAnswer)
    .at(-1);

const COURTESY = [
  'thx!!',
  'thank youuu',
  'tysm',
  'ok ty 🙏',
  'thanks so so much!!',
  'thank you all so much',
  'okidoki',
  'graciass',
  'mil gracias señor',
  'vale, gracias de nuevo',
  'gracias jefe',
  'mercii',
  'merci mille fois',
  "d'acc merci",
  'merci madame',
  '🙏🙏',
];

const DETAILS = [
  'thanks guys but the door is jammed',
  'ok so much smoke',
  'thank you, much worse now',
  'thanks all, 4th floor',
  'gracias amigo, hay 2 heridos',
  'muchas gracias, pero nadie vino',
  'merci madame, il respire plus',
  'merci encore, le feu reprend',
  'no',
];

describe('courtesy texted within minutes of an urgent report', () => {
  it.each(COURTESY)('Should keep %j on the case, told so, with nothing new for its holder to act on', async (words) => {
    const env = await urgentCaseOf();
    const reply = await env.text(words, { From: FROM });
    expect(reply).toEqual([
      expect.stringMatching(new RegExp(`(kept on case|queda en el caso|gardé sur le cas) ${env.code}`)),
    ]);
    expect(lastAnswer(env)).toMatchObject({ text: words, followUp: true, courtesy: true });
    expect(env.store.cases.size).toBe(1);
  });

  it.each(DETAILS)('Should pass %j on as details of the case, as before', async (words) => {
    const env = await urgentCaseOf();
    const reply = await env.text(words, { From: FROM });
    expect(reply[0]).toMatch(new RegExp(`(answer on case|respuesta al caso|réponse sur le cas) ${env.code}`));
    expect(lastAnswer(env)).toMatchObject({ text: words, followUp: true });
    expect(lastAnswer(env)?.courtesy).toBeUndefined();
  });

  it('Should still answer courtesy alone as nothing saved when no urgent report came before it', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    for (const words of ['thank you all so much', 'merci mille fois', 'mil gracias señor'])
      expect((await env.text(words, { From: '+15557773832' }))[0]).toMatch(/Nothing was saved|No se guardó|Rien n/);
    expect(env.store.cases.size).toBe(0);
  });
});
