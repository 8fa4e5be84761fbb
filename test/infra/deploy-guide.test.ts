import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { alarmTitleOf } from '../../infra/constructs/alarms';
import { REPO_ROOT } from '../../infra/constructs/listening-post-function';
import { TWILIO_PLACEHOLDER } from '../../infra/stacks/data-stack';
import { configSchema } from '../../shared/config/schema';
import { removeTempDirs, synthTemplates, type Templates } from './helpers';

const GUIDE = readFileSync(join(REPO_ROOT, 'docs/deploy.md'), 'utf8');

/** The part of the guide under a `##` heading, up to the next one. */
function section(heading: string): string {
  const start = GUIDE.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/deploy.md has no "## ${heading}" section`);
  const end = GUIDE.indexOf('\n## ', start + 1);
  return GUIDE.slice(start, end < 0 ? undefined : end);
}

/**
 * Every field of the config schema as a path: `mail.from`,
 * `sites[].smsNumbers`, … Wrappers (default, optional, a transform's pipe)
 * are looked through; an object or a list of objects is entered.
 */
function fieldPaths(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, any>;
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
      return fieldPaths(def.innerType, prefix);
    case 'pipe':
      return fieldPaths(def.in, prefix);
    case 'array': {
      const inner = fieldPaths(def.element, `${prefix}[]`);
      return inner.length === 1 && inner[0] === `${prefix}[]` ? [prefix] : inner;
    }
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([name, field]) =>
        fieldPaths(field, prefix ? `${prefix}.${name}` : name),
      );
    default:
      return [prefix];
  }
}

/** A template's outputs, without the exports CDK makes for cross-stack references. */
const outputsOf = (template: Templates['data']) =>
  Object.keys(template.findOutputs('*')).filter((name) => !name.startsWith('ExportsOutput'));

describe('the operator guide, docs/deploy.md', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  it('names every field of the config schema', () => {
    const fields = fieldPaths(configSchema);
    expect(fields).toEqual(
      expect.arrayContaining([
        'organisation',
        'mail.from',
        'sites[].smsNumbers',
        'sponsors[].backup',
        'retention.digestDays',
      ]),
    );
    const guide = section('The config file, field by field');
    expect(fields.filter((field) => !guide.includes(`\`${field}\``))).toEqual([]);
  });

  it('names no config field that does not exist', () => {
    const fields = new Set(fieldPaths(configSchema));
    const named = [...section('The config file, field by field').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((field) => !fields.has(field))).toEqual([]);
  });

  it('names every output of both stacks', () => {
    const outputs = [...outputsOf(templates.data), ...outputsOf(templates.service)];
    expect(outputs).toEqual(
      expect.arrayContaining([
        'TableName',
        'TwilioSecretArn',
        'DigestBucketName',
        'ApiUrl',
        'InboundSmsTopicArn',
        'AlarmTopicArn',
        'DashboardUrl',
      ]),
    );
    const table = section('Stack outputs');
    expect(outputs.filter((output) => !table.includes(`| \`${output}\` |`))).toEqual([]);
  });

  it('names no stack output that the stacks do not have', () => {
    const outputs = new Set([...outputsOf(templates.data), ...outputsOf(templates.service)]);
    const named = new Set([...GUIDE.matchAll(/`([A-Z][A-Za-z]*(?:Url|Arn|Name))`/g)].map((m) => m[1]!));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((name) => !outputs.has(name))).toEqual([]);
  });

  it('says in which stack each output is', () => {
    const table = section('Stack outputs');
    for (const [stack, template] of [
      ['ListeningPost-Data', templates.data],
      ['ListeningPost-Service', templates.service],
    ] as const) {
      for (const output of outputsOf(template)) expect(table, output).toContain(`| \`${output}\` | \`${stack}\` |`);
    }
  });

  it('explains every alarm the stack creates, under its title', () => {
    const alarms = Object.values(
      templates.service.findResources('AWS::CloudWatch::Alarm') as Record<
        string,
        { Properties: { AlarmDescription: string } }
      >,
    );
    expect(alarms.length).toBeGreaterThan(10);
    const reading = section('Reading alarms');
    const titles = alarms.map((alarm) => alarmTitleOf(alarm.Properties.AlarmDescription));
    expect(titles.filter((title) => !reading.includes(`| **${title}** |`))).toEqual([]);
  });

  it('explains no alarm that the stack does not create', () => {
    const titles = new Set(
      Object.values(
        templates.service.findResources('AWS::CloudWatch::Alarm') as Record<
          string,
          { Properties: { AlarmDescription: string } }
        >,
      ).map((alarm) => alarmTitleOf(alarm.Properties.AlarmDescription)),
    );
    const explained = [...section('Reading alarms').matchAll(/^\| \*\*([^*]+)\*\* \|/gm)].map((m) => m[1]!);
    expect(explained.filter((title) => !titles.has(title))).toEqual([]);
  });

  it('gives the Twilio placeholder, the command that replaces it and the webhook path', () => {
    expect(GUIDE).toContain(`\`${TWILIO_PLACEHOLDER}\``);
    expect(GUIDE).toContain('aws secretsmanager put-secret-value --secret-id <TwilioSecretArn> --secret-string');
    expect(GUIDE).toMatch(/`ApiUrl` followed by `sms\/twilio`/);
  });

  it('gives the stack names CloudFormation knows', () => {
    for (const stack of [templates.built.data, templates.built.service])
      expect(GUIDE).toContain(`npx cdk destroy ${stack.stackName}`);
  });
});
