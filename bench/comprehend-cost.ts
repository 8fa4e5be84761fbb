import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BatchDetectDominantLanguageCommand,
  BatchDetectKeyPhrasesCommand,
  BatchDetectSentimentCommand,
  ComprehendClient,
  DetectPiiEntitiesCommand,
  type BatchDetectDominantLanguageCommandInput,
  type BatchDetectKeyPhrasesCommandInput,
  type BatchDetectSentimentCommandInput,
  type DetectPiiEntitiesCommandInput,
  type PiiEntity,
  type SentimentType,
} from '@aws-sdk/client-comprehend';
import { mockClient } from 'aws-sdk-client-mock';
import { ANALYSIS_BATCH_SIZE } from '../infra/constructs/analysis-pipeline';
import { ComprehendAnalyzer } from '../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ComprehendUsage } from '../shared/adapters/aws/comprehend/usage';
import { prng } from '../test/support/seeded-random';

export interface ComprehendCostOptions {
  /** How many submissions to generate and analyse. */
  submissions: number;
  /** Submissions per `analyze` call: the SQS batch size of the analysis consumer. @default ANALYSIS_BATCH_SIZE, the deployed one */
  batchSize?: number;
  /** Seed of the text generator; the same seed gives the same texts. @default 1 */
  seed?: number;
}

export interface ComprehendCost {
  submissions: number;
  calls: { total: number; byApi: Record<string, number> };
  billedUnits: { total: number; byApi: Record<string, number> };
  callsPer1000: number;
  unitsPer1000: number;
  /**
   * Submissions analysed in another language than the one they were written
   * in: a wrong offline guess that skipped Comprehend's language detection.
   * Should be 0.
   */
  wrongLanguage: number;
}

/**
 * Comprehend requests and billed units for `submissions` generated feedback
 * texts of realistic lengths and languages, run through `ComprehendAnalyzer`
 * in SQS-sized batches against a client mocked with `aws-sdk-client-mock`
 * (responses have Comprehend's shapes; no network, no AWS account).
 *
 * @example
 * ```ts
 * const { callsPer1000, unitsPer1000 } = await measureComprehendCost({ submissions: 1_000 });
 * ```
 */
