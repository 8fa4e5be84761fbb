import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * A nickname quoted after "they call", with its article inside the quotes ("the welder they call 'the Viking'"), or
 * in French guillemets with their spaces (« le Boucher »), or after a Spanish, French, German or Portuguese "that they
 * call": found by an outside attacker with the operator's access (op39, F5: left as written; Spanish lost its
 * closing quote). A thing quoted after "they call it" names no one and stays.
 */

describe('a quoted nickname with its article: hidden, the quotes kept', () => {
  it.each([
    ["the welder they call 'the Viking' groped me", 'Viking', "they call '"],
    ["el que llaman 'el Toro' me grita", 'Toro', "' me grita"],
    ["le chef qu'on appelle « le Boucher » nous crie dessus", 'Boucher', '« '],
    ["der Meister, den alle nennen 'der Bulle', schreit", 'Bulle', "', schreit"],
    ["a supervisora que chamam de 'Rainha' humilha todo mundo", 'Rainha', "' humilha"],
    ['the guy everyone calls "the Hammer" keeps shoving people', 'Hammer', '" keeps'],
  ])('%s', async (text, hidden, kept) => {
    const out = await redact(text);
    expect(out).not.toContain(hidden);
    expect(out).toContain(kept);
    expect(out).toContain('[NAME]');
  });
});

describe('a thing quoted after "call it", or a lower-case word: kept', () => {
  it.each([
    "they call it 'the Pit', the break room downstairs",
    "the guy they call 'the boss' is fine",
    'they call him lazy',
  ])('%s', async (text) => {
    expect(await redact(text)).toBe(text);
  });
});
