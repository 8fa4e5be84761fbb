import { caseKeyFor, normaliseCaseCode } from '../domain/case-code';
import type { CaseStatus } from '../domain/feedback';
import { NotFoundError } from '../errors';
import type { CaseStore } from '../ports/case-store';

export interface CaseStatusView {
  caseCode: string;
  status: CaseStatus;
  week: string;
  /** The sponsor's published answer, once there is one. */
  response?: string;
}

/** The one answer for a code that is mistyped or unknown: telling them apart would help no one and guessers a little. */
export const NO_SUCH_CASE = 'No case has that code. Check it (ten letters and digits, like 7KQ4M-XW9TR) and try again.';

/**
 * What an employee may learn with their case code: its status. Never the
 * text, which they wrote themselves and which we keep only redacted.
 */
export async function getCaseStatus(
  deps: { cases: CaseStore; pepper: string },
  typedCode: string,
): Promise<CaseStatusView> {
  const caseCode = normaliseCaseCode(typedCode);
  const record = caseCode ? await deps.cases.findCase(caseKeyFor(caseCode, deps.pepper)) : undefined;
  if (!caseCode || !record) throw new NotFoundError(NO_SUCH_CASE);
  return {
    caseCode,
    status: record.status,
    week: record.week,
    ...(record.response ? { response: record.response } : {}),
  };
}
