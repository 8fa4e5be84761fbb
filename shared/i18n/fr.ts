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
  },
};
