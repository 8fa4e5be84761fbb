import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { TEST_PEPPER } from '../../support/fixtures';
import { codeIn, smsTestApp } from '../../support/sms';
import exampleConfig from '../../../config/example.config.json';

// Attack att37 (F2): "STAUTS R3H8U-9J38E" texted a minute after an urgent report was read as its details. The
// employee, who asked where their case stands, was told "Your answer on case … was sent", and its holder was emailed
// "Urgent: the employee answered: STAUTS [ID]". A status word one slip off, then a case code alone, is a lookup.

const FROM = '+15557773711';

describe('a status word mistyped before a case code', () => {
  it('Should answer with the case status, in the language of the word, and tell its holder nothing', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn(
      (await env.text('URGENT the fire exit by the loading dock is chained shut', { From: FROM }))[0],
    );
    await env.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');
    const lower = code.toLowerCase();
    for (const [typed, answer] of [
      [`STAUTS ${code}`, new RegExp(`^Case ${code}:`)],
      [`statys ${lower}`, new RegExp(`^Case ${code}:`)],
      [`Sattus ${code.replace('-', ' ')}`, new RegExp(`^Case ${code}:`)],
      [`estdo ${code}`, new RegExp(`^Caso ${code}:`)],
      [`STATU ${code}`, new RegExp(`^Case ${code}:`)],
    ] as const) {
      env.clock.set('2026-11-18T15:31:00Z');
      const reply = await env.text(typed, { From: FROM });
      expect(reply[0], typed).toMatch(answer);
    }
    const answers = (env.queue.messages as { threadAnswer?: boolean }[]).filter((m) => m.threadAnswer);
    expect(answers).toEqual([]);
  });

  it('Should leave words that are not a status word, or words after the code, as they were', () => {
    const config = exampleConfig as Parameters<typeof readSmsIntent>[1];
    const code = '7KQ4M-XW9TR';
    // One slip from nothing, or too short to tell.
    expect(readSmsIntent(`STATE ${code}`, config, undefined).kind).not.toBe('status');
    expect(readSmsIntent(`STAT ${code}`, config, undefined).kind).not.toBe('status');
    // A mistyped word with more words after the code is what it was before: words are never dropped.
    expect(readSmsIntent(`STAUTS ${code} the leak is back`, config, undefined).kind).not.toBe('status');
    // A report that starts with such a word is a report.
    expect(readSmsIntent('Statue in the lobby fell over, glass everywhere', config, undefined).kind).toBe('feedback');
  });
});
