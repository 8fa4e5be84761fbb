import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../shared/config/schema';
import { gsm7Length, isGsm7, smsSegmentCount, splitIntoSegments, toGsm7 } from '../../../shared/domain/gsm7';
import {
  acceptedReply,
  emptyReply,
  helpReply,
  picturesOnlyReply,
  statusReplies,
  statusUsageReply,
  throttledReply,
  tooLongReply,
  unavailableReply,
  unknownCaseReply,
  unknownSiteReply,
  urgentOnlyReply,
} from '../../../shared/domain/sms-replies';
import { exampleConfig } from '../../support/fixtures';

const fitsOneSegment = (text: string) => isGsm7(text) && gsm7Length(text) <= 160;

// The longest names a config allows, in characters GSM-7 lacks.
const awkward = configSchema.parse({
  ...exampleConfig,
  programName: 'Ŝtimme der Belegschaft — “Speak Up” 📣 ∞',
  organisation: 'Żółć Industrie- und Handelsgesellschaft für Präzisionswerkzeuge mbH & Co. KG, Niederlassung Süd',
  sites: Array.from({ length: 30 }, (_, i) => ({ id: `site-number-${i}`, name: `Site ${i}` })),
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, sites: [] })),
});

describe('SMS replies', () => {
  it('Should fit every English reply in one GSM-7 segment, and in two even with long names in other scripts', () => {
    const code = '7KQ4M-XW9TR';
    const replies = [
      acceptedReply(code, { escalate: false, pictures: false }),
      acceptedReply(code, { escalate: true, pictures: false }),
      acceptedReply(code, { escalate: false, pictures: true }),
      acceptedReply(code, { escalate: true, pictures: true }),
      helpReply(exampleConfig),
      helpReply(awkward),
      throttledReply(),
      emptyReply(),
      picturesOnlyReply(),
      urgentOnlyReply(),
      tooLongReply(),
      unknownSiteReply('x'.repeat(40), awkward),
      unknownSiteReply('moon', exampleConfig),
      statusUsageReply(),
      unknownCaseReply(),
      unavailableReply(),
      ...(['received', 'analysed', 'escalated', 'acknowledged', 'responded'] as const).flatMap((status) =>
        statusReplies({ caseCode: code, status }),
      ),
    ];
    for (const reply of replies) expect(smsSegmentCount(reply), reply).toBeLessThanOrEqual(2);
    const plainNames = replies.filter(
      (r) => r !== helpReply(awkward) && r !== unknownSiteReply('x'.repeat(40), awkward),
    );
    for (const reply of plainNames) expect(fitsOneSegment(reply), `${gsm7Length(reply)}: ${reply}`).toBe(true);
  });

  it('Should name the program in HELP as written, only its typographic quotes, dashes and emoji made plain', () => {
    expect(helpReply(awkward)).toMatch(/^Ŝtimme der Belegschaft - "Speak Up" ∞: anonymous feedback/);
  });

  it('Should append a published response to STATUS, split into numbered messages that each fit a segment', () => {
    const promise = 'From next month every shift gets two paid fifteen-minute breaks and a hot meal option. ';
    const response = `We heard you about the night shift breaks. ${promise.repeat(4)}Thank you — “Dana”.`;
    const messages = statusReplies({ caseCode: '7KQ4M-XW9TR', status: 'responded', response });
    expect(messages.length).toBeGreaterThan(2);
    messages.forEach((m, i) => {
      expect(m.startsWith(`(${i + 1}/${messages.length}) `)).toBe(true);
      expect(fitsOneSegment(m), m).toBe(true);
    });
    const joined = messages.map((m) => m.replace(/^\(\d+\/\d+\) /, '')).join(' ');
    expect(joined).toBe(`Case 7KQ4M-XW9TR: answered. The response: ${toGsm7(response)}`);
    expect(joined).toContain('Thank you - "Dana".');
  });

  it('Should keep a short published response in one message', () => {
    expect(
      statusReplies({ caseCode: '7KQ4M-XW9TR', status: 'responded', response: 'New gloves arrive Monday.' }),
    ).toEqual(['Case 7KQ4M-XW9TR: answered. The response: New gloves arrive Monday.']);
  });

  it('Should tell both a new message and the published response, so one STATUS text misses neither', () => {
    const view = {
      caseCode: '7KQ4M-XW9TR',
      status: 'responded' as const,
      newMessage: 'Which door is nearest to where you smelled it?',
      response: 'The gas supplier checked the boiler room and replaced a valve.',
    };
    const messages = statusReplies(view);
    expect(messages.join(' ')).toContain('Which door is nearest');
    expect(messages.join(' ')).toContain('replaced a valve');
    // The message asks for an answer, so it comes first with how to answer; the response follows.
    expect(messages[0]).toContain('To answer, text 7KQ4M-XW9TR');
    expect(messages.at(-1)).toContain('The response: The gas supplier');
    const spanish = statusReplies(view, 'es')
      .map((m) => m.replace(/^\(\d+\/\d+\) /, ''))
      .join(' ');
    expect(spanish).toContain('Which door is nearest');
    expect(spanish).toContain('replaced a valve');
  });
});

describe('GSM-7', () => {
  it('Should count extension characters twice and refuse emoji', () => {
    expect(gsm7Length('Hello')).toBe(5);
    expect(gsm7Length('€[]')).toBe(6);
    expect(gsm7Length('é à ñ Ø')).toBe(7);
    expect(isGsm7('Hi 😀')).toBe(false);
    expect(isGsm7('“quoted”')).toBe(false);
  });

  it('Should turn text into sendable GSM-7, keeping what it can', () => {
    expect(toGsm7('“Smart” quotes – dashes… and emoji 🎉👍🏽!')).toBe('"Smart" quotes - dashes... and emoji !');
    expect(toGsm7('Crème brûlée, Łódź, señor')).toBe('Crème brulée, ?odz, señor'); // è, é, ñ are GSM-7; û, ó, ź lose their accents
    expect(toGsm7('Привет')).toBe('??????');
  });

  it('Should cut a very long text to the part limit, saying so', () => {
    const parts = splitIntoSegments('word '.repeat(1000).trim(), { maxParts: 3 });
    expect(parts).toHaveLength(3);
    expect(parts[2]!.endsWith('...')).toBe(true);
    for (const part of parts) expect(gsm7Length(part)).toBeLessThanOrEqual(160);
  });

  it('Should split a word longer than a segment', () => {
    const parts = splitIntoSegments('x'.repeat(400));
    expect(parts.join('').replace(/\(\d\/\d\) /g, '')).toBe('x'.repeat(400));
    for (const part of parts) expect(gsm7Length(part)).toBeLessThanOrEqual(160);
  });
});
