import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { appWithFakes, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

const question: ThreadMessage = { seq: 1, from: 'sponsor', text: 'Which door?', day: '2026-11-18' };
const onItsWay: ThreadMessage = { seq: 0, from: 'employee', text: 'The east one.', day: '2026-11-18', waiting: true };

/** A conversation whose employee's answer is still waiting for its hour to be over. */
const thread = fixedThread([question], { waiting: [onItsWay] });

async function statusOf(accept: string, language = 'en') {
  const { app, store } = appWithFakes({ threads: thread });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'The fire exit is blocked' }))).json();
  for (const record of store.cases.values()) record.status = 'escalated';
  return app.request(`/status/${caseCode}`, { headers: { accept, 'accept-language': language } });
}

/** Issue 14: the employee sees their answer at once, and is told it reaches the sponsor when its hour is over. */
describe('an answer still on its way, on the employee’s status page', () => {
  it('Should list it last in JSON, marked waiting', async () => {
    const body = await (await statusOf('application/json')).json();
    expect(body.messages).toEqual([
      { from: 'sponsor', text: 'Which door?', day: '2026-11-18' },
      { from: 'employee', text: 'The east one.', day: '2026-11-18', waiting: true },
    ]);
  });

  it.each([
    ['en', 'when this hour is over'],
    ['es', 'cuando termine esta hora'],
    ['fr', 'à la fin de cette heure'],
  ])('Should say on the page, in %s, that it reaches the sponsor when the hour is over', async (language, words) => {
    const page = await (await statusOf('text/html', language)).text();
    expect(page).toContain('The east one.');
    expect(page).toContain(words);
    expect(page.indexOf('Which door?')).toBeLessThan(page.indexOf('The east one.'));
  });
});
