/**
 * What sponsors and leadership read, in English: escalation and
 * conversation emails, the case page behind `/ack`, the case desk. Spread
 * into `shared/i18n/en.ts`, so these keys are part of the key set every
 * language must translate. Times and days arrive formatted by `Intl` in the
 * reader's language (`shared/i18n/moments.ts`); names of sites, topics and
 * people come from the config as the operator wrote them.
 */
export const sponsorEn = {
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
  'sponsor.legalBinds': '{day} at {time} {zone}, the legal deadline',
  'sponsor.feedbackDue':
    '{day} at {time} {zone}: the legal deadline to tell them, {months, plural, one {# month} other {# months}} after the acknowledgement',
  'sponsor.notGiven': 'Not given',
  'sponsor.leadershipList': 'the leadership list',
  'sponsor.about':
    '{kind, select, both {{topics} at {site}} topic {{topics} (the site was not said)} site {Feedback from {site}} other {Feedback with no site or topic}}',
  'sponsor.urgentAbout': '{urgent, select, yes {Urgent: {about}} other {{about}}}',
  'sponsor.category':
    '{category, select, safety {health and safety} harassment {harassment} discrimination {discrimination} fraud {fraud or theft} threat {a threat of violence} self-harm {someone at risk of harming themselves} other {{category}}}',
  'sponsor.reason.requested': 'the employee asked for it to be treated as urgent',
  'sponsor.reason.pattern': 'several people raised the same problem at the same site',
  'sponsor.reason.urgentAbout': 'it appears to be about {about}, which cannot wait',
  'sponsor.reason.urgent': 'it appears to be about something that cannot wait',
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
    '{program}: {urgent, select, yes {urgent feedback for you to act on} other {feedback for you to act on}}',
  'sponsor.email.subject':
    '{occasion, select, text-added {Text now available: } handed-over {Handed over to you: } other {}}{urgent, select, yes {Urgent: } other {}}{about}: please acknowledge by {day} at {time} {zone}{legal, select, yes {, the legal deadline} other {}}',
  'sponsor.email.lead':
    '{occasion, select, text-added {The text of this matter could not be shown before; it has now been processed and is below.} overdue {This came to {holder} because it was not acknowledged in time.} handed-over {{by} handed this over to {holder}, saying: {reason}} other {}}',
  'sponsor.email.open': 'Acknowledge and answer',
  'sponsor.email.desk': 'All your cases (your case desk)',
  'sponsor.email.footer':
    'The link is for you alone and expires. A response you write is shown to the employee who wrote this, by their case code.',
  'sponsor.conversation.subject':
    '{kind, select, answer {{urgent, select, yes {Urgent: the employee answered ({about})} other {The employee answered ({about})}}} deadline-near {Deadline {day}: {deadline, select, acknowledge {acknowledge this report} other {tell the employee what is being done}} ({about})} other {Deadline passed: {deadline, select, acknowledge {acknowledge this report} other {tell the employee what is being done}} ({about})}}',
  'sponsor.conversation.lead':
    '{kind, select, answer {The employee who raised this has written to you in its conversation. Their words are below, with personal details removed.} deadline-near {{deadline, select, acknowledge {The law gives until {day} to acknowledge this report. Please do it before then.} other {The law gives until {day} to tell the employee what is being done. Please do it before then.}}} other {{deadline, select, acknowledge {The legal deadline to acknowledge this report was {day}, and it has passed. Please do it now; leadership has been told.} other {The legal deadline to tell the employee what is being done was {day}, and it has passed. Please do it now; leadership has been told.}}}}',
  'sponsor.conversation.open': 'Open the case',
  'sponsor.conversation.footer':
    'The link is for you alone and expires. What you write in the conversation is shown to the employee by their case code.',
  'sponsor.page.title': 'Case: {about}',
  'sponsor.problem': 'There is a problem',
  'sponsor.standing':
    '{status, select, responded {Answered; acknowledged around {day} at {time} {zone}} acknowledged {Acknowledged around {day} at {time} {zone}; no answer published yet} overdue {Waiting for acknowledgement, and overdue} other {Waiting for acknowledgement}}',
  'sponsor.reroute': 'This case was routed around {names}: {reasons}. They have not been told of it.',
  'sponsor.reroute.named': 'the report names them',
  'sponsor.reroute.management': 'the employee said it is about their management',
  'sponsor.acknowledge': 'Acknowledge',
  'sponsor.response.label':
    '{has, select, yes {Change your published response} other {Publish a response: you said, we did}}',
  'sponsor.response.hint':
    'What was done about it. Shown to the employee with their case code, and counted in the weekly digest without naming you or the day. Up to {max, plural, one {# character} other {# characters}}. Do not name anyone.',
  'sponsor.response.button': 'Publish response',
  'sponsor.patternNoOne':
    'This is a pattern across several people, so there is no one to write to; the weekly digest reports what was done.',
  'sponsor.conversation.heading': 'Conversation with the employee',
  'sponsor.message.label': 'Write to the employee',
  'sponsor.message.hint':
    'A question or an update. They read it with their case code and can answer; you are emailed when they do. They never learn who you are beyond your role. Up to {max, plural, one {# character} other {# characters}}. Do not name anyone: names are removed.',
  'sponsor.message.button': 'Send to the employee',
  'sponsor.thread.meta':
    '{from, select, you {You} leadership {The leadership list} named {{name}} earlier {Whoever held the case before} sponsor {A senior leader} other {The employee}}, {day}',
  'sponsor.thread.none': 'No messages yet.',
  'sponsor.history': 'History',
  'sponsor.audit.line': '{at, select, day {On {day}: {what}} other {Around {day} at {time} {zone}: {what}}}',
  'sponsor.audit':
    '{event, select, raised {Raised} routed {Raised and sent to {who}} emailed {Emailed to {who}} text-shown {The text could be shown after all, and was emailed} acknowledged {Acknowledged} responded {Response published for the employee} passed {Not acknowledged in time, so passed on} passed-to {Not acknowledged in time, so passed on to {who}} rerouted {Passed on} rerouted-to {Passed on to {who}} rerouted-instead {Sent to {who} instead of {instead}, whom this case goes around} made-urgent {Made urgent: the employee’s answer is urgent} handed-over {Handed over by {who} to {to}: {reason}} closed {Closed by {who}} other {Updated}}',
  'sponsor.notice':
    '{action, select, acknowledge {Acknowledged. The employee can now see that someone senior has it.} respond {Response published. The employee sees it when they check their case code.} reply {Sent. The employee sees it with their case code (on the web, or by texting STATUS), and you are emailed when they answer.} hand-over {Handed over. It has left your desk, and the person now responsible has been emailed.} other {Closed. The case stays on your desk under “Closed”.}}',
  'sponsor.refusal':
    '{why, select, response-empty {Write your response before publishing it.} response-long {Keep your response to {max, plural, one {# character} other {# characters}} or fewer.} message-empty {Write a message before sending it.} message-long {Keep the message to {max, plural, one {# character} other {# characters}} or fewer.} thread-full {This conversation has reached its length limit, so nothing more can be added.} no-one {This is a pattern across several people, so there is no one to write to.} closed {This case is closed, so it cannot be changed.} reason-empty {Say why this is not yours, so whoever takes it knows.} reason-long {Keep the reason to {max, plural, one {# character} other {# characters}} or fewer.} target {Choose who should take it.} other {That could not be done. Go back to the case and try again.}}',
  'sponsor.desk.link': 'All your cases',
  'sponsor.desk.back': '← All your cases',
  'sponsor.desk.title': 'Your cases',
  'sponsor.desk.lead':
    '{name}: {total, plural, one {# case} other {# cases}} on your desk. Nothing here says who wrote anything, and nothing should try to find out.',
  'sponsor.desk.filters': 'Filter your cases',
  'sponsor.desk.show': 'Show',
  'sponsor.desk.showWhich': '{show, select, open {Open cases} closed {Closed cases} other {All cases}}',
  'sponsor.desk.everySite': 'Every site',
  'sponsor.desk.everyTopic': 'Every topic',
  'sponsor.desk.unreadOnly': 'Only cases with a new answer from the employee',
  'sponsor.desk.apply': 'Show these cases',
  'sponsor.desk.count': '{count, plural, one {# case} other {# cases}}',
  'sponsor.desk.noMatch': 'No case matches these filters.',
  'sponsor.desk.showOpen': 'Show every open case',
  'sponsor.desk.newAnswer': 'New answer from the employee',
  'sponsor.desk.clock':
    '{state, select, waiting {Waiting for you: acknowledge by {day} at {time} {zone}{legal, select, yes {, the legal deadline} other {}}} overdue {Overdue: it was due to be acknowledged by {day} at {time} {zone}{legal, select, yes {, the legal deadline} other {}}} acknowledged {Acknowledged around {day} at {time} {zone}; no response published yet} answered {Response published around {day} at {time} {zone}} other {Closed around {day} at {time} {zone}}}',
  'sponsor.desk.published': 'Your published response',
  'sponsor.desk.closedNote': 'This case is closed.',
  'sponsor.desk.canDo': 'What you can do',
  'sponsor.desk.handOver': 'Not yours? Hand it over',
  'sponsor.desk.reason': 'Why it is not yours',
  'sponsor.desk.reasonHint':
    'Kept in the case’s history for whoever takes it. Up to {max, plural, one {# character} other {# characters}}.',
  'sponsor.desk.handOverButton': 'Hand over',
  'sponsor.desk.close': 'Close this case',
  'sponsor.desk.pageTitle': '{name}: {about}',
  'sponsor.error':
    '{why, select, expired {This link has expired. Ask the {program} operator for a new one, or use the most recent email about this matter.} moved {This matter is now with someone else, so this link no longer opens it. If it comes back to you, you will get a new email.} replaced {This link has been replaced by a newer one. Use the link in your most recent email from the {program}.} invalid {This link is not valid. It may have been copied incompletely or altered. Open it again from the email.} not-on-desk {There is no such case on your desk. It may have been handed over or passed on; the list shows every case you hold.} no-digest {No digest has been published for this week yet.} not-found {There is nothing at this address. Open the link again from the email.} too-large {What you sent is too long. Please go back, shorten it, and send it again.} not-our-form {That did not come from one of our forms. Please go back to the form and send it from there.} unreadable {Part of what was sent could not be read. Please go back to the form and try again.} busy {Too many requests for this page right now; please try again in a moment.} unavailable {This could not be done just now. Please try again in a few minutes.} not-allowed {This cannot be done with this link.} other {Something went wrong on our side; nothing you sent was kept. Please try again in a few minutes.}}',
  'sponsor.layout.skip': 'Skip to content',
  'sponsor.layout.footer':
    'This page is for you alone: please do not forward its link. Nothing here says who wrote the feedback, and nothing should try to find out.',
} as const;
