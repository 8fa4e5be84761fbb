import { TranslateClient, TranslateTextCommand, UnsupportedLanguagePairException } from '@aws-sdk/client-translate';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { AmazonTranslator } from '../../../shared/adapters/aws/amazon-translator';

const client = new TranslateClient({
  region: 'eu-west-1',
  maxAttempts: 1,
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const translate = mockClient(client);
const $metadata = { httpStatusCode: 200, requestId: 'test-request' };

describe('Amazon Translate adapter', () => {
  beforeEach(() => translate.reset());

  it('Should ask for the text from its language into the target language, and return the translation', async () => {
    translate.on(TranslateTextCommand).resolves({
      $metadata,
      TranslatedText: 'The boss shouts at us every day',
      SourceLanguageCode: 'es',
      TargetLanguageCode: 'en',
    });
    const text = await new AmazonTranslator(client).translate('El jefe nos grita todos los días', 'es', 'en');
    expect(text).toBe('The boss shouts at us every day');
    expect(translate.commandCalls(TranslateTextCommand)[0]!.args[0].input).toEqual({
      Text: 'El jefe nos grita todos los días',
      SourceLanguageCode: 'es',
      TargetLanguageCode: 'en',
    });
  });

  it("Should pass on the service's refusal, named, for the caller to send the original alone", async () => {
    translate
      .on(TranslateTextCommand)
      .rejects(new UnsupportedLanguagePairException({ $metadata, message: 'Unsupported language pair: xx to en' }));
    await expect(new AmazonTranslator(client).translate('texte', 'xx', 'en')).rejects.toMatchObject({
      name: 'UnsupportedLanguagePairException',
    });
  });

  it("Should refuse, without a call, a text over Translate's 10,000-byte request limit", async () => {
    await expect(new AmazonTranslator(client).translate('汉'.repeat(4000), 'zh', 'en')).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(translate.commandCalls(TranslateTextCommand)).toHaveLength(0);
  });
});
