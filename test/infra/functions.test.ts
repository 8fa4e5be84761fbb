import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionOf, removeTempDirs, synthTemplates, type Templates } from './helpers';

type Resources = Record<string, { Properties: Record<string, any> }>;
const SERVICES = ['intake', 'analyze', 'escalate', 'sweep', 'sms-inbound', 'digest', 'forget-windows'];

describe('Lambda functions', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  it.each(SERVICES)('%s runs Node.js 22 on ARM from an ESM bundle', (service) => {
    const { properties } = functionOf(templates.service, service);
    expect(properties.Runtime).toBe('nodejs22.x');
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

  it.each(SERVICES)('%s has source maps on for readable stack traces', (service) => {
    expect(functionOf(templates.service, service).properties.Environment.Variables.NODE_OPTIONS).toContain('--enable-source-maps');
  });
});
