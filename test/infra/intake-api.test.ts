import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithFakes } from '../support/fixtures';
import { READINGS_PER_BUDGET } from '../../functions/intake/middleware/rate-limit';
import {
  exampleConfig,
  functionOf,
  importedRef,
  removeTempDirs,
  synthTemplates,
  type Templates,
  type Resources,
} from './helpers';

describe('intake API', () => {
  afterAll(removeTempDirs);
  let templates: Templates;
  beforeAll(() => {
    templates = synthTemplates();
  });

  function accessLogFormat(): string {
    const stages = Object.values(templates.service.findResources('AWS::ApiGatewayV2::Stage') as Resources);
    expect(stages).toHaveLength(1);
    const format = stages[0]!.Properties.AccessLogSettings?.Format;
    expect(typeof format).toBe('string');
    return format as string;
  }

  it('API writes access logs to a log group with a retention', () => {
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] }, Format: Match.anyValue() },
    });
    const stage = Object.values(templates.service.findResources('AWS::ApiGatewayV2::Stage') as Resources)[0]!;
    const logGroupId = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    const logGroup = (templates.service.findResources('AWS::Logs::LogGroup') as Resources)[logGroupId];
    expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('API access logs hold no IP address or user agent', () => {
    const format = accessLogFormat();
    expect(format).toContain('$context.requestId');
    expect(format).not.toMatch(/\$context\.identity\./);
    expect(format).not.toMatch(/sourceIp|userAgent|user-agent|X-Forwarded-For/i);
    expect(format).not.toMatch(/\$context\.(authorizer|customDomain)/);
  });

  it('API access logs name the route, never the path that may carry a case code or link token', () => {
    const format = accessLogFormat();
    expect(format).toContain('$context.routeKey');
    expect(format).not.toMatch(/\$context\.(path|resourcePath)/);
  });

  it('API access logs keep no response length, which would tell which case a status look-up read', () => {
    // Attacker's report (round 24): a case's page is as long as its status and conversation make it (an
    // analysed case 2,781 bytes, an escalated one 5,128, one with a sponsor's message 5,302), so the length
    // beside the line's time said which case was looked up, and when, to the second.
    expect(accessLogFormat()).not.toMatch(/\$context\.responseLength/);
  });

  it('status and acknowledgement routes are declared, so their logs show the route template', () => {
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /status/{code}' });
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /ack/{token}' });
  });

  it('every other request reaches the intake function through $default', () => {
    const intake = functionOf(templates.service, 'intake');
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [intake.id, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
  });

  it('the default stage deploys automatically and throttles requests', () => {
    templates.service.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
    });
  });

  describe('each channel has its own throttle, so a flood on one route cannot exhaust the others', () => {
    function routeSettings(
      template = templates.service,
    ): Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> {
      const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage') as Resources)[0]!;
      return stage.Properties.RouteSettings ?? {};
    }
    const rates = exampleConfig.limits.requestsPerSecond;

    // Routes that take reports let through what the app reads for urgency past the budget (an urgent report is taken).
    const reports = 1 + READINGS_PER_BUDGET;
    it.each([
      ['POST /feedback', (rates.web + rates.api) * reports],
      ['POST /kiosk/feedback', rates.kiosk * reports],
      ['GET /kiosk/config', rates.kiosk],
      ['POST /kiosk/enrol', rates.kiosk],
      ['POST /sms/twilio', rates.sms * reports],
      ['POST /sms/twilio/status', rates.sms],
      ['GET /status/{code}', rates.status],
      ['POST /status', rates.status],
      ['POST /status/answer', rates.answers],
      ['ANY /ack/{token}', rates.links],
      ['GET /digest/{week}', rates.links],
    ])('%s is declared and throttled at its channel’s rate', (routeKey, rate) => {
      templates.service.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: routeKey });
      const settings = routeSettings()[routeKey];
      expect(settings?.ThrottlingRateLimit).toBe(rate);
      expect(settings?.ThrottlingBurstLimit).toBeGreaterThanOrEqual(1);
    });

    it('pages and unknown paths ($default) have throttles of their own, apart from every channel', () => {
      const settings = routeSettings();
      for (const key of [
        '$default',
        'GET /',
        'GET /status',
        'GET /kiosk',
        'GET /kiosk/{file}',
        'GET /assets/{file}',
        'GET /health',
      ]) {
        expect(settings[key], key).toMatchObject({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
      }
    });

    it('every route the app serves is declared, so that no flood of unknown paths on $default can starve it', () => {
      const declared = Object.values(templates.service.findResources('AWS::ApiGatewayV2::Route') as Resources)
        .map((r) => r.Properties.RouteKey as string)
        .filter((key) => key !== '$default')
        .map((key) => {
          const [method, path] = key.split(' ') as [string, string];
          return {
            method,
            pattern: new RegExp(`^${path.replace(/\{[^}]+\+\}/g, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`),
          };
        });
      const served = appWithFakes()
        .app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => ({ method: r.method, path: r.path.replace(/:[^/]+/g, 'x') }));
      expect(served.length).toBeGreaterThan(10);
      const undeclared = served.filter(
        ({ method, path }) =>
          !declared.some((d) => (d.method === method || d.method === 'ANY') && d.pattern.test(path)),
      );
      expect(undeclared).toEqual([]);
    });

    it('every route the API declares has route settings, and every route setting names a declared route', () => {
      const declared = Object.values(templates.service.findResources('AWS::ApiGatewayV2::Route') as Resources).map(
        (r) => r.Properties.RouteKey as string,
      );
      expect(Object.keys(routeSettings()).sort()).toEqual([...declared].sort());
    });

    it('the stage is created after the routes its settings name', () => {
      const stage = Object.values(
        templates.service.findResources('AWS::ApiGatewayV2::Stage') as Record<string, { DependsOn?: string[] }>,
      )[0]!;
      const routeIds = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Route'));
      expect(stage.DependsOn ?? []).toEqual(expect.arrayContaining(routeIds));
    });

    it('a channel’s throttle follows limits.requestsPerSecond in the config', () => {
      const custom = synthTemplates({
        ...exampleConfig,
        limits: { ...exampleConfig.limits, requestsPerSecond: { ...rates, status: 3, web: 1, api: 2 } },
      });
      expect(routeSettings(custom.service)['GET /status/{code}']).toEqual({
        ThrottlingRateLimit: 3,
        ThrottlingBurstLimit: 15,
      });
      expect(routeSettings(custom.service)['POST /feedback']).toEqual({
        ThrottlingRateLimit: 3 * (1 + READINGS_PER_BUDGET),
        ThrottlingBurstLimit: 15 * (1 + READINGS_PER_BUDGET),
      });
    });
  });

  it('intake knows its table, queue and pepper from its environment', () => {
    templates.service.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'intake',
          TABLE_NAME: Match.anyValue(),
          ANALYSIS_QUEUE_URL: Match.anyValue(),
          PEPPER_SECRET_ARN: Match.anyValue(),
        }),
      },
    });
  });

  it("the digest's stylesheet goes to the sponsors' function, which serves it, not to the intake's /assets/{file}", () => {
    const routes = Object.values(templates.service.findResources('AWS::ApiGatewayV2::Route') as Resources);
    const targetOf = (key: string) => routes.find((r) => r.Properties.RouteKey === key)?.Properties.Target;
    expect(targetOf('GET /assets/digest.css')).toBeDefined();
    expect(targetOf('GET /assets/digest.css')).toEqual(targetOf('GET /digest/{week}'));
    expect(targetOf('GET /assets/digest.css')).not.toEqual(targetOf('GET /assets/{file}'));
  });

  it('intake knows the Twilio secret, and the sponsor function the link-signing key, from their environment', () => {
    const variables = functionOf(templates.service, 'intake').properties.Environment.Variables;
    expect(variables.TWILIO_SECRET_ARN).toEqual(importedRef(templates, templates.built.data.twilioSecret.secretArn));
    const sponsor = functionOf(templates.service, 'sponsor').properties.Environment.Variables;
    expect(sponsor.LINK_SIGNING_KEY_SECRET_ARN).toEqual(
      importedRef(templates, templates.built.data.linkSigningKeySecret.secretArn),
    );
  });

  it('intake is given no PUBLIC_URL unless the config names one, since its own API URL would make a cycle', () => {
    expect(exampleConfig.publicUrl).toBeUndefined();
    expect(functionOf(templates.service, 'intake').properties.Environment.Variables).not.toHaveProperty('PUBLIC_URL');
  });

  it('intake is given the configured public URL, without a trailing slash, for the Twilio signature', () => {
    const custom = synthTemplates({ ...exampleConfig, publicUrl: 'https://feedback.example.com/' });
    expect(functionOf(custom.service, 'intake').properties.Environment.Variables.PUBLIC_URL).toBe(
      'https://feedback.example.com',
    );
  });

  it('outputs the API URL as ApiUrl', () => {
    const apiId = Object.keys(templates.service.findResources('AWS::ApiGatewayV2::Api'))[0];
    templates.service.hasOutput('ApiUrl', { Value: { 'Fn::Join': ['', Match.arrayWith([{ Ref: apiId }])] } });
  });
});
