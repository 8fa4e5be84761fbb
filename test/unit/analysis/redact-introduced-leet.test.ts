import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attack round 25: "hi its d3shawn w1lliams from dock 4" was stored as written: the writer's own name, in leetspeak.
describe('the writer introducing themselves before where they work, in leetspeak or with a surname', () => {
  it.each([
    ['hi its d3shawn w1lliams from dock 4, the new schedule is a joke', ['d3shawn', 'w1lliams']],
    ['hey its j4ne from nights', ['j4ne']],
    ['yo its k3vvo frm goods in', ['k3vvo']],
    ['oi its m4rtyn d4vies from the warehouse', ['m4rtyn', 'd4vies']],
  ])('%s', (text, names) => {
    const out = redact(text);
    for (const name of names) expect(out).not.toContain(name);
    expect(out).toContain('[NAME]');
  });

  it.each(['its me from dock 4', 'its the boss from hq again', 'its 4am from now on', 'its raining from the roof'])(
    'keeps "%s"',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});
