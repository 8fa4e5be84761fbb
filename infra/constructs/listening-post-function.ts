import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Config } from '../../shared/config/schema';
import { METRICS_NAMESPACE } from '../../shared/ports/metrics';
import { ANALYSIS_ENGINE_DEFINE } from '../../shared/runtime/build-constants';
import { ENV } from '../../shared/runtime/env-names';

/** The repository root: the NodejsFunction project root, where package-lock.json lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The lines every bundle starts with. The first two let an ESM bundle load
 * CommonJS dependencies that `require()` Node built-ins. The last inlines the
 * config validated at synth: `configFromEnv()` reads the variable by a
 * computed name (`process.env[name]`), which esbuild's `define` cannot see,
 * so the bundle sets the variable itself before any of its code runs.
 */
function bundleBanner(config: Config): string {
  return [
    "import { createRequire as __lpCreateRequire } from 'node:module';",
    'const require = __lpCreateRequire(import.meta.url);',
    `process.env.${ENV.config} = ${JSON.stringify(JSON.stringify(config))};`,
  ].join(' ');
}

export interface ListeningPostFunctionProps {
  /** The entry file, relative to the repository root, e.g. `functions/intake/lambda.ts`; it exports `handler`. */
  readonly entry: string;
  /** The Powertools service name; also what the function is called in logs and metrics. */
  readonly serviceName: string;
  /** The validated configuration, inlined into the bundle as `process.env.LISTENING_POST_CONFIG`. */
  readonly config: Config;
  readonly description?: string;
  /** @default Duration.seconds(10) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** How long the function's own log lines are kept. @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
}

/**
 * The one set of defaults every Listening Post Lambda shares: Node.js 24 on
 * ARM, JSON logs (the platform's lines too), a minified ESM bundle with its source map beside it
 * (read on the first error, not at start-up), the AWS SDK bundled
 * (the lock file's version), the config inlined at build time, its own log group with a
 * retention, and a role that may write to that log group and nothing else
 * until a `bind…` helper grants more.
 *
 * @example
 * const fn = new ListeningPostFunction(this, 'Analyze', { entry: 'functions/analyze/lambda.ts', serviceName: 'analyze', config });
 * bindTable(fn, table, ['get', 'update']);
 */
export class ListeningPostFunction extends NodejsFunction {
  /** The Powertools service name: the `service` dimension of its metrics, and what alarms and the dashboard call it. */
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: ListeningPostFunctionProps) {
    // A role without the AWS managed AWSLambdaBasicExecutionRole, whose log
    // permissions cover every log group in the account.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the Listening Post ${props.serviceName} function`,
    });
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    super(scope, id, {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      description: props.description,
      // nodejs22.x is deprecated on 2027-04-30. Named, not NODEJS_LATEST, so a CDK
      // upgrade never moves the runtime under bundles tested on another major.
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      // START, END and REPORT lines become JSON records too, so one query reads
      // the platform's and Powertools' lines alike. Levels match POWERTOOLS_LOG_LEVEL.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.INFO,
      // The handlers use no tracer, and an X-Ray grant can only be on Resource "*".
      tracing: Tracing.DISABLED,
      // No NODE_OPTIONS=--enable-source-maps: it makes Node read and decode the
      // bundle's source map at every cold start. The map still ships beside the
      // bundle, and shared/runtime/readable-stack-traces.ts reads it only when an
      // error's stack is first written (docs/performance.md, "Cold start").
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // The API Gateway event carries the caller's IP address and user
        // agent: it must never be logged (anonymity promise).
        POWERTOOLS_LOGGER_LOG_EVENT: 'false',
        POWERTOOLS_DEV: 'false',
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: bundleBanner(props.config),
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        // The AWS SDK is bundled, tree-shaken and minified, not taken from the
        // runtime: what runs is the version package-lock.json pins and the tests
        // use, not whichever older one the runtime carries. Measured in
        // docs/performance.md ("SDK bundled or external").
        externalModules: [],
        // The analysis engine, fixed from the config as the inlined config is: the
        // analyze bundle then holds only that engine's code (the offline engine's
        // sentiment weights are about 0.6 MB that a Comprehend cold start would parse).
        define: { [ANALYSIS_ENGINE_DEFINE]: JSON.stringify(props.config.analysis.engine) },
        logLevel: LogLevel.WARNING,
        // sentiment require()s other languages by a computed path inside a
        // try/catch; only English is used, so esbuild's empty-glob warning is noise.
        esbuildArgs: { '--log-override:empty-glob': 'silent' },
      },
    });
    this.serviceName = props.serviceName;
    logGroup.grantWrite(role);
  }
}
