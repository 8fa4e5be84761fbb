import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attack round 31 (atp31 F2): a name before where the person works was kept when what followed was something only
// a person does on shift but not among the deeds read: "Dusty on nights sleeps on the job", "Jodie on tills drinks on
// shift" reached the sponsor whole. Sleeping, drinking, smoking, sneaking off and napping are read as deeds now.
// Neither "brings" nor "takes" is: a season or a process does those too ("Overtime on nights takes forever").

const HIDDEN: [text: string, name: string][] = [
  ['Dusty on nights sleeps on the job', 'Dusty'],
  ['Jodie on tills drinks on shift', 'Jodie'],
  ['Bobby on nights slept in his car all shift', 'Bobby'],
  ['Dee in packing drank on the line again', 'Dee'],
  ['Travis from the warehouse sneaks out every break', 'Travis'],
];

const KEPT = [
  'Overtime on nights takes forever',
  'Security on nights sleeps in the booth',
  'Everyone in shipping smokes',
  'Management in HR sleeps on every complaint',
  'Nobody on nights drinks water',
];

describe('a name before where they work and what they do on shift', () => {
  it.each(HIDDEN)('Should hide the name: %s', (text, name) => {
    const shown = redact(text);
    expect(shown).not.toContain(name);
    expect(shown).toContain('[NAME]');
  });

  it.each(KEPT)('Should keep what no person is: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
