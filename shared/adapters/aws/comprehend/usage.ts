import type { ComprehendClient } from '@aws-sdk/client-comprehend';

/** Comprehend bills its detect APIs per unit of 100 characters, at least 3 units per document per request. */
export const BILLING_UNIT_CHARACTERS = 100;
export const MINIMUM_BILLED_UNITS = 3;

export interface ComprehendUsageReport {
  /** Requests sent, per API, including throttled and failed attempts (they count against quotas). */
  calls: { total: number; byApi: Record<string, number> };
  /** Units billed, per API: only for documents Comprehend answered. */
  billedUnits: { total: number; byApi: Record<string, number> };
}

/**
 * Units billed for one document. Characters are counted as code points, as
 * Comprehend counts them; an emoji is one character, not two UTF-16 units.
 */
export function billedUnitsFor(text: string): number {
  const characters = [...text].length;
  return Math.max(MINIMUM_BILLED_UNITS, Math.ceil(characters / BILLING_UNIT_CHARACTERS));
}

/**
 * Counts Comprehend requests and billed units per API.
 *
 * Attach it to a real client with {@link ComprehendUsage.attachTo} (client
 * middleware, one count per HTTP attempt), or hand it to `ComprehendAnalyzer`
 * as its `usage` option, which records every attempt the analyzer makes. Use
 * one or the other, not both. A client mocked with `aws-sdk-client-mock`
 * never runs its middleware (the mock replaces `send`), so benchmarks on a
 * mocked client use the analyzer option.
 *
 * Billing: a batch request bills each document in its `ResultList`
 * separately (an `ErrorList` entry is assumed not billed); a single-document
 * request bills its `Text`; a request that failed bills nothing.
 */
export class ComprehendUsage {
  private readonly calls = new Map<string, number>();
  private readonly units = new Map<string, number>();

  /** Records one request to `api` (for example `BatchDetectSentiment`); `output` is absent when it failed. */
  record(api: string, input: unknown, output?: unknown): void {
    this.calls.set(api, (this.calls.get(api) ?? 0) + 1);
    const billed = output === undefined ? 0 : unitsBilled(input, output);
    this.units.set(api, (this.units.get(api) ?? 0) + billed);
  }

  report(): ComprehendUsageReport {
    return {
      calls: summary(this.calls),
      billedUnits: summary(this.units),
    };
  }

  reset(): void {
    this.calls.clear();
    this.units.clear();
  }

  /** Adds the counting middleware to a client, after its retry step so that every HTTP attempt counts. */
  attachTo(client: ComprehendClient): void {
    client.middlewareStack.add(comprehendUsageMiddleware(this), {
      step: 'finalizeRequest',
      priority: 'low',
      name: 'comprehendUsageMiddleware',
      override: true,
    });
  }
}

/**
 * A client middleware that records each request in `usage`. Added in the
 * `finalizeRequest` step below the SDK's retry middleware, it sees each
 * attempt, and the deserialized output of the ones that succeeded.
 */
export function comprehendUsageMiddleware(usage: ComprehendUsage) {
  return function countComprehendUsage<A extends { input: object }, R extends { output: unknown }>(
    next: (args: A) => Promise<R>,
    context: { commandName?: string },
  ) {
    const api = (context.commandName ?? 'Unknown').replace(/Command$/, '');
    return async function countedRequest(args: A): Promise<R> {
      let result: R;
      try {
        result = await next(args);
      } catch (error) {
        usage.record(api, args.input);
        throw error;
      }
      usage.record(api, args.input, result.output);
      return result;
    };
  };
}

function unitsBilled(input: unknown, output: unknown): number {
  if (!isRecord(input)) return 0;
  const textList = input.TextList;
  if (Array.isArray(textList)) {
    const answered = isRecord(output) && Array.isArray(output.ResultList) ? output.ResultList : [];
    let units = 0;
    for (const result of answered) {
      const text = isRecord(result) && typeof result.Index === 'number' ? textList[result.Index] : undefined;
      if (typeof text === 'string') units += billedUnitsFor(text);
    }
    return units;
  }
  return typeof input.Text === 'string' ? billedUnitsFor(input.Text) : 0;
}

function summary(counts: Map<string, number>): { total: number; byApi: Record<string, number> } {
  const byApi = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  return { total: [...counts.values()].reduce((sum, n) => sum + n, 0), byApi };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
