/*
 * Where a text points at a row the employer's own systems hold for one person (op42, 2026-12-07): a pay run, a punch
 * of the time clock, a message to HR, a doctor's note or leave paperwork. "My paycheck on 11/20 was short $212.37":
 * payroll finds the one employee short by that amount on that run. "I clocked out at 10:47pm on Nov 28": timekeeping
 * finds the one punch. "My FMLA paperwork was approved on 10/02", "Mi doctor me dio una nota el 14 de noviembre por
 * mi embarazo": HR's file holds the one person. Each is read by sentence, where a cue of its kind and the detail
 * that makes it exact stand together:
 *
 * - pay: a pay run (paycheck, payslip, nómina, fiche de paie, Lohnabrechnung, holerite, busta paga, wypłata …) with
 *   its date or money said missing, or "shorted", "underpaid", "me descontaron", and an amount of money that is not a
 *   rate ("$17.25 an hour", "27,50 zł za godzinę", "starting pay is 9.50" are what many are paid). Its cents
 *   ("212.37"), a date's day, and a time's minutes are exact.
 * - a punch or a message: a word for the time clock or the timesheet (clocked, punched, fiché, pointé, gestempelt,
 *   timbrato, odbiłem kartę, bati o ponto, marqué salida …) or a message or call to HR or a supervisor, with a date
 *   or a weekday, or a time to the minute (not on a quarter hour: "shift starts at 6:00", a schedule's time, is
 *   many people's).
 * - paperwork: a doctor's note, a sick note, a leave or a pregnancy, FMLA, a request or form said to be the writer's,
 *   with a date.
 *
 * Kept, with no such cue: "the vending machine charges $1.25", "the meeting on Nov 28 was useful", "the bus at 6:47",
 * "payday is the 15th" (no date's month), "Our paychecks on 11/20 were late for everyone" (no amount).
 *
 * The readers also take a part already hidden, "[ID]", for the day, cents or minutes: the preview's warning reads the
 * redacted text (self-descriptions-records.ts). A date in figures is hidden whole, so any "[ID]" in a sentence counts
 * as a date there (an employee number beside a pay run or a sick note points at one person as well). Letters outside ASCII are \u escapes: redaction reaches entries a cold
 * start reads (test/infra/bundles.test.ts). Every span is bounded, and each pattern runs on one sentence at a time.
 */
import { lazyPattern } from './lazy-pattern';
import { DAY, DAY_WORD, MONTH } from './redact-personal-dates';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const HIDDEN = String.raw`\[ID\]`;

// A pay run: a paycheck, payslip, deposit, nómina, fiche de paie, Lohnabrechnung, holerite, busta paga, wypłata …
// ("check"/"cheque"/"pay" after a determiner: "my check on 11/13 was $63.18 short"). Not a wage or a rate said alone:
// "starting pay is 9.50", "£7.50 wage", "the pay was going up to 8.50" are what many are paid (eval rows of a first
// version), so a pay run counts only with its date or with a word of money missing.
const PAY_RUN = lazyPattern(
  String.raw`${B}(?:pay[ \t-]?(?:check|cheque|stub|slip|packet)s?|(?:my|our|the|this|last|that|next|his|her)[ \t]+(?:check|cheque|pay)s?|direct[ \t]+deposit|overtime[ \t]+pay|back[ \t]+pay|wages?|salary|overtime|n\u00f3mina|nomina|sueldo|salario|(?:mi|el|del)[ \t]+(?:cheque|pago)|recibo[ \t]+de[ \t]+(?:n\u00f3mina|nomina|pago|sueldo)|transferencia|dep\u00f3sito|horas[ \t]+extras?|paie|salaire|virement|bulletin|ch\u00e8que|heures[ \t]+sup\p{L}{0,12}|Lohn\p{L}{0,12}|Gehalt\p{L}{0,12}|Abrechnung|\u00dcberweisung|\u00dcberstunden|sal\u00e1rio|holerite|contracheque|pagamento|stipendio|busta[ \t]+paga|paga|cedolino|bonifico|straordinari|wyp\u0142at\p{L}{0,3}|wyplat\p{L}{0,3}|pensj\p{L}{0,3}|wynagrodzeni\p{L}{0,2}|pasek|przelew|nadgodzin\p{L}{0,2})${E}`,
  'iu',
);
// Money missing from the writer's pay, said so: these alone make a pay run ("they shorted me $148.62").
const PAY_SHORT = lazyPattern(
  String.raw`${B}(?:underpaid|shorted|short[ \t-]?changed|docked|descontaron|descontaram|me[ \t]+pagaron|il[ \t]+me[ \t]+manque|mi[ \t]+mancano|brakuje[ \t]+mi|mir[ \t]+fehlen)${E}`,
  'iu',
);
// Money missing, said of a pay run.
const SHORT = lazyPattern(
  String.raw`${B}(?:short|less|missing|de[ \t]+menos|faltan?|faltaram|a[ \t]+menos|manque|manquait|zu[ \t]+wenig|fehl\p{L}{0,3}|in[ \t]+meno|mancano|mniejsz\p{L}{1,3}|brakuje|au[ \t]+lieu[ \t]+de|en[ \t]+vez[ \t]+de|statt|invece[ \t]+di|zamiast)${E}`,
  'iu',
);

