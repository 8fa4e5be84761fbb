import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { configuredBudget, READINGS_PER_BUDGET } from '../../functions/intake/middleware/rate-limit';
import type { Config, IntakeChannel } from '../../shared/config/schema';
import { FunctionAlarms, operatorAlarm } from './alarms';
import { bindDigestArchive, bindIntakeRuntime, bindSecret, bindTable, type IntakeRuntime } from './bindings';
import { DIGEST_PREFIX } from './digest-archive-bucket';
import { ListeningPostFunction } from './listening-post-function';
import { ENV } from '../../shared/runtime/env-names';

/**
 * The contract's routes, declared to API Gateway only so that access logs can
 * name the route (`GET /status/{code}`) instead of the path: a path holds a
 * case code or a signed link token, and neither may be written to a log.
 * Everything else reaches the intake function through `$default`; hono
 * answers unknown paths itself. Routes marked `sponsor` go to the sponsors'
 * function instead, which alone may change escalations.
 */
const NAMED_ROUTES: {
  path: string;
  methods: HttpMethod[];
  channels?: IntakeChannel[];
  sponsor?: true;
  /** Takes reports: past its budget the app still reads each for urgency (see `routeThrottles`). */
  reports?: true;
}[] = [
  // POST / is the form's language switch: it re-renders the form and spends no budget.
  { path: '/', methods: [HttpMethod.GET, HttpMethod.POST] },
  { path: '/feedback', methods: [HttpMethod.POST], channels: ['web', 'api'], reports: true },
  // POST /receipt is the receipt's language switch: it shows the receipt again for the code posted and spends no budget.
  { path: '/receipt', methods: [HttpMethod.POST] },
  { path: '/feedback/preview', methods: [HttpMethod.POST], channels: ['preview'] },
  { path: '/kiosk', methods: [HttpMethod.GET] },
  { path: '/kiosk/{file}', methods: [HttpMethod.GET] },
  // A tablet's one-use set-up link traded for its token: rare, and under the kiosks' budget at the edge.
  { path: '/kiosk/enrol', methods: [HttpMethod.POST], channels: ['kiosk'] },
  { path: '/kiosk/config', methods: [HttpMethod.GET], channels: ['kiosk'] },
  { path: '/kiosk/feedback', methods: [HttpMethod.POST], channels: ['kiosk'], reports: true },
  // The kiosk's redaction preview spends the previews' budget, as the form's does, never its submissions'.
  { path: '/kiosk/preview', methods: [HttpMethod.POST], channels: ['preview'] },
  { path: '/sms/twilio', methods: [HttpMethod.POST], channels: ['sms'], reports: true },
  { path: '/sms/twilio/status', methods: [HttpMethod.POST], channels: ['sms'] },
  { path: '/status', methods: [HttpMethod.GET] },
  // The pages post the code (an address holding it would stay in the browser's history): the lookup, then answers.
  { path: '/status', methods: [HttpMethod.POST], channels: ['status'] },
  { path: '/status/answer', methods: [HttpMethod.POST], channels: ['answers'] },
  // "This report is about the person handling it": an answer with no words, on the answers' budget.
  { path: '/status/object', methods: [HttpMethod.POST], channels: ['answers'] },
  { path: '/status/{code}', methods: [HttpMethod.GET], channels: ['status'] },
  { path: '/status/{code}/messages', methods: [HttpMethod.POST], channels: ['answers'] },
  { path: '/ack/{token}', methods: [HttpMethod.ANY], channels: ['links'], sponsor: true },
  { path: '/take/{token}', methods: [HttpMethod.ANY], channels: ['links'], sponsor: true },
  { path: '/digest/{week}', methods: [HttpMethod.GET], channels: ['links'], sponsor: true },
  { path: '/desk/{token}', methods: [HttpMethod.GET], channels: ['links'], sponsor: true },
  { path: '/desk/{token}/case/{id}', methods: [HttpMethod.GET, HttpMethod.POST], channels: ['links'], sponsor: true },
  { path: '/health', methods: [HttpMethod.GET] },
  { path: '/assets/{file}', methods: [HttpMethod.GET] },
  // The digest web view's stylesheet lives with the digest, in the sponsors'
  // function; API Gateway prefers this literal path over `/assets/{file}`.
  { path: '/assets/digest.css', methods: [HttpMethod.GET], sponsor: true },
];

/** The route keys API Gateway knows a route by: `POST /feedback`, `$default`. */
const routeKeysOf = (route: (typeof NAMED_ROUTES)[number]) => route.methods.map((method) => `${method} ${route.path}`);

