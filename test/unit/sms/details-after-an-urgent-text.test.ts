import { createDecipheriv, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { codeIn, HQ_NUMBER, smsTestApp } from '../../support/sms';
import { TEST_PEPPER } from '../../support/fixtures';

// Round 27's attacker: a person texts an urgent report, it is escalated, and within minutes they text more ("2
// people still inside", "it's in bay 4 not 3"). That was filed as a new, ordinary report: the sponsor of the
// urgent case never saw it. Now it goes into that case's conversation, as an answer on it (its sponsor is told at
// once, the case being urgent: test/integration/details-after-an-urgent-text.test.ts), and nothing stored after
// the few minutes links the number to the case.

const FROM = '+15557771301';
const URGENT = 'There is a fire in the paint shop, bay 3';
// Details that do not read urgent on their own, so that what becomes of details is what is tested (words urgent on
// their own are details too when they tell of the same danger: attack att33, F3, below).
const DETAILS = 'it is the spray booth by door 9, not the one by the canteen';

async function urgentCaseOf(from = FROM) {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  const code = codeIn((await env.text(URGENT, { From: from }))[0]);
  // Analysed and passed to its sponsor, as it is within a second on a running stack.
  await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
  return { ...env, code };
}

const answersOn = (env: { queue: { messages: unknown[] } }) =>
  (env.queue.messages as { threadAnswer?: boolean; text: string; caseKey: string }[]).filter((m) => m.threadAnswer);

describe('details texted after an urgent report', () => {
  it('Should add them to the urgent case, say so with its code, and make no new case', async () => {
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:32:00Z');
    const reply = await env.text(DETAILS, { From: FROM });
    expect(reply).toEqual([expect.stringContaining(`Your answer on case ${env.code} was sent`)]);
    expect(answersOn(env)).toEqual([
      expect.objectContaining({
        text: DETAILS,
        caseKey: caseKeyFor(env.code, TEST_PEPPER),
        channel: 'sms',
        followUp: true,
      }),
    ]);
    expect(env.store.cases.size).toBe(1);
    // A second detail within the minutes goes there too.
    env.clock.set('2026-11-18T15:34:00Z');
    await env.text("it's in bay 4 not 3", { From: FROM });
    expect(answersOn(env).map((m) => m.text)).toEqual([DETAILS, "it's in bay 4 not 3"]);
  });

  it('Should add words urgent on their own, of the same danger, to the case, with the emergency line', async () => {
    // Attack att33, F3: "2 guys are still in there" after a chlorine leak reads urgent alone, so it was a report of
    // its own: its holder read it with no place, and the next detail ("its the one by gate 3") followed two reports
    // and went as a third urgent case with no subject at all. The details people most need to send are these.
    const env = await urgentCaseOf();
    for (const [at, words, urgentAlone] of [
      ['15:31:00', 'someone collapsed by the exit and is not breathing', true],
      ['15:31:20', '2 guys are still in there', true],
      ['15:31:40', 'one of them is not moving', false],
      ['15:32:00', 'its the one by gate 3', false],
    ] as const) {
      env.clock.set(`2026-11-18T${at}Z`);
      const reply = await env.text(words, { From: FROM });
      expect(reply[0]).toContain(`Your answer on case ${env.code} was sent`);
      // Words that read urgent are followed by where help comes at once, as an urgent report's receipt is.
      expect(reply.some((m) => /call 911/.test(m))).toBe(urgentAlone);
    }
    expect(answersOn(env).map((m) => m.text)).toEqual([
      'someone collapsed by the exit and is not breathing',
      '2 guys are still in there',
      'one of them is not moving',
      'its the one by gate 3',
    ]);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should file words urgent on their own that tell of another kind of danger as an urgent report of their own', async () => {
    // A fire, then harassment: folded, the fire's holder (the COO) would read it, not the owner of harassment.
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:31:00Z');
    const reply = await env.text(
      'my supervisor keeps grabbing my breasts in the office and says no one will believe me',
      {
        From: FROM,
      },
    );
    expect(reply[0]).not.toContain(env.code);
    expect(reply.at(-1)).toMatch(/call 911/);
    expect(answersOn(env)).toEqual([]);
    expect(env.store.cases.size).toBe(2);
  });

  it('Should file a text marked about management or tagged for a site as a report of its own, its mark kept', async () => {
    // Attack round 28: "MGMT my manager is the one who keeps stacking the paint cans there" was added to the fire's
    // case with its mark dropped, and emailed at once to the manager it was about; a "#warehouse" text went to
    // another site's case the same way.
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:32:00Z');
    const reply = await env.text('MGMT my manager is the one who keeps stacking the paint cans there', { From: FROM });
    expect(reply[0]).not.toContain(`Your answer on case ${env.code}`);
    await env.text('#warehouse the loading bay lights are out again', { From: FROM });
    expect(answersOn(env)).toEqual([]);
    expect(env.store.cases.size).toBe(3);
    const sent = env.queue.messages as { threadAnswer?: boolean; aboutManagement?: boolean; site?: string }[];
    const reports = sent.filter((m) => !m.threadAnswer);
    expect(reports.map((m) => m.aboutManagement ?? false)).toEqual([false, true, false]);
    expect(reports[2]?.site).toBe('warehouse');
  });

  it('Should file a text from another number, or after the few minutes, as a report of its own', async () => {
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:32:00Z');
    expect((await env.text(DETAILS, { From: '+15557771399' }))[0]).toMatch(/Your case code is/);
    env.clock.set('2026-11-18T15:36:00Z');
    expect((await env.text('the canteen queue is too long', { From: FROM }))[0]).toMatch(/Your case code is/);
    expect(answersOn(env)).toEqual([]);
  });

  it('Should put the details into the case, once it reaches its sponsor, while it is not with its sponsor yet', async () => {
    // Still being analysed: no conversation to add to yet. Filed as an urgent report of their own, calm words ("the
    // vending machine ate my dollar") went to a sponsor as a second urgent safety case, and the two cases side by
    // side told the operator and the sponsor both came from one person (op39 F1). They wait behind the case instead.
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text(URGENT, { From: FROM }))[0]);
    env.clock.set('2026-11-18T15:30:20Z');
    const reply = await env.text(DETAILS, { From: FROM });
    expect(reply).toEqual([expect.stringContaining(`Your words were added to case ${code}`)]);
    expect(answersOn(env)).toEqual([
      expect.objectContaining({
        text: DETAILS,
        caseKey: caseKeyFor(code, TEST_PEPPER),
        followUp: true,
        escalate: false,
      }),
    ]);
    expect(env.store.cases.size).toBe(1);
    // Thanks for the receipt, or all is well, is no second emergency: filed as it is.
    expect((await env.text('thanks, we are all out now', { From: FROM }))[0]).toMatch(/Your case code is/);
  });

  it('Should put the details into the case while it waits for the escalation stage', async () => {
    // Analysed and queued to its sponsor (its employee already reads "being passed on"), not yet raised: the stage
    // has a backlog. Details texted then were read as an ordinary text, neither added nor raised.
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await env.text(URGENT, { From: FROM }))[0]);
    const key = caseKeyFor(code, TEST_PEPPER);
    await env.store.markAnalysed(key);
    await env.store.markBeingPassedOn(key);
    env.clock.set('2026-11-18T15:30:20Z');
    const reply = await env.text(DETAILS, { From: FROM });
    expect(reply).toEqual([expect.stringContaining(`Your words were added to case ${code}`)]);
    expect(answersOn(env)).toEqual([expect.objectContaining({ text: DETAILS, caseKey: key })]);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should still file words urgent on their own, texted while the case is on its way, as an urgent report', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    await env.text(URGENT, { From: FROM });
    env.clock.set('2026-11-18T15:30:20Z');
    const reply = await env.text('2 people are still trapped inside, one is not breathing', { From: FROM });
    expect(reply[0]).toMatch(/marked urgent for a senior leader/);
    expect(reply.at(-1)).toMatch(/call 911/);
    expect(answersOn(env)).toEqual([]);
    expect(env.store.cases.size).toBe(2);
  });

  it('Should file details after two urgent reports as an urgent report of their own, saying why', async () => {
    // Attack round 28, F3: a fire, then a threat, then "there are still 2 people in there": the details went to the
    // threat's holder alone (the fire's never saw them), and told that holder both reports came from one person.
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:30:07Z');
    const threat = codeIn(
      (await env.text('and my supervisor just threatened to hit me if I call anyone', { From: FROM }))[0],
    );
    await env.store.advanceStatus(caseKeyFor(threat, TEST_PEPPER), 'escalated');
    env.clock.set('2026-11-18T15:30:15Z');
    const reply = await env.text('it is by bay 4, the door on the left', { From: FROM });
    expect(reply[0]).toMatch(
      /more than one urgent report just now, so your words were sent at once as a new urgent report/,
    );
    expect(reply[0]).toMatch(/To add to one report, text its code and your words/);
    expect(reply.at(-1)).toMatch(/call 911/);
    expect(answersOn(env)).toEqual([]);
    expect(env.store.cases.size).toBe(3);
    // Raised at once as urgent: marked, as which report it follows (and so its topic) cannot be told.
    const sent = env.queue.messages as { threadAnswer?: boolean; escalate: boolean; text: string }[];
    expect(sent.at(-1)).toMatchObject({ text: 'it is by bay 4, the door on the left', escalate: true });
  });

  it('Should take details past a spent hourly budget, as an urgent text is', async () => {
    // Attack round 28, F12: ten ordinary texts, then a fire (taken over the budget as urgent), then its details:
    // refused, "not saved, try again in 59 minutes".
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    for (let i = 1; i <= 10; i++) await env.text(`the vending machine on floor ${i} is out of order`, { From: FROM });
    const code = codeIn((await env.text(URGENT, { From: FROM }))[0]);
    await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
    env.clock.set('2026-11-18T15:30:09Z');
    const reply = await env.text(DETAILS, { From: FROM });
    expect(reply[0]).toContain(`Your answer on case ${code} was sent`);
    expect(answersOn(env).map((m) => m.text)).toEqual([DETAILS]);
    // An ordinary text from the same number is still refused.
    env.clock.set('2026-11-18T15:40:00Z');
    expect((await env.text('the canteen queue is too long', { From: FROM }))[0]).toMatch(/not saved/);
  });

  it('Should add the words of details sent with a picture to the case, and say the picture was not kept', async () => {
    // Attack round 28, F15: "this is where they are trapped, bay 4" with a photo was filed as a calm report.
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:30:09Z');
    const reply = await env.text('this is where they are trapped, bay 4', {
      From: FROM,
      NumMedia: '1',
      MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1',
      MediaContentType0: 'image/jpeg',
    });
    expect(reply[0]).toContain(`Your answer on case ${env.code} was sent`);
    expect(reply[1]).toMatch(/not pictures/);
    expect(answersOn(env).map((m) => m.text)).toEqual(['this is where they are trapped, bay 4']);
  });

  it('Should add the texts after an URGENT opener’s report to that report, not make each an urgent case', async () => {
    // Attack round 28, F5: "URGENT", then three fragments: three urgent cases, each with one fragment.
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    await env.text('URGENT', { From: FROM });
    const code = codeIn((await env.text('need someone at the north gate now', { From: FROM }))[0]);
    await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
    env.clock.set('2026-11-18T15:30:30Z');
    expect((await env.text('it is the white van from the supplier', { From: FROM }))[0]).toContain(
      `Your answer on case ${code} was sent`,
    );
    expect((await env.text('the driver left it there', { From: FROM }))[0]).toContain(`case ${code}`);
    expect(answersOn(env).map((m) => m.text)).toEqual([
      'it is the white van from the supplier',
      'the driver left it there',
    ]);
    expect(env.store.cases.size).toBe(1);
  });

  it('Should leave nothing after the minutes that opens to the case, even with every key still held and the number', async () => {
    const env = await urgentCaseOf();
    env.clock.set('2026-11-18T15:31:00Z');
    const during = env.state.dump();
    // The forgetter runs after the minutes are over (every minute locally, every few on AWS).
    env.clock.set('2026-11-18T15:41:00Z');
    await env.rateState.forgetEndedWindows();
    const after = env.state.dump();
    // Every key the store still holds (the hour's among them), every record sealed with it and the number: none
    // opens to anything naming the case.
    const opened = openEverything(after, [`sms-follow-up:${FROM}>${HQ_NUMBER}`, `sms-last-words:${FROM}`]);
    expect(opened.join('\n')).not.toContain(env.code);
    // While the minutes last, the same attempt finds it: the link exists then, as docs/anonymity.md says.
    expect(openEverything(during, [`sms-follow-up:${FROM}>${HQ_NUMBER}`]).join('\n')).toContain(env.code);
    // And the details after the minutes are a report of their own.
    expect((await env.text(DETAILS, { From: FROM }))[0]).toMatch(/Your case code is/);
  });
});

/** What an operator holding the store's every key and a number can read: each record they can open, as text. */
function openEverything(dump: string, subjects: string[]): string[] {
  const { windows, items } = JSON.parse(dump) as {
    windows: [string, string, number][];
    items: [string, { value: unknown }][];
  };
  const opened: string[] = [];
  for (const [, hex] of windows) {
    const key = Buffer.from(hex, 'hex');
    for (const subject of subjects) {
      const sealWith = createHmac('sha256', key).update(`seal:${subject}`).digest();
      for (const [recordKey, { value }] of items) {
        if (typeof value !== 'string') continue;
        try {
          const bytes = Buffer.from(value, 'base64');
          const decipher = createDecipheriv('aes-256-gcm', sealWith, bytes.subarray(0, 12)).setAAD(
            Buffer.from(recordKey),
          );
          decipher.setAuthTag(bytes.subarray(12, 28));
          opened.push(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8'));
        } catch {
          // not sealed with this key and number
        }
      }
    }
  }
  return opened;
}
