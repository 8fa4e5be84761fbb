import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  ComprehendClient,
  DetectPiiEntitiesCommand,
  InternalServerException,
  InvalidRequestException,
  TooManyRequestsException,
  type BatchDetectDominantLanguageCommandInput,
  type BatchDetectDominantLanguageCommandOutput,
  type BatchDetectKeyPhrasesCommandInput,
  type BatchDetectKeyPhrasesCommandOutput,
  type BatchDetectSentimentCommandInput,
  type BatchDetectSentimentCommandOutput,
  type DetectPiiEntitiesCommandInput,
  type DetectPiiEntitiesCommandOutput,
  type PiiEntity,
  type PiiEntityType,
} from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ComprehendAnalyzer,
  ComprehendCallError,
  ComprehendDocumentError,
  guessLanguageOffline,
  type OfflineLanguageGuess,
} from '../../../shared/adapters/aws/comprehend-analyzer';
import { ComprehendUsage } from '../../../shared/adapters/aws/comprehend-usage';
import type { Analysis } from '../../../shared/ports/analyzer';

const client = new ComprehendClient({ region: 'eu-west-1', maxAttempts: 1, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const comprehend = mockClient(client);
const $metadata = { httpStatusCode: 200, requestId: 'test-request' };

// Responders with the shapes Comprehend really returns.
let languageOf: (text: string) => string;
let piiIn: (text: string) => PiiEntity[];

function answerLanguages(input: BatchDetectDominantLanguageCommandInput): BatchDetectDominantLanguageCommandOutput {
  const ResultList = (input.TextList ?? []).map((text, Index) => ({ Index, Languages: [{ LanguageCode: languageOf(text), Score: 0.99 }] }));
  return { ResultList, ErrorList: [], $metadata };
}

function answerSentiment(input: BatchDetectSentimentCommandInput): BatchDetectSentimentCommandOutput {
  const ResultList = (input.TextList ?? []).map((text, Index) =>
    /love|great|thanks/i.test(text)
      ? { Index, Sentiment: 'POSITIVE' as const, SentimentScore: { Positive: 0.95, Negative: 0.02, Neutral: 0.02, Mixed: 0.01 } }
      : { Index, Sentiment: 'NEGATIVE' as const, SentimentScore: { Positive: 0.02, Negative: 0.95, Neutral: 0.02, Mixed: 0.01 } },
  );
  return { ResultList, ErrorList: [], $metadata };
}

function answerKeyPhrases(input: BatchDetectKeyPhrasesCommandInput): BatchDetectKeyPhrasesCommandOutput {
  return { ResultList: (input.TextList ?? []).map((_, Index) => ({ Index, KeyPhrases: [] })), ErrorList: [], $metadata };
}

function answerPii(input: DetectPiiEntitiesCommandInput): DetectPiiEntitiesCommandOutput {
  return { Entities: piiIn(input.Text ?? ''), $metadata };
}

/** An entity as Comprehend reports it: offsets in code points, end exclusive. */
function entity(text: string, part: string, type: PiiEntityType): PiiEntity {
  const at = text.indexOf(part);
  const BeginOffset = [...text.slice(0, at)].length;
  return { Type: type, Score: 0.99, BeginOffset, EndOffset: BeginOffset + [...part].length };
}

const throttled = () => new TooManyRequestsException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } });

function analysisOf(result: Analysis | Error | undefined): Analysis {
  if (result === undefined || result instanceof Error) throw new Error(`expected an analysis, got ${String(result)}`);
  return result;
}

const docs = (texts: string[]) => texts.map((text, i) => ({ id: `doc-${i}`, text }));
const fakeSleep = () => vi.fn(async (_ms: number) => {});
/** An offline guesser that is never sure: every document goes to BatchDetectDominantLanguage. */
const askComprehendAlways = () => undefined;

