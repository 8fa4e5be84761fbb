import type { CatalogueBase } from './catalogue';

/**
 * English: the reference catalogue. Its message keys are the key set every
 * other language must translate. Templates: see `message-format.ts`.
 *
 * SMS messages come in variants, longest first (`.full`, `.short`, …): the
 * reply is the first that fits two segments (see `shared/domain/sms-replies.ts`).
 */
export const en = {
  language: 'en',
  name: 'English',
  direction: 'ltr',
  keywords: { help: ['HELP', 'INFO'], status: ['STATUS'], urgent: ['URGENT'], reply: ['REPLY'] },
  messages: {
    'sms.accepted.full':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for the leader responsible.} other {Thank you. Your case code is {code}.}} Text STATUS {code} to follow it. Your number is not kept.',
    'sms.accepted.short':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for the leader responsible.} other {Thank you. Your case code is {code}.}} Text STATUS {code} to follow it.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for the leader responsible.} other {Thank you. Your case code is {code}.}} Pictures are not kept (they can identify people), only your words. Text STATUS {code} to follow it.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for the leader responsible.} other {Thank you. Your case code is {code}.}} Pictures are not kept, only your words. Text STATUS {code} to follow it.',
    'sms.help.full':
      '{program}: anonymous feedback to {organisation}. Text us your views; STATUS <code> checks a case. Your number is not kept. Reply STOP to stop.',
    'sms.help.short':
      '{program}: anonymous feedback. Text us your views; STATUS <code> checks a case. Your number is not kept. Reply STOP to stop.',
    'sms.help.minimal': '{program}: anonymous feedback. Your number is not kept. Reply STOP to stop.',
    'sms.throttled':
      'You have sent a lot of messages this hour, so this one was not saved. Please try again in an hour.',
    'sms.questionsThrottled':
      'You have asked a lot of questions this hour, so this one was not answered. Please try again in an hour.',
    'sms.empty': 'Your message was empty. Text your feedback in words; it is anonymous. Reply HELP for help.',
    'sms.picturesOnly':
      'Pictures are not accepted (they can identify people), so nothing was saved. Please text your feedback in words.',
    'sms.urgentOnly': 'To mark feedback urgent, text URGENT followed by what is happening, in one message.',
    'sms.tooLong':
      'Too long to save: keep it under {max, plural, one {# character} other {# characters}} (fewer with emoji) or send it in parts. Nothing was saved.',
    'sms.unknownSite.list':
      'There is no site #{tag}, so this was not saved. Start with one of {tags} or leave the tag out.',
    'sms.unknownSite.plain': 'There is no such site, so this was not saved. Send it again without the #tag.',
    'sms.statusUsage': 'To follow a case, text STATUS and its code, for example STATUS {example}.',
    'sms.unknownCase': 'No case has that code. Check it and text STATUS and the code again.',
    'sms.unavailable': 'Sorry, we could not save your message just now. Please send it again in a few minutes.',
    'sms.unreadable':
      'Sorry, we could not read that message, so nothing was saved. Please send it again as plain text.',
    'sms.busy':
      'We are getting a lot of messages right now, so yours was not saved. Please send it again in a few minutes.',
    'sms.status':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} escalated {passed to the leader responsible} acknowledged {acknowledged by the leader responsible} other {answered}}.',
    'sms.statusWithResponse':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} escalated {passed to the leader responsible} acknowledged {acknowledged by the leader responsible} other {answered}}. The response: {response}',
    'sms.answerSent':
      'Thank you. Your answer on case {code} was sent; names are removed before it is read. Text STATUS {code} for replies.',
    'sms.noConversation':
      'Case {code} has no conversation: only a case passed to a senior leader can be answered. Send new feedback without the code.',
    'sms.threadFull':
      'The conversation on case {code} is full, so your answer was not saved. Please send new feedback instead.',
    'sms.replyUsage':
      'To answer, text REPLY, the case code and your answer, for example REPLY {example} it was the night shift.',
    'sms.statusWithMessage':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} escalated {passed to the leader responsible} acknowledged {acknowledged by the leader responsible} other {answered}}. New message: {message} To answer, text {code} and your answer.',
  },
} as const satisfies CatalogueBase & { messages: Record<string, string> };
