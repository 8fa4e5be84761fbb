import { describe, expect, it } from 'vitest';
import { statusPage } from '../../../functions/intake/pages/status';
import type { Language } from '../../../shared/i18n/languages';
import type { StatusWithConversation } from '../../../shared/use-cases/case-conversation';
import { exampleConfig } from '../../support/fixtures';

const view = (sponsorMessages: number): StatusWithConversation => ({
  caseCode: '7KQ4M-XW9TR',
  status: 'acknowledged',
  week: '2026-W48',
  messages: [
    { from: 'employee', text: 'La porte du quai.', day: '2026-11-30' },
    ...Array.from({ length: sponsorMessages }, () => ({ from: 'sponsor' as const, text: 'Merci.', day: '2026-12-01' })),
  ],
  newMessages: true,
  canAnswer: true,
});

const page = (language: Language, n: number) =>
  String(statusPage(exampleConfig, { language, dir: 'ltr', chosen: false, offered: ['en', 'es', 'fr'] }, view(n)));

describe('the status page counts the new messages as its language does', () => {
  it.each([
    ['es', 1, 'Tiene un mensaje nuevo.'],
    ['es', 2, 'Tiene 2 mensajes nuevos.'],
    ['fr', 1, 'Vous avez un nouveau message.'],
    ['fr', 3, 'Vous avez 3 nouveaux messages.'],
    ['en', 1, 'There is a new message for you.'],
    ['en', 2, 'There are 2 new messages for you.'],
  ] as const)('Should say it in %s for %i', (language, n, said) => {
    expect(page(language, n)).toContain(said);
  });
});
