import type { CatalogueBase } from '../catalogue';

/**
 * English: the reference catalogue. Its keys (`messages`, `sponsor`,
 * `digest`) are the key set every other language must translate. Templates: see `message-format.ts`.
 *
 * SMS messages come in variants, longest first (`.full`, `.short`, …): the
 * reply is the first that fits two segments (see `shared/domain/sms-replies.ts`).
 */
export const en = {
  language: 'en',
  name: 'English',
  direction: 'ltr',
  // How a list of names is quoted when a name holds the list's own "and" (`shared/i18n/name-list.ts`).
  quotes: ['“', '”'],
  keywords: {
    help: ['HELP', 'INFO'],
    status: ['STATUS'],
    urgent: ['URGENT'],
    reply: ['REPLY', 'ANSWER', 'RESPOND', 'RESPONSE'],
    object: ['CONFLICT'],
  },
  moments: {
    day: '{weekday}, {month} {date}, {year}',
    time: '{minute, select, 00 {{hour} {period}} other {{hour}:{minute} {period}}}',
    moment: '{day} at {time} {zone}',
    deadline: '{end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}',
  },
  messages: {
    'emergency.callNumber': 'If you or someone else is in danger now, call {number}.',
    'emergency.callLocal': 'If you or someone else is in danger now, call your local emergency number.',
    'report.notSaved': 'Your report was NOT saved.',
    'sms.accepted.full':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for a senior leader.} other {Thank you. Your case code is {code}.}} Text STATUS {code} to follow it. Your number is not kept.',
    'sms.accepted.short':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent.} other {Thank you. Your case code is {code}.}} Text STATUS {code} to follow it. Your number is not kept.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for a senior leader.} other {Thank you. Your case code is {code}.}} Only your words are kept, not pictures (they can identify people) or your number. Text STATUS {code} to follow it.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Thank you. Case {code} is marked urgent for a senior leader.} other {Thank you. Your case code is {code}.}} Pictures and your number are not kept. Text STATUS {code} to follow it.',
    'sms.help.full':
      '{program}: anonymous feedback to {organisation}. Text us your views; STATUS <code> checks a case. Your number is not kept. Reply STOP to stop.',
    'sms.help.short':
      '{program}: anonymous feedback. Text us your views; STATUS <code> checks a case. Your number is not kept. Reply STOP to stop.',
    'sms.help.minimal': '{program}: anonymous feedback. Your number is not kept. Reply STOP to stop.',
    'sms.throttled':
      'You have sent a lot of messages this hour, so this one was not saved. Please try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'sms.throttledLastHour':
      'You had sent a lot of messages in the hour this one came in, so it was not saved. That hour is over: you can send it again now.',
    'sms.questionsThrottledLastHour':
      'You had asked a lot of questions in the hour this one came in, so it was not answered. That hour is over: you can ask again now.',
    'sms.questionsThrottled':
      'You have asked a lot of questions this hour, so this one was not answered. Please try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'sms.noWords':
      'Your message had no words, so nothing was saved. Text your feedback in words; it is anonymous. Reply HELP for help.',
    'sms.empty': 'Your message was empty. Text your feedback in words; it is anonymous. Reply HELP for help.',
    'sms.picturesOnly':
      'Pictures are not accepted (they can identify people), so nothing was saved. Please text your feedback in words. Your number is not kept.',
    'sms.optOutHow': 'Nothing was saved. To stop getting texts from this number, reply STOP.',
    'sms.nothingAfter': 'Nothing was saved: write your feedback after {start}, in the same message.',
    'sms.urgentOnly': 'To mark feedback urgent, text URGENT followed by what is happening, in one message.',
    'sms.tooLong':
      'Too long to save: keep it under {max, plural, one {# character} other {# characters}} (fewer with emoji) or send it in parts. Nothing was saved.',
    'sms.unknownSite.list':
      'We did not recognise the site {tag}; your message was saved all the same. Site tags: {tags}',
    'sms.unknownSite.plain': 'We did not recognise the site {tag}; your message was saved all the same.',
    'sms.statusUsage': 'To follow a case, text STATUS and its code, for example STATUS {example}.',
    'sms.codeLeftOut':
      'Case codes never have 0, O, 1, I or L: check the code for a letter that looks like one of them (Q, D, J, T or 7) and text STATUS and the code again.',
    'sms.notACode':
      'That is not how a case code looks: it has ten letters and digits, like {example}. Check it and text STATUS and the code again.',
    'sms.unknownCase': 'No case has that code. Check it and text STATUS and the code again.',
    'sms.wordsKept':
      '{urgent, select, yes {Your words were saved as new feedback, case {code}, marked urgent.} other {Your words were saved as new feedback, case {code}.}} Text STATUS {code} to follow it.',
    'sms.courtesyOnly':
      'Nothing was saved from this message. To send feedback, text it in words; to follow a case, text STATUS and its code.',
    'sms.courtesyAfterOpener':
      'Nothing was saved yet: text what is happening, in words, and it will be marked as you asked.',
    'sms.unavailable': 'Sorry, we could not save your message just now. Please send it again in a few minutes.',
    'sms.unreadable':
      'Sorry, we could not read that message, so nothing was saved. Please send it again as plain text.',
    'sms.busy':
      'We are getting a lot of messages right now, so yours was not saved. Please send it again in a few minutes.',
    'sms.status':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} forwarding {being passed to a senior leader} escalated {passed to a senior leader} acknowledged {acknowledged by that leader} closed {closed by that leader} other {answered}}.',
    'sms.statusWithResponse':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} forwarding {being passed to a senior leader} escalated {passed to a senior leader} acknowledged {acknowledged by that leader} closed {closed by that leader} other {answered}}. The response: {response}',
    'sms.answerSentNow':
      'Thank you. Your answer on case {code} was sent to the senior leader now; names are removed before it is read. Text STATUS {code} for replies.',
    'sms.answerHeld':
      'Not sent yet: your answer on case {code} says "{phrase}", which may show who you are. To send it as it is, text {code} SEND. To change it, text {code} and your new answer.',
    'sms.answerHeldShort':
      'Not sent yet: your answer on case {code} may show who you are. To send it as it is, text {code} SEND. To change it, text {code} and your new answer.',
    'sms.nothingHeld': 'No answer on case {code} is waiting to be sent. To answer, text {code} and your answer.',
    'sms.answerSentByTheHour':
      'Thank you. Your answer on case {code} was sent; it reaches the senior leader by the end of this hour, or at once if it is urgent. Text STATUS {code} for replies.',
    'sms.answerSent':
      'Thank you. Your answer on case {code} was sent; names are removed before it is read. Text STATUS {code} for replies.',
    'sms.detailsWithCase':
      'Thank you. Your words were added to case {code} and are read with it; names are removed first. Text STATUS {code} for replies.',
    'sms.courtesyKept':
      'Thank you. Your message is kept on case {code}, where the senior leader handling it sees it. Text STATUS {code} for replies.',
    'sms.detailsOwnReport':
      '{because, select, closed {Case {earlier} was closed, so} full {The conversation on case {earlier} is full, so} twoReports {You sent more than one urgent report just now, so} other {Case {earlier} is still on its way to a senior leader, so}} your words were sent at once as a new urgent report: case {code}. {because, select, twoReports {To add to one report, text its code and your words.} other {Text STATUS {code} to follow it.}}',
    'sms.picturesNotKept': 'Only your words are kept, not pictures (they can identify people).',
    'sms.noConversation':
      'Case {code} has no conversation: only a case passed to a senior leader can be answered. Send new feedback without the code.',
    'sms.threadFull':
      'The conversation on case {code} is full, so your answer was not saved. Please send new feedback instead.',
    'sms.caseClosed':
      'Case {code} is closed, so your answer was not sent. If there is something new, please send new feedback.',
    'sms.objected':
      'Thank you. At the end of this hour case {code} goes to someone else, and the person handling it can no longer open it.',
    'sms.objectUsage':
      'If your report is about the person handling it, text CONFLICT and the case code, for example CONFLICT {example}.',
    'sms.replyUsage':
      'To answer, text REPLY, the case code and your answer, for example REPLY {example} it was the night shift.',
    'sms.statusWithMessage':
      'Case {code}: {status, select, received {received; it will be read shortly} analysed {read and recorded} forwarding {being passed to a senior leader} escalated {passed to a senior leader} acknowledged {acknowledged by that leader} closed {closed by that leader} other {answered}}. New message: {message} To answer, text {code} and your answer.',
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
    'kiosk.details.count': '{used, number} of {max, number} characters',
    'kiosk.details.tooLong':
      'This is longer than can be sent. Please shorten it to {max, plural, one {# character} other {# characters}} or fewer (emoji count as more than one), or send it in two parts.',
    'kiosk.details.checkPreview': 'Check what will be removed',
    'kiosk.details.urgent': 'This is urgent: ask a senior leader to look at it now',
    'kiosk.details.aboutManagement': 'This is about my management: send it to someone above them',
    'kiosk.details.send': 'Send',
    'kiosk.details.back': 'Back',
    'kiosk.details.keepWriting': 'I am still here',
    'kiosk.details.idleWarning':
      '{urgent, select, yes {Still there? In {seconds} seconds this screen goes back to the start and your report, marked urgent, is sent as it is.} other {Still there? In {seconds} seconds this screen goes back to the start: what you wrote is cleared and not sent, unless it tells of someone in danger, which is passed on.}}',
    'kiosk.preview.empty': 'Write a comment first, then check it.',
    'kiosk.preview.checking': 'Checking…',
    'kiosk.preview.nothing':
      'We found no names or numbers to remove. Check that nothing else points to you or someone else.',
    'kiosk.preview.intro': 'Before anyone reads it:',
    'kiosk.preview.change': '‘{original}’ will be replaced by {replacement}',
    'kiosk.preview.singledOut':
      'These words stay as written, but they fit only one person or very few (you, or someone you write about), so they may help readers guess who wrote this. You can reword them before sending:',
    'kiosk.preview.singledOutItem': '‘{phrase}’',
    'kiosk.preview.offline':
      'This check needs the connection. Your comment is still cleaned of names and numbers before anyone reads it.',
    'kiosk.preview.busy':
      'Many comments are being checked right now. Try again in a moment, or send yours as it is: it is cleaned of names and numbers before anyone reads it.',
    'kiosk.preview.failed':
      'This check is not available just now. Your comment is still cleaned of names and numbers before anyone reads it.',
    'kiosk.thanks.title': 'Thank you',
    'kiosk.thanks.codeIntro': 'Your case code is',
    'kiosk.thanks.followUp': 'To follow it up, note the code and visit {address} from any phone or computer.',
    'kiosk.thanks.followSms': 'Or text {command} to {number}.',
    'kiosk.thanks.smsCommand': 'STATUS {code}',
    'kiosk.thanks.saved':
      'Your feedback is saved on this tablet and will be sent as soon as the connection allows. A case code needs the connection, so there is none this time.',
    'kiosk.thanks.notSaved':
      'Too many reports are arriving right now: yours is NOT saved yet. This tablet keeps it and sends it again in a few minutes, so there is no case code this time.',
    'kiosk.thanks.held':
      'Yours could not be sent as it is, so it is NOT saved yet: it is kept on this tablet. Please tell whoever looks after this tablet.',
    'kiosk.thanks.sentSince': 'The connection is back: your feedback has now been sent.',
    'kiosk.thanks.keepSafe': 'If you lose it, it cannot be recovered.',
    'kiosk.thanks.done': 'Done',
    'kiosk.network.offline': 'Offline. You can still give feedback: it is saved here and sent later.',
    'kiosk.network.offlineSaved':
      'Offline. {count, plural, one {One piece of feedback is saved} other {# pieces of feedback are saved}} on this tablet, to be sent when the connection is back.',
    'kiosk.network.held':
      '{count, plural, one {One piece of feedback could not be sent yet: it is} other {# pieces of feedback could not be sent yet: they are}} kept on this tablet and tried again later. Please tell whoever looks after this tablet.',
    'kiosk.network.notSetUpSaved':
      '{count, plural, one {One piece of feedback is} other {# pieces of feedback are}} kept on this tablet, not sent: it cannot send anything until it is set up again. Please tell whoever looks after this tablet.',
    'kiosk.network.sending':
      'Sending {count, plural, one {the piece of feedback saved} other {the # pieces of feedback saved}} on this tablet…',
    'kiosk.setup.title': 'This tablet is not set up yet',
    'kiosk.setup.body': 'It cannot take feedback until it is. Please tell whoever looks after the tablets here.',
    'kiosk.setup.elsewhere':
      '{sms, select, one {You can still send feedback from your own phone or computer at {address}, or by text message to {number}.} several {You can still send feedback from your own phone or computer at {address}, or by text message to your site’s number:} other {You can still send feedback from your own phone or computer at {address}.}}',
    'kiosk.setup.smsNumber': '{site}: {number}',
    'kiosk.setup.linkUsed':
      'This set-up link has already been used, or is too old. Please ask whoever looks after the tablets for a new link.',
    'kiosk.setup.linkCut':
      'This set-up link is not complete: its end was lost when it was copied. Open the whole link again, or ask whoever looks after the tablets for a new one.',
    'kiosk.setup.waiting':
      'Setting up this tablet: it needs the network once, and will go on by itself as soon as it is back.',
    // The employee's web pages (form, receipt, status, errors). HTML parameters ({link}, {code} in bold, …) are whole elements put in by the page.
    'web.page.title': '{title} · {program}',
    'web.page.characterCount': '{used} of {max} characters',
    'web.page.errorTitle': 'Error: {title}',
    'web.page.skip': 'Skip to content',
    'web.page.notSent':
      'We could not confirm it arrived. Sending it again is safe: it will not be sent twice. What you wrote is still here.',
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
    'web.page.noTrace':
      'Before you type: on a work computer or phone, or on the work Wi-Fi, your employer may be able to see this visit and what you type. To leave no trace, use your own phone, off the work Wi-Fi, or at least a private window.',
    'web.form.error.noWords':
      'Your feedback has no words, only punctuation or symbols. Write what you want to say in words before sending it.',
    'web.form.error.noWordsCheck':
      'Your feedback has no words, only punctuation or symbols. Write what you want to say in words, then check what will be removed.',
    'web.form.error.empty': 'Write your feedback in the box before sending it.',
    'web.form.error.emptyCheck': 'Write your feedback in the box first, then check what will be removed.',
    'web.form.error.tooLong':
      'Your feedback is too long for one message. Please shorten it to {max, plural, one {# character} other {# characters}} or fewer (emoji and some letters count as more than one), or send it in two parts.',
    'web.form.error.tooLongCounted':
      'Your feedback is too long for one message: it counts as {used, plural, one {# character} other {# characters}}, and one message may hold {max, plural, one {# character} other {# characters}} (emoji and some letters count as more than one). Please shorten it by at least {over, plural, one {# character} other {# characters}}, or send it in two parts.',
    'web.form.error.site': 'Choose where you work from the list, or “Prefer not to say”.',
    'web.form.error.topic': 'Choose a topic from the list, or “Not sure / something else”.',
    'web.form.error.escalate': 'Tick the urgent box, or leave it empty.',
    'web.form.error.busy':
      'Your report was NOT saved: a lot of feedback is arriving right now. Please wait a few minutes and send it again; what you wrote is still here.',
    'web.form.error.unavailable':
      'Your feedback could not be saved just now. Please send it again in a few minutes; what you wrote is still here.',
    'web.form.error.reused':
      'This page already sent a report with other words, so this one was NOT sent. What you wrote is still here: press “Send anonymously” to send it as a new report.',
    'web.form.error.unreadFields':
      'This page sent something the service does not read, so your feedback was NOT saved. What you wrote is still in the box below: please send it again.',
    'web.form.error.repeated':
      'This page sent the same box twice, so your report was NOT saved. All you wrote is in the box below: please check it, choose again where you work and the topic if they are empty, and send it again.',
    'web.form.error.unreadable':
      'Part of what was sent could not be read, so your report was NOT saved. What you wrote is still here: please check it and send it again.',
    'web.preview.heading': 'Before you send',
    'web.preview.changes': 'These details will be removed before anyone reads your feedback:',
    'web.preview.change': '‘{original}’ will be replaced by {replacement}',
    'web.preview.none':
      'We found no names, phone numbers or other personal details to remove. Please check that nothing else in it points to you or to someone else.',
    'web.preview.singledOut':
      'These words stay as you wrote them, but they fit only one person or very few (you, or someone you write about), so they may help readers guess who wrote this. If you do not want to be recognised, you can reword them before sending (for example, leave out what only you, or only they, are):',
    'web.preview.singledOutItem': '‘{phrase}’',
    'web.preview.readAs': 'What will be read:',
    'web.preview.stale':
      'You have changed your text since this check, so what it says may no longer be right. Press “Check what will be removed” again to check the text as it is now.',
    'web.preview.nothingSent': 'Nothing has been sent or kept yet. Change your text below if you want, then send it.',
    'web.redacted':
      '[{kind, select, NAME {NAME} PHONE {PHONE} EMAIL {EMAIL} ADDRESS {ADDRESS} ID {ID} URL {URL} PLATE {PLATE} other {REMOVED}}]',
    'web.receipt.title': 'Feedback received',
    'web.receipt.heading': 'Thank you, we have it',
    'web.receipt.receipt': 'Your receipt',
    'web.receipt.codeIs': 'Your case code is',
    'web.receipt.fromClosed':
      'That case can no longer take answers, and what you wrote reads urgent, so it was not lost: it was sent as a new report, with a code of its own, below. If anyone is in danger now, call the emergency number.',
    'web.receipt.asNew':
      'This form had already been sent with other words or choices (the urgent box, the site, the topic), so this was sent as a new report, with a code of its own. What was sent before stays as it was.',
    'web.receipt.codeLabel': 'Case code {spelled}',
    'web.receipt.copy': 'Copy the code',
    'web.receipt.print': 'Print this receipt',
    'web.receipt.printWhere':
      'A printer at work can keep a copy of what it prints, with the name of whoever printed it: print only on a printer at home, or write the code down.',
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
    'web.receipt.followWeb': 'On the web: open {link} and enter your code.',
    'web.receipt.followSms': 'By text message: send {command} to {number}.',
    'web.receipt.followSmsSites': 'By text message: send {command} to your site’s number:',
    'web.receipt.smsNumber': '{site}: {number}',
    'web.receipt.printNote': 'This receipt does not say who you are, what you wrote or when.',
    'web.receipt.noPrinter':
      'No printer? Write the code down or take a picture of it; your browser’s Print command also prints this receipt alone.',
    'web.receipt.seeStatus': 'See the status of this case',
    'web.status.title': 'Case {code}',
    'web.status.pageTitle': 'Your case',
    'web.status.step':
      '{status, select, received {Received} analysed {Read and sorted by topic} forwarding {Being passed to a senior leader} escalated {Passed to a senior leader} acknowledged {Acknowledged by that leader} other {Answered}}',
    'web.status.reached': '(done)',
    'web.status.checkAgainHint': 'This page does not change by itself: to see anything new, press “Check again”.',
    'web.status.checkAgain': 'Check again',
    'web.status.now':
      'Status: {status, select, received {Received} analysed {Read and sorted by topic} forwarding {Being passed to a senior leader} escalated {Passed to a senior leader} acknowledged {Acknowledged by that leader} closed {Closed} other {Answered}}',
    'web.status.next':
      '{status, select, received {It will be read in a moment: personal details are removed and it is sorted by topic. If it is urgent, or you asked for it to be, it then goes straight to a senior leader, who can answer you here.} analysed {Like most feedback, it now counts in the weekly report the leadership team reads, with everyone else’s. It does not get a personal answer: that happens only when something urgent is passed to a senior leader.} forwarding {It is urgent, or you asked for it to be, so it is being passed to a senior leader. It has not reached them yet: we keep trying, and pass it to another senior leader if they cannot be reached. This page will say so once one has it.} escalated {{urgency, select, met {A senior leader has it.} other {A senior leader has it and is asked to acknowledge it {urgency, select, urgent {within {urgent}, as it is urgent} standard {within {standard}, as it is not urgent} other {within {urgent} if it is urgent ({standard} otherwise)}}.}} {written, select, yes {What they wrote is in the conversation below, and anything more they write will appear there too.} other {Any answer they write will appear on this page.}}} acknowledged {The senior leader has read it. {written, select, yes {What they wrote is in the conversation below, and anything more they write will appear there too.} other {Any answer they write will appear on this page.}}} closed {The senior leader has closed this case{response, select, yes {; their response is below} other {}}. Nothing more can be added here; if there is something new, please send new feedback.} other {The senior leader has answered; their answer is below.}}',
    'web.status.acknowledgeBy': 'Whatever happens, it must be acknowledged by the end of {day} ({zone}) at the latest.',
    'web.status.feedbackBy': 'You will hear what is being done by the end of {day} ({zone}) at the latest.',
    'web.status.overdue':
      '{deadline, select, acknowledge {It should have been acknowledged by the end of {day} ({zone}).} other {You should have been told what is being done by the end of {day} ({zone}).}} That deadline has passed, so the case has been passed to the leadership team, who are following it up.',
    'web.status.response': 'Answer from the senior leader',
    'web.status.conversation': 'Conversation with the senior leader',
    'web.status.newMessage':
      '{count, plural, one {There is a new message for you.} other {There are # new messages for you.}}',
    'web.status.sent':
      '{asked, select, yes {Your answer was sent.} other {Your message was sent.}} Names and other personal details are removed before the senior leader reads it. {now, select, yes {This case is urgent and not yet acknowledged, so it has been sent to them now.} other {It reaches them by the end of this hour, or at once if it is urgent, so the time you wrote does not identify you.}} Press “Check again” in a moment to see it here.',
    'web.status.nothingYet':
      '{answered, select, yes {If you want to reply to the answer above or add something to your case, write it in the box below: the senior leader will read it.} other {The senior leader has not written here yet. If you want to add something to your case, write it in the box below: they will read it.}}',
    'web.status.answer': '{asked, select, yes {Your answer} other {Your message}}',
    'web.status.answerHint':
      'Anonymous, like your feedback: names and other personal details are removed before anyone reads {asked, select, yes {your answer} other {your message}}. Up to {max, plural, one {# character} other {# characters}}.',
    'web.status.singledOut.heading': 'Not sent yet: some words may show who you are',
    'web.status.singledOut.send': 'Send it as it is',
    'web.status.sendAnswer': '{asked, select, yes {Send answer} other {Send message}}',
    'web.status.answerBySms':
      'By text message: send {code} followed by {asked, select, yes {your answer} other {your message}}.',
    'web.status.answerBySmsTo':
      'By text message to {number}: send {code} followed by {asked, select, yes {your answer} other {your message}}.',
    'web.status.answerBySmsSites':
      'By text message to your site’s number: send {code} followed by {asked, select, yes {your answer} other {your message}}.',
    'web.status.error.empty':
      'Write {asked, select, yes {your answer} other {your message}} in the box before sending it.',
    'web.status.error.tooLong':
      'Your answer is too long for one message. Please shorten it to {max, plural, one {# character} other {# characters}} or fewer, or send it in two parts.',
    'web.status.error.tooLongCounted':
      'Your answer is too long for one message: it counts as {used, plural, one {# character} other {# characters}}, and one message may hold {max, plural, one {# character} other {# characters}} (emoji and some letters count as more than one). Please shorten it by at least {over, plural, one {# character} other {# characters}}, or send it in two parts.',
    'web.status.error.full':
      'This conversation has reached its length limit, so nothing more can be added. Send new feedback instead.',
    'web.status.object.heading': 'Is your report about the person handling it?',
    'web.status.object.hint':
      'If what you reported is about the senior leader who has your case, press the button. At the end of this hour your case goes to someone else{closed, select, yes {, open again} other {}}, and the person handling it can no longer open it. Nobody is told who asked.',
    'web.status.object.button': 'Give my case to someone else',
    'web.status.object.done':
      'Done. At the end of this hour your case goes to someone else{closed, select, yes {, open again} other {}}, and the person who was handling it can no longer open it.',
    'web.status.closed':
      'This case is closed: the senior leader has finished with it, so nothing more can be added here. If there is something new, send new feedback.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {You} other {The senior leader}}} other {{reader, select, sponsor {The employee} other {You}}}}',
    'web.thread.meta': '{who}, {day}',
    'web.thread.none': 'No messages yet.',
    'web.thread.sponsorWroteIn': 'The senior leader wrote this in {language}.',
    'web.thread.waiting':
      'On its way: the senior leader receives it when this hour is over, so its time does not identify you.',
    'web.lookup.title': 'Check a case',
    'web.lookup.code': 'Case code',
    'web.lookup.hint': 'Ten letters and digits, like {example}.',
    'web.lookup.check': 'Check',
    'web.lookup.empty': 'Type your case code in the box: ten letters and digits, like {example}.',
    'web.lookup.notACode':
      'That is not how a case code looks: it has ten letters and digits, like {example}. Check what you typed and try again.',
    'web.lookup.leftOut':
      'Case codes never have 0, O, 1, I or L: check the code for a letter that looks like one of them (Q, D, J, T or 7) and try again.',
    'web.lookup.noSuchCase': 'No case has that code. Check it (ten letters and digits, like {example}) and try again.',
    'web.error.title':
      '{status, select, 400 {Something needs fixing} 401 {Not signed in} 403 {Not allowed} 404 {Not found} 409 {Already sent with other words} 413 {Too long} 415 {Not a form we understand} 429 {Too busy right now} 503 {Please try again} other {Something went wrong}}',
    'web.error.notFound': 'There is no page at this address. Check the link, or start again from the feedback form.',
    'web.error.tooLarge': 'What you sent is too long. Please go back, shorten it, and send it again.',
    'web.error.notOurForm':
      'That did not come from one of our forms. Please go back to the form and send it from there.',
    'web.error.unreadFields':
      '{count, plural, one {The report has a field} other {The report has fields}} this service does not read ({fields}), so it was not taken: put everything you want to say in {text} (the fields read are {read}).',
    'web.error.unreadField': '{field} is not a field this service reads: put what you want to say in {text}.',
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
  /**
   * What sponsors and leadership read: escalation and conversation emails,
   * the case page behind `/ack`, the case desk. Times and days arrive formatted by `Intl` in the
   * reader's language (`shared/i18n/moments.ts`); names of sites, topics and
   * people come from the config as the operator wrote them.
   */
  sponsor: {
    'sponsor.field': '{label}: {value}',
    'sponsor.label.why': 'Why it came to you',
    'sponsor.label.site': 'Site',
    'sponsor.label.topic': 'Topic',
    'sponsor.label.raised': 'Raised',
    'sponsor.label.acknowledgeBy': 'Acknowledge by',
    'sponsor.label.feedbackBy': 'Tell the employee what is being done by',
    'sponsor.label.standing': 'Where it stands',
    'sponsor.around': 'around {day} at {time} {zone}',
    'sponsor.overdue': '{when} (overdue)',
    'sponsor.legalBinds':
      '{end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}, the legal deadline',
    'sponsor.overdueSince':
      'Overdue since {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}',
    'sponsor.feedbackDue':
      '{end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}: the legal deadline to tell them, {months, plural, one {# month} other {# months}} after the acknowledgement',
    'sponsor.notGiven': 'Not given',
    'sponsor.siteGone': 'A site no longer listed',
    'sponsor.topicGone': 'A topic no longer offered',
    'sponsor.leadershipList': 'the leadership list',
    'sponsor.siteAt': 'at {site}',
    'sponsor.about':
      '{kind, select, both {{topics} {at}} topic {{topics} (no site given)} site {Feedback from {site}} other {Feedback with no site or topic}}',
    'sponsor.danger':
      '{category, select, self-harm {risk of self-harm or suicide} threat {threat of violence} safety {risk of fire or injury} harassment {harassment} discrimination {discrimination} fraud {fraud or theft} other {something urgent}}',
    'sponsor.aboutDanger':
      '{kind, select, both {{danger}: {topics} {at}} topic {{danger}: {topics} (no site given)} site {{danger} {at}} other {{danger} (no site or topic given)}}',
    'sponsor.urgentAbout': '{urgent, select, yes {Urgent: {about}} other {{about}}}',
    'sponsor.category':
      '{category, select, safety {health and safety} harassment {harassment} discrimination {discrimination} fraud {fraud or theft} threat {a threat of violence} self-harm {someone at risk of harming themselves} other {{category}}}',
    'sponsor.reason.requested': 'the employee asked for it to be treated as urgent',
    'sponsor.reason.pattern': 'several people raised the same problem at the same site',
    'sponsor.reason.urgentAbout': 'it appears to be about {about}, which cannot wait',
    'sponsor.reason.urgent': 'it appears to be about something that cannot wait',
    'sponsor.noWords': '(Nothing was written: the employee gave only a rating or a topic, or ticked urgent.)',
    'sponsor.withheld':
      '{about, select, none {The text could not be processed safely, so it is not shown; {why, select, requested {the employee marked this urgent} other {it appears to be about something urgent}}.} other {The text could not be processed safely, so it is not shown; {why, select, requested {the employee marked this urgent} other {it appears to be about something urgent}} ({about}).}} If it can be processed later, it will be sent to you.',
    'sponsor.pattern':
      '{count, plural, one {# negative comment} other {# negative comments}} on this site and topic, {before, plural, =0 {within {days} days} one {this week and last week} other {this week and the # weeks before}}',
    'sponsor.said.pattern': 'The pattern',
    'sponsor.said.withheld': 'What was said',
    'sponsor.said.redacted': 'What was said (personal details removed)',
    'sponsor.writtenIn': 'Written in {language}.',
    'sponsor.translation': 'In {language} (machine translation)',
    'sponsor.email.heading':
      '{program}: {seen, select, yes {{urgent, select, yes {urgent feedback, now with you} other {feedback, now with you}}} other {{urgent, select, yes {urgent feedback for you to act on} other {feedback for you to act on}}}}',
    'sponsor.email.subject':
      '{occasion, select, text-added {Text now available: } handed-over {Handed over to you: } other {}}{urgent, select, yes {Urgent: } other {}}{overdue, select, yes {{about}: acknowledgement overdue since {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}} other {{about}: please acknowledge by {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}}}',
    'sponsor.email.subjectAcknowledged':
      '{occasion, select, text-added {Text now available: } handed-over {Handed over to you: } other {}}{urgent, select, yes {Urgent: } other {}}{about}: {status, select, responded {already answered} other {already acknowledged}}, now with you',
    'sponsor.email.lead':
      '{occasion, select, text-added {The text of this matter could not be shown before; it has now been processed and is below.} overdue {This came to {holder} because it was not acknowledged in time.} still-overdue {This is still not acknowledged. It is with {holder}, the last to whom it can be passed: please acknowledge it now.} handed-over {{by} handed this over to {holder}, saying: {reason}} past-chain {Nobody who would normally receive this could be emailed: the mail service refused every address, up to {holder}. It is sent to you so that it is not left waiting: please acknowledge it and act on it, or make sure someone does. The operator has been alerted to fix those addresses.} other {}}',
    'sponsor.email.open':
      '{seen, select, yes {Open the case} other {{pattern, select, yes {Open and acknowledge} other {Acknowledge and answer}}}}',
    'sponsor.email.desk': 'All your cases (your case desk)',
    'sponsor.email.actions':
      'What you can do: {seen, select, yes {open the first link to see where it stands} other {open the first link to acknowledge it}}{pattern, select, yes { (a pattern has nobody to answer)} other { and write to the employee}}.{desk, select, yes { If it is not yours, hand it over to someone else; once it is dealt with, close it. You do both on the case’s page on your case desk: reach it from the first link’s page, or find it among your cases with the second link.} other {}}',
    'sponsor.email.footer':
      'The link is for you alone and expires. {pattern, select, yes {This is a pattern across several people, so there is no one to write to: acknowledge it, and the weekly digest reports what was done. A pattern has no legal deadline: the date above is the service level’s, counted afresh whenever it reaches someone new.} other {A response you write is shown to the employee who wrote this, by their case code.}}',
    'sponsor.conversation.subject':
      '{kind, select, answer {{copy, select, yes {Urgent: the employee answered on a case {holder} had just closed ({about})} other {{objected, select, yes {{reopened, select, no {} other {Reopened: }}Now with you: the employee says this report is about whoever was handling it ({about})} other {{reopened, select, no {} other {Reopened: }}{urgent, select, yes {Urgent: the employee answered ({about})} other {The employee answered ({about})}}}}}}} deadline-near {Deadline: the end of {day} ({zone}): {deadline, select, acknowledge {acknowledge this report} other {tell the employee what is being done}} ({about})} other {{audience, select, passed-on {Passed on: the legal deadline to {deadline, select, acknowledge {acknowledge this report} other {tell the employee what is being done}} has passed ({about})} other {Deadline passed: {deadline, select, acknowledge {acknowledge this report} other {tell the employee what is being done}} ({about})}}}}',
    'sponsor.conversation.lead':
      '{kind, select, answer {{copy, select, yes {{holder} holds this case and had just closed it when the employee wrote in it again, in words that read urgent. The case is open again and still theirs, and they have been sent this too; you are sent it as the one after them, in case it needs someone now: make sure {holder} has it, or act on it yourself. Their words are below, with personal details removed.} other {{objected, select, yes {The employee who raised this says their report is about the person who was handling it. So it has been taken from them and is now with you{reopened, select, no {} other {, open again, though it had been closed}}, and their links to it no longer open it. Read it, reply if it needs it, and close it when you are done.} other {{urgent, select, yes {{reopened, select, no {} other {This case was closed, but the employee has written in it and their words read urgent, so it is open again, the close undone: read them now, act on them, and close it again when you are done. }}} other {{reopened, select, earlier {The previous holder closed this case, but the employee had already sent this answer, and it reaches you only now, so the case is open again and now with you: read it, reply if it needs it, and close it when you are done. } list {The leadership list closed this case, but the employee had already sent this answer, and it reached you only now, so the case is open again: read it, reply if it needs it, and close it again when you are done. } yes {You closed this case, but the employee had already sent this answer, and it reached you only now, so the case is open again: read it, reply if it needs it, and close it again when you are done. } other {}}}}The employee who raised this has written to you in its conversation. Their words are below, with personal details removed.}}}}} deadline-near {{deadline, select, acknowledge {The law gives until the end of {day} ({zone}) to acknowledge this report. Please do it before then.} other {The law gives until the end of {day} ({zone}) to tell the employee what is being done. Please do it before then.}}} other {{deadline, select, acknowledge {The legal deadline to acknowledge this report was the end of {day} ({zone}), and it has passed.} other {The legal deadline to tell the employee what is being done was the end of {day} ({zone}), and it has passed.}} {audience, select, passed-on {It has been passed on, and whoever holds it now has been asked to do it: nothing more is asked of you, and earlier links to it no longer open it.} leadership {Whoever holds it has been asked to do it now; you are told because the leadership team follows up missed legal deadlines.} top {It is with the leadership list: please do it now.} other {Please do it now; leadership has been told.}}}}',
    'sponsor.conversation.open': 'Open the case',
    'sponsor.conversation.footer':
      'The link is for you alone and expires. {pattern, select, yes {This is a pattern across several people, so there is no one to write to; the weekly digest reports what was done.} other {What you write in the conversation is shown to the employee by their case code.}}{holder, select, yes { On its page you can also hand it over if it is not yours, or close it once it is dealt with.} other {}}',
    'sponsor.closeNotice.subject':
      '{urgent, select, yes {Urgent case closed} other {Case closed}} by {closer} ({about}): see that it was right',
    'sponsor.closeNotice.lead':
      '{closer} closed this {urgent, select, yes {urgent } other {}}case. You are told because you come after them for it, and a case {urgent, select, yes {this urgent} other {that names a senior person}} is never closed unseen: the report may even be about whoever closed it. If it should not have been closed, take it: it opens again, with you, and the employee can write again.',
    'sponsor.closeNotice.take': 'Take this case and open it again',
    'sponsor.closeNotice.footer':
      'The link is for you alone and expires. Nothing is asked of you if the close was right. Whoever closed it is not told you were sent this.',
    'sponsor.take.heading': 'Closed case: {about}',
    'sponsor.take.lead':
      '{closer} closed this case. If it should not have been closed, take it: it opens again, with you, the employee can write again, and whoever closed it can no longer open it.',
    'sponsor.take.openAlready': 'This case is open again already: nothing more is needed from this link.',
    'sponsor.take.done': 'Taken. The case is open again, now with {holder}, who has been given it.',
    'sponsor.reminder.subject':
      'Reminder: please acknowledge by {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}} ({about})',
    'sponsor.reminder.lead':
      'This report has not been acknowledged yet. Please acknowledge it by {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}. {top, select, yes {{legal, select, yes {After that, the legal deadline has been missed.} other {After that, it is overdue.}}} other {After that, it is passed on to the next person responsible.}}',
    'sponsor.notActedOn.subject':
      '{audience, select, above {Urgent, acknowledged by {holder}, nothing done since: see that it is being dealt with ({about})} other {Urgent, acknowledged, nothing done since: please act on it now ({about})}}',
    'sponsor.notActedOn.lead':
      '{audience, select, above {This report reads urgent. {holder} acknowledged it, and since then nothing has been done on it that the case shows: no message to the employee, no answer, no hand-over, no close. You are told as the one after them: make sure {holder} is dealing with it, or take it up yourself. The case is still theirs.} other {This report reads urgent. You acknowledged it, and since then nothing has been done on it that the case shows: no message to the employee, no answer, no hand-over, no close. Please act on it now: write to the employee, hand it over, or close it once it is dealt with. If nothing is done, the one after you will be told.}}',
    'sponsor.markedUrgent.subject':
      '{kind, select, reminder {Reminder: {count, plural, one {# report marked urgent by its sender waits} other {# reports marked urgent by their senders wait}} for your acknowledgement} climbed {{count, plural, one {# report marked urgent by its sender was} other {# reports marked urgent by their senders were}} not acknowledged in time and {count, plural, one {is} other {are}} now with you} other {{count, plural, one {# more report was} other {# more reports were}} marked urgent by {count, plural, one {its sender} other {their senders}}: see your case desk}}',
    'sponsor.markedUrgent.lead':
      '{kind, select, reminder {{count, plural, one {This report, marked urgent by its sender, has} other {These # reports, marked urgent by their senders, have}} not been acknowledged yet.} climbed {{count, plural, one {This report, marked urgent by its sender, came} other {These # reports, marked urgent by their senders, came}} to you because {count, plural, one {it was} other {they were}} not acknowledged in time.} other {{count, plural, one {# more report was} other {# more reports were}} marked urgent by {count, plural, one {its sender} other {their senders}} and sent to you.}} {count, plural, one {It is} other {Each is}} on your case desk, with {count, plural, one {its} other {its own}} deadline to acknowledge{count, plural, one {:} other {; the first is}} {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}. Its sender ticked “urgent”; nothing in the words was found to be urgent. So that such reports cannot fill your inbox, past {limit} an hour they are told to you together in one email, not one by one. A report whose words say someone may be in danger always comes first, and is never counted with these.',
    'sponsor.markedUrgent.open': 'Open your case desk',
    'sponsor.markedUrgent.footer':
      'The link is for you alone and expires. Open each case from your desk to read, acknowledge and answer it; from its page there you can also hand it over if it is not yours, or close it once it is dealt with.',
    'sponsor.urgentWords.subject':
      '{kind, select, reminder {Reminder: {count, plural, one {# report urgent in its words waits} other {# reports urgent in their words wait}} for your acknowledgement} climbed {{count, plural, one {# report urgent in its words was} other {# reports urgent in their words were}} not acknowledged in time and {count, plural, one {is} other {are}} now with you} other {Urgent: {count, plural, one {# more report} other {# more reports}} urgent in {count, plural, one {its} other {their}} words: read the list}}',
    'sponsor.urgentWords.lead':
      '{kind, select, reminder {{count, plural, one {This report, urgent in its words, has} other {These # reports, urgent in their words, have}} not been acknowledged yet.} climbed {{count, plural, one {This report, urgent in its words, came} other {These # reports, urgent in their words, came}} to you because {count, plural, one {it was} other {they were}} not acknowledged in time.} other {{count, plural, one {# more report} other {# more reports}} urgent in {count, plural, one {its} other {their}} words or topic came to you.}} {count, plural, one {It is} other {Each is}} on your case desk, with {count, plural, one {its} other {its own}} deadline to acknowledge{count, plural, one {:} other {; the first is}} {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}. So that a flood of alike reports cannot fill your inbox and hide a real one, past {limit} an hour they are listed here together, alike ones on one line, the rarest first. Read every line.',
    'sponsor.urgentWords.line': '{count, plural, one {{text}} other {{text} (# alike reports)}}',
    'sponsor.urgentWords.unlisted':
      '{count, plural, one {# more report is} other {# more reports are}} not listed here: see your case desk.',
    'sponsor.page.errorTitle': 'Error: {title}',
    'sponsor.problem': 'There is a problem',
    'sponsor.standing':
      '{status, select, responded {Answered; acknowledged around {day} at {time} {zone}} acknowledged {Acknowledged around {day} at {time} {zone}; no response published yet} overdue {Waiting for acknowledgement, and overdue} other {Waiting for acknowledgement}}',
    'sponsor.reroute': 'This case was routed around {names}: {reasons}. They have not been told of it.',
    'sponsor.reroute.named': 'the report names them',
    'sponsor.reroute.management': 'the employee said it is about their management',
    'sponsor.acknowledge': 'Acknowledge',
    'sponsor.response.label':
      '{has, select, yes {Change the published response} other {Publish a response: you said, we did}}',
    'sponsor.response.hint':
      'What was done about it. Shown to the employee with their case code, and counted in the weekly digest without naming you or the day. Up to {max, plural, one {# character} other {# characters}}. Do not name anyone. Anything longer is not published: your words stay in the box to shorten. By text it comes in several texts if it is long.',
    'sponsor.response.button': 'Publish response',
    'sponsor.patternNoOne':
      'This is a pattern across several people, so there is no one to write to; the weekly digest reports what was done. A pattern has no legal deadline: the date to acknowledge it by is the service level’s, counted afresh whenever it reaches someone new.',
    'sponsor.conversation.heading': 'Conversation with the employee',
    'sponsor.message.label': 'Write to the employee',
    'sponsor.message.hint':
      'A question or an update. They read it with their case code and can answer; you are emailed when they do: at once if it is urgent, otherwise when their hour is over, so its time does not identify them. They never learn who you are beyond your role. Up to {max, plural, one {# character} other {# characters}}. Do not name anyone: names are removed. Anything longer is not sent: your words stay in the box to shorten. Someone who follows their case by text reads it when they text STATUS, in several texts if it is long.',
    'sponsor.message.button': 'Send to the employee',
    'sponsor.thread.meta':
      '{from, select, you {You} leadership {The leadership list} named {{name}} earlier {Whoever held the case before} sponsor {A senior leader} other {The employee}}, {day}',
    'sponsor.thread.addressHidden':
      'A web address was taken out of this before the employee saw it: they would open it on their own phone, and the site would learn who they are. Write here what they need to know instead.',
    'sponsor.thread.none': 'No messages yet.',
    'sponsor.history': 'History',
    'sponsor.audit.line': '{at, select, day {On {day}: {what}} other {Around {day} at {time} {zone}: {what}}}',
    'sponsor.audit':
      '{event, select, raised {Raised} routed {Raised and sent to {who}} emailed {Emailed to {who}} text-shown {The text could be shown after all, and was emailed} acknowledged {Acknowledged} responded {Response published for the employee} passed {Not acknowledged in time, so passed on} passed-to {Not acknowledged in time, so passed on to {who}} rerouted {Passed on} rerouted-to {Passed on to {who}} rerouted-instead {Sent to {who} instead of {instead}, whom this case goes around} made-urgent {Made urgent: the employee’s answer is urgent} handed-over {Handed over by {who} to {to}: {reason}} closed {Closed by {who}, from the end of that hour} closed-unacknowledged {Nobody had acknowledged it before it was closed: the close counted as its acknowledgement} closed-unacknowledged-again {Not acknowledged again after it changed hands: the close counted as its acknowledgement} closed-earlier {Closed by whoever held the case before, from the end of that hour} kept-open {Kept open by {who}, before the close took effect} kept-open-earlier {Kept open by whoever held the case before, before the close took effect} reopened {Reopened: an answer the employee sent before it was closed arrived after} other {Updated}}',
    'sponsor.notice':
      '{action, select, acknowledge {Acknowledged. The employee can now see that someone senior has it.} respond {Response published. The employee sees it when they check their case code.} reply {Sent. The employee sees it with their case code (on the web, or by texting STATUS), and you are emailed when they answer.} hand-over {Handed over. It has left your desk, and the person now responsible has been emailed.} keep-open {Kept open. The close is undone: the employee can still write, and the case is back among your open cases.} other {Closing. Your desk lists it among “Closed cases”.}}',
    'sponsor.notice.handOver':
      '{mail, select, passed-on-untold {Handed over to {to}, whose address was refused, so the case went on at once to {next}, who could not be emailed just now either. It has left your desk; Listening Post keeps trying, and the operator is alerted until someone has it.} passed-on {Handed over to {to}, whose address was refused, so the case went on at once to {next}, who have been emailed. It has left your desk.} other {Handed over to {to}: it has left your desk. They could not be emailed just now; Listening Post keeps trying{top, select, yes {, and the operator is alerted until someone has it.} other {, and the case goes on to {next} if it is not picked up in time.}}}}',
    'sponsor.refusal':
      '{why, select, response-empty {Write your response before publishing it.} response-long {Keep your response to {max, plural, one {# character} other {# characters}} or fewer.} message-empty {Write a message before sending it.} message-long {Keep the message to {max, plural, one {# character} other {# characters}} or fewer.} thread-full {This conversation has reached its length limit, so nothing more can be added.} no-one {This is a pattern across several people, so there is no one to write to.} closed {This case is closed, so it cannot be changed.} reason-empty {Say why this is not yours, so whoever takes it knows.} reason-long {Keep the reason to {max, plural, one {# character} other {# characters}} or fewer.} target {Choose who should take this case, then press the button again. It has not been handed over: it is still yours.} other {That could not be done. Go back to the case and try again.}}',
    'sponsor.desk.link': 'All your cases',
    'sponsor.desk.handOverOrClose': 'Not yours, or done? Hand over or close this case (its page on your case desk)',
    'sponsor.desk.back': '← All your cases',
    'sponsor.desk.title': 'Your cases',
    'sponsor.desk.lead':
      '{name}: {open, plural, =0 {no open case} one {# open case} other {# open cases}} on your desk{closing, plural, =0 {} one {, and # closing at the end of this hour (the employee can still write until then)} other {, and # closing at the end of this hour (the employee can still write until then)}}{closed, plural, =0 {} one {; # closed} other {; # closed}}. Nothing here says who wrote anything, and nothing should try to find out.',
    'sponsor.desk.filters': 'Filter your cases',
    'sponsor.desk.show': 'Show',
    'sponsor.desk.showWhich':
      '{show, select, open {Open cases} overdue {Overdue cases} closed {Closed cases} other {All cases}}',
    'sponsor.desk.everySite': 'Every site',
    'sponsor.desk.everyTopic': 'Every topic',
    'sponsor.desk.unreadOnly': 'Only cases with a new answer from the employee',
    'sponsor.desk.apply': 'Show these cases',
    'sponsor.desk.count': '{count, plural, one {# case} other {# cases}}',
    'sponsor.desk.empty':
      'No case is on your desk now. A new one comes to you by email, with a link to it and to this desk.',
    'sponsor.desk.noMatch': 'No case matches these filters.',
    'sponsor.desk.notShown':
      '{hidden, plural, one {# more case on your desk is not shown with these filters.} other {# more cases on your desk are not shown with these filters.}}',
    'sponsor.desk.showAll': 'Show all your cases',
    'sponsor.desk.caseLink': '{title} (case {ref})',
    'sponsor.desk.newAnswer': 'New answer from the employee',
    'sponsor.desk.clock':
      '{state, select, waiting {Waiting for you: acknowledge by {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}} overdue {Overdue: it was due to be acknowledged by {end, select, yes {the end of {day} ({zone})} other {{day} at {time} {zone}}}{legal, select, yes {, the legal deadline} other {}}} acknowledged {Acknowledged around {day} at {time} {zone}; no response published yet} answered {Response published around {day} at {time} {zone}} closing {Closing on {day} at {time} {zone}: the employee can still write until then} other {Closed around {day} at {time} {zone}}}',
    'sponsor.desk.published': 'Your published response',
    'sponsor.desk.closedNote': 'This case is closed.',
    'sponsor.desk.closingNote':
      'Until it closes, an answer from the employee opens it again, and “Keep this case open” undoes your close.',
    'sponsor.desk.keepOpenThere': 'Closed by mistake? Keep this case open from its page on your case desk',
    'sponsor.desk.closingNoteHere': 'Until it closes, an answer from the employee opens it again.',
    'sponsor.desk.keepOpen': 'Keep this case open',
    'sponsor.desk.canDo': 'What you can do',
    'sponsor.desk.handOver': 'Not yours? Hand it over',
    'sponsor.desk.reason': 'Why it is not yours',
    'sponsor.desk.reasonHint':
      'Kept in the case’s history for whoever takes it. Up to {max, plural, one {# character} other {# characters}}.',
    'sponsor.desk.handOverButton': 'Hand over',
    'sponsor.desk.close': 'Close this case',
    'sponsor.desk.closeHint':
      'Closing ends the conversation: neither you nor the employee can write in it again, and their page says the case is closed. Until the end of the hour you can still keep it open; after that it cannot be opened again from here.',
    'sponsor.desk.reasonSinglesOut.heading': 'Not handed over yet: your reason may point to one person',
    'sponsor.desk.reasonSinglesOut.text':
      'Whoever takes the case reads your reason, and it stays in the case’s history for years. These words may let someone tell who wrote the report. Change them in the box above and press “Hand over” again, or hand over with them as they are.',
    'sponsor.desk.reasonSinglesOut.item': '‘{phrase}’',
    'sponsor.desk.reasonSinglesOut.button': 'Hand over with these words',
    'sponsor.desk.confirmClose.heading':
      '{again, select, yes {Close an urgent case nobody has acknowledged since it changed hands?} other {Close an urgent case nobody has acknowledged?}}',
    'sponsor.desk.confirmClose.text':
      'This report was marked urgent and {again, select, yes {nobody has acknowledged it since it changed hands} other {nobody has acknowledged it}}. Closing it acknowledges it: the deadline to acknowledge counts as met, so it is no longer passed on to anyone more senior, and the employee’s page says the case is closed. Close it only if it has been dealt with; its history will say it was closed without {again, select, yes {being acknowledged again} other {an earlier acknowledgement}}.',
    'sponsor.desk.confirmClose.button': 'Close it and count it as acknowledged',
    'sponsor.desk.confirmClose.back': 'Do not close it: back to the case',
    'sponsor.unsent.heading':
      '{held, select, close {This case has not been closed: something you typed is not sent yet} hand-over {This case has not been handed over: something you typed is not sent yet} other {Something you typed is not sent yet}}',
    'sponsor.unsent.box':
      '{box, select, message {Your message to the employee has not been sent. It is still in its box, “Write to the employee”.} response {Your response has not been published. It is still in its box, below the case.} other {The case has not been handed over, so your reason for handing it over has not been used. It is still in its box, “Why it is not yours”.}}',
    'sponsor.unsent.howReason':
      '{held, select, close {A reason is only used when you hand the case over: it goes with the case to whoever takes it. To close the case yourself, empty “Why it is not yours” and press “Close this case” again. To give the case to someone else instead, choose who takes it and press “Hand over”.} other {A reason is only used when you hand the case over. If you are keeping the case, empty “Why it is not yours”. To give the case to someone else, choose who takes it and press “Hand over”.}}',
    'sponsor.unsent.how':
      '{held, select, close {Nothing is lost. To send it, press the button under its box, then close the case. To close the case without sending it, empty the box and press “Close this case” again.} hand-over {Nothing is lost. To send it, press the button under its box, then hand the case over. To hand it over without sending it, empty the box and press “Hand over” again.} other {To send it, press the button under its box. If you do not want to send it, empty the box.}}',
    'sponsor.error':
      '{why, select, expired {This link has expired. Ask the {program} operator for a new one, or use the most recent email about this matter.} moved {This matter is now with someone else, so this link no longer opens it. If it comes back to you, you will get a new email.} replaced {This link has been replaced by a newer one. Use the link in your most recent email from the {program}.} invalid {This link is not valid. It may have been copied incompletely or altered. Open it again from the email.} not-on-desk {There is no such case on your desk. It may have been handed over or passed on; the list shows every case you hold.} no-digest {No digest has been published for this week yet.} not-found {There is nothing at this address. Open the link again from the email.} too-large {What you sent is too long. Please go back, shorten it, and send it again.} not-our-form {That did not come from one of our forms. Please go back to the form and send it from there.} unreadable {Part of what was sent could not be read. Please go back to the form and try again.} busy {Too many requests for this page right now; please try again in a moment.} unavailable {This could not be done just now. Please try again in a few minutes.} not-allowed {This cannot be done with this link.} other {Something went wrong on our side; nothing you sent was kept. Please try again in a few minutes.}}',
    'sponsor.layout.skip': 'Skip to content',
    'sponsor.layout.footer':
      'This page is for you alone: please do not forward its link. Nothing here says who wrote the feedback, and nothing should try to find out.',
  },
  /**
   * The weekly digest: the email (HTML and text) and its web view.
   * Each entry is a whole sentence or heading; counts go through plurals and
   * `Intl.NumberFormat`, percentages arrive formatted for the reader's
   * language (`{pct}` is "8%" here, "8 %" in French). Names of sites, topics
   * and people arrive already in the reader's language where the config has one.
   */
  digest: {
    'digest.kicker': '{program} · weekly digest · {organisation}',
    'digest.band': '{program} · weekly digest',
    'digest.weekTitle': 'Week {week}: {period}',
    'digest.weekShort': 'W{week}',
    'digest.pageTitle': 'Week {week} digest · {program}',
    'digest.skip': 'Skip to content',
    'digest.subject':
      '{who, select, sponsor {{program} weekly digest for {name}, {period}} other {{program} weekly digest, {period}}}{figure, select, none {} other {: {figure}}}',
    'digest.subject.total':
      '{count, plural, one {# submission} other {# submissions}}{moved, select, none {} other { ({moved})}}',
    'digest.scopeFigure':
      '{measure, select, sites {{count, plural, one {# submission} other {# submissions}} from your sites} other {{count, plural, one {# mention} other {# mentions}} of your topics}}',
    'digest.scope.line':
      '{measure, select, sites {{count, plural, one {# submission} other {# submissions}} from your sites.} other {{count, plural, one {# mention} other {# mentions}} of your topics (a comment may touch several).}}',
    'digest.scope.tooFew':
      '{measure, select, sites {Your sites} other {Your topics}}: too few submissions this week to show on their own (fewer than {k}, or combined with others to protect a small group).',
    'digest.change': '{direction, select, up {up {pct}} down {down {pct}} other {no change}}',
    'digest.sentiment': '{sentiment, select, POSITIVE {positive} NEUTRAL {neutral} MIXED {mixed} other {negative}}',
    'digest.mixItem':
      '{sentiment, select, POSITIVE {{pct} positive} NEUTRAL {{pct} neutral} MIXED {{pct} mixed} other {{pct} negative}}',
    'digest.mood': 'negative {negative} · positive {positive}',
    'digest.moodHidden': 'mood not shown (too few in one mood to show safely)',
    'digest.face': '{face, select, 0 {very unhappy} 1 {unhappy} 2 {happy} other {very happy}}',
    'digest.faceItem': '{face} {pct}',
    'digest.channel': '{channel, select, web {web form} sms {SMS} kiosk {kiosk} other {{channel}}}',
    'digest.label.channel': '{channel, select, web {Web form} sms {SMS} kiosk {Kiosk} other {{channel}}}',
    'digest.label.noSite': 'Site not given',
    'digest.label.otherChannels': 'Other channels combined',
    'digest.label.otherSites': 'Other sites combined',
    'digest.label.otherTopics': 'Other topics combined',
    'digest.label.otherLanguages': 'Other languages combined',
    'digest.label.allChannels': 'All channels combined',
    'digest.label.allSites': 'All sites combined',
    'digest.label.allTopics': 'All topics combined',
    'digest.label.unknownLanguage': 'Not recognised, or no words',
    'digest.total': 'Total',
    'digest.section.glance': 'At a glance',
    'digest.section.trend': 'Last {weeks} weeks',
    'digest.section.trendText': 'Last {weeks} weeks (submissions, share negative)',
    'digest.section.sites': 'Sites',
    'digest.section.sitesText': 'Sites (submissions, sentiment)',
    'digest.section.topics': 'Topics',
    'digest.section.topicsText': 'Topics (a comment may touch several)',
    'digest.section.languages': 'Languages',
    'digest.section.movers': 'Biggest movers',
    'digest.section.moversText': 'Biggest movers (against the previous {weeks, plural, one {week} other {# weeks}})',
    'digest.section.themes': 'Themes',
    'digest.section.themesText': 'Themes (phrases in {k} or more comments)',
    'digest.section.said': 'What people said',
    'digest.section.saidText': 'What people said (personal details removed)',
    'digest.section.escalations': 'Escalations raised this week',
    'digest.section.did': 'You said, we did',
    'digest.section.didText': 'You said, we did (responses published this week)',
    'digest.caption.channels': 'Submissions by channel',
    'digest.caption.sites': 'Submissions by site',
    'digest.caption.topics': 'Submissions by topic',
    'digest.caption.languages': 'Submissions by language',
    'digest.note.topics': 'A comment may touch several topics.',
    'digest.note.movers':
      "Against each group's {weeks, plural, one {count the week before} other {average over the previous # weeks}}.",
    'digest.note.themes': 'Phrases in {k} or more comments, rising ones first.',
    'digest.note.said': 'Personal details removed.',
    'digest.total.tooFew':
      '{whole, select, yes {Across the whole organisation: fewer than {k} submissions this week, so no figures are shown.} other {Fewer than {k} submissions this week, so no figures are shown.}}',
    'digest.total.line':
      "{whole, select, yes {Across the whole organisation: } other {}}{count, plural, one {# submission} other {# submissions}}{moved, select, none {} other {, {moved} on last week's {last}}}.",
    'digest.total.whole': 'Across the whole organisation:',
    'digest.total.under':
      "{count, plural, one {submission} other {submissions}}{moved, select, none {} other {, {moved} on last week's {last}}}",
    'digest.preheader':
      '{count, plural, one {# submission} other {# submissions}}{moved, select, none {} other {, {moved} on last week}}.{escalations, plural, =0 {} one { # escalation raised.} other { # escalations raised.}}',
    'digest.preheader.tooFew': 'Fewer submissions than the anonymity threshold this week.',
    'digest.sentimentLine': 'Sentiment: {mix}',
    'digest.sentimentHeading': 'Sentiment',
    'digest.kioskFaces': 'Kiosk faces ({taps, plural, one {# tap} other {# taps}}): {faces}',
    'digest.kioskFacesHeading': 'Kiosk faces ({taps, plural, one {# tap} other {# taps}})',
    'digest.withheld.channels':
      'By channel: not shown this week, because some channels had too few submissions at a site to show them apart.',
    'digest.withheld.languages':
      'Not shown this week, because some languages had too few submissions at a site or on a channel to show them apart.',
    'digest.note.languages':
      'The language each submission was written in, as detected; a kiosk tap without words counts as not recognised.',
    'digest.withheld.faces':
      'Kiosk faces: not shown this week (too few taps on some faces, or the kiosk could not be shown on its own).',
    'digest.noHistory': 'Nothing to compare with yet: movers appear once earlier weeks have submissions.',
    'digest.theme.change':
      '{trend, select, new {new as a theme} other {{moved} on {weeks, plural, one {the week before} other {its #-week average}}}}',
    'digest.theme.line':
      '“{phrase}”: {count, plural, one {# comment} other {# comments}}{how, select, none {} other {, {how}}}; {mood}',
    'digest.theme.text':
      '"{phrase}": {count, plural, one {# comment} other {# comments}}{how, select, none {} other {, {how}}}; {mood}',
    'digest.nothing.mine':
      '{what, select, sites {None of your sites had {k} or more submissions this week on its own, or they were combined with others to protect a small group.} other {None of your topics had {k} or more submissions this week on its own, or they were combined with others to protect a small group.}}',
    'digest.nothing.all':
      '{what, select, sites {Nothing to show: no site had {k} or more submissions this week.} other {Nothing to show: no topic had {k} or more submissions this week.}}',
    'digest.trend.noneYet': 'no submissions yet',
    'digest.trend.none': 'no submissions',
    'digest.trend.noneShort': 'none',
    'digest.trend.fewer': 'fewer than {k}',
    'digest.trend.negative': '{pct} negative',
    'digest.trend.negativeShort': '{count} · {pct} neg.',
    'digest.trend.label': 'Submissions per week: {weeks}',
    'digest.trend.point': '{week}: {count}{pct, select, none {} other {, {pct} negative}}',
    'digest.trend.words': '{week}: {words}',
    'digest.trend.key': 'Bar length: submissions. Colours: {colours}.',
    'digest.trend.thisWeek': 'This week: {mix}.',
    'digest.audience':
      'For {name}, sponsor of {topics} at {sites}. The figures for each site and topic cover the whole organisation; the comments and escalations are only those in your area, and “You said, we did” lists the whole organisation’s responses.',
    'digest.everyTopic': 'every topic',
    'digest.everySite': 'every site',
    'digest.responses.none': 'No responses were published this week.',
    'digest.responses.withheld':
      'A few responses were published this week. They are listed here only once at least {k} are published in a week, so that none points to one person; each employee can read the answer to their own feedback on its status page.',
    'digest.responses.aboutText': '{about}:',
    'digest.responses.about': '{topics, select, none {Other feedback} other {{topics}}}',
    'digest.anonymity':
      'No group of fewer than {k} submissions is shown on its own: smaller groups are combined into "other", together with the next smallest where needed, so that none can be worked out by subtraction. Comments are quoted only from groups of {kQuote} or more, with personal details removed. A mood (negative, positive, neutral, mixed) is shown only when each of the four holds none or at least {k} submissions, in that row and in the rows it could be worked out from; otherwise it says "mood not shown", as showing it could point to who said what.',
    'digest.mover':
      '{label} ({kind, select, site {site} other {topic}}): {count}, {change, select, new {new this week} other {{change} on {weeks, plural, one {the week before} other {its #-week average}}}}{negative, select, none {} other {; {negative} negative{before, select, none {} other { (was {before})}}}}',
    'digest.quote': '"{text}"',
    'digest.quoteHtml': '“{text}”',
    'digest.esc.raised': '{count, plural, other {# raised}}',
    'digest.esc.inTime': '{count, plural, other {# acknowledged within SLA}}',
    'digest.esc.late': '{count, plural, other {# acknowledged late}}',
    'digest.esc.awaiting': '{count, plural, other {# awaiting, within SLA}}',
    'digest.esc.overdue': '{count, plural, other {# overdue}}',
    'digest.esc.none': 'None.',
    'digest.esc.mineHidden':
      "Not shown: fewer than {k} in your area, or combined with other sponsors' to protect a small group.",
    'digest.esc.fewer': 'Fewer than {k} raised, or too few with one sponsor to show safely, so no figures are shown.',
    'digest.esc.summary': '{line}.',
    'digest.esc.summaryNoneNamed': '{line}. No sponsor is named: each holds too few of them to show safely.',
    'digest.esc.otherSponsors': 'Other sponsors combined',
    'digest.esc.overdueSponsor':
      '{name}: {count} ({all, select, yes {all of them} other {at least {k} of them}} raised in week {week} of {year} or earlier)',
    'digest.esc.overdueOther': 'Other sponsors combined: {count}',
    'digest.esc.overdueNoneNamed': '{count}, no sponsor named: each holds too few of them to show safely',
    'digest.esc.legal':
      '{state, select, passed {{shown, select, yes {{count} cases held by {holder} are} other {1 to {upTo} cases held by {holder} are}} past a legal deadline that fell in the week of {week}, still not met} other {{shown, select, yes {{count} cases held by {holder} have} other {1 to {upTo} cases held by {holder} have}} a legal deadline in the week of {week}, not yet met}}',
    'digest.esc.comingUp': 'Legal deadlines this week and next',
    'digest.esc.comingUpText': 'Legal deadlines this week and next:',
    'digest.esc.stillOverdue': 'Still overdue now, from any week',
    'digest.esc.stillOverdueText': 'Still overdue now, from any week:',
    'digest.sponsorLine': '{name}: {line}',
    'digest.link.webText': 'With charts, in your browser (the link is for you and expires):',
    'digest.link.webButton': 'Open the digest with charts',
    'digest.link.expires': 'The link is for you alone and expires.',
    'digest.link.deskText': 'Your case desk: every case you hold, to acknowledge, answer or hand over:',
    'digest.link.desk': 'Your case desk: every case you hold',
    'digest.leadershipList': 'the leadership list',
  },
} as const satisfies CatalogueBase & {
  messages: Record<string, string>;
  sponsor: Record<string, string>;
  digest: Record<string, string>;
};