/**
 * Each route's own throttle: a channel's routes get the channel's budget
 * (`limits.requestsPerSecond`, as the app's own limiter does), and every
 * other route gets `pages` on its own: the pages and assets, declared so
 * that they are not behind `$default`, whose throttle a flood of unknown
 * paths spends. API Gateway counts each route's throttle separately,
 * so a flood on one route cannot exhaust another's. The routes that take
 * reports get the app's urgent reading on top (`READINGS_PER_BUDGET` times
 * the budget): past its budget the app still takes a report that reads as
 * urgent, which it can only do for requests the gateway lets through. The
 * app's own limiter refuses the rest, as before.
 */
function routeThrottles(
  config: Config,
  pages: ThrottleSettings,
): Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> {
  const settings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
  const throttleOf = (rateLimit: number, burstLimit: number) => ({
    ThrottlingRateLimit: rateLimit,
    ThrottlingBurstLimit: burstLimit,
  });
  for (const route of NAMED_ROUTES) {
    const budgets = (route.channels ?? []).map((channel) => configuredBudget(config, channel));
    const headroom = route.reports ? 1 + READINGS_PER_BUDGET : 1;
    const throttle = budgets.length
      ? throttleOf(
          budgets.reduce((sum, b) => sum + b.perSecond, 0) * headroom,
          budgets.reduce((sum, b) => sum + b.burst, 0) * headroom,
        )
      : throttleOf(pages.rateLimit ?? 50, pages.burstLimit ?? 100);
    for (const key of routeKeysOf(route)) settings[key] = throttle;
  }
  settings.$default = throttleOf(pages.rateLimit ?? 50, pages.burstLimit ?? 100);
  return settings;
}

/**
 * What one access log line holds. Deliberately absent: `$context.identity.*`
 * (source IP, user agent), `$context.path` (case codes, link tokens), any
 * header (anonymity promise 1), and `$context.responseLength`: a case's page
 * (`POST /status`, `GET /status/{code}`) or an SMS `STATUS` reply is as long as
 * its status and conversation make it, so an operator who renders each case's
 * page from the table could tell from the length which case was looked up,
 * and the line's `requestTime` when, to the second (an employee's visit).
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationStatus: '$context.integrationStatus',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
} as const;

/** The table, both analysis lanes and the pepper (`IntakeRuntime`), and what the sponsors' function needs. */
export interface IntakeApiProps extends IntakeRuntime {
  readonly config: Config;
  /** The key that signs sponsors' links (`/ack/{token}`, `/digest/{week}`): only the sponsors' function reads it. */
  readonly linkSigningKeySecret: ISecret;
  /** The Twilio auth token, which checks the SMS webhook's signatures. */
  readonly twilioSecret: ISecret;
  /**
   * The digest archive, which the digest web view (`GET /digest/{week}`)
   * reads. @default - no web view: every digest link is refused
   */
  readonly digestBucket?: IBucket;
  /**
   * The throttle of each route that serves no channel (the form, the kiosk
   * app, assets, health, unknown paths through `$default`), each counted on
   * its own; channels' routes get `config.limits.requestsPerSecond`.
   * @default { rateLimit: 50, burstLimit: 100 }
   */
  readonly throttle?: ThrottleSettings;
  /** @default RetentionDays.ONE_MONTH */
  readonly accessLogRetention?: RetentionDays;
  /** Where the API 5xx and function alarms notify. @default - alarms with no action */
  readonly alarmAction?: IAlarmAction;
}

/**
 * The intake: an API Gateway HTTP API in front of two functions running the
 * same hono app. The employee-facing one serves the web form, kiosk, SMS
 * webhook and status pages, and may write only cases; the sponsors' one
 * serves their signed links and the digest web view, and alone may change
 * escalations (`infra/table-access.ts`).
 *
 * @example
 * const intake = new IntakeApi(this, 'Intake', { config, table, analysisQueue, pepperSecret, linkSigningKeySecret, twilioSecret });
 * new CfnOutput(this, 'ApiUrl', { value: intake.url });
 */
export class IntakeApi extends Construct {
  readonly handler: ListeningPostFunction;
  /** Sponsors' links and the digest web view. */
  readonly sponsorHandler: ListeningPostFunction;
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;
  readonly serverErrorAlarm: Alarm;
  readonly handlerAlarms: FunctionAlarms;
  readonly sponsorHandlerAlarms: FunctionAlarms;
  /** The stage's URL, ending in `/`. */
  readonly url: string;
  /**
   * The base URL employees and sponsors use, without a trailing `/`:
   * `config.publicUrl` (a custom domain) when set, else the API's endpoint.
   */
  readonly publicUrl: string;

