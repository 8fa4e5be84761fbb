import type { CaseStatus } from '../domain/feedback';

/**
 * What an employee may learn with their case code: its status, never the text, which they wrote themselves and
 * which we keep only redacted. Read with its conversation by statusWithConversation (case-conversation.ts).
 */
export interface CaseStatusView {
  caseCode: string;
  status: CaseStatus;
  week: string;
  /** The sponsor's published answer, once there is one. */
  response?: string;
}

/** The one answer for a code that is mistyped or unknown: telling them apart would help no one and guessers a little. */
export const NO_SUCH_CASE = 'No case has that code. Check it (ten letters and digits, like 7KQ4M-XW9TR) and try again.';
