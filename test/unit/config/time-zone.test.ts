import * as fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTimeZone } from '../../../shared/config/time-zone';

/** What the config accepted before: whatever Intl.DateTimeFormat accepts. */
function formatterAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const KNOWN = Intl.supportedValuesOf('timeZone');

describe('the config time zone check', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Should accept every zone this Node knows, the aliases and spellings it accepts, and nothing it refuses', () => {
    const variants = fc.oneof(
      fc.constantFrom(...KNOWN),
      fc.constantFrom(...KNOWN).map((zone) => zone.toLowerCase()),
      fc.constantFrom(
        'UTC',
        'utc',
        'Etc/UTC',
        'GMT',
        'US/Eastern',
        'Asia/Calcutta',
        'Europe/Kiev',
        'EST5EDT',
        'Etc/GMT+5',
        '+05:00',
        '-0330',
      ),
      fc.constantFrom(
        'Mars/Olympus',
        'Europe/Londres',
        'America/',
        '/London',
        'Europe//London',
        ' Europe/London',
        '',
        '+25:00',
        'UTC+1',
      ),
      fc.string(),
      fc.constantFrom(...KNOWN).chain((zone) => fc.string({ maxLength: 3 }).map((tail) => `${zone}${tail}`)),
    );
    fc.assert(
      fc.property(variants, (name) => isTimeZone(name) === formatterAccepts(name)),
      { numRuns: 500 },
    );
  });

  it('Should check a named zone without creating a date formatter, so a start-up does not load the formatting data', () => {
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(formatter).not.toHaveBeenCalled();
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(formatter).toHaveBeenCalled();
  });
});