beforeEach(() => {
  comprehend.reset();
  languageOf = () => 'en';
  piiIn = () => [];
  comprehend.on(BatchDetectDominantLanguageCommand).callsFake(answerLanguages);
  comprehend.on(BatchDetectSentimentCommand).callsFake(answerSentiment);
  comprehend.on(BatchDetectKeyPhrasesCommand).callsFake(answerKeyPhrases);
  comprehend.on(DetectPiiEntitiesCommand).callsFake(answerPii);
});

describe('ComprehendAnalyzer: redaction', () => {
  it('Should put the placeholder where Comprehend found the name when emoji come before it', async () => {
    // Prepare: each emoji is one code point but two UTF-16 units.
    const text = '😀😀 Ask María López about the rota.';
    piiIn = (t) => [entity(t, 'María López', 'NAME')];
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(analysisOf(results.get('a')).redactedText).toBe('😀😀 Ask [NAME] about the rota.');
  });

  it('Should redact ids, usernames and addresses but keep ages and dates', async () => {
    // Prepare
    const text = 'I am 58, on shift since Monday; my login is jdoe42, badge 88231, I live at 12 Elm Street.';
    piiIn = (t) => [
      entity(t, '58', 'AGE'),
      entity(t, 'Monday', 'DATE_TIME'),
      entity(t, 'jdoe42', 'USERNAME'),
      entity(t, '88231', 'DRIVER_ID'),
      entity(t, '12 Elm Street', 'ADDRESS'),
    ];
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(analysisOf(results.get('a')).redactedText).toBe('I am 58, on shift since Monday; my login is [ID], badge [ID], I live at [ADDRESS].');
  });

  it('Should give a Spanish document Comprehend PII redaction and a French one the offline redactor only', async () => {
    // Prepare
    const spanish = 'Habla con María García sobre los turnos.';
    const french = 'Écrivez à jean.dupont@exemple.fr pour les horaires.';
    languageOf = (t) => (t === spanish ? 'es' : 'fr');
    piiIn = (t) => (t === spanish ? [entity(t, 'María García', 'NAME')] : []);
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([
      { id: 'es', text: spanish },
      { id: 'fr', text: french },
    ]);

    // Assess
    const piiCalls = comprehend.commandCalls(DetectPiiEntitiesCommand);
    expect(piiCalls.map((call) => call.args[0].input)).toEqual([{ Text: spanish, LanguageCode: 'es' }]);
    expect(analysisOf(results.get('es')).redactedText).toBe('Habla con [NAME] sobre los turnos.');
    expect(analysisOf(results.get('fr')).redactedText).toBe('Écrivez à [EMAIL] pour les horaires.');
    expect(analysisOf(results.get('fr')).language).toBe('fr');
  });

  it('Should run the offline redactor over what Comprehend left', async () => {
    // Prepare: Comprehend finds the name but misses the email.
    const text = 'Tell Sam Ortiz at sam.ortiz@example.com the ladder is broken.';
    piiIn = (t) => [entity(t, 'Sam Ortiz', 'NAME')];
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(analysisOf(results.get('a')).redactedText).toBe('Tell [NAME] at [EMAIL] the ladder is broken.');
  });

  it('Should drop key phrases that hold personal data', async () => {
    // Prepare
    const text = 'María López changed the rota without asking anyone.';
    piiIn = (t) => [entity(t, 'María López', 'NAME')];
    comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
      ResultList: (input.TextList ?? []).map((t, Index) => ({
        Index,
        KeyPhrases: [
          { Text: 'María López', Score: 0.99, ...offsets(t, 'María López') },
          { Text: 'the rota', Score: 0.97, ...offsets(t, 'the rota') },
        ],
      })),
      ErrorList: [],
      $metadata,
    }));
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(analysisOf(results.get('a')).keyPhrases).toEqual(['the rota']);
  });

  it('Should fail a document whose PII request keeps failing rather than store it without Comprehend redaction', async () => {
    // Prepare
    const [broken, fine] = ['Ask Dana about the forklift.', 'Thanks for the new lockers.'];
    comprehend.on(DetectPiiEntitiesCommand).callsFake((input: DetectPiiEntitiesCommandInput) => {
      if (input.Text === broken) throw new InternalServerException({ message: 'Internal error', $metadata: { httpStatusCode: 500 } });
      return answerPii(input);
    });
    const sleep = fakeSleep();
    const analyzer = new ComprehendAnalyzer(client, { sleep });

    // Act
    const results = await analyzer.analyze(docs([broken, fine]));

    // Assess
    expect(results.get('doc-0')).toBeInstanceOf(ComprehendCallError);
    expect(analysisOf(results.get('doc-1')).sentiment).toBe('POSITIVE');
    expect(comprehend.commandCalls(DetectPiiEntitiesCommand).filter((call) => call.args[0].input.Text === broken)).toHaveLength(4);
  });
});

