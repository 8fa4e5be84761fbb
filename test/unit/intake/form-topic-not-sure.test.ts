import { describe, expect, it } from 'vitest';
import { urgencyOf } from '../../../functions/intake/routes/web-feedback';
import { exampleConfig } from '../../support/fixtures';
import { systemClock } from '../../../shared/ports/clock';

// Found walking the form in Chromium during a flood: its "Not sure / something else" topic is sent as an empty
// value, which was read as a topic the config had dropped, and such a topic is taken as the urgent one it may have
// been. So every report from the form, left on its default topic, counted as marked urgent past a spent budget: a
// flood of them was taken from the urgent allowance, and no one whose report was refused saw the refusal.
describe('the form left on "Not sure / something else"', () => {
  it('Should not read an empty topic as marked urgent', () => {
    expect(urgencyOf({ text: 'The canteen is out of forks', topic: '' }, exampleConfig, systemClock).asked()).toBe(
      false,
    );
    expect(urgencyOf({ text: 'The canteen is out of forks', topic: '  ' }, exampleConfig, systemClock).asked()).toBe(
      false,
    );
  });

  it('Should still read a topic the config dropped, or an urgent one, as marked urgent', () => {
    expect(urgencyOf({ text: 'x', topic: 'a-topic-no-longer-listed' }, exampleConfig, systemClock).asked()).toBe(true);
    const urgent = exampleConfig.topics.find((t) => t.urgent);
    if (urgent) expect(urgencyOf({ text: 'x', topic: urgent.id }, exampleConfig, systemClock).asked()).toBe(true);
    expect(urgencyOf({ text: 'x', escalate: 'on' }, exampleConfig, systemClock).asked()).toBe(true);
  });
});
