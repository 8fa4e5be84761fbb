import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, type ILocalBundling, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import type { Config } from '../../shared/config/schema';
import { METRICS_NAMESPACE } from '../../shared/ports/metrics';
import { finishBundle, functionBuildOptions } from './function-bundling';
import { EXEC_WRAPPER_PATH, writeExecWrapper } from './regexps-compiled-at-once';

/** The repository root: where the entries, package-lock.json and node_modules are. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * esbuild on this machine, as NodejsFunction runs it, but splitting the
 * bundle into an entry and chunks loaded on demand, which NodejsFunction's
 * single `--outfile` cannot. Its fields make each function's asset cache key
 * its own (CDK keys staged assets by the bundling options' JSON).
 */
class LocalEsbuild implements ILocalBundling {
  constructor(
    readonly entry: string,
    readonly config: Config,
    readonly regexpsCompiledAtOnce: boolean,
  ) {}

  tryBundle(outputDir: string): boolean {
    buildSync(functionBuildOptions({ entry: this.entry, outdir: outputDir, config: this.config }));
    finishBundle(outputDir);
    if (this.regexpsCompiledAtOnce) writeExecWrapper(outputDir);
    return true;
  }
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
  /**
   * Runs node with V8's regexp tier-up off, through an exec wrapper in the asset (`regexps-compiled-at-once.ts`):
   * a third less CPU for redaction and urgency, for 100-140 MB more memory, so only for functions of 1 GB.
   * @default false
   */
  readonly regexpsCompiledAtOnce?: boolean;
}

/**
 * The one set of defaults every Listening Post Lambda shares: Node.js 24 on
 * ARM, JSON logs (the platform's lines too), a minified ESM bundle split into an entry and
 * chunks loaded on first use (`function-bundling.ts`), source maps beside them
 * (read on the first error, not at start-up), the AWS SDK bundled
 * (the lock file's version), the config inlined at build time, its own log group with a
 * retention, and a role that may write to that log group and nothing else
 * until a `bind…` helper grants more.
 *
 * @example
 * const fn = new ListeningPostFunction(this, 'Analyze', { entry: 'functions/analyze/lambda.ts', serviceName: 'analyze', config });
 * bindTable(fn, table, ['get', 'update']);
 */
export class ListeningPostFunction extends LambdaFunction {
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

    const entry = join(REPO_ROOT, props.entry);
    super(scope, id, {
      code: Code.fromAsset(REPO_ROOT, {
        // Hashed on what is deployed, not on the repository it was built from.
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: new LocalEsbuild(entry, props.config, props.regexpsCompiledAtOnce ?? false),
          // Never used: esbuild is a dependency, so bundling is always local (no Docker).
          image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs24.x'),
        },
      }),
      handler: 'index.handler',
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
      // bundle's source map at every cold start. The maps still ship beside the
      // bundle's files, and shared/runtime/readable-stack-traces.ts reads them only when an
      // error's stack is first written (docs/performance.md, "Cold start").
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // The API Gateway event carries the caller's IP address and user
        // agent: it must never be logged (anonymity promise).
        POWERTOOLS_LOGGER_LOG_EVENT: 'false',
        POWERTOOLS_DEV: 'false',
        // The runtime starts node through this script, which adds V8's flag to node's command line.
        ...(props.regexpsCompiledAtOnce && { AWS_LAMBDA_EXEC_WRAPPER: EXEC_WRAPPER_PATH }),
      },
    });
    this.serviceName = props.serviceName;
    logGroup.grantWrite(role);
  }
}
