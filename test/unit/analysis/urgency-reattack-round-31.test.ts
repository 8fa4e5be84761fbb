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

/*
 * Not waking up, wished for lightly, read calm with or without a laugh ("wouldn't mind if I just didn't wake up
 * tomorrow lol"); and "hope I don't wake up the baby" read as self-harm.
 */
describe('not waking up, wished for', () => {
  it.each([
    'I wish I would not wake up tomorrow',
    'I wish I would not wake up tomorrow lol',
    "honestly wouldn't mind if I just didn't wake up tomorrow lol",
    "wouldn't mind if I didn't wake up tomorrow haha",
    'i dont care if i never wake up',
  ])('Should escalate %j', async (text) => {
    expect(await detectUrgency(text)).toMatchObject({ urgent: true, categories: ['self-harm'] });
  });

  it.each([
    "I wish I didn't wake up so early",
    "hope i don't wake up the baby",
    "hope I don't wake up with a hangover lol",
    "wouldn't mind if I didn't wake up at 5am for once",
  ])('Should read %j as calm', async (text) => {
    expect(await detectUrgency(text)).toMatchObject({ urgent: false });
  });
});
