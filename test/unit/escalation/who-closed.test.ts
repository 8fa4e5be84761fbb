import { describe, expect, it } from 'vitest';
import { leadershipReaders } from '../../../shared/domain/case-desk';
import type { AuditEntry } from '../../../shared/domain/escalation';
import { whoClosed } from '../../../shared/use-cases/notify-thread-answer';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

// A reopened case tells its reader whether they closed it. The close used to be read back from its
// history's words ("by Lee Marsh (Plant 2 GM)"): a sponsor renamed in the config since was told someone
// earlier had closed it. The close now records the closer's id; a close recorded before still reads.

const GM = 'plant2-gm@example.com';
const closedBy = (entry: Partial<AuditEntry>) =>
  raisedEscalation({ audit: [{ at: '2026-11-18T16:00:00.000Z', event: 'closed', detail: '', ...entry }] });

describe('who closed a reopened case, as its reader is told', () => {
  it('Should tell the sponsor who closed it that they did, by the id the close recorded, though their name changed since', () => {
    const renamed = {
      ...exampleConfig,
      sponsors: exampleConfig.sponsors.map((s) =>
        s.id === 'plant2-gm' ? { ...s, name: 'Lee Marsh-Ortiz (Plant 2 GM)' } : s,
      ),
    };
    const e = closedBy({ detail: 'by Lee Marsh (Plant 2 GM)', by: 'plant2-gm' });
    expect(whoClosed(renamed, e, GM, [GM])).toBe('yes');
    expect(whoClosed(renamed, e, 'coo@example.com', ['coo@example.com'])).toBe('earlier');
  });

  it('Should still read a close recorded before ids were, by its name', () => {
    const e = closedBy({ detail: 'by Lee Marsh (Plant 2 GM)' });
    expect(whoClosed(exampleConfig, e, GM, [GM])).toBe('yes');
  });

  it('Should tell the other readers of the leadership list that the list closed it, when one of its readers did', () => {
    const readers = ['first@example.com', 'second@example.com'];
    const config = { ...exampleConfig, digest: { ...exampleConfig.digest, recipients: readers } };
    const [first] = leadershipReaders(config);
    const e = closedBy({ detail: 'by the leadership list', by: first!.id });
    expect(whoClosed(config, e, 'first@example.com', readers)).toBe('yes');
    expect(whoClosed(config, e, 'second@example.com', readers)).toBe('list');
  });
});
