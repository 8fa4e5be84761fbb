import { TranslateTextCommand, type TranslateClient } from '@aws-sdk/client-translate';
import type { Translator } from '../../ports/translator';

/** Amazon Translate's limit for one TranslateText request. */
const MAX_TEXT_BYTES = 10_000;

/**
 * Escalation text into the leadership's language with Amazon Translate
 * (`translate:TranslateText`, granted to the escalate function only). The
 * text is already redacted; Translate keeps nothing once it has answered.
 */
export class AmazonTranslator implements Translator {
  constructor(private readonly client: TranslateClient) {}

  async translate(text: string, sourceLanguage: string, targetLanguage: string): Promise<string> {
    if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES)
      throw new RangeError(`text over Amazon Translate's ${MAX_TEXT_BYTES} bytes`);
    const { TranslatedText } = await this.client.send(
      new TranslateTextCommand({ Text: text, SourceLanguageCode: sourceLanguage, TargetLanguageCode: targetLanguage }),
    );
    if (!TranslatedText) throw new Error('Amazon Translate returned no text');
    return TranslatedText;
  }
}
