import { describe, expect, it } from 'vitest';
import type { CaseThread, ThreadMessage, ThreadSummary } from '../../../shared/ports/case-thread';
import { appWithFakes, json } from '../../support/fixtures';
import { fixedThread } from '../../support/fixed-thread';

// Newcomer walk-through (round 15): the employee's case page said "acknowledge it within 4 hours if it is urgent
// (3 days otherwise)" without saying which applies to this case, and its language switch posted the code alone,
// throwing away an answer typed in the box. The page now names the time that applies, and the switch carries the
// typed answer over (shown again, never sent).

/** A case's thread as the status page reads it: its messages and what its head says. */
const threadOf = (messages: ThreadMessage[], summary: Partial<ThreadSummary> = {}) =>
  fixedThread(messages, { summary });

const question: ThreadMessage = { seq: 1, from: 'sponsor', text: 'Which door is blocked?', day: '2026-11-18' };

async function escalatedCase(thread: CaseThread) {
  const { app, store, queue } = appWithFakes({ threads: thread });
  const { caseCode } = await (await app.request('/feedback', json({ text: 'The fire exit is blocked' }))).json();
  for (const record of store.cases.values()) record.status = 'escalated';
  return { app, caseCode: caseCode as string, queue };
}

const page = async (thread: CaseThread, language: string) => {
  const { app, caseCode } = await escalatedCase(thread);
  return (await app.request(`/status/${caseCode}?lang=${language}`, { headers: { accept: 'text/html' } })).text();
};

/** The "what next" sentence of a page, its markup taken out. */
const whatNext = (html: string) =>
  /<p class="what-next">([\s\S]*?)<\/p>/
    .exec(html)![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/[\u00a0\u202f]/g, ' ');

describe('the time to acknowledge on the employee’s case page', () => {
  it.each([
    ['en', 'asked to acknowledge it within 4 hours, as it is urgent.', 'if it is urgent', '3 days'],
    ['es', 'en un plazo de 4 horas, porque es urgente.', 'si es urgente', '3 días'],
    ['fr', 'sous 4 heures, car il est urgent.', 's’il est urgent', '3 jours'],
  ])('Should name the short time alone for an urgent case, in %s', async (language, said, ifWords, standard) => {
    const next = whatNext(await page(threadOf([], { urgent: true }), language));
    expect(next).toContain(said);
    expect(next).not.toContain(ifWords);
    expect(next).not.toContain(standard);
  });

  it.each([
    ['en', 'asked to acknowledge it within 3 days, as it is not urgent.', '4 hours'],
    ['es', 'en un plazo de 3 días, porque no es urgente.', '4 horas'],
    ['fr', 'sous 3 jours, car il n’est pas urgent.', '4 heures'],
  ])('Should name the longer time alone for a case that is not urgent, in %s', async (language, said, urgent) => {
    const next = whatNext(await page(threadOf([], { urgent: false }), language));
    expect(next).toContain(said);
    expect(next).not.toContain(urgent);
  });

  it('Should still name both times for a case whose thread does not say (one from before it was noted)', async () => {
    expect(whatNext(await page(threadOf([]), 'en'))).toContain(
      'asked to acknowledge it within 4 hours if it is urgent (3 days otherwise)',
    );
  });

  it('Should keep the JSON as it was: no urgency in it', async () => {
    const { app, caseCode } = await escalatedCase(threadOf([], { urgent: true }));
    const body = await (await app.request(`/status/${caseCode}`, { headers: { accept: 'application/json' } })).json();
    expect(body).not.toHaveProperty('urgent');
    expect(body.status).toBe('escalated');
  });
});

describe('the case page’s language switch with an answer typed', () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(fields).toString(),
  });

  it('Should make the switch buttons of the answer form, so the answer goes with them', async () => {
    const html = await page(threadOf([question]), 'en');
    expect(html).toMatch(/<form method="post" action="\/status\/answer\?lang=en" id="answer-form"/);
    expect(html).toMatch(/<button type="submit" class="link" form="answer-form" formaction="\/status\?lang=fr"/);
    expect(html).not.toContain('id="case-language"');
  });

  it('Should show the typed answer again in its box in the new language, with its key, and send nothing', async () => {
    const thread = threadOf([question]);
    const { app, caseCode, queue } = await escalatedCase(thread);
    const queued = queue.messages.length;
    const key = '0b7c5a52-4f3e-4d1a-9a77-2f1f0f6c9e11';
    const typed = 'The east door, by the loading dock <since Monday> & nobody moved the pallets.';
    const response = await app.request('/status?lang=fr', form({ code: caseCode, key, text: typed }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain(
      '>The east door, by the loading dock &lt;since Monday&gt; &amp; nobody moved the pallets.</textarea>',
    );
    expect(html).toContain(`name="key" value="${key}"`);
    // Nothing sent: no answer in the thread, nothing queued, no "sent" notice.
    expect(thread.appended).toBe(0);
    expect(queue.messages.length).toBe(queued);
    expect(html).not.toContain('class="notice" role="status"');
    expect(html).not.toContain('error-summary');
  });

  it('Should give a fresh key for one not written as the page writes them, and an empty box with no answer', async () => {
    const { app, caseCode } = await escalatedCase(threadOf([question]));
    const html = await (await app.request('/status?lang=es', form({ code: caseCode, key: 'x', text: 'Hola' }))).text();
    expect(html).not.toContain('name="key" value="x"');
    expect(html).toMatch(/name="key" value="[0-9a-f-]{36}"/);
    const empty = await (await app.request('/status?lang=es', form({ code: caseCode }))).text();
    expect(empty).toMatch(/aria-describedby="answer-hint"><\/textarea>/);
  });

  it('Should keep the hidden form of the code alone where there is no box to answer in', async () => {
    const { app, caseCode } = await escalatedCase(threadOf([question], { closed: true }));
    const html = await (await app.request(`/status/${caseCode}`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('id="case-language"');
    expect(html).toContain('form="case-language"');
  });
});
