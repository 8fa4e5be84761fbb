import { hourStamp } from '../shared/domain/escalation';
import { weekBoundaryAtOrAfter } from '../shared/domain/iso-week';
import type { AnswerNotices, HeldAnswers } from '../shared/ports/answer-notices';
import type { Clock } from '../shared/ports/clock';
import type { SealedWaitingRoom } from './sealed-waiting-room';

/** How long a sent notice is remembered: past the fortnight a copy of its answer can still come in (a dead-letter queue's). */
const TOLD_FOR_MS = 15 * 86_400_000;

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
    // A copy of an answer whose notice is held (under any hour) or was sent: nothing is held or told again.
    if (answerId && this.told(answerId)) return;
    this.room.changeNotices((notices) => {
      if (answerId && notices.some((n) => n.answerIds?.includes(answerId))) return notices;
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
    const held = this.room
      .notices()
      .filter((n) => n.hour < before && n.expiresAt * 1000 > now)
      .slice(0, limit)
      .map((n) => {
        // Ids go with their answers (both appended together) unless an answer came without one.
        const aligned = n.answerIds?.length === n.answers.length;
        const keep = n.answers.map((_, i) => !aligned || !this.told(n.answerIds![i]!));
        const ids = aligned ? n.answerIds!.filter((_, i) => keep[i]) : (n.answerIds ?? []);
        return {
          escalationId: n.escalationId,
          batch: n.hour,
          answers: n.answers.filter((_, i) => keep[i]),
          ...(ids.length ? { answerIds: [...ids].sort() } : {}),
          ...(n.named.length ? { named: [...n.named] } : {}),
        };
      });
    // Held only by copies of answers already told (none can be now, but an older room may hold one): forgotten.
    for (const told of held.filter((n) => n.answers.length === 0)) this.forgetNotice(told);
    return held.filter((n) => n.answers.length > 0);
  }

  /** Whether this answer's notice was sent, as far as a copy of it can still come. */
  private told(answerId: string): boolean {
    const now = this.clock.now().getTime();
    return this.room.told().some((t) => t.answerId === answerId && t.expiresAt * 1000 > now);
  }

  private forgetNotice(held: Pick<HeldAnswers, 'escalationId' | 'batch'>): void {
    this.room.changeNotices((notices) =>
      notices.filter((n) => !(n.escalationId === held.escalationId && n.hour === held.batch)),
    );
  }

  async namedWaiting(escalationId: string): Promise<string[]> {
    const named = this.room
      .notices()
      .filter((n) => n.escalationId === escalationId)
      .flatMap((n) => n.named);
    return [...new Set(named)].sort();
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'batch' | 'page' | 'answerIds'>): Promise<void> {
    // Noted before the notice goes: a copy coming after finds its answer told.
    if (held.answerIds?.length) {
      const until = Math.floor(
        weekBoundaryAtOrAfter(new Date(this.clock.now().getTime() + TOLD_FOR_MS)).getTime() / 1000,
      );
      this.room.noteTold(held.answerIds, until, this.clock.now().getTime());
    }
    this.forgetNotice(held);
  }
}
