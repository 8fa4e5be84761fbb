import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * A fresh re-attack of round 31's fixes (ra31) found that "bill" as a thing that hits (urgency/figures-of-violence.ts)
 * also took the man: every "Bill hit me" read calm. And a push "at the dock" or "on the ramp" was not read as a blow
 * (named-attacker.ts knew only "the loading dock").
 */
describe('a man named Bill who hits someone is no bill', () => {
  it.each([
    'Bill hit me',
    'bill hit me',
    'Bill hit me today',
    'Bill hit me in the warehouse today',
    'my coworker Bill hit me',
    'our supervisor bill hit me in the face',
  ])('Should escalate %j', async (text) => {
    expect(await detectUrgency(text)).toMatchObject({ urgent: true });
  });

  it.each([
    'the bill will hit me hard',
    'the electricity bill hit me hard this month',
    'my phone bill is going to hit me',
    'bills hit me hard this month',
    'the final bill hit us like a truck',
  ])('Should read %j as calm', async (text) => {
    expect(await detectUrgency(text)).toMatchObject({ urgent: false });
  });
});

describe('a push at a named part of the workplace is a blow', () => {
  it.each([
    'Mark pushed me at the dock',
    'Dave pushed me on the dock today',
    'Priya shoved me on the ramp',
    'Tom pushed me off the platform',
    'Dave pushed me in the freezer',
  ])('Should escalate %j', async (text) => {
    expect(await detectUrgency(text)).toMatchObject({ urgent: true });
  });

  it.each(['Dave pushed me on the line to go faster', 'Dave pushed me to apply for the job', 'Covid hit me hard'])(
    'Should read %j as calm',
    async (text) => {
      expect(await detectUrgency(text)).toMatchObject({ urgent: false });
    },
  );
});
