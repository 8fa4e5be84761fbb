import type { AppError } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/catalogue';
import { CASE_CLOSED, NO_CONVERSATION, THREAD_FULL } from '../../shared/use-cases/case-conversation';
import { NO_SUCH_CASE } from '../../shared/use-cases/get-case-status';

/*
 * What a refusal says to the person who meets it, in their language: the
 * catalogue's words, chosen by what went wrong (its code, or one of the
 * use cases' own refusals below), never the error's own message, which is
 * English and written for developers. Pages and JSON answers both use these.
 */

/** Refusals the use cases make in words of their own, and the catalogue's words for each. */
const KNOWN_MESSAGES = new Map<string, MessageKey>([
  [NO_SUCH_CASE, 'web.lookup.noSuchCase'],
  [NO_CONVERSATION, 'web.error.noConversation'],
  [THREAD_FULL, 'web.status.error.full'],
  [CASE_CLOSED, 'web.status.closed'],
]);

/** The catalogue's words for one of the use cases' own refusals (`message` as the use case wrote it), if it is one. */
export const knownRefusal = (message: string): MessageKey | undefined => KNOWN_MESSAGES.get(message);

/** The example code in messages that show what a case code looks like. */
export const EXAMPLE = { example: '7KQ4M-XW9TR' };

/**
 * What an employee is told, in their language: chosen by what went wrong,
 * never taken from the error's own (English, developer-facing) message.
 */
export function forEmployees(error: AppError | undefined): MessageKey {
  if (!error) return 'web.error.internal';
  const known = knownRefusal(error.message);
  if (known) return known;
  switch (error.code) {
    case 'not_found':
      return 'web.error.notFound';
    case 'too_large':
      return 'web.error.tooLarge';
    case 'unsupported_media_type':
      return 'web.error.notOurForm';
    case 'invalid_input':
      return 'web.error.unreadable';
    case 'idempotency_key_reused':
      return 'web.error.reused';
    case 'too_many_requests':
      return 'web.error.busy';
    case 'unavailable':
      return 'web.error.unavailable';
    default:
      return 'web.error.notAllowed';
  }
}

/**
 * Why a sponsor's page could not be shown, as the sponsors' catalogue says
 * it (`sponsor.error`): chosen by what went wrong, never the error's own
 * (English, developer-facing) message. Undefined for a refusal no case
 * covers, whose own message an English reader is shown as it is.
 */
export function forSponsors(error: AppError | undefined): string | undefined {
  if (!error) return 'other';
  if (error.code === 'link_expired') return 'expired';
  if (error.code.startsWith('link_')) {
    if ('reason' in error && error.reason === 'moved') return 'moved'; // LinkRefusedError, not imported: the intake never refuses a link
    if ('reason' in error && error.reason === 'replaced') return 'replaced'; // a case link sent before a desk key was re-issued
    if (error.message.startsWith('This desk link has been replaced')) return 'replaced';
    return 'invalid';
  }
  switch (error.code) {
    case 'not_found':
      if (error.message.startsWith('There is no such case on your desk')) return 'not-on-desk';
      return error.message.startsWith('No digest has been published') ? 'no-digest' : 'not-found';
    case 'too_large':
      return 'too-large';
    case 'unsupported_media_type':
      return 'not-our-form';
    case 'invalid_input':
      return 'unreadable';
    case 'too_many_requests':
      return 'busy';
    case 'unavailable':
      return 'unavailable';
    default:
      return undefined;
  }
}
