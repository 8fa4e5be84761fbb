/**
 * The weekly digest in English: the email (HTML and text) and its web view.
 * Each entry is a whole sentence or heading; counts go through plurals and
 * `Intl.NumberFormat`, percentages arrive formatted for the reader's
 * language (`{pct}` is "8%" here, "8 %" in French). Names of sites, topics
 * and people arrive already in the reader's language where the config has one.
 */
export const digestEn = {
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
  'digest.moodHidden': 'mood not shown (too few to split)',
  'digest.face': '{face, select, 0 {very unhappy} 1 {unhappy} 2 {happy} other {very happy}}',
  'digest.faceItem': '{face} {pct}',
  'digest.channel': '{channel, select, web {web form} sms {SMS} kiosk {kiosk} other {{channel}}}',
  'digest.label.channel': '{channel, select, web {Web form} sms {SMS} kiosk {Kiosk} other {{channel}}}',
  'digest.label.noSite': 'Site not given',
  'digest.label.otherChannels': 'Other channels combined',
  'digest.label.otherSites': 'Other sites combined',
  'digest.label.otherTopics': 'Other topics combined',
  'digest.label.otherLanguages': 'Other languages combined',
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
  'digest.section.moversText': 'Biggest movers (against the previous 4 weeks)',
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
  'digest.note.movers': "Against each group's average over the previous 4 weeks.",
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
  'digest.theme.change': '{trend, select, new {new as a theme} other {{moved} on its 4-week average}}',
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
    'For {name}, sponsor of {topics} at {sites}. The figures for each site and topic cover the whole organisation; the comments and escalations are only those in your area.',
  'digest.everyTopic': 'every topic',
  'digest.everySite': 'every site',
  'digest.responses.none': 'No responses were published this week.',
  'digest.responses.withheld':
    'A few responses were published this week. They are listed here only once at least {k} are published in a week, so that none points to one person; each employee can read the answer to their own feedback on its status page.',
  'digest.responses.aboutText': '{about}:',
  'digest.responses.about': '{topics, select, none {Feedback} other {{topics}}}',
  'digest.anonymity':
    'No group of fewer than {k} submissions is shown on its own: smaller groups are combined into "other", together with the next smallest where needed, so that none can be worked out by subtraction. Comments are quoted only from groups of {kQuote} or more, with personal details removed.',
  'digest.mover':
    '{label} ({kind, select, site {site} other {topic}}): {count}, {change, select, new {new this week} other {{change} on its 4-week average}}{negative, select, none {} other {; {negative} negative{before, select, none {} other { (was {before})}}}}',
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
  'digest.esc.fewer': 'Fewer than {k} raised, so no figures are shown.',
  'digest.esc.summary': '{line}.',
  'digest.esc.otherSponsors': 'Other sponsors combined',
  'digest.esc.overdueSponsor': '{name}: {count} ({k} or more of them raised in week {week} of {year} or earlier)',
  'digest.esc.overdueOther': 'Other sponsors combined: {count}',
  'digest.esc.legal':
    '{state, select, passed {Legal deadline passed} other {Legal deadline within a week}}: a case held by {holder}, {deadline, select, acknowledge {to acknowledge by {day}} other {to tell the employee what is being done by {day}}}',
  'digest.esc.stillOverdue': 'Still overdue now, from any week',
  'digest.esc.stillOverdueText': 'Still overdue now, from any week:',
  'digest.sponsorLine': '{name}: {line}',
  'digest.link.webText': 'With charts, in your browser (the link is for you and expires):',
  'digest.link.webButton': 'Open the digest with charts',
  'digest.link.expires': 'The link is for you alone and expires.',
  'digest.link.deskText': 'Your case desk: every case you hold, to acknowledge, answer or hand over:',
  'digest.link.desk': 'Your case desk: every case you hold',
  'digest.leadershipList': 'the leadership list',
} as const;
