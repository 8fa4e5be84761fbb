import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';

// Attacker's report (round 26): an integrator's client that marks reports with a flag of its own
// (`{"text": "gas leak by press 4", "urgent": true}`) was refused, rightly, as sending a field this service
// does not read, but told to "put what you want to say in text": a flag is no words, and whoever fixes the
// client was not told how to mark the report urgent. The refusal names `escalate`.

describe('a client’s own urgency flag', () => {
  it.each(['urgent', 'isUrgent', 'priority', 'is_urgent'])(
    'Should refuse %s, saying to send "escalate": true',
    async (name) => {
      const { app, queue } = appWithFakes();
      const res = await app.request('/feedback', json({ text: 'gas leak by press 4', [name]: true }));
      expect(res.status).toBe(400);
      const { error } = await res.json();
      expect(error.message).toContain(`to mark a report urgent, send "escalate": true instead of ${name}`);
      expect(error.message).toMatch(/NOT saved/);
      expect(error.issues).toEqual([{ path: name, message: expect.stringContaining('"escalate": true') }]);
      expect(queue.messages).toHaveLength(0);
    },
  );

  it('Should still tell a field of words to go in text', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'ok', comment: 'There is a fire in bay 3' }));
    const { error } = await res.json();
    expect(error.message).not.toContain('escalate": true');
    expect(error.issues[0].message).toContain('put what you want to say in text');
  });
});