  constructor(scope: Construct, id: string, props: IntakeApiProps) {
    super(scope, id);

    this.handler = new ListeningPostFunction(this, 'Handler', {
      entry: 'functions/intake/lambda.ts',
      serviceName: 'intake',
      description: 'Accepts feedback from the web form, kiosks and SMS and answers status requests',
      config: props.config,
      timeout: Duration.seconds(10),
    });
    // Cases (conditional put, get, delete on rollback), kiosks' token
    // look-ups (get) and one-use enrolment links (conditional delete), nothing
    // else: see TABLE_ACCESS.intake.
    bindIntakeRuntime(this.handler, props, 'intake');
    bindSecret(this.handler, props.twilioSecret, ENV.twilioSecretArn);

    this.sponsorHandler = new ListeningPostFunction(this, 'Sponsor', {
      entry: 'functions/sponsor/lambda.ts',
      serviceName: 'sponsor',
      description:
        "Opens, acknowledges and answers escalations from sponsors' signed links, and shows archived digests",
      config: props.config,
      timeout: Duration.seconds(10),
    });
    // Escalations and their open and week entries, the case's status and
    // response: see TABLE_ACCESS.sponsor.
    bindTable(this.sponsorHandler, props.table, 'sponsor');
    bindSecret(this.sponsorHandler, props.linkSigningKeySecret, ENV.linkSigningKeySecretArn);
    // The web view only reads archived digests, never writes or lists them.
    if (props.digestBucket) bindDigestArchive(this.sponsorHandler, props.digestBucket, DIGEST_PREFIX, ['get']);
    // Twilio signs the URL it calls, so the webhook must know it. The API's
    // own URL would make a cycle (function → API → function): only a
    // configured public URL is passed; without it the webhook checks the
    // signature against the URL the request came in on.
    const configuredUrl = props.config.publicUrl?.replace(/\/+$/, '');
    if (configuredUrl) this.handler.addEnvironment(ENV.publicUrl, configuredUrl);
    // The same for the links a sponsor's desk emails (a hand-over): without it, the URL the desk was opened on.
    if (configuredUrl) this.sponsorHandler.addEnvironment(ENV.publicUrl, configuredUrl);

    const integration = new HttpLambdaIntegration('Intake', this.handler);
    const sponsorIntegration = new HttpLambdaIntegration('Sponsor', this.sponsorHandler);
    this.api = new HttpApi(this, 'Api', {
      description: 'Listening Post intake',
      defaultIntegration: integration,
      createDefaultStage: false,
    });
    for (const { path, methods, sponsor } of NAMED_ROUTES)
      this.api.addRoutes({ path, methods, integration: sponsor ? sponsorIntegration : integration });
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Anonymous feedback is the product: an employee must be able to submit and check a case without identifying themselves, so no route has an IAM/JWT authorizer. Each route authenticates what can be authenticated inside the app: kiosks by an enrolled bearer token, Twilio by X-Twilio-Signature, escalation acknowledgements by signed, expiring links; status needs the unguessable case code.',
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.accessLogRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    // HttpStage sets only the stage-wide default; the per-route throttles go
    // on the underlying CfnStage. A route's settings need the route to exist.
    const pages = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeThrottles(props.config, pages);
    for (const route of this.api.node.findAll().filter((c) => c instanceof HttpRoute))
      this.stage.node.addDependency(route);
    this.url = this.stage.url;
    this.publicUrl = configuredUrl ?? this.api.apiEndpoint;

    // No input may produce a 5xx: one is a bug or an outage of a dependency.
    this.serverErrorAlarm = operatorAlarm(this, 'ServerErrorAlarm', {
      title: 'Intake API 5xx',
      detail:
        'The intake answered with a server error (5xx): a submission may have been refused, or the function failed. Read the API access logs for the route and status, then the intake function logs.',
      metric: this.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      alarmAction: props.alarmAction,
    });
    this.handlerAlarms = new FunctionAlarms(this, 'HandlerAlarms', {
      fn: this.handler,
      serviceName: 'intake',
      errorsMeaning:
        'The intake function failed outside the app (a secret unreadable at start-up, a timeout, a crash): API Gateway answered those requests with a 5xx, and submissions made then were not accepted.',
      alarmAction: props.alarmAction,
    });
    this.sponsorHandlerAlarms = new FunctionAlarms(this, 'SponsorHandlerAlarms', {
      fn: this.sponsorHandler,
      serviceName: 'sponsor',
      errorsMeaning:
        "The sponsors' function failed outside the app (the link-signing key unreadable at start-up, a timeout, a crash): API Gateway answered those requests with a 5xx, so a sponsor could not open, acknowledge or answer an escalation, or read a digest.",
      alarmAction: props.alarmAction,
    });
  }
}
