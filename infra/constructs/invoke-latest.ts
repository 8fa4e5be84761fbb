import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IScheduleTarget } from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase, type ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';

/**
 * `LambdaInvoke` from `aws-scheduler-targets`, but the scheduler's role may
 * invoke the function's unqualified ARN only: `grantInvoke` would add every
 * version and alias (`<arn>:*`), which a schedule never calls. Each target
 * function gets a scheduler role of its own.
 *
 * @example
 * new Schedule(this, 'Schedule', { schedule: ScheduleExpression.rate(Duration.minutes(5)), target: new InvokeLatest(fn, { retryAttempts: 3 }) });
 */
export class InvokeLatest extends ScheduleTargetBase implements IScheduleTarget {
  constructor(
    private readonly fn: IFunction,
    props: ScheduleTargetBaseProps = {},
  ) {
    super(props, fn.functionArn);
  }

  protected addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }),
    );
  }
}
