import { foldPattern } from './normalise';

/*
 * How long something has lasted, told in the middle of what happened: "antwortet seit 20 Minuten nicht mehr", "hasn't
 * answered for 20 minutes", "ne répond plus depuis une demi-heure", "no contesta desde hace media hora". The rules
 * are written for the words of the event ("antwortet nicht mehr"), and a duration put between them split the rule: a
 * colleague gone into a silo and silent for twenty minutes read calm, and read urgent without the time. `withoutDurations`
 * gives the folded text with such durations taken out, or undefined when it has none; the detector reads it only when
 * the text as written read nothing (never instead of it), so a rule that needs the time ("left alone for an hour")
 * still reads it.
 *
 * Only the minutes and hours of an emergency and "since this morning": "hasn't paid me for three months" keeps its
 * months, which other rules weigh.
 */
const DURATION = [
  // en
  String.raw`\b(?:for|in) (?:(?:well )?(?:over|more than|almost|nearly|about|around|roughly|at least|the (?:last|past)) )?(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|fifty|half an?|a few|few|a couple of|couple of|couple|several|\d{1,3}\+?) (?:minutes?|mins?|hours?|hrs?)\b|\bsince (?:(?:about|over|more than|almost) )?(?:an?|one|two|three|five|ten|fifteen|twenty|thirty|forty|half an?|\d{1,3}) (?:minutes?|mins?|hours?|hrs?)\b|\bsince (?:this morning|lunch(?:time)?|\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)?)(?= |$)`,
  // de
  String.raw`\b(?:schon |bereits )?seit (?:(?:uber|mehr als|fast|etwa|gut|knapp|ca\.?) )?(?:einer halben stunde|einer viertelstunde|einer stunde|(?:ein paar|zwei|drei|vier|funf|zehn|funfzehn|zwanzig|dreissig|vierzig|funfzig|\d{1,3}) (?:minuten|stunden|min|std)|heute (?:fruh|morgen|vormittag)|(?:\d{1,2}(?::\d\d)?) uhr)\b`,
  // es
  String.raw`\b(?:desde )?hace (?:(?:mas de|casi|unos|unas|como|ya) )?(?:media hora|un cuarto de hora|una hora|(?:dos|tres|cuatro|cinco|diez|quince|veinte|treinta|cuarenta|cincuenta|\d{1,3}) (?:minutos|horas|min))\b|\bdesde (?:esta manana|las \d{1,2}(?::\d\d)?)\b|\blleva(?:n|mos)? (?:(?:mas de|casi|ya) )?(?:media hora|una hora|(?:dos|tres|diez|quince|veinte|treinta|\d{1,3}) (?:minutos|horas|min))\b`,
  // fr
  String.raw`\bdepuis (?:(?:plus d'|plus de|presque|environ|bientot|deja) ?)?(?:une demi-heure|une heure|un quart d'heure|(?:deux|trois|quatre|cinq|dix|quinze|vingt|trente|quarante|cinquante|\d{1,3}) ?(?:minutes|min|heures|h)|ce matin|\d{1,2} ?h(?:\d\d)?)\b`,
  // pt
  String.raw`\b(?:ha|faz) (?:(?:mais de|quase|uns|umas|ja) )?(?:meia hora|uma hora|(?:dois|duas|tres|quatro|cinco|dez|quinze|vinte|trinta|quarenta|cinquenta|\d{1,3}) (?:minutos|horas|min))\b|\bdesde (?:hoje de manha|cedo|as \d{1,2}(?::\d\d)?)\b`,
  // it
  String.raw`\bda (?:(?:piu di|quasi|circa|oltre) )?(?:mezz'ora|mezzora|un'ora|(?:due|tre|quattro|cinque|dieci|quindici|venti|trenta|quaranta|cinquanta|\d{1,3}) (?:minuti|ore|min)|stamattina|stamane)\b|\bdalle \d{1,2}(?::\d\d)?\b`,
  // pl
  String.raw`\bod (?:(?:ponad|prawie|okolo) )?(?:pol godziny|godziny|(?:dwoch|trzech|pieciu|dziesieciu|pietnastu|dwudziestu|trzydziestu|czterdziestu|\d{1,3}) (?:minut|godzin|min))\b|\bod (?:rana|samego rana)\b`,
].join('|');

// Words every duration above holds, looked for first: most texts have none (issue 19).
const MAY_NAME_A_DURATION =
  /min|hour|hrs|since|stund|std|seit|hora|heure|depuis|\dh|ora\b|ore\b|mezz|stamattina|stamane|dalle|godzin|rana|manha|cedo|lleva/;
const DURATION_PATTERN = new RegExp(foldPattern(DURATION), 'gu');

/** The folded text with the minutes and hours something has lasted taken out, or undefined when it names none. */
export function withoutDurations(folded: string): string | undefined {
  if (!MAY_NAME_A_DURATION.test(folded)) return undefined;
  DURATION_PATTERN.lastIndex = 0;
  if (!DURATION_PATTERN.test(folded)) return undefined;
  return folded.replace(DURATION_PATTERN, ' ').replace(/ {2,}/g, ' ');
}