// A punch of the time clock or the timesheet, or a message or call to HR or a supervisor.
const CLOCK_CUE = lazyPattern(
  String.raw`${B}(?:clock(?:ed|ing)?[ \t-]*(?:in|out)|punch(?:ed|ing)?(?:[ \t-]*(?:in|out))?|swiped[ \t]+(?:in|out)|badged[ \t]+(?:in|out)|time[ \t-]?(?:sheet|card|clock)s?|timesheets?|timecards?|ficha(?:je|r|d[oa])?|fich[\u00e9e]|chequ[\u00e9e]|chec[\u00e9e]|checada|marqu[\u00e9e][ \t]+(?:salida|entrada)|marcaje|point(?:\u00e9|age|euse)|badg\u00e9|badgeuse|gestempelt|stempel\p{L}{0,6}|ausgestempelt|eingestempelt|Zeiterfassung|(?:bati|bater|registrei|marquei)[ \t]+(?:o[ \t]+)?ponto|folha[ \t]+de[ \t]+ponto|cart\u00e3o[ \t]+de[ \t]+ponto|timbrat\p{L}{0,2}|timbratura|cartellino|odbi\u0142\p{L}{0,3}[ \t]+kart\p{L}{0,2}|odbicie|karta[ \t]+zegarowa|called[ \t]+(?:out|in)(?:[ \t]+sick)?|reported[ \t]+sick|report\u00e9[ \t]+enferm[oa]|krank[ \t]+gemeldet|zg\u0142osi\u0142\p{L}{0,2}[ \t]+(?:chorob\p{L}{1,3}|L4)|(?:e-?mail(?:ed)?|emailed|mail|texted|messaged|called|wrote|sent|correo|mensaje|llam\u00e9|escrib\u00ed|mand\u00e9|envi\u00e9|courriel|envoy\u00e9|appel\u00e9|\u00e9crit|angerufen|geschrieben|Mail|mandei|enviei|liguei|scritto|chiamato|inviato|napisa\u0142\p{L}{0,2}|zadzwoni\u0142\p{L}{0,2}|wys\u0142a\u0142\p{L}{0,2})(?:[ \t]+\p{L}{1,14}){0,5}?[ \t]+(?:HR|RH|RRHH|human[ \t]+resources|recursos[ \t]+humanos|ressources[ \t]+humaines|Personalabteilung|risorse[ \t]+umane|kadr\p{L}{0,2}|my[ \t]+(?:supervisor|manager|boss|lead)|mi[ \t]+(?:supervisor[a]?|jef[ea]|encargad[oa])|mon[ \t]+(?:chef|responsable|manager)|meine[nm]?[ \t]+(?:Chef\p{L}{0,2}|Vorgesetzte\p{L}{0,2}|Schichtleiter\p{L}{0,2})|meu[ \t]+(?:chefe|supervisor|gerente)|(?:il[ \t]+)?mio[ \t]+(?:capo|responsabile)|kierownik\p{L}{0,2}|\[EMAIL\]|\uE002+|[\p{L}\p{N}._-]{1,40}@[\p{L}\p{N}.-]{1,60}\.\p{L}{2,12})|(?:HR|RH|RRHH|human[ \t]+resources|recursos[ \t]+humanos|(?:les[ \t]+)?ressources[ \t]+humaines|(?:die[ \t]+)?Personalabteilung|risorse[ \t]+umane|kadry|my[ \t]+(?:supervisor|manager|boss))[ \t]+(?:emailed|texted|messaged|called|wrote|sent|me[ \t]+(?:escribi\u00f3|mand\u00f3|envi\u00f3|llam\u00f3|mandou|enviou|ligou|scritto|ha[ \t]+scritto)|m['\u2019]ont[ \t]+(?:\u00e9crit|appel\u00e9|envoy\u00e9)|hat[ \t]+mir[ \t]+geschrieben|hat[ \t]+mich[ \t]+angerufen|napisa\p{L}{1,3}|zadzwoni\p{L}{1,3}))${E}`,
  'iu',
);
// op44: the time clock's own reading of a punch ("el sistema marca 6:15", "the time clock shows 8:30"): a punch even on
// a quarter hour, which is otherwise a schedule's. The time follows the reading within two short words.
const PUNCH_READ = lazyPattern(
  String.raw`${B}(?:(?:time[ \t]+)?clock|system|punch|badge[ \t]+reader|timesheet|time[ \t]?card|sistema|reloj|checador|checadora|ponchador|pointeuse|badgeuse|syst\u00e8me|logiciel|Stempeluhr|Zeiterfassung|System|ponto|rel\u00f3gio|sistema|cartellino|timbratrice|rilevatore|system|czytnik|rejestrator)(?:[ \t]+\p{L}{1,12}){0,2}?[ \t]+(?:shows?|says|said|showed|has[ \t]+me(?:[ \t]+(?:at|in|out))?|had[ \t]+me(?:[ \t]+(?:at|in|out))?|recorded|registered|logged|marca|marc\u00f3|me[ \t]+marca|registra|registr\u00f3|dice|indique|affiche|a[ \t]+enregistr\u00e9|dit|zeigt|zeigte|sagt|hat[ \t]+\p{L}{1,12}|mostra|mostrou|marcou|registrou|segna|ha[ \t]+segnato|riporta|pokazuje|pokaza\u0142|zapisa\u0142|ma)(?:[ \t]+\p{L}{1,6}){0,2}[ \t]+(?:[01]?\d|2[0-3])[:h](?:\d\d|${HIDDEN})(?![\p{N}])`,
  'iu',
);

