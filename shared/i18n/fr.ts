import type { Catalogue } from './catalogue';

/** French (formal "vous"). Keys and parameters as in `en.ts`. */
export const fr: Catalogue = {
  language: 'fr',
  name: 'Français',
  direction: 'ltr',
  // A title and the program's name, or the word "Error": written the same way.
  sameAsEnglish: ['web.page.title'],
  keywords: { help: ['AIDE'], status: ['STATUT'], urgent: ['URGENT'], reply: ['REPONDRE', 'REPONSE', 'REPONDS'] },
  // "mardi 1er décembre 2026", "3 h", "19 h 30".
  moments: {
    day: '{weekday} {date, select, 1 {1er} other {{date}}} {month} {year}',
    time: '{minute, select, 00 {{hour} h} other {{hour} h {minute}}}',
    moment: '{day} à {time} ({zone})',
  },
  messages: {
    'sms.accepted.full':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Envoyez STATUT {code} pour le suivre. Votre numéro n’est pas conservé.',
    'sms.accepted.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Envoyez STATUT {code} pour le suivre.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Les photos ne sont pas conservées (elles peuvent identifier des personnes), seulement vos mots. Envoyez STATUT {code} pour le suivre.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Les photos ne sont pas conservées, seulement vos mots. Envoyez STATUT {code} pour le suivre.',
    'sms.help.full':
      '{program} : avis anonymes pour {organisation}. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.help.short':
      '{program} : avis anonymes. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.help.minimal':
      '{program} : avis anonymes. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.throttled':
      'Vous avez envoyé beaucoup de messages cette heure-ci, celui-ci n’a donc pas été enregistré. Réessayez dans une heure.',
    'sms.questionsThrottled':
      'Vous avez posé beaucoup de questions cette heure-ci, celle-ci est donc restée sans réponse. Réessayez dans une heure.',
    'sms.empty':
      'Votre message était vide. Écrivez votre avis en mots ; il est anonyme. Répondez AIDE pour obtenir de l’aide.',
    'sms.picturesOnly':
      'Les photos ne sont pas acceptées (elles peuvent identifier des personnes) : rien n’a été enregistré. Écrivez votre avis en mots.',
    'sms.urgentOnly': 'Pour signaler une urgence, envoyez URGENT suivi de ce qui se passe, en un seul message.',
    'sms.tooLong':
      'Trop long : restez sous {max, plural, one {# caractère} other {# caractères}} (moins avec des emojis) ou envoyez-le en plusieurs fois. Rien n’a été enregistré.',
    'sms.unknownSite.list':
      'Il n’y a pas de site #{tag}, rien n’a donc été enregistré. Commencez par l’un de {tags} ou retirez l’étiquette.',
    'sms.unknownSite.plain':
      'Ce site n’existe pas, rien n’a donc été enregistré. Renvoyez le message sans la #étiquette.',
    'sms.statusUsage': 'Pour suivre un cas, envoyez STATUT et son code, par exemple STATUT {example}.',
    'sms.unknownCase': 'Aucun cas n’a ce code. Vérifiez-le et renvoyez STATUT suivi du code.',
    'sms.unavailable':
      'Désolé, votre message n’a pas été enregistré pour le moment. Renvoyez-le dans quelques minutes.',
    'sms.unreadable': 'Désolé, ce message est illisible : rien n’a été enregistré. Renvoyez-le en texte simple.',
    'sms.busy':
      'Nous recevons beaucoup de messages en ce moment : celui-ci n’a pas été enregistré. Renvoyez-le dans quelques minutes.',
    'sms.status':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}.',
    'sms.statusWithResponse':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}. La réponse : {response}',
    'sms.answerSent':
      'Merci. Votre réponse sur le cas {code} a été envoyée ; les noms sont retirés avant lecture. Envoyez STATUT {code} pour les réponses.',
    'sms.noConversation':
      'Le cas {code} n’a pas de conversation : seul un cas transmis à une personne responsable peut recevoir une réponse. Envoyez un nouvel avis sans le code.',
    'sms.threadFull':
      'La conversation du cas {code} est complète : votre réponse n’a pas été enregistrée. Envoyez plutôt un nouvel avis.',
    'sms.caseClosed':
      'Le cas {code} est clos : votre réponse n’a pas été envoyée. S’il y a du nouveau, envoyez un nouvel avis.',
    'sms.replyUsage':
      'Pour répondre, envoyez REPONDRE, le code du cas et votre réponse, par exemple REPONDRE {example} c’était l’équipe de nuit.',
    'sms.statusWithMessage':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}. Nouveau message : {message} Pour répondre, envoyez {code} et votre réponse.',
    'sms.overdue':
      'Cas {code} : {deadline, select, acknowledge {la réception n’a pas été confirmée dans le délai prévu par la loi} other {on ne vous a pas dit ce qui est fait dans le délai prévu par la loi}}, il a donc été transmis à l’équipe de direction, qui en assure le suivi.',
    // --- The kiosk (functions/intake/kiosk/): its page and script read these; keep them together. ---
    'kiosk.title': 'Borne d’avis · {program}',
    'kiosk.manifest.description': 'Dites-nous comment ça va au travail : une touche, anonyme.',
    'kiosk.manifest.shortName': 'Avis',
    'kiosk.loading': 'Préparation…',
    'kiosk.noScript':
      'Cette borne a besoin de JavaScript. Pour donner votre avis sans lui, utilisez le formulaire web à l’adresse /.',
    'kiosk.languages': 'Langue',
    'kiosk.start.question': 'Comment ça va au travail aujourd’hui ?',
    'kiosk.start.anonymous': 'Anonyme : rien sur vous n’est enregistré.',
    'kiosk.rating.1': 'Très mal',
    'kiosk.rating.2': 'Mal',
    'kiosk.rating.3': 'Bien',
    'kiosk.rating.4': 'Très bien',
    'kiosk.details.title': 'Merci. Autre chose à ajouter ?',
    'kiosk.details.chosen':
      'Vous avez choisi « {choice} ». Ajoutez des détails si vous le souhaitez, ou appuyez sur Envoyer.',
    'kiosk.details.topics': 'De quoi s’agit-il ? (facultatif)',
    'kiosk.details.comment': 'Commentaire (facultatif)',
    'kiosk.details.commentHint':
      'Merci de ne pas écrire de noms. Jusqu’à {max, plural, one {# caractère} other {# caractères}}.',
    'kiosk.details.checkPreview': 'Voir ce qui sera retiré',
    'kiosk.details.urgent': 'C’est urgent : demander à un membre de la direction de s’en occuper tout de suite',
    'kiosk.details.aboutManagement': 'Cela concerne ma hiérarchie : l’envoyer à quelqu’un au-dessus d’eux',
    'kiosk.details.send': 'Envoyer',
    'kiosk.details.back': 'Retour',
    'kiosk.preview.empty': 'Écrivez d’abord un commentaire, puis vérifiez-le.',
    'kiosk.preview.checking': 'Vérification…',
    'kiosk.preview.nothing':
      'Nous n’avons trouvé ni nom ni numéro à retirer. Vérifiez que rien d’autre ne permet de vous reconnaître, ni quelqu’un d’autre.',
    'kiosk.preview.intro': 'Avant que quiconque le lise :',
    'kiosk.preview.change': '« {original} » sera remplacé par {replacement}',
    'kiosk.preview.offline':
      'Cette vérification a besoin de la connexion. Votre commentaire est quand même nettoyé des noms et numéros avant que quiconque le lise.',
    'kiosk.preview.busy':
      'Beaucoup de commentaires sont vérifiés en ce moment. Réessayez dans un instant, ou envoyez le vôtre tel quel : il est nettoyé des noms et numéros avant que quiconque le lise.',
    'kiosk.preview.failed':
      'Cette vérification n’est pas disponible pour le moment. Votre commentaire est quand même nettoyé des noms et numéros avant que quiconque le lise.',
    'kiosk.thanks.title': 'Merci',
    'kiosk.thanks.codeIntro': 'Votre code de cas est',
    'kiosk.thanks.followUp':
      'Pour le suivre, notez le code et allez sur {address} depuis un téléphone ou un ordinateur.',
    'kiosk.thanks.saved':
      'Votre avis est enregistré sur cette tablette et sera envoyé dès que la connexion le permettra. Un code de cas a besoin de la connexion : il n’y en a donc pas cette fois.',
    'kiosk.thanks.done': 'Terminer',
    'kiosk.network.offline':
      'Hors ligne. Vous pouvez quand même donner votre avis : il est enregistré ici et envoyé plus tard.',
    'kiosk.network.offlineSaved':
      'Hors ligne. {count, plural, one {# avis enregistré} other {# avis enregistrés}} sur cette tablette, à envoyer au retour de la connexion.',
    'kiosk.network.sending':
      'Envoi de {count, plural, one {# avis enregistré} other {# avis enregistrés}} sur cette tablette…',
    'kiosk.setup.title': 'Cette tablette n’est pas encore configurée',
    'kiosk.setup.body':
      'Elle ne peut pas recueillir d’avis tant qu’elle ne l’est pas. Prévenez la personne qui s’occupe des tablettes ; vous pouvez toujours donner votre avis depuis votre téléphone ou par SMS.',
    'web.page.title': '{title} · {program}',
    'web.page.errorTitle': 'Erreur : {title}',
    'web.page.skip': 'Aller au contenu',
    'web.page.languages': 'Langue',
    'web.page.footer.employee':
      'Anonyme : nous n’enregistrons ni qui vous êtes, ni votre adresse IP, ni votre appareil. N’indiquez pas de noms ni de détails qui pourraient vous identifier, vous ou d’autres personnes.',
    'web.page.footer.sponsor':
      'Cette page vous est personnelle : ne transférez pas son lien. Rien ici ne dit qui a écrit cet avis, et personne ne doit chercher à le savoir.',
    'web.problem': 'Il y a un problème',
    'web.sendMore': 'Envoyer un autre avis',
    'web.form.title': 'Envoyer un avis',
    'web.form.heading': 'Dites-nous ce que vous pensez',
    'web.form.lead':
      'Compliments, problèmes, idées : votre avis parvient aux responsables qui peuvent agir, sans votre nom.',
    'web.form.text': 'Votre avis',
    'web.form.textHint':
      'Jusqu’à {max, plural, one {# caractère} other {# caractères}}. Les noms et numéros de téléphone sont retirés avant que quiconque le lise.',
    'web.form.optional': '(facultatif)',
    'web.form.site': 'Où travaillez-vous ? {optional}',
    'web.form.siteNone': 'Je préfère ne pas le dire',
    'web.form.topic': 'De quoi s’agit-il ? {optional}',
    'web.form.topicNone': 'Je ne sais pas / autre chose',
    'web.form.escalate': 'C’est urgent : demander à un ou une responsable de la direction de s’en occuper maintenant',
    'web.form.aboutManagement': 'Cela concerne ma hiérarchie',
    'web.form.aboutManagementHint':
      'Il est alors transmis à une personne au-dessus d’elle, jamais à celle qui le lirait d’habitude.',
    'web.form.send': 'Envoyer anonymement',
    'web.form.check': 'Voir ce qui sera retiré',
    'web.form.follow': 'Vous avez déjà envoyé quelque chose ? {link}.',
    'web.form.followLink': 'Suivez-le avec votre code de cas',
    'web.form.error.empty': 'Écrivez votre avis dans la zone de texte avant de l’envoyer.',
    'web.form.error.tooLong':
      'Votre avis est trop long pour un seul message. Réduisez-le à {max, plural, one {# caractère} other {# caractères}} au plus (les emojis et certaines lettres comptent pour plusieurs), ou envoyez-le en deux fois.',
    'web.form.error.site': 'Choisissez votre lieu de travail dans la liste, ou « Je préfère ne pas le dire ».',
    'web.form.error.topic': 'Choisissez un sujet dans la liste, ou « Je ne sais pas / autre chose ».',
    'web.form.error.escalate': 'Cochez la case « urgent » ou laissez-la vide.',
    'web.form.error.busy':
      'Nous recevons beaucoup d’avis en ce moment : le vôtre n’a pas été envoyé. Patientez un instant et renvoyez-le ; ce que vous avez écrit est toujours là.',
    'web.form.error.unavailable':
      'Votre avis n’a pas pu être enregistré pour le moment. Renvoyez-le dans quelques minutes ; ce que vous avez écrit est toujours là.',
    'web.form.error.unreadable': 'Une partie de l’envoi est illisible. Vérifiez le formulaire et renvoyez-le.',
    'web.preview.heading': 'Avant d’envoyer',
    'web.preview.changes': 'Ces détails seront retirés avant que quiconque lise votre avis :',
    'web.preview.change': '« {original} » sera remplacé par {replacement}',
    'web.preview.none':
      'Nous n’avons trouvé ni nom, ni numéro de téléphone, ni autre donnée personnelle à retirer. Vérifiez que rien d’autre dans le texte ne permet de vous reconnaître, vous ou quelqu’un d’autre.',
    'web.preview.readAs': 'Ce qui sera lu :',
    'web.preview.nothingSent':
      'Rien n’a encore été envoyé ni conservé. Modifiez votre texte ci-dessous si vous le souhaitez, puis envoyez-le.',
    'web.redacted':
      '[{kind, select, NAME {NOM} PHONE {TÉLÉPHONE} EMAIL {COURRIEL} ADDRESS {ADRESSE} ID {IDENTIFIANT} URL {LIEN} PLATE {PLAQUE} other {RETIRÉ}}]',
    'web.receipt.title': 'Avis reçu',
    'web.receipt.heading': 'Merci, nous l’avons bien reçu',
    'web.receipt.receipt': 'Votre reçu',
    'web.receipt.codeIs': 'Votre code de cas est',
    'web.receipt.codeLabel': 'Code de cas {spelled}',
    'web.receipt.copy': 'Copier le code',
    'web.receipt.print': 'Imprimer ce reçu',
    'web.receipt.copied': 'Copié. Collez-le dans un endroit que personne d’autre que vous ne peut voir.',
    'web.receipt.copyFailed':
      'Votre navigateur ne nous a pas laissés le copier : le code est sélectionné, copiez-le vous-même ou notez-le.',
    'web.receipt.keepSafe': 'Gardez ce code en lieu sûr. Si vous le perdez, il est impossible de le retrouver.',
    'web.receipt.whyLost':
      'Nous ne savons pas qui vous êtes : personne, pas même les personnes qui gèrent {program}, ne peut le retrouver ni vous le renvoyer.',
    'web.receipt.next': 'La suite',
    'web.receipt.nextRead':
      'Dans quelques minutes, votre avis est lu : les noms et autres données personnelles sont retirés, puis il est classé par sujet.',
    'web.receipt.nextReport':
      'Il compte dans le rapport que l’équipe de direction reçoit chaque {day}, avec les avis de tous les autres.',
    'web.receipt.nextUrgent':
      'S’il est urgent, ou si vous l’avez demandé, il est transmis à un ou une responsable de la direction, à qui il est demandé d’en accuser réception sous {urgent} ({standard} pour les autres sujets transmis) et qui doit, selon la loi, le faire sous {legal} au plus tard, puis vous dire ce qui est fait sous {feedback} au plus tard. Sa réponse apparaît avec votre cas.',
    'web.receipt.follow': 'Comment le suivre',
    'web.receipt.followWeb': 'Sur le web : ouvrez {link}.',
    'web.receipt.followSms': 'Par SMS : envoyez {command} au {number}.',
    'web.receipt.followSmsSites': 'Par SMS : envoyez {command} au numéro de votre site :',
    // A site's SMS number on the receipt; French puts a narrow no-break space before the colon.
    'web.receipt.smsNumber': '{site}\u202f: {number}',
    'web.receipt.printNote': 'Ce reçu ne dit pas qui vous êtes, ce que vous avez écrit ni quand.',
    'web.receipt.noPrinter':
      'Pas d’imprimante ? Notez le code ou prenez-le en photo ; la commande Imprimer de votre navigateur imprime aussi ce reçu seul.',
    'web.receipt.seeStatus': 'Voir où en est ce cas',
    'web.status.title': 'Cas {code}',
    'web.status.step':
      '{status, select, received {Bien arrivé} analysed {Lu et classé par sujet} escalated {Transmis à la direction} acknowledged {Pris en compte par cette personne} other {Réponse donnée}}',
    'web.status.reached': '(fait)',
    'web.status.now':
      'État : {status, select, received {bien arrivé} analysed {lu et classé par sujet} escalated {transmis à la direction} acknowledged {pris en compte par cette personne} other {réponse donnée}}',
    'web.status.next':
      '{status, select, received {Il sera lu dans un instant : les données personnelles sont retirées et il est classé par sujet. S’il est urgent, ou si vous l’avez demandé, il est ensuite transmis directement à la direction, qui peut vous répondre ici.} analysed {Comme la plupart des avis, il compte maintenant dans le rapport hebdomadaire que lit l’équipe de direction, avec ceux de tous les autres. Il ne reçoit pas de réponse personnelle : cela n’arrive que lorsqu’un sujet urgent est transmis à la direction.} escalated {Un ou une responsable de la direction l’a reçu et doit en accuser réception sous {urgent} s’il est urgent ({standard} sinon). Toute réponse écrite apparaîtra sur cette page.} acknowledged {La personne responsable l’a lu. Toute réponse écrite apparaîtra sur cette page.} other {La personne responsable a répondu ; sa réponse figure ci-dessous.}}',
    'web.status.acknowledgeBy': 'Réception confirmée au plus tard le {day}.',
    'web.status.feedbackBy': 'Vous saurez ce qui est fait au plus tard le {day}.',
    'web.status.overdue':
      '{deadline, select, acknowledge {Le délai pour en confirmer la réception était le {day}.} other {Le délai pour vous dire ce qui est fait était le {day}.}} Ce délai est dépassé : le cas a donc été transmis à l’équipe de direction, qui en assure le suivi.',
    'web.status.response': 'Réponse de la direction',
    'web.status.conversation': 'Conversation avec la direction',
    'web.status.newMessage':
      '{count, plural, one {Vous avez un nouveau message.} other {Vous avez # nouveaux messages.}}',
    'web.status.sent':
      'Votre réponse a été envoyée. Les données personnelles sont retirées avant que la direction la lise ; elle apparaîtra ici dans un instant.',
    'web.status.nothingYet':
      'La direction n’a encore rien écrit ici. Si vous voulez ajouter quelque chose à votre cas, écrivez-le ci-dessous : elle le lira.',
    'web.status.answer': 'Votre réponse',
    'web.status.answerHint':
      'Anonyme, comme votre avis : les noms et autres données personnelles sont retirés avant que quiconque la lise. Jusqu’à {max, plural, one {# caractère} other {# caractères}}.',
    'web.status.sendAnswer': 'Envoyer la réponse',
    'web.status.answerBySms': 'Par SMS : envoyez {code} suivi de votre réponse.',
    'web.status.error.empty': 'Écrivez votre réponse dans la zone de texte avant de l’envoyer.',
    'web.status.error.tooLong':
      'Votre réponse est trop longue pour un seul message. Réduisez-la à {max, plural, one {# caractère} other {# caractères}} au plus, ou envoyez-la en deux fois.',
    'web.status.error.full':
      'Cette conversation a atteint sa longueur maximale : plus rien ne peut y être ajouté. Envoyez plutôt un nouvel avis.',
    'web.status.closed':
      'Ce cas est clos : la direction l’a terminé, plus rien ne peut y être ajouté. S’il y a du nouveau, envoyez un nouvel avis.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {Vous} other {La direction}}} other {{reader, select, sponsor {La personne qui a écrit} other {Vous}}}}',
    'web.thread.meta': '{who}, le {day}',
    'web.thread.none': 'Aucun message pour le moment.',
    'web.thread.waiting':
      'En route : la personne responsable le recevra à la fin de cette heure, pour que l’heure ne permette pas de vous reconnaître.',
    'web.lookup.title': 'Suivre un cas',
    'web.lookup.code': 'Code de cas',
    'web.lookup.hint': 'Dix lettres et chiffres, par exemple {example}.',
    'web.lookup.check': 'Vérifier',
    'web.lookup.noSuchCase':
      'Aucun cas n’a ce code. Vérifiez-le (dix lettres et chiffres, par exemple {example}) et réessayez.',
    'web.error.title':
      '{status, select, 400 {Quelque chose est à corriger} 401 {Non connecté} 403 {Non autorisé} 404 {Page introuvable} 409 {Déjà envoyé avec d’autres mots} 413 {Trop long} 415 {Ce n’est pas l’un de nos formulaires} 429 {Trop de demandes en ce moment} 503 {Veuillez réessayer} other {Une erreur s’est produite}}',
    'web.error.notFound':
      'Il n’y a pas de page à cette adresse. Vérifiez le lien, ou recommencez depuis le formulaire d’avis.',
    'web.error.tooLarge': 'Votre envoi est trop long. Revenez en arrière, raccourcissez-le et renvoyez-le.',
    'web.error.notOurForm':
      'Cet envoi ne vient pas de l’un de nos formulaires. Revenez au formulaire et envoyez-le depuis celui-ci.',
    'web.error.unreadable': 'Une partie de l’envoi est illisible. Revenez au formulaire et réessayez.',
    'web.error.notAllowed':
      'Cette page ne peut pas être ouverte de cette façon. Recommencez depuis le formulaire d’avis.',
    'web.error.reused': 'Ceci a déjà été envoyé avec d’autres mots. Revenez au formulaire et renvoyez-le.',
    'web.error.busy': 'Beaucoup de personnes utilisent ce service en ce moment. Patientez un instant et réessayez.',
    'web.error.unavailable': 'Cela n’a pas pu être fait pour le moment. Réessayez dans quelques minutes.',
    'web.error.internal': 'Une erreur s’est produite de notre côté ; rien de ce que vous avez envoyé n’a été conservé.',
    'web.error.noConversation':
      'Ce cas n’a pas de conversation : seul un cas transmis à la direction peut recevoir une réponse. Envoyez plutôt un nouvel avis.',
    'web.error.back': 'Retour au formulaire d’avis',
  },
};
