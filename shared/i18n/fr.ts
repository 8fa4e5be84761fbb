import type { Catalogue } from './catalogue';

/** French (formal "vous"). Keys and parameters as in `en.ts`. */
export const fr: Catalogue = {
  language: 'fr',
  name: 'Français',
  direction: 'ltr',
  keywords: { help: ['AIDE'], status: ['STATUT'], urgent: ['URGENT'], reply: ['REPONDRE'] },
  messages: {
    'sms.accepted.full':
      "{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Envoyez STATUT {code} pour le suivre. Votre numéro n'est pas conservé.",
    'sms.accepted.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Envoyez STATUT {code} pour le suivre.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Les photos ne sont pas conservées (elles peuvent identifier des personnes), seulement vos mots. Envoyez STATUT {code} pour le suivre.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Merci. Le cas {code} est signalé comme urgent à la personne responsable.} other {Merci. Votre code de cas est {code}.}} Les photos ne sont pas conservées, seulement vos mots. Envoyez STATUT {code} pour le suivre.',
    'sms.help.full':
      "{program} : avis anonymes pour {organisation}. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n'est pas conservé. Répondez STOP pour vous désabonner.",
    'sms.help.short':
      "{program} : avis anonymes. Écrivez-nous ; STATUT <code> pour suivre un cas. Votre numéro n'est pas conservé. Répondez STOP pour vous désabonner.",
    'sms.help.minimal':
      "{program} : avis anonymes. Votre numéro n'est pas conservé. Répondez STOP pour vous désabonner.",
    'sms.throttled':
      "Vous avez envoyé beaucoup de messages cette heure-ci, celui-ci n'a donc pas été enregistré. Réessayez dans une heure.",
    'sms.questionsThrottled':
      'Vous avez posé beaucoup de questions cette heure-ci, celle-ci est donc restée sans réponse. Réessayez dans une heure.',
    'sms.empty':
      "Votre message était vide. Écrivez votre avis en mots ; il est anonyme. Répondez AIDE pour obtenir de l'aide.",
    'sms.picturesOnly':
      "Les photos ne sont pas acceptées (elles peuvent identifier des personnes) : rien n'a été enregistré. Écrivez votre avis en mots.",
    'sms.urgentOnly': 'Pour signaler une urgence, envoyez URGENT suivi de ce qui se passe, en un seul message.',
    'sms.tooLong':
      "Trop long : restez sous {max, plural, one {# caractère} other {# caractères}} (moins avec des emojis) ou envoyez-le en plusieurs fois. Rien n'a été enregistré.",
    'sms.unknownSite.list':
      "Il n'y a pas de site #{tag}, rien n'a donc été enregistré. Commencez par l'un de {tags} ou retirez l'étiquette.",
    'sms.unknownSite.plain':
      "Ce site n'existe pas, rien n'a donc été enregistré. Renvoyez le message sans la #étiquette.",
    'sms.statusUsage': 'Pour suivre un cas, envoyez STATUT et son code, par exemple STATUT {example}.',
    'sms.unknownCase': "Aucun cas n'a ce code. Vérifiez-le et renvoyez STATUT suivi du code.",
    'sms.unavailable':
      "Désolé, votre message n'a pas été enregistré pour le moment. Renvoyez-le dans quelques minutes.",
    'sms.unreadable': "Désolé, ce message est illisible : rien n'a été enregistré. Renvoyez-le en texte simple.",
    'sms.busy':
      "Nous recevons beaucoup de messages en ce moment : celui-ci n'a pas été enregistré. Renvoyez-le dans quelques minutes.",
    'sms.status':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}.',
    'sms.statusWithResponse':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}. La réponse : {response}',
    'sms.answerSent':
      'Merci. Votre réponse sur le cas {code} a été envoyée ; les noms sont retirés avant lecture. Envoyez STATUT {code} pour les réponses.',
    'sms.noConversation':
      "Le cas {code} n'a pas de conversation : seul un cas transmis à une personne responsable peut recevoir une réponse. Envoyez un nouvel avis sans le code.",
    'sms.threadFull':
      "La conversation du cas {code} est complète : votre réponse n'a pas été enregistrée. Envoyez plutôt un nouvel avis.",
    'sms.replyUsage':
      "Pour répondre, envoyez REPONDRE, le code du cas et votre réponse, par exemple REPONDRE {example} c'était l'équipe de nuit.",
    'sms.statusWithMessage':
      'Cas {code} : {status, select, received {bien arrivé ; il sera lu sous peu} analysed {lu et enregistré} escalated {transmis à la personne responsable} acknowledged {pris en compte par la personne responsable} other {une réponse a été publiée}}. Nouveau message : {message} Pour répondre, envoyez {code} et votre réponse.',
    // --- The kiosk (functions/intake/kiosk/): its page and script read these; keep them together. ---
    'kiosk.title': "Borne d'avis · {program}",
    'kiosk.manifest.description': 'Dites-nous comment ça va au travail : une touche, anonyme.',
    'kiosk.manifest.shortName': 'Avis',
    'kiosk.loading': 'Préparation…',
    'kiosk.noScript':
      'Cette borne a besoin de JavaScript. Pour donner votre avis sans lui, utilisez le formulaire web à l’adresse /.',
    'kiosk.languages': 'Langue',
    'kiosk.start.question': 'Comment ça va au travail aujourd’hui ?',
    'kiosk.start.anonymous': 'Anonyme : rien sur vous n’est enregistré.',
    'kiosk.rating.1': 'Très mécontent',
    'kiosk.rating.2': 'Mécontent',
    'kiosk.rating.3': 'Content',
    'kiosk.rating.4': 'Très content',
    'kiosk.details.title': 'Merci. Autre chose à ajouter ?',
    'kiosk.details.chosen':
      'Vous avez choisi {choice}. Ajoutez des détails si vous le souhaitez, ou appuyez sur Envoyer.',
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
  },
};
