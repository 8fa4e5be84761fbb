import { hourStamp } from '../shared/domain/escalation';
import { weekBoundaryAtOrAfter } from '../shared/domain/iso-week';
import type { AnswerNotices, HeldAnswers } from '../shared/ports/answer-notices';
import type { Clock } from '../shared/ports/clock';
import type { SealedWaitingRoom } from './sealed-waiting-room';

/**
 * On a laptop, the answers' emails wait for their hour in the sealed room,
 * not in dynalite (see `SealedWaitingRoom`: its files keep the order of
 * writes). Kept under their hour, which the room may hold (it is what the
 * email, sent after it, tells anyway): so a sweep that runs late still
 * sends every hour that is over, not only the one before.
 */
export class RoomAnswerNotices implements AnswerNotices {
  constructor(
    private readonly room: SealedWaitingRoom,
    private readonly clock: Clock,
  ) {}

  async hold(
    escalationId: string,
    hour: string,
    answer: string,
    expiresAt: Date,
    named: readonly string[] = [],
    answerId?: string,
  ) {
    const at = hourStamp(new Date(hour));
    const ids = answerId ? [answerId] : [];
    this.room.changeNotices((notices) => {
      const found = notices.find((n) => n.escalationId === escalationId && n.hour === at);
      if (found) {
        if (answerId && found.answerIds?.includes(answerId)) return notices; // a redelivered notice: held once
        found.answers.push(answer);
        found.answerIds = [...(found.answerIds ?? []), ...ids];
        found.named = [...new Set([...found.named, ...named])].sort();
        return notices;
      }
      const expires = Math.floor(weekBoundaryAtOrAfter(expiresAt).getTime() / 1000);
      return [
        ...notices,
        {
          escalationId,
          hour: at,
          answers: [answer],
          ...(ids.length ? { answerIds: ids } : {}),
          named: [...new Set(named)].sort(),
          expiresAt: expires,
        },
      ];
    });
  }

  async heldBefore(hour: string, limit: number): Promise<HeldAnswers[]> {
    const now = this.clock.now().getTime();
    const before = hourStamp(new Date(hour));
    return this.room
      .notices()
      .filter((n) => n.hour < before && n.expiresAt * 1000 > now)
      .slice(0, limit)
      .map((n) => ({
        escalationId: n.escalationId,
        batch: n.hour,
        answers: [...n.answers],
        ...(n.answerIds?.length ? { answerIds: [...n.answerIds].sort() } : {}),
        ...(n.named.length ? { named: [...n.named] } : {}),
      }));
  }

  async namedWaiting(escalationId: string): Promise<string[]> {
    const named = this.room
      .notices()
      .filter((n) => n.escalationId === escalationId)
      .flatMap((n) => n.named);
    return [...new Set(named)].sort();
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'batch' | 'page'>): Promise<void> {
    this.room.changeNotices((notices) =>
      notices.filter((n) => !(n.escalationId === held.escalationId && n.hour === held.batch)),
    );
  }
}