// Paperwork HR or a doctor keeps for one person: a note or certificate, a sick note, a pregnancy (always someone's).
const PAPER_CUE = lazyPattern(
  String.raw`${B}(?:doctor['\u2019]?s?[ \t]+note|dr['\u2019]?s?[ \t]+note|sick[ \t]+note|medical[ \t]+(?:note|certificate)|note[ \t]+from[ \t]+my[ \t]+doctor|pregnan\p{L}{1,4}|justificante|nota[ \t]+(?:m\u00e9dica|medica|del[ \t]+(?:doctor|m\u00e9dico|medico))|(?:mi|el)[ \t]+(?:doctor|m\u00e9dico|medico)[ \t]+me[ \t]+dio|incapacidad|baja[ \t]+(?:m\u00e9dica|medica|por[ \t]+\p{L}{1,12})|embarazo|certificado[ \t]+m\u00e9dico|certificado[ \t]+medico|arr\u00eat[ \t]+(?:maladie|de[ \t]+travail)|arret[ \t]+maladie|certificat[ \t]+m\u00e9dical|grossesse|Krankmeldung|Krankschreibung|krankgeschrieben|AU-Bescheinigung|Attest|Schwangerschaft|atestado|gravidez|certificato[ \t]+medico|gravidanza|zwolnieni\p{L}{1,3}[ \t]+lekarski\p{L}{0,2}|L4|za\u015bwiadczeni\p{L}{1,2}[ \t]+lekarski\p{L}{0,2}|ci\u0105\u017c\p{L}{1,2}|written[ \t]+warning|final[ \t]+warning|verbal[ \t]+warning|write[ \t-]?ups?|wr(?:ote|itten)[ \t]+(?:me|him|her|them)[ \t]+up|(?:got|get|was|been|being)[ \t]+written[ \t]+up|injury[ \t]+report|amonestaci\u00f3n|amonestacion|acta[ \t]+administrativa|reporte[ \t]+de[ \t]+(?:accidente|lesi\u00f3n|lesion)|avertissement|bl\u00e2me|mise[ \t]+\u00e0[ \t]+pied|d\u00e9claration[ \t]+d['\u2019]accident|Abmahnung|Unfallmeldung|Unfallanzeige|advert\u00eancia|comunica\u00e7\u00e3o[ \t]+de[ \t]+acidente|richiamo[ \t]+(?:scritto|disciplinare)|contestazione[ \t]+disciplinare|denuncia[ \t]+di[ \t]+infortunio|upomnieni\p{L}{1,3}|nagan\p{L}{1,3}|protok\u00f3\p{L}{1,3}[ \t]+powypadkow\p{L}{1,3})${E}`,
  'iu',
);
// A leave, a request or a form: a policy's word too ("the FMLA policy changed on Jan 1"), so only said of the writer.
const PAPER_OWN_CUE = lazyPattern(
  String.raw`${B}(?:fmla|(?:maternity|paternity|parental|sick|medical|bereavement|disability|unpaid|family|adoption|stress)[ \t]+leave|leave[ \t]+(?:request|form|paperwork)|medical[ \t]+(?:form|leave|paperwork)|accommodation[ \t]+request|workers['\u2019]?[ \t]+comp|my[ \t]+(?:\p{L}{1,14}[ \t]+)?(?:paperwork|forms?|request|application|claim)|licencia[ \t]+(?:m\u00e9dica|medica|por[ \t]+\p{L}{1,12}|de[ \t]+\p{L}{1,12})|permiso[ \t]+(?:de|por)[ \t]+\p{L}{1,12}|cong\u00e9[ \t]+(?:maladie|maternit\u00e9|parental|paternit\u00e9|sans[ \t]+solde)|ma[ \t]+demande[ \t]+de|Elternzeit|Mutterschutz|(?:meinen|mein)[ \t]+Antrag|licen\u00e7a[ \t]+(?:m\u00e9dica|maternidade|paternidade)|afastamento|malattia|maternit\u00e0|congedo|urlop\p{L}{0,2}[ \t]+(?:macierzy\u0144sk\p{L}{1,3}|rodzicielsk\p{L}{1,3}|zdrowotn\p{L}{1,3}|bezp\u0142atn\p{L}{1,3}|ojcowsk\p{L}{1,3})|wnios\p{L}{1,4}|disciplinary|grievance|(?:incident|accident)[ \t]+report|complaint|sanci\u00f3n|queja|denuncia|reporte[ \t]+de[ \t]+incidente|plainte|r\u00e9clamation|Verwarnung|Beschwerde|advertencia|suspens\u00e3o|reclama\u00e7\u00e3o|queixa|acidente(?:[ \t]+de[ \t]+trabalho)?|richiamo|contestazione|reclamo|infortunio|skarg\p{L}{1,3}|wypadek|wypadku|zg\u0142oszeni\p{L}{1,3})${E}`,
  'iu',
);
// The writer: a pronoun or a possessive of the first person, or a Polish verb's ending.
const FIRST_PERSON = lazyPattern(
  String.raw`${B}(?:i|i['\u2019](?:m|ve|d)|me|my|mine|myself|yo|mi|mis|m\u00edo|je|moi|mon|ma|mes|ich|mich|mir|mein\p{L}{0,2}|eu|meu|minha|io|mio|mia|ho|ja|mnie|m\u00f3j|moj\p{L}{1,2}|\p{L}{2,12}(?:\u0142em|\u0142am)|mand\u00e9|envi\u00e9|escrib\u00ed|llam\u00e9|recib\u00ed|entregu\u00e9|present\u00e9|\p{L}{3,12}ei)${E}|${B}j['\u2019](?=\p{L})`,
  'iu',
);

