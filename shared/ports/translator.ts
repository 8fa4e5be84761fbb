/** Puts text into another language (Amazon Translate on AWS; none locally, where the original is shown alone). */
export interface Translator {
  /**
   * The text in `targetLanguage`, from `sourceLanguage` (both ISO 639-1
   * codes such as `es`, `en`). Throws when the service cannot translate it;
   * callers treat that as "no translation", never as a failure.
   */
  translate(text: string, sourceLanguage: string, targetLanguage: string): Promise<string>;
}
