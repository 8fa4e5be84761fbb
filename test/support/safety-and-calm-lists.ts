import { expect, it } from 'vitest';
import { detectUrgency } from '../../shared/analysis/urgency';

/**
 * The two checks of a list of reports a site's safety owner must get (read urgent, as safety) and of look-alikes that
 * must stay calm: written once for the lead's small lists of a class (smoke said plainly, machines starting by
 * themselves …), inside the caller's `describe`.
 */
export function safetyAndCalm(urgent: readonly string[], calm: readonly string[]): void {
  it.each([...urgent])('Should page the site’s safety owner for %j', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('safety');
  });

  it.each([...calm])('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
}
