import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Issue 15, item 4: a surname that is also a town's name ("Whitfield",
// "Hargreaves") opening a sentence was kept, as a place's or brand's name is
// ("Toyota told us"). What only a person does says it is a person.

describe('a sentence opened by a name that is also a place', () => {
  it('Should hide it when what follows is something only a person does', () => {
    for (const name of ['Whitfield', 'Hargreaves'])
      for (const act of ['shouted at us again.', 'yelled at me in front of everyone.', 'swore at the new starter.'])
        expect(redact(`${name} ${act}`)).toBe(`[NAME] ${act}`);
  });

  it('Should keep a brand or place that does what companies do', () => {
    expect(redact('Toyota told us the line would close.')).toBe('Toyota told us the line would close.');
    expect(redact('Amazon pays better.')).toBe('Amazon pays better.');
  });
});