export async function measureComprehendCost({
  submissions,
  batchSize = ANALYSIS_BATCH_SIZE,
  seed = 1,
}: ComprehendCostOptions): Promise<ComprehendCost> {
  const generated = generateSubmissions(submissions, seed);
  const languageOf = new Map(generated.map(({ text, language }) => [text, language]));

  const client = new ComprehendClient({
    region: 'eu-west-1',
    maxAttempts: 1,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const comprehend = mockClient(client);
  comprehend.on(BatchDetectDominantLanguageCommand).callsFake((input: BatchDetectDominantLanguageCommandInput) => ({
    ResultList: (input.TextList ?? []).map((text, Index) => ({
      Index,
      Languages: [{ LanguageCode: languageOf.get(text) ?? 'en', Score: 0.97 }],
    })),
    ErrorList: [],
  }));
  comprehend.on(BatchDetectSentimentCommand).callsFake((input: BatchDetectSentimentCommandInput) => ({
    ResultList: (input.TextList ?? []).map((text, Index) => ({ Index, ...sentimentOf(text) })),
    ErrorList: [],
  }));
  comprehend.on(BatchDetectKeyPhrasesCommand).callsFake((input: BatchDetectKeyPhrasesCommandInput) => ({
    ResultList: (input.TextList ?? []).map((text, Index) => ({ Index, KeyPhrases: keyPhrasesOf(text) })),
    ErrorList: [],
  }));
  comprehend
    .on(DetectPiiEntitiesCommand)
    .callsFake((input: DetectPiiEntitiesCommandInput) => ({ Entities: piiOf(input.Text ?? '') }));

  const usage = new ComprehendUsage();
  const analyzer = new ComprehendAnalyzer(client, { usage, sleep: async () => {} });
  let wrongLanguage = 0;
  try {
    for (let i = 0; i < generated.length; i += batchSize) {
      const batch = generated.slice(i, i + batchSize);
      const results = await analyzer.analyze(batch.map(({ id, text }) => ({ id, text })));
      const failed = [...results.values()].filter((result) => result instanceof Error);
      if (failed.length) throw new Error(`${failed.length} documents failed in a mocked run`);
      for (const { id, language } of batch) {
        const result = results.get(id);
        if (result && !(result instanceof Error) && result.language !== language) wrongLanguage += 1;
      }
    }
  } finally {
    comprehend.restore();
  }

  const { calls, billedUnits } = usage.report();
  const per1000 = (n: number) => Math.round((n * 1_000) / Math.max(1, submissions));
  return {
    submissions,
    calls,
    billedUnits,
    callsPer1000: per1000(calls.total),
    unitsPer1000: per1000(billedUnits.total),
    wrongLanguage,
  };
}

// ---- realistic submissions ------------------------------------------------

interface Submission {
  id: string;
  text: string;
  language: string;
}

const NAMES = [
  'Maria Lopez',
  'Dave',
  'Priya Shah',
  'Tom Becker',
  'Aisha',
  'Kevin O’Neill',
  'Lucía Fernández',
  'Jean Martin',
];

// Workplace feedback sentences; {NAME}, {PHONE} and {EMAIL} are filled in.
const SENTENCES: Record<string, string[]> = {
  en: [
    'The night shift is understaffed again and we are all exhausted.',
    'Thanks to the team for covering my shifts last week, it meant a lot.',
    'The forklift in bay 3 has a broken horn and nobody has fixed it.',
    'Pay is on the lower end compared to the warehouse down the road.',
    'I love the new canteen menu, the salads are great.',
    'Our manager {NAME} keeps changing the rota at the last minute.',
    'Parking is a nightmare after 8am.',
    'Please fix the air conditioning on the second floor, it is unbearable in the afternoon.',
    'Training for the new scanners was rushed and half of us still do not know how to use them.',
    'Call me on {PHONE} if you want details about the safety issue.',
    'Long hours and no breaks during peak season.',
    'The break room tablet is a nice idea.',
    'I reported the wet floor by the loading dock twice and it is still not signposted.',
    '{NAME} made comments about my accent in front of the whole team.',
    'You can reach me at {EMAIL} about the overtime calculations.',
    'Honestly not bad this month, the new schedule works better for parents.',
    'We need more people on the packing line or someone will get hurt.',
    'The lockers are too small for winter coats.',
  ],
  es: [
    'El turno de noche no tiene suficiente personal.',
    'Gracias al equipo por ayudarme con la mudanza del almacén.',
    'Mi supervisor {NAME} grita a la gente delante de todos.',
    'La máquina de café lleva una semana rota.',
    'Los horarios cambian sin avisar y es imposible organizarse.',
    'Pueden llamarme al {PHONE} si necesitan más detalles.',
  ],
  fr: [
    'Les pauses sont trop courtes pendant la haute saison.',
    'Merci pour les nouveaux casiers, ils sont très pratiques.',
    'Le chariot élévateur du quai 2 est dangereux.',
    'Le planning change tous les jours sans explication.',
  ],
  pt: ['O turno da noite está sempre com falta de pessoal.', 'A cantina melhorou muito este mês, obrigado.'],
  de: ['Die Nachtschicht ist ständig unterbesetzt.', 'Danke für die neuen Spinde im Pausenraum.'],
  nl: ['De nachtdienst is altijd onderbezet.', 'Bedankt voor de nieuwe kluisjes in de kantine.'],
};

// Share of submissions per language: mostly English, some Spanish, a few
// others, and one in a hundred in a language Comprehend cannot score (nl).
const LANGUAGE_MIX: [string, number][] = [
  ['en', 0.86],
  ['es', 0.08],
  ['fr', 0.03],
  ['pt', 0.01],
  ['de', 0.01],
  ['nl', 0.01],
];

/** Deterministic texts: 65% short (40-300 characters), 25% 300-800, 10% long (800-1,600). */
export function generateSubmissions(count: number, seed = 1): Submission[] {
  const random = prng(seed);
  const pick = <T>(items: T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const submissions: Submission[] = [];
  for (let i = 0; i < count; i += 1) {
    let roll = random();
    let language = 'en';
    for (const [code, share] of LANGUAGE_MIX) {
      if (roll < share) {
        language = code;
        break;
      }
      roll -= share;
    }
    const bucket = random();
    const target = bucket < 0.65 ? 40 + random() * 260 : bucket < 0.9 ? 300 + random() * 500 : 800 + random() * 800;
    const sentences = SENTENCES[language] ?? SENTENCES.en ?? [];
    let text = '';
    while (text.length < target) {
      const sentence = pick(sentences)
        .replace('{NAME}', pick(NAMES))
        .replace('{PHONE}', `07${Math.floor(random() * 1e9)}`.padEnd(11, '0'))
        .replace('{EMAIL}', `worker${Math.floor(random() * 1e4)}@example.com`);
      text += (text ? ' ' : '') + sentence;
    }
    // Intake accepts 1,600 characters at most.
    if (text.length > target + 40 || text.length > 1_600) text = cutAtWord(text, Math.min(1_599, target));
    submissions.push({ id: `bench-${String(i).padStart(6, '0')}`, text, language });
  }
  return submissions;
}

/** At most `length` + 1 characters and at least 40, ending in a full stop. */
function cutAtWord(text: string, length: number): string {
  const cut = text.slice(0, Math.floor(length));
  const space = cut.lastIndexOf(' ');
  return (space >= 39 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '') + '.';
}

// ---- mocked Comprehend responses ------------------------------------------

function sentimentOf(text: string): {
  Sentiment: SentimentType;
  SentimentScore: { Positive: number; Negative: number; Neutral: number; Mixed: number };
} {
  const positive = (text.match(/thank|love|great|nice|better|gracias|merci|obrigado|danke|bedankt/gi) ?? []).length;
  const negative = (
    text.match(
      /broken|understaffed|nightmare|hurt|dangerous|unbearable|rushed|grita|rota|dangereux|falta|unterbesetzt/gi,
    ) ?? []
  ).length;
  if (positive && negative)
    return { Sentiment: 'MIXED', SentimentScore: { Positive: 0.3, Negative: 0.3, Neutral: 0.1, Mixed: 0.3 } };
  if (positive)
    return { Sentiment: 'POSITIVE', SentimentScore: { Positive: 0.9, Negative: 0.03, Neutral: 0.05, Mixed: 0.02 } };
  if (negative)
    return { Sentiment: 'NEGATIVE', SentimentScore: { Positive: 0.03, Negative: 0.9, Neutral: 0.05, Mixed: 0.02 } };
  return { Sentiment: 'NEUTRAL', SentimentScore: { Positive: 0.1, Negative: 0.1, Neutral: 0.78, Mixed: 0.02 } };
}

function keyPhrasesOf(text: string): { Text: string; Score: number; BeginOffset: number; EndOffset: number }[] {
  const phrases = [];
  for (const match of text.matchAll(/\b(?:the|el|la|le|les|o|a|die|de) [\p{L}]{5,}(?: [\p{L}]{4,})?/giu)) {
    const begin = [...text.slice(0, match.index)].length;
    phrases.push({ Text: match[0], Score: 0.95, BeginOffset: begin, EndOffset: begin + [...match[0]].length });
    if (phrases.length === 4) break;
  }
  return phrases;
}

function piiOf(text: string): PiiEntity[] {
  const found: PiiEntity[] = [];
  const add = (at: number, length: number, type: PiiEntity['Type']) => {
    const begin = [...text.slice(0, at)].length;
    found.push({
      Type: type,
      Score: 0.99,
      BeginOffset: begin,
      EndOffset: begin + [...text.slice(at, at + length)].length,
    });
  };
  for (const name of NAMES)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) add(at, name.length, 'NAME');
  for (const match of text.matchAll(/07\d{9}/g)) add(match.index, match[0].length, 'PHONE');
  for (const match of text.matchAll(/\S+@example\.com/g)) add(match.index, match[0].length, 'EMAIL');
  return found;
}

// ---- CLI ----------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      submissions: { type: 'string', default: '1000' },
      'batch-size': { type: 'string', default: String(ANALYSIS_BATCH_SIZE) },
    },
  });
  const result = await measureComprehendCost({
    submissions: Number(values.submissions),
    batchSize: Number(values['batch-size']),
  });
  console.log(JSON.stringify(result, null, 2));
}
