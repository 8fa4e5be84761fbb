/**
 * Every environment variable a Lambda reads, named once for both sides: the
 * CDK bindings set them (`infra/constructs/bindings.ts` and the constructs)
 * and `shared/runtime` reads them, so a renamed variable cannot leave one
 * side reading what the other no longer sets.
 */
export const ENV = {
  /** The validated config, inlined into each bundle at synth. */
  config: 'LISTENING_POST_CONFIG',
  tableName: 'TABLE_NAME',
  rateStateTableName: 'RATE_STATE_TABLE_NAME',
  analysisQueueUrl: 'ANALYSIS_QUEUE_URL',
  /** The analysis queue's priority lane: reports whose words (or topic) are urgent. */
  priorityAnalysisQueueUrl: 'PRIORITY_ANALYSIS_QUEUE_URL',
  /** The analysis queue's marked lane: reports only ticked urgent by their writer. */
  markedAnalysisQueueUrl: 'MARKED_ANALYSIS_QUEUE_URL',
  escalationQueueUrl: 'ESCALATION_QUEUE_URL',
  /** The escalation queue's priority lane: escalations of reports urgent in their own words (or topic). */
  priorityEscalationQueueUrl: 'PRIORITY_ESCALATION_QUEUE_URL',
  smsEraseQueueUrl: 'SMS_ERASE_QUEUE_URL',
  pepperSecretArn: 'PEPPER_SECRET_ARN',
  linkSigningKeySecretArn: 'LINK_SIGNING_KEY_SECRET_ARN',
  twilioSecretArn: 'TWILIO_SECRET_ARN',
  digestBucket: 'DIGEST_BUCKET',
  /** The base URL of links in emails and of Twilio's signatures. */
  publicUrl: 'PUBLIC_URL',
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
  smsOriginationIdentity: 'SMS_ORIGINATION_IDENTITY',
  /** Only for tests against a stand-in of Twilio's REST API; never set by the CDK app. */
  twilioApiUrl: 'TWILIO_API_URL',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];