describe('ComprehendAnalyzer: limits', () => {
  it('Should judge a 1,200-character text with a negative ending on all of it, not only its positive start', async () => {
    // Prepare
    const praise = 'I love the team and the new canteen is great. ';
    const complaint = 'The night shift is understaffed and the loading bay is unsafe. ';
    let text = '';
    while (text.length < 450) text += praise;
    while (text.length < 1_200) text += complaint;
    text = text.trim();
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'long', text }]);

    // Assess
    const chunks = comprehend.commandCalls(BatchDetectSentimentCommand).flatMap((call) => call.args[0].input.TextList ?? []);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) {
      expect([...chunk].length).toBeLessThanOrEqual(500);
      expect(chunk.endsWith('.')).toBe(true);
    }
    const analysis = analysisOf(results.get('long'));
    expect(analysis.sentiment).not.toBe('POSITIVE');
    expect(analysis.sentimentScores.negative).toBeGreaterThan(analysis.sentimentScores.positive);
  });

  it('Should truncate an oversize text below 5,000 UTF-8 bytes without splitting a surrogate pair', async () => {
    // Prepare: 1,300 emoji are 5,200 bytes of UTF-8.
    const text = '🙂'.repeat(1_300);
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    await analyzer.analyze([{ id: 'big', text }]);

    // Assess
    const sent = [
      ...comprehend.commandCalls(BatchDetectDominantLanguageCommand).flatMap((call) => call.args[0].input.TextList ?? []),
      ...comprehend.commandCalls(BatchDetectKeyPhrasesCommand).flatMap((call) => call.args[0].input.TextList ?? []),
      ...comprehend.commandCalls(DetectPiiEntitiesCommand).map((call) => call.args[0].input.Text ?? ''),
    ];
    expect(sent).toHaveLength(3);
    for (const document of sent) {
      expect(Buffer.byteLength(document, 'utf8')).toBeLessThan(5_000);
      expect(Buffer.byteLength(document, 'utf8')).toBeGreaterThan(4_990);
      expect(Buffer.from(document, 'utf8').toString('utf8')).toBe(document); // no lone surrogate
    }
  });

  it('Should send 30 documents in two batch requests per API and one PII request each', async () => {
    // Prepare: language detection asked for every document, as when the offline guess is unsure of all.
    const texts = Array.from({ length: 30 }, (_, i) => `The vending machine on floor ${i % 5} is broken again.`);
    const analyzer = new ComprehendAnalyzer(client, { detectLanguageOffline: askComprehendAlways });

    // Act
    const results = await analyzer.analyze(docs(texts));

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand).map((call) => call.args[0].input.TextList?.length)).toEqual([25, 5]);
    expect(comprehend.commandCalls(BatchDetectSentimentCommand)).toHaveLength(2);
    expect(comprehend.commandCalls(BatchDetectKeyPhrasesCommand)).toHaveLength(2);
    expect(comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(30);
    expect([...results.values()].filter((result) => result instanceof Error)).toEqual([]);
  });

  it('Should give a language Comprehend cannot score a low-confidence NEUTRAL and no key phrases', async () => {
    // Prepare
    languageOf = () => 'nl';
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'nl', text: 'Mail piet@voorbeeld.nl over de nieuwe roosters.' }]);

    // Assess
    const analysis = analysisOf(results.get('nl'));
    expect(analysis).toMatchObject({ language: 'nl', sentiment: 'NEUTRAL', keyPhrases: [], redactedText: 'Mail [EMAIL] over de nieuwe roosters.' });
    expect(analysis.sentimentScores.neutral).toBeLessThan(0.5);
    expect(comprehend.commandCalls(BatchDetectSentimentCommand)).toHaveLength(0);
    expect(comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(0);
  });
});

