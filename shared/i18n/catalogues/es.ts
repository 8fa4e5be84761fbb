import type { Catalogue } from '../catalogue';

/** Spanish (neutral, formal "usted"). Keys and parameters as in `en.ts`: its messages, sponsors' pages and emails, and the weekly digest. */
export const es: Catalogue = {
  language: 'es',
  name: 'Español',
  direction: 'ltr',
  // How a list of names is quoted when a name holds the list's own "and" (`shared/i18n/name-list.ts`).
  quotes: ['«', '»'],
  // A title and the program's name, or the word "Error": written the same way; a punctuation-only
  // template ('{label}: {value}'); words Spanish shares with English ("Total", "No").
  sameAsEnglish: [
    'web.page.title',
    'web.page.errorTitle',
    'web.receipt.smsNumber',
    'kiosk.setup.smsNumber',
    'sponsor.field',
    'sponsor.page.errorTitle',
    'digest.faceItem',
    'digest.trend.words',
    'digest.esc.summary',
    'digest.sponsorLine',
    'digest.total',
    'digest.trend.negativeShort',
    'digest.responses.aboutText',
  ],
  keywords: {
    // SOCORRO and AUXILIO are how a cry for help is texted in Spanish (and SOCORRO in Portuguese): answered with the
    // help text and the emergency line, in Spanish.
    help: ['AYUDA', 'SOCORRO', 'AUXILIO'],
    status: ['ESTADO'],
    urgent: ['URGENTE'],
    reply: ['RESPONDER', 'RESPUESTA', 'RESPONDO', 'CONTESTAR', 'CONTESTO'],
    object: ['CONFLICTO'],
    optOut: ['PARAR', 'BAJA', 'DETENER', 'CANCELAR', 'ALTO'],
  },
  // "martes 1 de diciembre de 2026" (no comma after the weekday); the hour with its article: "la 1 h", "las 19:30".
  moments: {
    day: '{weekday} {date} de {month} de {year}',
    time: '{hour, plural, one {la} other {las}} {minute, select, 00 {{hour} h} other {{hour}:{minute}}}',
    moment: '{day} a {time} ({zone})',
    deadline: '{end, select, yes {el final del {day} ({zone})} other {{day} a {time} ({zone})}}',
  },
  messages: {
    'emergency.callNumber': 'Si usted u otra persona corre peligro ahora, llame al {number}.',
    'emergency.callLocal': 'Si usted u otra persona corre peligro ahora, llame al número de emergencias local.',
    'report.notSaved': 'Su mensaje NO se ha guardado.',
    'sms.accepted.full':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente para una persona de la dirección.} other {Gracias. Su código de caso es {code}.}} Envíe ESTADO {code} para seguirlo. No guardamos su número.',
    'sms.accepted.short':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente.} other {Gracias. Su código es {code}.}} Envíe ESTADO {code} para seguirlo. No guardamos su número.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente para una persona de la dirección.} other {Gracias. Su código de caso es {code}.}} No guardamos fotos (pueden identificar a personas), solo sus palabras. Envíe ESTADO {code} para seguirlo. No guardamos su número.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Gracias. El caso {code} es urgente.} other {Gracias. Su código es {code}.}} No guardamos fotos ni su número, solo sus palabras. Envíe ESTADO {code} para seguirlo.',
    'sms.help.full':
      '{program}: opiniones anónimas para {organisation}. Escríbanos; ESTADO <código> consulta un caso. No guardamos su número. Responda STOP para darse de baja.',
    'sms.help.short':
      '{program}: opiniones anónimas. Escríbanos; ESTADO <código> consulta un caso. No guardamos su número. STOP para darse de baja.',
    'sms.help.minimal': '{program}: opiniones anónimas. No guardamos su número. Responda STOP para darse de baja.',
    'sms.throttled':
      'Ha enviado muchos mensajes en esta hora, así que este no se guardó. Vuelva a intentarlo dentro de {minutes, plural, one {# minuto} other {# minutos}}.',
    'sms.throttledLastHour':
      'Había enviado muchos mensajes en la hora en que llegó este, así que no se guardó. Esa hora ya pasó: puede volver a enviarlo ahora.',
    'sms.questionsThrottledLastHour':
      'Había hecho muchas consultas en la hora en que llegó esta, así que no tuvo respuesta. Esa hora ya pasó: puede volver a consultar ahora.',
    'sms.questionsThrottled':
      'Ha hecho muchas consultas en esta hora, así que esta no tuvo respuesta. Vuelva a intentarlo dentro de {minutes, plural, one {# minuto} other {# minutos}}.',
    'sms.noWords':
      'Su mensaje no tenía palabras, así que no se guardó nada. Escriba su opinión con palabras; es anónima. Responda AYUDA para obtener ayuda.',
    'sms.empty':
      'Su mensaje estaba vacío. Escriba su opinión con palabras; es anónima. Responda AYUDA para obtener ayuda.',
    'sms.picturesOnly':
      'No aceptamos fotos (pueden identificar a personas), así que no se guardó nada. Escriba su opinión con palabras. No guardamos su número.',
    'sms.optOutHow': 'No se guardó nada. Para dejar de recibir mensajes de este número, responda STOP.',
    'sms.nothingAfter': 'No se guardó nada: escriba su opinión después de {start}, en el mismo mensaje.',
    'sms.urgentOnly': 'Para marcar algo como urgente, envíe URGENTE seguido de lo que ocurre, en un solo mensaje.',
    'sms.tooLong':
      'Demasiado largo: escriba menos de {max, plural, one {# carácter} other {# caracteres}} (menos con emojis) o envíelo en partes. No se guardó nada.',
    'sms.unknownSite.list': 'No reconocimos el centro {tag}; su mensaje se guardó de todos modos. Centros: {tags}',
    'sms.unknownSite.plain': 'No reconocimos el centro {tag}; su mensaje se guardó de todos modos.',
    'sms.statusUsage': 'Para seguir un caso, envíe ESTADO y su código, por ejemplo ESTADO {example}.',
    'sms.codeLeftOut':
      'Los códigos de caso nunca llevan 0, O, 1, I ni L: busque en el código una letra que se les parezca (Q, D, J, T o 7) y envíe ESTADO y el código de nuevo.',
    'sms.notACode':
      'Eso no tiene la forma de un código de caso: tiene diez letras y números, como {example}. Revíselo y envíe ESTADO y el código de nuevo.',
    'sms.unknownCase': 'Ningún caso tiene ese código. Revíselo y envíe ESTADO y el código de nuevo.',
    'sms.wordsKept':
      '{urgent, select, yes {Sus palabras se guardaron como una opinión nueva, caso {code}, marcada como urgente.} other {Sus palabras se guardaron como una opinión nueva, caso {code}.}} Envíe ESTADO {code} para seguirla.',
    'sms.courtesyOnly':
      'No se guardó nada de este mensaje. Para enviar su opinión, escríbala con palabras; para seguir un caso, envíe ESTADO y su código.',
    'sms.courtesyAfterOpener': 'Aún no se guardó nada: escriba con palabras lo que ocurre y se marcará como lo pidió.',
    'sms.unavailable': 'Lo sentimos, no pudimos guardar su mensaje ahora. Envíelo de nuevo en unos minutos.',
    'sms.unreadable':
      'Lo sentimos, no pudimos leer ese mensaje y no se guardó nada. Envíelo de nuevo como texto normal.',
    'sms.busy': 'Estamos recibiendo muchos mensajes y el suyo no se guardó. Envíelo de nuevo en unos minutos.',
    'sms.status':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} forwarding {enviándose a una persona de la dirección} escalated {enviado a una persona de la dirección} acknowledged {visto por esa persona} closed {cerrado por esa persona} other {respondido}}.',
    'sms.statusWithResponse':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} forwarding {enviándose a una persona de la dirección} escalated {enviado a una persona de la dirección} acknowledged {visto por esa persona} closed {cerrado por esa persona} other {respondido}}. La respuesta: {response}',
    'sms.answerSentNow':
      'Gracias. Su respuesta al caso {code} fue enviada ahora al directivo que lo atiende; antes se quitan los nombres. Envíe ESTADO {code} para ver más.',
    'sms.answerHeld':
      'Aún no se envió: su respuesta al caso {code} dice «{phrase}», que puede mostrar quién es usted. Para enviarla así, envíe {code} ENVIAR. Para cambiarla, envíe {code} y su nueva respuesta.',
    'sms.answerHeldShort':
      'Aún no se envió: su respuesta al caso {code} puede mostrar quién es usted. Para enviarla así, envíe {code} ENVIAR. Para cambiarla, envíe {code} y su nueva respuesta.',
    'sms.nothingHeld':
      'Ninguna respuesta al caso {code} espera a ser enviada. Para responder, envíe {code} y su respuesta.',
    'sms.answerSentByTheHour':
      'Gracias. Su respuesta al caso {code} fue enviada; le llega al directivo cuando termine esta hora, o de inmediato si es urgente. Envíe ESTADO {code} para ver más.',
    'sms.answerSent':
      'Gracias. Su respuesta al caso {code} fue enviada; los nombres se quitan antes de leerla. Envíe ESTADO {code} para ver más.',
    'sms.detailsWithCase':
      'Gracias. Sus palabras se añadieron al caso {code} y se leen con él; antes se quitan los nombres. Envíe ESTADO {code} para ver más.',
    'sms.courtesyKept':
      'Gracias. Su mensaje queda en el caso {code}, donde lo ve el directivo que lo atiende. Envíe ESTADO {code} para ver más.',
    'sms.detailsOwnReport':
      '{because, select, closed {El caso {earlier} está cerrado, así que} full {La conversación del caso {earlier} está llena, así que} twoReports {Envió más de un informe urgente hace poco, así que} other {El caso {earlier} aún va camino de un directivo, así que}} sus palabras se enviaron ya como un informe urgente nuevo: caso {code}. {because, select, twoReports {Para añadirlas a un informe, envíe su código y sus palabras.} other {Envíe ESTADO {code} para seguirlo.}}',
    'sms.picturesNotKept': 'Solo guardamos sus palabras, no las fotos (pueden identificar a personas).',
    'sms.noConversation':
      'El caso {code} no tiene conversación: solo la tienen los casos enviados a la dirección. Envíe una opinión nueva sin el código.',
    'sms.threadFull':
      'La conversación del caso {code} está completa y su respuesta no se guardó. Envíe una opinión nueva.',
    'sms.caseClosed':
      'El caso {code} está cerrado y su respuesta no se envió. Si hay algo nuevo, envíe una opinión nueva.',
    'sms.objected':
      'Gracias. Al final de esta hora el caso {code} pasa a otra persona, y quien lo lleva ya no puede abrirlo.',
    'sms.objectUsage':
      'Si su aviso trata de quien lo lleva, envíe CONFLICTO y el código del caso, por ejemplo CONFLICTO {example}.',
    'sms.replyUsage':
      'Para responder, envíe RESPONDER, el código del caso y su respuesta, por ejemplo RESPONDER {example} fue en el turno de noche.',
    'sms.statusWithMessage':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} forwarding {enviándose a una persona de la dirección} escalated {enviado a una persona de la dirección} acknowledged {visto por esa persona} closed {cerrado por esa persona} other {respondido}}. Mensaje nuevo: {message} Para responder, envíe {code} y su respuesta.',
    'sms.overdue':
      'Caso {code}: {deadline, select, acknowledge {no se confirmó en el plazo que marca la ley} other {no se le dijo qué se está haciendo en el plazo que marca la ley}}, así que se ha pasado al equipo de dirección, que le está dando seguimiento.',
    // --- The kiosk (functions/intake/kiosk/): its page and script read these; keep them together. ---
    'kiosk.title': 'Quiosco de opiniones · {program}',
    'kiosk.manifest.description': 'Cuéntenos cómo va el trabajo: un toque, anónimo.',
    'kiosk.manifest.shortName': 'Opiniones',
    'kiosk.loading': 'Preparando…',
    'kiosk.noScript': 'Este quiosco necesita JavaScript. Para dar su opinión sin él, use el formulario web en /.',
    'kiosk.languages': 'Idioma',
    'kiosk.start.question': '¿Cómo va el trabajo hoy?',
    'kiosk.start.anonymous': 'Anónimo: no se registra nada sobre usted.',
    'kiosk.rating.1': 'Muy mal',
    'kiosk.rating.2': 'Mal',
    'kiosk.rating.3': 'Bien',
    'kiosk.rating.4': 'Muy bien',
    'kiosk.details.title': 'Gracias. ¿Algo más que añadir?',
    'kiosk.details.chosen': 'Ha elegido «{choice}». Añada más si quiere, o pulse Enviar.',
    'kiosk.details.topics': '¿De qué se trata? (opcional)',
    'kiosk.details.comment': 'Comentario (opcional)',
    'kiosk.details.commentHint':
      'Por favor, no escriba nombres. Hasta {max, plural, one {# carácter} other {# caracteres}}.',
    'kiosk.details.count': '{used, number} de {max, number} caracteres',
    'kiosk.details.tooLong':
      'Es más largo de lo que se puede enviar. Acórtelo a {max, plural, one {# carácter} other {# caracteres}} o menos (los emojis cuentan como más de uno), o envíelo en dos partes.',
    'kiosk.details.checkPreview': 'Ver qué se quitará',
    'kiosk.details.urgent': 'Es urgente: pedir que una persona de la dirección lo mire ya',
    'kiosk.details.aboutManagement': 'Es sobre mis jefes: enviarlo a alguien por encima de ellos',
    'kiosk.details.send': 'Enviar',
    'kiosk.details.back': 'Volver',
    'kiosk.details.keepWriting': 'Sigo aquí',
    'kiosk.details.idleWarning':
      '{urgent, select, yes {¿Sigue ahí? En {seconds} segundos esta pantalla vuelve al inicio y su comentario, marcado como urgente, se envía tal como está.} other {¿Sigue ahí? En {seconds} segundos esta pantalla vuelve al inicio: lo que escribió se borra y no se envía, salvo si habla de alguien en peligro, que se hace llegar.}}',
    'kiosk.preview.empty': 'Escriba primero un comentario y luego revíselo.',
    'kiosk.preview.checking': 'Revisando…',
    'kiosk.preview.nothing':
      'No encontramos nombres ni números que quitar. Compruebe que nada más le señala a usted o a otra persona.',
    'kiosk.preview.intro': 'Antes de que nadie lo lea:',
    'kiosk.preview.change': '«{original}» se sustituirá por {replacement}',
    'kiosk.preview.singledOut':
      'Estas palabras se quedan como están, pero solo encajan con una persona o con muy pocas (usted, o alguien de quien habla), así que pueden ayudar a adivinar quién escribió esto. Puede cambiarlas antes de enviar:',
    'kiosk.preview.singledOutItem': '«{phrase}»',
    'kiosk.preview.offline':
      'Esta revisión necesita conexión. Aun así, su comentario se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.preview.busy':
      'Ahora mismo se están revisando muchos comentarios. Vuelva a intentarlo en un momento o envíe el suyo tal como está: se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.preview.failed':
      'Esta revisión no está disponible ahora. Aun así, su comentario se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.thanks.title': 'Gracias',
    'kiosk.thanks.codeIntro': 'Su código de caso es',
    'kiosk.thanks.followUp': 'Para seguirlo, anote el código y visite {address} desde cualquier teléfono u ordenador.',
    'kiosk.thanks.followSms': 'O envíe {command} por SMS al {number}.',
    'kiosk.thanks.smsCommand': 'ESTADO {code}',
    'kiosk.thanks.saved':
      'Su opinión queda guardada en esta tableta y se enviará en cuanto haya conexión. El código de caso necesita conexión, así que esta vez no hay código.',
    'kiosk.thanks.notSaved':
      'Están llegando demasiados mensajes en este momento: el suyo NO se ha guardado todavía. Esta tableta lo conserva y lo vuelve a enviar en unos minutos, así que esta vez no hay código de caso.',
    'kiosk.thanks.held':
      'El suyo no se ha podido enviar tal como está, así que NO se ha guardado todavía: se conserva en esta tableta. Avise a quien se ocupa de esta tableta.',
    'kiosk.thanks.sentSince': 'Ha vuelto la conexión: su opinión ya se ha enviado.',
    'kiosk.thanks.keepSafe': 'Si lo pierde, no se puede recuperar.',
    'kiosk.thanks.done': 'Terminar',
    'kiosk.network.offline': 'Sin conexión. Puede dar su opinión igualmente: se guarda aquí y se envía más tarde.',
    'kiosk.network.offlineSaved':
      'Sin conexión. {count, plural, one {# opinión guardada en esta tableta; se enviará} other {# opiniones guardadas en esta tableta; se enviarán}} cuando vuelva la conexión.',
    'kiosk.network.held':
      '{count, plural, one {Una opinión no se ha podido enviar todavía: se guarda} other {# opiniones no se han podido enviar todavía: se guardan}} en esta tableta y se volverá a intentar más tarde. Avise a quien se ocupa de esta tableta.',
    'kiosk.network.notSetUpSaved':
      '{count, plural, one {Una opinión se guarda} other {# opiniones se guardan}} en esta tableta, sin enviar: no puede enviar nada hasta que vuelva a estar preparada. Avise a quien se ocupa de esta tableta.',
    'kiosk.network.sending':
      'Enviando {count, plural, one {# opinión guardada} other {# opiniones guardadas}} en esta tableta…',
    'kiosk.setup.title': 'Esta tableta aún no está preparada',
    'kiosk.setup.body': 'No puede recoger opiniones hasta que lo esté. Avise a quien se ocupa de las tabletas.',
    'kiosk.setup.elsewhere':
      '{sms, select, one {Mientras tanto puede enviar su opinión desde su propio teléfono u ordenador en {address}, o por SMS al {number}.} several {Mientras tanto puede enviar su opinión desde su propio teléfono u ordenador en {address}, o por SMS al número de su centro:} other {Mientras tanto puede enviar su opinión desde su propio teléfono u ordenador en {address}.}}',
    'kiosk.setup.smsNumber': '{site}: {number}',
    'kiosk.setup.linkUsed':
      'Este enlace de configuración ya se ha usado o es demasiado antiguo. Pida un enlace nuevo a quien se ocupa de las tabletas.',
    'kiosk.setup.linkCut':
      'Este enlace de configuración no está completo: se perdió su final al copiarlo. Abra de nuevo el enlace entero, o pida uno nuevo a quien se ocupa de las tabletas.',
    'kiosk.setup.waiting': 'Preparando esta tableta: necesita la red una vez y seguirá sola en cuanto vuelva.',
    'web.page.title': '{title} · {program}',
    'web.page.characterCount': '{used} de {max} caracteres',
    'web.page.errorTitle': 'Error: {title}',
    'web.page.skip': 'Ir al contenido',
    'web.page.notSent':
      'No pudimos confirmar que llegó. Es seguro enviarlo de nuevo: no se enviará dos veces. Lo que escribió sigue aquí.',
    'web.page.languages': 'Idioma',
    'web.page.footer.employee':
      'Anónimo: no registramos quién es usted, su dirección IP ni su dispositivo. No escriba nombres ni detalles que puedan identificarle a usted o a otras personas.',
    'web.page.footer.sponsor':
      'Esta página es solo para usted: no reenvíe su enlace. Nada de lo que hay aquí dice quién escribió la opinión, y nadie debe intentar averiguarlo.',
    'web.problem': 'Hay un problema',
    'web.sendMore': 'Enviar otra opinión',
    'web.form.title': 'Enviar una opinión',
    'web.form.heading': 'Cuéntenos lo que piensa',
    'web.form.lead':
      'Elogios, problemas, ideas: llega a las personas de la dirección que pueden actuar, sin su nombre.',
    'web.form.text': 'Su opinión',
    'web.form.textHint':
      'Hasta {max, plural, one {# carácter} other {# caracteres}}. Los nombres y los números de teléfono se quitan antes de que nadie la lea.',
    'web.form.optional': '(opcional)',
    'web.form.site': '¿Dónde trabaja? {optional}',
    'web.form.siteNone': 'Prefiero no decirlo',
    'web.form.topic': '¿De qué trata? {optional}',
    'web.form.topicNone': 'No lo sé / otra cosa',
    'web.form.escalate': 'Es urgente: pedir que una persona de la dirección lo revise ahora',
    'web.form.aboutManagement': 'Se trata de mis jefes',
    'web.form.aboutManagementHint':
      'Entonces llega a alguien por encima de ellos, nunca a la persona que normalmente lo leería.',
    'web.form.send': 'Enviar de forma anónima',
    'web.form.check': 'Ver qué se quitará',
    'web.form.follow': '¿Ya envió algo? {link}.',
    'web.form.followLink': 'Consulte su estado con su código de caso',
    'web.page.noTrace':
      'Antes de escribir: en un ordenador o teléfono del trabajo, o en el wifi del trabajo, su empresa puede ver esta visita y lo que escriba. Para no dejar rastro, use su propio teléfono, fuera del wifi del trabajo, o al menos una ventana privada.',
    'web.form.error.noWords':
      'Su opinión no tiene palabras, solo signos o símbolos. Escriba con palabras lo que quiere decir antes de enviarla.',
    'web.form.error.noWordsCheck':
      'Su opinión no tiene palabras, solo signos o símbolos. Escriba con palabras lo que quiere decir y luego compruebe lo que se quitará.',
    'web.form.error.empty': 'Escriba su opinión en el recuadro antes de enviarla.',
    'web.form.error.emptyCheck': 'Escriba primero su opinión en el recuadro y luego compruebe lo que se quitará.',
    'web.form.error.tooLong':
      'Su opinión es demasiado larga para un solo mensaje. Acórtela a {max, plural, one {# carácter} other {# caracteres}} o menos (los emojis y algunas letras cuentan por más de uno), o envíela en dos partes.',
    'web.form.error.tooLongCounted':
      'Su opinión es demasiado larga para un solo mensaje: cuenta como {used, plural, one {# carácter} other {# caracteres}}, y un mensaje puede tener {max, plural, one {# carácter} other {# caracteres}} (los emojis y algunas letras cuentan por más de uno). Acórtela al menos {over, plural, one {# carácter} other {# caracteres}}, o envíela en dos partes.',
    'web.form.error.site': 'Elija dónde trabaja en la lista, o «Prefiero no decirlo».',
    'web.form.error.topic': 'Elija un tema de la lista, o «No lo sé / otra cosa».',
    'web.form.error.escalate': 'Marque la casilla de urgente o déjela vacía.',
    'web.form.error.busy':
      'Su mensaje NO se ha guardado: estamos recibiendo muchas opiniones en este momento. Espere unos minutos y envíelo de nuevo; lo que escribió sigue aquí.',
    'web.form.error.unavailable':
      'Su opinión no se pudo guardar ahora. Envíela de nuevo en unos minutos; lo que escribió sigue aquí.',
    'web.form.error.reused':
      'Esta página ya envió un informe con otras palabras, así que este NO se envió. Lo que escribió sigue aquí: pulse «Enviar de forma anónima» para enviarlo como un informe nuevo.',
    'web.form.error.unreadFields':
      'Esta página envió algo que el servicio no lee, así que su opinión NO se ha guardado. Lo que escribió sigue en el recuadro de abajo: envíelo de nuevo.',
    'web.form.error.repeated':
      'Esta página envió el mismo recuadro dos veces, así que su mensaje NO se ha guardado. Todo lo que escribió está en el recuadro de abajo: revíselo, vuelva a elegir dónde trabaja y el tema si están vacíos, y envíelo de nuevo.',
    'web.form.error.unreadable':
      'No pudimos leer parte de lo enviado, así que su mensaje NO se ha guardado. Lo que escribió sigue aquí: revíselo y envíelo de nuevo.',
    'web.preview.heading': 'Antes de enviar',
    'web.preview.changes': 'Estos datos se quitarán antes de que nadie lea su opinión:',
    'web.preview.change': '«{original}» se sustituirá por {replacement}',
    'web.preview.none':
      'No encontramos nombres, números de teléfono ni otros datos personales que quitar. Compruebe que nada más en el texto le identifica a usted o a otra persona.',
    'web.preview.singledOut':
      'Estas palabras se quedan tal como las escribió, pero solo encajan con una persona o con muy pocas (usted, o alguien de quien habla), así que pueden ayudar a adivinar quién escribió esto. Si no quiere que le reconozcan, puede cambiarlas antes de enviar (por ejemplo, quitando lo que solo es usted, o solo esa persona):',
    'web.preview.singledOutItem': '«{phrase}»',
    'web.preview.readAs': 'Lo que se leerá:',
    'web.preview.stale':
      'Ha cambiado el texto desde esta comprobación, así que lo que dice puede no ser ya correcto. Pulse «Ver qué se quitará» otra vez para comprobar el texto tal como está ahora.',
    'web.preview.nothingSent':
      'Todavía no se ha enviado ni guardado nada. Cambie el texto de abajo si quiere y luego envíelo.',
    'web.redacted':
      '[{kind, select, NAME {NOMBRE} PHONE {TELÉFONO} EMAIL {CORREO} ADDRESS {DIRECCIÓN} ID {DOCUMENTO} URL {ENLACE} PLATE {MATRÍCULA} other {QUITADO}}]',
    'web.receipt.title': 'Opinión recibida',
    'web.receipt.heading': 'Gracias, ya la tenemos',
    'web.receipt.receipt': 'Su comprobante',
    'web.receipt.codeIs': 'Su código de caso es',
    'web.receipt.fromClosed':
      'Ese caso ya no admite respuestas y lo que escribió parece urgente, así que no se ha perdido: se envió como un mensaje nuevo, con su propio código, abajo. Si alguien está en peligro ahora, llame al número de emergencias.',
    'web.receipt.asNew':
      'Este formulario ya se había enviado con otras palabras u opciones (la casilla de urgente, el lugar, el tema), así que esto se envió como un mensaje nuevo, con su propio código. Lo enviado antes queda como estaba.',
    'web.receipt.codeLabel': 'Código de caso {spelled}',
    'web.receipt.copy': 'Copiar el código',
    'web.receipt.print': 'Imprimir este comprobante',
    'web.receipt.printWhere':
      'Una impresora del trabajo puede guardar una copia de lo que imprime, con el nombre de quien lo imprimió: imprímalo solo en una impresora de casa, o anote el código.',
    'web.receipt.copied': 'Copiado. Péguelo en un lugar que solo usted pueda ver.',
    'web.receipt.copyFailed':
      'Su navegador no nos dejó copiarlo: el código está seleccionado, así que cópielo usted o anótelo.',
    'web.receipt.keepSafe': 'Guarde bien este código. Si lo pierde, no se puede recuperar.',
    'web.receipt.whyLost':
      'No sabemos quién es usted, así que nadie, ni siquiera quienes gestionan {program}, puede buscarlo ni volver a enviárselo.',
    'web.receipt.next': 'Qué pasa ahora',
    'web.receipt.nextRead':
      'En unos minutos se lee su opinión: se quitan los nombres y otros datos personales, y se clasifica por tema.',
    'web.receipt.nextReport':
      'Cuenta en el informe que recibe el equipo de dirección cada {day}, junto con las opiniones de todos los demás.',
    'web.receipt.nextUrgent':
      'Si es urgente, o usted lo pidió, llega a una persona de la dirección, a la que se pide confirmarlo en un plazo de {urgent} ({standard} para otros asuntos que se le envíen) y que por ley debe hacerlo en {legal} como máximo y decirle qué se está haciendo en {feedback} como máximo desde entonces. Su respuesta aparece con su caso.',
    'web.receipt.follow': 'Cómo seguirlo',
    'web.receipt.followWeb': 'En la web: abra {link} e introduzca su código.',
    'web.receipt.followSms': 'Por SMS: envíe {command} al {number}.',
    'web.receipt.followSmsSites': 'Por SMS: envíe {command} al número de su centro:',
    'web.receipt.smsNumber': '{site}: {number}',
    'web.receipt.printNote': 'Este comprobante no dice quién es usted, qué escribió ni cuándo.',
    'web.receipt.noPrinter':
      '¿No tiene impresora? Anote el código o hágale una foto; la orden Imprimir de su navegador también imprime solo este comprobante.',
    'web.receipt.seeStatus': 'Ver el estado de este caso',
    'web.status.title': 'Caso {code}',
    'web.status.pageTitle': 'Su caso',
    'web.status.step':
      '{status, select, received {Recibido} analysed {Leído y clasificado por tema} forwarding {Enviándose a una persona de la dirección} escalated {Enviado a una persona de la dirección} acknowledged {Confirmado por esa persona} other {Respondido}}',
    'web.status.reached': '(hecho)',
    'web.status.checkAgainHint': 'Esta página no cambia sola: para ver si hay novedades, pulse «Comprobar de nuevo».',
    'web.status.checkAgain': 'Comprobar de nuevo',
    'web.status.now':
      'Estado: {status, select, received {Recibido} analysed {Leído y clasificado por tema} forwarding {Enviándose a una persona de la dirección} escalated {Enviado a una persona de la dirección} acknowledged {Confirmado por esa persona} closed {Cerrado} other {Respondido}}',
    'web.status.next':
      '{status, select, received {Se leerá en un momento: se quitan los datos personales y se clasifica por tema. Si es urgente, o usted lo pidió, pasa directamente a una persona de la dirección, que puede responderle aquí.} analysed {Como la mayoría de las opiniones, ahora cuenta en el informe semanal que lee el equipo de dirección, junto con las de todos los demás. No recibe una respuesta personal: eso solo ocurre cuando algo urgente pasa a una persona de la dirección.} forwarding {Es urgente, o pidió que lo fuera, así que se está enviando a una persona de la dirección. Todavía no le ha llegado: lo seguimos intentando, y se envía a otra persona de la dirección si no se le puede hacer llegar. Esta página lo dirá en cuanto alguien lo tenga.} escalated {{urgency, select, met {Una persona de la dirección lo tiene.} other {Una persona de la dirección lo tiene y se le pide que lo confirme en un plazo de {urgency, select, urgent {{urgent}, porque es urgente} standard {{standard}, porque no es urgente} other {{urgent} si es urgente ({standard} si no lo es)}}.}} {written, select, yes {Lo que ha escrito está en la conversación de abajo, y lo que escriba después aparecerá también ahí.} other {Cualquier respuesta que escriba aparecerá en esta página.}}} acknowledged {La persona de la dirección lo ha leído. {written, select, yes {Lo que ha escrito está en la conversación de abajo, y lo que escriba después aparecerá también ahí.} other {Cualquier respuesta que escriba aparecerá en esta página.}}} closed {La persona de la dirección cerró este caso{response, select, yes {; su respuesta está abajo} other {}}. Ya no se puede añadir nada aquí; si hay algo nuevo, envíe una opinión nueva.} other {La persona de la dirección ha respondido; su respuesta está abajo.}}',
    'web.status.acknowledgeBy': 'En cualquier caso, debe confirmarse a más tardar al final del {day} ({zone}).',
    'web.status.feedbackBy': 'Sabrá qué se está haciendo a más tardar al final del {day} ({zone}).',
    'web.status.overdue':
      '{deadline, select, acknowledge {El plazo para confirmarlo terminaba al final del {day} ({zone}).} other {El plazo para decirle qué se está haciendo terminaba al final del {day} ({zone}).}} Ese plazo ha vencido, así que el caso se ha pasado al equipo de dirección, que le está dando seguimiento.',
    'web.status.response': 'Respuesta de la persona de la dirección',
    'web.status.conversation': 'Conversación con la persona de la dirección',
    'web.status.newMessage': '{count, plural, one {Tiene un mensaje nuevo.} other {Tiene # mensajes nuevos.}}',
    'web.status.sent':
      '{asked, select, yes {Su respuesta se envió. Los nombres y otros datos personales se quitan antes de que la persona de la dirección la lea. {now, select, yes {Este caso es urgente y nadie ha confirmado aún su recepción, así que se le ha enviado ahora.} other {Le llega cuando termine esta hora, o de inmediato si es urgente, para que la hora en que escribió no le identifique.}} Pulse «Comprobar de nuevo» en un momento para verla aquí.} other {Su mensaje se envió. Los nombres y otros datos personales se quitan antes de que la persona de la dirección lo lea. {now, select, yes {Este caso es urgente y nadie ha confirmado aún su recepción, así que se le ha enviado ahora.} other {Le llega cuando termine esta hora, o de inmediato si es urgente, para que la hora en que escribió no le identifique.}} Pulse «Comprobar de nuevo» en un momento para verlo aquí.}}',
    'web.status.nothingYet':
      '{answered, select, yes {Si quiere contestar a la respuesta de arriba o añadir algo a su caso, escríbalo en el recuadro de abajo: la persona de la dirección lo leerá.} other {La persona de la dirección todavía no ha escrito aquí. Si quiere añadir algo a su caso, escríbalo en el recuadro de abajo: lo leerá.}}',
    'web.status.answer': '{asked, select, yes {Su respuesta} other {Su mensaje}}',
    'web.status.answerHint':
      '{asked, select, yes {Anónima} other {Anónimo}}, como su opinión: los nombres y otros datos personales se quitan antes de que nadie {asked, select, yes {la} other {lo}} lea. Hasta {max, plural, one {# carácter} other {# caracteres}}.',
    'web.status.singledOut.heading': 'Aún no se ha enviado: algunas palabras pueden mostrar quién es usted',
    'web.status.singledOut.send': 'Enviarlo tal como está',
    'web.status.sendAnswer': '{asked, select, yes {Enviar respuesta} other {Enviar mensaje}}',
    'web.status.answerBySms':
      'Por SMS: envíe {code} seguido de {asked, select, yes {su respuesta} other {su mensaje}}.',
    'web.status.answerBySmsTo':
      'Por SMS al {number}: envíe {code} seguido de {asked, select, yes {su respuesta} other {su mensaje}}.',
    'web.status.answerBySmsSites':
      'Por SMS al número de su centro: envíe {code} seguido de {asked, select, yes {su respuesta} other {su mensaje}}.',
    'web.status.error.empty':
      '{asked, select, yes {Escriba su respuesta en el recuadro antes de enviarla.} other {Escriba su mensaje en el recuadro antes de enviarlo.}}',
    'web.status.error.tooLong':
      'Su respuesta es demasiado larga para un solo mensaje. Acórtela a {max, plural, one {# carácter} other {# caracteres}} o menos, o envíela en dos partes.',
    'web.status.error.tooLongCounted':
      'Su respuesta es demasiado larga para un solo mensaje: cuenta como {used, plural, one {# carácter} other {# caracteres}}, y un mensaje puede tener {max, plural, one {# carácter} other {# caracteres}} (los emojis y algunas letras cuentan por más de uno). Acórtela al menos {over, plural, one {# carácter} other {# caracteres}}, o envíela en dos partes.',
    'web.status.error.full':
      'Esta conversación ha llegado a su límite de longitud y no se puede añadir nada más. Envíe una opinión nueva.',
    'web.status.object.heading': '¿Su aviso trata de la persona que lo lleva?',
    'web.status.object.hint':
      'Si lo que contó trata de la persona de la dirección que tiene su caso, pulse el botón. Al final de esta hora su caso pasa a otra persona{closed, select, yes {, abierto de nuevo} other {}}, y quien lo lleva ya no puede abrirlo. No se dice a nadie quién lo pidió.',
    'web.status.object.button': 'Dar mi caso a otra persona',
    'web.status.object.done':
      'Hecho. Al final de esta hora su caso pasa a otra persona{closed, select, yes {, abierto de nuevo} other {}}, y quien lo llevaba ya no puede abrirlo.',
    'web.status.closed':
      'Este caso está cerrado: la persona de la dirección lo ha terminado, así que ya no se puede añadir nada aquí. Si hay algo nuevo, envíe una opinión nueva.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {Usted} other {La persona de la dirección}}} other {{reader, select, sponsor {La persona que escribió} other {Usted}}}}',
    'web.thread.meta': '{who}, el {day}',
    'web.thread.none': 'Todavía no hay mensajes.',
    'web.thread.sponsorWroteIn': 'La persona de la dirección lo escribió en {language}.',
    'web.thread.waiting':
      'En camino: la persona de la dirección lo recibirá cuando termine esta hora, para que la hora no le identifique.',
    'web.lookup.title': 'Consultar un caso',
    'web.lookup.code': 'Código de caso',
    'web.lookup.hint': 'Diez letras y números, como {example}.',
    'web.lookup.check': 'Consultar',
    'web.lookup.empty': 'Escriba su código de caso en la casilla: diez letras y números, como {example}.',
    'web.lookup.notACode':
      'Eso no tiene la forma de un código de caso: tiene diez letras y números, como {example}. Revise lo que escribió e inténtelo de nuevo.',
    'web.lookup.leftOut':
      'Los códigos de caso nunca llevan 0, O, 1, I ni L: busque en el código una letra que se les parezca (Q, D, J, T o 7) e inténtelo de nuevo.',
    'web.lookup.noSuchCase':
      'Ningún caso tiene ese código. Revíselo (diez letras y números, como {example}) e inténtelo de nuevo.',
    'web.error.title':
      '{status, select, 400 {Hay algo que corregir} 401 {Sin sesión} 403 {No permitido} 404 {No encontrado} 409 {Ya enviado con otras palabras} 413 {Demasiado largo} 415 {No es un formulario nuestro} 429 {Demasiadas solicitudes ahora} 503 {Inténtelo de nuevo} other {Algo salió mal}}',
    'web.error.notFound':
      'No hay ninguna página en esta dirección. Revise el enlace o empiece de nuevo desde el formulario de opiniones.',
    'web.error.tooLarge': 'Lo que envió es demasiado largo. Vuelva atrás, acórtelo y envíelo de nuevo.',
    'web.error.notOurForm':
      'Eso no llegó desde uno de nuestros formularios. Vuelva al formulario y envíelo desde allí.',
    'web.error.unreadFields':
      'El mensaje trae {count, plural, one {un campo} other {campos}} que este servicio no lee ({fields}), así que no se ha aceptado: ponga todo lo que quiera decir en {text} (los campos que se leen son {read}).',
    'web.error.unreadField': '{field} no es un campo que este servicio lea: ponga lo que quiera decir en {text}.',
    'web.error.unreadable': 'No pudimos leer parte de lo enviado. Vuelva al formulario e inténtelo de nuevo.',
    'web.error.notAllowed': 'Esta página no se puede abrir así. Empiece de nuevo desde el formulario de opiniones.',
    'web.error.reused': 'Esto ya se envió con otras palabras. Vuelva al formulario y envíelo de nuevo.',
    'web.error.busy': 'Mucha gente está usando esto en este momento. Espere un momento e inténtelo de nuevo.',
    'web.error.unavailable': 'No se pudo hacer ahora. Inténtelo de nuevo en unos minutos.',
    'web.error.internal': 'Algo salió mal por nuestra parte; no se guardó nada de lo que envió.',
    'web.error.noConversation':
      'Este caso no tiene conversación: solo se puede responder a un caso enviado a una persona de la dirección. Envíe una opinión nueva.',
    'web.error.back': 'Volver al formulario de opiniones',
  },
  /** What sponsors and leadership read, in Spanish (formal "usted").  */
  sponsor: {
    'sponsor.field': '{label}: {value}',
    'sponsor.label.why': 'Por qué le llega a usted',
    'sponsor.label.site': 'Centro',
    'sponsor.label.topic': 'Tema',
    'sponsor.label.raised': 'Recibido',
    'sponsor.label.acknowledgeBy': 'Plazo para confirmarlo',
    'sponsor.label.feedbackBy': 'Plazo para decir a la persona qué se está haciendo',
    'sponsor.label.standing': 'En qué punto está',
    'sponsor.around': 'hacia {time} del {day} ({zone})',
    'sponsor.overdue': '{when} (plazo vencido)',
    'sponsor.legalBinds':
      '{end, select, yes {el final del {day} ({zone})} other {{day} a {time} ({zone})}}, el plazo legal',
    'sponsor.overdueSince':
      'Vencido desde {end, select, yes {el final del {day} ({zone})} other {el {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}',
    'sponsor.feedbackDue':
      '{end, select, yes {el final del {day} ({zone})} other {{day} a {time} ({zone})}}: el plazo legal para decírselo, {months, plural, one {# mes} other {# meses}} después de la confirmación',
    'sponsor.notGiven': 'Sin indicar',
    'sponsor.siteGone': 'Un centro que ya no figura',
    'sponsor.topicGone': 'Un tema que ya no se ofrece',
    'sponsor.leadershipList': 'la lista de dirección',
    'sponsor.siteAt': 'en {site}',
    'sponsor.about':
      '{kind, select, both {{topics} {at}} topic {{topics} (no se indicó el centro)} site {Comentario desde {site}} other {Comentario sin centro ni tema}}',
    'sponsor.danger':
      '{category, select, self-harm {riesgo de autolesión o suicidio} threat {amenaza de violencia} safety {riesgo de incendio o lesiones} harassment {acoso} discrimination {discriminación} fraud {fraude o robo} other {algo urgente}}',
    'sponsor.aboutDanger':
      '{kind, select, both {{danger}: {topics} {at}} topic {{danger}: {topics} (no se indicó el centro)} site {{danger} {at}} other {{danger} (no se indicó centro ni tema)}}',
    'sponsor.urgentAbout': '{urgent, select, yes {Urgente: {about}} other {{about}}}',
    'sponsor.category':
      '{category, select, safety {salud y seguridad} harassment {acoso} discrimination {discriminación} fraud {fraude o robo} threat {una amenaza de violencia} self-harm {una persona en riesgo de hacerse daño} other {{category}}}',
    'sponsor.reason.requested': 'la persona pidió que se tratara como urgente',
    'sponsor.reason.pattern': 'varias personas plantearon el mismo problema en el mismo centro',
    'sponsor.reason.urgentAbout': 'parece tratar de {about}, y no puede esperar',
    'sponsor.reason.urgent': 'parece tratar de algo que no puede esperar',
    'sponsor.noWords': '(No se escribió nada: la persona solo dio una valoración o un tema, o marcó urgente).',
    'sponsor.withheld':
      '{about, select, none {El texto no se pudo procesar con seguridad, así que no se muestra; {why, select, requested {la persona lo marcó como urgente} other {parece tratar de algo urgente}}.} other {El texto no se pudo procesar con seguridad, así que no se muestra; {why, select, requested {la persona lo marcó como urgente} other {parece tratar de algo urgente}} ({about}).}} Si más adelante se puede procesar, se lo enviaremos.',
    'sponsor.pattern':
      '{count, plural, one {# comentario negativo} other {# comentarios negativos}} sobre este centro y tema, {before, plural, =0 {en {days} días} one {esta semana y la anterior} other {esta semana y las # anteriores}}',
    'sponsor.said.pattern': 'La tendencia',
    'sponsor.said.withheld': 'Lo que se dijo',
    'sponsor.said.redacted': 'Lo que se dijo (sin datos personales)',
    'sponsor.writtenIn': 'Escrito en {language}.',
    'sponsor.translation': 'En {language} (traducción automática)',
    'sponsor.email.heading':
      '{program}: {seen, select, yes {{urgent, select, yes {un comentario urgente, ahora a su cargo} other {un comentario, ahora a su cargo}}} other {{urgent, select, yes {un comentario urgente que requiere su atención} other {un comentario que requiere su atención}}}}',
    'sponsor.email.subject':
      '{occasion, select, text-added {Texto ya disponible: } handed-over {Se le ha traspasado: } other {}}{urgent, select, yes {Urgente: } other {}}{overdue, select, yes {{about}: confirmación vencida desde {end, select, yes {el final del {day} ({zone})} other {el {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}} other {{about}: confírmelo {end, select, yes {a más tardar al final del {day} ({zone})} other {antes del {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}}}',
    'sponsor.email.subjectAcknowledged':
      '{occasion, select, text-added {Texto ya disponible: } handed-over {Se le ha traspasado: } other {}}{urgent, select, yes {Urgente: } other {}}{about}: {status, select, responded {ya respondido} other {ya confirmado}}, ahora lo tiene usted',
    'sponsor.email.lead':
      '{occasion, select, text-added {El texto de este asunto no se pudo mostrar antes; ya se ha procesado y aparece abajo.} overdue {Le llega a {holder} porque nadie lo confirmó a tiempo.} still-overdue {Sigue sin confirmarse. Lo tiene {holder}, el último nivel al que puede pasar: confírmelo ahora, por favor.} handed-over {{by} se lo ha traspasado a {holder} con este motivo: {reason}} past-chain {No se pudo enviar esto a nadie de quienes lo reciben normalmente: el servicio de correo rechazó todas las direcciones, hasta {holder}. Se le envía a usted para que no quede esperando: confirme su recepción y actúe, o asegúrese de que alguien lo haga. Se ha avisado al equipo técnico para que corrija esas direcciones.} other {}}',
    'sponsor.email.open':
      '{seen, select, yes {Abrir el caso} other {{pattern, select, yes {Abrir y confirmar} other {Confirmar y responder}}}}',
    'sponsor.email.desk': 'Todos sus casos (su mesa de casos)',
    'sponsor.email.actions':
      'Qué puede hacer: {seen, select, yes {abra el primer enlace para ver en qué punto está} other {abra el primer enlace para confirmarlo}}{pattern, select, yes { (una tendencia no tiene a quién responder)} other { y escribir a quien lo envió}}.{desk, select, yes { Si no le corresponde, traspáselo a otra persona; cuando esté resuelto, ciérrelo: ambas cosas en su página de su mesa de casos: ábrala desde la página del primer enlace, o búsquela entre sus casos con el segundo enlace.} other {}}',
    'sponsor.email.footer':
      'El enlace es solo para usted y caduca. {pattern, select, yes {Es una tendencia entre varias personas, así que no hay nadie a quien escribir: confírmelo, y el resumen semanal contará lo que se hizo. Una tendencia no tiene plazo legal: la fecha de arriba es la del nivel de servicio, que vuelve a contar cada vez que llega a otra persona.} other {La respuesta que escriba la verá la persona que escribió esto, con su código de caso.}}',
    'sponsor.conversation.subject':
      '{kind, select, answer {{copy, select, yes {Urgente: la persona ha contestado en un caso que {holder} acababa de cerrar ({about})} other {{objected, select, yes {{reopened, select, no {} other {Reabierto: }}Ahora lo tiene usted: la persona dice que este aviso trata de quien lo llevaba ({about})} other {{reopened, select, no {} other {Reabierto: }}{urgent, select, yes {Urgente: la persona ha contestado ({about})} other {La persona ha contestado ({about})}}}}}}} deadline-near {Plazo hasta el final del {day} ({zone}): {deadline, select, acknowledge {confirmar este aviso} other {decir a la persona qué se está haciendo}} ({about})} other {{audience, select, passed-on {Pasado a otra persona: venció el plazo legal para {deadline, select, acknowledge {confirmar este aviso} other {decir a la persona qué se está haciendo}} ({about})} other {Plazo vencido: {deadline, select, acknowledge {confirmar este aviso} other {decir a la persona qué se está haciendo}} ({about})}}}}',
    'sponsor.conversation.lead':
      '{kind, select, answer {{copy, select, yes {{holder} tiene este caso y acababa de cerrarlo cuando la persona volvió a escribir en él, con palabras que parecen urgentes. El caso vuelve a estar abierto y sigue siendo de {holder}, a quien también se le ha enviado esto; a usted se le envía como la persona siguiente, por si hace falta alguien ahora: asegúrese de que {holder} lo tiene, o actúe usted. Sus palabras están abajo, sin datos personales.} other {{objected, select, yes {La persona que planteó esto dice que su aviso trata de quien llevaba el caso. Por eso se le ha quitado y ahora lo tiene usted{reopened, select, no {} other {, abierto de nuevo aunque se había cerrado}}, y sus enlaces ya no lo abren. Léalo, conteste si hace falta y ciérrelo cuando termine.} other {{urgent, select, yes {{reopened, select, no {} other {Este caso estaba cerrado, pero la persona ha escrito en él con palabras que parecen urgentes, así que vuelve a estar abierto y el cierre queda sin efecto: léalas ahora, actúe y ciérrelo de nuevo cuando termine. }}} other {{reopened, select, earlier {Quien tenía el caso antes lo cerró, pero la persona ya había enviado esta respuesta, que le llega solo ahora, así que el caso vuelve a estar abierto y ahora es suyo: léala, conteste si hace falta y ciérrelo cuando termine. } list {La lista de dirección cerró este caso, pero la persona ya había enviado esta respuesta, que le llega solo ahora, así que el caso vuelve a estar abierto: léala, conteste si hace falta y ciérrelo de nuevo cuando termine. } yes {Usted cerró este caso, pero la persona ya había enviado esta respuesta, que le llega solo ahora, así que el caso vuelve a estar abierto: léala, conteste si hace falta y ciérrelo de nuevo cuando termine. } other {}}}}La persona que planteó esto le ha escrito en la conversación del caso. Sus palabras están abajo, sin datos personales.}}}}} deadline-near {{deadline, select, acknowledge {La ley da hasta el final del {day} ({zone}) para confirmar este aviso. Hágalo antes, por favor.} other {La ley da hasta el final del {day} ({zone}) para decir a la persona qué se está haciendo. Hágalo antes, por favor.}}} other {{deadline, select, acknowledge {El plazo legal para confirmar este aviso era el final del {day} ({zone}) y ha vencido.} other {El plazo legal para decir a la persona qué se está haciendo era el final del {day} ({zone}) y ha vencido.}} {audience, select, passed-on {El caso ha pasado a otra persona, a quien se ha pedido que lo haga: no se le pide nada más, y los enlaces anteriores ya no lo abren.} leadership {Se ha pedido a quien lo tiene que lo haga ahora; se lo decimos porque la dirección sigue los plazos legales incumplidos.} top {Lo tiene la lista de dirección: hágalo ahora, por favor.} other {Hágalo ahora, por favor; la dirección ya lo sabe.}}}}',
    'sponsor.conversation.open': 'Abrir el caso',
    'sponsor.conversation.footer':
      'El enlace es solo para usted y caduca. {pattern, select, yes {Es una tendencia entre varias personas, así que no hay nadie a quien escribir; el resumen semanal contará lo que se hizo.} other {Lo que escriba en la conversación lo verá la persona, con su código de caso.}}{holder, select, yes { En su página también puede traspasarlo si no le corresponde, o cerrarlo cuando esté resuelto.} other {}}',
    'sponsor.closeNotice.subject':
      '{urgent, select, yes {Caso urgente cerrado} other {Caso cerrado}} por {closer} ({about}): compruebe que estuvo bien',
    'sponsor.closeNotice.lead':
      '{closer} ha cerrado este caso{urgent, select, yes { urgente} other {}}. Se lo decimos porque usted va después de esa persona, y un caso {urgent, select, yes {tan urgente} other {que nombra a alguien de la dirección}} nunca se cierra sin que nadie lo vea: el aviso podría tratar incluso de quien lo cerró. Si no debía cerrarse, tómelo: se abre de nuevo, con usted, y la persona puede volver a escribir.',
    'sponsor.closeNotice.take': 'Tomar este caso y abrirlo de nuevo',
    'sponsor.closeNotice.footer':
      'El enlace es solo para usted y caduca. No se le pide nada si el cierre estuvo bien. A quien lo cerró no se le dice que usted recibió esto.',
    'sponsor.take.heading': 'Caso cerrado: {about}',
    'sponsor.take.lead':
      '{closer} cerró este caso. Si no debía cerrarse, tómelo: se abre de nuevo, con usted, la persona puede volver a escribir y quien lo cerró ya no puede abrirlo.',
    'sponsor.take.openAlready': 'Este caso ya está abierto de nuevo: este enlace no necesita nada más.',
    'sponsor.take.done': 'Hecho. El caso está abierto de nuevo y ahora lo tiene {holder}.',
    'sponsor.reminder.subject':
      'Recordatorio: confírmelo {end, select, yes {a más tardar al final del {day} ({zone})} other {antes del {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}} ({about})',
    'sponsor.reminder.lead':
      'Este aviso aún no se ha confirmado. Confírmelo {end, select, yes {a más tardar al final del {day} ({zone})} other {antes del {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}, por favor. {top, select, yes {{legal, select, yes {Después, el plazo legal habrá vencido.} other {Después, estará vencido.}}} other {Después, pasa a la siguiente persona responsable.}}',
    'sponsor.notActedOn.subject':
      '{audience, select, above {Urgente, confirmado por {holder}, sin nada hecho desde entonces: compruebe que se está atendiendo ({about})} other {Urgente, confirmado, sin nada hecho desde entonces: actúe ahora, por favor ({about})}}',
    'sponsor.notActedOn.lead':
      '{audience, select, above {Este aviso parece urgente. {holder} lo confirmó y desde entonces no se ha hecho nada que conste en el caso: ningún mensaje a la persona empleada, ninguna respuesta, ningún traspaso, ningún cierre. Se le avisa como la persona siguiente: asegúrese de que {holder} lo está atendiendo, o encárguese usted. El caso sigue siendo suyo.} other {Este aviso parece urgente. Usted lo confirmó y desde entonces no se ha hecho nada que conste en el caso: ningún mensaje a la persona empleada, ninguna respuesta, ningún traspaso, ningún cierre. Actúe ahora, por favor: escriba a la persona empleada, tráspaselo o ciérrelo cuando esté resuelto. Si no se hace nada, se avisará a la persona siguiente.}}',
    'sponsor.markedUrgent.subject':
      '{kind, select, reminder {Recordatorio: {count, plural, one {# informe marcado como urgente por quien lo envió espera} other {# informes marcados como urgentes por quienes los enviaron esperan}} su acuse de recibo} climbed {{count, plural, one {# informe marcado como urgente por quien lo envió no fue reconocido} other {# informes marcados como urgentes por quienes los enviaron no fueron reconocidos}} a tiempo y ahora {count, plural, one {lo tiene} other {los tiene}} usted} other {{count, plural, one {# informe más fue marcado como urgente por quien lo envió} other {# informes más fueron marcados como urgentes por quienes los enviaron}}: vea su mesa de casos}}',
    'sponsor.markedUrgent.lead':
      '{kind, select, reminder {{count, plural, one {Este informe, marcado como urgente por quien lo envió, aún no ha sido reconocido.} other {Estos # informes, marcados como urgentes por quienes los enviaron, aún no han sido reconocidos.}}} climbed {{count, plural, one {Este informe, marcado como urgente por quien lo envió, le llegó porque no fue reconocido a tiempo.} other {Estos # informes, marcados como urgentes por quienes los enviaron, le llegaron porque no fueron reconocidos a tiempo.}}} other {{count, plural, one {# informe más fue marcado como urgente por quien lo envió y se le ha enviado.} other {# informes más fueron marcados como urgentes por quienes los enviaron y se le han enviado.}}}} {count, plural, one {Está} other {Cada uno está}} en su mesa de casos, con su propio plazo para acusar recibo{count, plural, one {:} other {; el primero vence}} {end, select, yes {al final del {day} ({zone})} other {el {day} a {time} ({zone})}}. Quien lo envió marcó «urgente»; en sus palabras no se encontró nada urgente. Para que estos informes no llenen su bandeja de entrada, a partir de {limit} por hora se le comunican juntos en un solo correo, no uno por uno. Un informe cuyas palabras dicen que alguien puede estar en peligro siempre llega primero, y nunca se cuenta con estos.',
    'sponsor.markedUrgent.open': 'Abrir su mesa de casos',
    'sponsor.markedUrgent.footer':
      'El enlace es solo para usted y caduca. Abra cada caso desde su mesa para leerlo, acusar recibo y responder; desde su página también puede traspasarlo si no le corresponde, o cerrarlo cuando esté resuelto.',
    'sponsor.urgentWords.subject':
      '{kind, select, reminder {Recordatorio: {count, plural, one {# informe urgente por sus palabras espera} other {# informes urgentes por sus palabras esperan}} su acuse de recibo} climbed {{count, plural, one {# informe urgente por sus palabras no fue reconocido} other {# informes urgentes por sus palabras no fueron reconocidos}} a tiempo y ahora {count, plural, one {lo tiene} other {los tiene}} usted} other {Urgente: {count, plural, one {# informe más, urgente} other {# informes más, urgentes}} por sus palabras: lea la lista}}',
    'sponsor.urgentWords.lead':
      '{kind, select, reminder {{count, plural, one {Este informe, urgente por sus palabras, aún no ha sido reconocido.} other {Estos # informes, urgentes por sus palabras, aún no han sido reconocidos.}}} climbed {{count, plural, one {Este informe, urgente por sus palabras, le llegó porque no fue reconocido a tiempo.} other {Estos # informes, urgentes por sus palabras, le llegaron porque no fueron reconocidos a tiempo.}}} other {{count, plural, one {Le llegó # informe más, urgente por sus palabras o su tema.} other {Le llegaron # informes más, urgentes por sus palabras o su tema.}}}} {count, plural, one {Está} other {Cada uno está}} en su mesa de casos, con su propio plazo para acusar recibo{count, plural, one {:} other {; el primero vence}} {end, select, yes {al final del {day} ({zone})} other {el {day} a {time} ({zone})}}. Para que una avalancha de informes parecidos no llene su bandeja de entrada ni oculte uno real, a partir de {limit} por hora se enumeran aquí juntos, los parecidos en una sola línea, los más raros primero. Lea cada línea.',
    'sponsor.urgentWords.line': '{count, plural, one {{text}} other {{text} (# informes parecidos)}}',
    'sponsor.urgentWords.unlisted':
      '{count, plural, one {# informe más no figura} other {# informes más no figuran}} aquí: vea su mesa de casos.',
    'sponsor.page.errorTitle': 'Error: {title}',
    'sponsor.problem': 'Hay un problema',
    'sponsor.standing':
      '{status, select, responded {Respondido; confirmado hacia {time} del {day} ({zone})} acknowledged {Confirmado hacia {time} del {day} ({zone}); aún sin respuesta publicada} overdue {Pendiente de confirmar, con el plazo vencido} other {Pendiente de confirmar}}',
    'sponsor.reroute': 'Este caso se desvió de {names}: {reasons}. No se les ha informado.',
    'sponsor.reroute.named': 'el aviso los nombra',
    'sponsor.reroute.management': 'la persona dijo que trata de sus propios jefes',
    'sponsor.acknowledge': 'Confirmar',
    'sponsor.response.label':
      '{has, select, yes {Cambiar la respuesta publicada} other {Publicar una respuesta: lo que dijeron, lo que hicimos}}',
    'sponsor.response.hint':
      'Lo que se hizo al respecto. La persona lo verá con su código de caso, y se cuenta en el resumen semanal sin nombrarle a usted ni el día. Hasta {max, plural, one {# carácter} other {# caracteres}}. No nombre a nadie. Si es más larga no se publica: sus palabras quedan en el recuadro para acortarlas. Por SMS llega en varios mensajes si es larga.',
    'sponsor.response.button': 'Publicar la respuesta',
    'sponsor.patternNoOne':
      'Es una tendencia entre varias personas, así que no hay nadie a quien escribir; el resumen semanal informa de lo que se hizo. Una tendencia no tiene plazo legal: la fecha para confirmarla es la del nivel de servicio, que vuelve a contar cada vez que llega a otra persona.',
    'sponsor.conversation.heading': 'Conversación con la persona',
    'sponsor.message.label': 'Escribir a la persona',
    'sponsor.message.hint':
      'Una pregunta o una novedad. La persona lo lee con su código de caso y puede contestar; le avisaremos por correo cuando lo haga: de inmediato si es urgente; si no, al terminar esa hora, para que la hora no la identifique. Nunca sabrá quién es usted, salvo su cargo. Hasta {max, plural, one {# carácter} other {# caracteres}}. No nombre a nadie: los nombres se eliminan. Si es más largo no se envía: sus palabras quedan en el recuadro para acortarlas. Quien sigue su caso por SMS lo lee al enviar ESTADO, en varios mensajes si es largo.',
    'sponsor.message.button': 'Enviar a la persona',
    'sponsor.thread.meta':
      '{from, select, you {Usted} leadership {La lista de dirección} named {{name}} earlier {Quien tenía el caso antes} sponsor {Una persona de la dirección} other {La persona}}, el {day}',
    'sponsor.thread.addressHidden':
      'Se quitó una dirección web de este texto antes de que la persona lo viera: la abriría en su propio teléfono y ese sitio sabría quién es. Escriba aquí lo que necesita saber.',
    'sponsor.thread.none': 'Todavía no hay mensajes.',
    'sponsor.history': 'Historial',
    'sponsor.audit.line': '{at, select, day {El {day}: {what}} other {Hacia {time} del {day} ({zone}): {what}}}',
    'sponsor.audit':
      '{event, select, raised {Recibido} routed {Recibido y enviado a {who}} emailed {Enviado por correo a {who}} text-shown {Al final se pudo mostrar el texto, y se envió por correo} acknowledged {Confirmado} responded {Respuesta publicada para la persona} passed {Nadie lo confirmó a tiempo, así que pasó al siguiente nivel} passed-to {Nadie lo confirmó a tiempo, así que pasó a {who}} rerouted {Pasado a otra persona} rerouted-to {Pasado a {who}} rerouted-instead {Enviado a {who} en lugar de {instead}, a quien este caso debe evitar} made-urgent {Marcado como urgente: la respuesta de la persona es urgente} handed-over {Traspasado por {who} a {to}: {reason}} closed {Cerrado por {who}, a partir del final de esa hora} closed-unacknowledged {Nadie lo había confirmado antes de cerrarlo: el cierre contó como su confirmación} closed-unacknowledged-again {Nadie lo confirmó de nuevo después de que cambiara de manos: el cierre contó como su confirmación} closed-earlier {Cerrado por quien tenía el caso antes, a partir del final de esa hora} kept-open {Mantenido abierto por {who}, antes de que el cierre surtiera efecto} kept-open-earlier {Mantenido abierto por quien tenía el caso antes, antes de que el cierre surtiera efecto} reopened {Reabierto: llegó una respuesta que la persona envió antes del cierre} other {Actualizado}}',
    'sponsor.notice':
      '{action, select, acknowledge {Confirmado. La persona ya puede ver que alguien con responsabilidad se ocupa.} respond {Respuesta publicada. La persona la verá cuando consulte su código de caso.} reply {Mensaje enviado. La persona lo verá con su código de caso (en la web o enviando ESTADO por SMS), y le avisaremos por correo cuando conteste.} hand-over {Traspasado. Ya no está en su mesa, y la persona ahora responsable ha recibido un correo.} keep-open {Se mantiene abierto. El cierre queda anulado: la persona aún puede escribir, y el caso vuelve a estar entre sus casos abiertos.} other {Cerrándose. Su mesa lo muestra en «Casos cerrados».}}',
    'sponsor.notice.handOver':
      '{mail, select, passed-on-untold {Traspasado a {to}. No se pudo enviar un correo a {to} (la dirección fue rechazada), así que el caso pasó enseguida a {next}, a quien tampoco se pudo enviar por ahora. Ya no está en su mesa; Listening Post sigue intentándolo y se avisa al operador hasta que alguien lo reciba.} passed-on {Traspasado a {to}. No se pudo enviar un correo a {to} (la dirección fue rechazada), así que el caso pasó enseguida a {next}, que ha recibido un correo. Ya no está en su mesa.} other {Traspasado a {to}: ya no está en su mesa. No se pudo enviar un correo a {to} por ahora; Listening Post sigue intentándolo{top, select, yes {, y se avisa al operador hasta que alguien lo reciba.} other {, y el caso pasará a {next} si {to} no se ocupa de él a tiempo.}}}}',
    'sponsor.refusal':
      '{why, select, response-empty {Escriba su respuesta antes de publicarla.} response-long {La respuesta no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} message-empty {Escriba un mensaje antes de enviarlo.} message-long {El mensaje no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} thread-full {Esta conversación ha llegado a su límite, así que no se puede añadir nada más.} no-one {Es una tendencia entre varias personas, así que no hay nadie a quien escribir.} closed {Este caso está cerrado, así que no se puede cambiar.} reason-empty {Diga por qué no le corresponde, para que quien lo reciba lo sepa.} reason-long {El motivo no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} target {Elija quién debe recibir este caso y vuelva a pulsar el botón. No se ha pasado a nadie: sigue siendo suyo.} other {No se pudo hacer. Vuelva al caso e inténtelo de nuevo.}}',
    'sponsor.desk.link': 'Todos sus casos',
    'sponsor.desk.handOverOrClose':
      '¿No le corresponde, o ya está resuelto? Traspase o cierre este caso (su página en su mesa de casos)',
    'sponsor.desk.back': '← Todos sus casos',
    'sponsor.desk.title': 'Sus casos',
    'sponsor.desk.lead':
      '{name}: {open, plural, =0 {ningún caso abierto} one {# caso abierto} other {# casos abiertos}} en su mesa{closing, plural, =0 {} one {, y # que se cierra al final de esta hora (hasta entonces la persona aún puede escribir)} other {, y # que se cierran al final de esta hora (hasta entonces la persona aún puede escribir)}}{closed, plural, =0 {} one {; # cerrado} other {; # cerrados}}. Nada de esto dice quién escribió qué, y nada debe intentar averiguarlo.',
    'sponsor.desk.filters': 'Filtrar sus casos',
    'sponsor.desk.show': 'Mostrar',
    'sponsor.desk.showWhich':
      '{show, select, open {Casos abiertos} overdue {Casos con plazo vencido} closed {Casos cerrados} other {Todos los casos}}',
    'sponsor.desk.everySite': 'Todos los centros',
    'sponsor.desk.everyTopic': 'Todos los temas',
    'sponsor.desk.unreadOnly': 'Solo casos con una respuesta nueva de la persona',
    'sponsor.desk.apply': 'Mostrar estos casos',
    'sponsor.desk.count': '{count, plural, one {# caso} other {# casos}}',
    'sponsor.desk.empty':
      'Ahora no tiene ningún caso en su mesa. Cada caso nuevo le llega por correo, con un enlace a él y a esta mesa.',
    'sponsor.desk.noMatch': 'Ningún caso cumple estos filtros.',
    'sponsor.desk.notShown':
      '{hidden, plural, one {# caso más de su mesa no se muestra con estos filtros.} other {# casos más de su mesa no se muestran con estos filtros.}}',
    'sponsor.desk.showAll': 'Mostrar todos sus casos',
    'sponsor.desk.caseLink': '{title} (caso {ref})',
    'sponsor.desk.newAnswer': 'Respuesta nueva de la persona',
    'sponsor.desk.clock':
      '{state, select, waiting {Le toca a usted: confirmarlo {end, select, yes {a más tardar al final del {day} ({zone})} other {antes del {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}} overdue {Plazo vencido: había que confirmarlo {end, select, yes {a más tardar al final del {day} ({zone})} other {antes del {day} a {time} ({zone})}}{legal, select, yes {, el plazo legal} other {}}} acknowledged {Confirmado hacia {time} del {day} ({zone}); aún sin respuesta publicada} answered {Respuesta publicada hacia {time} del {day} ({zone})} closing {Se cierra a {time} del {day} ({zone}): hasta entonces la persona aún puede escribir} other {Cerrado hacia {time} del {day} ({zone})}}',
    'sponsor.desk.published': 'Su respuesta publicada',
    'sponsor.desk.closedNote': 'Este caso está cerrado.',
    'sponsor.desk.closingNote':
      'Hasta que se cierre, una respuesta de la persona lo vuelve a abrir, y «Mantener abierto este caso» deshace su cierre.',
    'sponsor.desk.keepOpenThere': '¿Lo cerró por error? Manténgalo abierto desde su página en su mesa de casos',
    'sponsor.desk.closingNoteHere': 'Hasta que se cierre, una respuesta de la persona lo vuelve a abrir.',
    'sponsor.desk.keepOpen': 'Mantener abierto este caso',
    'sponsor.desk.canDo': 'Qué puede hacer',
    'sponsor.desk.handOver': '¿No le corresponde? Traspáselo',
    'sponsor.desk.reason': 'Por qué no le corresponde',
    'sponsor.desk.reasonHint':
      'Queda en el historial del caso para quien lo reciba. Hasta {max, plural, one {# carácter} other {# caracteres}}.',
    'sponsor.desk.handOverButton': 'Traspasar',
    'sponsor.desk.close': 'Cerrar este caso',
    'sponsor.desk.closeHint':
      'Cerrarlo termina la conversación: ni usted ni la persona podrán volver a escribir en ella, y su página dirá que el caso está cerrado. Hasta el final de la hora aún puede mantenerlo abierto; después, no se puede volver a abrir desde aquí.',
    'sponsor.desk.reasonSinglesOut.heading': 'Aún no se ha traspasado: su motivo puede señalar a una persona',
    'sponsor.desk.reasonSinglesOut.text':
      'Quien reciba el caso lee su motivo, y queda en el historial del caso durante años. Estas palabras pueden permitir saber quién escribió el informe. Cámbielas en el cuadro de arriba y pulse «Traspasar» otra vez, o traspáselo con ellas tal como están.',
    'sponsor.desk.reasonSinglesOut.item': '«{phrase}»',
    'sponsor.desk.reasonSinglesOut.button': 'Traspasarlo con estas palabras',
    'sponsor.desk.confirmClose.heading':
      '{again, select, yes {¿Cerrar un caso urgente que nadie ha confirmado desde que cambió de manos?} other {¿Cerrar un caso urgente que nadie ha confirmado?}}',
    'sponsor.desk.confirmClose.text':
      'Este informe se marcó como urgente y {again, select, yes {nadie lo ha confirmado desde que cambió de manos} other {nadie lo ha confirmado}}. Cerrarlo cuenta como confirmarlo: el plazo para confirmarlo se da por cumplido, así que ya no pasa a nadie de más rango, y la página de la persona dirá que el caso está cerrado. Ciérrelo solo si ya se ha atendido; su historial dirá que se cerró sin {again, select, yes {que se confirmara de nuevo} other {una confirmación previa}}.',
    'sponsor.desk.confirmClose.button': 'Cerrarlo y darlo por confirmado',
    'sponsor.desk.confirmClose.back': 'No cerrarlo: volver al caso',
    'sponsor.unsent.heading':
      '{held, select, close {Este caso no se ha cerrado: algo que escribió aún no se ha enviado} hand-over {Este caso no se ha traspasado: algo que escribió aún no se ha enviado} other {Algo que escribió aún no se ha enviado}}',
    'sponsor.unsent.box':
      '{box, select, message {Su mensaje a la persona no se ha enviado. Sigue en su casilla, «Escribir a la persona».} response {Su respuesta no se ha publicado. Sigue en su casilla, debajo del caso.} other {El caso no se ha traspasado, así que el motivo que escribió no se ha usado. Sigue en su casilla, «Por qué no le corresponde».}}',
    'sponsor.unsent.howReason':
      '{held, select, close {El motivo solo se usa al traspasar el caso: va con el caso a quien lo reciba. Para cerrar el caso usted, vacíe «Por qué no le corresponde» y vuelva a pulsar «Cerrar este caso». Si prefiere dárselo a otra persona, elija quién lo recibe y pulse «Traspasar».} other {El motivo solo se usa al traspasar el caso. Si se queda con el caso, vacíe «Por qué no le corresponde». Para dárselo a otra persona, elija quién lo recibe y pulse «Traspasar».}}',
    'sponsor.unsent.how':
      '{held, select, close {No se ha perdido nada. Para enviarlo, pulse el botón que hay debajo de su casilla y después cierre el caso. Para cerrar el caso sin enviarlo, vacíe la casilla y vuelva a pulsar «Cerrar este caso».} hand-over {No se ha perdido nada. Para enviarlo, pulse el botón que hay debajo de su casilla y después traspase el caso. Para traspasarlo sin enviarlo, vacíe la casilla y vuelva a pulsar «Traspasar».} other {Para enviarlo, pulse el botón que hay debajo de su casilla. Si no quiere enviarlo, vacíe la casilla.}}',
    'sponsor.error':
      '{why, select, expired {Este enlace ha caducado. Pida uno nuevo al operador de {program}, o use el correo más reciente sobre este asunto.} moved {Este asunto lo tiene ahora otra persona, así que este enlace ya no lo abre. Si vuelve a usted, recibirá un nuevo correo.} replaced {Este enlace se ha sustituido por uno más reciente. Use el enlace de su último correo de {program}.} invalid {Este enlace no es válido. Puede que se haya copiado incompleto o se haya alterado. Ábralo de nuevo desde el correo.} not-on-desk {No hay ningún caso así en su mesa. Puede que se haya traspasado o remitido; la lista muestra todos los casos que tiene.} no-digest {Todavía no se ha publicado ningún resumen de esta semana.} not-found {No hay nada en esta dirección. Abra de nuevo el enlace desde el correo.} too-large {Lo que envió es demasiado largo. Vuelva atrás, acórtelo y envíelo de nuevo.} not-our-form {Eso no vino de uno de nuestros formularios. Vuelva al formulario y envíelo desde allí.} unreadable {Parte de lo enviado no se pudo leer. Vuelva al formulario e inténtelo de nuevo.} busy {Están llegando muchas solicitudes en este momento. Espere un momento e inténtelo de nuevo.} unavailable {No se pudo hacer ahora. Inténtelo de nuevo en unos minutos.} not-allowed {Esto no se puede hacer con este enlace.} other {Algo salió mal por nuestra parte; no se guardó nada de lo que envió. Inténtelo de nuevo en unos minutos.}}',
    'sponsor.layout.skip': 'Ir al contenido',
    'sponsor.layout.footer':
      'Esta página es solo para usted: no reenvíe su enlace. Nada de esto dice quién escribió el comentario, y nada debe intentar averiguarlo.',
  },
  /** The weekly digest in Spanish. */
  digest: {
    'digest.kicker': '{program} · resumen semanal · {organisation}',
    'digest.band': '{program} · resumen semanal',
    'digest.weekTitle': 'Semana {week}: {period}',
    'digest.weekShort': 'S{week}',
    'digest.pageTitle': 'Resumen de la semana {week} · {program}',
    'digest.skip': 'Ir al contenido',
    'digest.subject':
      '{who, select, sponsor {{program}: resumen semanal para {name}, {period}} other {{program}: resumen semanal, {period}}}{figure, select, none {} other {: {figure}}}',
    'digest.subject.total':
      '{count, plural, one {# comentario recibido} other {# comentarios recibidos}}{moved, select, none {} other { ({moved})}}',
    'digest.scopeFigure':
      '{measure, select, sites {{count, plural, one {# comentario recibido de sus centros} other {# comentarios recibidos de sus centros}}} other {{count, plural, one {# mención de sus temas} other {# menciones de sus temas}}}}',
    'digest.scope.line':
      '{measure, select, sites {{count, plural, one {# comentario recibido de sus centros.} other {# comentarios recibidos de sus centros.}}} other {{count, plural, one {# mención de sus temas (un comentario puede tocar varios).} other {# menciones de sus temas (un comentario puede tocar varios).}}}}',
    'digest.scope.tooFew':
      '{measure, select, sites {Sus centros} other {Sus temas}}: demasiado pocos comentarios esta semana para mostrarlos por separado (menos de {k}, o agrupados con otros para proteger a un grupo pequeño).',
    'digest.change': '{direction, select, up {sube un {pct}} down {baja un {pct}} other {sin cambios}}',
    'digest.sentiment': '{sentiment, select, POSITIVE {positivo} NEUTRAL {neutro} MIXED {mixto} other {negativo}}',
    'digest.mixItem':
      '{sentiment, select, POSITIVE {{pct} positivo} NEUTRAL {{pct} neutro} MIXED {{pct} mixto} other {{pct} negativo}}',
    'digest.mood': 'negativo {negative} · positivo {positive}',
    'digest.moodHidden': 'ánimo no mostrado (muy pocos en algún ánimo para mostrarlo con seguridad)',
    'digest.face': '{face, select, 0 {muy descontento} 1 {descontento} 2 {contento} other {muy contento}}',
    'digest.faceItem': '{face} {pct}',
    'digest.channel': '{channel, select, web {formulario web} sms {SMS} kiosk {quiosco} other {{channel}}}',
    'digest.label.channel': '{channel, select, web {Formulario web} sms {SMS} kiosk {Quiosco} other {{channel}}}',
    'digest.label.noSite': 'Centro no indicado',
    'digest.label.otherChannels': 'Otros canales agrupados',
    'digest.label.otherSites': 'Otros centros agrupados',
    'digest.label.otherTopics': 'Otros temas agrupados',
    'digest.label.otherLanguages': 'Otros idiomas agrupados',
    'digest.label.allChannels': 'Todos los canales agrupados',
    'digest.label.allSites': 'Todos los centros agrupados',
    'digest.label.allTopics': 'Todos los temas agrupados',
    'digest.label.unknownLanguage': 'No reconocido, o sin palabras',
    'digest.total': 'Total',
    'digest.section.glance': 'De un vistazo',
    'digest.section.trend': 'Últimas {weeks} semanas',
    'digest.section.trendText': 'Últimas {weeks} semanas (comentarios, proporción negativa)',
    'digest.section.sites': 'Centros',
    'digest.section.sitesText': 'Centros (comentarios, ánimo)',
    'digest.section.topics': 'Temas',
    'digest.section.topicsText': 'Temas (un comentario puede tocar varios)',
    'digest.section.languages': 'Idiomas',
    'digest.section.movers': 'Mayores cambios',
    'digest.section.moversText':
      'Mayores cambios (frente a {weeks, plural, one {la semana anterior} other {las # semanas anteriores}})',
    'digest.section.themes': 'Asuntos recurrentes',
    'digest.section.themesText': 'Asuntos recurrentes (frases en {k} o más comentarios)',
    'digest.section.said': 'Lo que dijo la gente',
    'digest.section.saidText': 'Lo que dijo la gente (sin datos personales)',
    'digest.section.escalations': 'Escalados abiertos esta semana',
    'digest.section.did': 'Ustedes dijeron, nosotros hicimos',
    'digest.section.didText': 'Ustedes dijeron, nosotros hicimos (respuestas publicadas esta semana)',
    'digest.caption.channels': 'Comentarios por canal',
    'digest.caption.sites': 'Comentarios por centro',
    'digest.caption.topics': 'Comentarios por tema',
    'digest.caption.languages': 'Comentarios por idioma',
    'digest.note.topics': 'Un comentario puede tocar varios temas.',
    'digest.note.movers':
      'Frente a {weeks, plural, one {la cifra de cada grupo la semana anterior} other {la media de cada grupo en las # semanas anteriores}}.',
    'digest.note.themes': 'Frases en {k} o más comentarios, primero las que suben.',
    'digest.note.said': 'Sin datos personales.',
    'digest.total.tooFew':
      '{whole, select, yes {En toda la organización: menos de {k} comentarios esta semana, así que no se muestran cifras.} other {Menos de {k} comentarios esta semana, así que no se muestran cifras.}}',
    'digest.total.line':
      '{whole, select, yes {En toda la organización: } other {}}{count, plural, one {# comentario recibido} other {# comentarios recibidos}}{moved, select, none {} other {, {moved} respecto a los {last} de la semana pasada}}.',
    'digest.total.whole': 'En toda la organización:',
    'digest.total.under':
      '{count, plural, one {comentario recibido} other {comentarios recibidos}}{moved, select, none {} other {, {moved} respecto a los {last} de la semana pasada}}',
    'digest.preheader':
      '{count, plural, one {# comentario recibido} other {# comentarios recibidos}}{moved, select, none {} other {, {moved} respecto a la semana pasada}}.{escalations, plural, =0 {} one { # escalado abierto.} other { # escalados abiertos.}}',
    'digest.preheader.tooFew': 'Esta semana hay menos comentarios que el umbral de anonimato.',
    'digest.sentimentLine': 'Ánimo: {mix}',
    'digest.sentimentHeading': 'Ánimo',
    'digest.kioskFaces': 'Caras del quiosco ({taps, plural, one {# toque} other {# toques}}): {faces}',
    'digest.kioskFacesHeading': 'Caras del quiosco ({taps, plural, one {# toque} other {# toques}})',
    'digest.withheld.channels':
      'Por canal: no se muestra esta semana, porque algunos canales tuvieron demasiado pocos comentarios en un centro para mostrarlos por separado.',
    'digest.withheld.languages':
      'No se muestra esta semana, porque algunos idiomas tuvieron demasiado pocos comentarios en un centro o en un canal para mostrarlos por separado.',
    'digest.note.languages':
      'El idioma en que se escribió cada comentario, según se detectó; un toque en el quiosco sin palabras cuenta como no reconocido.',
    'digest.withheld.faces':
      'Caras del quiosco: no se muestran esta semana (demasiado pocos toques en algunas caras, o el quiosco no podía mostrarse por separado).',
    'digest.noHistory':
      'Todavía no hay con qué comparar: los cambios aparecen cuando semanas anteriores tengan comentarios.',
    'digest.theme.change':
      '{trend, select, new {nuevo como asunto} other {{moved} respecto a {weeks, plural, one {la semana anterior} other {su media de # semanas}}}}',
    'digest.theme.line':
      '«{phrase}»: {count, plural, one {# comentario} other {# comentarios}}{how, select, none {} other {, {how}}}; {mood}',
    'digest.theme.text':
      '«{phrase}»: {count, plural, one {# comentario} other {# comentarios}}{how, select, none {} other {, {how}}}; {mood}',
    'digest.nothing.mine':
      '{what, select, sites {Ninguno de sus centros tuvo {k} o más comentarios esta semana por separado, o se agruparon con otros para proteger a un grupo pequeño.} other {Ninguno de sus temas tuvo {k} o más comentarios esta semana por separado, o se agruparon con otros para proteger a un grupo pequeño.}}',
    'digest.nothing.all':
      '{what, select, sites {Nada que mostrar: ningún centro tuvo {k} o más comentarios esta semana.} other {Nada que mostrar: ningún tema tuvo {k} o más comentarios esta semana.}}',
    'digest.trend.noneYet': 'todavía sin comentarios',
    'digest.trend.none': 'sin comentarios',
    'digest.trend.noneShort': 'ninguno',
    'digest.trend.fewer': 'menos de {k}',
    'digest.trend.negative': '{pct} negativo',
    'digest.trend.negativeShort': '{count} · {pct} neg.',
    'digest.trend.label': 'Comentarios por semana: {weeks}',
    'digest.trend.point': '{week}: {count}{pct, select, none {} other {, {pct} negativo}}',
    'digest.trend.words': '{week}: {words}',
    'digest.trend.key': 'Longitud de la barra: comentarios. Colores: {colours}.',
    'digest.trend.thisWeek': 'Esta semana: {mix}.',
    'digest.audience':
      'Para {name}, responsable de {topics} en {sites}. Las cifras de cada centro y tema abarcan toda la organización; los comentarios y escalados son solo los de su ámbito, y «Ustedes dijeron, nosotros hicimos» recoge las respuestas de toda la organización.',
    'digest.everyTopic': 'todos los temas',
    'digest.everySite': 'todos los centros',
    'digest.responses.none': 'Esta semana no se publicó ninguna respuesta.',
    'digest.responses.withheld':
      'Esta semana se publicaron unas pocas respuestas. Solo se enumeran aquí cuando se publican al menos {k} en una semana, para que ninguna señale a nadie; quien escribió un comentario puede leer la respuesta en su página de estado.',
    'digest.responses.aboutText': '{about}:',
    'digest.responses.about': '{topics, select, none {Otros comentarios} other {{topics}}}',
    'digest.anonymity':
      'Ningún grupo de menos de {k} comentarios se muestra por separado: los grupos más pequeños se agrupan en «otros», junto con el siguiente más pequeño cuando hace falta, para que ninguno pueda deducirse por resta. Solo se citan comentarios de grupos de {kQuote} o más, sin datos personales. Un ánimo (negativo, positivo, neutro, mixto) se muestra solo cuando cada uno de los cuatro tiene cero o al menos {k} comentarios, en esa fila y en las filas de las que podría deducirse; si no, dice «ánimo no mostrado», porque mostrarlo podría señalar quién dijo qué.',
    'digest.mover':
      '{label} ({kind, select, site {centro} other {tema}}): {count}, {change, select, new {nuevo esta semana} other {{change} respecto a {weeks, plural, one {la semana anterior} other {su media de # semanas}}}}{negative, select, none {} other {; {negative} negativo{before, select, none {} other { (antes {before})}}}}',
    'digest.quote': '«{text}»',
    'digest.quoteHtml': '«{text}»',
    'digest.esc.raised': '{count, plural, one {# abierto} other {# abiertos}}',
    'digest.esc.inTime': '{count, plural, one {# atendido dentro del plazo} other {# atendidos dentro del plazo}}',
    'digest.esc.late': '{count, plural, one {# atendido con retraso} other {# atendidos con retraso}}',
    'digest.esc.awaiting':
      '{count, plural, one {# pendiente, dentro del plazo} other {# pendientes, dentro del plazo}}',
    'digest.esc.overdue': '{count, plural, one {# vencido} other {# vencidos}}',
    'digest.esc.none': 'Ninguno.',
    'digest.esc.mineHidden':
      'No se muestra: menos de {k} en su ámbito, o agrupados con los de otros responsables para proteger a un grupo pequeño.',
    'digest.esc.fewer':
      'Menos de {k} abiertos, o muy pocos de un responsable para mostrarlos sin riesgo, así que no se muestran cifras.',
    'digest.esc.summary': '{line}.',
    'digest.esc.summaryNoneNamed':
      '{line}. No se nombra a ningún responsable: cada uno tiene muy pocos para mostrarlos sin riesgo.',
    'digest.esc.otherSponsors': 'Otros responsables agrupados',
    'digest.esc.overdueSponsor':
      '{name}: {count} ({all, select, yes {todos ellos} other {al menos {k} de ellos}} abiertos en la semana {week} de {year} o antes)',
    'digest.esc.overdueOther': 'Otros responsables agrupados: {count}',
    'digest.esc.overdueNoneNamed':
      '{count}, sin nombrar a ningún responsable: cada uno tiene muy pocos para mostrarlos sin riesgo',
    'digest.esc.legal':
      '{state, select, passed {{shown, select, yes {{count} casos en manos de {holder} han} other {Entre 1 y {upTo} casos en manos de {holder} han}} superado un plazo legal que vencía en la semana del {week}, aún sin cumplir} other {{shown, select, yes {{count} casos en manos de {holder} tienen} other {Entre 1 y {upTo} casos en manos de {holder} tienen}} un plazo legal en la semana del {week}, aún sin cumplir}}',
    'digest.esc.comingUp': 'Plazos legales de esta semana y la próxima',
    'digest.esc.comingUpText': 'Plazos legales de esta semana y la próxima:',
    'digest.esc.stillOverdue': 'Todavía vencidos, de cualquier semana',
    'digest.esc.stillOverdueText': 'Todavía vencidos, de cualquier semana:',
    'digest.sponsorLine': '{name}: {line}',
    'digest.link.webText': 'Con gráficos, en su navegador (el enlace es solo para usted y caduca):',
    'digest.link.webButton': 'Abrir el resumen con gráficos',
    'digest.link.expires': 'El enlace es solo para usted y caduca.',
    'digest.link.deskText': 'Su mesa de casos: todos los casos que tiene, para acusar recibo, responder o traspasar:',
    'digest.link.desk': 'Su mesa de casos: todos los casos que tiene',
    'digest.leadershipList': 'la lista de dirección',
  },
};
