import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, form, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import {
  codeIn,
  inspectableRateState,
  repliesOf,
  signedTwilioRequest,
  smsChannel,
  twilioFields,
} from '../../support/sms';

// A bare "?" (or ".", "!!!", characters that only look like spaces) was kept as feedback: a case code, a
// case, a row in the weekly figures, for nothing a reader could act on. Every channel now agrees: a new report
// needs a letter, a digit or an emoji (which says how someone feels, as a kiosk's face does). The employee is
// told so in words (the form keeps what they typed), a JSON client is told which field and why, nothing is
// queued, and nothing that says something is refused.

const WORDLESS = ['?', '.', '!!!', '‼', '\u2800\u2800', '\u3164', ' \u3000?\u3000', '?! … ¿¡', '— — —', '* # +'];
const WITH_WORDS = ['No?', '5', '٣', '好', 'ok 👍', '😡', '👍🏽', '❤️'];

function withKiosk() {
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const kiosks = new InMemoryKioskRegistry();
  const sms = smsChannel(clock);
  const { rateState } = inspectableRateState(clock);
  const fakes = appWithFakes({ clock, kiosk: { kiosks }, sms, rateState });
  const enrol = () => enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Break room' });
  return { ...fakes, enrol };
}

let keys = 0;
const newKey = () => `wordless-key-${(keys += 1)}-${'x'.repeat(8)}`;

describe('a report with no words, on every channel', () => {
  it('Should refuse it on the web form, in the employee’s words and language, keeping what they typed', async () => {
    const { app, queue, store } = appWithFakes();
    for (const text of WORDLESS) {
      const res = await app.request('/feedback', form({ text, site: 'hq' }));
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('Your feedback has no words, only punctuation or symbols.');
      expect(page.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0]).not.toMatch(/text has no words/);
    }
    // Blank to the eye and to Unicode (an ideographic space): refused as empty, as it always was.
    expect(await (await app.request('/feedback', form({ text: '\u3000', site: 'hq' }))).text()).toContain(
      'Write your feedback in the box before sending it.',
    );
    const es = await app.request('/feedback?lang=es', form({ text: '?', site: 'hq' }));
    expect(await es.text()).toContain('Su opinión no tiene palabras');
    const fr = await app.request('/feedback?lang=fr', form({ text: '?', site: 'hq' }));
    expect(await fr.text()).toContain('Votre avis ne contient aucun mot');
    expect(queue.messages).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });

  it('Should answer a JSON client 400 naming the field and what is wrong with it', async () => {
    const { app, queue } = appWithFakes();
    for (const text of WORDLESS) {
      const res = await app.request('/feedback', json({ text, site: 'hq' }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
      expect(body.error.code).toBe('invalid_input');
      // In English, the request naming no language, unless its marks are Spanish's own ("¿¡"): a refusal is in the
      // language of the words when it can be told (attack round 29).
      const expected = /[¿¡]/.test(text) ? /no tiene palabras/ : /^text has no words/;
      expect(body.error.issues).toEqual([{ path: 'text', message: expect.stringMatching(expected) }]);
    }
    const es = await app.request('/feedback?lang=es', json({ text: '!!!' }));
    const body = (await es.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues[0]).toEqual({ path: 'text', message: expect.stringContaining('no tiene palabras') });
    expect(queue.messages).toHaveLength(0);
  });

  it('Should keep every text that has a letter or a digit, however short', async () => {
    const { app, queue } = appWithFakes();
    for (const text of WITH_WORDS) expect((await app.request('/feedback', json({ text }))).status).toBe(201);
    expect(queue.messages.map((m) => m.text)).toEqual(WITH_WORDS);
  });

  it('Should answer a text of no words by SMS with what to send instead, and keep nothing', async () => {
    const { app, queue, store } = withKiosk();
    for (const Body of ['?', '!!!', '…']) {
      const res = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body })));
      expect(res.status).toBe(200);
      expect(await repliesOf(res)).toEqual([
        'Your message had no words, so nothing was saved. Text your feedback in words; it is anonymous. Reply HELP for help.',
        expect.stringMatching(/danger/),
      ]);
    }
    expect(queue.messages).toHaveLength(0);
    expect(store.cases.size).toBe(0);
    const kept = await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: 'No hot water?' })));
    expect(codeIn((await repliesOf(kept))[0])).toBeTruthy();
  });

  it('Should keep a kiosk’s tap whose comment has no words, as a tap alone: the face is what it says', async () => {
    const { app, queue, enrol } = withKiosk();
    const { token } = await enrol();
    for (const text of ['?', '!!!', '\u2800']) {
      const res = await app.request(
        '/kiosk/feedback',
        json({ rating: 2, text, key: newKey() }, { authorization: `Bearer ${token}` }),
      );
      expect(res.status).toBe(201);
    }
    expect(queue.messages.map((m) => [m.rating, m.text])).toEqual([
      [2, ''],
      [2, ''],
      [2, ''],
    ]);
  });
});
