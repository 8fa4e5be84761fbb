import { describe, expect, it } from 'vitest';
import { repeatedKeyIn } from '../../../functions/intake/middleware/json-repeated-keys';
import { appWithFakes } from '../../support/fixtures';

// Attacker's report (round 26): `{"text": "There is a fire in bay 3, people trapped", "text": "all fine"}` was
// taken (201) as "all fine": JSON keeps the last of a repeated name, so the report of danger was lost without a
// word and the case ended "analysed". A repeated name is refused, as a form's repeated field is.

const postJson = (body: string) =>
  ({ method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body }) as const;

describe('a JSON field sent more than once', () => {
  it('Should refuse a report whose JSON repeats a field, naming it, saying it was not saved, and keep nothing', async () => {
    const { app, queue } = appWithFakes();
    for (const body of [
      '{"text":"There is a fire in bay 3, people trapped","text":"all fine"}',
      '{"text":"ok","site":"hq","\\u0074ext":"gas leak in the boiler room, people fainting"}',
      '{"text":"gas leak","escalate":true,"escalate":false}',
    ]) {
      const res = await app.request('/feedback', postJson(body));
      expect(res.status, body).toBe(400);
      const { error } = await res.json();
      expect(error.message, body).toMatch(/was sent more than once/);
      expect(error.message, body).toMatch(/NOT saved/);
      expect(error.emergency, body).toMatch(/call 911/);
    }
    expect(queue.messages).toHaveLength(0);
  });

  it('Should still take a report whose fields are each sent once, with the same names in other objects', async () => {
    const { app, queue } = appWithFakes();
    const res = await app.request('/feedback', postJson('{ "text" : "The lift is slow", "site":"hq" }'));
    expect(res.status).toBe(201);
    expect(queue.messages.map((m) => m.text)).toEqual(['The lift is slow']);
  });

  it('Should tell names from string values, escapes and nesting', () => {
    expect(repeatedKeyIn('{"text":"text","site":"text"}')).toBeUndefined();
    expect(repeatedKeyIn('{"a":{"x":1},"b":[{"x":2},{"x":3}]}')).toBeUndefined();
    expect(repeatedKeyIn('{"t\\"":"\\"text\\":","t\\"":1}')).toBe('t"');
    expect(repeatedKeyIn('[{"x":1,"y":{"x":2},"x":3}]')).toBe('x');
    expect(repeatedKeyIn('"a string"')).toBeUndefined();
  });
});
