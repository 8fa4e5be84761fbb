import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_NODE_MAJOR } from '../../bench/lambda-node';
import { ENV } from '../../shared/runtime/env-names';
import { functionOf, removeTempDirs, synthTemplates, type Templates, type Resources } from './helpers';

const SERVICES = ['intake', 'analyze', 'escalate', 'sweep', 'sms-inbound', 'digest', 'forget-windows', 'sms-erase'];

describe('Lambda functions', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  it.each(SERVICES)('%s runs Node.js 24 on ARM from an ESM bundle', (service) => {
    const { properties } = functionOf(templates.service, service);
    expect(properties.Runtime).toBe('nodejs24.x');
    expect(properties.Architectures).toEqual(['arm64']);
    expect(properties.Handler).toBe('index.handler');
  });

  it.each(SERVICES)('%s never logs the incoming event, which holds the caller IP and user agent', (service) => {
    const variables = functionOf(templates.service, service).properties.Environment.Variables;
    expect(variables.POWERTOOLS_LOGGER_LOG_EVENT).toBe('false');
  });

  it.each(SERVICES)('%s writes to its own log group, which expires', (service) => {
    const logGroupId = functionOf(templates.service, service).properties.LoggingConfig?.LogGroup?.Ref;
    const logGroup = (templates.service.findResources('AWS::Logs::LogGroup') as Resources)[logGroupId];
    expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('every function in the app, helpers included, runs a runtime Lambda still supports', () => {
    const runtimes = Object.values(templates.service.findResources('AWS::Lambda::Function') as Resources).map(
      (fn) => fn.Properties.Runtime,
    );
    expect(runtimes.length).toBeGreaterThan(0);
    for (const runtime of runtimes) expect(runtime).toBe('nodejs24.x');
  });

  it("the package asks for Node 22 or later, and the functions' Node is the major the bundle tests run", () => {
    const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
    };
    expect(engines.node).toBe('>=22');
    expect(functionOf(templates.service, 'intake').properties.Runtime).toBe(`nodejs${LAMBDA_NODE_MAJOR}.x`);
  });

  it.each(SERVICES)('%s logs JSON, platform lines included, at the level Powertools logs at', (service) => {
    const { properties } = functionOf(templates.service, service);
    expect(properties.LoggingConfig).toMatchObject({
      LogFormat: 'JSON',
      ApplicationLogLevel: 'INFO',
      SystemLogLevel: 'INFO',
    });
    expect(properties.Environment.Variables.POWERTOOLS_LOG_LEVEL).toBe('INFO');
  });

  it.each(SERVICES)(
    '%s starts without decoding its source map (traces are mapped on the first error instead)',
    (service) => {
      expect(functionOf(templates.service, service).properties.Environment.Variables.NODE_OPTIONS ?? '').not.toContain(
        '--enable-source-maps',
      );
    },
  );

  it('each variable a function is given is read by that name on the Lambda side, and each name read is given to some function', () => {
    const given = Object.values(templates.service.findResources('AWS::Lambda::Function') as Resources)
      .map((fn) => (fn.Properties.Environment?.Variables ?? {}) as Record<string, unknown>)
      .filter((variables) => 'POWERTOOLS_SERVICE_NAME' in variables)
      .flatMap((variables) =>
        Object.keys(variables).filter(
          // Read by the runtime, not by our code: Node's options, and the exec wrapper node is started through.
          (name) => !name.startsWith('POWERTOOLS_') && name !== 'NODE_OPTIONS' && name !== 'AWS_LAMBDA_EXEC_WRAPPER',
        ),
      );
    const read: string[] = Object.values(ENV);
    for (const name of given) expect(read, `${name} is set by the CDK app but read by no function`).toContain(name);
    // Inlined into the bundle, set for tests only, or set only when the config names it.
    const notAlwaysGiven: string[] = [ENV.config, ENV.twilioApiUrl, ENV.smsOriginationIdentity];
    for (const name of read.filter((name) => !notAlwaysGiven.includes(name)))
      expect(given, `${name} is read but no function is given it`).toContain(name);
  });
});
