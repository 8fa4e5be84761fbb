import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

// What an employee says is fine, or never happened, must not page a leader;
// the same words stated as a present danger still must. Read by the whole
// detector (rules and learned model), as the pipeline reads them.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency on hazards the writer denies', { timeout: 60_000 }, () => {
  it.each([
    'The fire exit is not blocked',
    "The fire exit isn't blocked, I checked this morning",
    'La salida de emergencia no está bloqueada',
    "La sortie de secours n'est pas bloquée",
    'Der Notausgang ist nicht blockiert',
    'Der Notausgang ist nicht mehr zugestellt',
  ])('Should not escalate an exit said to be clear: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'The fire exit is blocked',
    'La salida de emergencia está bloqueada',
    'La sortie de secours est bloquée',
    'Der Notausgang ist blockiert',
  ])('Should still escalate the same exit said to be blocked: %j', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    'Ich arbeite seit Jahren in der Notaufnahme',
    'Nunca me sentí inseguro',
    'Je ne me suis jamais senti en danger',
    '从来没有感到不安全',
    'Światło się pali w magazynie całą noc',
  ])('Should not escalate a workplace, or a danger never felt: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('Should read a denied feeling of being unsafe in Chinese as calm, and a stated one as urgent', () => {
    expect(detectRuleUrgency('从来没有感到不安全').urgent).toBe(false);
    expect(detectRuleUrgency('我在这里没觉得不安全').urgent).toBe(false);
    expect(detectRuleUrgency('晚上一个人下班很不安全，停车场没有灯').categories).toContain('safety');
    expect(detectRuleUrgency('一点都不安全').categories).toContain('safety');
  });
});
