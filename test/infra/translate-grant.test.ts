import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedActionsOf, buildApp, exampleConfig, removeTempDirs, synthTemplates, type Templates } from './helpers';

const SERVICES = ['intake', 'analyze', 'escalate', 'sweep', 'sms-inbound', 'digest'];
const translators = (templates: Templates) =>
  SERVICES.filter((service) => allowedActionsOf(templates.service, service).some((a) => a.startsWith('translate:')));

describe('Amazon Translate for escalations', () => {
  afterAll(removeTempDirs);
  let withLanguage: Templates;
  let without: Templates;
  beforeAll(() => {
    withLanguage = synthTemplates({ ...exampleConfig, leadershipLanguage: 'en' });
    without = synthTemplates(exampleConfig);
  });

  it('the escalate function alone may translate, and only with TranslateText, when the config names the leadership language', () => {
    expect(translators(withLanguage)).toEqual(['escalate']);
    expect(allowedActionsOf(withLanguage.service, 'escalate').filter((a) => a.startsWith('translate:'))).toEqual([
      'translate:TranslateText',
    ]);
  });

  it('no function may translate when the config names no leadership language', () => {
    expect(translators(without)).toEqual([]);
  });

  it('synth passes cdk-nag with the translation grant (its wildcard reviewed, with a reason)', () => {
    const { app } = buildApp({ config: { ...exampleConfig, leadershipLanguage: 'en' } });
    const report = JSON.parse(readFileSync(join(app.synth().directory, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; violations: { ruleName: string }[] }[];
    };
    expect(
      report.pluginReports
        .filter((p) => p.pluginName === 'AwsSolutions')
        .flatMap((p) => p.violations.map((v) => v.ruleName)),
    ).toEqual([]);
  });
});