// A date: a day and a month in words (the day is group 1 or 2; a month's short form that is an English word opens
// none: "stay out 3 days", "set 2 alarms"), or a day and a month in figures (group 3, or 4 after a word that gives a
// date), its year after (never hidden). A dot between figures only as German writes a date ("15.11.", "15.11.2026"),
// not an amount; a dash only with a year ("3-5 years", "12-16 hour shifts" are ranges).
const DAY_OR_HIDDEN = String.raw`(?:${DAY}|${HIDDEN}\.?)`;
const FIGURES = String.raw`(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])`;
const FIGURES_DASHED = String.raw`(?:[12]\d|3[01]|0?[1-9])-(?:1[0-2]|0?[1-9])(?=-(?:19|20)?\d\d(?![\p{N}]))|(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])(?=-(?:19|20)?\d\d(?![\p{N}]))`;
// A date in figures with no year ("11/20", "15.11.", "4/5", "24/7", "1/2") is one only after a word that gives a
// date: "on 11/20", "signed 10/07", "do dia 20/11", "am 15.11.". A hidden part ("[ID]") as well.
const DATE_WORD = String.raw`(?:on|from|of|dated|signed|approved|submitted|filed|sent|until|till|by|since|el|del|desde|le|du|depuis|am|vom|seit|bis|dia|em|de|do|da|il|dal|al|dnia|z|od|do)`;
// op44: "the 13th", "the thirteenth", "the 2nd": a day with no month after a word that gives a date.
const ORDINAL_DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${DAY_WORD}`;
const DOTTED = String.raw`(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])(?=\.)`;
const DATE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,:/$\u20ac\u00a3-])(?:(${DAY_OR_HIDDEN})[ \t]+(?:of[ \t]+|de[ \t]+)?${MONTH}(?![\p{L}\p{N}])|(?!(?:out|set|ago)[ \t])${MONTH}[ \t]+(?:the[ \t]+)?(${DAY_OR_HIDDEN})(?![\p{L}\p{N}])|(${FIGURES}|${DOTTED}|${FIGURES_DASHED})[/.-](?:(?:19|20)\d\d|\d\d)(?![\p{N}]|[/.-]\d))|(?<=${B}${DATE_WORD}[ \t]+)(?:(${FIGURES}|${DOTTED})(?![\p{N}]|[/-]\d)|${HIDDEN})|(?<=${B}(?:on|by|since|from|until|till|of|before|after)[ \t]+the[ \t]+)(${ORDINAL_DAY}|${HIDDEN})(?=[ \t]*(?:$|[.,;:!?)]|(?:and|at|but|when|because|so|i|we|they|he|she|it|about|for|after|before|around|in|from|to|of|this|last|too|which|that)(?![\p{L}])))|(?<=${B}(?:el|del|al|no|do|ao|il|le|du|au|am|vom|seit|dnia)[ \t]+(?:d\u00eda|dia|giorno|jour)[ \t]+)(\d{1,2}|${HIDDEN})(?![\p{L}\p{N}]|[.,:]\d|[ \t]*%)|(?<=${B}(?:am|vom|seit)[ \t]+)(\d{1,2}|${HIDDEN})(?=\.(?![\p{N}]))`,
  'giu',
);
// A weekday or "yesterday": with the week the case is stored in, a day.
const WEEKDAY_SOURCE = String.raw`${B}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last[ \t]+night|lunes|martes|mi\u00e9rcoles|jueves|viernes|s\u00e1bado|domingo|ayer|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|segunda|ter\u00e7a|quarta|quinta|sexta|ontem|luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec|venerd\u00ec|sabato|domenica|ieri|poniedzia\u0142ek|wtorek|\u015brod\p{L}|czwartek|pi\u0105tek|sobot\p{L}|niedziel\p{L}|wczoraj)${E}`;
const WEEKDAY = lazyPattern(WEEKDAY_SOURCE, 'iu');

