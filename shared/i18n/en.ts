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
  keywords: {
    help: ['HELP', 'INFO'],
    status: ['STATUS'],
    urgent: ['URGENT'],
    reply: ['REPLY', 'ANSWER', 'RESPOND', 'RESPONSE'],
  },
  moments: {
    day: '{weekday}, {month} {date}, {year}',
    time: '{minute, select, 00 {{hour} {period}} other {{hour}:{minute} {period}}}',
    moment: '{day} at {time} {zone}',
  },
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
    'sms.caseClosed':
      'Case {code} is closed, so your answer was not sent. If there is something new, please send new feedback.',
    'sms.replyUsage':
      'To answer, text REPLY, the case code and your answer, for example REPLY {example} it was the night shift.',
    'sms.statusWithMessage':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} escalated {passed to the leader responsible} acknowledged {acknowledged by the leader responsible} other {answered}}. New message: {message} To answer, text {code} and your answer.',
    'sms.overdue':
      'Case {code}: {deadline, select, acknowledge {it was not acknowledged in the time the law allows} other {you were not told what is being done in the time the law allows}}, so it has been passed to the leadership team, who are following it up.',
    // --- The kiosk (functions/intake/kiosk/): its page and script read these; keep them together. ---
    'kiosk.title': 'Feedback kiosk · {program}',
    'kiosk.manifest.description': 'Tell us how things are at work: one tap, anonymous.',
    'kiosk.manifest.shortName': 'Feedback',
    'kiosk.loading': 'Getting ready…',
    'kiosk.noScript': 'This kiosk needs JavaScript. To give feedback without it, use the web form at /.',
    'kiosk.languages': 'Language',
    'kiosk.start.question': 'How are things at work today?',
    'kiosk.start.anonymous': 'Anonymous: nothing about you is recorded.',
    'kiosk.rating.1': 'Very unhappy',
    'kiosk.rating.2': 'Unhappy',
    'kiosk.rating.3': 'Happy',
    'kiosk.rating.4': 'Very happy',
    'kiosk.details.title': 'Thank you. Anything to add?',
    'kiosk.details.chosen': 'You chose {choice}. Add more if you like, or just press Send.',
    'kiosk.details.topics': 'What is it about? (optional)',
    'kiosk.details.comment': 'Comment (optional)',
    'kiosk.details.commentHint': 'Please leave out names. Up to {max, plural, one {# character} other {# characters}}.',
    'kiosk.details.checkPreview': 'Check what will be removed',
    'kiosk.details.urgent': 'This is urgent: ask a senior leader to look at it now',
    'kiosk.details.aboutManagement': 'This is about my management: send it to someone above them',
    'kiosk.details.send': 'Send',
    'kiosk.details.back': 'Back',
    'kiosk.preview.empty': 'Write a comment first, then check it.',
    'kiosk.preview.checking': 'Checking…',
    'kiosk.preview.nothing':
      'We found no names or numbers to remove. Check that nothing else points to you or someone else.',
    'kiosk.preview.intro': 'Before anyone reads it:',
    'kiosk.preview.change': '‘{original}’ will be replaced by {replacement}',
    'kiosk.preview.offline':
      'This check needs the connection. Your comment is still cleaned of names and numbers before anyone reads it.',
    'kiosk.preview.busy':
      'Many comments are being checked right now. Try again in a moment, or send yours as it is: it is cleaned of names and numbers before anyone reads it.',
    'kiosk.preview.failed':
      'This check is not available just now. Your comment is still cleaned of names and numbers before anyone reads it.',
    'kiosk.thanks.title': 'Thank you',
    'kiosk.thanks.codeIntro': 'Your case code is',
    'kiosk.thanks.followUp': 'To follow it up, note the code and visit {address} from any phone or computer.',
    'kiosk.thanks.saved':
      'Your feedback is saved on this tablet and will be sent as soon as the connection allows. A case code needs the connection, so there is none this time.',
    'kiosk.thanks.done': 'Done',
    'kiosk.network.offline': 'Offline. You can still give feedback: it is saved here and sent later.',
    'kiosk.network.offlineSaved':
      'Offline. {count, plural, one {One piece of feedback is saved} other {# pieces of feedback are saved}} on this tablet, to be sent when the connection is back.',
    'kiosk.network.sending':
      'Sending {count, plural, one {the piece of feedback saved} other {the # pieces of feedback saved}} on this tablet…',
    'kiosk.setup.title': 'This tablet is not set up yet',
    'kiosk.setup.body':
      'It cannot take feedback until it is. Please tell whoever looks after the tablets here; you can still send feedback from your own phone or by text message.',
    // The employee's web pages (form, receipt, status, errors). HTML parameters ({link}, {code} in bold, …) are whole elements put in by the page.
    'web.page.title': '{title} · {program}',
    'web.page.errorTitle': 'Error: {title}',
    'web.page.skip': 'Skip to content',
    'web.page.languages': 'Language',
    'web.page.footer.employee':
      'Anonymous: we do not record who you are, your IP address or your device. Please leave out names and details that could identify you or others.',
    'web.page.footer.sponsor':
      'This page is for you alone: please do not forward its link. Nothing here says who wrote the feedback, and nothing should try to find out.',
    'web.problem': 'There is a problem',
    'web.sendMore': 'Send more feedback',
    'web.form.title': 'Send feedback',
    'web.form.heading': 'Tell us what is on your mind',
    'web.form.lead': 'Praise, problems, ideas: it goes to the leaders who can act on it, without your name.',
    'web.form.text': 'Your feedback',
    'web.form.textHint':
      'Up to {max, plural, one {# character} other {# characters}}. Names and phone numbers are removed before anyone reads it.',
    'web.form.optional': '(optional)',
    'web.form.site': 'Where do you work? {optional}',
    'web.form.siteNone': 'Prefer not to say',
    'web.form.topic': 'What is it about? {optional}',
    'web.form.topicNone': 'Not sure / something else',
    'web.form.escalate': 'This is urgent: ask a senior leader to look at it now',
    'web.form.aboutManagement': 'This is about my management',
    'web.form.aboutManagementHint':
      'It then goes to someone above them, never to the leader who would normally read it.',
    'web.form.send': 'Send anonymously',
    'web.form.check': 'Check what will be removed',
    'web.form.follow': 'Already sent something? {link}.',
    'web.form.followLink': 'Check its status with your case code',
    'web.form.error.empty': 'Write your feedback in the box before sending it.',
    'web.form.error.tooLong':
      'Your feedback is too long for one message. Please shorten it to {max, plural, one {# character} other {# characters}} or fewer (emoji and some letters count as more than one), or send it in two parts.',
    'web.form.error.site': 'Choose where you work from the list, or “Prefer not to say”.',
    'web.form.error.topic': 'Choose a topic from the list, or “Not sure / something else”.',
    'web.form.error.escalate': 'Tick the urgent box, or leave it empty.',
    'web.form.error.busy':
      'A lot of feedback is arriving right now, so yours was not sent. Please wait a moment and send it again; what you wrote is still here.',
    'web.form.error.unavailable':
      'Your feedback could not be saved just now. Please send it again in a few minutes; what you wrote is still here.',
    'web.form.error.unreadable': 'Part of what was sent could not be read. Please check the form and send it again.',
    'web.preview.heading': 'Before you send',
    'web.preview.changes': 'These details will be removed before anyone reads your feedback:',
    'web.preview.change': '‘{original}’ will be replaced by {replacement}',
    'web.preview.none':
      'We found no names, phone numbers or other personal details to remove. Please check that nothing else in it points to you or to someone else.',
    'web.preview.readAs': 'What will be read:',
    'web.preview.nothingSent': 'Nothing has been sent or kept yet. Change your text below if you want, then send it.',
    'web.redacted':
      '[{kind, select, NAME {NAME} PHONE {PHONE} EMAIL {EMAIL} ADDRESS {ADDRESS} ID {ID} URL {URL} PLATE {PLATE} other {REMOVED}}]',
    'web.receipt.title': 'Feedback received',
    'web.receipt.heading': 'Thank you, we have it',
    'web.receipt.receipt': 'Your receipt',
    'web.receipt.codeIs': 'Your case code is',
    'web.receipt.codeLabel': 'Case code {spelled}',
    'web.receipt.copy': 'Copy the code',
    'web.receipt.print': 'Print this receipt',
    'web.receipt.copied': 'Copied. Paste it somewhere only you can see.',
    'web.receipt.copyFailed':
      'Your browser did not let us copy it: the code is selected, so copy it yourself, or write it down.',
    'web.receipt.keepSafe': 'Keep this code safe. If you lose it, it cannot be recovered.',
    'web.receipt.whyLost':
      'We do not know who you are, so nobody, not even the people who run {program}, can look it up or send it to you again.',
    'web.receipt.next': 'What happens next',
    'web.receipt.nextRead':
      'Within a few minutes your feedback is read: names and other personal details are removed, and it is sorted by topic.',
    'web.receipt.nextReport':
      'It counts in the report the leadership team receives every {day}, together with everyone else’s feedback.',
    'web.receipt.nextUrgent':
      'If it is urgent, or you asked for it to be, it goes to a senior leader, who is asked to acknowledge it within {urgent} ({standard} for other matters passed to them) and must by law within {legal} at the latest, then tell you what is being done within {feedback} of that at the latest. Their answer appears with your case.',
    'web.receipt.follow': 'How to follow it',
    'web.receipt.followWeb': 'On the web: open {link}.',
    'web.receipt.followSms': 'By text message: send {command} to {number}.',
    'web.receipt.followSmsSites': 'By text message: send {command} to your site’s number:',
    'web.receipt.smsNumber': '{site}: {number}',
    'web.receipt.printNote': 'This receipt does not say who you are, what you wrote or when.',
    'web.receipt.noPrinter':
      'No printer? Write the code down or take a picture of it; your browser’s Print command also prints this receipt alone.',
    'web.receipt.seeStatus': 'See the status of this case',
    'web.status.title': 'Case {code}',
    'web.status.step':
      '{status, select, received {Received} analysed {Read and sorted by topic} escalated {Passed to a senior leader} acknowledged {Acknowledged by that leader} other {Answered}}',
    'web.status.reached': '(done)',
    'web.status.now':
      'Status: {status, select, received {Received} analysed {Read and sorted by topic} escalated {Passed to a senior leader} acknowledged {Acknowledged by that leader} other {Answered}}',
    'web.status.next':
      '{status, select, received {It will be read in a moment: personal details are removed and it is sorted by topic. If it is urgent, or you asked for it to be, it then goes straight to a senior leader, who can answer you here.} analysed {Like most feedback, it now counts in the weekly report the leadership team reads, with everyone else’s. It does not get a personal answer: that happens only when something urgent is passed to a senior leader.} escalated {A senior leader has it and is asked to acknowledge it within {urgent} if it is urgent ({standard} otherwise). Any answer they write will appear on this page.} acknowledged {The senior leader has read it. Any answer they write will appear on this page.} other {The senior leader has answered; their answer is below.}}',
    'web.status.acknowledgeBy': 'It will be acknowledged by {day} at the latest.',
    'web.status.feedbackBy': 'You will hear what is being done by {day} at the latest.',
    'web.status.overdue':
      '{deadline, select, acknowledge {It should have been acknowledged by {day}.} other {You should have been told what is being done by {day}.}} That deadline has passed, so the case has been passed to the leadership team, who are following it up.',
    'web.status.response': 'Answer from the senior leader',
    'web.status.conversation': 'Conversation with the senior leader',
    'web.status.newMessage':
      '{count, plural, one {There is a new message for you.} other {There are # new messages for you.}}',
    'web.status.sent':
      'Your answer was sent. Personal details are removed before the senior leader reads it; it appears here in a moment.',
    'web.status.nothingYet':
      'The senior leader has not written here yet. If you want to add something to your case, write it below: they will read it.',
    'web.status.answer': 'Your answer',
    'web.status.answerHint':
      'Anonymous, like your feedback: names and other personal details are removed before anyone reads it. Up to {max, plural, one {# character} other {# characters}}.',
    'web.status.sendAnswer': 'Send answer',
    'web.status.answerBySms': 'By text message: send {code} followed by your answer.',
    'web.status.error.empty': 'Write your answer in the box before sending it.',
    'web.status.error.tooLong':
      'Your answer is too long for one message. Please shorten it to {max, plural, one {# character} other {# characters}} or fewer, or send it in two parts.',
    'web.status.error.full':
      'This conversation has reached its length limit, so nothing more can be added. Send new feedback instead.',
    'web.status.closed':
      'This case is closed: the senior leader has finished with it, so nothing more can be added here. If there is something new, send new feedback.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {You} other {The senior leader}}} other {{reader, select, sponsor {The employee} other {You}}}}',
    'web.thread.meta': '{who}, {day}',
    'web.thread.none': 'No messages yet.',
    'web.thread.waiting':
      'On its way: the senior leader receives it when this hour is over, so its time does not identify you.',
    'web.lookup.title': 'Check a case',
    'web.lookup.code': 'Case code',
    'web.lookup.hint': 'Ten letters and digits, like {example}.',
    'web.lookup.check': 'Check',
    'web.lookup.noSuchCase': 'No case has that code. Check it (ten letters and digits, like {example}) and try again.',
    'web.error.title':
      '{status, select, 400 {Something needs fixing} 401 {Not signed in} 403 {Not allowed} 404 {Not found} 409 {Already sent with other words} 413 {Too long} 415 {Not a form we understand} 429 {Too busy right now} 503 {Please try again} other {Something went wrong}}',
    'web.error.notFound': 'There is no page at this address. Check the link, or start again from the feedback form.',
    'web.error.tooLarge': 'What you sent is too long. Please go back, shorten it, and send it again.',
    'web.error.notOurForm':
      'That did not come from one of our forms. Please go back to the form and send it from there.',
    'web.error.unreadable': 'Part of what was sent could not be read. Please go back to the form and try again.',
    'web.error.notAllowed': 'This page cannot be opened this way. Please start again from the feedback form.',
    'web.error.reused': 'This was already sent with other words. Please go back to the form and send it again.',
    'web.error.busy': 'A lot of people are using this right now. Please wait a moment and try again.',
    'web.error.unavailable': 'This could not be done just now. Please try again in a few minutes.',
    'web.error.internal': 'Something went wrong on our side; nothing you sent was kept.',
    'web.error.noConversation':
      'This case has no conversation: only a case passed to a senior leader can be answered. Send new feedback instead.',
    'web.error.back': 'Back to the feedback form',
  },
} as const satisfies CatalogueBase & { messages: Record<string, string> };
