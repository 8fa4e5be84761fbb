import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * "Man down" as att51 (a blind attack, 2026-12-07 night) still found it read wrong (lead): the alarm after "we got a"
 * (read as a count of staff short), "woman down", a Chinese worker fallen somewhere and not moving; and the calm side,
 * a team short because someone called in sick, a laptop that died (urgency/said-in-haste.ts,
 * machines-and-people-down-said-commonly.ts).
 */
describe('someone down, as att51 said it', () => {
  it.each([
    'we got a man down out back by the dumpsters',
    'woman down in the restroom shes shaking',
    '有人倒在仓库里不动了',
    'we have a man down over by the baler not moving',
    'lady down in the bathroom on 2 not responding',
    '有个工人倒在车间门口叫不醒',
  ])('Should tell the owner of safety of %j', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    'man down on the night shift, steve called in sick so we are short',
    'man down in the office my laptop died',
    'man down at the desk, printer died again',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
