import type { SponsorMessages } from './keys';

/** What sponsors and leadership read, in French ("vous"). Keys and parameters as in `sponsor/en.ts`. */
export const sponsorFr: SponsorMessages = {
  'sponsor.field': '{label} : {value}',
  'sponsor.label.why': 'Pourquoi cela vous parvient',
  'sponsor.label.site': 'Établissement',
  'sponsor.label.topic': 'Sujet',
  'sponsor.label.raised': 'Reçu',
  'sponsor.label.acknowledgeBy': 'Date limite pour accuser réception',
  'sponsor.label.feedbackBy': 'Date limite pour dire à la personne ce qui est fait',
  'sponsor.label.standing': 'Où en est le dossier',
  'sponsor.around': 'vers {time} le {day} ({zone})',
  'sponsor.overdue': '{when} (en retard)',
  'sponsor.legalBinds': '{day} à {time} ({zone}), le délai légal',
  'sponsor.feedbackDue':
    '{day} à {time} ({zone}) : le délai légal pour le lui dire, {months, plural, one {# mois} other {# mois}} après l’accusé de réception',
  'sponsor.notGiven': 'Non précisé',
  'sponsor.leadershipList': 'la liste de la direction',
  'sponsor.about':
    '{kind, select, both {{topics} à {site}} topic {{topics} (établissement non précisé)} site {Remontée de {site}} other {Remontée sans établissement ni sujet}}',
  'sponsor.urgentAbout': '{urgent, select, yes {Urgent : {about}} other {{about}}}',
  'sponsor.category':
    '{category, select, safety {santé et sécurité} harassment {harcèlement} discrimination {discrimination} fraud {fraude ou vol} threat {menace de violence} self-harm {personne qui risque de se faire du mal} other {{category}}}',
  'sponsor.reason.requested': 'la personne a demandé que ce soit traité comme urgent',
  'sponsor.reason.pattern': 'plusieurs personnes ont signalé le même problème au même endroit',
  'sponsor.reason.urgentAbout': 'cela semble concerner un sujet qui ne peut pas attendre : {about}',
  'sponsor.reason.urgent': 'cela semble concerner quelque chose qui ne peut pas attendre',
  'sponsor.withheld':
    '{about, select, none {Le texte n’a pas pu être traité sans risque, il n’est donc pas affiché ; {why, select, requested {la personne l’a marqué urgent} other {cela semble concerner quelque chose d’urgent}}.} other {Le texte n’a pas pu être traité sans risque, il n’est donc pas affiché ; {why, select, requested {la personne l’a marqué urgent} other {cela semble concerner quelque chose d’urgent}} ({about}).}} S’il peut être traité plus tard, il vous sera envoyé.',
  'sponsor.pattern':
    '{count, plural, one {# commentaire négatif} other {# commentaires négatifs}} sur cet établissement et ce sujet, {before, plural, =0 {en {days} jours} one {cette semaine et la précédente} other {cette semaine et les # précédentes}}',
  'sponsor.said.pattern': 'La tendance',
  'sponsor.said.withheld': 'Ce qui a été dit',
  'sponsor.said.redacted': 'Ce qui a été dit (données personnelles retirées)',
  'sponsor.writtenIn': 'Écrit en {language}.',
  'sponsor.translation': 'En {language} (traduction automatique)',
  'sponsor.email.heading':
    '{program} : {urgent, select, yes {une remontée urgente qui vous attend} other {une remontée qui vous attend}}',
  'sponsor.email.subject':
    '{occasion, select, text-added {Texte désormais disponible : } handed-over {Dossier qui vous est transmis : } other {}}{urgent, select, yes {Urgent : } other {}}{about} : merci d’accuser réception avant le {day} à {time} ({zone}){legal, select, yes {, le délai légal} other {}}',
  'sponsor.email.lead':
    '{occasion, select, text-added {Le texte de ce dossier n’avait pas pu être affiché ; il a maintenant été traité et figure ci-dessous.} overdue {Ce dossier parvient à {holder} car personne n’en a accusé réception à temps.} handed-over {{by} a transmis ce dossier à {holder}, avec ce motif : {reason}} other {}}',
  'sponsor.email.open': 'Accuser réception et répondre',
  'sponsor.email.desk': 'Tous vos dossiers (votre bureau des dossiers)',
  'sponsor.email.footer':
    'Ce lien vous est personnel et il expire. La réponse que vous écrivez est montrée à la personne qui a écrit ceci, grâce à son code de cas.',
  'sponsor.conversation.subject':
    '{kind, select, answer {{urgent, select, yes {Urgent : la personne a répondu ({about})} other {La personne a répondu ({about})}}} deadline-near {Échéance le {day} : {deadline, select, acknowledge {accuser réception de ce signalement} other {dire à la personne ce qui est fait}} ({about})} other {Délai légal dépassé : {deadline, select, acknowledge {accuser réception de ce signalement} other {dire à la personne ce qui est fait}} ({about})}}',
  'sponsor.conversation.lead':
    '{kind, select, answer {La personne qui a signalé ceci vous a écrit dans la conversation du dossier. Ses mots figurent ci-dessous, sans données personnelles.} deadline-near {{deadline, select, acknowledge {La loi laisse jusqu’au {day} pour accuser réception de ce signalement. Merci de le faire avant.} other {La loi laisse jusqu’au {day} pour dire à la personne ce qui est fait. Merci de le faire avant.}}} other {{deadline, select, acknowledge {Le délai légal pour accuser réception de ce signalement était le {day}, et il est dépassé. Merci de le faire maintenant ; la direction en a été informée.} other {Le délai légal pour dire à la personne ce qui est fait était le {day}, et il est dépassé. Merci de le faire maintenant ; la direction en a été informée.}}}}',
  'sponsor.conversation.open': 'Ouvrir le dossier',
  'sponsor.conversation.footer':
    'Ce lien vous est personnel et il expire. Ce que vous écrivez dans la conversation est montré à la personne grâce à son code de cas.',
  'sponsor.page.title': 'Dossier : {about}',
  'sponsor.problem': 'Il y a un problème',
  'sponsor.standing':
    '{status, select, responded {Réponse donnée ; réception accusée vers {time} le {day} ({zone})} acknowledged {Réception accusée vers {time} le {day} ({zone}) ; pas encore de réponse publiée} overdue {En attente d’un accusé de réception, et en retard} other {En attente d’un accusé de réception}}',
  'sponsor.reroute': 'Ce dossier a contourné {names} : {reasons}. Ces personnes n’en ont pas été informées.',
  'sponsor.reroute.named': 'le signalement les nomme',
  'sponsor.reroute.management': 'la personne a indiqué qu’il concerne sa propre hiérarchie',
  'sponsor.acknowledge': 'Accuser réception',
  'sponsor.response.label':
    '{has, select, yes {Modifier votre réponse publiée} other {Publier une réponse : vous avez dit, nous avons fait}}',
  'sponsor.response.hint':
    'Ce qui a été fait. Montré à la personne grâce à son code de cas, et compté dans le bilan hebdomadaire sans vous nommer ni dire le jour. Jusqu’à {max, plural, one {# caractère} other {# caractères}}. Ne nommez personne.',
  'sponsor.response.button': 'Publier la réponse',
  'sponsor.patternNoOne':
    'C’est une tendance chez plusieurs personnes : il n’y a donc personne à qui écrire ; le bilan hebdomadaire rend compte de ce qui a été fait.',
  'sponsor.conversation.heading': 'Conversation avec la personne',
  'sponsor.message.label': 'Écrire à la personne',
  'sponsor.message.hint':
    'Une question ou des nouvelles. La personne les lit grâce à son code de cas et peut répondre ; vous recevez un courriel quand elle le fait. Elle ne saura jamais qui vous êtes, hormis votre fonction. Jusqu’à {max, plural, one {# caractère} other {# caractères}}. Ne nommez personne : les noms sont retirés.',
  'sponsor.message.button': 'Envoyer à la personne',
  'sponsor.thread.meta':
    '{from, select, you {Vous} leadership {La liste de la direction} named {{name}} earlier {La personne qui avait le cas avant} sponsor {Un membre de la direction} other {La personne}}, le {day}',
  'sponsor.thread.none': 'Pas encore de message.',
  'sponsor.history': 'Historique',
  'sponsor.audit.line': '{at, select, day {Le {day} : {what}} other {Vers {time} le {day} ({zone}) : {what}}}',
  'sponsor.audit':
    '{event, select, raised {Reçu} routed {Reçu et transmis à {who}} emailed {Envoyé par courriel à {who}} text-shown {Le texte a finalement pu être affiché, et a été envoyé par courriel} acknowledged {Réception accusée} responded {Réponse publiée pour la personne} passed {Pas d’accusé de réception à temps, donc transmis plus haut} passed-to {Pas d’accusé de réception à temps, donc transmis à {who}} rerouted {Transmis à une autre personne} rerouted-to {Transmis à {who}} rerouted-instead {Transmis à {who} au lieu de {instead}, que ce cas doit contourner} made-urgent {Passé en urgent : la réponse de la personne est urgente} handed-over {Transmis par {who} à {to} : {reason}} closed {Clos par {who}} other {Mis à jour}}',
  'sponsor.notice':
    '{action, select, acknowledge {Réception accusée. La personne voit maintenant qu’un cadre dirigeant s’en occupe.} respond {Réponse publiée. La personne la verra en consultant son code de cas.} reply {Message envoyé. La personne le verra grâce à son code de cas (sur le web, ou en envoyant STATUT par SMS), et vous recevrez un courriel quand elle répondra.} hand-over {Dossier transmis. Il a quitté votre bureau, et la personne désormais responsable a reçu un courriel.} other {Dossier clos. Il reste dans votre bureau, sous « Clos ».}}',
  'sponsor.refusal':
    '{why, select, response-empty {Écrivez votre réponse avant de la publier.} response-long {Votre réponse ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} message-empty {Écrivez un message avant de l’envoyer.} message-long {Le message ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} thread-full {Cette conversation a atteint sa longueur maximale : plus rien ne peut y être ajouté.} no-one {C’est une tendance chez plusieurs personnes : il n’y a personne à qui écrire.} closed {Ce dossier est clos : il ne peut plus être modifié.} reason-empty {Dites pourquoi ce n’est pas pour vous, pour que la personne qui le reprend le sache.} reason-long {Le motif ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} target {Choisissez qui doit le reprendre.} other {Cela n’a pas pu être fait. Revenez au dossier et réessayez.}}',
  'sponsor.desk.link': 'Tous vos dossiers',
  'sponsor.desk.back': '← Tous vos dossiers',
  'sponsor.desk.title': 'Vos dossiers',
  'sponsor.desk.lead':
    '{name} : {total, plural, one {# dossier} other {# dossiers}} dans votre bureau. Rien ici ne dit qui a écrit quoi, et rien ne doit chercher à le savoir.',
  'sponsor.desk.filters': 'Filtrer vos dossiers',
  'sponsor.desk.show': 'Afficher',
  'sponsor.desk.showWhich': '{show, select, open {Dossiers ouverts} closed {Dossiers clos} other {Tous les dossiers}}',
  'sponsor.desk.everySite': 'Tous les établissements',
  'sponsor.desk.everyTopic': 'Tous les sujets',
  'sponsor.desk.unreadOnly': 'Seulement les dossiers avec une nouvelle réponse de la personne',
  'sponsor.desk.apply': 'Afficher ces dossiers',
  'sponsor.desk.count': '{count, plural, one {# dossier} other {# dossiers}}',
  'sponsor.desk.noMatch': 'Aucun dossier ne correspond à ces filtres.',
  'sponsor.desk.showOpen': 'Afficher tous les dossiers ouverts',
  'sponsor.desk.newAnswer': 'Nouvelle réponse de la personne',
  'sponsor.desk.clock':
    '{state, select, waiting {À vous : accuser réception avant le {day} à {time} ({zone}){legal, select, yes {, le délai légal} other {}}} overdue {En retard : il fallait accuser réception avant le {day} à {time} ({zone}){legal, select, yes {, le délai légal} other {}}} acknowledged {Réception accusée vers {time} le {day} ({zone}) ; pas encore de réponse publiée} answered {Réponse publiée vers {time} le {day} ({zone})} other {Clos vers {time} le {day} ({zone})}}',
  'sponsor.desk.published': 'Votre réponse publiée',
  'sponsor.desk.closedNote': 'Ce dossier est clos.',
  'sponsor.desk.canDo': 'Ce que vous pouvez faire',
  'sponsor.desk.handOver': 'Ce n’est pas pour vous ? Transmettez-le',
  'sponsor.desk.reason': 'Pourquoi ce n’est pas pour vous',
  'sponsor.desk.reasonHint':
    'Conservé dans l’historique du dossier pour la personne qui le reprend. Jusqu’à {max, plural, one {# caractère} other {# caractères}}.',
  'sponsor.desk.handOverButton': 'Transmettre',
  'sponsor.desk.close': 'Clore ce dossier',
  'sponsor.desk.pageTitle': '{name} : {about}',
  'sponsor.error':
    '{why, select, expired {Ce lien a expiré. Demandez-en un nouveau à l’opérateur de {program}, ou utilisez le courriel le plus récent sur ce dossier.} moved {Ce dossier est désormais entre les mains de quelqu’un d’autre : ce lien ne l’ouvre plus. S’il vous revient, vous recevrez un nouveau courriel.} replaced {Ce lien a été remplacé par un plus récent. Utilisez le lien de votre dernier courriel de {program}.} invalid {Ce lien n’est pas valide. Il a peut-être été copié incomplètement ou modifié. Ouvrez-le à nouveau depuis le courriel.} not-on-desk {Aucun dossier de ce type sur votre bureau. Il a peut-être été transmis ; la liste montre chaque dossier que vous détenez.} no-digest {Aucune synthèse n’a encore été publiée pour cette semaine.} not-found {Il n’y a rien à cette adresse. Ouvrez à nouveau le lien depuis le courriel.} too-large {Ce que vous avez envoyé est trop long. Revenez en arrière, raccourcissez-le et renvoyez-le.} not-our-form {Cela ne vient pas de l’un de nos formulaires. Revenez au formulaire et envoyez-le depuis celui-ci.} unreadable {Une partie de l’envoi n’a pas pu être lue. Revenez au formulaire et réessayez.} busy {Beaucoup de demandes arrivent en ce moment. Patientez un instant et réessayez.} unavailable {Cela n’a pas pu être fait pour le moment. Réessayez dans quelques minutes.} not-allowed {Cela ne peut pas être fait avec ce lien.} other {Une erreur s’est produite de notre côté ; rien de ce que vous avez envoyé n’a été conservé. Réessayez dans quelques minutes.}}',
  'sponsor.layout.skip': 'Aller au contenu',
  'sponsor.layout.footer':
    'Cette page vous est personnelle : merci de ne pas transférer son lien. Rien ici ne dit qui a écrit la remontée, et rien ne doit chercher à le savoir.',
};
