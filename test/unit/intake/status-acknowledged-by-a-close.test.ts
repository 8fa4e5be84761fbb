import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

/**
 * newbie51: a sponsor closed an urgent case nobody had acknowledged ("Close it and count it as acknowledged"). Until
 * the end of that hour (or after an answer reopened it) the employee's page read "is asked to acknowledge it within
 * 4 hours, as it is urgent" right above "You will hear what is being done by … March 6", the clock that runs only
 * once the acknowledgement is met. The page now says only that a senior leader has it.
 */
async function pageOf(summary: { urgent: boolean; feedbackBy?: string }, language = 'en') {
  const { app, store } = appWithFakes({ threads: fixedThread([], { summary }) });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'The fire exit is blocked' }))).json();
  for (const record of store.cases.values()) record.status = 'escalated';
  return (
    await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html', 'accept-language': language } })
  ).text();
}

describe('the employee’s page of an urgent case whose acknowledgement a close has met', () => {
  it.each([
    ['en', 'A senior leader has it.', 'is asked to acknowledge it'],
    ['es', 'Una persona de la dirección lo tiene.', 'se le pide que lo confirme'],
    ['fr', 'Un ou une responsable de la direction l’a reçu.', 'doit en accuser réception'],
  ])(
    'Should no longer ask for an acknowledgement, in %s, while it says when they will hear back',
    async (language, has, asked) => {
      const page = await pageOf({ urgent: true, feedbackBy: '2027-03-06' }, language);
      expect(page).toContain(has);
      expect(page).not.toContain(asked);
      expect(page).toMatch(/2027|6 de marzo|6 mars/);
    },
  );

  it('Should still ask for it within 4 hours on a case nobody has acknowledged or closed', async () => {
    const page = await pageOf({ urgent: true });
    expect(page).toContain('is asked to acknowledge it within 4 hours, as it is urgent');
  });
});
