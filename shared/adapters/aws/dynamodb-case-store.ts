import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { CASE_STATUSES, type CaseRecord, type CaseStatus, type StoredAnalysis } from '../../domain/feedback';
import type { Clock } from '../../ports/clock';
import type { CaseStore, PatternTakeOff, PatternTopicsToCount, SavedAnalysis } from '../../ports/case-store';
import { conditionalWrite, epochSeconds, isExpired } from './dynamodb-toolkit';
import { caseItemKey } from './table-keys';

/**
 * Cases in the single table. `expiresAt` (epoch seconds) is the table's TTL
 * attribute; AWS deletes expired items lazily and dynalite never does, so an
 * expired item is treated as absent when read.
 */
export class DynamoDbCaseStore implements CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async createCase(record: CaseRecord, expiresAt: Date): Promise<boolean> {
    return conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...caseItemKey(record.caseKey), type: 'case', ...record, expiresAt: epochSeconds(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async deleteCase(caseKey: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: caseItemKey(caseKey) }));
  }

  async saveAnalysis(caseKey: string, analysis: StoredAnalysis): Promise<SavedAnalysis | undefined> {
    let caseId: unknown;
    const saved = await conditionalWrite(async () => {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          UpdateExpression: 'SET analysis = :a',
          // First write wins: a second message for the same case (a retry
          // with other words, a replay) never rewrites what was analysed.
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(analysis)',
          ExpressionAttributeValues: { ':a': analysis },
          ReturnValues: 'ALL_NEW',
        }),
      );
      caseId = Attributes?.id;
    });
    if (saved) return { caseId: String(caseId), analysis };
    const existing = await this.findCase(caseKey);
    return existing?.analysis ? { caseId: existing.id, analysis: existing.analysis } : undefined;
  }

  async markAnalysed(caseKey: string): Promise<void> {
    // Only from `received`: an escalated or answered case never moves back.
    await this.moveStatus(caseKey, 'received', 'analysed');
  }

  async markBeingPassedOn(caseKey: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          UpdateExpression: 'SET beingPassedOn = :yes',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':yes': true },
        }),
      ),
    );
  }

  async advanceStatus(caseKey: string, status: Exclude<CaseStatus, 'received' | 'analysed'>): Promise<boolean> {
    const earlier = CASE_STATUSES.slice(0, CASE_STATUSES.indexOf(status));
    return this.setStatus(
      caseKey,
      status,
      `#status IN (${earlier.map((_, i) => `:s${i}`).join(', ')})`,
      Object.fromEntries(earlier.map((s, i) => [`:s${i}`, s])),
    );
  }

  async passingOn(caseKey: string): Promise<boolean> {
    return this.setStatus(caseKey, 'forwarding', '#status IN (:escalated, :acknowledged)', {
      ':escalated': 'escalated',
      ':acknowledged': 'acknowledged',
    });
  }

  /** Moves a case's status from exactly `from` to `to`; false when it is elsewhere (or gone). */
  private moveStatus(caseKey: string, from: CaseStatus, to: CaseStatus): Promise<boolean> {
    return this.setStatus(caseKey, to, '#status = :from', { ':from': from });
  }

  /** Sets a case's status to `to` where it stands as `condition` says; false when it does not (or is gone). */
  private setStatus(
    caseKey: string,
    to: CaseStatus,
    condition: string,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          UpdateExpression: 'SET #status = :to',
          ConditionExpression: `attribute_exists(pk) AND ${condition}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':to': to, ...values },
        }),
      ),
    );
  }

  /** A case past its retention has nothing left to answer: the refused write is no error. */
  async publishResponse(caseKey: string, response: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          UpdateExpression: 'SET #response = :response, #status = :responded',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#response': 'response', '#status': 'status' },
          ExpressionAttributeValues: { ':response': response, ':responded': 'responded' },
        }),
      ),
    );
  }

  async patternTopicsToCount(caseKey: string, topics: string[]): Promise<PatternTopicsToCount> {
    if (!topics.length) return { topics: [] };
    const token = randomBytes(12).toString('base64url');
    const first = await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          // The topics it is counted under, kept for a take-off; its token, random (no time in it).
          UpdateExpression:
            'SET patternCounted = :yes, patternPending = :topics, patternTopics = :topics, patternToken = :token',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(patternCounted)',
          ExpressionAttributeValues: { ':yes': true, ':topics': new Set(topics), ':token': token },
        }),
      ),
    );
    if (first) return { topics, token };
    // Counted before, perhaps only in part: what is still pending (none once all are counted, taken off, or for no case).
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: caseItemKey(caseKey),
        ProjectionExpression: 'patternPending, patternToken',
        ConsistentRead: true,
      }),
    );
    const pending = Item?.patternPending;
    return {
      topics: pending instanceof Set ? [...pending].map(String) : [],
      ...(typeof Item?.patternToken === 'string' ? { token: Item.patternToken } : {}),
    };
  }

  async patternTakeOff(caseKey: string): Promise<PatternTakeOff | undefined> {
    let old: Record<string, unknown> | undefined;
    try {
      ({ Attributes: old } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          // Counted as done, so a count not yet begun never begins; nothing left pending, so a retry counts nothing.
          UpdateExpression:
            'SET patternTakenOff = :yes, patternCounted = if_not_exists(patternCounted, :yes) REMOVE patternPending',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':yes': true },
          ReturnValues: 'ALL_OLD',
        }),
      ));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
    if (!old?.patternCounted || typeof old.site !== 'string' || typeof old.week !== 'string') return undefined;
    const token = typeof old.patternToken === 'string' ? old.patternToken : undefined;
    const pending = old.patternPending instanceof Set ? new Set([...old.patternPending].map(String)) : new Set();
    const all =
      old.patternTopics instanceof Set
        ? [...old.patternTopics].map(String)
        : ((old.analysis as { topics?: string[] } | undefined)?.topics ?? []);
    return {
      site: old.site,
      week: old.week,
      // With a token, every topic: one still pending may have been counted just before a crash, and taking off
      // one never counted changes nothing. Without (counted before tokens), those counted alone.
      topics: token ? all : all.filter((t) => !pending.has(t)),
      ...(token ? { token } : {}),
      first: old.patternTakenOff === undefined,
    };
  }

  async patternTopicCounted(caseKey: string, topic: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: caseItemKey(caseKey),
          UpdateExpression: 'DELETE patternPending :topic',
          // Never bring back a case that was removed meanwhile as an item of this attribute alone.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':topic': new Set([topic]) },
        }),
      ),
    );
  }

  async findCase(caseKey: string): Promise<CaseRecord | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: caseItemKey(caseKey), ConsistentRead: true }),
    );
    if (!Item || isExpired(Item, this.clock.now())) return undefined;
    return {
      id: Item.id,
      caseKey: Item.caseKey,
      channel: Item.channel,
      week: Item.week,
      site: Item.site,
      topic: Item.topic,
      escalateRequested: Item.escalateRequested === true,
      rating: Item.rating,
      status: Item.status,
      ...(Item.beingPassedOn === true ? { beingPassedOn: true as const } : {}),
      analysis: Item.analysis,
      response: Item.response,
    };
  }
}
