import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { submitFeedback, type Submission } from '../../../shared/use-cases/submit-feedback';
import { appWithFakes, TEST_PEPPER } from '../../support/fixtures';

/**
 * A kiosk's (or a signed text's) first delivery stopped after its key was
 * remembered and before its case was made, and forgetting the key failed
 * too. Its retry, even with other content (a kiosk resending from its own
 * queue after an update), must not be given the code of a case that does
 * not exist.
 */
describe('a keyed submission whose first delivery stopped before its case was made', () => {
  it('Should make the case on the retry, under the code the key was given, and queue it', async () => {
    const { deps, store, queue } = appWithFakes();
    const claim = deps.rateState.claim.bind(deps.rateState);
    deps.rateState.claim = async (...args) => {
      const made = await claim(...args);
      return made.kind === 'first' ? { ...made, release: () => Promise.reject(new Error('table throttled')) } : made;
    };
    const createCase = store.createCase.bind(store);
    store.createCase = async () => Promise.reject(new Error('table throttled'));
    const first: Submission = {
      channel: 'kiosk',
      text: 'The fire exit is blocked',
      site: 'plant2',
      escalate: true,
      idempotencyKey: 'kiosk:k1:0001',
      onKeyReuse: 'first-write-wins',
    };
    await expect(submitFeedback(deps, first)).rejects.toThrow();
    store.createCase = createCase;

    const retry = await submitFeedback(deps, { ...first, text: 'The fire exit by bay 3 is blocked' });
    const stored = await store.findCase(caseKeyFor(retry.caseCode, TEST_PEPPER));
    expect(stored?.status).toBe('received');
    expect(queue.messages.map((m) => m.caseKey)).toEqual([caseKeyFor(retry.caseCode, TEST_PEPPER)]);
  });
});
