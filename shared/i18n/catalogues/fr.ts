import type { Catalogue } from '../catalogue';

/** French (formal "vous"). Keys and parameters as in `en.ts`: its messages, sponsors' pages and emails, and the weekly digest. */
export const fr: Catalogue = {
  language: 'fr',
  name: 'Français',
  direction: 'ltr',
  // How a list of names is quoted when a name holds the list's own "and" (`shared/i18n/name-list.ts`).
  quotes: ['«\u00a0', '\u00a0»'],
  // A title and the program's name: written the same way; punctuation-only templates; a word both share ("Sites").
  sameAsEnglish: ['web.page.title', 'digest.faceItem', 'digest.esc.summary', 'digest.section.sites'],
  keywords: {
    help: ['AIDE', 'AU SECOURS', 'SECOURS'],
    status: ['STATUT'],
    urgent: ['URGENT'],
    reply: ['REPONDRE', 'REPONSE', 'REPONDS'],
    object: ['CONFLIT'],
    optOut: ['ARRET', 'ARRETER', 'DESABONNER', 'DESINSCRIRE', 'STOPPER'],
  },
  // "mardi 1er décembre 2026", "3 h", "19 h 30".
  moments: {
    day: '{weekday} {date, select, 1 {1er} other {{date}}} {month} {year}',
    time: '{minute, select, 00 {{hour} h} other {{hour} h {minute}}}',
    moment: '{day} à {time} ({zone})',
    deadline: '{end, select, yes {la fin du {day} ({zone})} other {{day} à {time} ({zone})}}',
  },
  messages: {
    'emergency.callNumber': 'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le {number}.',
    'emergency.callLocal': 'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le numéro d’urgence local.',
    'report.notSaved': 'Votre message n’a PAS été enregistré.',
    'sms.accepted.full':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la direction.} other {Merci. Votre code de cas est {code}.}} Envoyez STATUT {code} pour le suivre. Votre numéro n’est pas conservé.',
    'sms.accepted.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent.} other {Merci. Votre code est {code}.}} Envoyez STATUT {code} pour le suivre. Votre numéro n’est pas conservé.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la direction.} other {Merci. Votre code de cas est {code}.}} Les photos ne sont pas conservées (elles peuvent identifier des personnes), seulement vos mots. Envoyez STATUT {code} pour le suivre. Votre numéro n’est pas conservé.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la direction.} other {Merci. Votre code de cas est {code}.}} Ni les photos ni votre numéro ne sont conservés, seulement vos mots. Envoyez STATUT {code} pour le suivre.',
    'sms.help.full':
      '{program} : avis anonymes pour {organisation}. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.help.short':
      '{program} : avis anonymes. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.help.minimal':
      '{program} : avis anonymes. Votre numéro n’est pas conservé. Répondez STOP pour vous désabonner.',
    'sms.throttled':
      'Vous avez envoyé beaucoup de messages cette heure-ci, celui-ci n’a donc pas été enregistré. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
    'sms.throttledLastHour':
      'Vous aviez envoyé beaucoup de messages dans l’heure où celui-ci est arrivé, il n’a donc pas été enregistré. Cette heure est passée : vous pouvez le renvoyer maintenant.',
    'sms.questionsThrottledLastHour':
      'Vous aviez posé beaucoup de questions dans l’heure où celle-ci est arrivée, elle est donc restée sans réponse. Cette heure est passée : vous pouvez la reposer maintenant.',
    'sms.questionsThrottled':
      'Vous avez posé beaucoup de questions cette heure-ci, celle-ci est donc restée sans réponse. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
    'sms.noWords':
      'Votre message ne contenait aucun mot : rien n’a été enregistré. Écrivez votre avis en mots ; il est anonyme. Répondez AIDE pour obtenir de l’aide.',
    'sms.empty':
      'Votre message était vide. Écrivez votre avis en mots ; il est anonyme. Répondez AIDE pour obtenir de l’aide.',
    'sms.picturesOnly':
      'Les photos ne sont pas acceptées (elles peuvent identifier des personnes) : rien n’a été enregistré. Écrivez votre avis en mots. Votre numéro n’est pas conservé.',
    'sms.optOutHow': 'Rien n’a été enregistré. Pour ne plus recevoir de messages de ce numéro, répondez STOP.',
    'sms.nothingAfter': 'Rien n’a été enregistré : écrivez votre avis après {start}, dans le même message.',
    'sms.urgentOnly': 'Pour signaler une urgence, envoyez URGENT suivi de ce qui se passe, en un seul message.',
    'sms.tooLong':
      'Trop long : restez sous {max, plural, one {# caractère} other {# caractères}} (moins avec des emojis) ou envoyez-le en plusieurs fois. Rien n’a été enregistré.',
    'sms.unknownSite.list':
      'Nous n’avons pas reconnu le site {tag} ; votre message a bien été enregistré. Sites : {tags}',
    'sms.unknownSite.plain': 'Nous n’avons pas reconnu le site {tag} ; votre message a bien été enregistré.',
    'sms.statusUsage': 'Pour suivre un cas, envoyez STATUT et son code, par exemple STATUT {example}.',
    'sms.codeLeftOut':
      'Les codes de cas n’ont jamais 0, O, 1, I ni L : cherchez dans le code une lettre qui leur ressemble (Q, D, J, T ou 7) et renvoyez STATUT suivi du code.',
    'sms.notACode':
      'Ce n’est pas la forme d’un code de cas : il a dix lettres et chiffres, par exemple {example}. Vérifiez-le et renvoyez STATUT suivi du code.',
    'sms.unknownCase': 'Aucun cas n’a ce code. Vérifiez-le et renvoyez STATUT suivi du code.',
    'sms.wordsKept':
      '{urgent, select, yes {Vos mots ont été enregistrés comme un nouvel avis, cas {code}, signalé comme urgent.} other {Vos mots ont été enregistrés comme un nouvel avis, cas {code}.}} Envoyez STATUT {code} pour le suivre.',
    'sms.courtesyOnly':
      'Rien n’a été enregistré de ce message. Pour donner votre avis, écrivez-le en mots ; pour suivre un cas, envoyez STATUT et son code.',
    'sms.courtesyAfterOpener':
      'Rien n’a encore été enregistré : écrivez en mots ce qui se passe, et ce sera signalé comme vous l’avez demandé.',
    'sms.unavailable':
      'Désolé, votre message n’a pas été enregistré pour le moment. Renvoyez-le dans quelques minutes.',
    'sms.unreadable': 'Désolé, ce message est illisible : rien n’a été enregistré. Renvoyez-le en texte simple.',
    'sms.busy':
      'Nous recevons beaucoup de messages en ce moment : celui-ci n’a pas été enregistré. Renvoyez-le dans quelques minutes.',
    'sms.status':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} forwarding {en cours de transmission à la direction} escalated {transmis à la direction} acknowledged {pris en compte par la direction} closed {clos par la direction} other {une réponse a été publiée}}.',
    'sms.statusWithResponse':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} forwarding {en cours de transmission à la direction} escalated {transmis à la direction} acknowledged {pris en compte par la direction} closed {clos par la direction} other {une réponse a été publiée}}. La réponse : {response}',
    'sms.answerSentNow':
      'Merci. Votre réponse sur le cas {code} a été envoyée dès maintenant à la direction ; les noms sont retirés avant lecture. Envoyez STATUT {code} pour les réponses.',
    'sms.answerHeld':
      'Pas encore envoyé : votre réponse sur le cas {code} dit « {phrase} », ce qui peut montrer qui vous êtes. Pour l’envoyer telle quelle, envoyez {code} ENVOYER. Pour la changer, envoyez {code} et votre nouvelle réponse.',
    'sms.answerHeldShort':
      'Pas encore envoyé : votre réponse sur le cas {code} peut montrer qui vous êtes. Pour l’envoyer telle quelle, envoyez {code} ENVOYER. Pour la changer, envoyez {code} et votre nouvelle réponse.',
    'sms.nothingHeld':
      'Aucune réponse sur le cas {code} n’attend d’être envoyée. Pour répondre, envoyez {code} et votre réponse.',
    'sms.answerSentByTheHour':
      'Merci. Votre réponse sur le cas {code} a été envoyée ; elle parvient à la direction à la fin de cette heure, ou immédiatement si elle est urgente. Envoyez STATUT {code} pour les réponses.',
    'sms.answerSent':
      'Merci. Votre réponse sur le cas {code} a été envoyée ; les noms sont retirés avant lecture. Envoyez STATUT {code} pour les réponses.',
    'sms.detailsWithCase':
      'Merci. Vos mots ont été ajoutés au cas {code} et sont lus avec lui ; les noms sont retirés avant. Envoyez STATUT {code} pour les réponses.',
    'sms.courtesyKept':
      'Merci. Votre message est gardé sur le cas {code}, où la personne de la direction qui le suit le voit. Envoyez STATUT {code} pour les réponses.',
    'sms.detailsOwnReport':
      '{because, select, closed {Le cas {earlier} a été clos, donc} full {La conversation du cas {earlier} est pleine, donc} twoReports {Vous avez envoyé plus d’un signalement urgent à l’instant, donc} other {Le cas {earlier} est encore en route vers la direction, donc}} vos mots ont été envoyés tout de suite comme un nouveau signalement urgent : cas {code}. {because, select, twoReports {Pour compléter un signalement, envoyez son code et vos mots.} other {Envoyez STATUT {code} pour le suivre.}}',
    'sms.picturesNotKept': 'Seuls vos mots sont conservés, pas les photos (elles peuvent identifier des personnes).',
    'sms.noConversation':
      'Le cas {code} n’a pas de conversation : seuls les cas transmis à la direction en ont une. Envoyez un nouvel avis sans le code.',
    'sms.threadFull':
      'La conversation du cas {code} est complète : votre réponse n’a pas été enregistrée. Envoyez plutôt un nouvel avis.',
    'sms.caseClosed':
      'Le cas {code} est clos : votre réponse n’a pas été envoyée. S’il y a du nouveau, envoyez un nouvel avis.',
    'sms.objected':
      'Merci. À la fin de cette heure, le cas {code} passe à quelqu’un d’autre, et la personne qui le traite ne peut plus l’ouvrir.',
    'sms.objectUsage':
      'Si votre signalement concerne la personne qui le traite, envoyez CONFLIT et le code du cas, par exemple CONFLIT {example}.',
    'sms.replyUsage':
      'Pour répondre, envoyez REPONDRE, le code du cas et votre réponse, par exemple REPONDRE {example} c’était l’équipe de nuit.',
    'sms.statusWithMessage':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} forwarding {en cours de transmission à la direction} escalated {transmis à la direction} acknowledged {pris en compte par la direction} closed {clos par la direction} other {une réponse a été publiée}}. Nouveau message : {message} Pour répondre, envoyez {code} et votre réponse.',
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
    'kiosk.details.count': '{used, number} sur {max, number} caractères',
    'kiosk.details.tooLong':
      'C’est plus long que ce qui peut être envoyé. Raccourcissez-le à {max, plural, one {# caractère} other {# caractères}} ou moins (les émojis comptent pour plus d’un), ou envoyez-le en deux fois.',
    'kiosk.details.checkPreview': 'Voir ce qui sera retiré',
    'kiosk.details.urgent': 'C’est urgent : demander à un membre de la direction de s’en occuper tout de suite',
    'kiosk.details.aboutManagement': 'Cela concerne ma hiérarchie : l’envoyer à une personne au-dessus d’elle',
    'kiosk.details.send': 'Envoyer',
    'kiosk.details.back': 'Retour',
    'kiosk.details.keepWriting': 'Je suis encore là',
    'kiosk.details.idleWarning':
      '{urgent, select, yes {Vous êtes encore là ? Dans {seconds} secondes, cet écran revient au début et votre message, signalé comme urgent, est envoyé tel quel.} other {Vous êtes encore là ? Dans {seconds} secondes, cet écran revient au début : ce que vous avez écrit est effacé sans être envoyé, sauf s’il parle de quelqu’un en danger, ce qui est transmis.}}',
    'kiosk.preview.empty': 'Écrivez d’abord un commentaire, puis vérifiez-le.',
    'kiosk.preview.checking': 'Vérification…',
    'kiosk.preview.nothing':
      'Nous n’avons trouvé ni nom ni numéro à retirer. Vérifiez que rien d’autre ne permet de vous reconnaître, ni quelqu’un d’autre.',
    'kiosk.preview.intro': 'Avant que quiconque le lise :',
    'kiosk.preview.change': '« {original} » sera remplacé par {replacement}',
    'kiosk.preview.singledOut':
      'Ces mots restent tels quels, mais ils ne correspondent qu’à une personne ou à très peu (vous, ou quelqu’un dont vous parlez) : ils peuvent aider à deviner qui a écrit. Vous pouvez les reformuler avant d’envoyer :',
    'kiosk.preview.singledOutItem': '« {phrase} »',
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
    'kiosk.thanks.followSms': 'Ou envoyez {command} par SMS au {number}.',
    'kiosk.thanks.smsCommand': 'STATUT {code}',
    'kiosk.thanks.saved':
      'Votre avis est enregistré sur cette tablette et sera envoyé dès que la connexion le permettra. Un code de cas a besoin de la connexion : il n’y en a donc pas cette fois.',
    'kiosk.thanks.notSaved':
      'Trop de messages arrivent en ce moment : le vôtre n’est PAS encore enregistré. Cette tablette le garde et le renvoie dans quelques minutes : il n’y a donc pas de code de cas cette fois.',
    'kiosk.thanks.held':
      'Le vôtre n’a pas pu être envoyé tel quel : il n’est PAS encore enregistré et reste gardé sur cette tablette. Prévenez la personne qui s’occupe de cette tablette.',
    'kiosk.thanks.sentSince': 'La connexion est revenue : votre avis vient d’être envoyé.',
    'kiosk.thanks.keepSafe': 'Si vous le perdez, il est impossible de le retrouver.',
    'kiosk.thanks.done': 'Terminer',
    'kiosk.network.offline':
      'Hors ligne. Vous pouvez quand même donner votre avis : il est enregistré ici et envoyé plus tard.',
    'kiosk.network.offlineSaved':
      'Hors ligne. {count, plural, one {# avis enregistré} other {# avis enregistrés}} sur cette tablette, à envoyer au retour de la connexion.',
    'kiosk.network.held':
      '{count, plural, one {Un avis n’a pas encore pu être envoyé : il est gardé sur cette tablette et sera renvoyé plus tard.} other {# avis n’ont pas encore pu être envoyés : ils sont gardés sur cette tablette et seront renvoyés plus tard.}} Prévenez la personne qui s’occupe de cette tablette.',
    'kiosk.network.notSetUpSaved':
      '{count, plural, one {Un avis est gardé sur cette tablette sans être envoyé} other {# avis sont gardés sur cette tablette sans être envoyés}} : elle ne peut rien envoyer tant qu’elle n’est pas configurée à nouveau. Prévenez la personne qui s’occupe de cette tablette.',
    'kiosk.network.sending':
      'Envoi de {count, plural, one {# avis enregistré} other {# avis enregistrés}} sur cette tablette…',
    'kiosk.setup.title': 'Cette tablette n’est pas encore configurée',
    'kiosk.setup.body':
      'Elle ne peut pas recueillir d’avis tant qu’elle ne l’est pas. Prévenez la personne qui s’occupe des tablettes.',
    'kiosk.setup.elsewhere':
      '{sms, select, one {Vous pouvez toujours donner votre avis depuis votre téléphone ou un ordinateur sur {address}, ou par SMS au {number}.} several {Vous pouvez toujours donner votre avis depuis votre téléphone ou un ordinateur sur {address}, ou par SMS au numéro de votre établissement :} other {Vous pouvez toujours donner votre avis depuis votre téléphone ou un ordinateur sur {address}.}}',
    'kiosk.setup.smsNumber': '{site}\u202f: {number}',
    'kiosk.setup.linkUsed':
      'Ce lien de configuration a déjà servi, ou il est trop ancien. Demandez un nouveau lien à la personne qui s’occupe des tablettes.',
    'kiosk.setup.linkCut':
      'Ce lien de configuration est incomplet : sa fin s’est perdue quand il a été copié. Ouvrez de nouveau le lien entier, ou demandez-en un nouveau à la personne qui s’occupe des tablettes.',
    'kiosk.setup.waiting':
      'Configuration de cette tablette : elle a besoin du réseau une fois, et continuera seule dès son retour.',
    'web.page.title': '{title} · {program}',
    'web.page.characterCount': '{used} sur {max} caractères',
    'web.page.errorTitle': 'Erreur : {title}',
    'web.page.skip': 'Aller au contenu',
    'web.page.notSent':
      'Nous n’avons pas pu confirmer qu’il est arrivé. Vous pouvez le renvoyer sans risque : il ne sera pas envoyé deux fois. Ce que vous avez écrit est toujours là.',
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
    'web.page.noTrace':
      'Avant d’écrire : sur un ordinateur ou un téléphone professionnel, ou sur le wifi du travail, votre employeur peut voir cette visite et ce que vous tapez. Pour n’en laisser aucune trace, utilisez votre propre téléphone, hors du wifi du travail, ou au moins une fenêtre de navigation privée.',
    'web.form.error.noWords':
      'Votre avis ne contient aucun mot, seulement de la ponctuation ou des symboles. Écrivez ce que vous voulez dire en mots avant de l’envoyer.',
    'web.form.error.noWordsCheck':
      'Votre avis ne contient aucun mot, seulement de la ponctuation ou des symboles. Écrivez ce que vous voulez dire en mots, puis vérifiez ce qui sera retiré.',
    'web.form.error.empty': 'Écrivez votre avis dans la zone de texte avant de l’envoyer.',
    'web.form.error.emptyCheck': 'Écrivez d’abord votre avis dans la zone de texte, puis vérifiez ce qui sera retiré.',
    'web.form.error.tooLong':
      'Votre avis est trop long pour un seul message. Réduisez-le à {max, plural, one {# caractère} other {# caractères}} au plus (les emojis et certaines lettres comptent pour plusieurs), ou envoyez-le en deux fois.',
    'web.form.error.tooLongCounted':
      'Votre avis est trop long pour un seul message : il compte {used, plural, one {# caractère} other {# caractères}}, et un message peut contenir {max, plural, one {# caractère} other {# caractères}} (les emojis et certaines lettres comptent pour plusieurs). Raccourcissez-le d’au moins {over, plural, one {# caractère} other {# caractères}}, ou envoyez-le en deux fois.',
    'web.form.error.site': 'Choisissez votre lieu de travail dans la liste, ou « Je préfère ne pas le dire ».',
    'web.form.error.topic': 'Choisissez un sujet dans la liste, ou « Je ne sais pas / autre chose ».',
    'web.form.error.escalate': 'Cochez la case « urgent » ou laissez-la vide.',
    'web.form.error.busy':
      'Votre message n’a PAS été enregistré : nous recevons beaucoup d’avis en ce moment. Patientez quelques minutes et renvoyez-le ; ce que vous avez écrit est toujours là.',
    'web.form.error.unavailable':
      'Votre avis n’a pas pu être enregistré pour le moment. Renvoyez-le dans quelques minutes ; ce que vous avez écrit est toujours là.',
    'web.form.error.reused':
      'Cette page a déjà envoyé un signalement avec d’autres mots : celui-ci n’a donc PAS été envoyé. Ce que vous avez écrit est toujours là : appuyez sur « Envoyer anonymement » pour l’envoyer comme un nouveau signalement.',
    'web.form.error.unreadFields':
      'Cette page a envoyé quelque chose que le service ne lit pas : votre avis n’a donc PAS été enregistré. Ce que vous avez écrit est toujours dans la zone ci-dessous : envoyez-le à nouveau.',
    'web.form.error.repeated':
      'Cette page a envoyé deux fois la même zone : votre message n’a donc PAS été enregistré. Tout ce que vous avez écrit est dans la zone ci-dessous : vérifiez-le, choisissez à nouveau votre lieu de travail et le sujet s’ils sont vides, puis renvoyez-le.',
    'web.form.error.unreadable':
      'Une partie de l’envoi est illisible, donc votre message n’a PAS été enregistré. Ce que vous avez écrit est toujours là : vérifiez-le et renvoyez-le.',
    'web.preview.heading': 'Avant d’envoyer',
    'web.preview.changes': 'Ces détails seront retirés avant que quiconque lise votre avis :',
    'web.preview.change': '« {original} » sera remplacé par {replacement}',
    'web.preview.none':
      'Nous n’avons trouvé ni nom, ni numéro de téléphone, ni autre donnée personnelle à retirer. Vérifiez que rien d’autre dans le texte ne permet de vous reconnaître, vous ou quelqu’un d’autre.',
    'web.preview.singledOut':
      'Ces mots restent tels que vous les avez écrits, mais ils ne correspondent qu’à une personne ou à très peu (vous, ou quelqu’un dont vous parlez) : ils peuvent aider à deviner qui a écrit. Si vous ne voulez pas être reconnu(e), vous pouvez les reformuler avant d’envoyer (par exemple, en retirant ce qui n’est vrai que de vous, ou que de cette personne) :',
    'web.preview.singledOutItem': '« {phrase} »',
    'web.preview.readAs': 'Ce qui sera lu :',
    'web.preview.stale':
      'Vous avez modifié votre texte depuis cette vérification : ce qu’elle indique peut ne plus être juste. Appuyez de nouveau sur « Voir ce qui sera retiré » pour vérifier le texte tel qu’il est maintenant.',
    'web.preview.nothingSent':
      'Rien n’a encore été envoyé ni conservé. Modifiez votre texte ci-dessous si vous le souhaitez, puis envoyez-le.',
    'web.redacted':
      '[{kind, select, NAME {NOM} PHONE {TÉLÉPHONE} EMAIL {COURRIEL} ADDRESS {ADRESSE} ID {IDENTIFIANT} URL {LIEN} PLATE {PLAQUE} other {RETIRÉ}}]',
    'web.receipt.title': 'Avis reçu',
    'web.receipt.heading': 'Merci, nous l’avons bien reçu',
    'web.receipt.receipt': 'Votre reçu',
    'web.receipt.codeIs': 'Votre code de cas est',
    'web.receipt.fromClosed':
      'Ce dossier ne peut plus recevoir de réponses et ce que vous avez écrit paraît urgent : rien n’est perdu, cela a été envoyé comme un nouveau message, avec son propre code, ci-dessous. Si quelqu’un est en danger maintenant, appelez le numéro d’urgence.',
    'web.receipt.asNew':
      'Ce formulaire avait déjà été envoyé avec d’autres mots ou d’autres choix (la case urgente, le site, le sujet) : ceci a donc été envoyé comme un nouveau message, avec son propre code. Ce qui avait été envoyé avant reste tel quel.',
    'web.receipt.codeLabel': 'Code de cas {spelled}',
    'web.receipt.copy': 'Copier le code',
    'web.receipt.print': 'Imprimer ce reçu',
    'web.receipt.printWhere':
      'Une imprimante du travail peut garder une copie de ce qu’elle imprime, avec le nom de qui l’a imprimé : imprimez seulement sur une imprimante chez vous, ou notez le code.',
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
    'web.receipt.followWeb': 'Sur le web : ouvrez {link} et saisissez votre code.',
    'web.receipt.followSms': 'Par SMS : envoyez {command} au {number}.',
    'web.receipt.followSmsSites': 'Par SMS : envoyez {command} au numéro de votre établissement :',
    // A site's SMS number on the receipt; French puts a narrow no-break space before the colon.
    'web.receipt.smsNumber': '{site}\u202f: {number}',
    'web.receipt.printNote': 'Ce reçu ne dit pas qui vous êtes, ce que vous avez écrit ni quand.',
    'web.receipt.noPrinter':
      'Pas d’imprimante ? Notez le code ou prenez-le en photo ; la commande Imprimer de votre navigateur imprime aussi ce reçu seul.',
    'web.receipt.seeStatus': 'Voir où en est ce cas',
    'web.status.title': 'Cas {code}',
    'web.status.pageTitle': 'Votre cas',
    'web.status.step':
      '{status, select, received {Bien arrivé} analysed {Lu et classé par sujet} forwarding {En cours de transmission à la direction} escalated {Transmis à la direction} acknowledged {Pris en compte par la direction} other {Réponse donnée}}',
    'web.status.reached': '(fait)',
    'web.status.checkAgainHint':
      'Cette page ne se met pas à jour d’elle-même : pour voir s’il y a du nouveau, appuyez sur « Vérifier à nouveau ».',
    'web.status.checkAgain': 'Vérifier à nouveau',
    'web.status.now':
      'État : {status, select, received {bien arrivé} analysed {lu et classé par sujet} forwarding {en cours de transmission à la direction} escalated {transmis à la direction} acknowledged {pris en compte par la direction} closed {clos} other {réponse donnée}}',
    'web.status.next':
      '{status, select, received {Il sera lu dans un instant : les données personnelles sont retirées et il est classé par sujet. S’il est urgent, ou si vous l’avez demandé, il est ensuite transmis directement à la direction, qui peut vous répondre ici.} analysed {Comme la plupart des avis, il compte maintenant dans le rapport hebdomadaire que lit l’équipe de direction, avec ceux de tous les autres. Il ne reçoit pas de réponse personnelle : cela n’arrive que lorsqu’un sujet urgent est transmis à la direction.} forwarding {Il est urgent, ou vous l’avez demandé, donc il est en cours de transmission à la direction. Il ne lui est pas encore parvenu : nous réessayons, et le transmettons à une autre personne de la direction si elle ne peut pas être jointe. Cette page l’indiquera dès que quelqu’un l’aura reçu.} escalated {{urgency, select, met {Un ou une responsable de la direction l’a reçu.} other {Un ou une responsable de la direction l’a reçu et doit en accuser réception sous {urgency, select, urgent {{urgent}, car il est urgent} standard {{standard}, car il n’est pas urgent} other {{urgent} s’il est urgent ({standard} sinon)}}.}} {written, select, yes {Ce qu’elle ou il a écrit figure dans la conversation ci-dessous, et tout nouveau message y apparaîtra aussi.} other {Toute réponse écrite apparaîtra sur cette page.}}} acknowledged {Le ou la responsable de la direction l’a lu. {written, select, yes {Ce qu’elle ou il a écrit figure dans la conversation ci-dessous, et tout nouveau message y apparaîtra aussi.} other {Toute réponse écrite apparaîtra sur cette page.}}} closed {La direction a clos ce dossier{response, select, yes { ; sa réponse figure ci-dessous} other {}}. Plus rien ne peut être ajouté ici ; s’il y a du nouveau, envoyez une nouvelle remontée.} other {Le ou la responsable de la direction a répondu ; sa réponse figure ci-dessous.}}',
    'web.status.acknowledgeBy':
      'Quoi qu’il arrive, sa réception doit être confirmée au plus tard à la fin du {day} ({zone}).',
    'web.status.feedbackBy': 'Vous saurez ce qui est fait au plus tard à la fin du {day} ({zone}).',
    'web.status.overdue':
      '{deadline, select, acknowledge {Le délai pour en confirmer la réception se terminait à la fin du {day} ({zone}).} other {Le délai pour vous dire ce qui est fait se terminait à la fin du {day} ({zone}).}} Ce délai est dépassé : le cas a donc été transmis à l’équipe de direction, qui en assure le suivi.',
    'web.status.response': 'Réponse de la direction',
    'web.status.conversation': 'Conversation avec la direction',
    'web.status.newMessage':
      '{count, plural, one {Vous avez un nouveau message.} other {Vous avez # nouveaux messages.}}',
    'web.status.sent':
      '{asked, select, yes {Votre réponse a été envoyée. Les noms et autres données personnelles sont retirés avant que la direction la lise. {now, select, yes {Ce cas est urgent et personne n’en a encore accusé réception : elle lui a donc été envoyée maintenant.} other {Elle lui parvient à la fin de cette heure, ou immédiatement si elle est urgente, pour que l’heure à laquelle vous avez écrit ne permette pas de vous reconnaître.}} Appuyez sur « Vérifier à nouveau » dans un instant pour la voir ici.} other {Votre message a été envoyé. Les noms et autres données personnelles sont retirés avant que la direction le lise. {now, select, yes {Ce cas est urgent et personne n’en a encore accusé réception : il lui a donc été envoyé maintenant.} other {Il lui parvient à la fin de cette heure, ou immédiatement s’il est urgent, pour que l’heure à laquelle vous avez écrit ne permette pas de vous reconnaître.}} Appuyez sur « Vérifier à nouveau » dans un instant pour le voir ici.}}',
    'web.status.nothingYet':
      '{answered, select, yes {Si vous voulez répondre à la réponse ci-dessus ou ajouter quelque chose à votre cas, écrivez-le dans la zone de texte ci-dessous : la direction le lira.} other {La direction n’a encore rien écrit ici. Si vous voulez ajouter quelque chose à votre cas, écrivez-le dans la zone de texte ci-dessous : elle le lira.}}',
    'web.status.answer': '{asked, select, yes {Votre réponse} other {Votre message}}',
    'web.status.answerHint':
      'Anonyme, comme votre avis : les noms et autres données personnelles sont retirés avant que quiconque {asked, select, yes {la} other {le}} lise. Jusqu’à {max, plural, one {# caractère} other {# caractères}}.',
    'web.status.singledOut.heading': 'Pas encore envoyé : certains mots peuvent montrer qui vous êtes',
    'web.status.singledOut.send': 'L’envoyer tel quel',
    'web.status.sendAnswer': '{asked, select, yes {Envoyer la réponse} other {Envoyer le message}}',
    'web.status.answerBySms':
      'Par SMS : envoyez {code} suivi de {asked, select, yes {votre réponse} other {votre message}}.',
    'web.status.answerBySmsTo':
      'Par SMS au {number} : envoyez {code} suivi de {asked, select, yes {votre réponse} other {votre message}}.',
    'web.status.answerBySmsSites':
      'Par SMS au numéro de votre établissement : envoyez {code} suivi de {asked, select, yes {votre réponse} other {votre message}}.',
    'web.status.error.empty':
      'Écrivez {asked, select, yes {votre réponse} other {votre message}} dans la zone de texte avant de l’envoyer.',
    'web.status.error.tooLong':
      'Votre réponse est trop longue pour un seul message. Réduisez-la à {max, plural, one {# caractère} other {# caractères}} au plus, ou envoyez-la en deux fois.',
    'web.status.error.tooLongCounted':
      'Votre réponse est trop longue pour un seul message : elle compte {used, plural, one {# caractère} other {# caractères}}, et un message peut contenir {max, plural, one {# caractère} other {# caractères}} (les emojis et certaines lettres comptent pour plusieurs). Raccourcissez-la d’au moins {over, plural, one {# caractère} other {# caractères}}, ou envoyez-la en deux fois.',
    'web.status.error.full':
      'Cette conversation a atteint sa longueur maximale : plus rien ne peut y être ajouté. Envoyez plutôt un nouvel avis.',
    'web.status.object.heading': 'Votre signalement concerne-t-il la personne qui le traite ?',
    'web.status.object.hint':
      'Si ce que vous avez signalé concerne la personne de la direction qui a votre cas, appuyez sur le bouton. À la fin de cette heure, votre cas passe à quelqu’un d’autre{closed, select, yes {, rouvert} other {}}, et la personne qui le traite ne peut plus l’ouvrir. Personne n’apprend qui l’a demandé.',
    'web.status.object.button': 'Confier mon cas à quelqu’un d’autre',
    'web.status.object.done':
      'C’est fait. À la fin de cette heure, votre cas passe à quelqu’un d’autre{closed, select, yes {, rouvert} other {}}, et la personne qui le traitait ne peut plus l’ouvrir.',
    'web.status.closed':
      'Ce cas est clos : la direction l’a terminé, plus rien ne peut y être ajouté. S’il y a du nouveau, envoyez un nouvel avis.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {Vous} other {La direction}}} other {{reader, select, sponsor {La personne qui a écrit} other {Vous}}}}',
    'web.thread.meta': '{who}, le {day}',
    'web.thread.none': 'Aucun message pour le moment.',
    'web.thread.sponsorWroteIn': 'La direction l’a écrit en {language}.',
    'web.thread.waiting':
      'En route : le ou la responsable de la direction la recevra à la fin de cette heure, pour que l’heure ne permette pas de vous reconnaître.',
    'web.lookup.title': 'Suivre un cas',
    'web.lookup.code': 'Code de cas',
    'web.lookup.hint': 'Dix lettres et chiffres, par exemple {example}.',
    'web.lookup.check': 'Vérifier',
    'web.lookup.empty': 'Saisissez votre code de cas dans la case : dix lettres et chiffres, par exemple {example}.',
    'web.lookup.notACode':
      'Ce n’est pas la forme d’un code de cas : il a dix lettres et chiffres, par exemple {example}. Vérifiez ce que vous avez saisi et réessayez.',
    'web.lookup.leftOut':
      'Les codes de cas n’ont jamais 0, O, 1, I ni L : cherchez dans le code une lettre qui leur ressemble (Q, D, J, T ou 7) et réessayez.',
    'web.lookup.noSuchCase':
      'Aucun cas n’a ce code. Vérifiez-le (dix lettres et chiffres, par exemple {example}) et réessayez.',
    'web.error.title':
      '{status, select, 400 {Quelque chose est à corriger} 401 {Non connecté} 403 {Non autorisé} 404 {Page introuvable} 409 {Déjà envoyé avec d’autres mots} 413 {Trop long} 415 {Ce n’est pas l’un de nos formulaires} 429 {Trop de demandes en ce moment} 503 {Veuillez réessayer} other {Une erreur s’est produite}}',
    'web.error.notFound':
      'Il n’y a pas de page à cette adresse. Vérifiez le lien, ou recommencez depuis le formulaire d’avis.',
    'web.error.tooLarge': 'Votre envoi est trop long. Revenez en arrière, raccourcissez-le et renvoyez-le.',
    'web.error.notOurForm':
      'Cet envoi ne vient pas de l’un de nos formulaires. Revenez au formulaire et envoyez-le depuis celui-ci.',
    'web.error.unreadFields':
      'Le message contient {count, plural, one {un champ} other {des champs}} que ce service ne lit pas ({fields}) : il n’a donc pas été accepté. Mettez tout ce que vous voulez dire dans {text} (les champs lus sont {read}).',
    'web.error.unreadField':
      '{field} n’est pas un champ que ce service lit : mettez ce que vous voulez dire dans {text}.',
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
  /** What sponsors and leadership read, in French ("vous"). */
  sponsor: {
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
    'sponsor.legalBinds':
      '{end, select, yes {la fin du {day} ({zone})} other {{day} à {time} ({zone})}}, le délai légal',
    'sponsor.overdueSince':
      'En retard depuis {end, select, yes {la fin du {day} ({zone})} other {le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}',
    'sponsor.feedbackDue':
      '{end, select, yes {la fin du {day} ({zone})} other {{day} à {time} ({zone})}} : le délai légal pour le lui dire, {months, plural, one {# mois} other {# mois}} après l’accusé de réception',
    'sponsor.notGiven': 'Non précisé',
    'sponsor.siteGone': 'Un établissement qui ne figure plus',
    'sponsor.topicGone': 'Un thème qui n’est plus proposé',
    'sponsor.leadershipList': 'la liste de la direction',
    'sponsor.siteAt': 'à l’établissement {site}',
    'sponsor.about':
      '{kind, select, both {{topics} {at}} topic {{topics} (établissement non précisé)} site {Remontée de l’établissement {site}} other {Remontée sans établissement ni sujet}}',
    'sponsor.danger':
      '{category, select, self-harm {risque d’automutilation ou de suicide} threat {menace de violence} safety {risque d’incendie ou de blessure} harassment {harcèlement} discrimination {discrimination} fraud {fraude ou vol} other {quelque chose d’urgent}}',
    'sponsor.aboutDanger':
      '{kind, select, both {{danger} : {topics} {at}} topic {{danger} : {topics} (établissement non précisé)} site {{danger} {at}} other {{danger} (ni établissement ni sujet précisé)}}',
    'sponsor.urgentAbout': '{urgent, select, yes {Urgent : {about}} other {{about}}}',
    'sponsor.category':
      '{category, select, safety {santé et sécurité} harassment {harcèlement} discrimination {discrimination} fraud {fraude ou vol} threat {menace de violence} self-harm {personne qui risque de se faire du mal} other {{category}}}',
    'sponsor.reason.requested': 'la personne a demandé que ce soit traité comme urgent',
    'sponsor.reason.pattern': 'plusieurs personnes ont signalé le même problème au même endroit',
    'sponsor.reason.urgentAbout': 'cela semble concerner un sujet qui ne peut pas attendre : {about}',
    'sponsor.reason.urgent': 'cela semble concerner quelque chose qui ne peut pas attendre',
    'sponsor.noWords': '(Rien n’a été écrit : la personne a seulement donné une note ou un sujet, ou coché urgent.)',
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
      '{program} : {seen, select, yes {{urgent, select, yes {une remontée urgente, désormais entre vos mains} other {une remontée, désormais entre vos mains}}} other {{urgent, select, yes {une remontée urgente qui vous attend} other {une remontée qui vous attend}}}}',
    'sponsor.email.subject':
      '{occasion, select, text-added {Texte désormais disponible : } handed-over {Dossier qui vous est transmis : } other {}}{urgent, select, yes {Urgent : } other {}}{overdue, select, yes {{about} : accusé de réception en retard depuis {end, select, yes {la fin du {day} ({zone})} other {le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}} other {{about} : merci d’accuser réception {end, select, yes {au plus tard à la fin du {day} ({zone})} other {avant le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}}}',
    'sponsor.email.subjectAcknowledged':
      '{occasion, select, text-added {Texte désormais disponible : } handed-over {Dossier qui vous est transmis : } other {}}{urgent, select, yes {Urgent : } other {}}{about} : {status, select, responded {déjà répondu} other {réception déjà accusée}}, désormais chez vous',
    'sponsor.email.lead':
      '{occasion, select, text-added {Le texte de ce dossier n’avait pas pu être affiché ; il a maintenant été traité et figure ci-dessous.} overdue {Ce dossier parvient à {holder} car personne n’en a accusé réception à temps.} still-overdue {Toujours aucun accusé de réception. Le dossier est chez {holder}, le dernier niveau auquel il peut passer : merci d’en accuser réception maintenant.} handed-over {{by} a transmis ce dossier à {holder}, avec ce motif : {reason}} past-chain {Personne parmi les destinataires habituels n’a pu recevoir ce message : le service de courrier a refusé toutes les adresses, jusqu’à {holder}. Il vous est envoyé pour qu’il ne reste pas en attente : merci d’en accuser réception et d’agir, ou de vous assurer que quelqu’un le fait. L’équipe technique a été alertée pour corriger ces adresses.} other {}}',
    'sponsor.email.open':
      '{seen, select, yes {Ouvrir le dossier} other {{pattern, select, yes {Ouvrir et accuser réception} other {Accuser réception et répondre}}}}',
    'sponsor.email.desk': 'Tous vos dossiers (votre bureau des dossiers)',
    'sponsor.email.actions':
      'Ce que vous pouvez faire : {seen, select, yes {ouvrez le premier lien pour voir où il en est} other {ouvrez le premier lien pour en accuser réception}}{pattern, select, yes { (une tendance n’a personne à qui répondre)} other { et écrire à la personne qui l’a envoyé}}.{desk, select, yes { S’il n’est pas pour vous, transmettez-le à quelqu’un d’autre ; une fois traité, clôturez-le : les deux sur sa page de votre bureau des dossiers : ouvrez-la depuis la page du premier lien, ou retrouvez-la parmi vos dossiers avec le second lien.} other {}}',
    'sponsor.email.footer':
      'Ce lien vous est personnel et il expire. {pattern, select, yes {C’est une tendance chez plusieurs personnes : il n’y a donc personne à qui écrire. Accusez-en réception ; le bilan hebdomadaire dira ce qui a été fait. Une tendance n’a pas de délai légal : la date ci-dessus est celle du niveau de service, recomptée chaque fois que le dossier parvient à quelqu’un d’autre.} other {La réponse que vous écrivez est montrée à la personne qui a écrit ceci, grâce à son code de cas.}}',
    'sponsor.conversation.subject':
      '{kind, select, answer {{copy, select, yes {Urgent : la personne a répondu dans un dossier que {holder} venait de clore ({about})} other {{objected, select, yes {{reopened, select, no {} other {Rouvert : }}Désormais chez vous : la personne dit que ce signalement concerne qui traitait le dossier ({about})} other {{reopened, select, no {} other {Rouvert : }}{urgent, select, yes {Urgent : la personne a répondu ({about})} other {La personne a répondu ({about})}}}}}}} deadline-near {Échéance à la fin du {day} ({zone}) : {deadline, select, acknowledge {accuser réception de ce signalement} other {dire à la personne ce qui est fait}} ({about})} other {{audience, select, passed-on {Transmis : le délai légal pour {deadline, select, acknowledge {accuser réception de ce signalement} other {dire à la personne ce qui est fait}} est dépassé ({about})} other {Délai légal dépassé : {deadline, select, acknowledge {accuser réception de ce signalement} other {dire à la personne ce qui est fait}} ({about})}}}}',
    'sponsor.conversation.lead':
      '{kind, select, answer {{copy, select, yes {{holder} détient ce dossier et venait de le clore quand la personne y a de nouveau écrit, en des termes qui paraissent urgents. Le dossier est rouvert et reste à {holder}, qui l’a reçu aussi ; il vous est envoyé comme à la personne suivante, au cas où quelqu’un doive agir maintenant : assurez-vous que {holder} l’a, ou agissez vous-même. Ses mots figurent ci-dessous, sans données personnelles.} other {{objected, select, yes {La personne qui a signalé ceci dit que son signalement concerne la personne qui traitait le dossier. Il lui a donc été retiré et il est désormais à vous{reopened, select, no {} other {, rouvert alors qu’il avait été clos}}, et ses liens ne l’ouvrent plus. Lisez-le, répondez si besoin, puis clôturez-le.} other {{urgent, select, yes {{reopened, select, no {} other {Ce dossier était clos, mais la personne y a écrit en des termes qui paraissent urgents : il est donc rouvert et la clôture est annulée. Lisez-les maintenant, agissez, puis clôturez-le de nouveau. }}} other {{reopened, select, earlier {La personne qui avait le cas avant l’a clos, mais la personne avait déjà envoyé cette réponse, qui ne vous parvient que maintenant : le dossier est donc rouvert et il est désormais à vous. Lisez-la, répondez si besoin, puis clôturez-le. } list {La liste de la direction a clos ce dossier, mais la personne avait déjà envoyé cette réponse, qui ne vous parvient que maintenant : le dossier est donc rouvert. Lisez-la, répondez si besoin, puis clôturez-le de nouveau. } yes {Vous avez clos ce dossier, mais la personne avait déjà envoyé cette réponse, qui ne vous parvient que maintenant : le dossier est donc rouvert. Lisez-la, répondez si besoin, puis clôturez-le de nouveau. } other {}}}}La personne qui a signalé ceci vous a écrit dans la conversation du dossier. Ses mots figurent ci-dessous, sans données personnelles.}}}}} deadline-near {{deadline, select, acknowledge {La loi laisse jusqu’à la fin du {day} ({zone}) pour accuser réception de ce signalement. Merci de le faire avant.} other {La loi laisse jusqu’à la fin du {day} ({zone}) pour dire à la personne ce qui est fait. Merci de le faire avant.}}} other {{deadline, select, acknowledge {Le délai légal pour accuser réception de ce signalement était la fin du {day} ({zone}), et il est dépassé.} other {Le délai légal pour dire à la personne ce qui est fait était la fin du {day} ({zone}), et il est dépassé.}} {audience, select, passed-on {Le dossier a été transmis, et la personne qui le détient maintenant a été priée de le faire : rien de plus ne vous est demandé, et les liens précédents ne l’ouvrent plus.} leadership {La personne qui détient le dossier a été priée de le faire maintenant ; vous en êtes informé, car la direction suit les délais légaux dépassés.} top {Le dossier est chez la liste de direction : merci de le faire maintenant.} other {Merci de le faire maintenant ; la direction en a été informée.}}}}',
    'sponsor.conversation.open': 'Ouvrir le dossier',
    'sponsor.conversation.footer':
      'Ce lien vous est personnel et il expire. {pattern, select, yes {C’est une tendance chez plusieurs personnes : il n’y a donc personne à qui écrire ; le bilan hebdomadaire dira ce qui a été fait.} other {Ce que vous écrivez dans la conversation est montré à la personne grâce à son code de cas.}}{holder, select, yes { Sur sa page, vous pouvez aussi le transmettre s’il n’est pas pour vous, ou le clore une fois traité.} other {}}',
    'sponsor.closeNotice.subject':
      '{urgent, select, yes {Dossier urgent clos} other {Dossier clos}} par {closer} ({about}) : vérifiez que c’était justifié',
    'sponsor.closeNotice.lead':
      '{closer} a clos ce dossier{urgent, select, yes { urgent} other {}}. Vous en êtes informé car vous venez après cette personne, et un dossier {urgent, select, yes {aussi urgent} other {qui nomme un responsable}} n’est jamais clos sans que personne ne le voie : le signalement peut même concerner la personne qui l’a clos. S’il n’aurait pas dû l’être, reprenez-le : il est rouvert, chez vous, et la personne peut de nouveau écrire.',
    'sponsor.closeNotice.take': 'Reprendre ce dossier et le rouvrir',
    'sponsor.closeNotice.footer':
      'Ce lien vous est personnel et il expire. Rien ne vous est demandé si la clôture était justifiée. La personne qui l’a clos n’apprend pas que vous avez reçu ceci.',
    'sponsor.take.heading': 'Dossier clos : {about}',
    'sponsor.take.lead':
      '{closer} a clos ce dossier. S’il n’aurait pas dû l’être, reprenez-le : il est rouvert, chez vous, la personne peut de nouveau écrire, et la personne qui l’a clos ne peut plus l’ouvrir.',
    'sponsor.take.openAlready': 'Ce dossier est déjà rouvert : ce lien n’a plus rien à faire.',
    'sponsor.take.done': 'C’est fait. Le dossier est rouvert et il est désormais chez {holder}.',
    'sponsor.reminder.subject':
      'Rappel : merci d’accuser réception {end, select, yes {au plus tard à la fin du {day} ({zone})} other {avant le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}} ({about})',
    'sponsor.reminder.lead':
      'Ce signalement n’a pas encore fait l’objet d’un accusé de réception. Merci de le faire {end, select, yes {au plus tard à la fin du {day} ({zone})} other {avant le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}. {top, select, yes {{legal, select, yes {Ensuite, le délai légal sera dépassé.} other {Ensuite, il sera en retard.}}} other {Ensuite, il passe à la personne responsable suivante.}}',
    'sponsor.notActedOn.subject':
      '{audience, select, above {Urgent, pris en compte par {holder}, rien de fait depuis : vérifiez qu’il est traité ({about})} other {Urgent, pris en compte, rien de fait depuis : merci d’agir maintenant ({about})}}',
    'sponsor.notActedOn.lead':
      '{audience, select, above {Ce signalement semble urgent. {holder} en a accusé réception et, depuis, rien n’a été fait qui figure dans le dossier : aucun message à la personne, aucune réponse, aucune transmission, aucune clôture. Vous êtes prévenu comme la personne suivante : assurez-vous que {holder} s’en occupe, ou prenez-le en charge vous-même. Le dossier reste le sien.} other {Ce signalement semble urgent. Vous en avez accusé réception et, depuis, rien n’a été fait qui figure dans le dossier : aucun message à la personne, aucune réponse, aucune transmission, aucune clôture. Merci d’agir maintenant : écrivez à la personne, transmettez-le, ou clôturez-le une fois traité. Sinon, la personne suivante sera prévenue.}}',
    'sponsor.markedUrgent.subject':
      '{kind, select, reminder {Rappel : {count, plural, one {# signalement marqué urgent à l’envoi attend} other {# signalements marqués urgents à l’envoi attendent}} votre accusé de réception} climbed {{count, plural, one {# signalement marqué urgent à l’envoi n’a pas été pris en compte} other {# signalements marqués urgents à l’envoi n’ont pas été pris en compte}} à temps et {count, plural, one {vous est maintenant confié} other {vous sont maintenant confiés}}} other {{count, plural, one {# signalement de plus a été marqué urgent à l’envoi} other {# signalements de plus ont été marqués urgents à l’envoi}} : voyez votre bureau des dossiers}}',
    'sponsor.markedUrgent.lead':
      '{kind, select, reminder {{count, plural, one {Ce signalement, marqué urgent à l’envoi, n’a pas encore été pris en compte.} other {Ces # signalements, marqués urgents à l’envoi, n’ont pas encore été pris en compte.}}} climbed {{count, plural, one {Ce signalement, marqué urgent à l’envoi, vous parvient parce qu’il n’a pas été pris en compte à temps.} other {Ces # signalements, marqués urgents à l’envoi, vous parviennent parce qu’ils n’ont pas été pris en compte à temps.}}} other {{count, plural, one {# signalement de plus a été marqué urgent à l’envoi et vous a été transmis.} other {# signalements de plus ont été marqués urgents à l’envoi et vous ont été transmis.}}}} {count, plural, one {Il figure} other {Chacun figure}} sur votre bureau des dossiers, avec son propre délai pour en accuser réception{count, plural, one { :} other { ; le premier expire}} {end, select, yes {à la fin du {day} ({zone})} other {le {day} à {time} ({zone})}}. « Urgent » a été coché à l’envoi ; rien d’urgent n’a été trouvé dans ses mots. Pour que ces signalements ne remplissent pas votre boîte de réception, au-delà de {limit} par heure ils vous sont annoncés ensemble dans un seul e-mail, et non un par un. Un signalement dont les mots disent que quelqu’un peut être en danger arrive toujours en premier, et n’est jamais compté avec ceux-ci.',
    'sponsor.markedUrgent.open': 'Ouvrir votre bureau des dossiers',
    'sponsor.markedUrgent.footer':
      'Ce lien vous est personnel et il expire. Ouvrez chaque dossier depuis votre bureau pour le lire, en accuser réception et y répondre ; depuis sa page, vous pouvez aussi le transmettre s’il n’est pas pour vous, ou le clore une fois traité.',
    'sponsor.urgentWords.subject':
      '{kind, select, reminder {Rappel : {count, plural, one {# signalement urgent par ses mots attend} other {# signalements urgents par leurs mots attendent}} votre accusé de réception} climbed {{count, plural, one {# signalement urgent par ses mots n’a pas été pris en compte} other {# signalements urgents par leurs mots n’ont pas été pris en compte}} à temps et {count, plural, one {vous est maintenant confié} other {vous sont maintenant confiés}}} other {Urgent : {count, plural, one {# signalement de plus, urgent par ses mots} other {# signalements de plus, urgents par leurs mots}} : lisez la liste}}',
    'sponsor.urgentWords.lead':
      '{kind, select, reminder {{count, plural, one {Ce signalement, urgent par ses mots, n’a pas encore été pris en compte.} other {Ces # signalements, urgents par leurs mots, n’ont pas encore été pris en compte.}}} climbed {{count, plural, one {Ce signalement, urgent par ses mots, vous parvient parce qu’il n’a pas été pris en compte à temps.} other {Ces # signalements, urgents par leurs mots, vous parviennent parce qu’ils n’ont pas été pris en compte à temps.}}} other {{count, plural, one {# signalement de plus, urgent par ses mots ou son thème, vous a été transmis.} other {# signalements de plus, urgents par leurs mots ou leur thème, vous ont été transmis.}}}} {count, plural, one {Il figure} other {Chacun figure}} sur votre bureau des dossiers, avec son propre délai pour en accuser réception{count, plural, one { :} other { ; le premier expire}} {end, select, yes {à la fin du {day} ({zone})} other {le {day} à {time} ({zone})}}. Pour qu’une avalanche de signalements semblables ne remplisse pas votre boîte de réception et n’en cache pas un vrai, au-delà de {limit} par heure ils sont listés ici ensemble, les semblables sur une seule ligne, les plus rares en premier. Lisez chaque ligne.',
    'sponsor.urgentWords.line': '{count, plural, one {{text}} other {{text} (# signalements semblables)}}',
    'sponsor.urgentWords.unlisted':
      '{count, plural, one {# signalement de plus ne figure} other {# signalements de plus ne figurent}} pas ici : voyez votre bureau des dossiers.',
    'sponsor.page.errorTitle': 'Erreur : {title}',
    'sponsor.problem': 'Il y a un problème',
    'sponsor.standing':
      '{status, select, responded {Réponse donnée ; réception accusée vers {time} le {day} ({zone})} acknowledged {Réception accusée vers {time} le {day} ({zone}) ; pas encore de réponse publiée} overdue {En attente d’un accusé de réception, et en retard} other {En attente d’un accusé de réception}}',
    'sponsor.reroute': 'Ce dossier a contourné {names} : {reasons}. Ces personnes n’en ont pas été informées.',
    'sponsor.reroute.named': 'le signalement les nomme',
    'sponsor.reroute.management': 'la personne a indiqué qu’il concerne sa propre hiérarchie',
    'sponsor.acknowledge': 'Accuser réception',
    'sponsor.response.label':
      '{has, select, yes {Modifier la réponse publiée} other {Publier une réponse : vous avez dit, nous avons fait}}',
    'sponsor.response.hint':
      'Ce qui a été fait. Montré à la personne grâce à son code de cas, et compté dans le bilan hebdomadaire sans vous nommer ni dire le jour. Jusqu’à {max, plural, one {# caractère} other {# caractères}}. Ne nommez personne. Au-delà, rien n’est publié : vos mots restent dans la zone pour les raccourcir. Par SMS, elle arrive en plusieurs messages si elle est longue.',
    'sponsor.response.button': 'Publier la réponse',
    'sponsor.patternNoOne':
      'C’est une tendance chez plusieurs personnes : il n’y a donc personne à qui écrire ; le bilan hebdomadaire rend compte de ce qui a été fait. Une tendance n’a pas de délai légal : la date limite pour en accuser réception est celle du niveau de service, recomptée chaque fois que le dossier parvient à quelqu’un d’autre.',
    'sponsor.conversation.heading': 'Conversation avec la personne',
    'sponsor.message.label': 'Écrire à la personne',
    'sponsor.message.hint':
      'Une question ou des nouvelles. La personne les lit grâce à son code de cas et peut répondre ; vous recevez un courriel quand elle le fait : immédiatement si c’est urgent, sinon à la fin de cette heure, pour que l’heure ne permette pas de la reconnaître. Elle ne saura jamais qui vous êtes, hormis votre fonction. Jusqu’à {max, plural, one {# caractère} other {# caractères}}. Ne nommez personne : les noms sont retirés. Au-delà, rien n’est envoyé : vos mots restent dans la zone pour les raccourcir. La personne qui suit son cas par SMS le lit en envoyant STATUT, en plusieurs SMS s’il est long.',
    'sponsor.message.button': 'Envoyer à la personne',
    'sponsor.thread.meta':
      '{from, select, you {Vous} leadership {La liste de la direction} named {{name}} earlier {La personne qui avait le cas avant} sponsor {Un membre de la direction} other {La personne}}, le {day}',
    'sponsor.thread.addressHidden':
      'Une adresse web a été retirée de ce texte avant que la personne ne le voie : elle l’ouvrirait sur son propre téléphone et ce site saurait qui elle est. Écrivez plutôt ici ce qu’elle doit savoir.',
    'sponsor.thread.none': 'Pas encore de message.',
    'sponsor.history': 'Historique',
    'sponsor.audit.line': '{at, select, day {Le {day} : {what}} other {Vers {time} le {day} ({zone}) : {what}}}',
    'sponsor.audit':
      '{event, select, raised {Reçu} routed {Reçu et transmis à {who}} emailed {Envoyé par courriel à {who}} text-shown {Le texte a finalement pu être affiché, et a été envoyé par courriel} acknowledged {Réception accusée} responded {Réponse publiée pour la personne} passed {Pas d’accusé de réception à temps, donc transmis plus haut} passed-to {Pas d’accusé de réception à temps, donc transmis à {who}} rerouted {Transmis à une autre personne} rerouted-to {Transmis à {who}} rerouted-instead {Transmis à {who} au lieu de {instead}, que ce cas doit contourner} made-urgent {Passé en urgent : la réponse de la personne est urgente} handed-over {Transmis par {who} à {to} : {reason}} closed {Clos par {who}, à partir de la fin de cette heure-là} closed-unacknowledged {Personne n’en avait accusé réception avant sa clôture : la clôture a valu accusé de réception} closed-unacknowledged-again {Personne n’en a de nouveau accusé réception après qu’il a changé de mains : la clôture a valu accusé de réception} closed-earlier {Clos par la personne qui avait le cas avant, à partir de la fin de cette heure-là} kept-open {Gardé ouvert par {who}, avant que la clôture ne prenne effet} kept-open-earlier {Gardé ouvert par la personne qui avait le cas avant, avant que la clôture ne prenne effet} reopened {Rouvert : une réponse envoyée par la personne avant la clôture est arrivée après} other {Mis à jour}}',
    'sponsor.notice':
      '{action, select, acknowledge {Réception accusée. La personne voit maintenant qu’un cadre dirigeant s’en occupe.} respond {Réponse publiée. La personne la verra en consultant son code de cas.} reply {Message envoyé. La personne le verra grâce à son code de cas (sur le web, ou en envoyant STATUT par SMS), et vous recevrez un courriel quand elle répondra.} hand-over {Dossier transmis. Il a quitté votre bureau, et la personne désormais responsable a reçu un courriel.} keep-open {Dossier gardé ouvert. La clôture est annulée : la personne peut encore écrire, et le dossier est de retour parmi vos dossiers ouverts.} other {Clôture en cours. Votre bureau l’affiche parmi les « Dossiers clos ».}}',
    'sponsor.notice.handOver':
      '{mail, select, passed-on-untold {Dossier transmis à {to}. {to} n’a pas pu recevoir de courriel (l’adresse a été refusée) : le dossier est donc passé aussitôt à {next}, qui n’a pas pu en recevoir non plus pour l’instant. Il a quitté votre bureau ; Listening Post réessaie, et l’opérateur est alerté jusqu’à ce que quelqu’un l’ait reçu.} passed-on {Dossier transmis à {to}. {to} n’a pas pu recevoir de courriel (l’adresse a été refusée) : le dossier est donc passé aussitôt à {next}, qui a reçu un courriel. Il a quitté votre bureau.} other {Dossier transmis à {to} : il a quitté votre bureau. {to} n’a pas pu recevoir de courriel pour l’instant ; Listening Post réessaie{top, select, yes {, et l’opérateur est alerté jusqu’à ce que quelqu’un l’ait reçu.} other {, et le dossier passera à {next} si {to} ne le prend pas en charge à temps.}}}}',
    'sponsor.refusal':
      '{why, select, response-empty {Écrivez votre réponse avant de la publier.} response-long {Votre réponse ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} message-empty {Écrivez un message avant de l’envoyer.} message-long {Le message ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} thread-full {Cette conversation a atteint sa longueur maximale : plus rien ne peut y être ajouté.} no-one {C’est une tendance chez plusieurs personnes : il n’y a personne à qui écrire.} closed {Ce dossier est clos : il ne peut plus être modifié.} reason-empty {Dites pourquoi ce n’est pas pour vous, pour que la personne qui le reprend le sache.} reason-long {Le motif ne peut dépasser {max, plural, one {# caractère} other {# caractères}}.} target {Choisissez qui doit reprendre ce cas, puis appuyez de nouveau sur le bouton. Il n’a pas été transmis : il est toujours à vous.} other {Cela n’a pas pu être fait. Revenez au dossier et réessayez.}}',
    'sponsor.desk.link': 'Tous vos dossiers',
    'sponsor.desk.handOverOrClose':
      'Ce n’est pas pour vous, ou c’est réglé ? Transmettez ou clôturez ce dossier (sa page sur votre bureau des dossiers)',
    'sponsor.desk.back': '← Tous vos dossiers',
    'sponsor.desk.title': 'Vos dossiers',
    'sponsor.desk.lead':
      '{name} : {open, plural, =0 {aucun dossier ouvert} one {# dossier ouvert} other {# dossiers ouverts}} dans votre bureau{closing, plural, =0 {} one {, et # qui sera clos à la fin de cette heure (la personne peut encore écrire jusque-là)} other {, et # qui seront clos à la fin de cette heure (la personne peut encore écrire jusque-là)}}{closed, plural, =0 {} one {; # clos} other {; # clos}}. Rien ici ne dit qui a écrit quoi, et rien ne doit chercher à le savoir.',
    'sponsor.desk.filters': 'Filtrer vos dossiers',
    'sponsor.desk.show': 'Afficher',
    'sponsor.desk.showWhich':
      '{show, select, open {Dossiers ouverts} overdue {Dossiers en retard} closed {Dossiers clos} other {Tous les dossiers}}',
    'sponsor.desk.everySite': 'Tous les établissements',
    'sponsor.desk.everyTopic': 'Tous les sujets',
    'sponsor.desk.unreadOnly': 'Seulement les dossiers avec une nouvelle réponse de la personne',
    'sponsor.desk.apply': 'Afficher ces dossiers',
    'sponsor.desk.count': '{count, plural, one {# dossier} other {# dossiers}}',
    'sponsor.desk.empty':
      'Aucun dossier n’est sur votre bureau pour l’instant. Chaque nouveau dossier vous arrive par e-mail, avec un lien vers lui et vers ce bureau.',
    'sponsor.desk.noMatch': 'Aucun dossier ne correspond à ces filtres.',
    'sponsor.desk.notShown':
      '{hidden, plural, one {# autre dossier de votre bureau n’est pas affiché avec ces filtres.} other {# autres dossiers de votre bureau ne sont pas affichés avec ces filtres.}}',
    'sponsor.desk.showAll': 'Afficher tous vos dossiers',
    'sponsor.desk.caseLink': '{title} (dossier {ref})',
    'sponsor.desk.newAnswer': 'Nouvelle réponse de la personne',
    'sponsor.desk.clock':
      '{state, select, waiting {À vous : accuser réception {end, select, yes {au plus tard à la fin du {day} ({zone})} other {avant le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}} overdue {En retard : il fallait accuser réception {end, select, yes {au plus tard à la fin du {day} ({zone})} other {avant le {day} à {time} ({zone})}}{legal, select, yes {, le délai légal} other {}}} acknowledged {Réception accusée vers {time} le {day} ({zone}) ; pas encore de réponse publiée} answered {Réponse publiée vers {time} le {day} ({zone})} closing {Se clôt à {time} le {day} ({zone}) : d’ici là, la personne peut encore écrire} other {Clos vers {time} le {day} ({zone})}}',
    'sponsor.desk.published': 'Votre réponse publiée',
    'sponsor.desk.closedNote': 'Ce dossier est clos.',
    'sponsor.desk.closingNote':
      'Tant qu’il n’est pas clos, une réponse de la personne le rouvre, et « Garder ce dossier ouvert » annule votre clôture.',
    'sponsor.desk.keepOpenThere':
      'Clos par erreur ? Gardez ce dossier ouvert depuis sa page sur votre bureau des dossiers',
    'sponsor.desk.closingNoteHere': 'Tant qu’il n’est pas clos, une réponse de la personne le rouvre.',
    'sponsor.desk.keepOpen': 'Garder ce dossier ouvert',
    'sponsor.desk.canDo': 'Ce que vous pouvez faire',
    'sponsor.desk.handOver': 'Ce n’est pas pour vous ? Transmettez-le',
    'sponsor.desk.reason': 'Pourquoi ce n’est pas pour vous',
    'sponsor.desk.reasonHint':
      'Conservé dans l’historique du dossier pour la personne qui le reprend. Jusqu’à {max, plural, one {# caractère} other {# caractères}}.',
    'sponsor.desk.handOverButton': 'Transmettre',
    'sponsor.desk.close': 'Clore ce dossier',
    'sponsor.desk.closeHint':
      'Le clore met fin à la conversation : ni vous ni la personne ne pourrez plus y écrire, et sa page indiquera que le dossier est clos. Jusqu’à la fin de l’heure, vous pouvez encore le garder ouvert ; ensuite, il ne peut plus être rouvert d’ici.',
    'sponsor.desk.reasonSinglesOut.heading': 'Pas encore transmis : votre motif peut désigner une personne',
    'sponsor.desk.reasonSinglesOut.text':
      'Qui reprend le dossier lit votre motif, et il reste des années dans l’historique du dossier. Ces mots peuvent permettre de savoir qui a écrit le signalement. Modifiez-les dans le champ ci-dessus et appuyez de nouveau sur « Transmettre », ou transmettez-le avec ces mots tels quels.',
    'sponsor.desk.reasonSinglesOut.item': '« {phrase} »',
    'sponsor.desk.reasonSinglesOut.button': 'Transmettre avec ces mots',
    'sponsor.desk.confirmClose.heading':
      '{again, select, yes {Clore un dossier urgent dont personne n’a accusé réception depuis qu’il a changé de mains ?} other {Clore un dossier urgent dont personne n’a accusé réception ?}}',
    'sponsor.desk.confirmClose.text':
      'Ce signalement a été marqué urgent et {again, select, yes {personne n’en a accusé réception depuis qu’il a changé de mains} other {personne n’en a accusé réception}}. Le clore vaut accusé de réception : le délai pour accuser réception est tenu pour respecté, il n’est donc plus transmis à quelqu’un de plus haut placé, et la page de la personne indiquera que le dossier est clos. Ne le clorez que s’il a été traité ; son historique indiquera qu’il a été clos sans {again, select, yes {nouvel accusé de réception} other {accusé de réception préalable}}.',
    'sponsor.desk.confirmClose.button': 'Le clore et valoir accusé de réception',
    'sponsor.desk.confirmClose.back': 'Ne pas le clore : revenir au dossier',
    'sponsor.unsent.heading':
      '{held, select, close {Ce dossier n’a pas été clos : une chose que vous avez écrite n’est pas encore envoyée} hand-over {Ce dossier n’a pas été transmis : une chose que vous avez écrite n’est pas encore envoyée} other {Une chose que vous avez écrite n’est pas encore envoyée}}',
    'sponsor.unsent.box':
      '{box, select, message {Votre message à la personne n’a pas été envoyé. Il est toujours dans sa case, « Écrire à la personne ».} response {Votre réponse n’a pas été publiée. Elle est toujours dans sa case, sous le dossier.} other {Le dossier n’a pas été transmis : le motif que vous avez écrit n’a donc pas servi. Il est toujours dans sa case, « Pourquoi ce n’est pas pour vous ».}}',
    'sponsor.unsent.howReason':
      '{held, select, close {Un motif ne sert que si vous transmettez le dossier : il l’accompagne jusqu’à la personne qui le reprend. Pour clore le dossier vous-même, videz « Pourquoi ce n’est pas pour vous » et appuyez de nouveau sur « Clore ce dossier ». Pour le confier plutôt à quelqu’un d’autre, choisissez qui le reprend et appuyez sur « Transmettre ».} other {Un motif ne sert que si vous transmettez le dossier. Si vous gardez le dossier, videz « Pourquoi ce n’est pas pour vous ». Pour le confier à quelqu’un d’autre, choisissez qui le reprend et appuyez sur « Transmettre ».}}',
    'sponsor.unsent.how':
      '{held, select, close {Rien n’est perdu. Pour l’envoyer, appuyez sur le bouton sous sa case, puis appuyez sur « Clore ce dossier ». Pour clore le dossier sans l’envoyer, videz la case et appuyez de nouveau sur « Clore ce dossier ».} hand-over {Rien n’est perdu. Pour l’envoyer, appuyez sur le bouton sous sa case, puis transmettez le dossier. Pour le transmettre sans l’envoyer, videz la case et appuyez de nouveau sur « Transmettre ».} other {Pour l’envoyer, appuyez sur le bouton sous sa case. Si vous ne voulez pas l’envoyer, videz la case.}}',
    'sponsor.error':
      '{why, select, expired {Ce lien a expiré. Demandez-en un nouveau à l’opérateur de {program}, ou utilisez le courriel le plus récent sur ce dossier.} moved {Ce dossier est désormais entre les mains de quelqu’un d’autre : ce lien ne l’ouvre plus. S’il vous revient, vous recevrez un nouveau courriel.} replaced {Ce lien a été remplacé par un plus récent. Utilisez le lien de votre dernier courriel de {program}.} invalid {Ce lien n’est pas valide. Il a peut-être été copié incomplètement ou modifié. Ouvrez-le à nouveau depuis le courriel.} not-on-desk {Aucun dossier de ce type sur votre bureau. Il a peut-être été transmis ; la liste montre chaque dossier que vous détenez.} no-digest {Aucune synthèse n’a encore été publiée pour cette semaine.} not-found {Il n’y a rien à cette adresse. Ouvrez à nouveau le lien depuis le courriel.} too-large {Ce que vous avez envoyé est trop long. Revenez en arrière, raccourcissez-le et renvoyez-le.} not-our-form {Cela ne vient pas de l’un de nos formulaires. Revenez au formulaire et envoyez-le depuis celui-ci.} unreadable {Une partie de l’envoi n’a pas pu être lue. Revenez au formulaire et réessayez.} busy {Beaucoup de demandes arrivent en ce moment. Patientez un instant et réessayez.} unavailable {Cela n’a pas pu être fait pour le moment. Réessayez dans quelques minutes.} not-allowed {Cela ne peut pas être fait avec ce lien.} other {Une erreur s’est produite de notre côté ; rien de ce que vous avez envoyé n’a été conservé. Réessayez dans quelques minutes.}}',
    'sponsor.layout.skip': 'Aller au contenu',
    'sponsor.layout.footer':
      'Cette page vous est personnelle : merci de ne pas transférer son lien. Rien ici ne dit qui a écrit la remontée, et rien ne doit chercher à le savoir.',
  },
  /** The weekly digest in French. */
  digest: {
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
    'digest.moodHidden': 'humeur non affichée (trop peu dans l’une des humeurs pour l’afficher sans risque)',
    'digest.face': '{face, select, 0 {très mécontent} 1 {mécontent} 2 {content} other {très content}}',
    'digest.faceItem': '{face} {pct}',
    'digest.channel': '{channel, select, web {formulaire web} sms {SMS} kiosk {borne} other {{channel}}}',
    'digest.label.channel': '{channel, select, web {Formulaire web} sms {SMS} kiosk {Borne} other {{channel}}}',
    'digest.label.noSite': 'Site non indiqué',
    'digest.label.otherChannels': 'Autres canaux regroupés',
    'digest.label.otherSites': 'Autres sites regroupés',
    'digest.label.otherTopics': 'Autres thèmes regroupés',
    'digest.label.otherLanguages': 'Autres langues regroupées',
    'digest.label.allChannels': 'Tous les canaux regroupés',
    'digest.label.allSites': 'Tous les sites regroupés',
    'digest.label.allTopics': 'Tous les thèmes regroupés',
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
    'digest.section.moversText':
      'Plus fortes évolutions (par rapport {weeks, plural, one {à la semaine précédente} other {aux # semaines précédentes}})',
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
    'digest.note.movers':
      'Par rapport {weeks, plural, one {au chiffre de chaque groupe la semaine précédente} other {à la moyenne de chaque groupe sur les # semaines précédentes}}.',
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
      '{trend, select, new {nouveau comme sujet} other {{moved} par rapport {weeks, plural, one {à la semaine précédente} other {à sa moyenne sur # semaines}}}}',
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
      'Pour {name}, responsable de {topics} sur {sites}. Les chiffres de chaque site et thème couvrent toute l’organisation ; les commentaires et signalements sont uniquement ceux de votre périmètre, et « Vous avez dit, nous avons fait » reprend les réponses de toute l’organisation.',
    'digest.everyTopic': 'tous les thèmes',
    'digest.everySite': 'tous les sites',
    'digest.responses.none': 'Aucune réponse n’a été publiée cette semaine.',
    'digest.responses.withheld':
      'Quelques réponses ont été publiées cette semaine. Elles ne sont listées ici qu’à partir de {k} publiées dans une semaine, pour qu’aucune ne désigne personne ; qui a écrit un retour peut en lire la réponse sur sa page de suivi.',
    'digest.responses.aboutText': '{about} :',
    'digest.responses.about': '{topics, select, none {Autres retours} other {{topics}}}',
    'digest.anonymity':
      'Aucun groupe de moins de {k} retours n’est montré à part : les plus petits groupes sont regroupés dans « autres », avec le suivant le plus petit si besoin, pour qu’aucun ne puisse être déduit par soustraction. Les commentaires ne sont cités qu’à partir de groupes de {kQuote} ou plus, données personnelles retirées. Une humeur (négative, positive, neutre, mitigée) n’est affichée que si chacune des quatre compte zéro ou au moins {k} retours, dans cette ligne et dans celles dont elle pourrait être déduite ; sinon, il est écrit « humeur non affichée », car l’afficher pourrait désigner qui a dit quoi.',
    'digest.mover':
      '{label} ({kind, select, site {site} other {thème}}) : {count}, {change, select, new {nouveau cette semaine} other {{change} par rapport {weeks, plural, one {à la semaine précédente} other {à sa moyenne sur # semaines}}}}{negative, select, none {} other { ; {negative} négatif{before, select, none {} other { (contre {before} avant)}}}}',
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
    'digest.esc.fewer':
      'Moins de {k} remontés, ou trop peu chez un responsable pour les montrer sans risque, donc aucun chiffre n’est affiché.',
    'digest.esc.summary': '{line}.',
    'digest.esc.summaryNoneNamed':
      '{line}. Aucun responsable n’est nommé : chacun en a trop peu pour les montrer sans risque.',
    'digest.esc.otherSponsors': 'Autres responsables regroupés',
    'digest.esc.overdueSponsor':
      '{name} : {count} ({all, select, yes {tous} other {au moins {k} d’entre eux}} remontés la semaine {week} de {year} ou avant)',
    'digest.esc.overdueOther': 'Autres responsables regroupés : {count}',
    'digest.esc.overdueNoneNamed':
      '{count}, sans nommer de responsable : chacun en a trop peu pour les montrer sans risque',
    'digest.esc.legal':
      '{state, select, passed {{shown, select, yes {{count} dossiers détenus par {holder} ont} other {De 1 à {upTo} dossiers détenus par {holder} ont}} dépassé un délai légal tombé dans la semaine du {week}, toujours pas tenu} other {{shown, select, yes {{count} dossiers détenus par {holder} ont} other {De 1 à {upTo} dossiers détenus par {holder} ont}} un délai légal dans la semaine du {week}, pas encore tenu}}',
    'digest.esc.comingUp': 'Délais légaux de cette semaine et de la suivante',
    'digest.esc.comingUpText': 'Délais légaux de cette semaine et de la suivante :',
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
  },
};
