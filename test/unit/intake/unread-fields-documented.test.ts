import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appWithFakes, json } from '../../support/fixtures';

// An integrator whose client adds a field (a "comment" box) meets a 400; the API contract shows the refusal
// word for word so they can recognise it and fix their client. If the refusal changes, the contract must too.

const design = readFileSync(new URL('../../../docs/design.md', import.meta.url), 'utf8');

describe('the contract on fields the intake does not read', () => {
  it('Should show integrators the exact refusal a body with an unread field gets, and how to fix the client', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/feedback', json({ text: 'ok', comment: 'There is a fire in bay 3' }));
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(design).toContain(`"code": "invalid_input"`);
    expect(design).toContain(`"message": ${JSON.stringify(error.message)}`);
    for (const issue of error.issues) expect(design).toContain(`"message": ${JSON.stringify(issue.message)}`);
    expect(design).toContain(`"emergency": ${JSON.stringify(error.emergency)}`);
    // Why, and what to do: words go in text; nothing else is sent.
    expect(design).toMatch(/would otherwise be dropped without anyone knowing/);
    expect(design).toMatch(/put every word the person wrote into `text`/);
  });
});