describe('ComprehendAnalyzer: failures', () => {
  it('Should retry a throttled request after a jittered backoff and then succeed, without real waiting', async () => {
    // Prepare
    comprehend.on(BatchDetectDominantLanguageCommand).rejectsOnce(throttled()).callsFake(answerLanguages);
    const sleep = fakeSleep();
    const analyzer = new ComprehendAnalyzer(client, { sleep, random: () => 0.5, baseDelayMs: 100, detectLanguageOffline: askComprehendAlways });

    // Act
    const results = await analyzer.analyze(docs(['The break room is always clean, thanks!']));

    // Assess
    expect(analysisOf(results.get('doc-0')).sentiment).toBe('POSITIVE');
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(2);
    expect(sleep.mock.calls).toEqual([[50]]);
  });

  it('Should fail only the documents of a request that stays throttled past its throttle budget, after a bounded number of attempts', async () => {
    // Prepare: the first request of 25 is throttled every time; the second, of 5, is answered.
    comprehend.on(BatchDetectDominantLanguageCommand).callsFake((input: BatchDetectDominantLanguageCommandInput) => {
      if (input.TextList?.length === 25) throw throttled();
      return answerLanguages(input);
    });
    const sleep = fakeSleep();
    // A spent budget (0 ms): throttling is then retried like any transient error.
    const analyzer = new ComprehendAnalyzer(client, { sleep, random: () => 0.5, baseDelayMs: 100, maxAttempts: 4, throttleBudgetMs: 0, detectLanguageOffline: askComprehendAlways });
    const texts = Array.from({ length: 30 }, (_, i) => `Locker ${i} will not open.`);

    // Act
    const results = await analyzer.analyze(docs(texts));

    // Assess
    const outcomes = [...results.values()];
    expect(outcomes.slice(0, 25).every((result) => result instanceof ComprehendCallError)).toBe(true);
    expect(outcomes.slice(25).every((result) => !(result instanceof Error))).toBe(true);
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(4 + 1);
    expect(sleep.mock.calls).toEqual([[50], [100], [200]]);
  });

  it('Should retry a document listed in ErrorList once, inside the next request', async () => {
    // Prepare: document 3 fails the first time only.
    const texts = Array.from({ length: 30 }, (_, i) => `The printer on floor ${i} jams.`);
    let failed = false;
    comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => {
      const output = answerSentiment(input);
      const index = (input.TextList ?? []).indexOf(texts[3] ?? '');
      if (failed || index < 0) return output;
      failed = true;
      return {
        ...output,
        ResultList: output.ResultList?.filter((result) => result.Index !== index),
        ErrorList: [{ Index: index, ErrorCode: 'INTERNAL_SERVER_ERROR', ErrorMessage: 'Internal server error' }],
      };
    });
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze(docs(texts));

    // Assess
    const calls = comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.TextList ?? []);
    expect(calls.map((list) => list.length)).toEqual([25, 6]);
    expect(calls[1]).toContain(texts[3]);
    expect([...results.values()].filter((result) => result instanceof Error)).toEqual([]);
  });

  it('Should fail only the document that ErrorList names again after its retry', async () => {
    // Prepare
    const texts = ['Great parking.', 'This one always fails.', 'Thanks for the heaters.'];
    comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => {
      const output = answerSentiment(input);
      const index = (input.TextList ?? []).indexOf(texts[1] ?? '');
      if (index < 0) return output;
      return {
        ...output,
        ResultList: output.ResultList?.filter((result) => result.Index !== index),
        ErrorList: [{ Index: index, ErrorCode: 'INTERNAL_SERVER_ERROR', ErrorMessage: 'Internal server error' }],
      };
    });
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze(docs(texts));

    // Assess
    expect(comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.TextList)).toEqual([texts, [texts[1]]]);
    expect(results.get('doc-1')).toBeInstanceOf(ComprehendDocumentError);
    expect(analysisOf(results.get('doc-0')).sentiment).toBe('POSITIVE');
    expect(analysisOf(results.get('doc-2')).sentiment).toBe('POSITIVE');
  });

  it('Should not retry a document whose ErrorList entry is permanent', async () => {
    // Prepare
    comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
      ResultList: [],
      ErrorList: (input.TextList ?? []).map((_, Index) => ({ Index, ErrorCode: 'TEXT_SIZE_LIMIT_EXCEEDED', ErrorMessage: 'Input text size exceeds limit.' })),
      $metadata,
    }));
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze(docs(['The canteen closes too early.']));

    // Assess
    expect(comprehend.commandCalls(BatchDetectKeyPhrasesCommand)).toHaveLength(1);
    expect(results.get('doc-0')).toMatchObject({ name: 'ComprehendDocumentError', errorCode: 'TEXT_SIZE_LIMIT_EXCEEDED' });
  });

  it('Should isolate the one document that makes a whole batch request invalid', async () => {
    // Prepare
    const texts = ['Good lighting.', 'Nice new chairs.', 'POISON', 'Clean toilets.'];
    comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => {
      if (input.TextList?.includes('POISON')) throw new InvalidRequestException({ message: 'Invalid request', $metadata: { httpStatusCode: 400 } });
      return answerKeyPhrases(input);
    });
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze(docs(texts));

    // Assess
    expect(results.get('doc-2')).toBeInstanceOf(ComprehendCallError);
    expect(['doc-0', 'doc-1', 'doc-3'].map((id) => results.get(id) instanceof Error)).toEqual([false, false, false]);
  });
});

