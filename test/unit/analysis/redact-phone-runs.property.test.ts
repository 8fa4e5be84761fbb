import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attacker's report: a phone number beside other digit groups reached the sponsor's email as written, because the
// run of groups was read whole and had too many digits to be one number: "call me on 555-123-4567 555-987-6543
// tonight", "my phone is 415 555 0199 2024 2025", "07700 900123 07700 900124", "I'm on 555-123-4567 2nd shift".
// Each number is hidden; the years, counts and ordinals beside it stay readable.

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
// A number's groups as countries write them, the first digit not 0 where a country's never is.
const phoneGroups = fc
  .oneof(
    fc
      .tuple(fc.integer({ min: 2, max: 9 }), digits(2, 2), digits(3, 3), digits(4, 4))
      .map(([a, b, c, d]) => [`${a}${b}`, c, d]), // 415 555 0199
    fc.tuple(digits(3, 3), digits(6, 6)).map(([a, b]) => [`07${a}`, b]), // 07700 900123
    fc.tuple(digits(4, 4), digits(4, 4)).map(([a, b]) => ['55', a, b]), // 55 1234 5678
    fc.tuple(digits(2, 2), digits(2, 2), digits(2, 2), digits(2, 2)).map((g) => ['06', ...g]), // 06 12 34 56 78
    fc.tuple(digits(2, 2), digits(3, 3), digits(3, 3)).map(([a, b, c]) => [`04${a}`, b, c]), // 0412 345 678
    // A number whose last group reads as a year ("55 1234 2024") cannot be told from a number and a year.
  )
  .filter((groups) => !groups.some((g) => /^(?:19|20)\d\d$/.test(g)));
const SEPARATORS = [' ', '-', '.', '–', '\u2011', '⁃', '\\', ',', ';', ':', '*', '+', '=', '#', "'", '"'];
// What may stand beside a number: years, counts, other groups of digits.
const figure = fc.oneof(fc.integer({ min: 1990, max: 2030 }).map(String), digits(1, 4));
const figures = fc.array(figure, { maxLength: 3 });

describe('a phone number beside other digit groups', () => {
  it('never survives, whatever separates its groups and whatever digits stand before or after it', () => {
    fc.assert(
      fc.property(phoneGroups, fc.constantFrom(...SEPARATORS), figures, figures, (groups, sep, before, after) => {
        const phone = groups.join(sep);
        const text = ['call me on', ...before, phone, ...after, 'tonight'].join(' ');
        const out = redact(text);
        expect(out).toMatch(/\[(?:PHONE|ID)\]/);
        expect(out).not.toContain(phone);
        // No group of four digits or more of the number is left to read (a figure beside it may be the same digits).
        const left = out.replace(/\[[A-Z]+\]/g, ' ').match(/\d+/g) ?? [];
        const beside = new Set([...before, ...after]);
        for (const group of groups.filter((g) => g.length >= 4))
          expect(left.filter((g) => g === group && !beside.has(g))).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // 400 redactions: 31 s at a load of 19 on two cores, over the unit default of 20.
  }, 90_000);

  it('hides each of two numbers in a row, and keeps the years and ordinals after one', () => {
    expect(redact('call me on 555-123-4567 555-987-6543 tonight')).toBe('call me on [PHONE] [PHONE] tonight');
    expect(redact('555.123.4567 555.987.6543')).toBe('[PHONE] [PHONE]');
    expect(redact('07700 900123 07700 900124')).toBe('[PHONE] [PHONE]');
    expect(redact('mi celular 55 1234 5678 55 8765 4321')).toBe('mi celular [PHONE] [PHONE]');
    expect(redact('my phone is 415 555 0199 2024 2025')).toBe('my phone is [PHONE] 2024 2025');
    expect(redact("I'm on 555-123-4567 2nd shift")).toBe("I'm on [PHONE] 2nd shift");
    expect(redact('ring 0412 345 678 on the 3rd')).toBe('ring [PHONE] on the 3rd');
  });

  it('keeps a run of years, and figures written with commas and colons, readable', () => {
    expect(redact('reviews from 2019 2020 2021 2022 2023 were fine')).toBe(
      'reviews from 2019 2020 2021 2022 2023 were fine',
    );
    expect(redact('we paid 1,234,567,890 in total')).toBe('we paid 1,234,567,890 in total');
    expect(redact('logged at 2024:03:18:10:30')).toBe('logged at 2024:03:18:10:30');
    expect(redact('score 3:1 and 1,200 people by 10:30')).toBe('score 3:1 and 1,200 people by 10:30');
  });
});

describe('the digits of any script', () => {
  // Javanese, Osmanya, Adlam, New Tai Lue, Balinese, Meetei Mayek, Ol Chiki: each script's zero.
  const zeros = [0xa9d0, 0x104a0, 0x1e950, 0x19d0, 0x1b50, 0xabf0, 0x1c50];
  const inScript = (zero: number, ascii: string) =>
    [...ascii].map((d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join('');

  it('are read as digits: a phone number in them is hidden, a year in them stays as written', () => {
    for (const zero of zeros) {
      expect(redact(`call ${inScript(zero, '555-123-4567')} now`)).toBe('call [PHONE] now');
      const year = inScript(zero, '2024');
      expect(redact(`call ${inScript(zero, '415 555 0199')} in ${year}`)).toBe(`call [PHONE] in ${year}`);
    }
  });
});
