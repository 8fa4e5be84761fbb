import { beforeAll, describe, expect, it } from 'vitest';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock } from '../support/fixtures';
import { press } from '../support/press-button';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

// A newcomer typed a message to the employee and a response, then pressed "Acknowledge": the page came back
// "Acknowledged" with both boxes empty, the message never sent (each action was its own form). On the desk a
// typed message then "Close this case": closed, the message gone. Every button now posts every box, and the
// server gives back what its button does not send, saying so; a close or a hand-over that would leave typed
// words with no box to send them from is not done. These tests press the pages' buttons as a browser does.

const json = { headers: { accept: 'application/json' } };
const MESSAGE = 'Which door do you mean, the one by bay 3?\nWe will check it today.';
const RESPONSE = 'We cleared the exit and now check it at every shift change.';
const REASON = 'The COO runs the fire drills.';

/** The text of a box on a page, as a browser shows it. */
const boxText = (page: string, id: string) =>
  page
    .match(new RegExp(`<textarea id="${id}"[^>]*>([\\s\\S]*?)</textarea>`))?.[1]
    // An HTML parser reads a box's CR LF as one line break, as the browser shows it.
    ?.replace(/\r\n/g, '\n')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe("a sponsor's typed words are never lost by pressing another button", () => {
  const clock = fixedClock('2026-11-18T15:20:00Z');
  const held = useEscalatedCase(clock);
  const { stack } = held;
  let caseUrl: string;
  const messagesOf = async () =>
    ((await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json()).messages ?? []) as {
      from: string;
      text: string;
    }[];

  beforeAll(async () => {
    caseUrl = `${stack.urls.app}${caseLinksIn(await (await withinBudget(held.desk)).text())[0]!}`;
  });

  it('Should acknowledge from the email link and give back the typed message and response, unsent, saying so', async () => {
    const page = await (await withinBudget(held.ack)).text();
    const res = await press(stack.urls.app, page, 'Acknowledge', { message: MESSAGE, response: RESPONSE });
    expect(res.status).toBe(200);
    const back = await res.text();
    expect(back).toContain('Acknowledged. The employee can now see that someone senior has it.');
    expect(back).toContain('Something you typed is not sent yet');
    expect(back).toContain('Your message to the employee has not been sent.');
    expect(back).toContain('Your response has not been published.');
    expect(boxText(back, 'message')).toBe(MESSAGE);
    expect(boxText(back, 'response')).toBe(RESPONSE);
    expect(back).toMatch(/<textarea id="message" name="message" {1,2}aria-describedby="message-hint unsent-note">/);
    expect((await stack.statusOf(held.caseCode)).body).toMatchObject({ status: 'acknowledged' });
    expect((await stack.statusOf(held.caseCode)).body).not.toHaveProperty('response');
    expect(await messagesOf()).toEqual([]);
  });

  it('Should send the message from the email link and give back the response typed beside it, unpublished', async () => {
    const page = await (await withinBudget(held.ack)).text();
    const res = await press(stack.urls.app, page, 'Send to the employee', { message: MESSAGE, response: RESPONSE });
    expect(res.status).toBe(200);
    const back = await res.text();
    expect(back).toContain('Sent. The employee sees it with their case code');
    expect(back).toContain('Your response has not been published.');
    expect(back).not.toContain('Your message to the employee has not been sent.');
    expect(boxText(back, 'message')).toBe('');
    expect(boxText(back, 'response')).toBe(RESPONSE);
    expect(await messagesOf()).toEqual([
      expect.objectContaining({ from: 'sponsor', text: expect.stringContaining('bay 3') }),
    ]);
    expect((await stack.statusOf(held.caseCode)).body).not.toHaveProperty('response');
  });

  it('Should not close the case from the desk while a message is typed, and say how to do either', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    const res = await press(stack.urls.app, page, 'Close this case', { message: 'One more thing: thank you.' });
    expect(res.status).toBe(200);
    const back = await res.text();
    expect(back).toContain('This case has not been closed: something you typed is not sent yet');
    expect(back).toContain('Your message to the employee has not been sent.');
    expect(back).toContain('empty the box and press “Close this case” again');
    expect(boxText(back, 'message')).toBe('One more thing: thank you.');
    expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).toEqual([]);
    expect(await (await fetch(`${stack.urls.app}/status/${held.caseCode}`, json)).json()).not.toHaveProperty('closed');
    expect(await messagesOf()).toHaveLength(1);
  });

  it('Should not hand the case over while a response is typed, nor close it while a reason is', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    const handed = await press(stack.urls.app, page, 'Hand over', { reason: REASON, response: RESPONSE });
    expect(handed.status).toBe(200);
    const back = await handed.text();
    expect(back).toContain('This case has not been handed over');
    expect(boxText(back, 'response')).toBe(RESPONSE);
    expect(boxText(back, 'reason')).toBe(REASON);
    expect(caseLinksIn(await (await withinBudget(held.desk)).text())).toHaveLength(1);

    const closed = await press(stack.urls.app, back, 'Close this case', { response: '' });
    expect(closed.status).toBe(200);
    const again = await closed.text();
    expect(again).toContain('The case has not been handed over, so your reason for handing it over has not been used.');
    expect(boxText(again, 'reason')).toBe(REASON);
    expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).toEqual([]);
  });

  it('Should tell a sponsor who typed only a reason and pressed close how to close, not to press “Hand over”', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    for (const reason of ['Maybe the COO?', 'Not sure this is mine']) {
      const closed = await press(stack.urls.app, page, 'Close this case', { reason });
      expect(closed.status).toBe(200);
      const back = await closed.text();
      expect(back).toContain('This case has not been closed');
      expect(back).not.toContain('press the button under its box');
      expect(back).toContain('A reason is only used when you hand the case over');
      expect(back).toContain(
        'To close the case yourself, empty “Why it is not yours” and press “Close this case” again.',
      );
      expect(boxText(back, 'reason')).toBe(reason);
      expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).toEqual([]);
    }
  });

  it('Should publish from the desk and give back the message and reason typed beside it', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    const res = await press(stack.urls.app, page, 'Publish response', {
      response: RESPONSE,
      message: 'Thank you for telling us.',
      reason: REASON,
    });
    expect(res.status).toBe(200);
    const back = await res.text();
    expect(back).toContain('Response published.');
    expect(boxText(back, 'message')).toBe('Thank you for telling us.');
    expect(boxText(back, 'reason')).toBe(REASON);
    expect(boxText(back, 'response')).toBe(RESPONSE);
    expect(back).not.toContain('Your response has not been published.');
    expect((await stack.statusOf(held.caseCode)).body).toMatchObject({ status: 'responded', response: RESPONSE });
    expect(await messagesOf()).toHaveLength(1);
  });

  it('Should do as before when only the pressed button’s own box holds words (post, redirect, get)', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    const res = await press(stack.urls.app, page, 'Send to the employee', { message: 'Thank you for telling us.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\?done=reply$/);
    expect(await messagesOf()).toHaveLength(2);
  });

  it('Should close with the published response still in its box: it is not unsent words', async () => {
    const page = await (await withinBudget(caseUrl)).text();
    expect(boxText(page, 'response')).toBe(RESPONSE);
    const res = await press(stack.urls.app, page, 'Close this case');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\?done=close$/);
    expect(caseLinksIn(await (await withinBudget(`${held.desk}?show=closed`)).text())).toHaveLength(1);
  });
});
