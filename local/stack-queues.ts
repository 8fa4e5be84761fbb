import { ESCALATION_RECEIVES } from '../shared/domain/escalation';
import { ERASURE_MAX_TRIES } from '../shared/domain/sms-erasure';
import type { LocalStack } from './local-stack-types';
import type { QueuePair, SqsStandIn } from './sqs-stand-in';

/** How often a message is received before it goes to its dead-letter queue (as on AWS). */
export const MAX_RECEIVES = 5;

export interface StackQueues {
  analysis: QueuePair;
  /** The priority lane: reports urgent in their own words (or topic), analysed before any other lane. */
  priority: QueuePair;
  /** The marked lane: reports only ticked urgent, analysed after the priority lane, before the analysis queue. */
  marked: QueuePair;
  escalation: QueuePair;
  /** The escalation queue's priority lane: escalations of reports urgent in their own words, sent before the escalation queue. */
  escalationPriority: QueuePair;
  /** Jobs that delete SMS exchanges from Twilio; only message SIDs, retried for days. */
  smsErase: QueuePair;
}

/** The stack's queues, each with its dead-letter queue, redriven as the CDK stacks redrive them. */
export async function createStackQueues(sqs: SqsStandIn, visibilityTimeoutSeconds = 10): Promise<StackQueues> {
  const pair = (name: string, maxReceiveCount = MAX_RECEIVES) =>
    sqs.createQueuePair(name, { visibilityTimeoutSeconds, maxReceiveCount });
  return {
    analysis: await pair('analysis'),
    priority: await pair('analysis-priority'),
    marked: await pair('analysis-marked'),
    escalation: await pair('escalation', ESCALATION_RECEIVES),
    escalationPriority: await pair('escalation-priority', ESCALATION_RECEIVES),
    smsErase: await pair('sms-erase', ERASURE_MAX_TRIES),
  };
}

/** The queues as tests and benchmarks reach them: their URLs and their dead-letter queues'. */
export function queueUrls(queues: StackQueues): LocalStack['queues'] {
  const urls = ({ url, dlqUrl }: QueuePair) => ({ url, dlqUrl });
  return {
    analysis: urls(queues.analysis),
    analysisPriority: urls(queues.priority),
    analysisMarked: urls(queues.marked),
    escalation: urls(queues.escalation),
    escalationPriority: urls(queues.escalationPriority),
    smsErase: urls(queues.smsErase),
  };
}
