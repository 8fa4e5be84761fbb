/** One document could not be analysed; the rest of its batch still was. */
export class AnalysisError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AnalysisError';
  }
}
