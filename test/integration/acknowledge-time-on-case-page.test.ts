import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';

// Newcomer walk-through (round 15): the case page said "acknowledge it within 4 hours if it is urgent (3 days
// otherwise)", leaving the employee to guess which applied. On the real stand-ins, a case raised as urgent: the
// legal clock notes it on the thread, and the page names the short time alone, in every language.

const URGENT = {
  en: 'asked to acknowledge it within 4 hours, as it is urgent.',
  es: /en un plazo de 4\s?horas, porque es urgente\./,
  fr: /sous 4\s?heures, car il est urgent\./,
};
const EITHER = { en: /if it is urgent|3 days/, es: /si es urgente|3\s?días/, fr: /s’il est urgent|3\s?jours/ };

describe('the time to acknowledge an escalated case, on its page', () => {
  const { stack } = useConversationStack();
  const page = async (code: string, lang: string) =>
    (await fetch(`${stack.urls.app}/status/${code}?lang=${lang}`, { headers: { accept: 'text/html' } })).text();

  it('Should name only the short time for a case raised as urgent, in each language, and keep the JSON as it was', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by bay 4 is chained shut.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    for (const lang of ['en', 'es', 'fr'] as const) {
      const whatNext = /<p class="what-next">([\s\S]*?)<\/p>/
        .exec(await page(caseCode, lang))![1]!
        .replace(/&rsquo;|&#39;/g, '’');
      expect(whatNext).toMatch(URGENT[lang]);
      expect(whatNext).not.toMatch(EITHER[lang]);
    }
    const json = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
    ).json();
    expect(json).not.toHaveProperty('urgent');
    expect(json).not.toHaveProperty('reportLanguage');
  });
});
