import type { BatchItemError } from '@aws-sdk/client-comprehend';
import { ComprehendCallError, ComprehendDocumentError, errorName, type BatchApi } from './errors';

/** Documents per batch request: Comprehend's maximum. */
export const BATCH_SIZE = 25;

// Batch item error codes that fail the same way every time (Comprehend sends
// codes such as TEXT_SIZE_LIMIT_EXCEEDED; compared without case or underscores).
const PERMANENT_ITEM_ERRORS = [
  'TEXTSIZELIMITEXCEEDED',
  'UNSUPPORTEDLANGUAGE',
  'INVALIDREQUEST',
  'BATCHSIZELIMITEXCEEDED',
];
// Whole-request refusals that one document can cause; worth splitting the request to find it.
const DOCUMENT_CAUSED_ERROR_NAMES: ReadonlySet<string> = new Set([
  'InvalidRequestException',
  'TextSizeLimitExceededException',
]);

/** One document (or sentiment chunk) in a batch, under the key its result is returned by. */
export interface BatchItem {
  key: string;
  text: string;
}

export interface BatchResponse<R> {
  ResultList?: R[];
  ErrorList?: BatchItemError[];
}

type ItemOutcome<R> = { key: string; result: R } | { key: string; itemError: string } | { key: string; error: Error };

/**
 * Sends items in requests of up to 25. An item in a response's `ErrorList`
 * is retried once, in the next request, unless its error is permanent;
 * after that its slot holds an Error. A request that fails as a whole
 * fails only its own items.
 */
export async function runBatches<R extends { Index?: number }>(
  api: BatchApi,
  items: BatchItem[],
  send: (texts: string[]) => Promise<BatchResponse<R>>,
): Promise<Map<string, R | Error>> {
  const results = new Map<string, R | Error>();
  const queue = items.map((item) => ({ item, retried: false }));
  while (queue.length > 0) {
    const chunk = queue.splice(0, BATCH_SIZE);
    const outcomes = await sendHalvingOnRefusal(
      api,
      chunk.map(({ item }) => item),
      send,
    );
    for (const [i, outcome] of outcomes.entries()) {
      const entry = chunk[i];
      if (!entry) continue;
      if ('result' in outcome) results.set(outcome.key, outcome.result);
      else if ('error' in outcome) results.set(outcome.key, outcome.error);
      else if (!entry.retried && !isPermanentItemError(outcome.itemError))
        queue.push({ item: entry.item, retried: true });
      else results.set(outcome.key, new ComprehendDocumentError(api, outcome.itemError));
    }
  }
  return results;
}

/**
 * One batch request, outcomes in the order of `items`. When a request of
 * several documents is refused as invalid or too large, one of them may be
 * the cause: the request is split in halves and each half sent on its own,
 * so that only the culprit fails. Other failures fail the request's items.
 */
async function sendHalvingOnRefusal<R extends { Index?: number }>(
  api: BatchApi,
  items: BatchItem[],
  send: (texts: string[]) => Promise<BatchResponse<R>>,
): Promise<ItemOutcome<R>[]> {
  let response: BatchResponse<R>;
  try {
    response = await send(items.map(({ text }) => text));
  } catch (error) {
    if (items.length > 1 && DOCUMENT_CAUSED_ERROR_NAMES.has(errorName(error))) {
      const half = Math.ceil(items.length / 2);
      const [first, second] = await Promise.all([
        sendHalvingOnRefusal(api, items.slice(0, half), send),
        sendHalvingOnRefusal(api, items.slice(half), send),
      ]);
      return [...first, ...second];
    }
    const failure = new ComprehendCallError(api, error);
    return items.map(({ key }) => ({ key, error: failure }));
  }
  const results = new Map<number, R>();
  for (const result of response.ResultList ?? []) if (result.Index !== undefined) results.set(result.Index, result);
  const errors = new Map<number, string>();
  for (const error of response.ErrorList ?? [])
    if (error.Index !== undefined) errors.set(error.Index, error.ErrorCode ?? 'UNKNOWN');
  return items.map(({ key }, index): ItemOutcome<R> => {
    const result = results.get(index);
    if (result) return { key, result };
    return { key, itemError: errors.get(index) ?? 'MISSING_FROM_RESPONSE' };
  });
}

function isPermanentItemError(code: string): boolean {
  const normalised = code.toUpperCase().replace(/[^A-Z]/g, '');
  return PERMANENT_ITEM_ERRORS.some((permanent) => normalised.startsWith(permanent));
}
