import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// False alarms of round 33 as classes: a thing shoved somewhere (concepts/en.ts), a worker punched in or out at the clock (en.ts), a punishment said not to happen (retaliation-for-complaints.ts).
// Each class was written as look-alikes before its rule, half of them held back (u34a, 2026-12-06); the held-back
// wordings were looked at only after the first rule was written. Known misses are listed, not asserted.

describe('C6 false alarms', () => {
  // Known false alarm: "no one has ever been fired for reporting a hazard here" -> safety
  // Urgent as fraud, below: the two "punching people out ... pocketing" wordings.
  // Known miss (calm, should be fraud): "supervisor punched everyone out at 3 and kept the pay"
  it.each([
    'he shoved the boxes into the corner',
    'he shoved his lunch in the fridge',
    'she shoved the papers in the drawer',
    'he pushed the cart into the aisle',
    'the union rep said nobody gets fired for complaining here',
    'she was fired last year for stealing, not for complaining',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C6 should stay urgent', () => {
  it.each([
    'he shoved me into the corner',
    'he shoved her against the racking',
    'they fired him for complaining about the heat',
  ])('is urgent: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

describe('fraud only, not a blow, when people are punched out and the wages kept', () => {
  it.each([
    'manager is punching people out early and pocketing the wages',
    'the lead keeps punching us out early and pocketing the difference',
  ])('is fraud, not a threat: %s', (text) => {
    expect(detectUrgency(text).categories).toEqual(['fraud']);
  });
});

describe('a blow with "in" or "out" after it is still a blow', () => {
  it.each([
    'he punched in the face a coworker',
    'he is punching him in the face',
    'he punches us in the face',
    'he punched him out cold',
  ])('is urgent, threat: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('threat');
  });
  it.each([
    'boss punches us out when the trucks are late',
    'I punched in for my shift and then my friend came to visit',
  ])('is no blow: %s', (text) => {
    expect(detectUrgency(text).categories).not.toContain('threat');
  });
});
