import { ResourceNotFoundException } from '@aws-sdk/client-dynamodb';

/** What an operator is told when a command against the stack's table failed, in their words, by what went wrong. */
export interface StackFailureWords {
  /** Nothing answered: the stack is not running, or runs on other ports. */
  unreachable: string;
  /** The table the command names is not there. */
  noTable: string;
  /** Anything else: said before the error's own name and words. */
  failed: string;
}

/**
 * The line a command prints when its calls to the stack failed. A refused connection is found on the error or
 * on its cause (the SDK wraps it), so "is npm start running?" is said whichever way it arrives.
 */
export function stackFailureLine(error: unknown, words: StackFailureWords): string {
  const code = (error as NodeJS.ErrnoException).code ?? (error as { cause?: NodeJS.ErrnoException }).cause?.code;
  if (code === 'ECONNREFUSED') return words.unreachable;
  if (error instanceof ResourceNotFoundException) return words.noTable;
  return `${words.failed}: ${(error as Error).name}: ${(error as Error).message}`;
}
