import type { DigestMessages } from './keys';

/** The weekly digest in French (see `en.ts`). */
export const digestFr: DigestMessages = {
  'digest.kicker': '{program} · synthèse hebdomadaire · {organisation}',
  'digest.band': '{program} · synthèse hebdomadaire',
  'digest.weekTitle': 'Semaine {week} : {period}',
  'digest.weekShort': 'S{week}',
  'digest.pageTitle': 'Synthèse de la semaine {week} · {program}',
  'digest.skip': 'Aller au contenu',
  'digest.subject':
    '{who, select, sponsor {{program} : synthèse hebdomadaire pour {name}, {period}} other {{program} : synthèse hebdomadaire, {period}}}{figure, select, none {} other { : {figure}}}',
  'digest.subject.total':
    '{count, plural, one {# retour reçu} other {# retours reçus}}{moved, select, none {} other { ({moved})}}',
  'digest.scopeFigure':
    '{measure, select, sites {{count, plural, one {# retour reçu de vos sites} other {# retours reçus de vos sites}}} other {{count, plural, one {# mention de vos thèmes} other {# mentions de vos thèmes}}}}',
  'digest.scope.line':
    '{measure, select, sites {{count, plural, one {# retour reçu de vos sites.} other {# retours reçus de vos sites.}}} other {{count, plural, one {# mention de vos thèmes (un commentaire peut en toucher plusieurs).} other {# mentions de vos thèmes (un commentaire peut en toucher plusieurs).}}}}',
  'digest.scope.tooFew':
    '{measure, select, sites {Vos sites} other {Vos thèmes}} : trop peu de retours cette semaine pour les montrer à part (moins de {k}, ou regroupés avec d’autres pour protéger un petit groupe).',
  'digest.change': '{direction, select, up {en hausse de {pct}} down {en baisse de {pct}} other {sans changement}}',
  'digest.sentiment': '{sentiment, select, POSITIVE {positif} NEUTRAL {neutre} MIXED {mitigé} other {négatif}}',
  'digest.mixItem':
    '{sentiment, select, POSITIVE {{pct} positif} NEUTRAL {{pct} neutre} MIXED {{pct} mitigé} other {{pct} négatif}}',
  'digest.mood': 'négatif {negative} · positif {positive}',
  'digest.moodHidden': 'humeur non affichée (trop peu pour la détailler)',
  'digest.face': '{face, select, 0 {très mécontent} 1 {mécontent} 2 {content} other {très content}}',
  'digest.faceItem': '{face} {pct}',
  'digest.channel': '{channel, select, web {formulaire web} sms {SMS} kiosk {borne} other {{channel}}}',
  'digest.label.channel': '{channel, select, web {Formulaire web} sms {SMS} kiosk {Borne} other {{channel}}}',
  'digest.label.noSite': 'Site non indiqué',
  'digest.label.otherChannels': 'Autres canaux regroupés',
  'digest.label.otherSites': 'Autres sites regroupés',
  'digest.label.otherTopics': 'Autres thèmes regroupés',
  'digest.label.otherLanguages': 'Autres langues regroupées',
  'digest.label.unknownLanguage': 'Non reconnue, ou sans mots',
  'digest.total': 'Ensemble',
  'digest.section.glance': 'En bref',
  'digest.section.trend': '{weeks} dernières semaines',
  'digest.section.trendText': '{weeks} dernières semaines (retours, part négative)',
  'digest.section.sites': 'Sites',
  'digest.section.sitesText': 'Sites (retours, humeur)',
  'digest.section.topics': 'Thèmes',
  'digest.section.topicsText': 'Thèmes (un commentaire peut en toucher plusieurs)',
  'digest.section.languages': 'Langues',
  'digest.section.movers': 'Plus fortes évolutions',
  'digest.section.moversText': 'Plus fortes évolutions (par rapport aux 4 semaines précédentes)',
  'digest.section.themes': 'Sujets récurrents',
  'digest.section.themesText': 'Sujets récurrents (expressions présentes dans {k} commentaires ou plus)',
  'digest.section.said': 'Ce que les gens ont dit',
  'digest.section.saidText': 'Ce que les gens ont dit (données personnelles retirées)',
  'digest.section.escalations': 'Signalements remontés cette semaine',
  'digest.section.did': 'Vous avez dit, nous avons fait',
  'digest.section.didText': 'Vous avez dit, nous avons fait (réponses publiées cette semaine)',
  'digest.caption.channels': 'Retours par canal',
  'digest.caption.sites': 'Retours par site',
  'digest.caption.topics': 'Retours par thème',
  'digest.caption.languages': 'Retours par langue',
  'digest.note.topics': 'Un commentaire peut toucher plusieurs thèmes.',
  'digest.note.movers': 'Par rapport à la moyenne de chaque groupe sur les 4 semaines précédentes.',
  'digest.note.themes': 'Expressions présentes dans {k} commentaires ou plus, celles en hausse d’abord.',
  'digest.note.said': 'Données personnelles retirées.',
  'digest.total.tooFew':
    '{whole, select, yes {Dans toute l’organisation : moins de {k} retours cette semaine, donc aucun chiffre n’est affiché.} other {Moins de {k} retours cette semaine, donc aucun chiffre n’est affiché.}}',
  'digest.total.line':
    '{whole, select, yes {Dans toute l’organisation : } other {}}{count, plural, one {# retour reçu} other {# retours reçus}}{moved, select, none {} other {, {moved} par rapport aux {last} de la semaine dernière}}.',
  'digest.total.whole': 'Dans toute l’organisation :',
  'digest.total.under':
    '{count, plural, one {retour reçu} other {retours reçus}}{moved, select, none {} other {, {moved} par rapport aux {last} de la semaine dernière}}',
  'digest.preheader':
    '{count, plural, one {# retour reçu} other {# retours reçus}}{moved, select, none {} other {, {moved} par rapport à la semaine dernière}}.{escalations, plural, =0 {} one { # signalement remonté.} other { # signalements remontés.}}',
  'digest.preheader.tooFew': 'Moins de retours que le seuil d’anonymat cette semaine.',
  'digest.sentimentLine': 'Humeur : {mix}',
  'digest.sentimentHeading': 'Humeur',
  'digest.kioskFaces': 'Visages de la borne ({taps, plural, one {# appui} other {# appuis}}) : {faces}',
  'digest.kioskFacesHeading': 'Visages de la borne ({taps, plural, one {# appui} other {# appuis}})',
  'digest.withheld.channels':
    'Par canal : non affiché cette semaine, car certains canaux avaient trop peu de retours sur un site pour les montrer à part.',
  'digest.withheld.languages':
    'Non affiché cette semaine, car certaines langues avaient trop peu de retours sur un site ou un canal pour les montrer à part.',
  'digest.note.languages':
    'La langue dans laquelle chaque retour a été écrit, telle que détectée ; un appui sur la borne sans mots compte comme non reconnu.',
  'digest.withheld.faces':
    'Visages de la borne : non affichés cette semaine (trop peu d’appuis sur certains visages, ou la borne ne pouvait pas être montrée à part).',
  'digest.noHistory':
    'Rien à comparer pour l’instant : les évolutions apparaissent dès que des semaines précédentes ont des retours.',
  'digest.theme.change':
    '{trend, select, new {nouveau comme sujet} other {{moved} par rapport à sa moyenne sur 4 semaines}}',
  'digest.theme.line':
    '« {phrase} » : {count, plural, one {# commentaire} other {# commentaires}}{how, select, none {} other {, {how}}} ; {mood}',
  'digest.theme.text':
    '« {phrase} » : {count, plural, one {# commentaire} other {# commentaires}}{how, select, none {} other {, {how}}} ; {mood}',
  'digest.nothing.mine':
    '{what, select, sites {Aucun de vos sites n’a eu {k} retours ou plus à lui seul cette semaine, ou ils ont été regroupés avec d’autres pour protéger un petit groupe.} other {Aucun de vos thèmes n’a eu {k} retours ou plus à lui seul cette semaine, ou ils ont été regroupés avec d’autres pour protéger un petit groupe.}}',
  'digest.nothing.all':
    '{what, select, sites {Rien à afficher : aucun site n’a eu {k} retours ou plus cette semaine.} other {Rien à afficher : aucun thème n’a eu {k} retours ou plus cette semaine.}}',
  'digest.trend.noneYet': 'pas encore de retours',
  'digest.trend.none': 'aucun retour',
  'digest.trend.noneShort': 'aucun',
  'digest.trend.fewer': 'moins de {k}',
  'digest.trend.negative': '{pct} négatif',
  'digest.trend.negativeShort': '{count} · {pct} nég.',
  'digest.trend.label': 'Retours par semaine : {weeks}',
  'digest.trend.point': '{week} : {count}{pct, select, none {} other {, {pct} négatif}}',
  'digest.trend.words': '{week} : {words}',
  'digest.trend.key': 'Longueur de la barre : retours. Couleurs : {colours}.',
  'digest.trend.thisWeek': 'Cette semaine : {mix}.',
  'digest.audience':
    'Pour {name}, responsable de {topics} sur {sites}. Les chiffres de chaque site et thème couvrent toute l’organisation ; les commentaires et signalements sont uniquement ceux de votre périmètre.',
  'digest.everyTopic': 'tous les thèmes',
  'digest.everySite': 'tous les sites',
  'digest.responses.none': 'Aucune réponse n’a été publiée cette semaine.',
  'digest.responses.withheld':
    'Quelques réponses ont été publiées cette semaine. Elles ne sont listées ici qu’à partir de {k} publiées dans une semaine, pour qu’aucune ne désigne une personne ; chaque salarié peut lire la réponse à son propre retour sur sa page de suivi.',
  'digest.responses.aboutText': '{about} :',
  'digest.responses.about': '{topics, select, none {Retours} other {{topics}}}',
  'digest.anonymity':
    'Aucun groupe de moins de {k} retours n’est montré à part : les plus petits groupes sont regroupés dans « autres », avec le suivant le plus petit si besoin, pour qu’aucun ne puisse être déduit par soustraction. Les commentaires ne sont cités qu’à partir de groupes de {kQuote} ou plus, données personnelles retirées.',
  'digest.mover':
    '{label} ({kind, select, site {site} other {thème}}) : {count}, {change, select, new {nouveau cette semaine} other {{change} par rapport à sa moyenne sur 4 semaines}}{negative, select, none {} other { ; {negative} négatif{before, select, none {} other { (contre {before} avant)}}}}',
  'digest.quote': '« {text} »',
  'digest.quoteHtml': '« {text} »',
  'digest.esc.raised': '{count, plural, one {# remonté} other {# remontés}}',
  'digest.esc.inTime': '{count, plural, one {# pris en compte dans le délai} other {# pris en compte dans le délai}}',
  'digest.esc.late': '{count, plural, one {# pris en compte en retard} other {# pris en compte en retard}}',
  'digest.esc.awaiting': '{count, plural, one {# en attente, dans le délai} other {# en attente, dans le délai}}',
  'digest.esc.overdue': '{count, plural, one {# en retard} other {# en retard}}',
  'digest.esc.none': 'Aucun.',
  'digest.esc.mineHidden':
    'Non affiché : moins de {k} dans votre périmètre, ou regroupés avec ceux d’autres responsables pour protéger un petit groupe.',
  'digest.esc.fewer': 'Moins de {k} remontés, donc aucun chiffre n’est affiché.',
  'digest.esc.summary': '{line}.',
  'digest.esc.otherSponsors': 'Autres responsables regroupés',
  'digest.esc.overdueSponsor':
    '{name} : {count} ({k} ou plus d’entre eux remontés la semaine {week} de {year} ou avant)',
  'digest.esc.overdueOther': 'Autres responsables regroupés : {count}',
  'digest.esc.legal':
    '{state, select, passed {Délai légal dépassé} other {Délai légal dans moins d’une semaine}} : un dossier détenu par {holder}, {deadline, select, acknowledge {à prendre en compte avant le {day}} other {pour dire au salarié ce qui est fait avant le {day}}}',
  'digest.esc.stillOverdue': 'Toujours en retard, toutes semaines confondues',
  'digest.esc.stillOverdueText': 'Toujours en retard, toutes semaines confondues :',
  'digest.sponsorLine': '{name} : {line}',
  'digest.link.webText': 'Avec graphiques, dans votre navigateur (le lien vous est personnel et expire) :',
  'digest.link.webButton': 'Ouvrir la synthèse avec graphiques',
  'digest.link.expires': 'Le lien vous est personnel et expire.',
  'digest.link.deskText':
    'Votre bureau des dossiers : chaque dossier que vous détenez, à prendre en compte, répondre ou transmettre :',
  'digest.link.desk': 'Votre bureau des dossiers : chaque dossier que vous détenez',
  'digest.leadershipList': 'la liste de direction',
};
