import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowedActionsOf,
  importedArn,
  logicalIdOf,
  removeTempDirs,
  statementsOf,
  synthTemplates,
  type Templates,
} from './helpers';
import {
  TABLE_ACCESS,
  TABLE_ROLES,
  UPDATE_ATTRIBUTES,
  type TableAccess,
  type TableRole,
} from '../../infra/table-access';
import { allows, SERVICES, type Statement } from './least-privilege.shared';
import { PK } from '../../shared/adapters/aws/table-keys';
import { KEYS_THE_INTAKE_NEVER_WRITES, TABLE_OPERATIONS } from '../support/table-key-probes';

const NEVER_ON_THE_TABLE = [
  'dynamodb:Scan',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
  'dynamodb:PartiQLDelete',
];

describe('least privilege on the table', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  const actions = (service: string) => allowedActionsOf(templates.service, service);

  it('intake may get, put and delete single items of the table, and update or query only case threads (what the employee has read)', () => {
    const onTable = tableStatements('intake').flatMap((statement) => [statement.Action].flat());
    expect([...new Set(onTable)].sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    for (const pk of ['CASE#abc', 'ESC#e-1', 'WEEK#2026-W47', 'DIGEST#2026-W47']) {
      expect(mayOnTable('intake', 'dynamodb:UpdateItem', pk), pk).toBe(false);
      expect(mayOnTable('intake', 'dynamodb:Query', pk), pk).toBe(false);
    }
    expect(mayOnTable('intake', 'dynamodb:UpdateItem', 'THREAD#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'THREAD#abc')).toBe(false);
  });

  /** Whether `service` is allowed `action` on the table item(s) with partition key `pk`, evaluating LeadingKeys as IAM does. */
  function mayOnTable(service: string, action: string, pk: string): boolean {
    return tableStatements(service).some((statement) => {
      if (!allows(statement, action)) return false;
      const condition = statement.Condition;
      if (!condition) return true;
      const patterns = condition['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
      // Narrowing which attributes an update names (UPDATE_ATTRIBUTES) leaves the keys as they are.
      const onKeys = Object.keys(condition).filter(
        (key) => !(key === 'ForAllValues:StringEquals' && condition[key]?.['dynamodb:Attributes']),
      );
      if (onKeys.length !== 1 || !Array.isArray(patterns)) return false;
      return patterns.some((pattern: string) =>
        new RegExp(
          `^${pattern
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
        ).test(pk),
      );
    });
  }
  /** The statements on the single table (not on the rate and replay table, which holds no cases). */
  const tableStatements = (service: string) => {
    const table = JSON.stringify(
      importedArn(templates, logicalIdOf(templates.built.data, templates.built.data.table.tableName)),
    );
    return (statementsOf(templates.service, service) as Statement[]).filter((statement) =>
      JSON.stringify(statement.Resource).includes(table),
    );
  };

  it.each(KEYS_THE_INTAKE_NEVER_WRITES)(
    'the intake cannot write %s: no escalation, kiosk, kiosk token, weekly figure or digest record',
    (pk) => {
      for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'])
        expect(mayOnTable('intake', action, pk), action).toBe(false);
    },
  );

  it('the intake may write only cases, and read only cases and kiosk tokens', () => {
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'CASE#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:GetItem', 'CASE#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:GetItem', 'KIOSKTOKEN#abc')).toBe(true);
    expect(mayOnTable('intake', 'dynamodb:PutItem', 'KIOSKTOKEN#abc')).toBe(false);
    for (const pk of ['ESC#e-1', 'KIOSK#k-1', 'WEEK#2026-W47', 'DIGEST#2026-W47'])
      expect(mayOnTable('intake', 'dynamodb:GetItem', pk), pk).toBe(false);
  });

  it('the intake may take (delete) a kiosk’s one-use enrolment link, and never make or change one', () => {
    expect(mayOnTable('intake', 'dynamodb:DeleteItem', 'KIOSKENROL#abc')).toBe(true);
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:GetItem'])
      expect(mayOnTable('intake', action, 'KIOSKENROL#abc'), action).toBe(false);
    for (const service of TABLE_ROLES.filter((role) => role !== 'intake'))
      expect(mayOnTable(service, 'dynamodb:DeleteItem', 'KIOSKENROL#abc'), service).toBe(false);
  });

  it.each(TABLE_ROLES)(
    'every table statement of %s is limited to key prefixes (dynamodb:LeadingKeys) on the table alone',
    (service) => {
      const statements = tableStatements(service);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        // An update narrowed to some attributes (UPDATE_ATTRIBUTES) carries that narrowing too, and nothing else.
        const narrowed =
          UPDATE_ATTRIBUTES[service as TableRole] !== undefined && allows(statement, 'dynamodb:UpdateItem');
        expect(Object.keys(statement.Condition ?? {}), JSON.stringify(statement.Action)).toEqual(
          narrowed ? ['ForAllValues:StringLike', 'ForAllValues:StringEquals'] : ['ForAllValues:StringLike'],
        );
        expect(statement.Condition!['ForAllValues:StringLike']).toEqual({ 'dynamodb:LeadingKeys': expect.any(Array) });
        expect([statement.Resource].flat()).toHaveLength(1);
      }
    },
  );

  it.each(['intake', 'sms-inbound'] as const)(
    '%s may update a thread only to note what the employee read and count an answer’s turn (dynamodb:Attributes), in a statement of its own',
    (service) => {
      const updates = tableStatements(service).filter((statement) => allows(statement, 'dynamodb:UpdateItem'));
      expect(updates).toHaveLength(1);
      expect([updates[0]!.Action].flat()).toEqual(['dynamodb:UpdateItem']);
      expect(updates[0]!.Condition!['ForAllValues:StringEquals']).toEqual({
        'dynamodb:Attributes': ['pk', 'sk', 'employeeReadThrough', 'turns'],
      });
    },
  );

  it.each(TABLE_ROLES)('%s is allowed on the table exactly what infra/table-access.ts says, and no more', (role) => {
    const access: TableAccess = TABLE_ACCESS[role];
    // Each prefix with something after it, and the exact keys (`ESC_OPEN`) also with a letter more.
    const probes = [
      ...Object.values(PK).flatMap((prefix) => (prefix.endsWith('#') ? [`${prefix}x`] : [prefix, `${prefix}X`])),
      'OTHER#x',
    ];
    for (const operation of TABLE_OPERATIONS) {
      for (const pk of probes) {
        const expected = (access[operation] ?? []).some((pattern) =>
          pattern.endsWith('*') ? pk.startsWith(pattern.slice(0, -1)) : pk === pattern,
        );
        expect(mayOnTable(role, `dynamodb:${operation}`, pk), `${operation} ${pk}`).toBe(expected);
      }
    }
  });

  it('the sponsor function may write escalations but not kiosk tokens, kiosks or new cases', () => {
    expect(mayOnTable('sponsor', 'dynamodb:UpdateItem', 'ESC#e-1')).toBe(true);
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']) {
      expect(mayOnTable('sponsor', action, 'KIOSKTOKEN#abc'), action).toBe(false);
      expect(mayOnTable('sponsor', action, 'KIOSK#k-1'), action).toBe(false);
    }
    expect(mayOnTable('sponsor', 'dynamodb:PutItem', 'CASE#abc')).toBe(false);
  });

  it.each(['escalate', 'sweep'])(
    '%s may take a case off the pattern counts (update its case and the week counts), but not read or start a count',
    (service) => {
      expect(mayOnTable(service, 'dynamodb:UpdateItem', 'PATTERN#plant2#workload')).toBe(true);
      expect(mayOnTable(service, 'dynamodb:UpdateItem', 'CASE#abc')).toBe(true);
      for (const action of ['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:DeleteItem'])
        expect(mayOnTable(service, action, 'PATTERN#plant2#workload'), action).toBe(false);
    },
  );

  it('intake may not scan the table nor change it, and may query only a case thread (whose key it must already know)', () => {
    for (const action of NEVER_ON_THE_TABLE) expect(actions('intake')).not.toContain(action);
    for (const pk of ['CASE#abc', 'ESC_OPEN', 'ESCWEEK#2026-W47', 'WEEK#2026-W47', 'KIOSKTOKEN#abc', 'DIGEST#2026-W47'])
      expect(mayOnTable('intake', 'dynamodb:Query', pk), pk).toBe(false);
  });

  it.each(['analyze', 'sweep'])('%s may get, put, update, delete and query items', (service) => {
    expect(actions(service)).toEqual(
      expect.arrayContaining([
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
      ]),
    );
  });

  it.each(['analyze', 'escalate', 'escalate-priority', 'sweep', 'sms-inbound', 'digest'])(
    '%s may not scan the table, write batches or change the table',
    (service) => {
      for (const action of NEVER_ON_THE_TABLE) expect(actions(service)).not.toContain(action);
    },
  );

  it('digest may read in batches (BatchGetItem) only escalations and its own frozen weeks, keys it may already get or query', () => {
    const batchReads = tableStatements('digest').filter((statement) => allows(statement, 'dynamodb:BatchGetItem'));
    expect(batchReads).toHaveLength(1);
    expect(batchReads[0]!.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DIGEST#*', 'ESC#*'] },
    });
    expect(mayOnTable('digest', 'dynamodb:GetItem', 'ESC#x')).toBe(true);
    expect(mayOnTable('digest', 'dynamodb:Query', 'DIGEST#2026-W47')).toBe(true);
    for (const pk of ['CASE#x', 'WEEK#2026-W47', 'KIOSKTOKEN#x', 'ESC_OPEN', 'ESCWEEK#2026-W47', 'THREAD#x'])
      expect(mayOnTable('digest', 'dynamodb:BatchGetItem', pk), pk).toBe(false);
  });

  it.each(['sweep'])(
    '%s may read escalations in batches (BatchGetItem) on exactly the keys it may get one by one, and nothing else',
    (service) => {
      const batchReads = tableStatements(service).filter((statement) => allows(statement, 'dynamodb:BatchGetItem'));
      expect(batchReads).toHaveLength(1);
      expect(batchReads[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ESC#*'] } });
      expect(mayOnTable(service, 'dynamodb:GetItem', 'ESC#x')).toBe(true);
      for (const pk of ['CASE#x', 'WEEK#2026-W47', 'KIOSKTOKEN#x', 'ESC_OPEN', 'ESCWEEK#2026-W47', 'DIGEST#2026-W47'])
        expect(mayOnTable(service, 'dynamodb:BatchGetItem', pk), pk).toBe(false);
    },
  );

  it("no other function may read the table in batches (the sponsors' desks list escalations 100 to a call)", () => {
    expect(SERVICES.filter((service) => actions(service).includes('dynamodb:BatchGetItem')).sort()).toEqual(
      ['digest', 'escalate', 'escalate-priority', 'sponsor', 'sweep'].sort(),
    );
  });

  it('escalate may read held answers in batches (whom an urgent answer must go around) on exactly the keys it may get, and nothing else', () => {
    const batchReads = tableStatements('escalate').filter((statement) => allows(statement, 'dynamodb:BatchGetItem'));
    expect(batchReads).toHaveLength(1);
    expect(batchReads[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTICE#*'] } });
    expect(mayOnTable('escalate', 'dynamodb:GetItem', 'NOTICE#HELD')).toBe(true);
    for (const pk of ['CASE#x', 'ESC#x', 'THREAD#x', 'WEEK#2026-W47', 'KIOSKTOKEN#x', 'DIGEST#2026-W47'])
      expect(mayOnTable('escalate', 'dynamodb:BatchGetItem', pk), pk).toBe(false);
  });

  it('escalate (both lanes) may get, put and update items, delete only open entries and the feedback clocks of cases it reopens, and query none', () => {
    // The priority lane runs the same code on the same grants on the table: nothing more for its being first.
    // (Only `escalate` may also count in the rate and replay table: what the priority lane sends is never counted.)
    expect(tableStatements('escalate-priority')).toEqual(tableStatements('escalate'));
    expect(actions('escalate')).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
    expect(actions('escalate')).not.toContain('dynamodb:Query');
    // An urgent answer that reopens a case its holder closed removes the feedback clock that close started
    // (attack round 19, G: without it the reopen was denied and the answer reached no one).
    expect(TABLE_ACCESS.escalate.DeleteItem).toEqual(['ESC_OPEN', 'CLOCK#*']);
  });

  it('digest may get and query items, and write only its delivery records (partition keys DIGEST#…)', () => {
    const onTable = actions('digest').filter((action) => action.startsWith('dynamodb:'));
    expect(onTable.sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    const writes = statementsOf(templates.service, 'digest').filter((statement) =>
      allows(statement, 'dynamodb:PutItem'),
    );
    expect(writes.map((statement) => ('Condition' in statement ? statement.Condition : undefined))).toEqual([
      { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DIGEST#*'] } },
    ]);
  });
});
