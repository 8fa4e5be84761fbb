import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// "kms" is slang for killing oneself, and also kilometres after a figure or a count (u53a found "5 kms from the site"
// paging the owner of self-harm; urgency/en.ts).
describe('"kms" as kilometres and as slang', () => {
  it.each(['the new site is 5 kms from the old one', 'we drive 40 kms a day', 'a few kms down the road', '12,5 kms'])(
    'Should read %j as calm',
    (text) => {
      expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
    },
  );

  it.each(['kms', 'i want to kms', 'honestly gonna kms after this shift', 'this job makes me want to kms fr'])(
    'Should tell the owner of self-harm of %j',
    (text) => {
      expect(detectUrgency(text).categories).toContain('self-harm');
    },
  );
});
