import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { appWithFakes, fixedClock, form, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';
import {
  codeIn,
  inspectableRateState,
  repliesOf,
  signedTwilioRequest,
  smsChannel,
  twilioFields,
} from '../../support/sms';

/*
 * op44a (after the op43 attack, 2026-12-07): the sponsor asks "are you the one who works the night shift at the
 * loading dock?". What the employee notices: an answer that may show who they are is not sent at once, on the case's
 * page nor by SMS; they are shown the words and choose. An answer with nothing of the kind, and any answer on an urgent
 * case nobody has acknowledged, is sent as before. On the tree before, every one of these was sent at once.
 */
const question: ThreadMessage = {
  seq: 1,
  from: 'sponsor',
  text: 'Are you the one who works the night shift at the loading dock?',
  day: '2026-11-18',
};
const answers = (queue: { messages: unknown[] }) =>
  (queue.messages as { threadAnswer?: boolean; text: string }[]).filter((m) => m.threadAnswer).map((m) => m.text);

async function caseWithQuestion(summary = {}) {
  const env = appWithFakes({ threads: fixedThread([question], { summary }) });
  const { caseCode } = await (
    await env.app.request('/feedback', json({ text: 'The canteen fridge is broken again', site: 'plant2' }))
  ).json();
  for (const record of env.store.cases.values()) record.status = 'acknowledged';
  return { ...env, caseCode: caseCode as string };
}

describe('an answer on the case page that may show who wrote it', () => {
  it.each([
    ['yes, the only one on nights', 'the only one on nights'],
    ["I've been here 23 years and my hourly rate is still $17.85", 'my hourly rate is still $17.85'],
    ['oui, je suis le seul cariste de nuit', 'le seul cariste de nuit'],
  ])('Should not send %j, and name the words with the answer kept', async (text, words) => {
    const { app, queue, caseCode } = await caseWithQuestion();
    const page = await (await app.request('/status/answer', form({ code: caseCode, text, key: randomUUID() }))).text();
    expect(page).toContain('Not sent yet: some words may show who you are');
    expect(page).toContain(words.replace("'", '&#39;'));
    expect(answers(queue)).toEqual([]);
  });

  it('Should send it when "Send it as it is" is pressed, and send an answer with nothing of the kind at once', async () => {
    const { app, queue, caseCode } = await caseWithQuestion();
    const key = randomUUID();
    await app.request(
      '/status/answer',
      form({ code: caseCode, text: 'yes, the only one on nights', key, anyway: '1' }),
    );
    await app.request('/status/answer', form({ code: caseCode, text: 'the door is still chained', key: randomUUID() }));
    expect(answers(queue)).toEqual(['yes, the only one on nights', 'the door is still chained']);
  });

  it('Should send at once an answer on an urgent case nobody has acknowledged', async () => {
    const { app, queue, caseCode, store } = await caseWithQuestion({ urgent: true });
    for (const record of store.cases.values()) {
      record.status = 'escalated';
      record.topic = 'safety';
    }
    await app.request(
      '/status/answer',
      form({ code: caseCode, text: 'yes, the only one on nights', key: randomUUID() }),
    );
    expect(answers(queue)).toEqual(['yes, the only one on nights']);
  });
});

/** The intake with its SMS channel, on a case whose sponsor asked the question: `text(body)` is the phone. */
async function smsCaseWithQuestion() {
  const clock = fixedClock();
  const { rateState } = inspectableRateState(clock);
  const env = appWithFakes({ clock, sms: smsChannel(clock), rateState, threads: fixedThread([question]) });
  const text = async (body: string) =>
    repliesOf(await env.app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body }))));
  const caseCode = codeIn((await text('The canteen fridge is broken again'))[0]);
  for (const record of env.store.cases.values()) record.status = 'acknowledged';
  return { ...env, text, caseCode };
}

describe('an answer by SMS that may show who wrote it', () => {
  it('Should keep it, name the words and how to send or change it, and send it on "<code> SEND"', async () => {
    const { text, queue, caseCode } = await smsCaseWithQuestion();
    const held = (await text(`${caseCode} yes, the only one on nights`)).join(' ');
    expect(held).toContain(`Not sent yet: your answer on case ${caseCode} says "the only one on nights"`);
    expect(held).toContain(`To send it as it is, text ${caseCode} SEND`);
    expect(answers(queue)).toEqual([]);
    expect((await text(`${caseCode} SEND`)).join(' ')).toContain(`Your answer on case ${caseCode} was sent`);
    expect(answers(queue)).toEqual(['yes, the only one on nights']);
  });

  it('Should answer in Spanish, and take "ENVIAR"', async () => {
    const { text, queue, caseCode } = await smsCaseWithQuestion();
    const held = (await text(`${caseCode} sí, solo yo en el turno de noche del muelle`)).join(' ');
    // Too long for two texts with its accents, it is sent without them ("Aun no se envio", "envie").
    expect(held).toMatch(new RegExp(`env[ií]e ${caseCode} ENVIAR`));
    expect(held).toContain('solo yo en el turno de noche del muelle');
    expect(answers(queue)).toEqual([]);
    expect((await text(`${caseCode} ENVIAR`)).join(' ')).toContain(caseCode);
    expect(answers(queue)).toEqual(['sí, solo yo en el turno de noche del muelle']);
  });
});
