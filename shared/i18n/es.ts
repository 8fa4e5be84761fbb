import type { Catalogue } from './catalogue';

/** Spanish (neutral, formal "usted"). Keys and parameters as in `en.ts`. */
export const es: Catalogue = {
  language: 'es',
  name: 'Español',
  direction: 'ltr',
  keywords: { help: ['AYUDA'], status: ['ESTADO'], urgent: ['URGENTE'], reply: ['RESPONDER'] },
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
    'sms.replyUsage':
      'Para responder, envíe RESPONDER, el código del caso y su respuesta, por ejemplo RESPONDER {example} fue en el turno de noche.',
    'sms.statusWithMessage':
      'Caso {code}: {status, select, received {recibido; se leerá en breve} analysed {leído y registrado} escalated {enviado a la persona responsable} acknowledged {visto por la persona responsable} other {respondido}}. Mensaje nuevo: {message} Para responder, envíe {code} y su respuesta.',
  },
};
