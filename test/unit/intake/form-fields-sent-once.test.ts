import { describe, expect, it } from 'vitest';
import { appWithFakes } from '../../support/fixtures';

// Attacker's report: `text=a&text=b` kept the first value silently, so what was saved was not all that was
// sent. None of our forms sends a field twice: a repeated one is refused, saying which, and nothing is kept.

const post = (body: string, accept = 'application/json') => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
  body,
});

describe('a form field sent more than once', () => {
  it('Should refuse a report whose form repeats a field, naming it, and keep nothing', async () => {
    const { app, queue } = appWithFakes();
    for (const body of [
      'text=The%20lift%20is%20slow&text=URGENT%20gas%20leak%20in%20bay%204',
      'text=hello&site=hq&site=plant2',
    ]) {
      const res = await app.request('/feedback', post(body));
      expect(res.status, body).toBe(400);
      expect((await res.json()).error.message).toMatch(/was sent more than once/);
    }
    expect(queue.messages).toHaveLength(0);
  });

  it('Should still take a form whose fields are each sent once', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', post('text=The%20lift%20is%20slow&site=hq', 'text/html'));
    expect(res.status).toBe(200);
    expect(queue.messages.map((m) => m.text)).toEqual(['The lift is slow']);
  });
});
