import { beforeAll } from 'vitest';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import type { Clock } from '../../shared/ports/clock';
import { useDynalite } from './dynalite';
import { lateBound } from './late-bound';

/**
 * What the pattern rule reads and writes, on dynalite (see useDynalite): the
 * cases, the pattern counts and the escalations, on one table, by `clock`.
 * Call it inside the `describe`.
 */
export function usePatternStores(tableName: string, clock: Clock) {
  const { dynamodb, documents } = useDynalite(tableName);
  let stores:
    | { cases: DynamoDbCaseStore; patterns: DynamoDbPatternCounter; escalations: DynamoDbEscalationStore }
    | undefined;
  beforeAll(() => {
    stores = {
      cases: new DynamoDbCaseStore(documents, dynamodb.tableName, clock),
      patterns: new DynamoDbPatternCounter(documents, dynamodb.tableName),
      escalations: new DynamoDbEscalationStore(documents, dynamodb.tableName, clock),
    };
  });
  return {
    dynamodb,
    documents,
    cases: lateBound(() => stores?.cases, 'the case store'),
    patterns: lateBound(() => stores?.patterns, 'the pattern counter'),
    escalations: lateBound(() => stores?.escalations, 'the escalation store'),
  };
}
