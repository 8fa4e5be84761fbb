import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { WeekOnlyLogFormatter } from '../../../local/week-only-log-formatter';
import { captureOutput } from '../../support/capture-output';

describe('local log lines', () => {
  it('Should carry the ISO week, never the moment, so they cannot be lined up with the order of writes on disk', () => {
    const output = captureOutput();
    try {
      new Logger({ serviceName: 'local', logFormatter: new WeekOnlyLogFormatter() }).warn('something happened', {
        count: 2,
      });
    } finally {
      output.restore();
    }
    const line = JSON.parse(output.text().trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'WARN', message: 'something happened', service: 'local', count: 2 });
    expect(String(line.timestamp)).toMatch(/^\d{4}-W\d{2}$/);
    expect(output.text()).not.toMatch(/\d{2}:\d{2}/);
  });
});
