import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigFile, parseConfig } from '../../../shared/config/load-config';
import { ConfigError } from '../../../shared/errors';
import { configFromEnv } from '../../../shared/runtime/env';
import { ENV } from '../../../shared/runtime/env-names';

/** What the CDK app writes into each bundle's first line: the validated config, as JSON. */
const inlined = (config: unknown) => JSON.stringify(config);

describe('the config a Lambda reads from its bundle', () => {
  const saved = process.env[ENV.config];
  afterEach(() => {
    if (saved === undefined) delete process.env[ENV.config];
    else process.env[ENV.config] = saved;
  });

  it('Should be exactly what validating it again would give, defaults and clean-ups included', () => {
    const validated = loadConfigFile();
    // A config written with the least it may say: the schema fills in the rest at synth.
    const sparse = parseConfig(
      JSON.stringify({
        organisation: 'Acme',
        timezone: 'Europe/London',
        publicUrl: 'https://feedback.example.com///',
        sites: [{ id: 'plant2', name: 'Plant 2' }],
        topics: [{ id: 'safety', name: 'Safety', urgent: true, keywords: ['forklift'] }],
        sponsors: [{ id: 'ops', name: 'Ops', email: 'ops@example.com', topics: ['safety'], default: true }],
        digest: { recipients: ['board@example.com'], day: 'MON', time: '08:00' },
        mail: { from: 'listening-post@example.com' },
      }),
      'sparse.json',
    );
    for (const config of [validated, sparse]) {
      process.env[ENV.config] = inlined(config);
      expect(configFromEnv()).toEqual(parseConfig(inlined(config), 'again'));
    }
  });

  it('Should stop the function with the variable named when it is missing or not JSON', () => {
    delete process.env[ENV.config];
    expect(() => configFromEnv()).toThrow(ConfigError);
    expect(() => configFromEnv()).toThrow(ENV.config);
    process.env[ENV.config] = '{"organisation":';
    expect(() => configFromEnv()).toThrow(/LISTENING_POST_CONFIG: not valid JSON/);
  });
});
