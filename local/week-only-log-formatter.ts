import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { isoWeekOf } from '../shared/domain/iso-week';

/**
 * Log lines of the local stack carry the ISO week, not the moment. dynalite
 * keeps its writes in order on disk, so a console log saved with
 * millisecond timestamps could be lined up with that order and date every
 * case (anonymity promise 3). On AWS the table keeps no write order, and
 * CloudWatch stamps each line itself; there the logs simply name no case.
 */
export class WeekOnlyLogFormatter extends LogFormatter {
  override formatTimestamp(now: Date): string {
    return isoWeekOf(now, 'UTC');
  }

  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
      },
    }).addAttributes(additional);
  }
}
