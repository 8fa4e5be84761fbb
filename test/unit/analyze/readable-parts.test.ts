import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../../shared/domain/limits';
import { utf8Length } from '../../../shared/domain/utf8';
import { readableParts } from '../../../shared/use-cases/readable-parts';
import { exampleConfig } from '../../support/fixtures';

const now = new Date('2026-12-04T10:20:00Z');
const read = (body: unknown) => readableParts(exampleConfig, body, now, 'delivery-1');

describe('what can be read of an analysis message not in the shape this version reads', () => {
  it('Should keep the text and only the site, topic, channel and case this config and version know', () => {
    const parts = read({
      text: 'Gas smell by the boiler',
      site: 'plant2',
      topic: 'safety',
      channel: 'teams',
      caseKey: 'a'.repeat(64),
      escalate: true,
    });
    expect(parts?.message).toMatchObject({ text: 'Gas smell by the boiler', site: 'plant2', topic: 'safety' });
    expect(parts?.message.escalate).toBe(true);
    expect(parts?.caseKey).toBe('a'.repeat(64));
    expect(parts?.channel).toBeUndefined(); // "teams" is no channel here: never guessed as another
    expect(parts?.unread).toEqual(['channel', 'id', 'week']);
  });

  it('Should leave out a site, topic or case key it does not know, and date it this week', () => {
    const parts = read({ text: 'Fire in bay 2', site: 'plant9', topic: 'rockets', caseKey: 'not-a-key', week: 3 });
    expect(parts?.message.site).toBeUndefined();
    expect(parts?.message.topic).toBeUndefined();
    expect(parts?.caseKey).toBeUndefined();
    expect(parts?.message.week).toBe('2026-W49');
    expect(parts?.message.id).toBe('delivery-1'); // the same on every retry of the delivery: one escalation
  });

  it('Should never carry more text than a valid message could', () => {
    const parts = read({ text: '火'.repeat(3_000) });
    expect(utf8Length(parts!.message.text)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
  });

  it.each([null, 'text', ['text'], {}, { text: '   ' }, { text: 42 }, { body: 'words under another name' }])(
    'Should find nothing to read in %j',
    (body) => {
      expect(read(body)).toBeUndefined();
    },
  );
});