describe('ComprehendAnalyzer: language detection and packing', () => {
  const english = 'The night shift is understaffed again and we are all exhausted by the end of the week.';

  it('Should not ask Comprehend the language of a document the offline guess is confident of', async () => {
    // Prepare
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: english }]);

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(0);
    expect(analysisOf(results.get('a'))).toMatchObject({ language: 'en', sentiment: 'NEGATIVE' });
    expect(comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.LanguageCode)).toEqual(['en']);
    expect(comprehend.commandCalls(BatchDetectKeyPhrasesCommand).map((call) => call.args[0].input.LanguageCode)).toEqual(['en']);
    expect(comprehend.commandCalls(DetectPiiEntitiesCommand).map((call) => call.args[0].input.LanguageCode)).toEqual(['en']);
  });

  it('Should ask Comprehend about the uncertain documents only, all in one request', async () => {
    // Prepare: two texts too short to be sure of, between two confident English ones.
    const [short, emoji] = ['Obrigado!', '👍👍 ok'];
    languageOf = (text) => (text === short ? 'pt' : 'en');
    const analyzer = new ComprehendAnalyzer(client);

    // Act
    const results = await analyzer.analyze(docs([english, short, english.replace('night', 'day'), emoji]));

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand).map((call) => call.args[0].input.TextList)).toEqual([[short, emoji]]);
    expect(analysisOf(results.get('doc-1')).language).toBe('pt');
    expect(analysisOf(results.get('doc-3')).language).toBe('en');
    expect(analysisOf(results.get('doc-0')).language).toBe('en');
  });

  it('Should pack documents of several languages across the whole call into requests of one language, 25 at most', async () => {
    // Prepare: 30 English, 27 Spanish and 3 French documents, interleaved, languages guessed offline.
    const language = (i: number) => (i % 20 < 10 ? 'en' : i % 20 < 19 ? 'es' : 'fr');
    const input = Array.from({ length: 60 }, (_, i) => ({ id: `doc-${i}`, text: `Document ${i} in ${language(i)}.` }));
    const languageOfText = new Map(input.map(({ text }, i) => [text, language(i)]));
    const guess = (text: string): OfflineLanguageGuess => ({ code: languageOfText.get(text) ?? 'en', confident: true });
    const analyzer = new ComprehendAnalyzer(client, { detectLanguageOffline: guess });

    // Act
    const results = await analyzer.analyze(input);

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(0);
    for (const command of [BatchDetectSentimentCommand, BatchDetectKeyPhrasesCommand] as const) {
      const requests = comprehend.commandCalls(command).map((call) => call.args[0].input as { LanguageCode?: string; TextList?: string[] });
      const sizes = requests.map(({ LanguageCode, TextList = [] }) => `${LanguageCode}:${TextList.length}`).sort();
      expect(sizes).toEqual(['en:25', 'en:5', 'es:2', 'es:25', 'fr:3']);
      for (const { LanguageCode, TextList = [] } of requests) for (const text of TextList) expect(languageOfText.get(text)).toBe(LanguageCode);
    }
    expect(comprehend.commandCalls(DetectPiiEntitiesCommand)).toHaveLength(30 + 27);
    expect(input.map(({ id }) => analysisOf(results.get(id)).language)).toEqual(input.map((_, i) => language(i)));
  });

  it('Should ask Comprehend when the offline guesser throws', async () => {
    // Prepare
    const analyzer = new ComprehendAnalyzer(client, {
      detectLanguageOffline: () => {
        throw new Error('detector broke');
      },
    });

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: english }]);

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(1);
    expect(analysisOf(results.get('a')).language).toBe('en');
  });

  it('Should ask Comprehend when the offline guess is not confident, and use its answer over the guess', async () => {
    // Prepare
    languageOf = () => 'es';
    const analyzer = new ComprehendAnalyzer(client, { detectLanguageOffline: () => ({ code: 'en', confident: false }) });

    // Act
    const results = await analyzer.analyze([{ id: 'a', text: 'Hola equipo, gracias por todo.' }]);

    // Assess
    expect(comprehend.commandCalls(BatchDetectDominantLanguageCommand)).toHaveLength(1);
    expect(analysisOf(results.get('a')).language).toBe('es');
    expect(comprehend.commandCalls(BatchDetectSentimentCommand).map((call) => call.args[0].input.LanguageCode)).toEqual(['es']);
  });
});

