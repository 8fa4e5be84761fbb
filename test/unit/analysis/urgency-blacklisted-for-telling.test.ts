import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Kept out of work for good for complaining or reporting (retaliation-threats.ts: the blacklist said as the
// consequence), harassment like the threat of the sack: it is what keeps every other report from being made.
// Found in ra38b's leftover ("the trainer said if anyone complains … never work here again"), read before the rule
// as calm or as the wrong kind (threat, discrimination). The writer's own choice to leave is not a threat.

describe('told they will never work again if they complain: harassment', () => {
  it.each([
    "The trainer said if anyone complains to HR we'll never work here again",
    'he told us that anybody who reports him will never get hired anywhere in this town',
    'if you go to HR nobody in this industry will ever hire you again, he said',
    "my manager said if we report the leak we'll never get another job in this county",
    'she said whoever talks to the union will never work in this trade again',
    'el jefe dijo que si alguien se queja con recursos humanos no vuelve a trabajar en ningún lado',
    'la encargada avisó: el que hable con el sindicato, nadie le va a contratar en esta zona',
    'il a dit que si on va aux RH on ne retravaillera plus jamais dans la région',
    'disse que quem reclamar no RH nunca mais vai trabalhar nesta cidade',
    'er sagte, wer zum Betriebsrat geht, findet in dieser Stadt nie wieder Arbeit',
    'wenn du dich beschwerst, stellt dich hier keiner mehr ein, hat der Meister gesagt',
  ])('%s', (text) => {
    expect(detectUrgency(text).categories).toContain('harassment');
  });
});

describe('leaving by choice, or a day off never worked again: calm', () => {
  it.each([
    'after the way HR handled my complaint I will never work here again',
    "I complained about the canteen once and I'll never work a Sunday again, they said no",
    'Honestly if I complain one more time I will never get hired anywhere, I need a break',
    'me quejé del horario y ahora nunca trabajo los domingos, genial',
    "j'ai parlé aux RH et je ne travaille plus jamais le dimanche, super",
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
