/** The batch APIs, which take up to 25 documents a request. */
export type BatchApi = 'BatchDetectDominantLanguage' | 'BatchDetectSentiment' | 'BatchDetectKeyPhrases';
export type ComprehendApi = BatchApi | 'DetectPiiEntities';

/** Any failure to analyse a document with Comprehend. Messages never quote the text. */
export class ComprehendAnalysisError extends Error {
  constructor(
    readonly api: ComprehendApi,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ComprehendAnalysisError';
  }
}

/** A whole request failed: throttled or unavailable past the last retry, or refused. */
export class ComprehendCallError extends ComprehendAnalysisError {
  constructor(api: ComprehendApi, cause: unknown) {
    super(api, `${api} failed: ${errorName(cause)}`, { cause });
    this.name = 'ComprehendCallError';
  }
}

/** Comprehend answered the request but listed this document in its `ErrorList`. */
export class ComprehendDocumentError extends ComprehendAnalysisError {
  constructor(
    api: ComprehendApi,
    readonly errorCode: string,
  ) {
    super(api, `${api} could not process the document: ${errorCode}`);
    this.name = 'ComprehendDocumentError';
  }
}

/** A document Comprehend's answer left out, as if listed in its `ErrorList`. */
export function missing(api: ComprehendApi): ComprehendDocumentError {
  return new ComprehendDocumentError(api, 'MISSING_FROM_RESPONSE');
}

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}
