import { GERMAN_DOWN_AND_STILL } from './down-and-still';
import { GERMAN_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { GERMAN_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { GERMAN_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { GERMAN_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { GERMAN_HARM_SAID_VERB_LAST } from './harm-said-verb-last';
import { GERMAN_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { GERMAN_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { GERMAN_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { GERMAN_HIRING_LIMITS } from './hiring-limits';
import { GERMAN_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { GERMAN_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { GERMAN_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { GERMAN_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { GERMAN_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { GERMAN_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { GERMAN_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { GERMAN_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { GERMAN_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { GERMAN_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { GERMAN_COLLAPSED_TOLD_BRIEFLY } from './collapsed-told-briefly';
import { GERMAN_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { GERMAN_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { GERMAN_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { GERMAN_ARMED_AND_WAITING } from './armed-and-waiting';
import { GERMAN_WAITING_TO_HURT } from './waiting-to-hurt-the-writer';
import { GERMAN_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { GERMAN_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { GERMAN_IMPAIRED_AT_WORK } from './drunk-at-the-wheel';
import { GERMAN_BLOWS_TOLD } from './blows-told';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { GERMAN_INITIATION_RITUALS } from './initiation-rituals';
import { GERMAN_CAMPAIGNS_AGAINST } from './campaigns-against';
import { FIRED_THEN_KILL } from './kill-after-firing';
import { GERMAN_PROMOTION_BY_ORIGIN } from './promotion-by-origin-de-it-pl';
import { GERMAN_TIME_CARDS } from './time-cards-de-it-pl';
import { GERMAN_WORN_FALL_GEAR } from './worn-fall-gear-de-it-pl';
import { GERMAN_BOMBS_BROUGHT_TO_WORK } from './bombs-brought-to-work';
import { GERMAN_DYING_SAID_LIGHTLY } from './dying-said-lightly';
import { GERMAN_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { GERMAN_GONE_IN_AND_NOT_OUT } from './gone-in-and-not-come-out';
import { GERMAN_NOTES_AND_DEATHS_PROMISED } from './notes-and-deaths-promised-de';
import { GERMAN_SHUT_IN } from './shut-in-or-left-inside';
import { GERMAN_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { GERMAN_COMING_BACK_FOR_EVERYONE } from './coming-back-to-kill-everyone';
import { GERMAN_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { GERMAN_FLAME_BY_FUEL_AND_HEAT } from './flame-by-fuel-and-heat-sickness';
import { GERMAN_FORKS_AND_LOADS } from './forks-and-loads';
import { GERMAN_RETALIATION_FOR_COMPLAINTS } from './retaliation-for-complaints';
import { GERMAN_SEX_FOR_THE_JOB } from './sex-for-the-job';
import { GERMAN_IN_DANGER_NOW } from './someone-in-danger-now';
import { GERMAN_TIME_FRAUD_CLOCKED } from './time-fraud-clocked';
import { GERMAN_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { GERMAN_TIME_FRAUD } from './time-fraud';
import { GERMAN_RETALIATION_THREATS } from './retaliation-threats';
import { GERMAN_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { GERMAN_BLOWS } from './blows-named';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { beatenAtGame } from './games';
import { rule, type UrgencyLanguage } from './types';
import { eitherOrder } from './one-sentence';
import { harmInCare, restrainedInCare } from './in-care';
import { outOfContact } from './lone-worker';

import { drivenUnfit } from './unfit-vehicle';
import { GERMAN_SAID_IN_HASTE } from './said-in-haste';

/*
 * German, with umlauts written or spelled out ("Notausgänge", "Notausgaenge",
 * "Notausgange"): write patterns with ä/ö/ü and `de()` accepts all three.
 * Compounds are the rule ("Notausgangstür", "Absturzsicherung", "Schmiergeld"),
 * so most stems may sit inside a longer word (`\w*`). "Die Deadline bringt
 * mich um" and "ich sterbe vor Hunger" are idioms, not events.
 */
const de = (source: string): string =>
  source.replace(/ä/g, '(?:a|ae)').replace(/ö/g, '(?:o|oe)').replace(/ü/g, '(?:u|ue)');

export const german: UrgencyLanguage = {
  code: 'de',
  name: 'German',
  script: 'latin',
  negation: de(String.raw`nicht|nie|niemals|kein|keine|keinen|keiner|keinem|keines|ohne|null|weder|nichts`),
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...GERMAN_TALKS_ABOUT_A_HARM,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...GERMAN_CAMPAIGNS_AGAINST,
    // Eine Was-wäre-wenn-Frage bis zu ihrem Fragezeichen (blind round 29): "Was passiert eigentlich, wenn jemand im
    // Kühlhaus eingeschlossen wird?".
    String.raw`\bwas (?:passiert|geschieht|machen wir|tun wir|mache ich)(?: eigentlich| denn| dann| uns)?,? (?:wenn|falls) [^.!?\n]{0,120}?\w(?=\s*\?)`,
    // An inspection label or date run out is paperwork to record, not a hazard in use (blind round 22).
    String.raw`\b(?:pruf|prüf|wartungs|etikett|plakette|aufkleber|inspektions)\w*(?: \w+){0,3} (?:ist |sind |war )?abgelaufen\b|\b(?:laut|lt) (?:dem |der )?(?:etikett|plakette|pruf\w*|prüf\w*|aufkleber)\w* (?:\w+ )?abgelaufen\b|\babgelaufen,? (?:laut|lt) (?:dem |der )?(?:etikett|plakette|pruf\w*|prüf\w*|aufkleber)\w*`,
    // Vanishing on holiday or for a weekend is time off, not the wish to be gone for good (blind round 15).
    String.raw`\bverschwinden (?:\w+ ){0,2}(?:in den urlaub|in urlaub|ubers wochenende|fur (?:ein|zwei|drei|\d+) (?:paar )?(?:tage|wochen)|an den strand|in die berge)\b|\b(?:in den urlaub|ubers wochenende|an den strand) verschwinden\b`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    de(
      String.raw`(?:suizid|selbstmord)(?:prävention|präventions)\w*|(?:schulung|plakat|poster|kampagne|woche|tag|kurs|seminar|workshop|programm)\w* (?:zur|über|zu) (?:suizid|selbstmord)\w*(?:prävention|vorbeugung)\w*`,
    ),
    // Das Sprichwort von Rauch und Feuer ist kein Brand.
    String.raw`kein rauch ohne feuer|wo rauch ist,? (?:ist|da ist) auch feuer`,
    // Vor Lachen vom Stuhl fallen und verbrannter Toast sind keine Unfälle.
    String.raw`vor lachen (?:fast |beinahe )?(?:vom|von meinem|von seinem) stuhl (?:gefallen|gekippt)|(?:fast |beinahe )?vom stuhl (?:gefallen|gekippt) vor lachen|(?:den|die|das|mein|meinen|meine|sein|seine|ihr|ihre|unser|unsere) (?:\w+ )?(?:toast|toastbrot|brot|brotchen|pizza|reis|popcorn|essen|mittagessen|kuchen|kaffee|suppe|nudeln|auflauf) (?:ist |war )?(?:verbrannt|angebrannt|anbrennen lassen|verkohlt)`,
    // Names of training courses and of the ward someone works on, not reports.
    de(
      String.raw`(?:arbeite|arbeitest|arbeitet|arbeiten|arbeitete|tätig|dienst|schicht\w*|ausbildung|praktikum|pflegekraft|krankenschwester|pfleger|ärztin|arzt) (?:\w+ ){0,4}(?:in der|in die|auf der|in einer|der) (?:zentralen )?(?:notaufnahme|notfallambulanz|rettungsstelle|unfallchirurgie|intensivstation)`,
    ),
    de(
      String.raw`\w*(?:belästigung|mobbing|diskriminierung|gewalt)\w*(?:prävention|schutz)?\w*(?:schulung|training|kurs|modul|seminar|workshop|richtlinie|beauftragte)\w*|(?:schulung|training|kurs|modul|seminar|workshop|e-learning) (?:zur|zum|über|gegen) (?:\w+ )?(?:belästigung|mobbing|diskriminierung|gewalt)\w*`,
    ),
    de(
      String.raw`sterbe\w* vor (?:hunger|lachen|langeweile|neugier|durst|kälte|hitze)|(?:lache|lachen|lachte) mich (?:tot|kaputt)|todlangweilig|totlachen`,
    ),
    // Not when he said it as a threat, or with the end of the shift in it: "er hat gesagt er bringt mich um nach der Schicht".
    de(
      String.raw`(?<!(?:gesagt|gedroht|droht|meinte|sagt|schreit|brullt)(?:,? (?:dass|das))?(?:,? (?:er|sie))? )(?:bringt|bringen) mich (?:noch )?um(?! (?:\w+ ){0,2}(?:nach der schicht|nach feierabend|nach der arbeit|draussen|auf dem parkplatz|wenn ich))|macht mich fertig`,
    ),
    de(
      String.raw`\w*(?:sicherheit|brandschutz|evakuierung|räumung|feuer|notfall|erstehilfe|ersthelfer)\w*(?:übung|training|schulung|unterweisung|kurs|beauftragte)\w*`,
    ),
    de(
      String.raw`die zeit totschlagen|zeit totgeschlagen|abgeschossen|abschiessen|der hammer|(?:war|ist|sind|waren|wird|wäre|wie) (?:\w+ )?eine bombe`,
    ),
    // „Gefährlich gut“ ist ein Lob.
    de(String.raw`gefährlich (?:gut|lecker|bequem|süchtig machend)`),
    // Scherzhafte Drohungen mit Kuchen oder Gesang.
    de(
      String.raw`droh\w* (?:\w+ ){0,2}(?:damit,? )?(?:\w+ ){0,2}(?:kuchen|torte|kekse|plätzchen|pizza|karaoke|lied|lieder|gitarre)\w*`,
    ),
    // Eine Schulung oder ein Video zu Belästigung nennt ein Thema.
    de(
      String.raw`(?:schulung|training|kurs|modul|seminar|workshop|e-learning|video|vortrag|präsentation|richtlinie|plakat|unterweisung) (?:zu|zur|zum|über|gegen|bezüglich) (?:\w+ )?(?:belästigung|mobbing|diskriminierung|gewalt)\w*`,
    ),
    // Trennbare Verben auf gewaltsamen Stämmen: "schlägt vor" (vorschlagen), "schlägt nach", "schießt los", "tritt
    // zurück", "haut ab". Die Partikel steht am Ende des Satzteils; "schlägt mich vor allen" bleibt Gewalt, ebenso
    // "schlägt zu", "sticht zu", "haut mir eine rein" und "schlägt mich ab und zu".
    de(
      String.raw`(?:schlägt|schlägst|schlage|schlagen|schlagt|schlug|schlugen|schlugst)(?: [^\s.,;:!?]+){0,8} (?:vor|nach|ab(?! und zu)|um)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b|ob\b|wie\b))|(?:schießt|schießen|schoss|schossen)(?: [^\s.,;:!?]+){0,8} (?:los|vor|hervor)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b|sobald\b))|(?:tritt|treten|trat|traten)(?: [^\s.,;:!?]+){0,8} (?:zurück|bei|an|auf|aus|hervor|in kraft)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b))|(?:stößt|stoßt|stoßen|stieß|stießen)(?: [^\s.,;:!?]+){0,8} (?:an|dazu|hinzu|auf)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b))|(?:sticht|stechen|stach|stachen)(?: [^\s.,;:!?]+){0,8} (?:hervor|heraus|aus)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b))|(?:haut|hauen|haute|hauten)(?: [^\s.,;:!?]+){0,8} (?:ab|hin)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b))|(?:wirft|werfen|warf|warfen)(?: [^\s.,;:!?]+){0,8} (?:vor|hin|weg)(?=\s*(?:[.,;:!?)\n]|$|und\b|aber\b|oder\b|dass\b|weil\b|wenn\b))|schlägt (?:\w+ )?alarm|(?:drückt|drücken|drückte) sich (?:\w+ ){0,3}(?:vor|um) (?:der|dem|den|die|das|jede|jeder|jedem)\b|schlägt sich (?:\w+ ){0,4}durch|\w*(?:vorschlag|vorschläg|vorgeschlagen|vorzuschlagen|nachschlag|nachgeschlagen|nachzuschlagen|zuschlag|zuschläg|umgeschlagen|losgeschossen|vorgeschossen)\w*`,
    ),
    // Beim Spiel geschlagen (games.ts): "hat mich beim Tischtennis geschlagen", "schlägt mich im Schach".
    de(
      beatenAtGame(
        String.raw`(?:schlägt|schlagt|schlagen|schlug|schlugen|besiegt|besiegte|besiegen|zieht|zog|macht|machte) (?:mich|uns|ihn|sie|alle|jeden)|geschlagen|besiegt|abgezogen|fertiggemacht|plattgemacht|vernichtet|abgezockt|zerlegt|weggeputzt|abgehängt`,
        String.raw`beim|im|in|bei|am|an der`,
        String.raw`tischtennis|schach|kicker|tischkicker|tischfußball|skat|doppelkopf|schafkopf|karten|kartenspiel\w*|kegeln|billard|dart|mensch ärgere dich nicht|mühle|halma|armdrücken|videospiel\w*|computerspiel\w*|brettspiel\w*|zocken`,
        String.raw`raum|halle|platz|verein|club|klub|turnier|training|abend|party|spiel|tisch`,
      ),
    ),
    // Eine Sache, die einen „noch umbringen wird“, ist eine Klage (Übertreibung), keine Drohung: „dieser Dienstplan wird mich
    // umbringen“. Eine Person als Subjekt („mein Ex wird mich umbringen“) wird gelesen wie bisher.
    String.raw`\b(?:diese|dieser|dieses|die|der|das|mein|meine|unser|unsere)\s(?:(?:neue|neuen|neuer|neues|blode|blöde|verdammte) )?\w*(?:schicht|schichten|dienste|dienstplan|arbeit|software|system|programm|besprechungen|meetings|mails|papierkram|tempo|woche|monat|jahr|nachte|pendelei|stau|treppen|schuhe|fusse|rucken|kaffee|stress|projekt|inventur|larm|drucker|computer|excel|berichte|schulung|prufung|bestellungen|kisten|uberstunden|saison|zeiterfassung)\s(?:wird|werden) mich (?:noch )?(?:umbringen|toten|killen|fertigmachen)\b`,
    // „Ans Bett gefesselt sein“ heißt bettlägerig: „meine Oma ist seit Wochen ans Bett gefesselt“. Nicht „ist … ans Bett
    // gefesselt worden“ (das hat jemand getan).
    String.raw`\b(?:ist|war|bin|bist|sind|waren|liegt|lag|bleibt|blieb) (?:\w+ ){0,4}ans bett gefesselt\b(?! (?:worden|von|durch))`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.de!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...GERMAN_INITIATION_RITUALS,
    // Blows the rules below lacked (blows-named.ts).
    ...GERMAN_BLOWS,
    ...FIRED_THEN_KILL.de,
    // Blindrunde 25: Rauch aus einem Raum oder Gerät ("rauch aus dem serverraum!!"), und ein Kühlraum zu mit jemandem
    // drin ("the Kühlraum door ist zu und Anna ist drin").
    rule(
      'safety',
      String.raw`\b(?:rauch|qualm|flammen) (?:kommt |dringt |quillt )?(?:aus|unter) (?:dem|der|den) (?:\w+ )?(?:\w*raum|\w*zimmer|kuche|halle|lager|keller|buro|schrank|kasten|verteiler\w*|motor|maschine|gerat|steckdose|ofen|dach|werkstatt)\b|\b(?:kuhlraum|kuhlhaus|kuhlzelle|gefrierraum|tiefkuhl\w*|kuhlkammer|froster)\w*\b[^.!?\n]{0,60}\b(?:zu|verschlossen|klemmt|geht nicht (?:mehr )?auf|nicht (?:mehr )?auf)\b[^.!?\n]{0,40}\b(?!(?:die|der|das|ware|waren|alles|es|zeug|lieferung|fleisch|essen)\b)[a-z]+ (?:ist|sind) (?:noch )?(?:drin|drinnen|eingeschlossen|eingesperrt)\b`,
    ),
    // Jemand ist in einen Silo, Tank oder Kühlraum gestiegen und meldet sich nicht: "Jan ist vor einer Stunde in den
    // Silo gestiegen und meldet sich nicht mehr".
    rule(
      'safety',
      de(
        String.raw`\b(?:in|auf) (?:den|das|die|dem) (?:\w+ )?(?:silo|tank|kühlraum|kühlhaus|kühlzelle|gefrierraum|tiefkühl\w*|schacht|grube|kanal|keller|behälter|dach)\b[^.!?]{0,40}\b(?:gestiegen|gegangen|geklettert|runter|rein)\b[^.!?]{0,60}\b(?:meldet sich nicht|nicht (?:zurück|wieder)|antwortet nicht|kein lebenszeichen|nicht mehr (?:raus|gesehen|aufgetaucht))`,
      ),
    ),
    // Jemand bricht bei der Arbeit zusammen: atmet nicht, krampft, hat einen Herzinfarkt, erstickt, läuft blau an.
    // "Ich hätte fast einen Herzinfarkt bekommen, als ich den Dienstplan sah" ist eine Redensart.
    rule(
      'safety',
      de(
        String.raw`(?<!\bich )\batmet (?:nicht|nicht mehr|kaum noch|kaum)\b(?! (?:richtig durch|durch|auf))|\bhört (?:auf|einfach auf) zu atmen\b|\b(?:hat )?aufgehört zu atmen\b|\bkeine atmung\b|\bkein(?:en)? puls\b|\b(?:er|sie|jemand|der kollege|die kollegin) (?:kriegt|bekommt) keine luft(?: mehr)?\b|(?<!\b(?:fast|beinahe|gleich|bald|noch|fast schon) )\b(?:hat|kriegt|bekommt|erleidet) (?:gerade |grad |grade |wohl |vermutlich |anscheinend |glaube ich )?(?:einen|ein|nen) (?:\w+ )?(?:krampfanfall|epileptischen anfall|herzinfarkt|infarkt|herzstillstand|schlaganfall|asthmaanfall|allergischen schock|anaphylaktischen schock)\b(?![^.!?]{0,40}\b(?:als ich|wenn ich|haha\w*|lol|xd)\b)|\b(?:krampft|krampfen|zuckt am boden|zuckt auf dem boden|krampfanfall im|krampfanfall in der|krampfanfall auf)\b|\b(?:er|sie|jemand|kollege|kollegin|der|die) (?:\w+ )?(?:erstickt|ist am ersticken|droht zu ersticken|hat sich verschluckt und kriegt keine luft)\b(?! (?:in|an|unter) (?:arbeit|papier\w*|mails|e-mails|burokratie|aufgaben|der arbeit))|\b(?:läuft|lief|ist|wird|wurde) (?:ganz |schon )?blau an\b|\b(?:lippen|gesicht) (?:sind|ist|werden|wird) (?:ganz |schon )?(?:blau|lila)\b`,
      ),
    ),
    // Eine Waffe, wo sie nicht hingehört, ohne Verb: "eine Waffe auf dem Parkplatz", "Machete in der Umkleide".
    rule(
      'threat',
      de(
        String.raw`\b(?:waffen?|pistolen?|knarren?|gewehre?|revolver|messer|macheten?|schusswaffen?|wumme)\b (?:liegt |lag |versteckt )?(?:auf|in|im|am|vor|hinter|bei|beim|neben) (?:dem |der |den |die |das |meinem |meiner |seinem |seiner |einem |einer )?(?:\w*(?:parkplatz|spind|spinde|umkleide|toilette|toiletten|klo|pausenraum|kantine|empfang|eingang|tor|halle|lager|büro|flur|hof|rampe|laden|kasse|treppe|aufzug|auto|wagen|tasche|rucksack))\b(?![^.!?]{0,40}\b(?:stumpf|schleifen|schublade|besteck|spülmaschine|schulung)\b)`,
      ),
    ),
    // Gewalt, die gerade geschieht ("jemand wird gerade niedergestochen"), Hasssymbole und verdeckte Drohungen.
    rule(
      'threat',
      de(
        String.raw`\b(?:wird|werden) (?:gerade |grad |grade |jetzt |da |draußen )?(?:niedergestochen|abgestochen|erstochen|verprügelt|zusammengeschlagen|zusammengetreten|niedergeschlagen|gewürgt|erschossen|angeschossen|vermöbelt|verdroschen|abgeknallt|angegriffen)\b(?! (?:von der konkurrenz|im spiel))|\b(?:schlagen|schlägt|treten|tritt|stechen|sticht|knallen|knallt) (?:ihn|sie|jemanden|einen kollegen|eine kollegin|den \w+|die \w+|mich|uns) (?:gerade |grad |grade |jetzt |da |draußen )*(?:zusammen|nieder|ab|tot)\b|(?:^|[.!?] ?)du bist (?:als )?(?:der |die )?nächste\b(?=\s*(?:$|[.!?,]| dran))|\bdu bist (?:als nächstes|als nächster|der nächste) dran\b|\b(?:dir|ihm|ihr|euch) (?:wird|könnte) (?:noch |bald )?(?:etwas|was) (?:schlimmes |schlimmes )?passieren\b|\bwäre (?:doch )?schade, wenn (?:deinem|deiner|deinen|seinem|seiner|ihrem|ihrer) (?:\w+ )?(?:auto|wagen|haus|familie|frau|mann|kinder|kind|tochter|sohn)\b|\bdu bist (?:nach der schicht|heute abend|draußen) (?:tot|fällig|dran)\b`,
      ),
    ),
    rule(
      'discrimination',
      de(
        String.raw`\b(?:henkersschlinge|galgenstrick|henkersknoten)\b|\b(?:schlinge|strick)\b[^.!?]{0,40}\b(?:gehängt|aufgehängt|hing|hängt|hängen|gelassen)\b|\b(?:hakenkreuze?|swasti[ck]as?|ss-runen|sigrunen)\b|\b(?:zeigt|zeigte|gezeigt|macht|machte|gemacht|ruft|rief|gerufen|brüllt|brüllte|gebrüllt) (?:\w+ ){0,3}(?:den )?(?:hitlergruß|sieg heil|heil hitler)\b`,
      ),
    ),
    // Mit allem Schluss machen: ending one's life said as ending everything ("mein Kollege will Schluss machen mit
    // allem"); "mit ihm Schluss machen" ends a relationship and stays calm.
    // Blind round 15: a co-worker gone without the word "vermisst": phone off and nobody knows where, or gone since yesterday.
    rule(
      'safety',
      String.raw`(?<!\b(?:urlaub|krank|krankgeschrieben|elternzeit|frei)\b[^.!?\n]{0,120})(?![^.!?\n]{0,240}\b(?:urlaub|krank|krankgeschrieben|elternzeit)\b)(?:${eitherOrder('latin', 100, String.raw`(?:handy|telefon|mobiltelefon)\w* (?:ist |war )?(?:aus|ausgeschaltet|abgeschaltet|tot)|geht nicht (?:ran|ans telefon)|(?:ist )?nicht erreichbar`, String.raw`(?:keiner|niemand) weiss,? wo (?:er|sie) (?:ist|steckt|hin ist)|seit (?:gestern|heute|letzter nacht)\w*(?: \w+)? weg`)})`,
    ),
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`demenz\w*|dement\w*|alzheimer|verwirrt\w*`,
        String.raw`(?:allein|alleine) (?:\w+ ){0,5}(?:raus|rausgegangen|hinausgegangen|rausgelaufen|weggelaufen|verschwunden|abgehauen)|(?:ist|sind) (?:\w+ ){0,2}weg|nicht (?:mehr )?(?:in|im) (?:seinem|ihrem) (?:zimmer|bett)|weggelaufen|verschwunden|abgehauen|ausgebuxt|finden (?:ihn|sie) nicht|nicht (?:mehr )?auffindbar|niemand findet (?:ihn|sie)|auf der (?:strasse|landstrasse|bundesstrasse)`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:pfleger|pflegerin|pflegekraft|pflegekrafte|nachtschicht|betreuer|betreuerin)\w*\b[^.!?\n]{0,80}?\b(?:kein|ohne) (?:abendessen|essen|fruhstuck|mittagessen)\b|\b(?:frische|neue) (?:blaue flecken|hamatome|blutergusse)\b[^.!?\n]{0,60}?\b(?:wieder|schon wieder|jede)\b|\bschon wieder (?:frische|neue) (?:blaue flecken|hamatome|blutergusse)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:kind|kinder|kleinkind|baby|schuler|schulerin|junge|madchen)\w*\b[^.!?\n]{0,60}?\b(?:in|im) (?:der |dem |die |das )?(?:bad|toilette|klo|wc|zimmer|raum|schrank|keller|abstellraum)\b[^.!?\n]{0,20}?\beingesperrt\b|\beingesperrt\b[^.!?\n]{0,30}?\b(?:kind|kinder|kleinkind)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:will|mochte|mocht|werde|wurde|wollte|moechte|wuerde) (?:\w+ ){0,2}(?:fur|fuer) immer verschwinden\b(?! (?:aus|von) (?:diesem|dem|der|diesen|den|dieser) (?:\w+ )?(?:meeting|besprechung|chat|gruppe|gruppenchat|buro|call|konferenz|sitzung|termin)\b)|\b(?:mache|mach|machen|mach ich|mache ich) (?:ich |jetzt |heute |endgultig |wirklich )*schluss mit allem\b|\bschluss mit allem machen\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:mit allem|mit dem leben|mit meinem leben|mit seinem leben|mit ihrem leben) schluss (?:machen|zu machen|gemacht)\b|\bschluss machen mit (?:allem|dem leben|meinem leben|seinem leben|ihrem leben)\b|\b(?:meinem|seinem|ihrem) leben ein ende (?:setzen|machen|bereiten|zu setzen)\b`,
    ),
    // Jemand anderes will sich das Leben nehmen ("mein Kollege will sich umbringen", "sie bringt sich noch um").
    rule(
      'self-harm',
      de(
        String.raw`\b(?:will|möchte|wollte|wird|droht|versucht|plant|denkt daran),? sich (?:\w+ ){0,3}(?:umbringen|umzubringen|das leben (?:zu )?nehmen|erhängen|aufhängen|zu erhängen|aufzuhängen|erschießen|zu erschießen)\b|\bbringt sich (?:\w+ ){0,3}um(?=\s*$|\s*[.!?,;]| (?:und|weil|wenn|oder|sagt|hat)\b)`,
      ),
    ),
    // Buying the rope to hang oneself ("hab mir nen Strick gekauft").
    rule(
      'self-harm',
      String.raw`\b(?:mir|ich) (?:\w+ ){0,2}(?:einen |nen |'nen |ein |den )?strick (?:gekauft|besorgt|bestellt|geholt|gekn[uo]pft)\b`,
    ),
    // Violence against the writer in the present or future ("der Chef schubst mich", "wird mich schlagen"): "stößt
    // mich ab" is disgust, not a push.
    rule(
      'threat',
      de(
        String.raw`\b(?:schubst|schubsen|ohrfeigt|ohrfeigen|verprügelt|verprügeln|boxt|boxen|haut|hauen|stößt|stoßt|stossen|stoßen|tritt|treten|würgt|würgen)\b (?:mich|uns)\b(?! (?:ab|an|zurück|weg)\b)|\b(?:spuckt|spucken|spuckte|spuckten) (?:mich|uns) an\b|\bbespuckt (?:mich|uns)\b|\b(?:schlug|schlugen|schubste|schubsten|trat|traten|würgte|würgten|ohrfeigte|stieß|verprügelte|verprügelten) (?:mich|uns)\b(?! (?:ab|vor)\b)|(?<!\b(?:ich|wir) )\b(?:wird|werden|will|wollen) (?:mich|uns) (?:\w+ )?(?:schlagen|verprügeln|ohrfeigen|treten|würgen|umbringen|abstechen|erschießen)\b`,
      ),
      { negatable: true },
    ),
    // Vom Gerüst, von der Leiter oder vom Dach gestürzt: jemand ist verletzt.
    rule(
      'safety',
      String.raw`\b(?:vom|von der|von einem|von einer|aus dem) (?:\w+ )?(?:gerust|dach|leiter|hubsteiger|stapler|regal|podest|bühne|buhne|hebebühne|hebebuhne) (?:\w+ )?(?:gefallen|gesturzt|abgesturzt|runtergefallen|heruntergefallen)\b`,
    ),
    // Der Wunsch, nicht mehr aufzuwachen oder nicht mehr da zu sein.
    rule(
      'self-harm',
      String.raw`\b(?:besser|lieber),? wenn ich (?:einfach )?(?:nicht mehr (?:da|aufwachen|aufwache|leben|lebe|wach werde)|tot ware|weg ware)\b|\bwunschte,? ich (?:ware tot|wurde nicht mehr aufwachen|ware nicht mehr da)\b`,
    ),
    // Sagen, man wisse, wo die Kinder zur Schule gehen oder die Familie wohnt: um Angst zu machen.
    rule(
      'threat',
      String.raw`(?<!\bich )\bweiss,? (?:wo|auf welche schule|in welche schule)\s(?:meine|mein) (?:kinder|kind|tochter|sohn|familie|frau|mann|eltern) (?:zur schule gehen|zur schule geht|gehen|geht|wohnen|wohnt)\b`,
    ),
    // Rauch, der aus etwas kommt: es brennt oder schmort jetzt.
    rule(
      'safety',
      String.raw`\brauch (?:kommt|quillt|steigt|dringt|zieht)\b|\b(?:kommt|quillt|steigt|dringt) (?:\w+ ){0,2}rauch\b|\b(?:alles|voller|voll) (?:\w+ )?rauch\b|\brauchentwicklung\b|(?<!\b(?:er|sie|ich|chef|chefin) )qualmt\b(?! wie)`,
    ),
    // Starke Blutung, Blut überall.
    rule(
      'safety',
      String.raw`\bblutet (?:stark|heftig|sehr|total|extrem|wie verruckt|ohne ende|immer noch)\b|\b(?:viel blut|uberall blut|alles voller blut|blutlache|voller blut|hort nicht auf zu bluten|stark blutend\w*)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:kind|kinder|kleinkind|kleiner junge|kleines madchen|baby)\b`,
        String.raw`allein|alleine|unbeaufsichtigt|ohne aufsicht|keiner weiss wem|niemand weiss wem|irrt`,
        String.raw`lade|rampe|stapler|lkw|laster|maschine|lager|hof|parkplatz|strasse|produktion|halle|baustelle|rangier`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("er hat mich vergewaltigt", "ich wurde sexuell missbraucht").
    rule(
      'harassment',
      de(
        String.raw`\bvergewaltig\w*|\bsexuell\w* (?:missbr\w+|übergriff\w*|genötigt|nötigung|angegriffen|gewalt)|\bsexualdelikt\w*|\bhat mich (?:\w+ )?missbraucht\b`,
      ),
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule('safety', cryForHelp(de(String.raw`hilfe|helft mir|helfen sie mir|feuer|es brennt|notfall`), 'latin')),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      de(
        String.raw`\bamokläufer\w*|\bamoklauf\w*|\bamok\b|\b(?:ein|einen|eine) (?:\w+ )?(?:schützen|schütze|bewaffnete\w*|mann mit (?:einer |einem )?(?:waffe|pistole|gewehr|messer))\b|\bbewaffnete\w* (?:mann|männer|person|täter|typ|kunde)\b|\b(?:jemand|er|sie|einer|ein mann|ein typ|der täter) (?:schiesst|schoss|hat geschossen|feuert|ballert)\b|\bschüsse\b|\bschiesserei\b|\bauf (?:mich|uns|ihn|sie|leute|menschen|kunden|kollegen|(?:den|die|einen|eine|unseren|unsere|meinen|meine) \w+) geschossen\b|\b(?:es gibt|da ist|wir haben|jemand hat|gefunden:?) (?:eine|einen) (?:bombe|sprengsatz|sprengstoff)\b|\bbombe (?:im|in der|unter)\b`,
      ),
    ),
    rule(
      'threat',
      de(
        String.raw`\b(?:ich werde|werde|wir werden|er wird|sie wird) (?:gerade |jetzt )?(?:geschlagen|verprügelt|gewürgt|getreten|angegriffen)\b|\b(?:schlägt|schlagen|verprügelt|verprügeln|würgt|tritt) (?:gerade |jetzt )?(?:mich|uns|einen|eine|leute|kollegen|kolleginnen|die (?:\w+ )?(?:mitarbeiter|kollegen))\b|\b(?:versucht|versuchte) mich zu (?:erwürgen|würgen|erstechen)\b`,
      ),
    ),
    rule(
      'harassment',
      de(
        String.raw`\b(?:k\.?o\.?-tropfen|ko tropfen)\b|\b(?:etwas|was|tropfen) (?:in|ins) (?:mein|meinen|ihr|ihren) (?:getränk|glas|kaffee|bier)\b|\b(?:hat sich|entblösst sich|entblösste sich) (?:vor mir|vor ihr)? ?(?:entblösst|exhibitioniert)\b|\b(?:verfolgt|folgt) mich (?:\w+ )?(?:bis )?nach hause\b`,
      ),
    ),
    rule(
      'self-harm',
      de(
        String.raw`\b(?:ich )?bring(?:e)? mich (?:\w+ ){0,4}um\b|\bich (?:will|werde|möchte) mich (?:\w+ ){0,2}umbringen\b|\bmich umbringen\b|\bich tu(?:e)? mir (?:was|etwas) an\b|\b(?:niemand|keiner) würde mich vermissen\b`,
      ),
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\babschiedsbrie\w*|\babschiedsnachricht\w*|\babschiedsvideo\w*|\bbald nicht mehr (?:da|hier)\b|\bnicht mehr lange (?:da|hier)\b|\b(?:verschenkt|verschenke|verschenken) (?:alle |all )?(?:meine|meinen) (?:sachen|besitz|habseligkeiten)\b|\bmich von allen verabschiedet\b`,
    ),
    rule(
      'self-harm',
      de(
        String.raw`suizid\w*|selbstmord\w*|(?:mir|mich) (?:das leben (?:zu )?nehmen|umbringen|umzubringen|etwas antun|was antun|ritzen)|(?:will|möchte|wollte|mag)(?: \w+){0,3} (?:nicht mehr (?:leben|weiterleben|da sein|aufwachen)|sterben)|nicht mehr leben (?:will|möchte)|(?:ritze|ritzt) mich|selbstverletz\w*|keinen sinn mehr zu leben|lebensmüde`,
      ),
    ),

    rule(
      'threat',
      de(
        String.raw`(?:ge|be)?droh\w*[^.!?]{0,40}?(?:umzubringen|umbringen|abzustechen|zu erschiessen|zu töten|totzuschlagen|zu schlagen|messer|waffe|pistole|bombe|zu verprügeln)|(?:bringe|bringt|bring|bringen) (?:dich|ihn|sie|euch|den \w+|die \w+) um|(?:mit|zog|zückte|hatte|hat|brachte|holte) (?:einem |einer |ein |eine |seinem |seiner |sein |seine )?(?:messer|waffe|pistole|schusswaffe|gewehr|baseballschläger)(?! (?:zum|für das|fürs) (?:schneiden|brot|gemüse))|(?:messer|waffe|pistole) (?:gezogen|gezückt|dabei|mitgebracht)|todesdrohung\w*|bombendrohung\w*|morddrohung\w*`,
      ),
    ),
    rule(
      'threat',
      de(
        String.raw`schlägerei\w*|prügelei\w*|(?:verprügelt|zusammengeschlagen|geohrfeigt|gewürgt|tätlich angegriffen)|(?:hat|haben) (?:\w+ )?(?:mich|ihn|sie|uns|einen kollegen|eine kollegin|die \w+|den \w+|eine \w+|einen \w+) (?:geschlagen|geschubst|getreten|angegriffen|gewürgt|verprügelt|bespuckt)|körperlich\w* (?:gewalt|angriff\w*|angegriffen)|gewalt (?:am arbeitsplatz|gegen)|handgreiflich\w*`,
      ),
      { negatable: true },
    ),

    rule(
      'harassment',
      de(
        String.raw`\w*belästig\w*|\w*mobb\w*|\w*schikan\w*|einschüchter\w*|grapsch\w*|begrapsch\w*|betatsch\w*|anzüglich\w*|übergriff\w*|nachgestellt`,
      ),
      { negatable: true },
    ),
    rule(
      'harassment',
      de(
        String.raw`(?:fasst|fasste|fassen|fässt) (?:mich|uns|sie|die kolleginnen|frauen) (?:ständig |immer |dauernd |einfach )?an|(?:fasst|fasste) mir an (?:den|die|das)|(?:mich|sie|uns) (?:angefasst|begrapscht|betatscht|geküsst|bedrängt)|(?:sexuell\w*|schlüpfrig\w*|eindeutig\w*|obszön\w*) (?:bemerkung\w*|kommentar\w*|nachricht\w*|witz\w*|bilder|fotos|angebot\w*|anspielung\w*|belästigung|übergriff\w*)|(?:schreit|brüllt|schrie|brüllte|beleidigt|beleidigte|beschimpft|beschimpfte|demütigt|demütigte|bedroht|bedrohte) (?:uns|mich|sie|die \w+|alle|jeden)`,
      ),
    ),

    rule(
      'discrimination',
      de(
        String.raw`\w*diskrimin\w*|\w*rassis\w*|\w*fremdenfeind\w*|\w*ausländerfeind\w*|homophob\w*|transphob\w*|sexis\w*|frauenfeind\w*|antisemit\w*|islamfeind\w*|benachteiligt (?:weil|wegen|als)`,
      ),
      { negatable: true },
    ),
    rule(
      'discrimination',
      de(
        String.raw`weil ich (?:eine frau|schwanger|schwarz|muslim\w*|jüd\w*|schwul|lesbisch|trans|ausländer\w*|zu alt|behindert|ein kopftuch trage|kopftuch trage|türk\w*|migrant\w*)|wegen (?:meiner|meines|ihrer|seiner|unserer) (?:hautfarbe|herkunft|religion|schwangerschaft|behinderung|nationalität|sexualität|akzent\w*|alters|geschlechts|kopftuch\w*)|(?:frauen|ausländer\w*) (?:werden|verdienen|bekommen)[^.!?]{0,40}(?:schlechter bezahlt|weniger)|(?:schlechter bezahlt|weniger (?:geld|lohn|gehalt)) als (?:die )?(?:männer|männliche|deutsche)|nur männer (?:werden )?befördert`,
      ),
    ),

    rule(
      'fraud',
      de(
        String.raw`\w*betrug\w*|\w*betrüg\w*|schmiergeld\w*|bestech\w*|korrupt\w*|unterschlag\w*|veruntreu\w*|geldwäsche|schwarzgeld|schwarzarbeit|schwarz (?:bezahlt|ausgezahlt|arbeiten)`,
      ),
      { negatable: true },
    ),
    rule(
      'fraud',
      de(
        String.raw`(?:stundenzettel|stundennachweis\w*|zeiterfassung|arbeitszeit\w*|unterschrift\w*|prüfprotokoll\w*|protokoll\w*|rechnung\w*|belege?|dokumente?|berichte?|inventur|abrechnung\w*|fahrtenbücher|fahrtenbuch|lenkzeit\w*|tachoscheibe\w*)[^.!?]{0,60}?(?:gefälscht|manipuliert|frisiert|geschönt|nachträglich geändert|gelöscht)|(?:fälscht|fälschen|fälschte|manipuliert|frisiert|frisieren)\w* (?:die |den |das |unsere |seine )?(?:stunden\w*|zeit\w*|unterschrift\w*|protokoll\w*|rechnung\w*|belege?|dokumente?|berichte?|zahlen|abrechnung\w*|fahrtenb\w*|tacho\w*)`,
      ),
    ),
    rule(
      'fraud',
      de(
        String.raw`(?:klaut|klauen|klaute|stiehlt|stehlen|stahl|entwendet|geklaut|gestohlen)\w*[^.!?]{0,30}?(?:geld|kasse|ware\w*|trinkgeld\w*|material|werkzeug\w*|lager|diesel|sprit|kunden)|(?:diebstahl|diebstähle|griff in die kasse|kassendifferenz\w*)`,
      ),
      { negatable: true },
    ),
    rule(
      'fraud',
      de(
        String.raw`(?:überstunden|lohn|gehalt|löhne|zuschläge)[^.!?]{0,30}?(?:nicht|nie) (?:bezahlt|ausgezahlt|vergütet)|(?:zahlt|zahlen|bezahlt|bezahlen) (?:uns |mir |ihnen )?(?:die |keine )?(?:überstunden|den lohn|das gehalt|mindestlohn) (?:nicht|nie)`,
      ),
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      de(
        String.raw`(?:zwing\w*|gezwungen|muss\w*|verlang\w*|druck\w*)(?: \w+){0,5} (?:unbezahlte\w*|kostenlose\w*|gratis) (?:überstunden|mehrarbeit|extraschichten)|(?:zwing\w*|gezwungen|muss\w*|verlang\w*)(?: \w+){0,4} (?:überstunden|mehrarbeit|extraschichten)(?: \w+){0,3} (?:ohne (?:bezahlung|geld|lohn|vergütung|ausgleich|bezahlt zu werden)|umsonst|unbezahlt|gratis)`,
      ),
    ),

    rule(
      'safety',
      de(
        String.raw`\w*gefährlich\w*|lebensgefahr|lebensgefährlich\w*|unsicher\w* (?:arbeitsbedingungen|zustände|zustand|arbeitsplatz|leiter|gerüst|maschine\w*|stapler)|sicherheitsmäng\w*|sicherheitsproblem\w*|sicherheitsrisik\w*|unfallgefahr|brandgefahr|explosionsgefahr|stolperfalle\w*|todesfalle\w*`,
      ),
      { negatable: true },
    ),
    rule(
      'safety',
      de(String.raw`fühl\w* (?:mich|uns|sich) (?:hier |dort |da |bei \w+ )?(?:nicht (?:mehr )?sicher|unsicher)`),
    ),
    rule(
      'safety',
      de(
        String.raw`\w*(?:notausgang|notausgäng|fluchtweg|fluchttür|notausstieg|rettungsweg|nottreppe|feuertreppe|brandschutztür)\w*[^.!?]{0,60}?(?:zugestellt|verstellt|blockiert|versperrt|abgeschlossen|verschlossen|zugesperrt|zu|verriegelt|verbarrikadiert|zugeparkt)|(?:zugestellt|verstellt|blockiert|versperrt|abgeschlossen|verschlossen|verriegelt)\w* (?:\w+ )?\w*(?:notausgang|notausgäng|fluchtweg|fluchttür|rettungsweg)\w*`,
      ),
    ),
    rule(
      'safety',
      de(
        String.raw`(?:riecht|stinkt|roch|geruch|leck|leckt|austritt|austretend)\w*[^.!?]{0,40}?(?:gas|ammoniak|chemikalie\w*|chlor|diesel|benzin|lösungsmittel|rauch|verbrannt)|gasgeruch|gasleck\w*|(?:offene|blanke|freiliegende|lose|kaputte) (?:kabel|leitung\w*|drähte|stromleitung\w*)|stromschlag|stromschläge|kurzschluss|asbest\w*|es brennt (?:im|in|am|an)|feuer (?:im|in der|am)|brand im|\b\w*(?:lager|halle|werkstatt|gebäude|küche|büro|lkw|maschine|stapler|keller|container|fritteuse|werk)\w* brennt\b(?! (?:vor|darauf|auf)\b)`,
      ),
    ),
    rule(
      'safety',
      de(
        String.raw`ohne (?:absturzsicherung|sicherung|gurt|helm|schutzhelm|handschuhe|schutzbrille|sicherheitsschuhe|schutzausrüstung|psa|gehörschutz|atemschutz|geländer|einweisung|schulung|staplerschein|bremsen|lüftung)|(?:keine|kein|keinen|keinem|keiner|fehlende\w*|fehlt|fehlen) (?:\w+ )?(?:psa|schutzausrüstung|absturzsicherung|geländer|feuerlöscher|verbandskasten|erste-hilfe-kasten|schutzhandschuhe|helme|bremsen)|(?:bremsen|schutzhaube|schutzgitter|schutzabdeckung|lichtschranke|not-aus|notaus|feuerlöscher|erste-hilfe-kasten|verbandskasten|geländer|leiter|gerüst)\w*[^.!?]{0,30}?(?:kaputt|defekt|funktionier\w* nicht|abgebaut|entfernt|abgeklemmt|überbrückt|leer|abgelaufen|fehlt|fehlen)`,
      ),
    ),
    rule(
      'safety',
      de(
        String.raw`(?:fast|beinahe|knapp) (?:\w+ )?(?:überfahren|erschlagen|abgestürzt|gestürzt|umgekommen|eingeklemmt|angefahren|zerquetscht|einen stromschlag)|(?:stapler|gabelstapler|hubwagen|kran)\w*[^.!?]{0,40}?(?:umgekippt|angefahren|überfahren|gerammt|keine bremsen|bremsen)|(?:da|hier) (?:passiert|wird) (?:noch |bald )?(?:ein unfall|was passieren|jemand sterben)|jemand (?:wird|kann) (?:sich )?(?:verletzt|verletzen|sterben|zu tode)`,
      ),
    ),
    rule(
      'safety',
      de(
        String.raw`(?:schwer |schwerst )?verletzt\w*|verletzung\w*|\w*unfall|\w*unfälle|\w*unfällen|krankenwagen|rettungswagen|notarzt|notaufnahme|ins krankenhaus|verbrennung\w*|verbrüh\w*|bewusstlos|ohnmächtig|umgekippt vor hitze|hitzschlag|kreislaufkollaps|gestürzt`,
      ),
      { negatable: true },
    ),
    rule(
      'safety',
      de(
        String.raw`(?:betrunken|besoffen|alkoholisiert|unter drogen|bekifft)\w* (?:zur arbeit|gefahren|am steuer|stapler|gekommen|im dienst)|(?:fährt|fuhr|arbeitet|kam) (?:\w+ )?(?:betrunken|besoffen|alkoholisiert)|lenkzeit\w* überschritten|(?:müssen|sollen) (?:\d+|über \d+) stunden (?:am stück )?fahren`,
      ),
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule('threat', de(String.raw`weiss,? wo (?:ich|du|wir|sie|er) wohn\w*|pass bloss auf|das wirst du bereuen`)),
    rule(
      'self-harm',
      de(
        String.raw`(?:sammle|sammel|horte|bunkere|spare) (?:\w+ )?(?:tabletten|pillen|schlaftabletten|medikamente)|(?:wären|wäre) (?:alle )?besser (?:dran )?ohne mich`,
      ),
    ),
    rule(
      'discrimination',
      de(
        String.raw`zurück in (?:sein|dein|ihr|euer)e?s? (?:land|heimat)|(?:geh|soll|sollen|solle)\w* (?:\w+ ){0,3}(?:in (?:sein|dein|ihr|euer)e? (?:land|heimat))`,
      ),
    ),
    rule(
      'harassment',
      de(
        String.raw`seit (?:ich|sie) (?:ihn|ihm|sie) (?:abgewiesen|abblitzen lassen|einen korb gegeben|nein gesagt)[^.!?]{0,100}(?:schicht\w*|dienst\w*|erzählt|gerücht\w*|bestraft|abmahn\w*|schlechteste\w*)|(?:erzählt|behauptet|verbreitet)\w* (?:\w+ ){0,3}(?:ich sei|ich wäre|sie sei) (?:leicht zu haben|eine schlampe|billig)`,
      ),
    ),
    rule(
      'fraud',
      de(
        String.raw`(?:leere|blanko|unausgefüllte)\w* \w*(?:bögen|bogen|protokolle|formulare|checklisten|berichte|blätter)\w*[^.!?]{0,30}unterschreib\w*|blanko unterschr\w*`,
      ),
    ),
    rule(
      'safety',
      de(
        String.raw`(?:regale?|regal\w*|gerüst\w*|decke|träger|zwischenboden|hochregal\w*)[^.!?]{0,30}(?:biegen sich|biegt sich|durchgebogen|verbogen|schief|neigt sich|neigen sich|rissig|gibt nach|geben nach|sackt|hangt durch|hangen durch|kommt runter|bricht ein|fallen stucke)|rauchmelder[^.!?]{0,40}(?:batterie\w* (?:raus|entfernt)|abgeklebt|abgeschaltet|deaktiviert|abmontiert)`,
      ),
    ),
    // Eine Art, sich das Leben zu nehmen.
    rule(
      'self-harm',
      de(
        String.raw`mich (?:\w+ ){0,4}(?:aufhängen|aufzuhängen|erhängen|zu erhängen|erschießen|vor (?:den|einen|die) (?:zug|bus|lkw|laster|bahn|u-bahn) (?:werfen|zu werfen|schmeißen))|(?:werfe|schmeiß|schmeiße) mich vor (?:den|einen|die) (?:zug|bus|lkw|laster|bahn|u-bahn)|(?:von|vom) (?:der |dem |einer |einem )?(?:brücke|dach|hochhaus|balkon|parkhaus)\w* (?:springen|zu springen|springe|stürzen)|(?:pulsadern|adern) (?:aufschneiden|aufzuschneiden|aufgeschnitten)`,
      ),
    ),
    // Stunden für Abwesende: Scheinbeschäftigte, für andere stempeln.
    rule(
      'fraud',
      de(
        String.raw`scheinbeschäftigt\w*|scheinarbeitsverhältnis\w*|geistermitarbeiter\w*|(?:stempelt|stempeln|stempelte|stempelten|bucht|buchen|buchte|schreibt|schreiben|rechnet|rechnen)(?: \w+){0,4} für (?:leute|kollegen|kolleginnen|mitarbeiter|freunde|kumpels|verwandte|seine|ihre|seinen|ihren)(?: \w+)?,? die (?:gar |überhaupt |so gut wie )?(?:nie|nicht|niemals|kaum)(?: \w+){0,2} (?:da|anwesend|gearbeitet|gekommen|im dienst)`,
      ),
    ),
    // Eine ganze Gruppe von Arbeit oder Beförderung ausschließen.
    rule(
      'discrimination',
      de(
        String.raw`(?:ausländer|ausländerinnen|frauen|schwarze|muslime|muslimas|türken|polen|russen|araber|schwule|lesben|schwangere|mütter|ältere|alte|kopftuchträgerinnen)\w* (?:bekommen|kriegen|werden|dürfen|können) (?:hier )?(?:keine|keinen|kein|nicht|nie) (?:\w+ )?(?:festanstellung|vertrag|beförderung|befördert|eingestellt|schichtleitung|führungsposition|stelle|chance)|(?:stellen|stellt|befördern|befördert) (?:hier )?(?:keine|nie) (?:ausländer|frauen|schwarze|muslime|türken|schwule|schwangere|mütter|ältere)\w*`,
      ),
    ),
    // Beschäftigte eingesperrt, wo sie arbeiten, ohne Weg nach draußen.
    rule(
      'safety',
      String.raw`\b(?:sperrt|sperren|sperrte|sperrten|schliesst|schliessen|schloss|schlossen|riegelt|riegeln) uns\b[^.!?]{0,50}\bein\b|\b(?:wir sind|wir werden|werden wir|sind wir|wurden wir|wir wurden|man hat uns|hat uns|haben uns)\b[^.!?]{0,40}\b(?:eingesperrt|eingeschlossen)\b|\b(?:die )?(?:mitarbeiter|kollegen|arbeiter|leute|nachtschicht)\b[^.!?]{0,20}\b(?:eingesperrt|eingeschlossen)\b`,
    ),
    // Eine Gefahr, die einfach liegen bleibt: Öl, wo man läuft, ein leerer oder fehlender Feuerlöscher, ein Leck, das
    // nach der Reparatur wieder da ist; und was einem dabei passiert: Hand in der Maschine, Blutung, die nicht aufhört.
    rule(
      'safety',
      String.raw`\b(?:ol|oel|hydraulikol|hydraulikoel|motorol|motoroel|diesel|benzin|kraftstoff|kuhlmittel|kuehlmittel|saure|saeure|lauge|chemikalien|chemikalie|schmiermittel|fett)\b (?:\w+ ){0,3}(?:ausgelaufen|ausgetreten|verschuttet|verschuettet|verkleckert|auf dem boden|am boden|uberall|ueberall|auf der treppe|im gang)\b|\b(?:olfleck|oelfleck|olspur|oelspur|ollache|oellache|olpfutze|oelpfuetze|chemikalienpfutze|chemikalienpfuetze)\w*|\b(?<!(?:schild|schilder|warnschild|hinweis|aufsteller|vorsicht),? (?:"|„)?)(?:boden|gang|treppe|rampe|halle)\b (?:\w+ ){0,3}(?:spiegelglatt|rutschig|glitschig)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:feuerloscher|feuerloescher|loscher|loescher|feuerlöscher)\b(?: \w+){0,5} (?:ist |sind |war )?(?:leer|abgelaufen|weg|fehlt|fehlen|verschwunden|geklaut|gestohlen|entleert|nicht (?:mehr )?da|nicht aufzufinden|nirgends)\b|\b(?:kein|keine|keinen|fehlt|fehlen|klauten|klaute|entfernten) (?:der |die |ein |einen |den )?(?:feuerloscher|feuerloescher|loscher|loescher)\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:leck|leckage|undichte stelle)\b(?: \w+){0,4} (?:ist )?(?:wieder da|wieder aufgetreten|zuruck|zurueck|kommt wieder|ist wieder)\b|\b(?:nach|trotz) (?:der )?(?:reparatur|reparieren)\b[^.!?]{0,40}\b(?:wieder|erneut|tropft|leckt|undicht|leck)\w*|\b(?:tropft|leckt|ist undicht|sind undicht|lauft aus|laeuft aus)\b (?:\w+ ){0,2}(?:schon )?wieder\b[^.!?]{0,40}\b(?:repariert|reparatur)\b`,
    ),
    rule(
      'safety',
      String.raw`\bmit (?:der|seiner|ihrer|dem) (?:\w+ )?(?:hand|arm|finger|fuss|fu(?:ss)?|haaren|armel|aermel|armeln|aermeln)\b (?:\w+ ){0,2}(?:in die|in der|in den|unter die|zwischen die) (?:\w+ )?(?:maschine|presse|walze|walzen|saege|sage|stanze|fraese|frase|kette|rollen|band|forderband|foerderband|antrieb|welle)\b (?:\w+ ){0,2}(?:gekommen|geraten|gezogen|eingezogen|eingeklemmt|gequetscht|steckt|stecken)\b|\b(?:vom|von der|von einem|von einer|aus dem) (?:\w+ )?(?:geruest|gerüst|dach|leiter|hubsteiger|stapler|regal|podest|buehne|bühne|hebebuehne|hebebühne|treppe) (?:\w+ )?(?:gefallen|gesturzt|gestuerzt|gestürzt|abgesturzt|abgestuerzt|abgestürzt|runtergefallen|heruntergefallen|gefallen)\b`,
    ),
    rule(
      'safety',
      String.raw`\b(?:blutung|blut)\b (?:\w+ ){0,2}(?:hort|hoert|hört) (?:einfach )?nicht (?:mehr )?auf\b|\b(?:hort|hoert|hört) nicht (?:mehr )?auf zu bluten\b|\b(?:blutet|bluten|blutete)\b (?:\w+ ){0,2}(?:stark|heftig|ununterbrochen|ohne ende|wie verruckt|wie verrueckt|immer noch|wie sau)\b|\bdie blutung (?:lasst|laesst|lässt) sich nicht stillen\b`,
    ),
    // Eine Drohung mit der Schicht im Satz ist keine Redensart: "er bringt mich um nach der Schicht", "das wirst du nach der Schicht bereuen".
    rule(
      'threat',
      String.raw`\b(?:bringt|bringe|bringen|bring) (?:mich|dich|ihn|sie|euch|uns) (?:\w+ ){0,2}um\b (?:\w+ ){0,2}(?:nach der schicht|nach feierabend|nach der arbeit|draussen|drauken|auf dem parkplatz|wenn (?:ich|du|er|sie) (?:rausgeh|rauskomm|zur polizei|zum betriebsrat|zur personalabteilung))\w*|\b(?:nach der schicht|nach feierabend|auf dem parkplatz|draussen) (?:\w+ ){0,2}(?:bringt|bringe|bringen|bring) (?:er |sie |ich )?(?:mich|dich|ihn|sie|euch|uns) (?:\w+ ){0,2}um\b`,
    ),
    // Sex als Bedingung für Schichten, Stunden oder den Vertrag.
    rule(
      'harassment',
      String.raw`\b(?:nur|erst|keine|kein|mehr) (?:\w+ ){0,2}(?:schichten|stunden|vertrag|festvertrag|beforderung|befoerderung|gehaltserhohung|gehaltserhoehung|urlaub|dienste)\b[^.!?]{0,40}\bwenn (?:ich|sie|du) (?:mit ihm|mit ihr|mit dem chef) (?:schlafe|schlaft|schlaeft|ins bett gehe|ausgehe|ins hotel gehe)\b|\bwenn (?:ich|sie|du) (?:nicht )?(?:mit ihm|mit ihr) (?:schlafe|schlaft|schlaeft|ins bett gehe)\b[^.!?]{0,40}\b(?:schichten|stunden|vertrag|festvertrag|rausgeschmissen|gekundigt|gekuendigt|entlassen)\b`,
    ),
    // Der Wunsch, nicht mehr da zu sein, ohne das Wort: "es wäre besser, wenn ich nicht mehr da wäre".
    rule(
      'self-harm',
      String.raw`\b(?:es )?(?:ware|waere|wär|wäre|ist) (?:fur alle |fuer alle |für alle )?(?:besser|einfacher|leichter)(?: fur alle| fuer alle| für alle)?,? wenn (?:ich )?(?:nicht mehr (?:da|hier|am leben) (?:ware|waere|wäre|bin)|nicht mehr (?:leben|existieren) (?:wurde|wuerde|würde)|weg (?:ware|waere|wäre)|tot (?:ware|waere|wäre)|(?:ich )?verschwinde|es mich nicht (?:mehr )?gabe|es mich nicht (?:mehr )?gaebe|es mich nicht (?:mehr )?gäbe)\b`,
    ),
    // Ein Finger oder eine Hand ab, ein Stapler, der jemanden umfährt.
    rule(
      'safety',
      String.raw`\b(?:finger|fingerkuppe|daumen|hand|arm|fuss|zeh|zehen)\b (?:\w+ ){0,3}(?:abgeschnitten|abgetrennt|abgerissen|abgequetscht|amputiert|abgesagt|abgesaegt|zerquetscht)\b|\b(?:stapler|gabelstapler|hubwagen|lkw|laster|transporter|radlader)\b (?:\w+ ){0,3}(?:umgefahren|uberfahren|ueberfahren|angefahren|erfasst|uberrollt|ueberrollt|umgenietet)\b|\b(?:umgefahren|uberfahren|ueberfahren|angefahren|erfasst) (?:worden|wurde|vom stapler|vom gabelstapler|von einem stapler|vom lkw)\b`,
    ),
    // Umgangssprachlich geschlagen: "er hat mir eine reingehauen", "sie hat ihm eine geklebt".
    rule(
      'threat',
      String.raw`\b(?:mir|ihm|ihr|uns|dem \w+|der \w+) (?:\w+ )?(?:eine|eins|ne|n paar|ein paar|eine aufs maul|eins auf die fresse) (?:\w+ )?(?:reingehauen|reingeschlagen|gescheuert|geklebt|verpasst|gelangt|gedonnert|gewischt|aufs maul gegeben|auf die fresse gegeben)\b`,
      { negatable: true },
    ),
    // Eine versteckte Drohung mit dem Schichtende: "das wirst du nach Feierabend bereuen", "nach der Schicht bist du dran".
    rule(
      'threat',
      String.raw`(?<!\b(?:wenn du (?:nicht )?(?:mitkommst|kommst|mit)|nicht mitkommst|grillen|grillfest|feier|party|bier|kneipe|essen|film|spiel|kuchen|karaoke|weihnachtsfeier|betriebsfeier)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:wenn du (?:nicht )?(?:mitkommst|kommst|mit)|nicht mitkommst|grillen|grillfest|feier|party|bier|kneipe|essen|film|spiel|kuchen|karaoke|weihnachtsfeier|betriebsfeier)\b)(?:(?:\b(?:wirst du|wirst es|wirst das|wirst) (?:\w+ )?(?:bereuen)\b|\bbist du dran\b(?! (?:mit|zu|beim)\b)|\bdu bist dran\b(?! (?:mit|zu|beim)\b)|\bdas zahl ich dir heim\b|\bdu kannst was erleben\b|\bdu kannst dich auf was gefasst machen\b|\bdu wirst schon sehen\b)[^.!?]{0,40}(?:\bnach (?:der schicht|feierabend|der arbeit|dienstschluss|schichtende)\b|\bdraussen\b|\bauf dem parkplatz\b|\bam ausgang\b|\bwenn du rauskommst\b)|(?:\bnach (?:der schicht|feierabend|der arbeit|dienstschluss|schichtende)\b|\bdraussen\b|\bauf dem parkplatz\b|\bam ausgang\b|\bwenn du rauskommst\b)[^.!?]{0,40}(?:\b(?:wirst du|wirst es|wirst das|wirst) (?:\w+ )?(?:bereuen)\b|\bbist du dran\b(?! (?:mit|zu|beim)\b)|\bdu bist dran\b(?! (?:mit|zu|beim)\b)|\bdas zahl ich dir heim\b|\bdu kannst was erleben\b|\bdu kannst dich auf was gefasst machen\b|\bdu wirst schon sehen\b))`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:feuerloscher|feuerloescher|loscher|loescher)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:ol|oel|diesel|kraftstoff|saure|saeure|chemikalien)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // Zusammengebrochen und nicht ansprechbar, wie weit auseinander der Satz die beiden auch stellt: jemand braucht jetzt Hilfe.
    rule(
      'safety',
      String.raw`\b(?:zusammengebrochen|umgekippt|ohnmachtig|kollabiert|gesturzt|hingefallen|liegt am boden)\b[^.!?]{0,40}\b(?:reagiert nicht|nicht (?:mehr )?ansprechbar|atmet nicht|kommt nicht (?:mehr )?zu sich|wacht nicht (?:mehr )?auf)\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "der Pfleger hat die Bewohnerin geschlagen", "fesselt Herrn M. ans Bett".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`pfleger(?:in|innen)?|pflegekraft|pflegekrafte|pflegehelfer(?:in)?|betreuer(?:in|innen)?|erzieher(?:in|innen)?|lehrer(?:in|innen)?|tagesmutter|krankenschwester|schwester \w+|sein (?:vater|stiefvater|papa)|ihre? (?:mutter|vater|stiefvater|mama|papa)`,
        harm: String.raw`(?:hat |haben |hatte )?(?:schlagt|schlug|schlagen|geschlagen|ohrfeigt\w*|geohrfeigt|tritt|getreten|schubst\w*|geschubst|schuttelt\w*|geschuttelt|kneift|gekniffen|fesselt\w*|gefesselt|fixiert\w*|sperrt\w*|eingesperrt|verbrannt|verbruht|misshandel\w*)`,
        dependant: String.raw`(?:die |den |der |das |ein |eine |einen |einer |unsere? |unseren )?(?:bewohner(?:in|innen)?|patient(?:in|innen|en)?|schuler(?:in|innen)?|kind(?:er)?|kleinkind|baby|oma|opa|frau \w+|herrn? \w+|senior(?:in|en)?)`,
        passive: String.raw`\b(?:wurde|wurden|ist|wird|war) (?:\w+ )?(?:von )?(?:einem |einer |der |dem |den )?`,
        harmed: String.raw`(?:geschlagen|geohrfeigt|getreten|geschubst|geschuttelt|gefesselt|fixiert|eingesperrt|misshandelt)`,
        harmsThem: String.raw`(?:schlagt|verprugelt|tritt|misshandelt) (?:ihn|sie)`,
      }),
    ),
    // A small child left alone for an hour or more: "das Kind wurde eine Stunde allein im Schlafraum gelassen".
    rule(
      'safety',
      // German puts the time between the child and the verb ("das Kind eine Stunde allein gelassen"): any order.
      String.raw`\b(?:kind|kinder|kleinkind|baby|babys|kleine|kleinen)\b(?=[^.!?\n]{0,80}\b(?:allein|alleine|unbeaufsichtigt|ohne aufsicht)\b)(?=[^.!?\n]{0,80}\b(?:(?:eine|uber eine|mehr als eine|fast eine|zwei|drei|mehrere|\d+) stunden?|stundenlang|die ganze (?:nacht|mittagsruhe))\b)`,
    ),
    // A resident with dementia not in their room, with a door open or at night (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:demenz\w*|dement\w*|alzheimer|verwirrt\w*)\b[^.!?]{0,80}\b(?:nicht|weder) (?:in|im) (?:seinem|ihrem|dem|der)? ?(?:zimmer|bett|garten|aufenthaltsraum|wohnbereich)\b[^.!?]{0,120}(?:\b(?:tur|turen|tor|ausgang)\b(?: \w+){0,4} (?:offen|auf|unverschlossen)|\b(?:kalt|eiskalt|friert|nacht|dunkel|regen|schnee|strasse)\b)`,
    ),
    // A lone worker out of contact (lone-worker.ts): "Jan geht seit heute früh nicht ans Telefon, er war allein im Tank".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`(?:geht|ging) (?:\w+ ){0,4}nicht (?:mehr )?ans (?:telefon|handy)|(?:meldet|meldete) sich (?:\w+ ){0,3}nicht|(?:nicht|niemand) (?:mehr )?erreichbar|nicht zu erreichen|erreichen (?:ihn|sie) nicht|funk (?:ist )?(?:still|tot)`,
        String.raw`allein\w*|(?:sein|ihr) (?:auto|wagen|transporter|fahrrad) (?:steht|ist) (?:noch|immer noch)|tank|behalter|becken|schacht|silo|grube|kuhlhaus`,
        String.raw`urlaub|zu hause|krankgeschrieben|in (?:einer )?besprechung|im meeting|frei hat`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`bremsen? (?:\w+ ){0,4}(?:weich|schwammig|versag\w*|greif\w* nicht|kaputt|defekt|hinuber|durch)|(?:fahrer|busfahrer|fahrerin)(?: \w+){0,4} (?:ist |war )?(?:betrunken|besoffen|blau|voll|zugedrohnt|bekifft)`,
        String.raw`fahrgast\w*|passagier\w*|(?:kinder|schuler|leute|kollegen) (?:an bord|im bus|drin)|(?:schulbus|werksbus|shuttle|kleinbus)|trotzdem (?:\w+ ){0,3}(?:fahren|weiterfahren|losfahren)|(?:fahren|weiterfahren|losfahren) (?:\w+ ){0,2}trotzdem`,
      ),
    ),
    // Blind round 13: jemand kommt an einen Ort, um die Leute dort anzugreifen: "er kommt morgen ins Büro und erschießt
    // alle", "er ist auf dem Weg ins Lager, um den Vorarbeiter zu verprügeln". Nicht "kommt und schießt Fotos".
    rule(
      'threat',
      String.raw`\b(?:kommt|kommen|komme|kame|kamen|fahrt|fahren|geht|gehen|unterwegs|auf dem weg)\b(?: [\w-]+){0,7}? (?:und|um) (?:(?:mich|dich|ihn|sie|uns|euch|alle|jeden|jemanden|den|die|das|der|seinen|seine|ihren|ihre|unseren|unsere|meinen|meine) )?(?:[\w-]+ ){0,2}(?:erschiess\w*|zu erschiessen|umbringt|umbringen|umzubringen|totet|toten|zu toten|absticht|abstechen|abzustechen|sticht (?:\w+ ){1,3}ab|verprugel\w*|zu verprugeln|zusammenschlag\w*|zusammenzuschlagen|abknall\w*|abzuknallen|niederschiess\w*|niederzuschiessen|schiesst auf|bringt (?:mich|dich|ihn|sie|uns|euch|alle|jeden)(?: \w+){0,2} um)\b(?! (?:die |den |das )?(?:\w*ratten|mause|ungeziefer|schaben|kakerlaken|wespen|insekten|motten|termiten|unkraut|zeit|stimmung|langeweile|keime|bakterien|viren)\b)`,
    ),
    // Blind round 13: Bewohner, Patienten oder Kinder, vom Personal ans Bett oder an den Stuhl gebunden (in-care.ts):
    // "Auf Station 3 werden Bewohner nachts am Bett festgebunden". Nicht "ist seit Wochen ans Bett gefesselt" (bettlägerig).
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`(?:heim)?bewohner(?:in|innen|n)?|patient(?:in|innen|en)?|senior(?:in|innen|en)|pflegebedurftige\w*|demente\w*|kinder|kind|kleinkind(?:er)?|schutzling(?:e)?|klient(?:in|innen|en)|herrn? [a-z]\w*|frau [a-z]\w*`,
        tiedTo: String.raw`(?:am|ans|an das|an den|an die|im|in den|auf dem|auf den) (?:\w+ )?(?:bett|betten|stuhl|stuhlen|rollstuhl|sessel|heizung|bettgitter)\w* (?:\w+ ){0,2}(?:festgebunden|angebunden|gefesselt|festgeschnallt|angeschnallt|angegurtet|fixiert)|(?:festgebunden|angebunden|gefesselt|festgeschnallt|angegurtet|fixiert) (?:\w+ ){0,2}(?:am|ans|an das|an den|im|auf dem) (?:\w+ )?(?:bett|stuhl|rollstuhl|sessel|heizung)\w*|ohne (?:arztliche |richterliche )?(?:anordnung|genehmigung|beschluss) (?:\w+ ){0,3}(?:fixiert|festgebunden|angebunden)|(?:fixiert|festgebunden|angebunden) (?:\w+ ){0,3}ohne (?:arztliche |richterliche )?(?:anordnung|genehmigung|beschluss)`,
        tie: String.raw`binden|bindet|band|banden|fesseln|fesselt|schnallen|schnallt|fixieren|fixiert`,
        furniture: String.raw`(?:am|ans|an das|an den|an die|im|auf dem) (?:\w+ )?(?:bett|stuhl|rollstuhl|sessel|heizung)\w*`,
        bedridden: String.raw`\b(?:grippe|fieber|krank\w*|erkaltung|corona|covid|virus|bandscheibe|bettlagerig)\b|\b(?:ist|war|bin|bist|sind|waren|liegt|lag) (?:\w+ ){0,4}ans bett gefesselt\b(?! (?:worden|von|durch))`,
      }),
    ),
    // Ein Finger, eine Hand oder ein Auge bei der Arbeit verloren: "hat an der Presse einen Finger verloren". War es vor
    // Jahren, lässt long-ago.ts es ruhig.
    rule(
      'safety',
      String.raw`\b(?:einen|zwei|drei|den|seinen|ihren|seine|ihre|die halbe|ein) (?:\w+ )?(?:finger|daumen|hand|arm|fuss|fingerkuppe|fingerglied|zeh|auge)\w* (?:\w+ ){0,2}verloren\b|\b(?:finger|daumen|hand|arm|fuss)\w* (?:\w+ ){0,2}(?:abgetrennt|amputiert|abgerissen)\b`,
    ),
    // Ein Brand mit dem Ort, an dem er ist, in den wenigsten Worten (said-in-haste.ts): "Brand in Halle 3".
    ...GERMAN_SAID_IN_HASTE,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...GERMAN_FIRE_BACK_AND_LEFT_INSIDE,
    // Gone into a tank or a freezer and not come out, told over several sentences or texts (gone-in-and-not-come-out.ts).
    ...GERMAN_GONE_IN_AND_NOT_OUT,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...GERMAN_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...GERMAN_NOTHING_LEFT_TO_LOSE,
    // A return promised and nobody left alive (./coming-back-to-kill-everyone.ts).
    ...GERMAN_COMING_BACK_FOR_EVERYONE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...GERMAN_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...GERMAN_FIGHTS_IN_SLANG,
    ...GERMAN_VIOLENCE_IF_FIRED,
    ...GERMAN_WHOEVER_TELLS_THREATENED,
    ...GERMAN_WARNED_OR_BEATEN,
    ...GERMAN_HARM_SAID_VERB_LAST,
    ...GERMAN_VESSELS_ABOUT_TO_BURST,
    ...GERMAN_IN_DANGER_NOW,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...GERMAN_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...GERMAN_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...GERMAN_FLAME_BY_FUEL_AND_HEAT,
    ...GERMAN_FORKS_AND_LOADS,
    ...GERMAN_TIME_FRAUD_CLOCKED,
    ...GERMAN_BLOWS_TOLD,
    ...GERMAN_BOMBS_BROUGHT_TO_WORK,
    ...GERMAN_RETALIATION_FOR_COMPLAINTS,
    ...GERMAN_SEX_FOR_THE_JOB,
    ...GERMAN_DYING_SAID_LIGHTLY,
    ...GERMAN_TIME_FRAUD,
    ...GERMAN_IMPAIRED_AT_WORK,
    ...GERMAN_TIME_CARDS,
    ...GERMAN_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...GERMAN_WHO_THEY_ARE_HELD_AGAINST,
    ...GERMAN_HIRING_LIMITS,
    ...GERMAN_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...GERMAN_FRAUD_WITHOUT_THE_WORD,
    ...GERMAN_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    GERMAN_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    GERMAN_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    GERMAN_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...GERMAN_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...GERMAN_BLASTS_HEARD_WITH_SOMEONE_THERE,
    GERMAN_EXITS_LOCKED_ON_SHIFT,
    GERMAN_NUMB_AFTER_A_SHOCK,
    // A co-worker, named or described, who collapsed, told briefly (att43: collapsed-told-briefly.ts).
    GERMAN_COLLAPSED_TOLD_BRIEFLY,
    ...GERMAN_FOLLOWED_HOME_AND_TRACKED,
    ...GERMAN_WORN_FALL_GEAR,
    ...GERMAN_PROMOTION_BY_ORIGIN,
    ...GERMAN_RETALIATION_THREATS,
    ...GERMAN_RETALIATION_IDIOMS,
    ...GERMAN_TELLERS_THREATENED,
    // Someone waiting for the writer, the harm said as its aim (waiting-to-hurt-the-writer.ts).
    ...GERMAN_WAITING_TO_HURT,
    // Someone armed, waiting on the site or at its edge (armed-and-waiting.ts).
    ...GERMAN_ARMED_AND_WAITING,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...GERMAN_CALLS_FOR_HELP_FORBIDDEN,
    ...GERMAN_REPORTERS_HUNTED_BY_METHOD,
    // A threat left on a note, a death promised by a person (att46: notes-and-deaths-promised-de.ts).
    ...GERMAN_NOTES_AND_DEATHS_PROMISED,
  ],
};
