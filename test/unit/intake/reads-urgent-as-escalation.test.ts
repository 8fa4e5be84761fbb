import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { Config } from '../../../shared/config/schema';
import { systemClock } from '../../../shared/ports/clock';
import { caseEscalation } from '../../../shared/use-cases/escalate-if-needed';
import { readsUrgent } from '../../../shared/use-cases/reads-urgent';
import { exampleConfig } from '../../support/fixtures';

// Past a spent budget a report is taken only if it reads urgent (`readsUrgent`). It must read as analysis
// will escalate it (`caseEscalation`): a report refused as ordinary that would have reached an executive as
// urgent is the loss promise 1 forbids; one taken that would not is a flood's way round the budget.

/** The example installation with everyday words among its urgent topics' keywords, as operators add them. */
const config: Config = {
  ...exampleConfig,
  topics: exampleConfig.topics.map((t) =>
    t.id === 'safety' ? { ...t, keywords: [...t.keywords, 'oil', 'aceite', 'grease', 'ladder'] } : t,
  ),
};

/** Whether analysis escalates the report, as the analyze function reads it. */
function escalates(report: { text: string; topic?: string }): boolean {
  const message = {
    id: '00000000-0000-4000-8000-000000000001',
    caseKey: 'a'.repeat(64),
    channel: 'web' as const,
    week: '2026-W49',
    escalate: false,
    ...report,
  };
  const input = { message, sentiment: 'NEUTRAL' as const, topics: [], redactedText: '' };
  return caseEscalation(config, { ...input, urgentCategories: detectUrgency(report.text).categories }) !== undefined;
}

const takenPastTheBudget = (report: { text: string; topic?: string }) =>
  readsUrgent(config.topics, { escalate: false, ...report }, undefined, systemClock);

describe('the reading past a spent budget, beside escalation’s', () => {
  it.each([
    'oil all over the floor by press 4',
    'Grease everywhere near the lathe, again',
    'hay aceite por todo el suelo junto a la prensa 4',
    'The ladder in bay 2 has a cracked rung',
    "c'est urgent : le café est froid",
    'es urgente, el café está frío otra vez',
  ])('Should take “%s”, which escalates', async (text) => {
    expect(escalates({ text })).toBe(true);
    expect(await takenPastTheBudget({ text })).toBe(true);
  });

  it.each([
    'Thanks for cleaning up the oil by press 4, great job',
    'The ladder safety course was excellent',
    'gracias por limpiar el aceite de la prensa 4, buen trabajo',
    'The canteen coffee is too weak',
  ])('Should refuse “%s”, which does not escalate', async (text) => {
    expect(escalates({ text })).toBe(false);
    expect(await takenPastTheBudget({ text })).toBe(false);
  });

  it('Should agree with escalation on any text and chosen topic', async () => {
    const fragments = fc.constantFrom(
      'oil',
      'the wet floor',
      'grease',
      'ladder',
      'aceite',
      'by press 4',
      'thanks for',
      'great job',
      'still',
      'not fixed',
      'training',
      'sign',
      'es urgente',
      'is urgent',
      'nobody',
      'lol',
      'gun',
      'near miss',
      'the rota',
      ',',
      '.',
      ' but ',
    );
    const text = fc.oneof(
      fc.array(fragments, { maxLength: 12 }).map((words) => words.join(' ')),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
    );
    const topic = fc.option(
      fc.oneof(fc.constantFrom(...config.topics.map((t) => t.id)), fc.string({ maxLength: 12 })),
      {
        nil: undefined,
      },
    );
    await fc.assert(
      fc.asyncProperty(text, topic, async (text, topic) => {
        const report = { text, ...(topic !== undefined ? { topic } : {}) };
        expect(await takenPastTheBudget(report)).toBe(escalates(report));
      }),
      { numRuns: 300 },
    );
  });

  const EVAL_DIR = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
  const evalFiles = existsSync(EVAL_DIR) ? readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')) : [];
  // Every 40th row: the two readings are a few ms a text, and the agreement, not the sets, is under test.
  it.skipIf(!evalFiles.length)(
    'Should agree with escalation on the labelled sets’ real text',
    async () => {
      for (const file of evalFiles) {
        const rows = readFileSync(`${EVAL_DIR}${file}`, 'utf8').split('\n').filter(Boolean);
        for (let i = 0; i < rows.length; i += 40) {
          const { text } = JSON.parse(rows[i]!) as { text: string };
          expect(await takenPastTheBudget({ text }), `${file}:${i + 1}`).toBe(escalates({ text }));
        }
      }
    },
    120_000,
  );
});