describe('guessLanguageOffline', () => {
  it.each([
    ['en', 'The forklift in bay 3 has a broken horn and nobody has fixed it since Monday.'],
    ['es', 'Mi supervisor grita a la gente delante de todos y nadie hace nada por nosotros.'],
    ['fr', 'Les pauses sont trop courtes pendant la haute saison et le chef ne nous écoute pas.'],
    ['de', 'Die Nachtschicht ist ständig unterbesetzt und der Chef hört uns nicht zu, das ist nicht gut.'],
    ['pt', 'O turno da noite está sempre com falta de pessoal e o chefe não ouve ninguém, isso é muito mau.'],
    ['it', 'Il capo non ascolta mai i lavoratori e gli straordinari sono troppi, questo non è giusto.'],
  ])('Should be confident of %s in an ordinary sentence', (code, text) => {
    expect(guessLanguageOffline(text)).toEqual({ code, confident: true });
  });

  it.each([
    ['too short', 'Gracias'],
    ['too short, though plainly English', 'Great job, thanks!'],
    ['names and numbers', 'Maria Lopez, Tom Becker, Priya Shah 0712345678 bay 3 B12'],
    ['two languages mixed', 'The night shift is understaffed. El turno de noche no tiene personal y el jefe no escucha a nadie nunca.'],
    ['a language Comprehend does not analyse', 'De nachtdienst is altijd onderbezet en de baas luistert nooit naar ons, dat is niet goed.'],
    ['a language the detector does not know (Catalan)', 'El torn de nit no té prou personal i el cap no escolta mai els treballadors, és molt cansat.'],
    ['a language the detector does not know (Swedish)', 'Nattskiftet är underbemannat och chefen lyssnar aldrig på oss, vi är alla trötta på det.'],
    ['another script', 'The manager said 工作太多了 and then he left the room for the rest of the day.'],
    ['a script language', 'Начальник никогда не слушает нас, и смены слишком длинные для всех работников.'],
  ])('Should not be confident of %s', (_, text) => {
    expect(guessLanguageOffline(text)?.confident ?? false).toBe(false);
  });

  it('Should make no guess when the text gives nothing to go on', () => {
    expect(guessLanguageOffline('👍👍 12345 !!')).toBeUndefined();
  });
});

