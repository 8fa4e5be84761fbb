import {
  InternalServiceErrorException,
  LimitExceededException,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  SendingPausedException,
  SESv2Client,
  TooManyRequestsException,
  type SendEmailCommandInput,
} from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../functions/sweep/handler';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer';
import { fixedClock } from '../support/fixtures';
import { KNIFE, untoldUrgentCase } from '../support/untold-urgent-case';
import { useDynalite } from '../support/dynalite';

/**
 * The review's finding: the sweep climbed past a holder on any mail failure, so a burst of SES throttling
 * sent an urgent case over its sponsor's head to the backup, and on to the leadership list, for nothing.
 * Now only an address refused is climbed past; while the mail service itself fails, the case stays with
 * its holder, counted as a failure (the sweep's alarm), and is tried again at each sweep, until its
 * deadline, when it climbs as any case not acknowledged in time. On dynalite, through `SesMailer`, with
 * SES's own errors as the SDK throws them.
 */

const COO = 'coo@example.com';
const CEO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';
const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

describe('a case whose email the mail service cannot send for now', () => {
  const { dynamodb } = useDynalite('sweep-waits');
  const clock = fixedClock('2026-11-18T15:30:00Z');

  /**
   * An urgent report from HQ, due at 19:00, whose sponsor (the COO) was not emailed yet, and its sweep,
   * whose SES fails a send with `failing(address)` while that gives an error (SES is not called).
   */
  async function untoldCase(id: string) {
    // Each case's emails tell it apart: the sweep handles every open one.
    const { stored, sweepDeps, page } = await untoldUrgentCase(dynamodb, clock, {
      id,
      redactedText: `${KNIFE} (${id})`,
    });
    const mail = {
      failing: (_address: string): Error | undefined => undefined,
      tries: [] as { to: string; text: string }[],
      sent: [] as { to: string; subject: string; text: string }[],
    };
    const ses = new SESv2Client({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    ses.middlewareStack.add(
      () => async (args) => {
        const input = args.input as SendEmailCommandInput;
        const to = input.Destination?.ToAddresses?.[0] ?? '';
        const content = input.Content?.Simple;
        const text = content?.Body?.Text?.Data ?? '';
        mail.tries.push({ to, text });
        const failure = mail.failing(to);
        if (failure) throw failure;
        mail.sent.push({ to, subject: content?.Subject?.Data ?? '', text });
        return { output: { MessageId: `m-${mail.sent.length}`, $metadata: {} }, response: {} };
      },
      { step: 'initialize', name: 'sesAnswers' },
    );
    const sweep = createSweepHandler(sweepDeps(new SesMailer(ses, 'listening-post@example.com')));
    /** The emails telling `address` of the case (not the reminders before its deadline). */
    const told = (address: string) =>
      mail.sent.filter((e) => e.to === address && e.text.includes(id) && !/reminder/i.test(e.subject));
    const tries = (address: string) => mail.tries.filter((e) => e.to === address && e.text.includes(id)).length;
    const escalation = async () => stored.get(id);
    const climbs = async () =>
      ((await escalation())?.audit ?? []).filter((entry) => entry.event === 're-escalated').map((e) => e.detail);
    return { sweep, page, mail, told, tries, escalation, climbs };
  }

  it('Should keep a throttled case with its sponsor, try again at the next sweep, and tell the sponsor once mail recovers', async () => {
    clock.set('2026-11-18T15:30:00Z');
    const c = await untoldCase('case:throttled-1');
    c.mail.failing = () => new TooManyRequestsException({ ...meta(429), message: 'Maximum sending rate exceeded.' });

    expect((await c.sweep()).failed).toBeGreaterThan(0); // the alarm counts it
    expect(c.tries(COO)).toBe(1);
    clock.set('2026-11-18T15:35:00Z');
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect(c.tries(COO)).toBe(2); // tried again, once, at the next sweep
    expect(c.tries(CEO) + c.tries(LEADERSHIP)).toBe(0);
    expect((await c.escalation())?.level).toBe(0);
    expect(await c.climbs()).toEqual([]);
    expect(await c.page()).toContain('It has not reached them yet');

    c.mail.failing = () => undefined; // SES takes mail again
    clock.set('2026-11-18T15:40:00Z');
    expect((await c.sweep()).failed).toBe(0);
    clock.set('2026-11-18T15:45:00Z');
    await c.sweep();
    expect(c.told(COO)).toHaveLength(1);
    expect(c.told(COO)[0]?.subject).not.toMatch(/overdue/i);
    expect(c.told(CEO)).toHaveLength(0);
    expect(c.told(LEADERSHIP)).toHaveLength(0);
    expect((await c.escalation())?.level).toBe(0);
    expect(await c.page()).toContain('A senior leader has it');
  });

  it.each([
    [
      'a daily quota used up',
      () => new LimitExceededException({ ...meta(400), message: 'Daily message quota exceeded.' }),
    ],
    ['sending paused', () => new SendingPausedException({ ...meta(400), message: 'Sending is paused.' })],
    [
      'our own MAIL FROM domain not verified',
      () => new MailFromDomainNotVerifiedException({ ...meta(400), message: 'MAIL FROM domain not verified.' }),
    ],
    ['an error inside SES', () => new InternalServiceErrorException({ ...meta(500), message: 'Internal error.' })],
    ['a timeout', () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError' })],
    [
      'SES unreachable',
      () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), { code: 'ECONNREFUSED' }),
    ],
  ])('Should not climb past the sponsor for %s', async (_why, failure) => {
    clock.set('2026-11-18T15:30:00Z');
    const c = await untoldCase(`case:passing-${crypto.randomUUID()}`);
    c.mail.failing = failure;
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect((await c.escalation())?.level).toBe(0);
    expect(c.tries(CEO) + c.tries(LEADERSHIP)).toBe(0);
    expect(await c.climbs()).toEqual([]);
  });

  it('Should climb at once past a sponsor whose address SES refuses, and tell the backup as new', async () => {
    clock.set('2026-11-18T15:30:00Z');
    const c = await untoldCase('case:refused-1');
    c.mail.failing = (address) =>
      address === COO
        ? new MessageRejected({ ...meta(400), message: `Email address is not verified: ${address}` })
        : undefined;
    expect((await c.sweep()).failed).toBe(0);
    expect((await c.escalation())?.level).toBe(1);
    expect(c.told(CEO)).toHaveLength(1);
    expect(c.told(CEO)[0]?.subject).not.toMatch(/overdue/i);
    expect(await c.climbs()).toEqual([expect.stringMatching(/^could not be emailed; now with/)]);
    expect(await c.page()).toContain('A senior leader has it');
  });

  it('Should climb at the sponsor’s deadline when SES is still throttling then, and no further', async () => {
    clock.set('2026-11-18T15:30:00Z');
    const c = await untoldCase('case:throttled-2');
    c.mail.failing = () => new TooManyRequestsException({ ...meta(429), message: 'Maximum sending rate exceeded.' });
    await c.sweep();
    clock.set('2026-11-18T18:55:00Z'); // five minutes before its deadline: still the sponsor's
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect((await c.escalation())?.level).toBe(0);

    clock.set('2026-11-18T19:05:00Z'); // the first sweep past it: it climbs, though the backup cannot be emailed either
    expect((await c.sweep()).failed).toBeGreaterThan(0);
    expect((await c.escalation())?.level).toBe(1);
    expect(await c.climbs()).toEqual([expect.stringMatching(/^could not be emailed before its deadline; now with/)]);
    expect(c.tries(LEADERSHIP)).toBe(0);
    expect(await c.page()).toContain('It has not reached them yet');

    c.mail.failing = () => undefined;
    clock.set('2026-11-18T19:10:00Z');
    expect((await c.sweep()).failed).toBe(0);
    expect(c.told(CEO)).toHaveLength(1);
    expect(c.told(CEO)[0]?.subject).not.toMatch(/overdue/i); // the first to hear of it
    expect(c.told(COO)).toHaveLength(0);
    expect((await c.escalation())?.level).toBe(1);
    expect(await c.page()).toContain('A senior leader has it');
  });
});
