import type { DigestMessages } from './keys';

/** The weekly digest in Spanish (see `en.ts`). */
export const digestEs: DigestMessages = {
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
  'digest.moodHidden': 'ánimo no mostrado (demasiado pocos para desglosar)',
  'digest.face': '{face, select, 0 {muy descontento} 1 {descontento} 2 {contento} other {muy contento}}',
  'digest.faceItem': '{face} {pct}',
  'digest.channel': '{channel, select, web {formulario web} sms {SMS} kiosk {quiosco} other {{channel}}}',
  'digest.label.channel': '{channel, select, web {Formulario web} sms {SMS} kiosk {Quiosco} other {{channel}}}',
  'digest.label.noSite': 'Centro no indicado',
  'digest.label.otherChannels': 'Otros canales agrupados',
  'digest.label.otherSites': 'Otros centros agrupados',
  'digest.label.otherTopics': 'Otros temas agrupados',
  'digest.label.otherLanguages': 'Otros idiomas agrupados',
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
  'digest.section.moversText': 'Mayores cambios (frente a las 4 semanas anteriores)',
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
  'digest.note.movers': 'Frente a la media de cada grupo en las 4 semanas anteriores.',
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
  'digest.theme.change': '{trend, select, new {nuevo como asunto} other {{moved} respecto a su media de 4 semanas}}',
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
    'Para {name}, responsable de {topics} en {sites}. Las cifras de cada centro y tema abarcan toda la organización; los comentarios y escalados son solo los de su ámbito.',
  'digest.everyTopic': 'todos los temas',
  'digest.everySite': 'todos los centros',
  'digest.responses.none': 'Esta semana no se publicó ninguna respuesta.',
  'digest.responses.withheld':
    'Esta semana se publicaron unas pocas respuestas. Solo se enumeran aquí cuando se publican al menos {k} en una semana, para que ninguna señale a una persona; cada empleado puede leer la respuesta a su propio comentario en su página de estado.',
  'digest.responses.aboutText': '{about}:',
  'digest.responses.about': '{topics, select, none {Comentarios} other {{topics}}}',
  'digest.anonymity':
    'Ningún grupo de menos de {k} comentarios se muestra por separado: los grupos más pequeños se agrupan en «otros», junto con el siguiente más pequeño cuando hace falta, para que ninguno pueda deducirse por resta. Solo se citan comentarios de grupos de {kQuote} o más, sin datos personales.',
  'digest.mover':
    '{label} ({kind, select, site {centro} other {tema}}): {count}, {change, select, new {nuevo esta semana} other {{change} respecto a su media de 4 semanas}}{negative, select, none {} other {; {negative} negativo{before, select, none {} other { (antes {before})}}}}',
  'digest.quote': '«{text}»',
  'digest.quoteHtml': '«{text}»',
  'digest.esc.raised': '{count, plural, one {# abierto} other {# abiertos}}',
  'digest.esc.inTime': '{count, plural, one {# atendido dentro del plazo} other {# atendidos dentro del plazo}}',
  'digest.esc.late': '{count, plural, one {# atendido con retraso} other {# atendidos con retraso}}',
  'digest.esc.awaiting': '{count, plural, one {# pendiente, dentro del plazo} other {# pendientes, dentro del plazo}}',
  'digest.esc.overdue': '{count, plural, one {# vencido} other {# vencidos}}',
  'digest.esc.none': 'Ninguno.',
  'digest.esc.mineHidden':
    'No se muestra: menos de {k} en su ámbito, o agrupados con los de otros responsables para proteger a un grupo pequeño.',
  'digest.esc.fewer': 'Menos de {k} abiertos, así que no se muestran cifras.',
  'digest.esc.summary': '{line}.',
  'digest.esc.otherSponsors': 'Otros responsables agrupados',
  'digest.esc.overdueSponsor': '{name}: {count} ({k} o más de ellos abiertos en la semana {week} de {year} o antes)',
  'digest.esc.overdueOther': 'Otros responsables agrupados: {count}',
  'digest.esc.legal':
    '{state, select, passed {Plazo legal vencido} other {Plazo legal dentro de una semana}}: un caso en manos de {holder}, {deadline, select, acknowledge {para acusar recibo antes del {day}} other {para decir al empleado qué se está haciendo antes del {day}}}',
  'digest.esc.stillOverdue': 'Todavía vencidos, de cualquier semana',
  'digest.esc.stillOverdueText': 'Todavía vencidos, de cualquier semana:',
  'digest.sponsorLine': '{name}: {line}',
  'digest.link.webText': 'Con gráficos, en su navegador (el enlace es solo para usted y caduca):',
  'digest.link.webButton': 'Abrir el resumen con gráficos',
  'digest.link.expires': 'El enlace es solo para usted y caduca.',
  'digest.link.deskText': 'Su mesa de casos: todos los casos que tiene, para acusar recibo, responder o traspasar:',
  'digest.link.desk': 'Su mesa de casos: todos los casos que tiene',
  'digest.leadershipList': 'la lista de dirección',
};
