import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  mayAccess,
  TABLE_ACCESS,
  UPDATE_ATTRIBUTES,
  type TableAccess,
  type TableOperation,
  type TableRole,
} from '../infra/table-access';

/** What AWS answers a call its IAM policy does not allow; the SDK's own class for it is not exported. */
export class AccessDeniedException extends DynamoDBServiceException {
  constructor(message: string) {
    super({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 }, message });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
  }
}

/**
 * The same document client, as seen by one function: every call whose
 * partition key `TABLE_ACCESS[role]` does not allow for that operation is
 * refused with AccessDeniedException before it reaches the table, as IAM's
 * `dynamodb:LeadingKeys` condition refuses it on AWS (a batch read when
 * any of its keys is not allowed). Calls the map cannot allow at all (Scan,
 * batch writes, transactions, PartiQL) are refused too. So
 * the local stack, and every integration test on it, runs under the
 * functions' real grants.
 *
 * @example
 * const intakeDocuments = guardTableAccess(documents, 'intake');
 * await intakeDocuments.send(new PutCommand({ TableName, Item: { pk: 'ESC#1', sk: 'ESC' } })); // AccessDeniedException
 */
export function guardTableAccess(documents: DynamoDBDocumentClient, role: TableRole): DynamoDBDocumentClient {
  const send = (command: unknown, ...rest: unknown[]) => {
    const refusal = refusalOf(role, command);
    if (refusal) return Promise.reject(new AccessDeniedException(refusal));
    return Reflect.apply(documents.send, documents, [command, ...rest]);
  };
  return new Proxy(documents, {
    get: (target, property, receiver) => (property === 'send' ? send : Reflect.get(target, property, receiver)),
  });
}

/** Why `role` may not make this call, or undefined when it may. */
export function refusalOf(role: TableRole, command: unknown): string | undefined {
  if (command instanceof BatchGetCommand) return batchGetRefusal(role, command);
  const call = itemCallOf(command);
  if (!call)
    return `The ${role} function may not call ${nameOf(command)} on the table: only single-item calls on its own keys are allowed (infra/table-access.ts).`;
  if (call.pk === undefined)
    return `The ${role} function called ${call.operation} without a partition key this guard can read; name it as "pk = :value" in the key condition.`;
  if (mayAccess(role, call.operation, call.pk)) return attributeRefusal(role, command);
  const allowed: TableAccess = TABLE_ACCESS[role];
  return `The ${role} function is not allowed dynamodb:${call.operation} on items whose partition key is ${describeKey(call.pk)}; it may on ${(allowed[call.operation] ?? []).join(', ') || 'none'} (infra/table-access.ts).`;
}

/** A batch read passes only when every key it names, in every table, may be read with BatchGetItem, as IAM's `ForAllValues` condition requires. */
function batchGetRefusal(role: TableRole, command: BatchGetCommand): string | undefined {
  const keys = Object.values(command.input.RequestItems ?? {}).flatMap((request) => request.Keys ?? []);
  for (const key of keys) {
    const pk = text(key.pk);
    if (pk === undefined) return `The ${role} function called BatchGetItem with a key that names no partition key.`;
    if (!mayAccess(role, 'BatchGetItem', pk)) {
      const allowed: TableAccess = TABLE_ACCESS[role];
      return `The ${role} function is not allowed dynamodb:BatchGetItem on items whose partition key is ${describeKey(pk)}; it may on ${(allowed.BatchGetItem ?? []).join(', ') || 'none'} (infra/table-access.ts).`;
    }
  }
  return undefined;
}

/**
 * An update that names an attribute outside `UPDATE_ATTRIBUTES[role]`, as
 * IAM's `dynamodb:Attributes` condition refuses it: every attribute its
 * update and condition expressions name, directly or through `#names`.
 */
function attributeRefusal(role: TableRole, command: unknown): string | undefined {
  const allowed = UPDATE_ATTRIBUTES[role];
  if (!allowed || !(command instanceof UpdateCommand)) return undefined;
  const { UpdateExpression = '', ConditionExpression = '', ExpressionAttributeNames = {} } = command.input;
  const expressions = `${UpdateExpression} ${ConditionExpression}`
    .replace(/:[\w]+/g, ' ')
    .replace(/\b(SET|REMOVE|ADD|DELETE|AND|OR|NOT|BETWEEN|IN)\b/g, ' ')
    .replace(
      /\b(attribute_exists|attribute_not_exists|attribute_type|begins_with|contains|size|if_not_exists|list_append)\s*\(/g,
      '(',
    );
  const named = [...expressions.matchAll(/#?[A-Za-z_][\w]*/g)].map(([name]) =>
    name.startsWith('#') ? (ExpressionAttributeNames[name] ?? name) : name,
  );
  const outside = [...new Set(named)].filter((name) => !allowed.includes(name));
  return outside.length
    ? `The ${role} function may update only ${allowed.join(', ')} (dynamodb:Attributes in infra/table-access.ts), not ${outside.join(', ')}.`
    : undefined;
}

/** The operation and partition key of a single-item call or a query; undefined for anything else. */
function itemCallOf(command: unknown): { operation: TableOperation; pk: string | undefined } | undefined {
  if (command instanceof GetCommand) return { operation: 'GetItem', pk: text(command.input.Key?.pk) };
  if (command instanceof PutCommand) return { operation: 'PutItem', pk: text(command.input.Item?.pk) };
  if (command instanceof UpdateCommand) return { operation: 'UpdateItem', pk: text(command.input.Key?.pk) };
  if (command instanceof DeleteCommand) return { operation: 'DeleteItem', pk: text(command.input.Key?.pk) };
  if (command instanceof QueryCommand) return { operation: 'Query', pk: queriedKey(command.input) };
  return undefined;
}

/** The partition key a query names: `pk = :value` (or `#name = :value` with `#name` standing for pk) in its key condition. */
function queriedKey(input: QueryCommand['input']): string | undefined {
  const condition = input.KeyConditionExpression ?? '';
  for (const [, name, placeholder] of condition.matchAll(/(#?[A-Za-z_][\w]*)\s*=\s*(:[\w]+)/g)) {
    const attribute = name!.startsWith('#') ? input.ExpressionAttributeNames?.[name!] : name;
    if (attribute === 'pk') return text(input.ExpressionAttributeValues?.[placeholder!]);
  }
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The key's prefix alone: the rest may be a case's keyed hash, which has no place in an error message. */
function describeKey(pk: string): string {
  const hash = pk.indexOf('#');
  return hash === -1 ? pk : `${pk.slice(0, hash + 1)}…`;
}

function nameOf(command: unknown): string {
  return typeof command === 'object' && command !== null ? command.constructor.name : typeof command;
}
