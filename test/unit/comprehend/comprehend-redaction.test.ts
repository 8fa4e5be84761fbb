import {
  BatchDetectKeyPhrasesCommand,
  DetectPiiEntitiesCommand,
  InternalServerException,
  type BatchDetectKeyPhrasesCommandInput,
  type DetectPiiEntitiesCommandInput,
} from '@aws-sdk/client-comprehend';
import { beforeEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ComprehendCallError } from '../../../shared/adapters/aws/comprehend/errors';
import * as mock from './comprehend-mock';

beforeEach(mock.resetComprehendMock);

describe('ComprehendAnalyzer: redaction', () => {
  it('Should put the placeholder where Comprehend found the name when emoji come before it', async () => {
    // Prepare: each emoji is one code point but two UTF-16 units.
    const text = '😀😀 Ask María López about the rota.';
    mock.responders.piiIn = (t) => [mock.entity(t, 'María López', 'NAME')];
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(mock.analysisOf(results.get('a')).redactedText).toBe('😀😀 Ask [NAME] about the rota.');
  });

  it('Should redact ids, usernames and addresses but keep ages and dates', async () => {
    // Prepare
    const text = 'I am 58, on shift since Monday; my login is jdoe42, badge 88231, I live at 12 Elm Street.';
    mock.responders.piiIn = (t) => [
      mock.entity(t, '58', 'AGE'),
      mock.entity(t, 'Monday', 'DATE_TIME'),
      mock.entity(t, 'jdoe42', 'USERNAME'),
      mock.entity(t, '88231', 'DRIVER_ID'),
      mock.entity(t, '12 Elm Street', 'ADDRESS'),
    ];
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(mock.analysisOf(results.get('a')).redactedText).toBe(
      'I am 58, on shift since Monday; my login is [ID], badge [ID], I live at [ADDRESS].',
    );
  });

  it('Should give a Spanish document Comprehend PII redaction and a French one the offline redactor only', async () => {
    // Prepare
    const spanish = 'Habla con María García sobre los turnos.';
    const french = 'Écrivez à jean.dupont@exemple.fr pour les horaires.';
    mock.responders.languageOf = (t) => (t === spanish ? 'es' : 'fr');
    mock.responders.piiIn = (t) => (t === spanish ? [mock.entity(t, 'María García', 'NAME')] : []);
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([
      { id: 'es', text: spanish },
      { id: 'fr', text: french },
    ]);

    // Assess
    const piiCalls = mock.comprehend.commandCalls(DetectPiiEntitiesCommand);
    expect(piiCalls.map((call) => call.args[0].input)).toEqual([{ Text: spanish, LanguageCode: 'es' }]);
    expect(mock.analysisOf(results.get('es')).redactedText).toBe('Habla con [NAME] sobre los turnos.');
    expect(mock.analysisOf(results.get('fr')).redactedText).toBe('Écrivez à [EMAIL] pour les horaires.');
    expect(mock.analysisOf(results.get('fr')).language).toBe('fr');
  });

  it('Should run the offline redactor over what Comprehend left', async () => {
    // Prepare: Comprehend finds the name but misses the email.
    const text = 'Tell Sam Ortiz at sam.ortiz@example.com the ladder is broken.';
    mock.responders.piiIn = (t) => [mock.entity(t, 'Sam Ortiz', 'NAME')];
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(mock.analysisOf(results.get('a')).redactedText).toBe('Tell [NAME] at [EMAIL] the ladder is broken.');
  });

  it('Should drop key phrases that hold personal data', async () => {
    // Prepare
    const text = 'María López changed the rota without asking anyone.';
    mock.responders.piiIn = (t) => [mock.entity(t, 'María López', 'NAME')];
    mock.comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
      ResultList: (input.TextList ?? []).map((t, Index) => ({
        Index,
        KeyPhrases: [
          { Text: 'María López', Score: 0.99, ...mock.offsets(t, 'María López') },
          { Text: 'the rota', Score: 0.97, ...mock.offsets(t, 'the rota') },
        ],
      })),
      ErrorList: [],
      $metadata: mock.$metadata,
    }));
    const analyzer = new ComprehendAnalyzer(mock.client);

    // Act
    const results = await analyzer.analyze([{ id: 'a', text }]);

    // Assess
    expect(mock.analysisOf(results.get('a')).keyPhrases).toEqual(['the rota']);
  });

  it('Should fail a document whose PII request keeps failing rather than store it without Comprehend redaction', async () => {
    // Prepare
    const [broken, fine] = ['Ask Dana about the forklift.', 'Thanks for the new lockers.'];
    mock.comprehend.on(DetectPiiEntitiesCommand).callsFake((input: DetectPiiEntitiesCommandInput) => {
      if (input.Text === broken)
        throw new InternalServerException({ message: 'Internal error', $metadata: { httpStatusCode: 500 } });
      return mock.answerPii(input);
    });
    const sleep = mock.fakeSleep();
    const analyzer = new ComprehendAnalyzer(mock.client, { sleep });

    // Act
    const results = await analyzer.analyze(mock.docs([broken, fine]));

    // Assess
    expect(results.get('doc-0')).toBeInstanceOf(ComprehendCallError);
    expect(mock.analysisOf(results.get('doc-1')).sentiment).toBe('POSITIVE');
    expect(
      mock.comprehend.commandCalls(DetectPiiEntitiesCommand).filter((call) => call.args[0].input.Text === broken),
    ).toHaveLength(4);
  });
});