describe('ComprehendUsage', () => {
  it('Should count calls and billed units of what the analyzer sends, retries included', async () => {
    // Prepare: 120 and 450 characters are 3 and 5 units; the first PII request is throttled.
    const texts = ['a'.repeat(119) + '.', 'b'.repeat(449) + '.'];
    comprehend.on(DetectPiiEntitiesCommand).rejectsOnce(throttled()).callsFake(answerPii);
    const usage = new ComprehendUsage();
    const analyzer = new ComprehendAnalyzer(client, { usage, sleep: fakeSleep() });

    // Act
    await analyzer.analyze(docs(texts));

    // Assess
    expect(usage.report()).toEqual({
      calls: { total: 6, byApi: { BatchDetectDominantLanguage: 1, BatchDetectKeyPhrases: 1, BatchDetectSentiment: 1, DetectPiiEntities: 3 } },
      billedUnits: { total: 32, byApi: { BatchDetectDominantLanguage: 8, BatchDetectKeyPhrases: 8, BatchDetectSentiment: 8, DetectPiiEntities: 8 } },
    });
  });

  it('Should bill only the documents a batch answered, at least 3 units each', () => {
    // Prepare
    const usage = new ComprehendUsage();
    const input = { LanguageCode: 'en', TextList: ['x'.repeat(40), 'y'.repeat(1_050), 'z'.repeat(700)] };

    // Act
    usage.record('BatchDetectSentiment', input, { ResultList: [{ Index: 0 }, { Index: 1 }], ErrorList: [{ Index: 2, ErrorCode: 'INTERNAL_SERVER_ERROR' }] });
    usage.record('BatchDetectSentiment', input);

    // Assess
    expect(usage.report()).toEqual({ calls: { total: 2, byApi: { BatchDetectSentiment: 2 } }, billedUnits: { total: 3 + 11, byApi: { BatchDetectSentiment: 14 } } });
  });

  it('Should count as middleware on a real client stack', async () => {
    // Prepare: a real client whose HTTP handler answers locally.
    const body = JSON.stringify({ Entities: [{ Type: 'NAME', BeginOffset: 0, EndOffset: 4, Score: 0.99 }] });
    const real = new ComprehendClient({
      region: 'eu-west-1',
      maxAttempts: 1,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: {
        handle: async () => ({ response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: new TextEncoder().encode(body) } }),
      },
    });
    const usage = new ComprehendUsage();
    usage.attachTo(real);

    // Act
    await real.send(new DetectPiiEntitiesCommand({ Text: 'Dana said the ladder is broken.'.padEnd(350, '.'), LanguageCode: 'en' }));

    // Assess
    expect(usage.report()).toEqual({ calls: { total: 1, byApi: { DetectPiiEntities: 1 } }, billedUnits: { total: 4, byApi: { DetectPiiEntities: 4 } } });
  });
});

function offsets(text: string, part: string) {
  const at = text.indexOf(part);
  const BeginOffset = [...text.slice(0, at)].length;
  return { BeginOffset, EndOffset: BeginOffset + [...part].length };
}