const WEEKDAYS = lazyPattern(WEEKDAY_SOURCE, 'giu');
// "yesterday", "last night": said of the day the report is sent, hidden by nothing else either.
const NOT_A_WEEKDAY = /^(?:yesterday|last[ \t]+night|ayer|hier|gestern|ontem|ieri|wczoraj)$/iu;

// A time of day: "10:47pm", "14h07", "à 9h12". The minutes are group 1.
const TIME = lazyPattern(String.raw`(?<![\p{N}.,:/])(?:[01]?\d|2[0-3])[:h](\d\d|${HIDDEN})(?![\p{N}]|[:.,]\d)`, 'giu');

// An amount: a currency before it or after it, or cents. The cents are group 1.
const AMOUNT = lazyPattern(
  String.raw`(?<![\p{N}.,])((?:R\$|US\$|[$\u20ac\u00a3])[ \t]?)?(?:\d{1,3}(?:[,. \u00a0]\d{3}){1,3}|\d{1,7})(?:[.,](\d\d(?![\p{N}])|${HIDDEN}))?(?![\p{N}]|[.,]\d)`,
  'gu',
);
const CURRENCY_AFTER = lazyPattern(
  String.raw`^[ \t]?(?:\u20ac|\$|\u00a3|euros?|eur|dollars?|d\u00f3lares|dolares|bucks|reais|reales|pesos|z\u0142(?:otych|ote|oty)?|zl|pln|usd|gbp|pounds?|libras?)(?![\p{L}])`,
  'iu',
);
// What a rate says after its amount: what many are paid, not one pay run.
const RATE_AFTER = lazyPattern(
  String.raw`^[ \t]?(?:\u20ac|\$|\u00a3|euros?|eur|dollars?|d\u00f3lares|dolares|bucks|reais|pesos|z\u0142(?:otych)?|zl)?[ \t]*(?:/[ \t]*|an?[ \t]+|per[ \t]+|la[ \t]+|por[ \t]+|de[ \t]+l['\u2019]|par[ \t]+|pro[ \t]+|die[ \t]+|all['\u2019]|al[ \t]+|za[ \t]+|the[ \t]+|each[ \t]+|every[ \t]+|hourly|an[ \t]+hour)(?:h|hr|hrs|hour|hora|heure|stunde|ora|godzin\p{L}*|day|d\u00eda|dia|jour|tag|giorno|dzie\u0144|week|semana|semaine|woche|settimana|tydzie\u0144|month|mes|mois|monat|m\u00eas|mese|miesi\p{L}*|year|a\u00f1o|an|jahr|anno|rok|shift|turno)?(?![\p{L}])`,
  'iu',
);

