import type { Catalogue } from './catalogue';

/** Spanish (neutral, formal "usted"). Keys and parameters as in `en.ts`. */
export const es: Catalogue = {
  language: 'es',
  name: 'Español',
  direction: 'ltr',
  // A title and the program's name, or the word "Error": written the same way.
  sameAsEnglish: ['web.page.title', 'web.page.errorTitle', 'web.receipt.smsNumber'],
  keywords: {
    help: ['AYUDA'],
    status: ['ESTADO'],
    urgent: ['URGENTE'],
    reply: ['RESPONDER', 'RESPUESTA', 'RESPONDO', 'CONTESTAR', 'CONTESTO'],
  },
  // "martes 1 de diciembre de 2026" (no comma after the weekday); the hour with its article: "la 1 h", "las 19:30".
  moments: {
    day: '{weekday} {date} de {month} de {year}',
    time: '{hour, plural, one {la} other {las}} {minute, select, 00 {{hour} h} other {{hour}:{minute}}}',
    moment: '{day} a {time} ({zone})',
  },
  messages: {
    'sms.accepted.full':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente para la persona responsable.} other {Gracias. Su código de caso es {code}.}} Envíe ESTADO {code} para seguirlo. No guardamos su número.',
    'sms.accepted.short':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente para la persona responsable.} other {Gracias. Su código de caso es {code}.}} Envíe ESTADO {code} para seguirlo.',
    'sms.acceptedWithPictures.full':
      '{urgent, select, yes {Gracias. El caso {code} queda marcado como urgente para la persona responsable.} other {Gracias. Su código de caso es {code}.}} No guardamos fotos (pueden identificar a personas), solo sus palabras. Envíe ESTADO {code} para seguirlo.',
    'sms.acceptedWithPictures.short':
      '{urgent, select, yes {Gracias. El caso {code} es urgente.} other {Gracias. Su código es {code}.}} No guardamos fotos, solo sus palabras. Envíe ESTADO {code} para seguirlo.',
    'sms.help.full':
      '{program}: opiniones anónimas para {organisation}. Escríbanos; ESTADO <código> consulta un caso. No guardamos su número. Responda STOP para darse de baja.',
    'sms.help.short':
      '{program}: opiniones anónimas. Escríbanos; ESTADO <código> consulta un caso. No guardamos su número. STOP para darse de baja.',
    'sms.help.minimal': '{program}: opiniones anónimas. No guardamos su número. Responda STOP para darse de baja.',
    'sms.throttled':
      'Ha enviado muchos mensajes en esta hora, así que este no se guardó. Vuelva a intentarlo dentro de una hora.',
    'sms.questionsThrottled':
      'Ha hecho muchas consultas en esta hora, así que esta no tuvo respuesta. Vuelva a intentarlo dentro de una hora.',
    'sms.empty':
      'Su mensaje estaba vacío. Escriba su opinión con palabras; es anónima. Responda AYUDA para obtener ayuda.',
    'sms.picturesOnly':
      'No aceptamos fotos (pueden identificar a personas), así que no se guardó nada. Escriba su opinión con palabras.',
    'sms.urgentOnly': 'Para marcar algo como urgente, envíe URGENTE seguido de lo que ocurre, en un solo mensaje.',
    'sms.tooLong':
      'Demasiado largo: escriba menos de {max, plural, one {# carácter} other {# caracteres}} (menos con emojis) o envíelo en partes. No se guardó nada.',
    'sms.unknownSite.list':
      'No existe el centro #{tag}, así que no se guardó. Empiece con uno de {tags} o quite la etiqueta.',
    'sms.unknownSite.plain': 'Ese centro no existe, así que no se guardó. Envíelo de nuevo sin la #etiqueta.',
    'sms.statusUsage': 'Para seguir un caso, envíe ESTADO y su código, por ejemplo ESTADO {example}.',
    'sms.unknownCase': 'Ningún caso tiene ese código. Revíselo y envíe ESTADO y el código de nuevo.',
    'sms.unavailable': 'Lo sentimos, no pudimos guardar su mensaje ahora. Envíelo de nuevo en unos minutos.',
    'sms.unreadable':
      'Lo sentimos, no pudimos leer ese mensaje y no se guardó nada. Envíelo de nuevo como texto normal.',
    'sms.busy': 'Estamos recibiendo muchos mensajes y el suyo no se guardó. Envíelo de nuevo en unos minutos.',
    'sms.status':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} escalated {enviado a la persona responsable} acknowledged {visto por la persona responsable} other {respondido}}.',
    'sms.statusWithResponse':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} escalated {enviado a la persona responsable} acknowledged {visto por la persona responsable} other {respondido}}. La respuesta: {response}',
    'sms.answerSent':
      'Gracias. Su respuesta al caso {code} fue enviada; los nombres se quitan antes de leerla. Envíe ESTADO {code} para ver respuestas.',
    'sms.noConversation':
      'El caso {code} no tiene conversación: solo se puede responder a un caso enviado a una persona responsable. Envíe una opinión nueva sin el código.',
    'sms.threadFull':
      'La conversación del caso {code} está completa y su respuesta no se guardó. Envíe una opinión nueva.',
    'sms.caseClosed':
      'El caso {code} está cerrado y su respuesta no se envió. Si hay algo nuevo, envíe una opinión nueva.',
    'sms.replyUsage':
      'Para responder, envíe RESPONDER, el código del caso y su respuesta, por ejemplo RESPONDER {example} fue en el turno de noche.',
    'sms.statusWithMessage':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} escalated {enviado a la persona responsable} acknowledged {visto por la persona responsable} other {respondido}}. Mensaje nuevo: {message} Para responder, envíe {code} y su respuesta.',
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
    'kiosk.details.checkPreview': 'Ver qué se quitará',
    'kiosk.details.urgent': 'Es urgente: pedir que una persona de la dirección lo mire ya',
    'kiosk.details.aboutManagement': 'Es sobre mis jefes: enviarlo a alguien por encima de ellos',
    'kiosk.details.send': 'Enviar',
    'kiosk.details.back': 'Volver',
    'kiosk.preview.empty': 'Escriba primero un comentario y luego revíselo.',
    'kiosk.preview.checking': 'Revisando…',
    'kiosk.preview.nothing':
      'No encontramos nombres ni números que quitar. Compruebe que nada más le señala a usted o a otra persona.',
    'kiosk.preview.intro': 'Antes de que nadie lo lea:',
    'kiosk.preview.change': '‘{original}’ se sustituirá por {replacement}',
    'kiosk.preview.offline':
      'Esta revisión necesita conexión. Aun así, su comentario se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.preview.busy':
      'Ahora mismo se están revisando muchos comentarios. Vuelva a intentarlo en un momento o envíe el suyo tal como está: se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.preview.failed':
      'Esta revisión no está disponible ahora. Aun así, su comentario se limpia de nombres y números antes de que nadie lo lea.',
    'kiosk.thanks.title': 'Gracias',
    'kiosk.thanks.codeIntro': 'Su código de caso es',
    'kiosk.thanks.followUp': 'Para seguirlo, anote el código y visite {address} desde cualquier teléfono u ordenador.',
    'kiosk.thanks.saved':
      'Su opinión queda guardada en esta tableta y se enviará en cuanto haya conexión. El código de caso necesita conexión, así que esta vez no hay código.',
    'kiosk.thanks.done': 'Terminar',
    'kiosk.network.offline': 'Sin conexión. Puede dar su opinión igualmente: se guarda aquí y se envía más tarde.',
    'kiosk.network.offlineSaved':
      'Sin conexión. {count, plural, one {# opinión guardada en esta tableta; se enviará} other {# opiniones guardadas en esta tableta; se enviarán}} cuando vuelva la conexión.',
    'kiosk.network.sending':
      'Enviando {count, plural, one {# opinión guardada} other {# opiniones guardadas}} en esta tableta…',
    'kiosk.setup.title': 'Esta tableta aún no está preparada',
    'kiosk.setup.body':
      'No puede recoger opiniones hasta que lo esté. Avise a quien se ocupa de las tabletas; mientras tanto puede enviar su opinión desde su propio teléfono o por SMS.',
    'web.page.title': '{title} · {program}',
    'web.page.errorTitle': 'Error: {title}',
    'web.page.skip': 'Ir al contenido',
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
    'web.form.error.empty': 'Escriba su opinión en el recuadro antes de enviarla.',
    'web.form.error.tooLong':
      'Su opinión es demasiado larga para un solo mensaje. Acórtela a {max, plural, one {# carácter} other {# caracteres}} o menos (los emojis y algunas letras cuentan por más de uno), o envíela en dos partes.',
    'web.form.error.site': 'Elija dónde trabaja en la lista, o «Prefiero no decirlo».',
    'web.form.error.topic': 'Elija un tema de la lista, o «No lo sé / otra cosa».',
    'web.form.error.escalate': 'Marque la casilla de urgente o déjela vacía.',
    'web.form.error.busy':
      'Estamos recibiendo muchas opiniones en este momento y la suya no se envió. Espere un momento y envíela de nuevo; lo que escribió sigue aquí.',
    'web.form.error.unavailable':
      'Su opinión no se pudo guardar ahora. Envíela de nuevo en unos minutos; lo que escribió sigue aquí.',
    'web.form.error.unreadable': 'No pudimos leer parte de lo enviado. Revise el formulario y envíelo de nuevo.',
    'web.preview.heading': 'Antes de enviar',
    'web.preview.changes': 'Estos datos se quitarán antes de que nadie lea su opinión:',
    'web.preview.change': '«{original}» se sustituirá por {replacement}',
    'web.preview.none':
      'No encontramos nombres, números de teléfono ni otros datos personales que quitar. Compruebe que nada más en el texto le identifica a usted o a otra persona.',
    'web.preview.readAs': 'Lo que se leerá:',
    'web.preview.nothingSent':
      'Todavía no se ha enviado ni guardado nada. Cambie el texto de abajo si quiere y luego envíelo.',
    'web.redacted':
      '[{kind, select, NAME {NOMBRE} PHONE {TELÉFONO} EMAIL {CORREO} ADDRESS {DIRECCIÓN} ID {DOCUMENTO} URL {ENLACE} PLATE {MATRÍCULA} other {QUITADO}}]',
    'web.receipt.title': 'Opinión recibida',
    'web.receipt.heading': 'Gracias, ya la tenemos',
    'web.receipt.receipt': 'Su comprobante',
    'web.receipt.codeIs': 'Su código de caso es',
    'web.receipt.codeLabel': 'Código de caso {spelled}',
    'web.receipt.copy': 'Copiar el código',
    'web.receipt.print': 'Imprimir este comprobante',
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
    'web.receipt.followWeb': 'En la web: abra {link}.',
    'web.receipt.followSms': 'Por SMS: envíe {command} al {number}.',
    'web.receipt.followSmsSites': 'Por SMS: envíe {command} al número de su centro:',
    'web.receipt.smsNumber': '{site}: {number}',
    'web.receipt.printNote': 'Este comprobante no dice quién es usted, qué escribió ni cuándo.',
    'web.receipt.noPrinter':
      '¿No tiene impresora? Anote el código o hágale una foto; la orden Imprimir de su navegador también imprime solo este comprobante.',
    'web.receipt.seeStatus': 'Ver el estado de este caso',
    'web.status.title': 'Caso {code}',
    'web.status.step':
      '{status, select, received {Recibido} analysed {Leído y clasificado por tema} escalated {Enviado a una persona de la dirección} acknowledged {Confirmado por esa persona} other {Respondido}}',
    'web.status.reached': '(hecho)',
    'web.status.now':
      'Estado: {status, select, received {Recibido} analysed {Leído y clasificado por tema} escalated {Enviado a una persona de la dirección} acknowledged {Confirmado por esa persona} other {Respondido}}',
    'web.status.next':
      '{status, select, received {Se leerá en un momento: se quitan los datos personales y se clasifica por tema. Si es urgente, o usted lo pidió, pasa directamente a una persona de la dirección, que puede responderle aquí.} analysed {Como la mayoría de las opiniones, ahora cuenta en el informe semanal que lee el equipo de dirección, junto con las de todos los demás. No recibe una respuesta personal: eso solo ocurre cuando algo urgente pasa a una persona de la dirección.} escalated {Una persona de la dirección lo tiene y se le pide que lo confirme en un plazo de {urgent} si es urgente ({standard} si no lo es). Cualquier respuesta que escriba aparecerá en esta página.} acknowledged {La persona de la dirección lo ha leído. Cualquier respuesta que escriba aparecerá en esta página.} other {La persona de la dirección ha respondido; su respuesta está abajo.}}',
    'web.status.acknowledgeBy': 'Se confirmará a más tardar el {day}.',
    'web.status.feedbackBy': 'Sabrá qué se está haciendo a más tardar el {day}.',
    'web.status.overdue':
      '{deadline, select, acknowledge {El plazo para confirmarlo era el {day}.} other {El plazo para decirle qué se está haciendo era el {day}.}} Ese plazo ha vencido, así que el caso se ha pasado al equipo de dirección, que le está dando seguimiento.',
    'web.status.response': 'Respuesta de la persona de la dirección',
    'web.status.conversation': 'Conversación con la persona de la dirección',
    'web.status.newMessage': '{count, plural, one {Tiene un mensaje nuevo.} other {Tiene # mensajes nuevos.}}',
    'web.status.sent':
      'Su respuesta se envió. Los datos personales se quitan antes de que la persona de la dirección la lea; aparecerá aquí en un momento.',
    'web.status.nothingYet':
      'La persona de la dirección todavía no ha escrito aquí. Si quiere añadir algo a su caso, escríbalo abajo: lo leerá.',
    'web.status.answer': 'Su respuesta',
    'web.status.answerHint':
      'Anónima, como su opinión: los nombres y otros datos personales se quitan antes de que nadie la lea. Hasta {max, plural, one {# carácter} other {# caracteres}}.',
    'web.status.sendAnswer': 'Enviar respuesta',
    'web.status.answerBySms': 'Por SMS: envíe {code} seguido de su respuesta.',
    'web.status.error.empty': 'Escriba su respuesta en el recuadro antes de enviarla.',
    'web.status.error.tooLong':
      'Su respuesta es demasiado larga para un solo mensaje. Acórtela a {max, plural, one {# carácter} other {# caracteres}} o menos, o envíela en dos partes.',
    'web.status.error.full':
      'Esta conversación ha llegado a su límite de longitud y no se puede añadir nada más. Envíe una opinión nueva.',
    'web.status.closed':
      'Este caso está cerrado: la persona de la dirección lo ha terminado, así que ya no se puede añadir nada aquí. Si hay algo nuevo, envíe una opinión nueva.',
    'web.thread.who':
      '{from, select, sponsor {{reader, select, sponsor {Usted} other {La persona de la dirección}}} other {{reader, select, sponsor {La persona que escribió} other {Usted}}}}',
    'web.thread.meta': '{who}, el {day}',
    'web.thread.none': 'Todavía no hay mensajes.',
    'web.thread.waiting':
      'En camino: la persona responsable lo recibirá cuando termine esta hora, para que la hora no le identifique.',
    'web.lookup.title': 'Consultar un caso',
    'web.lookup.code': 'Código de caso',
    'web.lookup.hint': 'Diez letras y números, como {example}.',
    'web.lookup.check': 'Consultar',
    'web.lookup.noSuchCase':
      'Ningún caso tiene ese código. Revíselo (diez letras y números, como {example}) e inténtelo de nuevo.',
    'web.error.title':
      '{status, select, 400 {Hay algo que corregir} 401 {Sin sesión} 403 {No permitido} 404 {No encontrado} 409 {Ya enviado con otras palabras} 413 {Demasiado largo} 415 {No es un formulario nuestro} 429 {Demasiadas solicitudes ahora} 503 {Inténtelo de nuevo} other {Algo salió mal}}',
    'web.error.notFound':
      'No hay ninguna página en esta dirección. Revise el enlace o empiece de nuevo desde el formulario de opiniones.',
    'web.error.tooLarge': 'Lo que envió es demasiado largo. Vuelva atrás, acórtelo y envíelo de nuevo.',
    'web.error.notOurForm':
      'Eso no llegó desde uno de nuestros formularios. Vuelva al formulario y envíelo desde allí.',
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
};
