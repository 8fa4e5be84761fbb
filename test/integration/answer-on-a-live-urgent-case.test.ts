import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';

// Attack att42 (F0): on a fire nobody had acknowledged yet, "REPLY <code> ahora hay dos en el piso y no despiertan"
// was held for the hour, its texter told "sent", because the detector alone decided whether an answer was urgent
// and it missed those words. Now, while an urgent case is live (open and not yet acknowledged), every answer with
// content reaches its holder at once, whatever its words and by every channel an answer comes by; courtesy alone, a
// calm case, and an urgent case its holder has acknowledged or closed keep to the hour as before. The words below are not the attacker's: worse news the detector does not read as urgent.
// On the real stand-ins; the clock stands still, so nothing held is released meanwhile.

const HOLDER = 'plant2-gm@example.com';
const URGENT_ANSWER = /^Urgent: the employee answered/i;

describe('an answer on an urgent case still live', () => {
  const { stack, answer, text, employeeView, threadOf, emailAbout } = useConversationStack();
  const answerEmailsWith = async (words: string) =>
    (await outbox(stack.urls.outbox)).filter(
      (e) => /the employee answered/i.test(e.subject) && e.body.text?.includes(words),
    );
  const emailedAtOnce = (words: string) =>
    waitFor(`"${words}" emailed to its holder at once`, async () => {
      const found = await answerEmailsWith(words);
      return found.length ? found : undefined;
    });
  let cases = 0;
  /** A case on Plant 2, escalated to its general manager (nobody acknowledges it); its email, to act on it. */
  const openCase = async (words: string, more: Record<string, unknown> = {}) => {
    cases += 1;
    const mark = `case number ${cases}`;
    const { caseCode } = await stack.submit({ text: `${words} (${mark})`, site: 'plant2', ...more });
    await stack.waitForStatus(caseCode, 'escalated');
    return { caseCode, email: await emailAbout(HOLDER, new RegExp(mark)) };
  };
  const FIRE = 'There is a fire in the pallet store, smoke everywhere';

  it('Should email the holder at once worse news texted in words the detector misses, and tell the texter so', async () => {
    const { caseCode } = await openCase(FIRE);
    const reply = await text(`REPLY ${caseCode} ya son tres los mareados y uno no se levanta`);
    // The texter is told it went now, in their language, and it did.
    expect(reply[0]).toContain(`Su respuesta al caso ${caseCode} fue enviada ahora`);
    const [email] = await emailedAtOnce('uno no se levanta');
    expect(email!.subject).toMatch(URGENT_ANSWER);
    expect(email!.destination.to).toEqual([HOLDER]);
    // Shown at once on the employee's page, not "the senior leader receives it when this hour is over".
    const view = await threadOf(caseCode, 1);
    expect(view.messages[0]).not.toHaveProperty('waiting', true);

    // In English, by the bare code.
    expect((await text(`${caseCode} now it is coming under the door of the canteen`))[0]).toContain(
      `Your answer on case ${caseCode} was sent to the senior leader now`,
    );
    await emailedAtOnce('under the door of the canteen');
  });

  it('Should email the holder at once an answer from the status page, by JSON and by its form', async () => {
    const { caseCode } = await openCase(FIRE);
    const res = await answer(caseCode, 'la fumée arrive au bureau du haut maintenant');
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ reachesSponsor: 'at-once' });
    await emailedAtOnce('bureau du haut');

    const posted = await fetch(
      `${stack.urls.app}/status/answer`,
      form({ code: caseCode, text: 'jeszcze dwóch jest w środku', key: 'form-key-1' }),
    );
    expect(posted.status).toBe(200); // the case's page, after its redirect
    await emailedAtOnce('jeszcze dwóch');
  });

  // Attack att42: the page after the form said "It reaches them by the end of this hour, or at once if it is urgent"
  // of an answer that had gone now (the SMS reply and the JSON said so). Each language says it went now; "Check
  // again" keeps saying so until the answer shows.
  it.each([
    ['en', 'it has been sent to them now', 'It reaches them by the end of this hour'],
    ['es', 'se le ha enviado ahora', 'Le llega cuando termine esta hora'],
    ['fr', 'envoyé maintenant', 'lui parvient à la fin de cette heure'],
  ])(
    'Should tell in %s, on the page after the form, that an answer on a fire nobody acknowledged went now',
    async (lang, now, hour) => {
      const { caseCode } = await openCase(FIRE);
      const page = await (
        await fetch(
          `${stack.urls.app}/status/answer?lang=${lang}`,
          form({ code: caseCode, text: `the smoke is in the stairwell too (${lang})`, key: `form-key-now-${lang}` }),
        )
      ).text();
      expect(page).toContain(now);
      expect(page).not.toContain(hour);
      await emailedAtOnce(`in the stairwell too (${lang})`);
    },
  );

  it('Should keep saying "now" after "Check again" while the answer is on its way, and the hour on a calm case', async () => {
    const { caseCode } = await openCase(FIRE);
    const again = await (
      await fetch(`${stack.urls.app}/status?lang=en`, form({ code: caseCode, sent: '0', now: '1' }))
    ).text();
    expect(again).toContain('it has been sent to them now');
    expect(again).not.toContain('It reaches them by the end of this hour');
    const calm = await openCase('The canteen rota changed again, no notice given', { escalate: true });
    const page = await (
      await fetch(
        `${stack.urls.app}/status/answer?lang=en`,
        form({ code: calm.caseCode, text: 'it changed on wednesday morning', key: 'form-key-calm' }),
      )
    ).text();
    expect(page).toContain('It reaches them by the end of this hour');
    expect(page).not.toContain('sent to them now');
  });

  it('Should keep thanks alone on the case page, told it reaches them by the end of the hour', async () => {
    const { caseCode } = await openCase(FIRE);
    const reply = await text(`RESPONDER ${caseCode} muchas gracias!!`);
    expect(reply[0]).toContain('cuando termine esta hora');
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'muchas gracias');
    expect(await answerEmailsWith('muchas gracias')).toEqual([]);
  });

  it('Should keep to its hour an answer on a calm case passed on only because it was asked to be', async () => {
    const { caseCode } = await openCase('The canteen rota changed again without notice', { escalate: true });
    const reply = await text(`REPLY ${caseCode} it changed on tuesday afternoon`);
    expect(reply[0]).toContain('by the end of this hour');
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'tuesday afternoon');
    expect(await answerEmailsWith('tuesday afternoon')).toEqual([]);
    expect((await employeeView(caseCode)).messages[0]).toHaveProperty('waiting', true);
  });

  it('Should keep to its hour an answer in calm words once the holder has acknowledged the case', async () => {
    const { caseCode, email } = await openCase(FIRE);
    expect([200, 303]).toContain((await fetch(linkIn(email), form({ action: 'acknowledge' }))).status);
    await stack.waitForStatus(caseCode, 'acknowledged');
    const res = await answer(caseCode, 'the inspector came by this afternoon');
    expect(await res.json()).toMatchObject({ reachesSponsor: 'at-once-if-urgent-else-when-the-hour-is-over' });
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'inspector came by');
    expect(await answerEmailsWith('inspector came by')).toEqual([]);
  });
});
