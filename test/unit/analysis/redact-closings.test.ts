import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { CLOSINGS } from '../../../shared/analysis/redact-names-sign-off';

/*
 * A closing says nothing of who wrote: "Obrigado, Thiago" once became "[NAME]",
 * the thank-you read as part of an unknown two-word name. Every closing the
 * sign-off rule knows, opening the text or after a sentence, keeps its words;
 * the name after it is hidden.
 */
const capitalised = (closing: string) => closing[0]!.toUpperCase() + closing.slice(1);

describe('closings before a name', () => {
  it.each(CLOSINGS.map(capitalised))('Should keep %j and hide the name after it', (closing) => {
    for (const name of ['Thiago', 'Oksana Petrenko']) {
      expect(redact(`${closing}, ${name}`)).toBe(`${closing}, [NAME]`);
      expect(redact(`The lockers still do not lock. ${closing}, ${name}`)).toBe(
        `The lockers still do not lock. ${closing}, [NAME]`,
      );
    }
  });
});
