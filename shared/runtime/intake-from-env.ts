import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDbCaseStore } from '../adapters/aws/dynamodb-case-store';
import { DynamoDbCaseThread } from '../adapters/aws/dynamodb-case-thread';
import { DynamoDbWindowStateStore } from '../adapters/aws/dynamodb-window-state-store';
import { SqsQueue } from '../adapters/aws/sqs-queue';
import { RateAndReplayState } from '../use-cases/rate-and-replay-state';
import { analysisLanes } from './analysis-lanes';
import { quietSources } from '../use-cases/quiet-source';
import { configFromEnv, requireEnv } from './env';
import { ENV } from './env-names';
import { secretFromEnv } from './secrets';
import { tableFromEnv } from './table';

/**
 * What both functions an employee writes in through (the intake's web, kiosk
 * and Twilio doors, and End User Messaging's inbound SMS) store and queue
 * with, read from the function's environment when the module loads, so a
 * missing variable fails the cold start with its name. `deps()` builds the
 * adapters on the first invocation, the pepper fetched then.
 *
 * Adapters are built here, not through shared/runtime/table-adapters, whose
 * import evaluates every adapter module (and their zod schemas) at each cold
 * start.
 */
export function intakeFromEnv() {
  const config = configFromEnv();
  const table = tableFromEnv();
  const rateTable = tableFromEnv(ENV.rateStateTableName, table.documents);
  const sqs = new SQSClient({});
  const analysisQueueUrl = requireEnv(ENV.analysisQueueUrl);
  const priorityAnalysisQueueUrl = requireEnv(ENV.priorityAnalysisQueueUrl);
  const markedAnalysisQueueUrl = requireEnv(ENV.markedAnalysisQueueUrl);
  const pepper = secretFromEnv('pepper');
  return {
    table,
    sqs,
    deps: async () => {
      const rateState = new RateAndReplayState(
        new DynamoDbWindowStateStore(rateTable.documents, rateTable.name, rateTable.clock),
        rateTable.clock,
      );
      return {
        config,
        cases: new DynamoDbCaseStore(table.documents, table.name, table.clock),
        queue: analysisLanes(
          config,
          {
            normal: new SqsQueue(sqs, analysisQueueUrl),
            priority: new SqsQueue(sqs, priorityAnalysisQueueUrl),
            marked: new SqsQueue(sqs, markedAnalysisQueueUrl),
          },
          table.clock,
          quietSources(rateState, config.escalation.urgentReportsPerSourcePerHour),
        ),
        clock: table.clock,
        pepper: await pepper(),
        rateState,
        threads: new DynamoDbCaseThread(table.documents, table.name, table.clock),
      };
    },
  };
}
