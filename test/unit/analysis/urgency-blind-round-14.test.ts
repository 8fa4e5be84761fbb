import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { describeUrgencyRound } from '../../support/urgency-round';
import rows from './urgency-blind-round-14.json';

/*
 * What a blind tester found in round 14 (README only), fixed by kind, with rows of the same kinds written fresh
 * (urgency-blind-round-14.json): a co-worker gone with contact lost ("sumiu o João …, o celular dele tá desligado",
 * "nawawala si Jun"), someone at the workplace with a weapon, a resident left in their own mess, a bare "there is a
 * fire"; and, in the languages read by phrase tables, self-harm hints and a collapse in polite Japanese.
 */
describeUrgencyRound('urgency blind round 14', rows);

describe('urgency blind round 14: the phrase tables', () => {
  it.each([
    'aku udah gak pengen hidup lagi',
    'saya tak ingin hidup lagi',
    'mujhe marna hai bas',
    'yaar ab jeena nahi hai mujhe',
    '作業員が倒れて息をしていません',
    '同僚が倒れています、動きません',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(['saya tidak mau makan lagi', 'mujhe ghar jana hai', '倒れそうなくらい忙しい'])(
    'Should read %s as calm',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(false);
    },
  );
});
