import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Calm read urgent (ra35): a harm named as what a campaign, a week or a policy is against (campaigns-against.ts), and a
// denial of having seen any of it ("never seen any", "don't think there is any": en.ts ENGLISH_NEGATION; Tagalog
// "walang": negation.ts). The held-back wordings (helper fx35u, 2026-12-06) were written before the rules and run once
// after them; the reports beside them must stay urgent.

const clock = { now: () => new Date('2026-12-06T06:00:00Z') };

describe('campaigns against a harm and denials: tuned calm', () => {
  it.each([
    'anti-bullying week posters look great in the canteen',
    "I've never seen any discrimination on our team",
    'walang harassment dito, mababait lahat',
    'i dont think there is any fraud, the books look fine',
    'la semaine contre le harcèlement était bien organisée',
    'kampania przeciw mobbingowi była ciekawa',
  ])('is not urgent: %s', (text) => {
    expect(detectUrgency(text, clock).urgent).toBe(false);
  });
});

describe('campaigns against a harm and denials: held-back calm', () => {
  it.each([
    'the anti-harassment training was actually useful this year',
    'semana contra el acoso laboral: los carteles están en la entrada',
    'la giornata contro la violenza sulle donne è stata ben organizzata',
    'campanha contra o assédio moral começa segunda',
    'die Aktionswoche gegen Mobbing war gut besucht',
    'szkolenie z przeciwdziałania mobbingowi jest w piątek',
    'we signed the pledge against racism at the all-hands',
    'I have not witnessed any harassment in my time here',
    'honestly never experienced any bullying on nights, good crew',
    "i don't believe there is any discrimination in hiring here",
    'wala namang harassment sa team namin',
    'lutte contre les discriminations : réunion jeudi',
  ])('is not urgent: %s', (text) => {
    expect(detectUrgency(text, clock).urgent).toBe(false);
  });
});

describe('campaigns against a harm and denials: reports beside them stay urgent', () => {
  it.each([
    ['the anti-bullying policy is a joke, he bullies me every day', 'harassment'],
    ['during anti-harassment week my supervisor grabbed my butt', 'harassment'],
    ['I have never seen the harassment stop, he keeps doing it', 'harassment'],
    ['nobody noticed the harassment until she quit crying', 'harassment'],
    ["I don't think anyone noticed the fraud but he's been cooking the books", 'fraud'],
    ['campaña contra el acoso y mi jefe me sigue acosando', 'harassment'],
    ['semaine contre le harcèlement mais mon chef me harcèle toujours', 'harassment'],
    ['he said there is no harassment here but he keeps touching me', 'harassment'],
  ])('is urgent: %s (%s)', (text, category) => {
    expect(detectUrgency(text, clock).categories).toContain(category);
  });
});
