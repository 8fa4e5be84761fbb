import type { SponsorMessages } from './keys';

/** What sponsors and leadership read, in Spanish (formal "usted"). Keys and parameters as in `sponsor/en.ts`. */
export const sponsorEs: SponsorMessages = {
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
  'sponsor.legalBinds': '{day} a {time} ({zone}), el plazo legal',
  'sponsor.feedbackDue':
    '{day} a {time} ({zone}): el plazo legal para decírselo, {months, plural, one {# mes} other {# meses}} después de la confirmación',
  'sponsor.notGiven': 'Sin indicar',
  'sponsor.leadershipList': 'la lista de dirección',
  'sponsor.about':
    '{kind, select, both {{topics} en {site}} topic {{topics} (no se indicó el centro)} site {Comentario desde {site}} other {Comentario sin centro ni tema}}',
  'sponsor.urgentAbout': '{urgent, select, yes {Urgente: {about}} other {{about}}}',
  'sponsor.category':
    '{category, select, safety {salud y seguridad} harassment {acoso} discrimination {discriminación} fraud {fraude o robo} threat {una amenaza de violencia} self-harm {una persona en riesgo de hacerse daño} other {{category}}}',
  'sponsor.reason.requested': 'la persona pidió que se tratara como urgente',
  'sponsor.reason.pattern': 'varias personas plantearon el mismo problema en el mismo centro',
  'sponsor.reason.urgentAbout': 'parece tratar de {about}, y no puede esperar',
  'sponsor.reason.urgent': 'parece tratar de algo que no puede esperar',
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
    '{program}: {urgent, select, yes {un comentario urgente que requiere su atención} other {un comentario que requiere su atención}}',
  'sponsor.email.subject':
    '{occasion, select, text-added {Texto ya disponible: } handed-over {Se le ha traspasado: } other {}}{urgent, select, yes {Urgente: } other {}}{about}: confírmelo antes del {day} a {time} ({zone}){legal, select, yes {, el plazo legal} other {}}',
  'sponsor.email.lead':
    '{occasion, select, text-added {El texto de este asunto no se pudo mostrar antes; ya se ha procesado y aparece abajo.} overdue {Le llega a {holder} porque nadie lo confirmó a tiempo.} handed-over {{by} se lo ha traspasado a {holder} con este motivo: {reason}} other {}}',
  'sponsor.email.open': 'Confirmar y responder',
  'sponsor.email.desk': 'Todos sus casos (su mesa de casos)',
  'sponsor.email.footer':
    'El enlace es solo para usted y caduca. La respuesta que escriba la verá la persona que escribió esto, con su código de caso.',
  'sponsor.conversation.subject':
    '{kind, select, answer {{urgent, select, yes {Urgente: la persona ha contestado ({about})} other {La persona ha contestado ({about})}}} deadline-near {Plazo hasta el {day}: {deadline, select, acknowledge {confirmar este aviso} other {decir a la persona qué se está haciendo}} ({about})} other {Plazo vencido: {deadline, select, acknowledge {confirmar este aviso} other {decir a la persona qué se está haciendo}} ({about})}}',
  'sponsor.conversation.lead':
    '{kind, select, answer {La persona que planteó esto le ha escrito en la conversación del caso. Sus palabras están abajo, sin datos personales.} deadline-near {{deadline, select, acknowledge {La ley da hasta el {day} para confirmar este aviso. Hágalo antes, por favor.} other {La ley da hasta el {day} para decir a la persona qué se está haciendo. Hágalo antes, por favor.}}} other {{deadline, select, acknowledge {El plazo legal para confirmar este aviso era el {day} y ha vencido. Hágalo ahora, por favor; la dirección ya lo sabe.} other {El plazo legal para decir a la persona qué se está haciendo era el {day} y ha vencido. Hágalo ahora, por favor; la dirección ya lo sabe.}}}}',
  'sponsor.conversation.open': 'Abrir el caso',
  'sponsor.conversation.footer':
    'El enlace es solo para usted y caduca. Lo que escriba en la conversación lo verá la persona, con su código de caso.',
  'sponsor.page.title': 'Caso: {about}',
  'sponsor.problem': 'Hay un problema',
  'sponsor.standing':
    '{status, select, responded {Respondido; confirmado hacia {time} del {day} ({zone})} acknowledged {Confirmado hacia {time} del {day} ({zone}); aún sin respuesta publicada} overdue {Pendiente de confirmar, con el plazo vencido} other {Pendiente de confirmar}}',
  'sponsor.reroute': 'Este caso se desvió de {names}: {reasons}. No se les ha informado.',
  'sponsor.reroute.named': 'el aviso los nombra',
  'sponsor.reroute.management': 'la persona dijo que trata de sus propios jefes',
  'sponsor.acknowledge': 'Confirmar',
  'sponsor.response.label':
    '{has, select, yes {Cambiar su respuesta publicada} other {Publicar una respuesta: lo que dijeron, lo que hicimos}}',
  'sponsor.response.hint':
    'Lo que se hizo al respecto. La persona lo verá con su código de caso, y se cuenta en el resumen semanal sin nombrarle a usted ni el día. Hasta {max, plural, one {# carácter} other {# caracteres}}. No nombre a nadie.',
  'sponsor.response.button': 'Publicar la respuesta',
  'sponsor.patternNoOne':
    'Es una tendencia entre varias personas, así que no hay nadie a quien escribir; el resumen semanal informa de lo que se hizo.',
  'sponsor.conversation.heading': 'Conversación con la persona',
  'sponsor.message.label': 'Escribir a la persona',
  'sponsor.message.hint':
    'Una pregunta o una novedad. La persona lo lee con su código de caso y puede contestar; le avisaremos por correo cuando lo haga. Nunca sabrá quién es usted, salvo su cargo. Hasta {max, plural, one {# carácter} other {# caracteres}}. No nombre a nadie: los nombres se eliminan.',
  'sponsor.message.button': 'Enviar a la persona',
  'sponsor.thread.meta':
    '{from, select, you {Usted} leadership {La lista de dirección} named {{name}} earlier {Quien tenía el caso antes} sponsor {Una persona de la dirección} other {La persona}}, el {day}',
  'sponsor.thread.none': 'Todavía no hay mensajes.',
  'sponsor.history': 'Historial',
  'sponsor.audit.line': '{at, select, day {El {day}: {what}} other {Hacia {time} del {day} ({zone}): {what}}}',
  'sponsor.audit':
    '{event, select, raised {Recibido} routed {Recibido y enviado a {who}} emailed {Enviado por correo a {who}} text-shown {Al final se pudo mostrar el texto, y se envió por correo} acknowledged {Confirmado} responded {Respuesta publicada para la persona} passed {Nadie lo confirmó a tiempo, así que pasó al siguiente nivel} passed-to {Nadie lo confirmó a tiempo, así que pasó a {who}} rerouted {Pasado a otra persona} rerouted-to {Pasado a {who}} rerouted-instead {Enviado a {who} en lugar de {instead}, a quien este caso debe evitar} made-urgent {Marcado como urgente: la respuesta de la persona es urgente} handed-over {Traspasado por {who} a {to}: {reason}} closed {Cerrado por {who}} other {Actualizado}}',
  'sponsor.notice':
    '{action, select, acknowledge {Confirmado. La persona ya puede ver que alguien con responsabilidad se ocupa.} respond {Respuesta publicada. La persona la verá cuando consulte su código de caso.} reply {Mensaje enviado. La persona lo verá con su código de caso (en la web o enviando ESTADO por SMS), y le avisaremos por correo cuando conteste.} hand-over {Traspasado. Ya no está en su mesa, y la persona ahora responsable ha recibido un correo.} other {Cerrado. El caso sigue en su mesa, en «Cerrados».}}',
  'sponsor.refusal':
    '{why, select, response-empty {Escriba su respuesta antes de publicarla.} response-long {La respuesta no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} message-empty {Escriba un mensaje antes de enviarlo.} message-long {El mensaje no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} thread-full {Esta conversación ha llegado a su límite, así que no se puede añadir nada más.} no-one {Es una tendencia entre varias personas, así que no hay nadie a quien escribir.} closed {Este caso está cerrado, así que no se puede cambiar.} reason-empty {Diga por qué no le corresponde, para que quien lo reciba lo sepa.} reason-long {El motivo no puede pasar de {max, plural, one {# carácter} other {# caracteres}}.} target {Elija quién debe recibirlo.} other {No se pudo hacer. Vuelva al caso e inténtelo de nuevo.}}',
  'sponsor.desk.link': 'Todos sus casos',
  'sponsor.desk.back': '← Todos sus casos',
  'sponsor.desk.title': 'Sus casos',
  'sponsor.desk.lead':
    '{name}: {total, plural, one {# caso} other {# casos}} en su mesa. Nada de esto dice quién escribió qué, y nada debe intentar averiguarlo.',
  'sponsor.desk.filters': 'Filtrar sus casos',
  'sponsor.desk.show': 'Mostrar',
  'sponsor.desk.showWhich': '{show, select, open {Casos abiertos} closed {Casos cerrados} other {Todos los casos}}',
  'sponsor.desk.everySite': 'Todos los centros',
  'sponsor.desk.everyTopic': 'Todos los temas',
  'sponsor.desk.unreadOnly': 'Solo casos con una respuesta nueva de la persona',
  'sponsor.desk.apply': 'Mostrar estos casos',
  'sponsor.desk.count': '{count, plural, one {# caso} other {# casos}}',
  'sponsor.desk.noMatch': 'Ningún caso cumple estos filtros.',
  'sponsor.desk.showOpen': 'Mostrar todos los casos abiertos',
  'sponsor.desk.newAnswer': 'Respuesta nueva de la persona',
  'sponsor.desk.clock':
    '{state, select, waiting {Le toca a usted: confirmarlo antes del {day} a {time} ({zone}){legal, select, yes {, el plazo legal} other {}}} overdue {Plazo vencido: había que confirmarlo antes del {day} a {time} ({zone}){legal, select, yes {, el plazo legal} other {}}} acknowledged {Confirmado hacia {time} del {day} ({zone}); aún sin respuesta publicada} answered {Respuesta publicada hacia {time} del {day} ({zone})} other {Cerrado hacia {time} del {day} ({zone})}}',
  'sponsor.desk.published': 'Su respuesta publicada',
  'sponsor.desk.closedNote': 'Este caso está cerrado.',
  'sponsor.desk.canDo': 'Qué puede hacer',
  'sponsor.desk.handOver': '¿No le corresponde? Traspáselo',
  'sponsor.desk.reason': 'Por qué no le corresponde',
  'sponsor.desk.reasonHint':
    'Queda en el historial del caso para quien lo reciba. Hasta {max, plural, one {# carácter} other {# caracteres}}.',
  'sponsor.desk.handOverButton': 'Traspasar',
  'sponsor.desk.close': 'Cerrar este caso',
  'sponsor.desk.pageTitle': '{name}: {about}',
  'sponsor.error':
    '{why, select, expired {Este enlace ha caducado. Pida uno nuevo al operador de {program}, o use el correo más reciente sobre este asunto.} moved {Este asunto lo tiene ahora otra persona, así que este enlace ya no lo abre. Si vuelve a usted, recibirá un nuevo correo.} replaced {Este enlace se ha sustituido por uno más reciente. Use el enlace de su último correo de {program}.} invalid {Este enlace no es válido. Puede que se haya copiado incompleto o se haya alterado. Ábralo de nuevo desde el correo.} not-on-desk {No hay ningún caso así en su mesa. Puede que se haya traspasado o remitido; la lista muestra todos los casos que tiene.} no-digest {Todavía no se ha publicado ningún resumen de esta semana.} not-found {No hay nada en esta dirección. Abra de nuevo el enlace desde el correo.} too-large {Lo que envió es demasiado largo. Vuelva atrás, acórtelo y envíelo de nuevo.} not-our-form {Eso no vino de uno de nuestros formularios. Vuelva al formulario y envíelo desde allí.} unreadable {Parte de lo enviado no se pudo leer. Vuelva al formulario e inténtelo de nuevo.} busy {Están llegando muchas solicitudes en este momento. Espere un momento e inténtelo de nuevo.} unavailable {No se pudo hacer ahora. Inténtelo de nuevo en unos minutos.} not-allowed {Esto no se puede hacer con este enlace.} other {Algo salió mal por nuestra parte; no se guardó nada de lo que envió. Inténtelo de nuevo en unos minutos.}}',
  'sponsor.layout.skip': 'Ir al contenido',
  'sponsor.layout.footer':
    'Esta página es solo para usted: no reenvíe su enlace. Nada de esto dice quién escribió el comentario, y nada debe intentar averiguarlo.',
};
