import { DynamoDbAnswerNotices } from '../adapters/aws/dynamodb-answer-notices';
import { DynamoDbCaseDesk } from '../adapters/aws/dynamodb-case-desk';
import { DynamoDbCaseStore } from '../adapters/aws/dynamodb-case-store';
import { DynamoDbCaseThread } from '../adapters/aws/dynamodb-case-thread';
import { DynamoDbLegalClocks } from '../adapters/aws/dynamodb-legal-clocks';
import { DynamoDbDigestDeliveries } from '../adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../adapters/aws/dynamodb-digest-snapshots';
import { DynamoDbEscalationStore } from '../adapters/aws/dynamodb-escalation-store';
import { DynamoDbKioskRegistry } from '../adapters/aws/dynamodb-kiosk-registry';
import { DynamoDbPatternCounter } from '../adapters/aws/dynamodb-pattern-counter';
import { DynamoDbHeldPatterns } from '../adapters/aws/dynamodb-held-patterns';
import { DynamoDbVerbatimCandidates } from '../adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../adapters/aws/dynamodb-weekly-figures';
import { DynamoDbSentEmails } from '../adapters/aws/dynamodb-sent-emails';
import { DynamoDbWindowStateStore } from '../adapters/aws/dynamodb-window-state-store';
import type { Table } from './table';
import type { ThreadWaitingRoom } from '../adapters/aws/thread-waiting-room';
import { RateAndReplayState } from '../use-cases/rate-and-replay-state';

// The table itself lives apart (./table): a Lambda entry that builds its few
// adapters directly imports that and not this file, whose import evaluates
// every adapter module below, zod schemas and all.
export { type Table, tableFromEnv } from './table';

// One builder per adapter, not one object of them all: a function's bundle
// then holds only the adapters it builds (esbuild drops the others).
export const caseStore = (table: Table) => new DynamoDbCaseStore(table.documents, table.name, table.clock);
export const escalationStore = (table: Table) => new DynamoDbEscalationStore(table.documents, table.name, table.clock);
/** The sponsors' case desks: lists through the escalation store's indexes, hands over and closes. */
export const caseDesk = (table: Table) => new DynamoDbCaseDesk(table.documents, table.name, escalationStore(table));
export const weeklyFigures = (table: Table) => new DynamoDbWeeklyFigures(table.documents, table.name, table.clock);
export const verbatimCandidates = (table: Table) =>
  new DynamoDbVerbatimCandidates(table.documents, table.name, table.clock);
export const patternCounter = (table: Table) => new DynamoDbPatternCounter(table.documents, table.name);
/** Patterns found, waiting for the day's release (the sweep's side). */
export const heldPatterns = (table: Table) => new DynamoDbHeldPatterns(table.documents, table.name);
export const kioskRegistry = (table: Table) => new DynamoDbKioskRegistry(table.documents, table.name, table.clock);
export const digestDeliveries = (table: Table) => new DynamoDbDigestDeliveries(table.documents, table.name);
export const digestSnapshots = (table: Table) => new DynamoDbDigestSnapshots(table.documents, table.name);
/** `room`: where ordinary answers wait for their hour outside the table (the laptop's sealed one); else in the table. */
export const caseThread = (table: Table, room?: ThreadWaitingRoom) =>
  new DynamoDbCaseThread(table.documents, table.name, table.clock, room);
export const legalClocks = (table: Table) => new DynamoDbLegalClocks(table.documents, table.name, table.clock);
/** Which emails went to whom (`MAIL#`), so a retry tells each reader once. */
export const sentEmails = (table: Table) => new DynamoDbSentEmails(table.documents, table.name, table.clock);
export const answerNotices = (table: Table) => new DynamoDbAnswerNotices(table.documents, table.name, table.clock);
/** SMS and kiosk rate counters and replay records, on the table that forgets (`RATE_STATE_TABLE_NAME`). */
export const rateAndReplayState = (table: Table) =>
  new RateAndReplayState(new DynamoDbWindowStateStore(table.documents, table.name, table.clock), table.clock);
