import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';

// The conversation by text message, and the routing around conflicts, on
// the real local stack: Twilio's signed webhook, dynalite under each
// function's grants, the queues and their consumers, aws-ses-v2-local.

describe('the conversation by SMS, and cases that go around the sponsor they are about', () => {
  const { stack, text, clock } = useConversationStack();
  const emails = async () => outbox(stack.urls.outbox);

  it('Should tell a texter that a message is waiting, take their answer by text in either form, and email the sponsor', async () => {
    const [accepted] = await text('URGENT the guard on press 4 is missing');
    const code = codeIn(accepted!);
    await stack.waitForStatus(code, 'escalated');
    const first = await waitFor('the sponsor email', async () =>
      (await emails()).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );

    expect((await text(`STATUS ${code}`))[0]).not.toMatch(/New message/);
    expect(
      (await fetch(linkIn(first), form({ action: 'message', message: 'Is the guard missing on both sides?' }))).status,
    ).toBe(200);

    const status = await text(`status ${code.toLowerCase()}`);
    expect(status.join(' ')).toContain('New message: Is the guard missing on both sides?');
    expect(status.join(' ')).toContain(`text ${code} and your answer`);
    // Read once by text: no longer new.
    expect((await text(`STATUS ${code}`)).join(' ')).not.toMatch(/New message/);

    const sent = await text(`${code} Only on the left side, near Joe Bloggs's station`);
    expect(sent[0]).toContain(`Your answer on case ${code} was sent`);
    const spanish = await text(`RESPONDER ${code.replace('-', ' ')} También falta la luz de aviso`);
    expect(spanish[0]).toMatch(/Su respuesta al caso/);

    const view = await waitFor('both answers in the thread', async () => {
      const json = (await (
        await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'application/json' } })
      ).json()) as { messages: { from: string; text: string }[] };
      return json.messages.length === 3 ? json.messages : undefined;
    });
    expect(view.map((m) => m.from)).toEqual(['sponsor', 'employee', 'employee']);
    // An urgent case (a missing guard): the sponsor asked, and each answer reaches them at once, the clock
    // standing still, never held for the end of the hour as answers on other cases are (attack round 22).
    const notices = await waitFor('both answers by email, at once', async () => {
      const found = (await emails()).filter((e) => /employee answered/i.test(e.subject));
      const all = found.map((e) => e.body.text).join('\n');
      return /Only on the left side/.test(all) && /También falta la luz de aviso/.test(all) ? found : undefined;
    });
    expect(notices.every((e) => e.destination.to.join() === 'plant2-gm@example.com')).toBe(true);
    expect(notices.map((e) => e.body.text).join('\n')).not.toMatch(/Bloggs/);
    // The two answers are analysed side by side, so either may be written first.
    const left = view.find((m) => m.text.includes('Only on the left side'));
    expect(left?.from).toBe('employee');
    expect(left!.text).not.toContain('Bloggs');
  }, 240_000);

  it('Should answer a REPLY without a code, an unknown code and a case without a sponsor with what to do, and save nothing', async () => {
    // Past the five minutes in which this number's texts are details of the urgent case above (sms.md).
    clock.set('2026-11-18T15:20:00Z');
    expect((await text('REPLY'))[0]).toMatch(/To answer, text REPLY, the case code/);
    expect((await text('REPLY 7KQ4M-XW9TR it was me'))[0]).toMatch(/No case has that code/);
    const [accepted] = await text('The vending machine takes coins again, thanks');
    const code = codeIn(accepted!);
    await waitFor('analysis', async () => ((await stack.statusOf(code)).body.status === 'analysed' ? true : undefined));
    expect((await text(`${code} more thoughts`))[0]).toMatch(/has no conversation/);
    // Everyday words that start like a keyword or a code are feedback.
    expect((await text('Reply times from HR are slow'))[0]).toMatch(/Your case code is/);
    expect((await text('STRAWBERRY yoghurt is gone from the canteen'))[0]).toMatch(/Your case code is/);
  });

  it('Should send a report that names its sponsor to their backup, who is not told why, and never to the sponsor', async () => {
    const before = (await emails()).length;
    // Plant 2 safety goes to Lee Marsh (Plant 2 GM); the text names him, in leetspeak, by first name and site.
    const { caseCode } = await stack.submit({
      text: 'L33 keeps the fire door at plant 2 chained shut at night',
      site: 'plant2',
      topic: 'safety',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const sent = await waitFor('the escalation email', async () =>
      (await emails()).slice(before).find((e) => /please acknowledge/.test(e.subject)),
    );
    expect(sent.destination.to).toEqual(['coo@example.com']);
    const page = await (await fetch(linkIn(sent))).text();
    // Links and form values carry random signed tokens, which may spell "Lee" by chance: read only what is shown.
    const shown = page.replace(/\s(?:href|action|value|content)="[^"]*"/g, '');
    expect(shown).not.toMatch(/\bLee\b|Marsh|routed around|names them/);
    expect((await emails()).slice(before).some((e) => e.destination.to.includes('plant2-gm@example.com'))).toBe(false);
  });

  it('Should send a text that names its sponsor by initial and surname, or by initials, to the backup (attack round 18)', async () => {
    const before = (await emails()).length;
    const codes: string[] = [];
    for (const message of [
      'URGENT L. Marsh took the guard off press 4 and had us run it anyway',
      'URGENT LM had us skip the lockout on press 2 again',
    ]) {
      const [accepted] = await text(message);
      codes.push(codeIn(accepted!));
    }
    for (const code of codes) await stack.waitForStatus(code, 'escalated');
    const sent = await waitFor('both escalation emails', async () => {
      const found = (await emails()).slice(before).filter((e) => /please acknowledge/.test(e.subject));
      return found.length >= 2 ? found : undefined;
    });
    for (const email of sent) expect(email.destination.to).toEqual(['coo@example.com']);
    expect((await emails()).slice(before).some((e) => e.destination.to.includes('plant2-gm@example.com'))).toBe(false);
  });

  it('Should send "about my management" (form box, or MGMT by text) around the site’s own sponsors, to the backup', async () => {
    const before = (await emails()).length;
    const page = await fetch(
      `${stack.urls.app}/feedback`,
      form({
        text: 'My supervisor threatened to cut my hours if I report the injury',
        site: 'plant2',
        escalate: 'on',
        aboutManagement: 'on',
      }),
    );
    expect(page.status).toBe(200);
    const byText = await text('MGMT URGENT my manager told us to skip the lockout steps');
    const code = codeIn(byText[0]!);
    await stack.waitForStatus(code, 'escalated');
    const sent = await waitFor('two escalation emails', async () => {
      const found = (await emails()).slice(before).filter((e) => /please acknowledge/.test(e.subject));
      return found.length >= 2 ? found : undefined;
    });
    for (const email of sent) expect(email.destination.to).toEqual(['coo@example.com']);
  });
});
