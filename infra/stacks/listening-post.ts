import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Config } from '../../shared/config/schema';
import { DataStack } from './data-stack';
import { ServiceStack } from './service-stack';

export interface ListeningPost {
  readonly app: App;
  readonly data: DataStack;
  readonly service: ServiceStack;
}

/**
 * The whole installation as a CDK app: the stateful and the service stack,
 * checked by cdk-nag's AwsSolutions rules, so that an unacknowledged finding
 * fails synthesis. `infra/app.ts` and the infra tests both build it here.
 *
 * @example
 * const { app } = createListeningPost(loadConfigFile());
 * app.synth();
 */
export function createListeningPost(config: Config, appProps?: AppProps): ListeningPost {
  const app = new App(appProps);
  const data = new DataStack(app, 'ListeningPost-Data', {
    description: 'Listening Post: table, secrets and digest archive (retained)',
    config,
  });
  const service = new ServiceStack(app, 'ListeningPost-Service', {
    description:
      'Listening Post: intake API, analysis and escalation pipelines, SLA sweep, weekly digest, inbound SMS and alarms',
    config,
    table: data.table,
    pepperSecret: data.pepperSecret,
    linkSigningKeySecret: data.linkSigningKeySecret,
    twilioSecret: data.twilioSecret,
    digestBucket: data.digestArchive.bucket,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, data, service };
}
