import { ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { stackFailureLine } from '../../../scripts/stack-failure-line';

// The digest and kiosk commands tell the operator why a call to the stack failed: these are the lines they print.
const WORDS = {
  unreachable: 'Cannot reach the local stack. Is npm start running?',
  noTable: 'There is no table listening-post-local.',
  failed: 'The digest failed',
};

describe('what a command against the stack says when it fails', () => {
  it('Should ask whether the stack is running when the connection is refused, on the error or on its cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    expect(stackFailureLine(refused, WORDS)).toBe(WORDS.unreachable);
    expect(stackFailureLine(new Error('fetch failed', { cause: refused }), WORDS)).toBe(WORDS.unreachable);
  });

  it('Should say the table is missing when DynamoDB answers that it is not there', () => {
    const missing = new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: {} });
    expect(stackFailureLine(missing, WORDS)).toBe(WORDS.noTable);
  });

  it('Should give any other failure by its name and words', () => {
    const other = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    expect(stackFailureLine(other, WORDS)).toBe('The digest failed: ThrottlingException: Rate exceeded');
  });
});
