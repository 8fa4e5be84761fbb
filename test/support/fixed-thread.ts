import type { CaseThread, ThreadMessage, ThreadSummary } from '../../shared/ports/case-thread';

/**
 * A conversation that holds `messages` and never changes: all an employee's status page reads of a case. Every
 * write is accepted and forgotten; `appended` counts the answers the page tried to add, so a test can tell that
 * nothing was sent. `summary` is what the thread's head says (urgent, closed …), `waiting` the employee's answers
 * still within their hour.
 */
export function fixedThread(
  messages: ThreadMessage[],
  { summary = {}, waiting = [] }: { summary?: Partial<ThreadSummary>; waiting?: ThreadMessage[] } = {},
): CaseThread & { appended: number } {
  const thread = {
    appended: 0,
    append: async () => {
      thread.appended += 1;
      return undefined;
    },
    list: async () => messages,
    waiting: async () => waiting,
    placeWaiting: async () => ({ placed: 0, failed: 0 }),
    summary: async () => ({
      messages: messages.length + waiting.length,
      newForSponsor: false,
      newForEmployee: false,
      ...summary,
    }),
    markRead: async () => {},
    setDeadline: async () => {},
    markUrgent: async () => {},
    close: async () => {},
    reopen: async () => {},
    deadlinePassed: async () => {},
    clearDeadline: async () => {},
  };
  return thread;
}
