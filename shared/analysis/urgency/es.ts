import { SPANISH_RECRUITMENT_FEES_FROM_WAGES } from './recruitment-fees-repaid-from-wages';
import { SPANISH_DOWN_AND_STILL } from './down-and-still';
import { SPANISH_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { SPANISH_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { SPANISH_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { SPANISH_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { SPANISH_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { SPANISH_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { SPANISH_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { SPANISH_HIRING_LIMITS } from './hiring-limits';
import { SPANISH_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { SPANISH_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { SPANISH_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { SPANISH_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { SPANISH_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { SPANISH_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { SPANISH_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { SPANISH_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { SPANISH_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { SPANISH_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { SPANISH_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { SPANISH_MINOR_HURTS_NEED_NO_AMBULANCE } from './minor-hurts-need-no-ambulance';
import { SPANISH_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { SPANISH_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { SPANISH_ARMED_AND_WAITING } from './armed-and-waiting';
import { SPANISH_WAITING_TO_HURT } from './waiting-to-hurt-the-writer';
import { SPANISH_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { ROMANCE_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { ROMANCE_ARMED_ROBBERY } from './violence-in-hand';
import { ROMANCE_REPORTERS_HUNTED } from './unmasking-reporters';
import { SPANISH_TAUGHT_HOW_TO } from './taught-how-to';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { SPANISH_INITIATION_RITUALS } from './initiation-rituals';
import { SPANISH_CAMPAIGNS_AGAINST } from './campaigns-against';

import { ROMANCE_SILENCED } from './retaliation-threats';
import { SPANISH_BOMBS_BROUGHT_TO_WORK } from './bombs-brought-to-work';
import { SPANISH_BRIBES_AND_FAKE_VENDORS } from './bribes-and-fake-vendors';
import { SPANISH_DRUNK_AT_THE_WHEEL } from './drunk-at-the-wheel';
import { SPANISH_DRINKS_BEFORE_THE_WHEEL } from './drinks-before-the-wheel';
import { SPANISH_DYING_OF_LAUGHTER, SPANISH_DYING_SAID_LIGHTLY } from './dying-said-lightly';
import { SPANISH_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { SPANISH_GONE_IN_AND_NOT_OUT } from './gone-in-and-not-come-out';
import { SPANISH_SHUT_IN } from './shut-in-or-left-inside';
import { SPANISH_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { SPANISH_COMING_BACK_FOR_EVERYONE } from './coming-back-to-kill-everyone';
import { SPANISH_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { SPANISH_SHUT_INSIDE_AND_SILENT } from './shut-inside-and-silent';
import { SPANISH_FLAME_BY_FUEL_AND_HEAT } from './flame-by-fuel-and-heat-sickness';
import { SPANISH_FORKS_AND_LOADS } from './forks-and-loads';
import { SPANISH_MACHINES_RUN_UNGUARDED } from './machines-run-unguarded';
import { SPANISH_NOT_HARM_AT_WORK } from './not-harm-at-work';
import { SPANISH_RETALIATION_FOR_COMPLAINTS } from './retaliation-for-complaints';
import { SPANISH_SEX_FOR_THE_JOB } from './sex-for-the-job';
import { SPANISH_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { SPANISH_WASTE_DUMPED } from './waste-dumped';
import { FAMILY_TOO_OLD_ROMANCE } from './age-said-by-family';
import { SPANISH_TIME_FRAUD } from './time-fraud';
import { SPANISH_TIME_FRAUD_CLOCKED } from './time-fraud-clocked';
import { SPANISH_RETALIATION_THREATS } from './retaliation-threats';
import { SPANISH_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { SPANISH_FALSE_SAFETY_RECORDS } from './stolen-hours-and-false-records';
import { FIRED_THEN_KILL, SPANISH_KILL_AFTER_FIRING } from './kill-after-firing';
import { SPANISH_WORN_GEAR_AND_SMOKE } from './worn-gear-and-smoking-machines';
import { ROMANCE_AN_END_MADE_READY, SPANISH_A_PLAN_FOR_IT } from './a-plan-for-it';
import { SPANISH_SAID_BARE } from './said-in-haste-bare';
import { SPANISH_SAID_PLAINLY } from './said-plainly';
import { chemicalInEyes } from './chemical-in-eyes';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { beatenAtGame } from './games';
import { rule, type UrgencyLanguage } from './types';
import { harmInCare, restrainedInCare } from './in-care';
import { outOfContact } from './lone-worker';
import { eitherOrder, inOneSentence } from './one-sentence';
import { drivenUnfit } from './unfit-vehicle';

/*
 * Spanish, as written in Spain and the Americas, with or without accents
 * (folded away before matching). Events and intentions, not insults:
 * "el jefe es un inútil" is not urgent; "me toca sin permiso" is. "Me toca"
 * alone means "it's my turn", so touching needs what follows it.
 */
const PERSON = String.raw`(?:al|a la|a los|a las|a un|a una|a mi|a su|a el|a ella|a alguien|a todos|a nadie)`;
const HURT = String.raw`(?:matar|pegar|golpear|apunalar|acuchillar|disparar|balear|partir la cara|romper la cara|reventar|quemar|lastimar|hacer dano)`;

export const spanish: UrgencyLanguage = {
  code: 'es',
  name: 'Spanish',
  script: 'latin',
  negation: String.raw`no|ni|nunca|jamas|sin|ningun|ninguna|ninguno|nada de|cero|tampoco|nadie`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...SPANISH_TALKS_ABOUT_A_HARM,
    // An ambulance not to be called for a paper cut or a scratch (minor-hurts-need-no-ambulance.ts).
    ...SPANISH_MINOR_HURTS_NEED_NO_AMBULANCE,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...SPANISH_CAMPAIGNS_AGAINST,
    // Being taught how to report a harm; dying of laughter (taught-how-to.ts, dying-said-lightly.ts).
    ...SPANISH_TAUGHT_HOW_TO,
    ...SPANISH_DYING_OF_LAUGHTER,
    // Pushed to study is encouragement (not-harm-at-work.ts).
    ...SPANISH_NOT_HARM_AT_WORK,
    // Age teased by family, not an employer (age-said-by-family.ts).
    ...FAMILY_TOO_OLD_ROMANCE,
    // An inspection label or date run out is paperwork to record, not a hazard in use (blind round 22).
    String.raw`\b(?:etiqueta|pegatina|fecha de (?:revision|inspeccion)|revision|inspeccion)(?: \w+){0,3} (?:esta |ya )?(?:caducad[ao]|vencid[ao])\b|\b(?:caducad[ao]|vencid[ao]) segun (?:la |el )?(?:etiqueta|pegatina|fecha|sello)\b`,
    // Vanishing on holiday or for a weekend is time off, not the wish to be gone for good (blind round 15).
    String.raw`\bdesaparecer (?:\w+ ){0,2}(?:de vacaciones|el fin de semana|(?:unos|unas|dos|tres|\d+) (?:dias|semanas)|una semana|un mes|a la playa|a la montana)\b`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:campana|formacion|taller|cartel|poster|charla|curso|semana|dia|jornada|programa|protocolo|guia)(?: \w+){0,2} (?:de|sobre) (?:la )?(?:prevencion|concienciacion|sensibilizacion) (?:del|de la|de) (?:suicidio|autolesion(?:es)?|conducta suicida)|(?:prevencion|concienciacion|sensibilizacion) del suicidio (?:es|fue|esta|estuvo|me|nos|en)\b`,
    // Se cayó el sistema: un servicio que deja de funcionar, no una caída.
    String.raw`se (?:cayo|cae|caia|ha caido|volvio a caer) (?:otra vez )?(?:el|la) (?:sistema|servidor|red|pagina|web|app|aplicacion|internet|wifi|conexion|plataforma|intranet)`,
    // El refrán del humo y el fuego no es un incendio.
    String.raw`(?:donde|cuando) hay humo,? hay fuego|no hay humo sin fuego`,
    // Caerse de la silla de risa y quemar la tostada no son accidentes.
    String.raw`(?:casi )?(?:me|se|nos)\s(?:cai|caigo|cae|caia|cayo|caimos|caemos|caigo) de (?:la|mi|su) (?:silla|banca|asiento) (?:de|de la|por la|del) (?:risa|carcajada)|(?:se (?:me|le|nos|te) )?quem(?:o|aron|e|aste|amos|ado|ada) (?:la|el|las|los|mi|su|un|una|unas|unos) (?:\w+ )?(?:tostadas?|comida|arroz|pan|pizza|cena|almuerzo|desayuno|galletas?|palomitas|cafe|leche|sopa|pasta|tortillas?)`,
    // Names of training courses and of the ward someone works on, not reports.
    String.raw`(?:curso|formacion|taller|modulo|capacitacion|charla|protocolo) (?:\w+ ){0,2}(?:de|sobre|contra) (?:la )?(?:prevencion (?:de(?:l)? )?)?(?:acoso|hostigamiento|discriminacion|violencia)(?: laboral| sexual)?`,
    String.raw`(?:me|nos|se) (?:muero|morimos|muere|moria|mori) de (?:risa|hambre|sueno|frio|calor|ganas|verguenza|aburrimiento|envidia|pena|cansancio|nervios)`,
    String.raw`muert[oa]s? de (?:risa|hambre|sueno|frio|calor|cansancio|aburrimiento|verguenza)`,
    String.raw`(?:matar|mataron|matamos|matando) (?:a )?(?:la competencia|el tiempo|el rato|las ventas|la fila|la cola)`,
    String.raw`(?:fue|era|es|sera) (?:una|la) bomba`,
    String.raw`simulacros? de (?:incendio|evacuacion|emergencia)`,
    // 'Peligrosamente bueno' es un elogio.
    String.raw`peligrosamente (?:buen[oa]s?|ric[oa]s?|adictiv[oa]s?|sabros[oa]s?|comod[oa]s?|delicios[oa]s?|cerca del (?:finde|fin de semana|viernes|almuerzo))`,
    // Amenazas en broma con un pastel o una canción.
    String.raw`(?:amenaz\w*|me amenazo|nos amenazo) (?:con|de) (?:traer(?:nos|me)? |hacer(?:nos|me)? |cantar(?:nos|me)? |organizar )?(?:un |una |el |la |mas )?(?:pastel|tarta|torta|galletas|bizcocho|pizza|karaoke|cancion|canciones|fiesta|chistes|empanadas)`,
    // Un video o charla sobre acoso nombra un tema.
    String.raw`(?:video|presentacion|politica|cartel|guia|manual)(?: \w+){0,2} (?:de|sobre|contra) (?:la )?(?:prevencion (?:de(?:l)? )?)?(?:acoso|hostigamiento|discriminacion|violencia)(?: laboral| sexual)?`,
    // Ganarle a alguien en un juego no es violencia (games.ts): "mi jefe me ganó al ajedrez", "me pegó una paliza al FIFA".
    beatenAtGame(
      String.raw`(?:me|nos|te|le|les) (?:gano|ganan|gana|ganaron|ganaba|ha ganado|han ganado|pego una paliza|pega una paliza|dio una paliza|da una paliza|dieron una paliza|metio una paliza|mete una paliza|machaco|machaca|destrozo|destroza|aplasto|aplasta|barrio|barre|vencio|vence|derroto|derrota|humillo|humilla)`,
      String.raw`al|a la|a las|a los|en el|en la|en las|en los|en|no|jugando al|jugando a la|jugando a las`,
      String.raw`ajedrez|xadrez|futbolin|cartas|dardos|billar|domino|parchis|mus|tute|damas|videojuegos?|la play|trivial|tenis de mesa|truco|bolos|pin ?pon|pimpon`,
      String.raw`sala|club|torneo|bar|mesa|partido`,
    ),
    // "Pegar" es también adherir, contagiar o dar de lleno: "pega carteles", "me pega la etiqueta", "el sol me pega fuerte".
    String.raw`(?:el sol|el calor|la calor|la luz|el viento|el frio|el aire|la lluvia)(?: de \w+)? (?:me |nos |te |le |les )?(?:pega|pegaba|pego|pegan|pegaban)\b|(?:pega|pegan|pegaba|pegaban|pego|pegamos|pegar|pegando|pegado|pegue)(?: (?:me|nos|le|les|te|se))? (?:(?!pega|me\b|y\b)\w+ ){0,2}(?:carteles|cartel|avisos?|etiquetas?|pegatinas?|stickers?|fotos?|papeles|notas|post-?its?|cinta|hojas?|posters?|anuncios?|resfriado|gripe|catarro|tos|covid|virus|grito|gritos|susto|sustos|siesta|vistazo|acento|costumbre|mania|manias|vicio|sellos?|folios?|horarios?|lista|listas|chicles?|etiquetado|cola|pegamento|sobres?)\b|no pega(?:n)? (?:ni )?con\b`,
    // Una cosa que «me va a matar» es una queja (hipérbole), no una amenaza: «este horario nuevo me va a matar», «estos
    // turnos me matan». Una persona como sujeto («mi ex me va a matar») se lee como antes.
    String.raw`\b(?:este|esta|estos|estas|ese|esa|esos|esas|el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras)\s(?:(?:nuevo|nueva|nuevos|nuevas|maldito|maldita|malditos|malditas|dichoso|dichosa) )?(?:horarios?|trabajo|curro|turnos?|jornadas?|reuniones|reunion|correos?|mails?|papeleo|ritmo|semana|dia|mes|ano|noches?|guardias?|trafico|atascos?|trayecto|escaleras|zapatos|botas|pies|espalda|rodillas|cafe|estres|proyecto|inventario|auditoria|ruido|musica|programa|software|sistema|ordenador|computadora|impresora|excel|informes?|formacion|examen|pedidos|cajas|cola|llamadas|telefono|horas extras?|temporada|rebajas|cuadrante|planilla|agenda|objetivos|metas|uniforme|aire acondicionado)(?: (?:de|del)\s(?:la |los |las )?[\w-]+)?(?: (?:nuevo|nueva|nuevos|nuevas))?\s(?:me|nos) (?:(?:va|van|iba|iban) a (?:(?:terminar de|acabar de) )?(?:matar|rematar)|mata|matan|esta matando|estan matando)\b`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.es!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...SPANISH_INITIATION_RITUALS,
    // A threat to kill after a threat to fire, before the self-harm rules read it (kill-after-firing.ts).
    ...SPANISH_KILL_AFTER_FIRING,
    ...FIRED_THEN_KILL.es,
    // Machines giving off smoke, fall gear worn through (worn-gear-and-smoking-machines.ts).
    ...SPANISH_WORN_GEAR_AND_SMOKE,
    // A plan with no object and a day (a-plan-for-it.ts).
    ...SPANISH_A_PLAN_FOR_IT,
    ...ROMANCE_AN_END_MADE_READY,
    // A safety record written false is a danger too (stolen-hours-and-false-records.ts).
    ...SPANISH_FALSE_SAFETY_RECORDS,
    // Ronda ciega 25: calor que enferma, una temperatura de 38 o más con los signos ("hace 46°C en el invernadero y
    // don Pedro ya no habla bien, está temblando").
    rule(
      'safety',
      String.raw`\b(?:3[89]|4\d|5\d)(?: ?[°º] ?c?| ?grados)[^\n]{0,100}?\b(?:vomit\w*|no habla bien|habla raro|no dice nada coherente|confundid[oa]|desorientad[oa]|desmay\w*|maread[oa]|temblando|tiembla|se (?:cayo|desplomo)|no suda|dejo de sudar|convulsion\w*)\b(?! de tanto)(?![^.!?\n]{0,40}\b(?:jaja\w*|jeje\w*|xd|lol)\b)`,
    ),
    // Ronda ciega 24: una caldera o un equipo a presión que suelta vapor por todas partes, con gente al lado.
    rule(
      'safety',
      String.raw`\b(?:caldera|calderas|autoclave|compresor|tanque de presion|tuberia de vapor|olla de presion industrial)\b[^.!?\n]{0,60}\b(?:sale|saliendo|salia|escapa|se escapa|fuga de|suelta|soltando|echa|echando|tira|tirando|bota|botando) (?:\w+ ){0,2}vapor\b|\bvapor por todos lados\b[^.!?\n]{0,40}\b(?:gente|personas|compas|trabajadores|alguien)\b`,
    ),
    // Un residente o paciente dejado días sin comer, beber o médico: "una residente lleva dos días sin comer ni beber y
    // nadie llama al médico".
    rule(
      'safety',
      String.raw`\b(?:lleva|llevan|llevaba|esta|estan|estuvo) (?:ya )?(?:\w+ )?(?:dias|horas|noches) sin (?:comer|beber|agua|comida|medicacion|sus pastillas|que (?:nadie|lo vea|la vea) (?:un|el|la) medic[oa])\b(?=[^.!?]{0,60}\b(?:nadie|ningun|no (?:llaman|llama|viene|vienen|hacen|hace)))`,
    ),
    // Alguien que se pone mal en el trabajo ahora: no respira, convulsiona, le da un infarto, se atraganta, está
    // inconsciente, se pone morado. "Casi me da un infarto cuando vi el horario" es una forma de hablar.
    rule(
      'safety',
      String.raw`\b(?:no|ya no|dejo de|deja de|ha dejado de|no puede|no esta|ya no esta) (?:esta )?respir(?:a|ar|ando)\b(?! (?:bien|tranquil\w*|aire|hondo|profundo|con (?:calma|tanto trabajo)))|\bsin (?:pulso|signos vitales)\b|\bno (?:tiene|le encuentro|le encontramos|se le siente el) pulso\b|\b(?:esta|estan|se puso a|empezo a) (?:convulsionando|convulsionar|teniendo (?:una |un )?(?:convulsion(?:es)?|ataque (?:epileptico|de epilepsia|al corazon|cardiaco|de asma)|infarto|paro(?: cardiaco)?|derrame|ictus|crisis (?:epileptica|convulsiva)|reaccion alergica|choque anafilactico))\b|\b(?:le esta dando|le dio|le acaba de dar|tuvo|sufrio|le ha dado|sufre) (?:un |una )?(?:convulsion(?:es)?|ataque (?:epileptico|de epilepsia|al corazon|cardiaco)|infarto|paro cardiaco|derrame(?: cerebral)?|ictus|crisis (?:epileptica|convulsiva))\b(?! (?:cuando|al ver|de (?:risa|la risa)|el ano|el mes|hace)\b)(?![^.!?]{0,40}\b(?:jaja\w*|jeje\w*|xd|lol)\b)|\b(?:se (?:esta|estaba) (?:ahogando|atragantando)|se atraganto|se ahogo|se esta asfixiando)\b(?! (?:en|con) (?:trabajo|deudas|papeles|papeleo|tareas|correos|mensajes|tanto)\b)|\b(?:esta|estan|quedo|quedaron|lo encontramos|la encontramos|lo encontre|la encontre|sigue|tirad[oa]) (?:\w+ )?(?:inconsciente|sin conocimiento|sin sentido|desmayad[oa]|sin reaccionar|sin responder)\b|\bperdio (?:el conocimiento|la conciencia|el sentido)\b|\b(?:se (?:puso|esta poniendo|pone)|se le pusieron|tiene|tenia) (?:los labios |la cara )?(?:morad[oa]s?|azul(?:es)?)\b(?! (?:el|la|los|las) (?:uniforme|camisa|pared|logo))`,
    ),
    // Un arma donde no debe estar, sin verbo: "una pistola en el estacionamiento", "machete en los vestidores".
    rule(
      'threat',
      String.raw`\b(?:pistolas?|armas?(?: de fuego)?|revolver(?:es)?|escopetas?|rifles?|cuchillos?|navajas?|machetes?|fuscas?|cuetes?|pistolones?)\b (?:esta |estaba |hay |tirad[oa] |escondid[oa] )?(?:en|dentro de|afuera de|fuera de|junto a|cerca de|detras de) (?:el |la |los |las |mi |su |sus |un |una |este |esta )?(?:\w+ )?(?:estacionamiento|parking|aparcamiento|parqueadero|casilleros?|lockers?|taquillas?|vestidor(?:es)?|vestuarios?|banos?|comedor|cafeteria|recepcion|entrada|puerta|porton|almacen|bodega|oficina|pasillo|patio|planta|linea|muelle|anden|tienda|caja|sala|escaleras|ascensor|carro|coche|camioneta|mochila|bolso)\b(?![^.!?]{0,40}\b(?:sin filo|desafilad\w*|afilar|cajon|lavar|sucio|rota|roto|curso|capacitacion)\b)`,
    ),
    // Símbolos de odio y amenazas veladas: una soga colgada en un casillero, una esvástica pintada, "eres el siguiente",
    // "algo malo te va a pasar", "sería una pena que tu coche se quemara".
    rule(
      'discrimination',
      String.raw`\b(?:colgaron|colgo|colgada|colgado|dejaron|dejo|pusieron|puso|hay|habia|encontre|encontramos|encontraron) (?:una |otra )?(?:soga|horca|cuerda|lazo)(?: de ahorcado| de horca| con nudo| colgada)?\b(?= (?:en|sobre|dentro de) (?:mi|su|el|la) (?:\w+ )?(?:casillero|locker|taquilla|escritorio|bano|puesto|carro|coche|camion|montacargas|oficina|puerta))|\b(?:soga|horca|cuerda) de ahorcado\b|\b(?:pintaron|pinto|dibujaron|dibujo|rayaron|rayo|grabaron|dejaron|pusieron|hay|habia|encontre|pintada|dibujada|rayada)\b (?:una |otra )?(?:esvasticas?|svasticas?|suasticas?|cruz(?:es)? gamadas?)\b|\b(?:esvasticas?|svasticas?|suasticas?|cruz(?:es)? gamadas?) (?:\w+ ){0,2}(?:en|sobre) (?:mi|su|el|la|los) (?:\w+ )?(?:casillero|locker|taquilla|escritorio|bano|pared|puerta|carro|coche|puesto)`,
    ),
    rule(
      'threat',
      String.raw`(?:^|[.!?] ?)(?:tu )?(?:eres|seras|vas a ser) (?:el|la) (?:siguiente|proximo|proxima)(?=\s*(?:$|[.!?,]))|\balgo (?:malo|feo|grave|terrible) (?:te|le|les|os) (?:va a|puede|podria|vaya a) pasar\b|\b(?:te|le|les) (?:va a|puede|podria) pasar algo(?: malo| feo| grave)?\b(?! (?:bueno|lindo|en el (?:examen|partido|juego)))|\b(?:seria|es) una (?:pena|lastima) (?:que|si) (?:a )?(?:tu|su|tus|sus) (?:\w+ )?(?:coche|carro|auto|casa|familia|hijos?|hijas?|esposa|mujer|marido|moto|cara|perro)\b|\b(?:seria|es) una (?:pena|lastima) que (?:te|le) pas(?:ara|e) algo\b|\b(?:ya )?(?:estas|eres hombre|eres mujer) muert[oa] (?:cuando|al salir|despues del turno|saliendo|afuera|a la salida|esta noche)\b`,
    ),
    // Blind round 16: someone gone with the phone off, either order ("desapareció después del turno, el teléfono está apagado").
    rule(
      'safety',
      String.raw`(?<!\b(?:vacaciones|de baja|enferm\w*|de permiso)\b[^.!?\n]{0,120})(?![^.!?\n]{0,240}\b(?:vacaciones|de baja|enferm\w*|de permiso)\b)(?:\b(?:(?:telefono|movil|celular|cel)\w* (?:\w+ )?(?:esta |estaba |sigue )?(?:apagado|sin senal|fuera de cobertura|muerto)|no (?:contesta|coge|responde)(?: el telefono| al telefono| las llamadas| el movil)?)\b[^.!?\n]{0,100}?\b(?:desaparecid[oa]s?|desaparecio|(?:nadie sabe|no sabemos) donde (?:esta|anda)|no esta en (?:su )?casa|no (?:vino|llego|se presento) (?:a trabajar|al turno|a su turno|al trabajo))\b|\b(?:desaparecid[oa]s?|desaparecio|(?:nadie sabe|no sabemos) donde (?:esta|anda)|no esta en (?:su )?casa|no (?:vino|llego|se presento) (?:a trabajar|al turno|a su turno|al trabajo))\b[^.!?\n]{0,100}?\b(?:(?:telefono|movil|celular|cel)\w* (?:\w+ )?(?:esta |estaba |sigue )?(?:apagado|sin senal|fuera de cobertura|muerto)|no (?:contesta|coge|responde)(?: el telefono| al telefono| las llamadas| el movil)?)\b)`,
    ),
    // Ahorcarse o tirarse de lo alto dicho con el verbo aparte ("me voy a colgar", "me voy a tirar del puente",
    // "voy a saltar del techo"), y no ver sentido a despertar.
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`demencia|alzheimer|desorientad[oa]s?`,
        String.raw`(?:salio|se fue|se escapo|se marcho) sol[oa]|(?:ha |se ha )?desaparecido|desaparecio|se escapo|se fugo|no (?:lo|la) (?:encontramos|encuentro|encuentran|hallamos)|esta en la carretera`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:cuidador|cuidadora|auxiliar|enfermer[oa]|personal)(?:es|as)?\b[^.!?\n]{0,80}?\bsin (?:cena|comida|comer|cenar|desayuno|merienda)\b|\bmoretones (?:nuevos|frescos)\b[^.!?\n]{0,60}?\b(?:otra vez|de nuevo|cada)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:nin[oa]s?|bebes?|nen[ea]s?|alumn[oa]s?|pequen[oa]s?|crios?)\b[^.!?\n]{0,40}?\b(?:encerrad[oa]s?)\b[^.!?\n]{0,40}?\ben (?:el |la |un |una )?(?:bano|aseo|cuarto|habitacion|armario|sotano|sala|despensa)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:acabo|acabare|voy a acabar|quiero acabar) con todo\b(?! (?:este|esta|estos|estas|ese|esa|esos|esas|el|la|los|las|eso|esto|lo)\b)|\b(?:poner|pongo|pondre|voy a poner) fin a (?:todo|mi vida|mis dias)\b(?! (?:este|esta|estos|estas|el|la|los|las|eso|esto|lo|de)\b)|\b(?:quiero|quisiera|ganas de|voy a) (?:\w+ )?desaparecer (?:para siempre|de este mundo|del mundo)\b`,
    ),
    rule(
      'self-harm',
      String.raw`\bme (?:voy a|quiero|va a|dan ganas de) colgar\b(?! (?:el|la|los|las|un|una|mi|mis|su|sus|del telefono)\b)|\b(?:me (?:voy a|quiero|va a)|(?:voy a|quiero|pienso|pensando en|ganas de)) (?:tirar|aventar|lanzar|botar|saltar|arrojar)(?:me)? (?:del|de la|de un|de una|desde el|desde la|desde|al|a la|a las|a los|a un|bajo|por la|por el) (?:\w+ )?(?:puente|edificio|techo|tejado|azotea|ventana|balcon|tren|metro|vias|via|camion|autobus|rio|piso|entreplanta|precipicio|acantilado|andamio)\b|\bno (?:le )?(?:veo|encuentro|tiene|hay) (?:el |ningun |ni un )?sentido (?:a |en |de |para )?(?:despertar(?:me)?|levantarme|vivir|seguir (?:viviendo|aqui))\b`,
    ),
    // An overdose, the writer's or a colleague's ("mi compañero tuvo una sobredosis en el baño", "se tomó un montón de
    // pastillas"); pills taken as prescribed are not.
    rule(
      'self-harm',
      String.raw`\b(?:tuvo|tuve|le dio|me dio|sufrio|sufri|tiene|hizo) una sobredosis\b(?! de (?:cafe|azucar|chocolate|trabajo|reuniones|correos|series)\b)|\bse (?:tomo|trago|metio|bebio) (?:un monton|un punado|una caja|un frasco|un bote|un blister|todas?|toda la caja|todo el frasco) (?:de )?(?:las |sus |mis )?(?:pastillas|pildoras|medicamentos|medicinas|tabletas|somniferos)\b(?! (?:como|que le (?:recetaron|mandaron)|recetad))`,
    ),
    // A gun in Mexican slang carried ("trae cuete en la troca"); "andar cuete" (drunk) is calm.
    rule(
      'threat',
      String.raw`\b(?:trae|traia|tiene|tenia|carga|cargaba|saco|anda con|andaba con|enseno|saca) (?:un |una |su |el |la )?(?:cuete|fusca|cuerno de chivo)\b`,
    ),
    // Buying the means to hang oneself, said alone ("compré una soga").
    rule(
      'self-harm',
      String.raw`\b(?:compre|consegui|ya tengo) (?:una|la) (?:soga|cuerda)(?=\s*(?:$|[.!?,;]|hoy|anoche|ayer|para (?:colgarme|ahorcarme|acabar|terminar)))`,
    ),
    // Violence against the writer told in the present, the pronoun before the verb ("mi jefe me pega", "me da patadas"):
    // only the past was read. "Pegar" is also to stick and to suit, so "me pega" alone needs a person before it or a
    // telling word after it: "me pega la etiqueta", "este color me pega", "el sol me pega" are not.
    rule(
      'threat',
      String.raw`\b(?:jefe|jefa|encargad[oa]|supervisor|supervisora|gerente|capataz|companer[oa]s?|clientes?|ella|ellos|alguien|marido|esposo|novio|patron|patrona|dueno|duena|coordinador|coordinadora|responsable|mando|que) (?:\w+ ){0,2}(?<!(?:sol|calor|luz|viento|aire|frio|gripe|virus) )(?:me|nos) (?:pega|pegan|pegara|pegaran)\b(?! (?:la|el|los|las|lo|un|una|mucho|bien|muy|mas|nada|con (?:cinta|pegamento|celo|silicona))\b)|(?<!(?:sol|calor|luz|viento|aire|frio|gripe|virus) )\b(?:me|nos) (?:pega|pegan) (?:todos los dias|cada dia|siempre|a diario|cuando|delante|en la cara|punetazos|patadas)\b|(?<!(?:sol|calor|luz|viento|aire|frio|gripe|virus) )\b(?:me|nos) (?:golpea|golpean|patea|patean|abofetea|abofetean|cachetea|cachetean|escupe|escupen|zarandea|zarandean|empuja|empujan|estrangula|estrangulan)\b(?! (?:la|el|los|las|lo|un|una|unos|unas|su|sus|mis|tu|tus|con (?:cinta|pegamento|celo|silicona)|a (?:mejorar|crecer|seguir|hacer|trabajar|dar|ser|aprender|superarme))\b)|\b(?:me|nos) (?:da|dan|daba|daban|dio|dieron|dara|daran) (?:patadas|golpes|bofetadas|punetazos|cachetadas|empujones|palizas|una paliza|una bofetada|un punetazo|una patada|una cachetada|un empujon)\b`,
      { negatable: true },
    ),
    // Meter mano, manosear: tocar a alguien sin su permiso.
    rule(
      'harassment',
      String.raw`\b(?:me|le|la|nos|les)\s(?:metio|mete|metia|metieron|anda metiendo|andaba metiendo) (?:la )?mano\b|\b(?:me|la|le|nos) (?:manoseo|manosea|manoseaba|manosearon|toqueteo|toquetea|toqueteaba)\b`,
    ),
    // Decir que sabe dónde estudian los hijos o vive la familia, para asustar.
    rule(
      'threat',
      String.raw`\bsabe (?:donde|a que (?:escuela|colegio))\s(?:van|va|estudian|estudia|vive|viven) (?:a la escuela |al colegio )?(?:mis|mi) (?:hijos|hijas|hijo|hija|familia|ninos|esposa|marido|padres)\b|\bsabe (?:donde|a que (?:escuela|colegio))\s(?:mis|mi) (?:hijos|hijas|hijo|hija|ninos|familia) (?:van|va|estudian|estudia|vive|viven)\b`,
    ),
    // Humo que sale de algo: hay fuego o algo se está quemando ahora.
    rule(
      'safety',
      String.raw`\b(?:sale|salia|salio|saliendo|esta saliendo|empezo a salir|sale mucho|sale un monton de) (?:mucho |muchisimo )?humo\b|\bhumo (?:negro |blanco |espeso )?(?:saliendo|que sale|que salia|sale|salia|por todas partes|por todos lados)\b|\bhay (?:mucho |muchisimo )?humo (?:en|por|dentro|saliendo)\b|\b(?:llen[oa]s?) de humo\b`,
    ),
    // Sangre de la cabeza, la boca o los oídos, o que sigue saliendo: "el compa sigue sangrando de la cabeza".
    rule(
      'safety',
      String.raw`\b(?:sigue|siguen|sigo|seguia|continua|no deja de|no para de) sangr(?:ando|ar)\b|\b(?:sangrando|sangra|sangraba|le sale sangre|sale sangre) (?:\w+ )?(?:de|por) (?:la |el |los |las |su |sus )?(?:cabeza|boca|nariz|oido|oidos|oreja|orejas|cuello|pecho|ojo|ojos)\b`,
    ),
    // Sangre que no para, o por todas partes.
    rule(
      'safety',
      String.raw`\b(?:sangrando|sangra|sangraba)\s(?:mucho|muchisimo|un monton|demasiado|sin parar|a chorros)\b|\b(?:mucha sangre|sangre por todos lados|sangre por todas partes|charco de sangre|llen[oa] de sangre|no (?:para|deja) de sangrar)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:nin[oa]|nene|nena|chiquill[oa]|crio|cria|criatura|bebe)s?\b`,
        String.raw`solo|sola|solos|solas|sin (?:nadie|supervision|un adulto)|nadie sabe de quien|deambulando|suelt[oa]|se (?:perdio|escapo|salio)|perdid[oa]|extraviad[oa]`,
        String.raw`carga|descarga|muelle|carretilla|montacargas|camion|maquina|almacen|bodega|patio|estacionamiento|parking|carretera|produccion|pasillo|linea|nave|obra|maniobr`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("me violó", "una violación en el almacén"), not a rule broken ("violación de la norma").
    rule(
      'harassment',
      String.raw`\b(?:me|te|la|nos|las) (?:\w+ )?violo\b|\b(?:me|la|nos|las) violaron\b|\bviolaron a\b|\b(?:fui|fue|ha sido|he sido|han sido) violad[ao]s?\b|\bviolacion(?:es)?\b(?! (?:de|del|a|al|grave|leve|de la|de las)\b)|\b(?:abuso|agresion|agresiones|ataque) sexual(?:es)?\b|\babus(?:o|aron|a|an|ando) sexualmente\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(
        String.raw`(?:por favor )?(?:ayuda+|ayudenme|ayudame|socorro+|auxilio+|fuego|incendio|emergencia)(?: por favor| ya)?`,
        'latin',
      ),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:hay|vi|veo|entro|esta|anda) (?:un|una|unos|dos) (?:\w+ )?(?:tirador(?:es)?|pistoler[oa]s?|hombres? armados?|tip[oa]s? armad[oa]s?|persona armada|asaltantes? armados?)\b|\b(?:hombre|tipo|sujeto|persona|cliente|chavo|wey|senor|individuo)s? armad[oa]s?\b|\b(?:esta|estan|estaba|estaban|empezo a|empezaron a|siguen|sigue) (?:disparando|tirando tiros|echando tiros|balaceando)\b|\b(?:se (?:oyen|escuchan|oyeron|escucharon)|hubo|hay) (?:unos |varios )?(?:disparos|tiros|balazos|una balacera|un tiroteo)\b|\b(?:balacera|tiroteo)\b|\b(?:hay|dejaron|pusieron|encontramos|encontre|vi) (?:una|un) (?:bomba|artefacto explosivo|explosivo)\b|\b(?:bomba|artefacto explosivo) (?:en|dentro de|debajo de) (?:el|la|los|las|recepcion|almacen|oficina)\b`,
    ),
    // Violence happening now, or as a habit, against the writer or others.
    rule(
      'threat',
      String.raw`\b(?:me|le|les|nos|la|lo|los|las) (?:esta|estan|estaba|estaban|sigue|siguen) (?:golpeando|pegando|pateando|ahorcando|asfixiando|apunalando|agrediendo|dando golpes|dando una paliza|dando patadas)\b|\b(?:esta|estan|estaba|estaban) (?:golpeando|pegando|pateando|agrediendo|dando una paliza) a (?:un|una|mi|mis|nuestro|nuestra|los|las|el|la|alguien|todos)\b|\b(?:le|les) (?:pega|pegan|golpea|golpean) a (?:las|los|la|el|una|un|mis|sus|todos|todas|cualquiera) \w+|\b(?:intento|intentaron|trato|trataron de|quiso) (?:ahorcarme|ahorcarla|ahorcarlo|estrangularme|estrangularla|estrangularlo|asfixiarme|apunalarme|ahogarme)\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:me|le|nos) (?:echaron|echo|pusieron|puso) (?:algo|droga|una pastilla|burundanga|escopolamina) en (?:la|mi|su) (?:bebida|copa|trago|cafe|vaso)\b|\b(?:me|le|nos) drogaron\b|\b(?:me|le|nos) (?:ensen[oa]|mostro) (?:sus|el) (?:partes|pene|genitales)\b|\bse (?:bajo|bajaron) los pantalones (?:delante|frente)\b|\b(?:me|la|nos) (?:sigue|siguio|siguen|esta siguiendo|viene siguiendo) hasta (?:mi|su) (?:casa|carro|coche|auto|parada)\b`,
    ),
    // Killing someone else ("te voy a matar", often in jest; "voy a matar a mi jefe") is never self-harm.
    rule(
      'self-harm',
      String.raw`\b(?<!\b(?:te|lo|la|le|los|las|les|os|nos) )(?:me voy a|voy a|quiero) (?:matar|suicidar|quitar la vida)(?:me)?\b(?! a (?!mi mism[oa]\b)\w)|\bme voy a (?:matar|suicidar|quitar la vida)\b|\b(?:me quiero ir|irme|quiero irme|me voy a ir) de este mundo\b|\bno quiero (?:estar|seguir) en este mundo\b|\bnadie me (?:extranaria|echaria de menos|va a extranar)\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\bcartas? de (?:despedida|suicidio|adios)\b|\bnotas? (?:de )?(?:despedida|suicida)\b|\bno (?:voy a|vaya a) (?:estar|seguir) (?:aqui|por aqui) (?:mucho tiempo|mucho mas|la proxima)\b|\b(?:regale|regalando|he regalado|repartido|reparti|repartiendo) (?:todas )?(?:mis|todas mis) (?:cosas|pertenencias)\b|\bme despedi de todos\b`,
    ),
    // self-harm
    rule(
      'self-harm',
      String.raw`suicid\w*|quitar(?:me|se) la vida|quitarme de en medio|acabar con (?:mi vida|todo\b(?! (?:este|esta|estos|estas|ese|esa|esos|esas|el|la|los|las|eso|esto|lo)\b))|terminar con mi vida|hacerme dano|(?:cortarme|me corto) (?:las venas|los brazos|las munecas)`,
    ),
    rule(
      'self-harm',
      String.raw`(?:quiero|quisiera|ganas de|pienso en|pensando en|voy a|me voy a) (?:matarme|morirme|morir|suicidarme|desaparecer para siempre|tirarme (?:de|por|al))|me quiero morir|(?:ya )?no quiero (?:vivir|seguir viviendo|despertar)|no tiene sentido (?:vivir|seguir)`,
    ),

    // threats and violence
    rule(
      'threat',
      String.raw`(?:va|van|voy|vas|iba|iban|vamos) a ${HURT} ${PERSON}|(?:lo|la|los|las|te|les|nos|me) (?:va|van|voy|iba|iban) a ${HURT}|(?:lo|la|los|las|te|les|nos|me) (?:mataria|matare|mataran|matara|pegaria|pegare)|amenaz\w* (?:de muerte|con (?:matar|pegar|volver|venir|traer|una|un|su|quemar|golpear|hacer dano))|amenazas? de muerte|amenaz\w* a (?:la gente|todos|todo el mundo|los compan\w+|las compan\w+|sus compan\w+|mis compan\w+)`,
    ),
    rule(
      'threat',
      String.raw`(?:trajo|traia|trae|traen|saco|saca|sacaron|mostro|portaba|porta|llevaba|lleva|llevan|vino con|volver con|volvera con|regresar con|aparecio con|amenazo con|ataco con|con) (?:una |un |su |el )?(?:pistola|arma(?: de fuego| blanca)?|navaja|cuchillo|cuter|cutter|machete|escopeta|revolver|fusil)(?! (?:de cocina|para cortar|del pan))|(?:volver|vino|venir|llego|anda|andaba|esta|estaba|volvera) armad[oa]s?`,
    ),
    rule(
      'threat',
      String.raw`pelea\w* (?:a golpes|a punetazos|a punos|fisica|con cuchillo)|(?:a|de) (?:golpes|punetazos|puntapies|patadas|bofetadas)|se (?:pegaron|agarraron|golpearon|liaron a golpes)|(?:me|le|la|lo|nos|les) (?:pego|pegaron|golpeo|golpearon|golpea|empujo|empujaron|agredio|agredieron|abofeteo|pateo|apunalo|disparo)(?! (?:un susto|el virus|la gripe|el covid|la mano de pintura))|agredi\w+|agresion\w* (?:fisica|verbal|a)|violencia (?:fisica|laboral|en el trabajo)|amenaza de bomba`,
      { negatable: true },
    ),

    // harassment
    rule(
      'harassment',
      String.raw`acos\w*|hostig\w*|manose\w*|toquete\w*|tocamientos?|intimid\w*|represalias?|mobbing`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:me|la|las|nos|les|te) (?:toca|tocan|toco|tocaba|tocaron|tocado|agarra|agarro|soba|sobaba|besa|beso|acorralo|acorrala)(?! (?:a mi|a nosotros|trabajar|hacer|ir|cerrar|abrir|el turno|turno|limpiar|cubrir|\w+(?:ar|er|ir)\b))`,
    ),
    rule(
      'harassment',
      String.raw`(?:mensajes?|fotos?|fotografias?|comentarios?|chistes?|bromas?|propuestas?|insinuaciones?|videos?|imagenes?|audios?|miradas?) (?:de (?:contenido |caracter |tipo |indole )?sexual\w*|sexuales|obscen\w+|subid\w+ de tono|lascivos?|morbos\w+|de connotacion sexual|inapropiad\w+ sobre mi cuerpo)|(?:contenido|insinuaciones|propuestas|comentarios|abuso|agresion|acoso) sexual\w*`,
    ),
    rule(
      'harassment',
      String.raw`(?:me|nos|les|le|la|lo|te) (?:grita\w*|insulta\w*|humilla\w*|ridiculiza\w*|denigra\w*|amenaza\w*|persigue\w*|acecha\w*)|(?:grita|insulta|humilla)\w* (?:a (?:los|las|todo|todos|todas|la gente|mis|sus|nosotros|los trabajadores|los empleados)|delante)|me (?:sigue|espera|persigue) (?:hasta|a la salida|a casa|al coche|al carro|al bano)`,
    ),

    // discrimination
    rule(
      'discrimination',
      String.raw`discrimin\w*|racis\w*|xenofob\w*|homofob\w*|transfob\w*|sexis\w*|machist\w*|misogin\w*|antisemit\w*|islamofob\w*`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`(?:por|porque) (?:ser|soy|es|somos|son|estoy|esta|estar|estaba) (?:una |un )?(?:mujer|mujeres|negr[oa]s?|gay|lesbiana|trans|extranjer[oa]s?|inmigrantes?|embarazada|mayor|muy mayor|viej[oa]|musulman\w*|judi[oa]|gitan[oa]s?|indigena|discapacitad[oa]|latin[oa]s?|madre|migrante)|por (?:mi|su|nuestra|nuestro) (?:color|raza|origen|edad|religion|acento|embarazo|orientacion|discapacidad|velo|nacionalidad|genero|sexo)|solo (?:ascienden|contratan|promueven|suben|promocionan) a (?:los |las )?(?:hombres|mujeres|blancos|varones|jovenes|nacionales)|(?:cobr|pag|gan)\w* menos (?:que|de lo que) (?:los |sus |mis |nuestros )?(?:companeros )?(?:hombres|varones|blancos|nacionales)|(?:despid|echar)\w* (?:por|al) (?:estar embarazada|quedar embarazada|embarazo)`,
    ),

    // fraud and theft
    rule(
      'fraud',
      String.raw`fraude\w*|fraudulent\w*|estaf\w*|soborn\w*|coimas?|(?:cobra|cobran|pide|piden|recibe|reciben|acepta|aceptan) (?:una |unas )?mordidas?|malvers\w*|desfalc\w*|blanqueo|lavado de dinero|dinero negro|(?:pago|pagos|pagan|cobra|cobran|comisiones?) (?:en negro|por debajo de la mesa|bajo cuerda|ilegal\w*)`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:falsific|falsea|manipul|alter|adulter|maquill|borr|infl)\w* (?:los |las |el |la |sus |nuestr\w+ )?(?:registros?|fichajes?|horas|hojas|partes|facturas|datos|inventarios?|cuentas|firmas?|documentos?|informes?|inspecciones?|cuadrantes|nominas?|tiques|tickets|recibos)|(?:registros?|fichajes?|hojas de horas|partes|facturas|firmas?|documentos?|informes?|inspecciones?) (?:falsos|falsas|falsificad\w+|amanad\w+|manipulad\w+|trucad\w+)`,
    ),
    rule(
      'fraud',
      String.raw`(?:rob|hurt|sustra)\w* (?:el |la |los |las )?(?:dinero|mercancia|productos?|material|herramientas?|combustible|gasolina|propinas|efectivo|caja|stock|de la caja|del almacen|de la tienda|a los clientes|a la empresa)|(?:robos?|hurtos?) (?:de|en) (?:la caja|dinero|mercancia|el almacen|la tienda|material|productos?)|se (?:queda|quedan|quedo) con (?:las propinas|el dinero|el cambio|la caja)`,
    ),
    rule(
      'fraud',
      String.raw`no (?:nos |me |les |le )?(?:pagan|pagaron|paga|pago|abonan|han pagado|estan pagando|quieren pagar) (?:las |los |el |la )?(?:horas extras?|extras|horas extraordinarias|nominas?|salarios?|sueldos?|finiquitos?)`,
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:oblig|forz|exig|presion)\w* (?:\w+ ){0,3}(?:a )?(?:hacer|trabajar|echar|meter|quedar\w*|venir)(?: \w+){0,4} (?:horas? extras?|extras|horas de mas|fines de semana|sabados|domingos)(?: \w+){0,3} (?:sin (?:pagar\w*|cobrar|que nos (?:las |lo )?paguen|pago|remunera\w*|compensacion)|gratis|por la cara)|(?:nos|les|me) (?:hacen|hace|mandan|manda|ponen) (?:a )?(?:hacer|trabajar|echar|quedar\w*)(?: \w+){0,4} (?:horas? extras?|extras|horas de mas)(?: \w+){0,3} (?:sin (?:pagar\w*|cobrar|pago|remunera\w*)|gratis)`,
    ),

    // safety
    rule(
      'safety',
      String.raw`peligros\w*|insegur[oa]s?|en peligro|riesgo (?:de|para) (?:la )?(?:salud|vida|accidente|caida|incendio|explosion|electrocucion)|problemas? de seguridad|(?:falta|faltan|sin) (?:medidas de )?seguridad|trampa mortal`,
      { negatable: true },
    ),
    // A door shut or locked is only a hazard when it is a way out (emergency, back, exit door) or is chained or blocked:
    // "el aprendiz cierra la puerta con llave al salir" is a closing routine.
    rule(
      'safety',
      String.raw`(?:salida|salidas|escalera|escaleras|fire exit|fire exits|puertas? (?:de )?(?:emergencia|incendios?|evacuacion|socorro|salida|atras)|puertas? trasera)[^.!?]{0,40}?(?:bloquead|cerrad|tapad|obstruid|trabad|encadenad|atrancad|con candado|con llave|con cadena)\w*|(?:puerta|puertas)[^.!?]{0,40}?(?:bloquead|tapad|obstruid|encadenad|atrancad|con candado|con cadena)\w*|(?:bloque|cerr|tap|obstru|encaden)\w* (?:la |las |los )?(?:salida|salidas|puerta|puertas) de (?:emergencia|incendios?|evacuacion)`,
    ),
    rule(
      'safety',
      String.raw`(?:fuga|fugas|escape|olor|huele|olia|oler) (?:a |de )?(?:gas|amoniaco|quimic\w+|productos? quimic\w+|cloro|combustible|quemado|humo)|(?:cable|cables|alambre|alambres) (?:pelad|expuest|suelt|desnud|sin proteccion|chispe|electrificad)\w*|descargas? electric\w*|electrocut\w*|amianto|asbesto|(?:nos|se) (?:marea\w*|desmaya\w*|intoxica\w*)|(?:mareos|dolores de cabeza|vomitos) (?:por|desde|con)|cortocircuit\w*|(?:hay|hubo|se declaro) (?:un )?(?:incendio|fuego)|incendio en`,
    ),
    rule(
      'safety',
      String.raw`sin (?:arnes|casco|cascos|guantes|gafas|botas|equipo de proteccion|equipos de proteccion|epis?|epps?|proteccion|linea de vida|barandilla|barandal|frenos|formacion de seguridad|ventilacion|extintor\w*|botiquin)|no (?:hay|habia|tenemos|tienen|nos dan|dan|funciona|funcionan) (?:\w+ )?(?:arnes\w*|cascos?|guantes|epis?|epps?|botiquin\w*|extintor\w*|equipo de proteccion|frenos|alarma)|(?:falta|faltan) (?:de )?(?:\w+ )?(?:botiquin\w*|extintor\w*|arnes\w*|epis?|epps?|barandillas?|frenos)|(?:frenos?|alarma|extintor\w*|barandilla|escalera|andamio|resguardo|guarda) (?:rot|averiad|estropead|vencid|caducad|sin revisar|no funciona)\w*`,
    ),
    rule(
      'safety',
      String.raw`casi (?:me |le |nos |lo |la )?(?:atropell|aplast|electrocut|se cae|se cayo|me caigo|me cai|mat|muer|choc)\w*|(?:montacargas|carretilla\w*|toro|autoelevador\w*|grua)[^.!?]{0,40}?(?:sin frenos|atropell\w*|choc\w*|vuelc\w*|volc\w*)|(?:alguien|uno de nosotros|un companero|alguno) (?:va a|se va a|puede) (?:salir herido|morir|matarse|accidentarse|lastimarse|caer)`,
    ),
    rule(
      'safety',
      String.raw`(?:se|me|le|nos) (?:corto|quemo|rompio|fracturo|cayo|cayeron|lesiono|hirio|aplasto|amputo|electrocuto|intoxico|desmayo|desmayaron|accidento)\b|herid[oa]s?|lesionad[oa]s?|accidentad[oa]s?|accidentes? (?:laboral\w*|de trabajo|grave\w*)|(?:tuvo|tuvieron) un accidente|ambulancia|(?:lo|la|los) (?:llevaron|trasladaron) al hospital|quemaduras?|intoxicad\w*|golpe de calor|se desmay\w*|desmayo`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:vino|llego|estaba|esta|trabaja|trabajaba|maneja|manejaba|conduce|conducia) (?:\w+ )?(?:borracho|ebrio|drogado|bebido|colocado)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule(
      'threat',
      String.raw`sab(?:e|en) (?:donde|en donde) (?:vivo|vivimos)|sab(?:e|en) (?:cual es )?(?:mi casa|mi direccion)`,
    ),
    rule(
      'self-harm',
      String.raw`(?:guardando|juntando|acumulando|ahorrando|guardo|junto|acumulo) (?:mis |las |unas |todas las )?(?:pastillas|pildoras|medicamentos|somniferos|calmantes)|(?:serian|estarian|estaria) (?:todos )?mejor sin mi|(?:seria )?mejor no despertar(?:me)?|(?:ojala|quisiera) no despertar(?:me)?`,
    ),
    rule(
      'discrimination',
      String.raw`(?:vuelva|vuelvas|vuelvan|volver|regresa|regrese|regresen|vete|largate|se vaya|vuelvete|regresate) (?:a|para) (?:tu|su) (?:pais|tierra)`,
    ),
    rule(
      'harassment',
      String.raw`(?:desde|despues de) que (?:le |lo |la )?(?:dije que no|rechace|no quise salir con el)[^.!?]{0,80}(?:turnos?|horas|horarios|despid|castig|dic\w+|rumor|ignor)\w*|(?:dice|dicen|va diciendo|anda diciendo|cuenta) (?:a todos )?que soy (?:una )?(?:facil|puta|zorra)`,
    ),
    rule(
      'fraud',
      String.raw`firmar (?:las |los |unas |unos )?(?:hojas|partes|fichas|formularios|registros|actas|informes)(?: de \w+)? en blanco`,
    ),
    rule(
      'safety',
      String.raw`(?:estanterias?|estantes?|racks?|andamios?|techo|vigas?|altillo)[^.!?]{0,30}(?:doblad|dobland|inclinad|torcid|agrietad|cediendo|hundiendo|se cae)\w*|(?:detectores?|alarmas?) de (?:humo|incendios?)[^.!?]{0,40}(?:sin pilas|desconectad|tapad|apagad)\w*`,
    ),
    // Un método para quitarse la vida.
    rule(
      'self-harm',
      String.raw`ahorcar(?:me|se)|(?:me|se) (?:voy a |va a |quiere |quiero )?ahorc\w*|colgar(?:me|se) (?:de|del|en)|se (?:va a|iba a|quiere|queria|piensa|dice que se va a) colgar\b(?! (?:el|la|los|las|lo|un|una|unos|unas|su|sus|mi|mis|tu|tus|otra|otro|medallas?|cuadros?|fotos?|ropa|telefono|llamada)\b)|(?:tirarme|aventarme|lanzarme|botarme|tirarse|aventarse|lanzarse|botarse|me (?:tiro|aviento|avento|lanzo|boto|arrojo)|se (?:va a |iba a |quiere |queria )?(?:tira|tirar|avienta|aventar|lanza|lanzar|bota|botar|arroja|arrojar)) (?:del|de la|de un|de una|desde|al|a la|a las|a un|bajo|por la) (?:\w+ )?(?:puente|edificio|techo|azotea|ventana|balcon|tren|metro|vias|via|camion|autobus|rio)|cortarme las venas|(?:me )?cort\w* las venas`,
    ),
    // Horas cobradas por gente que no estaba: trabajadores fantasma, fichar por otros.
    rule(
      'fraud',
      String.raw`(?:trabajadores|empleados|personal|nominas?|turnos) fantasma|(?:ficha|fichan|fichar|fichando|ficho|marca|marcan|marcar|cobra|cobran|cobrando|paga|pagan|apunta|apuntan|pone|ponen)(?: \w+){0,4} (?:por|a nombre de|para|de) (?:la )?(?:gente|personas|trabajadores|companeros|compas|amigos|empleados|familiares|primos) (?:que|q) (?:no|ni|nunca) (?:vino|vinieron|viene|vienen|trabaj\w*|estaba\w*|esta|estan|aparec\w*|fue|fueron)`,
    ),
    // Negar trabajo o ascenso a un grupo entero.
    rule(
      'discrimination',
      String.raw`(?:no|nunca|jamas) (?:contratan|contratamos|contrata|ascienden|asciende|suben|sube|promueven|promueve|quieren|queremos|dan turnos a|dan puestos a) (?:a )?(?:mujeres|negros|negras|indios|indigenas|gitanos|extranjeros|inmigrantes|migrantes|musulmanes|gays|homosexuales|embarazadas|viejos|mayores|madres|latinos|venezolanos|bolivianos|peruanos|haitianos|moros|chinos)`,
    ),
    // Trabajadores encerrados donde trabajan, sin poder salir.
    rule(
      'safety',
      String.raw`\bnos (?:encierra\w*|encerr\w*|deja\w* encerrad\w*|tiene\w* encerrad\w*|cierra\w* con (?:llave|candado)|encadena\w*)|\b(?:estamos|quedamos|nos quedamos|seguimos|somos|fuimos) (?:\w+ )?encerrad[oa]s\b|\b(?:encierra\w*|encerr\w*) a (?:los|las|todos|todas) (?:\w+ )?(?:trabajadores|empleados|empleadas|companeros|companeras|operarios|chicas|chicos)\b|\bcierra\w* (?:la puerta |las puertas |el almacen |la nave )?con (?:llave|candado|cadena)[^.!?]{0,40}(?:no (?:podemos|hay como|hay por donde) salir|con nosotros dentro)`,
    ),
    // Un peligro que sigue ahí aunque nadie se haya hecho daño todavía: algo resbaladizo derramado donde se pasa
    // ("hay un derrame de aceite en el pasillo 3"), un extintor vacío o que falta, una fuga que volvió tras arreglarla.
    rule(
      'safety',
      String.raw`\b(?:derrame|derramamiento|charco|mancha|reguero|chorreo|balsa) (?:grande |enorme )?de (?:aceite|grasa|gasoil|diesel|combustible|gasolina|liquido \w+|quimicos?|productos? quimicos?|lejia|acido|anticongelante|refrigerante|hidraulico)\b|\b(?:aceite|grasa|gasoil|diesel|combustible|gasolina|quimicos?|lejia|acido|anticongelante|refrigerante|liquido hidraulico)\b (?:\w+ ){0,2}(?:derramad[oa]s?|regad[oa]s?|tirad[oa]s? (?:en|por) el (?:suelo|piso)|por todo el (?:suelo|piso|pasillo|floor|almacen|warehouse|lugar))\b|\b(?:se (?:derramo|derramaron|rego|salio|cayo)|hay|habia|quedo|dejo|dejaron) (?:un monton de |mucho |mucha |todo el |toda la )?(?:aceite|grasa|gasoil|combustible|quimicos?|lejia|acido|anticongelante) (?:\w+ ){0,3}(?:en|por) (?:el|la|los|las|todo el|toda la) (?:\w+ )?(?:suelo|piso|pasillo|pasillos|rampa|escalera|escaleras|anden|muelle|entrada|paso|salida)\b|\b(?<!(?:cartel|carteles|letrero|letreros|senal|senales|aviso|avisos|conos?) (?:de |del |que dice |")?)(?:el )?(?:suelo|piso|pasillo|rampa|escalera|escaleras) (?:\w+ ){0,3}(?:resbaloso|resbaladizo|resbalosa|resbaladiza|patinoso|patinosa)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:extintor(?:es)?|mangueras? contra incendios|boca de incendios?)\b(?: \w+){0,5} (?:esta |estan |sigue |siguen |lleva |llevan )?(?:vacios?|vacias?|descargad[oa]s?|gastad[oa]s?|sin carga|caducad[oa]s?|vencid[oa]s?|desaparecid[oa]s?|desaparecio|desaparecieron|(?:ya )?no esta|(?:ya )?no estan|robad[oa]s?|quitad[oa]s?)\b|\b(?:falta|faltan|no hay|no tenemos|quitaron|se llevaron|robaron|desaparecio|desaparecieron|sacaron) (?:el |los |un |ningun |ni un |nuestro )?(?:\w+ )?extintor(?:es)?\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:fuga|fugas|gotera|goteras|goteo|escape|filtracion|salidero)\b(?: \w+){0,4} (?:volvio|ha vuelto|vuelve|regreso|reaparecio)\b|\b(?:volvio|ha vuelto|vuelve|reaparecio) (?:otra vez )?(?:la|el) (?:fuga|gotera|goteo|escape|filtracion)\b|\b(?:volvio|ha vuelto|vuelve) a (?:gotear|perder|filtrar|fugar|chorrear|salir (?:gas|agua|aceite|vapor))\b|\b(?:despues|tras|a pesar) (?:de|del) (?:la )?(?:arreglo|reparacion|repararl[oa]|arreglarl[oa])\b[^.!?]{0,30}\b(?:gotea|pierde|fuga|vuelve|volvio|sigue saliendo|se filtra|chorrea)\w*`,
    ),
    // Un dedo o una mano cortados o arrancados por una máquina.
    rule(
      'safety',
      String.raw`\b(?:se )?(?:cercen\w*|amputo|amputaron|arranco|mutilo|volo|machaco|aplasto|trituro|(?:le |se le )corto) (?:el |la |un |una |los |las |dos |tres |medio |la punta del )?(?:dedo|dedos|mano|brazo|pie|falange|yema)\b|\b(?:dedo|dedos|mano) (?:\w+ ){0,2}(?:cercenad|amputad|arrancad|mutilad)\w*|\b(?:cheio|llen[oa]) de (?:aceite|grasa|gasoil|combustible)\b`,
    ),
    // Una amenaza velada atada a la salida del turno: "te vas a arrepentir después del turno", "ya verás a la salida".
    rule(
      'threat',
      String.raw`(?<!\b(?:si no (?:vienes|vas|te apuntas|pruebas|sales)|fiesta|cena|comida|almuerzo|cervezas?|birras?|chelas?|copas?|partido|pelicula|karaoke|asado|carne asada|pachanga|convivio|torneo|carnitas|tacos)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:si no (?:vienes|vas|te apuntas|pruebas|sales)|fiesta|cena|comida|almuerzo|cervezas?|birras?|chelas?|copas?|partido|pelicula|karaoke|asado|carne asada|pachanga|convivio|torneo|carnitas|tacos)\b)(?:(?:\bte vas a arrepentir\b|\bte arrepentiras\b|\bya veras\b|\bahora vas a ver\b|\bme las vas a pagar\b|\bme la vas a pagar\b|\bte vas a enterar\b|\bajustamos cuentas\b|\barreglamos cuentas\b|\bvas a saber quien soy\b)[^.!?]{0,40}(?:\ba la salida\b|\bdespues (?:del|de la) (?:turno|chamba|jornada|trabajo|chambita)\b|\bcuando salgas\b|\bal salir\b|\bafuera\b|\ben el (?:parking|estacionamiento|aparcamiento)\b|\bsaliendo de aqui\b)|(?:\ba la salida\b|\bdespues (?:del|de la) (?:turno|chamba|jornada|trabajo|chambita)\b|\bcuando salgas\b|\bal salir\b|\bafuera\b|\ben el (?:parking|estacionamiento|aparcamiento)\b|\bsaliendo de aqui\b)[^.!?]{0,40}(?:\bte vas a arrepentir\b|\bte arrepentiras\b|\bya veras\b|\bahora vas a ver\b|\bme las vas a pagar\b|\bme la vas a pagar\b|\bte vas a enterar\b|\bajustamos cuentas\b|\barreglamos cuentas\b|\bvas a saber quien soy\b))`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:extintor(?:es)?|extinguidor(?:es)?)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:aceite|grasa|gasoil|diesel|combustible|quimicos?|lejia|acido)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // El deseo de no estar, dicho sin la palabra: "mejor si no estuviera aquí".
    rule(
      'self-harm',
      String.raw`\b(?:seria |estaria |es |todo seria )?mejor (?:para todos |para todo el mundo |para mi familia )?(?:si|que) (?:yo )?(?:ya )?no (?:estuviera|existiera|estuviese|existiese|hubiera nacido|siguiera aqui|siguiera viva|siguiera vivo|despertara)\b|\b(?:todos|todo el mundo|mi familia) (?:estarian|estaria|vivirian|viviria) mejor sin mi\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "la auxiliar le pegó a la abuela", "ata a don Luis a la silla".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`cuidador(?:a|es|as)?|auxiliar(?:es)?|gerocultor(?:a|es|as)?|enfermer[oa]s?|maestr[oa]s?|profesor(?:a|es|as)?|monitor(?:a|es|as)?|educador(?:a|es|as)?|ninera|su (?:padre|madre|papa|mama|padrastro|madrastra)`,
        harm: String.raw`(?:le |la |lo |les |los |las )?(?:peg(?:o|a|an|aba|aron)|golpe(?:o|a|an|aba|aron)|abofete(?:o|a|an|aba|aron)|dio (?:una bofetada|un golpe|una paliza|un tortazo)|empuj(?:o|a|an|aba|aron)|zarande(?:o|a|an|aba|aron)|pellizc(?:o|a|an|aba)|quem(?:o|a|aron)|ata(?:n|ba|ron)?|at(?:o)|amarr(?:o|a|an|aba|aron)|maltrat(?:o|a|an|aba|aron)|encerr(?:o|a|an|aba|aron))`,
        dependant: String.raw`(?:a )?(?:la |el |los |las |una |un |mi |su )?(?:abuel[oa]s?|resident[ea]s?|pacientes?|alumn[oa]s?|nin[oa]s?|bebes?|ancian[oa]s?|senor[ao] \w+|don \w+|dona \w+|usuari[oa]s?|pequen[oa]s?)`,
        passive: String.raw`\b(?:fue|ha sido|han sido|es|son|era) `,
        harmed: String.raw`(?:golpead|maltratad|abofetead|empujad|atad|amarrad|quemad|encerrad)[oa]s? por (?:el|la|un|una|los|las) (?:\w+ )?(?:cuidador|auxiliar|gerocultor|enfermer|monitor|maestr|profesor)\w*`,
        harmsThem: String.raw`(?:le |la |lo )?(?:pega|golpea|maltrata|quema)`,
      }),
    ),
    // A small child left alone for an hour or more: "dejaron al niño solo en la sala de la siesta una hora".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`nin[oa]s?|bebes?|pequen[oa]s?|crios?|alumn[oa]s?`,
        String.raw`sol[oa]s?|sin vigilancia|desatendid[oa]s?`,
        String.raw`(?:durante |por |mas de |casi |toda )?(?:una hora|(?:dos|tres|varias|\d+) horas|hora y media|la (?:noche|tarde|manana) entera|toda la (?:noche|tarde|manana))`,
      ),
    ),
    // A resident with dementia not in their room, with a door open or at night (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:demencia|alzheimer|desorientad[oa])\b[^.!?]{0,80}\bno (?:esta|aparece) en (?:su|el|la) (?:habitacion|cuarto|cama|jardin|salon|planta)\b[^.!?]{0,120}(?:\bpuertas? (?:\w+ ){0,3}abiert\w*|\b(?:frio|helando|noche|oscuro|lluvia|nieve|carretera)\b)`,
    ),
    // A lone worker out of contact (lone-worker.ts): "Pedro no contesta desde esta mañana, estaba solo revisando los tanques".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`no (?:contesta|responde|coge el (?:telefono|movil)|atiende|da senales)\w*|no (?:lo|la|le) (?:localizamos|encontramos|podemos localizar)|(?:telefono|movil) (?:apagado|da apagado|no da senal)|ilocalizable`,
        // …or gone: vanished, not seen since, not home, their things left behind (blind round 14).
        String.raw`sol[oa]\b|(?:su )?(?:coche|carro|furgoneta|camioneta|auto|moto) (?:sigue|esta|todavia esta|aun esta) (?:aqui|aparcad[oa]|ahi|en el)|tanques?|depositos?|cisternas?|pozos?|fosas?|camara frigorifica|desapareci\w*|nadie (?:lo|la) (?:ha )?vist[oa]|no (?:ha )?(?:vuelto|volvio|llegado|llego) a (?:casa|su casa)|dejo (?:la mochila|el movil|el celular|el telefono|sus cosas|su bolso|el coche)`,
        String.raw`de vacaciones|en casa|en (?:una )?reunion|de baja|de permiso|libra hoy`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`frenos? (?:\w+ ){0,4}(?:fallan|fallando|no frenan?|blandos?|esponjosos?|rotos?|gastados?)|(?:conductor|chofer|chofe|autobusero)(?: \w+){0,4} (?:esta |va |iba )?(?:borracho|ebrio|bebido|drogado|pedo)`,
        String.raw`pasajeros|viajeros|(?:nin[oa]s|alumn[oa]s|trabajadores|gente) (?:a bordo|dentro|en el (?:bus|autobus))|(?:autobus|bus|microbus|furgoneta|transporte) (?:escolar|de (?:personal|trabajadores|empresa)|lleno)|(?:seguir|conducir|circular|hacer la ruta|salir)(?: \w+){0,3} (?:igual|de todas formas|de todos modos|aun asi)|me obligan a (?:seguir|conducir|salir)|sigue conduciendo|sigue manejando`,
      ),
    ),
    // Ronda ciega 13: residentes, pacientes o niños atados a la cama o a la silla por el personal (in-care.ts): «amarran a
    // los ancianos a la cama por la noche», «los dejan atados a la cama».
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`(?:a )?(?:los |las |la |el |al )?(?:residentes?|ancian[oa]s?|abuel[oa]s?|mayores|pacientes?|internos?|usuari[oa]s?|ninos?|ninas?|nenes?|bebes?|alumn[oa]s?|don \w+|dona \w+|senor \w+|senora \w+)`,
        tiedTo: String.raw`(?:atad|amarrad|sujetad|inmovilizad)[oa]s? (?:\w+ ){0,3}(?:a|en) (?:la|las|su|sus|el|los) (?:\w+ )?(?:camas?|sillas?|sillones?|radiador)`,
        tie: String.raw`atan|ata|ataban|amarran|amarra|amarraban|sujetan|inmovilizan`,
        furniture: String.raw`(?:a|en|contra) (?:la|las|su|sus|el|los) (?:\w+ )?(?:camas?|sillas?|sillones?|radiador)`,
        bedridden: String.raw`\b(?:gripe|fiebre|enferm[oa]|covid|virus)\b`,
      }),
    ),
    // Un dedo, una mano o un ojo perdido en el trabajo: «un compañero perdió un dedo en la prensa». No «perdió la mano»
    // (la práctica). Si fue hace años, long-ago.ts lo deja en calma.
    rule(
      'safety',
      String.raw`\b(?:perdio|ha perdido|perdi|se amputo|se arranco|le arranco|le cerceno|le amputo|le corto) (?:un|una|dos|tres|parte de(?:l| un)|la punta de(?:l| un)|el (?:dedo|pulgar|brazo|ojo)|la (?:pierna|mano (?:izquierda|derecha))) ?(?:dedos?|pulgar|mano|brazo|pie|pierna|falanges?|ojo)?\b(?<!\b(?:un|una|dos|tres|parte de(?:l| un)|la punta de(?:l| un)))`,
    ),
    // Ronda ciega 13: alguien que viene al lugar a atacar a la gente: «mañana viene a la oficina a matar al que le
    // canceló la cuenta», «va a venir a la tienda a dispararle a la cajera». No «matar el tiempo».
    rule(
      'threat',
      String.raw`\b(?:viene|vienen|vendra|vendran|venir|llega|llegan|llegara|vuelve|volvera|se presenta|se presentara|de camino|en camino)\b(?: [\w'-]+){0,7}? (?:a|para|y) (?:(?:me|te|nos|los|las|le|les|lo|la) )?(?:matar\w*|mata|matara|disparar\w*|dispara|balear\w*|apunalar\w*|acuchillar\w*|pegar(?:me|te|le|les|nos)? (?:un tiro|unos tiros|una paliza|un navajazo|una punalada)|dar(?:me|te|le|les|nos)? (?:una paliza|un tiro|una punalada)|reventar\w*|rajar\w*)\b(?! (?:el|la) (?:tiempo|rato|hambre|sed|gusanillo)| (?:todo|toda|cualquier|la ilusion|la motivacion|el animo|las ganas|el aburrimiento)\b| (?:las |los |unas |unos )?(?:plagas?|cucarachas|ratas|ratones|bichos|insectos|hormigas|moscas|mosquitos|termitas|chinches|malas hierbas|virus|bacterias|germenes)\b)`,
    ),
    // Ronda ciega 17: un producto químico en los ojos (chemical-in-eyes.ts): "le saltó lejía a los ojos a una compañera",
    // "se derramó ácido, dos compañeros con los ojos ardiendo". No los ojos que arden de mirar la pantalla.
    rule(
      'safety',
      chemicalInEyes(
        String.raw`productos? quimicos?|quimicos?|acido|sosa caustica|sosa|lejia|cloro|disolvente|desengrasante|amoniaco|desinfectante|salfuman|corrosivos?`,
        String.raw`ojos?(?<=\b(?:en|a) (?:los|el|sus|su|mis|mi) (?:\w+ )?ojos?)|(?:en|a) la (?:cara|vista)`,
        String.raw`ojos? (?:\w+ ){0,3}(?:ardiendo|arden|arde|quemando|queman|quemados?)|no (?:puede|puedo|pueden) (?:ver|abrir los ojos)`,
        String.raw`para (?:que )?no|para evitar|evit(?:e|ar|en)|si (?:cae|salta|entra|te salta|te cae)|en caso de`,
      ),
      { negatable: true },
    ),
    // A fire named straight before its place, a cry for help with someone trapped, said in haste: "fuego almacén", "AYUDA AYUDA linea 2 atrapado" (said-in-haste-bare.ts).
    ...SPANISH_SAID_BARE,
    // A fire, water coming in or someone not back from a cold room, said plainly (said-plainly.ts, blind round 26).
    ...SPANISH_SAID_PLAINLY,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...SPANISH_FIRE_BACK_AND_LEFT_INSIDE,
    // Gone into a tank or a freezer and not come out, told over several sentences or texts (gone-in-and-not-come-out.ts).
    ...SPANISH_GONE_IN_AND_NOT_OUT,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...SPANISH_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...SPANISH_NOTHING_LEFT_TO_LOSE,
    // A return promised and nobody left alive (./coming-back-to-kill-everyone.ts).
    ...SPANISH_COMING_BACK_FOR_EVERYONE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...SPANISH_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...SPANISH_FIGHTS_IN_SLANG,
    ...SPANISH_VIOLENCE_IF_FIRED,
    ...SPANISH_WHOEVER_TELLS_THREATENED,
    ...SPANISH_WARNED_OR_BEATEN,
    ...SPANISH_SHUT_INSIDE_AND_SILENT,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...SPANISH_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...SPANISH_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...SPANISH_VESSELS_ABOUT_TO_BURST,
    ...SPANISH_MACHINES_RUN_UNGUARDED,
    ...SPANISH_FLAME_BY_FUEL_AND_HEAT,
    ...SPANISH_FORKS_AND_LOADS,
    ...SPANISH_BRIBES_AND_FAKE_VENDORS,
    ...SPANISH_BOMBS_BROUGHT_TO_WORK,
    ...SPANISH_RETALIATION_FOR_COMPLAINTS,
    ...SPANISH_SEX_FOR_THE_JOB,
    ...SPANISH_DYING_SAID_LIGHTLY,
    ...SPANISH_DRUNK_AT_THE_WHEEL,
    ...SPANISH_DRINKS_BEFORE_THE_WHEEL,
    ...SPANISH_WASTE_DUMPED,
    ...SPANISH_TIME_FRAUD,
    ...SPANISH_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...SPANISH_WHO_THEY_ARE_HELD_AGAINST,
    ...SPANISH_HIRING_LIMITS,
    ...SPANISH_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...SPANISH_FRAUD_WITHOUT_THE_WORD,
    ...SPANISH_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    SPANISH_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    SPANISH_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    SPANISH_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...SPANISH_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...SPANISH_BLASTS_HEARD_WITH_SOMEONE_THERE,
    SPANISH_EXITS_LOCKED_ON_SHIFT,
    SPANISH_NUMB_AFTER_A_SHOCK,
    ...SPANISH_FOLLOWED_HOME_AND_TRACKED,
    ...SPANISH_TIME_FRAUD_CLOCKED,
    ...SPANISH_RETALIATION_THREATS,
    ...SPANISH_RETALIATION_IDIOMS,
    ...ROMANCE_SILENCED,
    ...SPANISH_TELLERS_THREATENED,
    // Someone waiting for the writer, the harm said as its aim (waiting-to-hurt-the-writer.ts).
    ...SPANISH_WAITING_TO_HURT,
    // A recruitment fee taken back out of wages (recruitment-fees-repaid-from-wages.ts, att48).
    ...SPANISH_RECRUITMENT_FEES_FROM_WAGES,
    // Someone armed, waiting on the site or at its edge (armed-and-waiting.ts).
    ...SPANISH_ARMED_AND_WAITING,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...SPANISH_CALLS_FOR_HELP_FORBIDDEN,
    ...ROMANCE_REPORTERS_HUNTED,
    ...ROMANCE_REPORTERS_HUNTED_BY_METHOD,
    ...ROMANCE_ARMED_ROBBERY,
  ],
};
