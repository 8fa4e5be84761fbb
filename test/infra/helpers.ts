import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/constructs/listening-post-function';
import { createListeningPost, type ListeningPost } from '../../infra/stacks/listening-post';
import { loadConfigFile } from '../../shared/config/load-config';
import type { Config } from '../../shared/config/schema';

export const exampleConfig: Config = loadConfigFile();

const createdDirs: string[] = [];

/** Removes every directory this file's tests made; each test file calls it in `afterAll`. */
export function removeTempDirs(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh cloud assembly directory outside the repository. */
export function tempOutdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'listening-post-infra-'));
  createdDirs.push(dir);
  return dir;
}

/**
 * A directory for an assembly under the repository's (ignored) `.test-data/`,
 * where a bundle can still resolve the `@aws-sdk/*` packages it leaves out.
 */
export function repoOutdir(): string {
  const parent = join(REPO_ROOT, '.test-data');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'cdk-'));
  createdDirs.push(dir);
  return dir;
}

/**
 * The whole app as `infra/app.ts` builds it, cdk-nag included, with bundling
 * off unless asked for. CloudFormation's own schema validation (seconds per
 * worker; `npm run synth` runs it) and construct stack traces are left out.
 */
export function buildApp({ config = exampleConfig, bundling = false, outdir = tempOutdir() } = {}): ListeningPost {
  return createListeningPost(config, {
    outdir,
    builtinCloudFormationValidation: false,
    stackTraces: false,
    context: {
      ...(bundling ? { 'aws:cdk:enable-asset-metadata': true } : { 'aws:cdk:bundling-stacks': [] }),
      // Validation failures throw with the whole report rather than only printing it.
      '@aws-cdk/core:appMode': 'inmemory',
    },
  });
}

/** A template's resources of one type, as `findResources` returns them. */
export type Resources = Record<string, { Properties: Record<string, any> }>;

export interface Templates {
  data: Template;
  service: Template;
  /** The app they came from, to find a construct's logical id with {@link logicalIdOf}. */
  built: ListeningPost;
}

/** Both stacks' templates, synthesized once per test file. */
export function synthTemplates(config: Config = exampleConfig): Templates {
  const built = buildApp({ config });
  return { data: Template.fromStack(built.data), service: Template.fromStack(built.service), built };
}

/** The logical id of the resource that `reference` (e.g. `secret.secretArn`, `topic.topicArn`) points at from within `stack`. */
export function logicalIdOf(stack: Stack, reference: string): string {
  const resolved: unknown = stack.resolve(reference);
  if (typeof resolved === 'object' && resolved !== null && 'Ref' in resolved && typeof resolved.Ref === 'string')
    return resolved.Ref;
  throw new Error(`${reference} does not resolve to a Ref in ${stack.stackName}: ${JSON.stringify(resolved)}`);
}

/** The logical id of the operator alarm topic, found through the `AlarmTopicArn` output. */
export function alarmTopicIdOf(service: Template): string {
  const ref: unknown = service.findOutputs('AlarmTopicArn').AlarmTopicArn?.Value?.Ref;
  if (typeof ref !== 'string') throw new Error('no AlarmTopicArn output');
  return ref;
}

type Resource = { Type: string; Properties?: Record<string, any> };

/** The logical id and properties of the one Lambda function whose Powertools service is `serviceName`. */
export function functionOf(template: Template, serviceName: string): { id: string; properties: Record<string, any> } {
  const found = Object.entries(template.findResources('AWS::Lambda::Function') as Record<string, Resource>).filter(
    ([, resource]) => resource.Properties?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === serviceName,
  );
  if (found.length !== 1) throw new Error(`expected one function for service ${serviceName}, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, properties: resource.Properties ?? {} };
}

/** Every IAM statement attached to the execution role of the function for `serviceName`. */
export function statementsOf(
  template: Template,
  serviceName: string,
): { Effect: string; Action: string | string[]; Resource: unknown }[] {
  const roleId = functionOf(template, serviceName).properties.Role?.['Fn::GetAtt']?.[0];
  if (typeof roleId !== 'string') throw new Error(`the ${serviceName} function has no role in this stack`);
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => (policy.Properties?.Roles ?? []).some((role: { Ref?: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties?.PolicyDocument?.Statement ?? []);
}

/** The actions the function for `serviceName` is allowed, as one flat list. */
export function allowedActionsOf(template: Template, serviceName: string): string[] {
  return statementsOf(template, serviceName)
    .filter((statement) => statement.Effect === 'Allow')
    .flatMap((statement) => [statement.Action].flat());
}

/**
 * How the service stack refers to a data-stack resource (`secret.secretArn`,
 * `table.tableArn`…): the `Fn::ImportValue` of the data stack's export of it.
 */
export function importedRef(templates: Templates, reference: string): { 'Fn::ImportValue': string } {
  const id = logicalIdOf(templates.built.data, reference);
  const outputs = Object.values(
    templates.data.findOutputs('*') as Record<string, { Value?: { Ref?: string }; Export?: { Name?: string } }>,
  );
  const name = outputs.find((output) => output.Value?.Ref === id && output.Export?.Name)?.Export?.Name;
  if (!name) throw new Error(`the data stack exports no Ref to ${id}`);
  return { 'Fn::ImportValue': name };
}

/**
 * How the service stack refers to a data-stack resource's ARN attribute
 * (`bucket.bucketArn`…): the `Fn::ImportValue` of the data stack's export of
 * its `Fn::GetAtt`.
 */
export function importedArn(templates: Templates, logicalId: string): { 'Fn::ImportValue': string } {
  const outputs = Object.values(
    templates.data.findOutputs('*') as Record<
      string,
      { Value?: { 'Fn::GetAtt'?: string[] }; Export?: { Name?: string } }
    >,
  );
  const name = outputs.find(
    (output) =>
      output.Value?.['Fn::GetAtt']?.[0] === logicalId && output.Value['Fn::GetAtt'][1] === 'Arn' && output.Export?.Name,
  )?.Export?.Name;
  if (!name) throw new Error(`the data stack exports no ARN of ${logicalId}`);
  return { 'Fn::ImportValue': name };
}

/** The statements of every IAM policy attached to the EventBridge Scheduler role that invokes the function for `serviceName`. */
export function schedulerStatementsFor(
  template: Template,
  serviceName: string,
): { Effect: string; Action: string | string[]; Resource: unknown }[] {
  const fn = { 'Fn::GetAtt': [functionOf(template, serviceName).id, 'Arn'] };
  const schedules = Object.values(
    template.findResources('AWS::Scheduler::Schedule') as Record<string, Resource>,
  ).filter((schedule) => JSON.stringify(schedule.Properties?.Target?.Arn) === JSON.stringify(fn));
  if (schedules.length !== 1) throw new Error(`expected one schedule for ${serviceName}, found ${schedules.length}`);
  const roleId = schedules[0]!.Properties?.Target?.RoleArn?.['Fn::GetAtt']?.[0];
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((policy) => (policy.Properties?.Roles ?? []).some((role: { Ref?: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties?.PolicyDocument?.Statement ?? []);
}

/** Any resource of `service` in this account and Region, as the synthesised template joins its ARN. */
export function thisAccountsArn(service: string) {
  return {
    'Fn::Join': [
      '',
      ['arn:', { Ref: 'AWS::Partition' }, `:${service}:`, { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':*'],
    ],
  };
}