export interface Span {
  start: number;
  end: number;
}

/** One sentence that points at one person's record, and the exact parts in it: a date's day, cents, minutes. */
export interface RecordSentence extends Span {
  kind: 'pay' | 'clock' | 'paper';
  days: Span[];
  cents: Span[];
  minutes: Span[];
  /** A weekday beside a punch's minute (op44). */
  weekdays: Span[];
}

/**
 * A sentence ends at "!", "?", a line break, or a full stop before a space and a capital that follows no figure and
 * no hidden part (German writes "am 4. Dezember", hidden "am [ID]. Dezember").
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[!?\n]+|(?<![\p{N}\]])\.(?=[ \t]+\p{Lu})/gu)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

// A day in words ("the thirteenth"): the only date a record may hold with no figure.
const DAY_IN_WORDS = lazyPattern(String.raw`(?<![\p{L}])(?:${DAY_WORD})(?![\p{L}])`, 'iu');

const ROUND_MINUTES = new Set(['00', '15', '30', '45']);

/** Every sentence of text that points at one person's pay, punch, message or paperwork (see above). */
export function recordSentences(text: string): RecordSentence[] {
  if (!/\d|\[ID\]/u.test(text) && !DAY_IN_WORDS.get().test(text)) return [];
  const found: RecordSentence[] = [];
  for (const { start, end } of sentences(text)) {
    const s = text.slice(start, end);
    if (!/\d|\[ID\]/u.test(s) && !DAY_IN_WORDS.get().test(s)) continue;
    const at = (i: number, length: number): Span => ({ start: start + i, end: start + i + length });
    const days: Span[] = [];
    for (const m of s.matchAll(DATE.get())) {
      const day = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[0];
      days.push(at(m.index + m[0].indexOf(day), day.length));
    }
    const minutes: Span[] = [];
    // op44: the clock's own reading ("el sistema marca 6:15") is a punch even on a quarter hour, and with no date.
    const punchRead = PUNCH_READ.get().test(s);
    for (const m of s.matchAll(TIME.get()))
      if (!ROUND_MINUTES.has(m[1]!) || (punchRead && m[1] !== '00'))
        minutes.push(at(m.index + m[0].length - m[1]!.length, m[1]!.length));
    const cents: Span[] = [];
    let amounts = 0;
    for (const m of s.matchAll(AMOUNT.get())) {
      const after = s.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const currency = m[1] !== undefined || CURRENCY_AFTER.get().test(after);
      if ((!currency && m[2] === undefined) || RATE_AFTER.get().test(after)) continue;
      // A time read as an amount ("at 10.47") or a date's figures are not money.
      if (!currency && /[:h]$/u.test(s.slice(0, m.index))) continue;
      amounts++;
      if (m[2] !== undefined && m[2] !== '00') cents.push(at(m.index + m[0].length - m[2].length, m[2].length));
    }
    // A minute already hidden ("6:[ID]") was hidden beside its day (or as the clock read it): read on the redacted
    // text, where the weekday may be hidden too ("I clocked in [ID] at 6:[ID]"), the sentence is dated.
    const hiddenMinute = [...s.matchAll(TIME.get())].some((m) => m[1] === '[ID]');
    // With no figure, only a day in words makes the sentence a record's ("on the thirteenth"): a weekday alone with
    // no time is many days ("I started on a Wednesday … my clock in info": an eval row of a first version).
    if (!/\d|\[ID\]/u.test(s) && days.length === 0) continue;
    const dated = days.length > 0 || WEEKDAY.get().test(s) || hiddenMinute;
    let kind: RecordSentence['kind'] | undefined;
    if (amounts > 0 && (PAY_SHORT.get().test(s) || (PAY_RUN.get().test(s) && (dated || SHORT.get().test(s)))))
      kind = 'pay';
    else if (dated && CLOCK_CUE.get().test(s) && (minutes.length > 0 || FIRST_PERSON.get().test(s))) kind = 'clock';
    else if (punchRead && minutes.length > 0) kind = 'clock';
    else if (
      days.length > 0 &&
      (PAPER_CUE.get().test(s) || (PAPER_OWN_CUE.get().test(s) && FIRST_PERSON.get().test(s)))
    )
      kind = 'paper';
    if (kind === undefined) continue;
    found.push({
      start,
      end,
      kind,
      days,
      cents: kind === 'pay' ? cents : [],
      // A time to the minute is exact only with its day (or as the clock read it).
      minutes: dated || punchRead ? minutes : [],
      // op44: "Tuesday at 6:[ID]": with the week the case is stored in, the weekday beside a punch's minute is its day.
      weekdays:
        kind === 'clock' && minutes.length > 0
          ? [...s.matchAll(WEEKDAYS.get())]
              .filter((m) => !NOT_A_WEEKDAY.test(m[0]))
              .map((m) => at(m.index, m[0].length))
          : [],
    });
  }
  return found;
}
