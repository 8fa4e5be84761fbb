import { ITALIAN_DOWN_AND_STILL } from './down-and-still';
import { ITALIAN_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { ITALIAN_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { ITALIAN_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { ITALIAN_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { ITALIAN_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { ITALIAN_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { ITALIAN_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { ITALIAN_HIRING_LIMITS } from './hiring-limits';
import { ITALIAN_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { ITALIAN_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { ITALIAN_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { ITALIAN_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { ITALIAN_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { ITALIAN_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { ITALIAN_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { ITALIAN_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { ITALIAN_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { ITALIAN_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { ITALIAN_HEAT_TOLD_BY_ITS_SIGNS } from './heat-told-by-its-signs';
import { ITALIAN_DOWN_A_HOLE_AND_SILENT } from './down-a-hole-and-silent';
import { ITALIAN_COLLAPSED_TOLD_BRIEFLY } from './collapsed-told-briefly';
import { ITALIAN_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { ITALIAN_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { ITALIAN_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { ITALIAN_ARMED_AND_WAITING } from './armed-and-waiting';
import { ITALIAN_WAITING_TO_HURT } from './waiting-to-hurt-the-writer';
import { ITALIAN_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { ROMANCE_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { ROMANCE_ARMED_ROBBERY } from './violence-in-hand';
import { ROMANCE_REPORTERS_HUNTED } from './unmasking-reporters';
import { ITALIAN_BOMBS_BROUGHT_TO_WORK } from './bombs-brought-to-work';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { ITALIAN_INITIATION_RITUALS } from './initiation-rituals';
import { ITALIAN_CAMPAIGNS_AGAINST } from './campaigns-against';
import { ITALIAN_DISCRIMINATION_SAID } from './discrimination-said';
import { ITALIAN_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { ITALIAN_SHUT_IN } from './shut-in-or-left-inside';
import { ITALIAN_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { ITALIAN_COMING_BACK_FOR_EVERYONE } from './coming-back-to-kill-everyone';
import { ITALIAN_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { ITALIAN_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { ITALIAN_RETALIATION_THREATS } from './retaliation-threats';
import { ITALIAN_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { FIRED_THEN_KILL, ITALIAN_KILL_AFTER_FIRING } from './kill-after-firing';
import { ITALIAN_WORN_GEAR_AND_SMOKE } from './worn-gear-and-smoking-machines';
import { ITALIAN_PROMOTION_BY_ORIGIN } from './promotion-by-origin-de-it-pl';
import { ITALIAN_TIME_CARDS } from './time-cards-de-it-pl';
import { ITALIAN_WORN_FALL_GEAR } from './worn-fall-gear-de-it-pl';
import { ITALIAN_STOLEN_HOURS_AND_FALSE_RECORDS } from './stolen-hours-and-false-records';
import { ITALIAN_SAID_BARE } from './said-in-haste-bare';
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
 * Italian, with or without accents ("è"/"e'"/"e"). "Muoio dal ridere",
 * "questa scadenza mi uccide" and "è stato una bomba" are idioms, not events.
 */
const HURT = String.raw`(?:ammazzar\w*|uccider\w*|ammazza|uccide|picchiar\w*|accoltellar\w*|sparar\w*|spaccare la faccia|far(?:gli|le)? del male|menar\w*|massacrar\w*)`;

export const italian: UrgencyLanguage = {
  code: 'it',
  name: 'Italian',
  script: 'latin',
  negation: String.raw`non|nessun|nessuna|nessuno|mai|senza|zero|niente|nulla`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...ITALIAN_TALKS_ABOUT_A_HARM,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...ITALIAN_CAMPAIGNS_AGAINST,
    // An inspection label or date run out is paperwork to record, not a hazard in use (blind round 22).
    String.raw`\b(?:etichetta|cartellino|data (?:di )?(?:revisione|controllo|verifica)|revisione|verifica)(?: \w+){0,3} (?:e |gia )?(?:scadut[ao]|scadenza passata)\b|\bscadut[ao] (?:secondo|dall'|dalla|da) (?:l')?(?:etichetta|cartellino|data)\b`,
    // Vanishing on holiday or for a weekend is time off, not the wish to be gone for good (blind round 15).
    String.raw`\bsparire (?:\w+ ){0,2}(?:in vacanza|in ferie|per il (?:fine settimana|weekend)|(?:qualche|due|tre|\d+) (?:giorni|settimane)|una settimana|un mese|al mare|in montagna)\b`,
    // Un osso rotto sciando o giocando, fuori dal lavoro: un motivo di assenza, non un infortunio da seguire oggi.
    String.raw`(?:mi sono|si e|si sono|ho|ha) (?:rott[oa]|fratturat[oa]|slogat[oa]|stort[oa]|fatt[oa] male a)(?: \w+){1,3} (?:sciando|giocando(?: a \w+)?|a calcio|a calcetto|in palestra|in bici|in bicicletta|in vacanza|in ferie|correndo|al mare|in montagna|durante la partita|alla partita)`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:campagna|formazione|corso|manifesto|poster|cartello|settimana|giornata|programma|seminario|opuscolo)(?: \w+){0,2} (?:di|sulla|per la) (?:prevenzione|sensibilizzazione) (?:del|al|sul) (?:suicidio|rischio suicidario|autolesionismo)`,
    // Cadere dalla sedia dal ridere e bruciare il toast non sono infortuni.
    String.raw`(?:quasi )?(?:cadut[oaie]|cado|cadevo|cascat[oa]) dalla sedia\s(?:dal|per il|dalle) (?:ridere|risate|risa)|(?:bruciat[oa]|carbonizzat[oa]) (?:il|la|i|le|lo|un|una|mio|mia) (?:\w+ )?(?:toast|pane|pizza|riso|popcorn|torta|caffe|pranzo|cena|pasta|latte)`,
    // Names of training courses and of the ward someone works on, not reports.
    String.raw`(?:corso|formazione|modulo|seminario|workshop) (?:\w+ ){0,2}(?:sulle|sulla|sul|contro|di prevenzione delle|di prevenzione del) (?:molestie|discriminazion\w+|mobbing|violenza)\w*`,
    String.raw`(?:muoio|morivo|moriamo|morto|morta|morendo|morire) (?:dal|dalle|di|dalla) (?:ridere|risate|fame|sonno|freddo|caldo|noia|voglia|sete|vergogna|stanchezza|invidia)`,
    String.raw`(?:mi|ci) (?:sta|stanno) (?:uccidendo|ammazzando)|mi (?:uccide|ammazza) (?:di|dal|la)|ammazzare il tempo`,
    String.raw`(?<!c')(?:e|era|e stato|e stata|sara|stato|stata) (?:una )?bomba|bomba di`,
    String.raw`(?:prova|prove|esercitazione|esercitazioni|simulazione|corso|formazione) (?:di |d')?(?:evacuazione|antincendio|emergenza)(?: antincendio)?`,
    // 'Pericolosamente buono' è un complimento.
    String.raw`pericolosamente (?:buon[oaie]|gustos[oaie]|comod[oaie]|delizios[oaie]|vicin[oi] al (?:weekend|pranzo|venerdi))`,
    // Minacce per scherzo con una torta o una canzone.
    String.raw`minacci\w* (?:di|con) (?:portare |fare |cantare |organizzare )?(?:la |una |il |un |dei |delle |altri |altre )?(?:torta|torte|dolci|biscotti|pizza|karaoke|canzone|canzoni|festa|battute|pasticcini)`,
    // Un video o un corso sulle molestie nomina un tema.
    String.raw`(?:video|presentazione|politica|manifesto|guida|manuale|corso|formazione|modulo)(?: \w+){0,2} (?:sulle|sulla|sul|contro le|contro la|sulle|di prevenzione delle) (?:molestie|discriminazioni|violenza|mobbing)`,
    // Battuto a un gioco non è picchiato (games.ts): "il capo mi ha battuto a scacchi", "mi batte sempre a ping pong".
    beatenAtGame(
      String.raw`(?:mi|ci|ti|lo|la|li|le) (?:ha |hanno |aveva |avevano )?(?:sempre |di nuovo |ancora )?(?:battut\w*|batte|battono|batteva|stracciat\w*|straccia|strapazzat\w*|distrutt\w*|distrugge|asfaltat\w*|asfalta|massacrat\w*|massacra|umiliat\w*|umilia|sconfitt\w*|sconfigge|suonat\w*|suona|suonate)`,
      String.raw`a|al|alla|ai|alle|in|nel|nella|nei|a una partita a|in una partita a`,
      String.raw`scacchi|ping[- ]?pong|calcio balilla|calcetto|biliardino|biliardo|carte|freccette|briscola|scopa|scopone|burraco|dama|videogiochi|videogioco|play|tennis tavolo|risiko|monopoli`,
      String.raw`sala|club|circolo|torneo|bar|tavolo|serata`,
    ),
    // "Tocca a me", "mi tocca rifare": il turno o un obbligo, non un contatto.
    String.raw`tocc(?:a|ava|hera|herebbe|o) a (?:me|te|lui|lei|noi|voi|loro|chi|ognuno|turno)\b|(?:mi|ti|ci|vi|gli|le) tocc(?:a|ava|hera|herebbe) (?!sedere\b)(?:\w+are|\w+ere|\w+ire)\b`,
    // Una cosa che "mi ammazza" è una lamentela (iperbole), non una minaccia: "questo nuovo turno mi ammazza", "queste
    // riunioni mi uccideranno". Una persona come soggetto ("il mio ex mi ammazza") è letta come prima.
    String.raw`\b(?:questo|questa|questi|queste|il|lo|la|i|gli|le|l'|mio|mia|miei|mie|nostro|nostra)\s?(?:(?:nuovo|nuova|nuovi|nuove|maledetto|maledetta) )?(?:turn[oi]|orari[oi]?|lavoro|riunion[ei]|e-?mail|mail|burocrazia|ritmo|settimana|giornata|mese|anno|nott[ei]|traffico|scale|scarpe|piedi|schiena|ginocchia|caffe|stress|progetto|inventario|software|sistema|programma|computer|stampante|excel|rapporti|corso|esame|ordini|scatole|coda|chiamate|telefono|straordinari|calendario|planning|obiettivi|divisa)(?: (?:di|del|della|dei|delle)\s[\w-]+)?(?: (?:nuovo|nuova|nuovi|nuove))?\s(?:mi|ci) (?:ammazza|ammazzano|ammazzera|ammazzeranno|uccide|uccidono|uccidera|uccideranno|sta uccidendo|sta ammazzando|fara fuori|finira per uccidere)\b`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.it!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...ITALIAN_INITIATION_RITUALS,
    // "Mi ammazza" with no thing before it: a threat to kill (kill-after-firing.ts).
    ...ITALIAN_KILL_AFTER_FIRING,
    ...FIRED_THEN_KILL.it,
    // Machines giving off smoke, fall gear worn through (worn-gear-and-smoking-machines.ts).
    ...ITALIAN_WORN_GEAR_AND_SMOKE,
    // Safety records written false, hours taken by the clock (stolen-hours-and-false-records.ts).
    ...ITALIAN_STOLEN_HOURS_AND_FALSE_RECORDS,
    // A card clocked for the absent, fall gear worn, promotion kept for one origin (time-cards-de-it-pl.ts,
    // worn-fall-gear-de-it-pl.ts, promotion-by-origin-de-it-pl.ts).
    ...ITALIAN_TIME_CARDS,
    ...ITALIAN_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...ITALIAN_WHO_THEY_ARE_HELD_AGAINST,
    ...ITALIAN_HIRING_LIMITS,
    ...ITALIAN_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...ITALIAN_FRAUD_WITHOUT_THE_WORD,
    ...ITALIAN_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    ITALIAN_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    ITALIAN_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    ITALIAN_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...ITALIAN_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...ITALIAN_BLASTS_HEARD_WITH_SOMEONE_THERE,
    ITALIAN_EXITS_LOCKED_ON_SHIFT,
    ITALIAN_NUMB_AFTER_A_SHOCK,
    // Heat illness told by its signs (att43, u44a: heat-told-by-its-signs.ts).
    ITALIAN_HEAT_TOLD_BY_ITS_SIGNS,
    ITALIAN_DOWN_A_HOLE_AND_SILENT,
    // A co-worker, named or described, who collapsed, told briefly (att43: collapsed-told-briefly.ts).
    ITALIAN_COLLAPSED_TOLD_BRIEFLY,
    ...ITALIAN_FOLLOWED_HOME_AND_TRACKED,
    ...ITALIAN_WORN_FALL_GEAR,
    ...ITALIAN_PROMOTION_BY_ORIGIN,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...ITALIAN_FIRE_BACK_AND_LEFT_INSIDE,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...ITALIAN_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...ITALIAN_NOTHING_LEFT_TO_LOSE,
    // A return promised and nobody left alive (./coming-back-to-kill-everyone.ts).
    ...ITALIAN_COMING_BACK_FOR_EVERYONE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...ITALIAN_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...ITALIAN_FIGHTS_IN_SLANG,
    ...ITALIAN_VIOLENCE_IF_FIRED,
    ...ITALIAN_WHOEVER_TELLS_THREATENED,
    ...ITALIAN_WARNED_OR_BEATEN,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...ITALIAN_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...ITALIAN_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...ITALIAN_VESSELS_ABOUT_TO_BURST,
    ...ITALIAN_BOMBS_BROUGHT_TO_WORK,
    ...ITALIAN_DISCRIMINATION_SAID,
    // Un cavo scoperto nell'acqua dove passa gente (att28: "cavo scoperto nell'acqua corridoio 4, gente che passa").
    rule(
      'safety',
      String.raw`\b(?:cav[oi]|fil[oi]|prolung\w*|ciabatt\w*)(?: elettric\w*)?(?: (?:scopert\w*|spelat\w*|nud\w*|danneggiat\w*))? (?:nell'acqua|in acqua|nella pozza|nella pozzanghera|nell'allagamento|sul bagnato|in una pozza)\b`,
    ),
    // Qualcuno che sta male al lavoro adesso: non respira, crisi epilettica, infarto, soffoca, incosciente, cianotico.
    // "Quasi mi veniva un infarto quando ho visto i turni" è un modo di dire.
    rule(
      'safety',
      String.raw`(?<!\bio )\bnon (?:respira|sta respirando|respira piu|riesce (?:piu )?a respirare)\b(?! (?:bene|con (?:calma|tutto))\b)|\bha smesso di respirare\b|\bsenza (?:polso|battito)\b|\bnon (?:ha|sento|trovo) (?:il )?(?:polso|battito)\b|(?<!\b(?:quasi|mi|ti|fai|fa) )\b(?:sta avendo|ha avuto|abbia|ha|gli e venuto|le e venuto|gli viene|le viene|e in) (?:un |una |un')?(?:infarto|attacco (?:di cuore|cardiaco|epilettico|d'asma)|crisi (?:epilettica|convulsiva|d'asma)|convulsioni|arresto cardiaco|ictus|shock anafilattico|reazione allergica)\b(?! (?:quando|a vedere|dal ridere|l'anno)\b)(?![^.!?]{0,40}\b(?:ahah\w*|haha\w*|lol|xd)\b)|\b(?:sta |ha le )?(?:convulsioni|convulsando|in preda alle convulsioni)\b|\b(?:sta soffocando|si e strozzato|si e strozzata|si sta strozzando|gli e andato di traverso|le e andato di traverso)\b(?! (?:di|dal|nel|sotto (?:il|la)) (?:lavoro|lavori|carte|burocrazia|mail|ridere))|\b(?:e|sta|era|l'abbiamo trovato|l'abbiamo trovata|giace|rimasto|rimasta) (?:\w+ )?(?:incosciente|privo di sensi|priva di sensi|svenut[oa]|senza conoscenza)\b|\bha perso (?:i sensi|conoscenza)\b|\b(?:e diventato|e diventata|sta diventando|diventa) (?:tutto |tutta )?(?:blu|viola|cianotic[oa])\b|\blabbra (?:blu|viola)\b`,
    ),
    // Un'arma dove non dovrebbe essere, senza verbo: "una pistola nel parcheggio", "un coltello nello spogliatoio".
    rule(
      'threat',
      String.raw`\b(?:pistol[ae]|armi|arma(?: da fuoco)?|coltell[oi]|machete|fucil[ei]|revolver|rivoltell[ae]|lam[ae]|serramanico)\b (?:e |era |nascost[oa] )?(?:nel|nella|nello|nei|negli|nelle|al|alla|allo|ai|sul|sulla|sullo|in|dentro il|dentro la|vicino al|vicino alla|davanti al|davanti alla|dietro il|dietro la) (?:mio |mia |suo |sua )?(?:\w+ )?(?:parcheggio|armadiett[oi]|spogliatoi[oa]?|bagn[oi]|mensa|reception|ingresso|cancello|magazzino|ufficio|corridoio|cortile|banchina|negozio|cassa|scale|ascensore|macchina|auto|zaino|borsa)\b(?![^.!?]{0,40}\b(?:spuntat\w*|affilare|cassetto|lavare|corso|formazione|per la colla|a caldo)\b)`,
    ),
    rule(
      'discrimination',
      String.raw`\b(?:appeso|appesa|hanno appeso|ha appeso|lasciato|lasciata|trovato|trovata|messo|messa) (?:un |una )?(?:cappio|nodo scorsoio|corda da impiccato)\b|\b(?:cappio|nodo scorsoio)\b(?: \w+){0,3} (?:nel|nella|sul|sulla|dentro il|dentro la) (?:mio |mia |suo |sua )?(?:\w+ )?(?:armadietto|spogliatoio|bagno|scrivania|macchina|porta|postazione)|\b(?:svastic[ah]e?|croc[ei] uncinat[ae])\b(?: \w+){0,3} (?:nel|nella|sul|sulla|sui|sulle|dentro il) (?:mio |mia |suo |sua )?(?:\w+ )?(?:armadietto|spogliatoio|bagno|scrivania|macchina|porta|muro|parete|postazione)|\b(?:disegnat[oa]|dipint[oa]|disegnato|disegnato una|disegnata|incis[oa]|scarabocchiat[oa]|hanno disegnato|ha disegnato|hanno dipinto) (?:una |delle )?(?:svastic[ah]e?|croc[ei] uncinat[ae])\b|\b(?:svastic[ah]e?|croc[ei] uncinat[ae]) (?:disegnat|dipint|incis|scarabocchiat)[aoie]\b|\b(?:fa|fatto|faceva|fanno|facevano) (?:\w+ )?(?:il )?saluto (?:romano|nazista|fascista) (?:a|ai|alle|contro|verso|davanti a) (?:me|noi|lui|lei|colleghi|loro)\b`,
    ),
    rule(
      'threat',
      String.raw`(?:^|[.!?] ?)(?:tu )?(?:sei|sarai) (?:il |la )?prossim[oa](?=\s*(?:$|[.!?,]))|\b(?:ti|gli|le|vi) (?:succedera|puo succedere|potrebbe succedere|capitera) qualcosa(?: di (?:brutto|grave|male))?\b|\bqualcosa di (?:brutto|grave|male) (?:ti|gli|le|vi) (?:succedera|capitera|succede)\b|\bsarebbe un peccato se (?:la tua|il tuo|la sua|il suo|i tuoi|i suoi|le tue) (?:\w+ )?(?:macchina|auto|casa|famiglia|moglie|marito|figli[oa]?|faccia|moto)\b|\bsei mort[oa] (?:all'uscita|dopo il turno|stasera|fuori|quando esci)\b`,
    ),
    // La vita di un altro in pericolo per sua mano ("lei vuole morire", "vuole uccidersi"), e minacce contro chi è
    // nominato ("ha detto che ammazzerà Marco").
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`demenza|demente|alzheimer|disorientat[oa]`,
        String.raw`uscit[oa] da sol[oa]|scappat[oa]|sparit[oa]|scompars[oa]|non (?:lo|la) (?:troviamo|trova|trovano)|e in strada|sulla (?:strada|statale)`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:operatric\w*|operator\w*|oss|badant\w*|infermier\w*|assistent\w*)\b[^.!?\n]{0,80}?\b(?:niente|senza) (?:cena|pranzo|cibo|mangiare|colazione)\b|\blividi (?:nuovi|freschi)\b[^.!?\n]{0,60}?\b(?:di nuovo|ancora|ogni)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:bambin[oaie]|bimb[oaie]|piccol[oaie]|alunn[oaie])\b[^.!?\n]{0,40}?\b(?:chius[oaie] (?:a chiave )?|rinchius[oaie])\b[^.!?\n]{0,20}?\b(?:in|nel|nella) (?:il |la )?(?:bagno|stanza|camera|armadio|sgabuzzino|cantina)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:la (?:faccio|fa|fai|faro|fara|farai|farei|farebbe|fece|feci)|l'(?:ha|ho|hai|aveva|avrebbe|avrei) fatta|(?:voglio|vorrei|devo|sto per|penso di|pensando di|ho deciso di|ha deciso di|basta,?) farla) finita\b(?! con (?!(?:tutto|la vita|questa vita|me stess[oa])\b))|\b(?:voglio|vorrei|voglia di) (?:\w+ )?sparire per sempre\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:vuole|vorrebbe|voleva|pensa di|sta per|va a|minaccia di|parla di) (?:morire|ammazzarsi|uccidersi|togliersi la vita|farla finita|impiccarsi|buttarsi (?:giu|dal|dalla|sotto))\b(?! (?:dal(?:le)? (?:ridere|risate|noia|fame|caldo|freddo)|di (?:noia|fame|caldo|freddo))\b)|\bsi (?:vuole )?(?:ammazza|uccide|impicca|vuole ammazzare|vuole uccidere)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:ammazzera|uccidera|accoltellera|pugnalera|sparera a|strangolera|vuole (?:ammazzare|uccidere|accoltellare|sparare a)|ha detto che (?:ammazza|uccide|accoltella)) (?!(?:il tempo|la noia|la fame|le zanzare|gli insetti|la concorrenza)\b)[a-z]+\b`,
    ),
    // A gun in street words ("ha un ferro in macchina", "gira col ferro in tasca"); an iron (ferro da stiro) is not.
    rule(
      'threat',
      String.raw`\b(?:ha|aveva|porta|portava|tiene|teneva|gira|girava|va in giro|ha tirato fuori|tira fuori) (?:con )?(?:un |il |col |un bel |il suo )?ferro (?:in (?:macchina|tasca|auto|borsa|cintura|giacca)|addosso|alla cintura|nel (?:cassetto|giubbotto|borsello|armadietto|cruscotto|bagagliaio)|nello (?:zaino|armadietto))\b`,
    ),
    // A fire reported as it burns ("fuoco in reparto, evacuate"); a drill (prova) is not.
    rule(
      'safety',
      String.raw`\b(?:fuoco|incendio) (?:in|nel|nella|nello|al|alla) (?:reparto|magazzino|cucina|ufficio|capannone|officina|baia|linea|cantiere|deposito|spogliatoio|bagno)\b|(?<!prova (?:di )?)\b(?:fuoco|incendio|fumo)\b[^.!?]{0,40}\b(?:evacuate|evacuare|uscite|tutti fuori)\b`,
    ),
    // Violence against the writer in the present or future, the pronoun before the verb ("il mio capo mi picchia"):
    // only the past was read. "Mi picchia il sole in testa" is not.
    rule(
      'threat',
      String.raw`\b(?:mi|ci) (?:picchia|picchiano|picchiera|picchieranno|mena|menano|menera|schiaffeggia|schiaffeggiano|spintona|spintonano|strattona|strattonano|strangola|strangolano|prende a (?:pugni|calci|schiaffi|botte)|prendono a (?:pugni|calci|schiaffi|botte)|prendera a (?:pugni|calci|schiaffi|botte))\b(?! (?:il sole|in testa il sole))|\bsput\w* (?:addosso|in faccia)\b|\bmi sput\w*\b`,
      { negatable: true },
    ),
    // Caduto da un ponteggio, una scala o un tetto: qualcuno è ferito.
    rule(
      'safety',
      String.raw`\b(?:cadut[oaie]|cascat[oaie]|precipitat[oaie]|volat[oaie]) (?:giu )?(?:dal|dalla|dallo|da un|da una|da uno) (?:\w+ )?(?:ponteggio|impalcatura|scala|tetto|soppalco|piattaforma|muletto|cestello|trabattello|scaffale)\b`,
    ),
    // Palpare, toccare qualcuno dopo averlo bloccato.
    rule(
      'harassment',
      String.raw`\bmi (?:ha|hanno|aveva) (?:palpata|palpeggiata)\b|\bmi (?:ha|hanno) bloccata\b[^.!?]{0,40}\b(?:toccata|palpata)\b`,
    ),
    // Dire di sapere dove vanno a scuola i figli o dove vive la famiglia, per intimidire.
    rule(
      'threat',
      String.raw`\bsa (?:dove|in che scuola|in quale scuola)\s(?:vanno a scuola |vanno |va |abitano |abita |vivono |vive |studiano )?(?:i miei|mia|mio|le mie) (?:figli|figlie|figlio|figlia|famiglia|moglie|marito|genitori|bambini)\b`,
    ),
    // Fumo che esce da qualcosa: qualcosa brucia adesso.
    rule(
      'safety',
      String.raw`\b(?:esce|usciva|e uscito|sta uscendo|c'e|c e|ce|pieno di|piena di|tanto|molto) fumo\b|\bfumo (?:nero |bianco |denso )?(?:che esce|che usciva|esce|usciva|sta uscendo|dappertutto|ovunque)\b`,
    ),
    // Sangue che non si ferma, sangue dappertutto.
    rule(
      'safety',
      String.raw`\b(?:perde|perdeva|perdendo|ha perso)\s(?:tanto|molto|parecchio) sangue\b|\bsanguin\w* (?:tanto|molto|parecchio|tantissimo|senza sosta)\b|\b(?:tanto sangue|molto sangue|sangue dappertutto|sangue ovunque|pozza di sangue|pien[oa] di sangue|non smette di sanguinare)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:bambin[oaie]|bimb[oaie]|ragazzin[oaie]|neonato)\b`,
        String.raw`da sol[oaie]|tutto solo|tutta sola|sol[oaie]|senza nessuno|incustodit[oaie]|nessuno sa di chi|che vaga|girovaga`,
        String.raw`carico|scarico|banchina|mulett|carrell|camion|tir\b|macchin|magazzino|piazzale|parcheggio|strada|produzione|corsia|linea|cantiere|manovr`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("mi ha violentata", "uno stupro in magazzino").
    rule(
      'harassment',
      String.raw`\bstupr\w*|\bviolentat[aoie]\b|\b(?:violenza|violenze|abuso|abusi|aggressione|aggressioni) sessual[ie]\b|\babusat[aoie] sessualmente\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule('safety', cryForHelp(String.raw`aiuto|aiutatemi|aiutami|soccorso|al fuoco|fuoco|incendio|emergenza`, 'latin')),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:uomo|tizio|tipo|ragazzo|persona|cliente|individuo|uomini|persone) armat[oaie]\b|\b(?:c'e|ce|ci sono|ho visto) (?:un|uno|una|dei|due) (?:tiratore|cecchino|uomo con (?:una |la )?(?:pistola|arma|fucile|coltello))\b|\b(?:qualcuno|uno|un uomo|un tizio|stanno|sta) (?:sta )?(?:sparando|spara|ha sparato|hanno sparato)\b|\b(?:colpi|spari) di (?:pistola|arma da fuoco|fucile)\b|\bsparatoria\b|\b(?:c'e|ce|hanno messo|hanno lasciato|qualcuno ha (?:messo|lasciato)) una bomba\b|\bbomba (?:in|nel|nella|sotto)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:mi|ci|lo|la|li) (?:sta|stanno) (?:picchiando|pestando|menando|strangolando|prendendo a (?:pugni|calci|botte))\b|\b(?:picchia|picchiano|mena|menano) (?:la gente|le persone|i colleghi|le colleghe|tutti|un collega|una collega|i dipendenti)\b|\b(?:ha|hanno) (?:provato|cercato) (?:a|di) strangolarmi\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:drogato|messo qualcosa) (?:nel|nella) (?:mio|mia)? ?(?:drink|bicchiere|bevanda|caffe)\b|\bsi e (?:esibito|mostrato nudo)\b|\bmi (?:segue|ha seguita?) fino a casa\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:io )?mi (?:ammazzo|uccido|tolgo la vita|sparo|impicco)\b|\b(?:voglio|vorrei|sto per|vado a) (?:ammazzarmi|uccidermi|togliermi la vita|farla finita(?! con (?!(?:tutto|la vita|questa vita|me stess[oa])\b)))\b|\bmi voglio (?:ammazzare|uccidere)\b|\bnessuno (?:sentirebbe la mia mancanza|si accorgerebbe se)\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    // Cutting oneself, said as a habit ("mi taglio da mesi"): never a haircut or nails.
    rule(
      'self-harm',
      String.raw`mi (?:taglio|tagliavo)(?! (?:\w+ ){0,2}(?:capelli|unghie|barba|frangia|baffi|pizzetto))|tagliarmi (?:le braccia|i polsi|le vene|le gambe)|autolesion\w*`,
    ),
    rule(
      'self-harm',
      String.raw`\blettere? d'addio\b|\blettere? di (?:addio|suicidio)\b|\bbiglietti? d'addio\b|\bnon (?:saro|ci saro) (?:qui|piu) (?:a lungo|ancora per molto)\b|\b(?:regalato|regalo|dato via) (?:tutte )?(?:le )?(?:mie) (?:cose|robe)\b`,
    ),
    rule(
      'self-harm',
      String.raw`suicid\w*|togliermi la vita|togliersi la vita|farla finita(?! con (?!(?:tutto|la vita|questa vita|me stess[oa])\b))|(?:vorrei|voglio|ho voglia di|penso di|penso a) (?:morire|ammazzarmi|uccidermi|sparire per sempre|farla finita(?! con (?!(?:tutto|la vita|questa vita|me stess[oa])\b)))|(?:ammazzarmi|uccidermi)|non (?:voglio|ho voglia di) (?:piu )?vivere|farmi del male|autolesion\w*|tagliarmi`,
    ),

    rule(
      'threat',
      String.raw`(?:ha detto che|dice che|minaccia\w* di|vuole|voleva|va a|vado a|vuol) (?:lo |la |li |ti |ci |mi |gli |le )?${HURT}|(?:lo|la|li|ti|vi|ci) (?:ammazzo|ammazza|uccido|uccide|ammazzano|ammazzera|uccidera|ammazzerebbe)|minacc\w* (?:di morte|di (?:tornare|venire)|con (?:un|una|la|il)|armat\w*)|minacce di morte|allarme bomba`,
    ),
    rule(
      'threat',
      String.raw`(?:con|tirato fuori|estratto|mostrato|portato|tornare con|venuto con|armato di|(?:lui|lei|loro|un (?:uomo|tizio|tipo|cliente)|qualcuno) (?:ha|aveva|tiene)) (?:un |una |il |la |suo |sua )?(?:pistola|coltello|arma|fucile|taglierino|machete|mazza)(?! (?:da cucina|per il pane))|(?:tornare|torna|venire|venuto|e) armat[oa]`,
    ),
    rule(
      'threat',
      String.raw`rissa\w*|(?:si sono |si e )?(?:picchiat|pres\w* a pugni|menat)\w*|pugn\w+ in faccia|schiaff\w+|calci|(?:mi|l'ha|lo ha|la ha|ci|li|gli|le) (?:ha |hanno )?(?:picchiat|spintonat|aggredit|colpit|malmenat|preso a (?:pugni|calci|schiaffi))\w*|aggredit\w*|aggression[ei]|violenz\w* (?:fisica|fisiche|sul lavoro)|e stat[oa] (?:aggredit|picchiat|colpit)\w*`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`(?:messo|mette|mettere|mettono|messe|allungat\w*|allunga|allungare) le mani (?:addosso|sopra)|molest\w*|molestie|mobbing|vessazion\w*|vessator\w*|intimidazion\w*|intimidat\w*|ritorsion\w*|palpeggi\w*|palpat\w*|perseguit\w*`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:mi|ci|la|le|ti) (?:tocca|toccava|toccano|palpa|palpava|bacia|baciato|segue fino|aspetta fuori)\b(?! (?:a me|fare|lavorare|andare|chiudere|aprire|il turno|pagare|\w+(?:are|ere|ire)\b))|(?:messaggi|foto|commenti|battute|avances|proposte|allusioni|apprezzamenti|video|immagini|richieste|sguardi) (?:a sfondo sessuale|sessual\w*|osceni?|volgari|spint\w*|pesanti|inappropriat\w*|indecent\w*)|(?:abus\w*|aggression\w*|violenz\w*|ricatt\w*) sessual\w*`,
    ),
    rule(
      'harassment',
      String.raw`(?:ci|mi|li|le|la|lo|gli) (?:urla|urlava|urlano|grida|gridava|insulta|insultava|insultano|umilia|umiliava|offende|offendeva|minaccia|minacciava|deride)\w*(?: contro| addosso)?|(?:urla|insulta|umilia|offende)\w* (?:davanti|tutti|i dipendenti|le ragazze|noi)`,
    ),

    rule(
      'discrimination',
      String.raw`discrimin\w*|razzis\w*|xenofob\w*|omofob\w*|transfob\w*|sessis\w*|misogin\w*|antisemit\w*|islamofob\w*`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`(?:perche|perch|poiche) (?:sono|e|siamo|ero|porto|indosso) (?:una |un )?(?:donna|nero|nera|neri|straniero|straniera|stranieri|musulman\w+|ebre\w+|gay|lesbica|trans|incinta|vecchio|vecchia|troppo vecchi\w|disabile|immigrat\w+|il velo|africano|africana|madre)|(?:per|a causa del|a causa della|a causa di) (?:mio|mia|suo|sua|colore della pelle|la mia|il mio) ?(?:colore|origine|eta|religione|accento|gravidanza|orientamento|disabilita|nazionalita|genere|sesso|velo)|(?:pagat\w+ meno|guadagn\w+ meno|prend\w+ meno) (?:dei |degli |dei colleghi )?(?:uomini|maschi|italiani)|(?:solo|soltanto) (?:gli )?uomini (?:vengono )?promossi|(?:incinta|gravidanza|maternita)[^.!?]{0,50}(?:licenziat|rinnovat|contratto|tolto|mandat\w* via|cacciat)\w*|(?:licenziat|rinnovat|contratto|mandat\w* via|cacciat)\w*[^.!?]{0,50}(?:incinta|gravidanza|maternita)`,
    ),

    rule(
      'fraud',
      String.raw`frod\w*|truff\w*|tangent\w*|mazzett\w*|corruzion\w*|corrott\w*|appropriazione indebita|riciclaggio|lavoro nero|(?:pagat\w*|lavorare|assunt\w*) in nero|fondi neri|peculato|bustarell\w*`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:falsific|falsa|manipol|altera|alterat|truccat|gonfi|ritocc|cancell)\w* (?:i |le |il |la |gli |nostri |nostre )?(?:fogli (?:presenze|ore)|presenze|ore|timbrature|cartellini|registri|fatture|documenti|firme?|rapporti|verbali|scontrini|bilanci?|dati|inventari?|note spese|controlli)|(?:presenze|timbrature|cartellini|registri|fatture|documenti|firme|verbali|controlli) (?:falsificat|falsi|false|truccat|manipolat|gonfiat)\w*`,
    ),
    rule(
      'fraud',
      String.raw`(?:rub|sottra|intasc|frega)\w* (?:i |il |la |le |dei |del |della |dalla |dal |dalle )?(?:soldi|denaro|cassa|contanti|merce|mance|materiale|attrezzi|gasolio|carburante|clienti|magazzino|incassi?)|furt\w* (?:di|in|dalla|nel) (?:cassa|soldi|merce|magazzino|negozio|materiale)`,
    ),
    rule(
      'fraud',
      String.raw`(?:straordinari|stipendi?|buste paga|tredicesima|tfr)[^.!?]{0,30}?(?:non (?:vengono |sono |ci |mi )?(?:pagat|versat|corrispost)\w*|mai pagat\w*)|non (?:ci |mi |li )?(?:pagano|paga|hanno pagato|pagava) (?:gli |lo |le |la )?(?:straordinari|stipendi?|ore extra|tredicesima)`,
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:obblig|costring|forz|impon)\w* (?:\w+ ){0,3}(?:a |di )?(?:fare|lavorare|restare|rimanere|venire)(?: \w+){0,4} (?:straordinari|ore extra|ore in piu|il sabato|la domenica)(?: \w+){0,3} (?:senza (?:pag|retribu|compens|essere pagat|venire pagat)\w*|gratis|gratuitamente|non pagat\w*)|(?:ci|mi|li|le) (?:fanno|fa) (?:fare|lavorare|restare)(?: \w+){0,4} (?:straordinari|ore extra|ore in piu)(?: \w+){0,3} (?:senza (?:pag|retribu|compens)\w*|gratis|gratuitamente|non pagat\w*)`,
    ),

    rule(
      'safety',
      String.raw`pericolos\w*|pericolo (?:di vita|di morte|grave)|in pericolo|poco sicur\w*|insicur\w*|non (?:e|sono) (?:a norma|in sicurezza)|non (?:mi sento|ci sentiamo|si sente|si sentono) (?:piu )?(?:al )?sicur\w*|rischio (?:di (?:vita|morte|incidente|caduta|incendio|esplosione|folgorazione)|per la salute)|problem\w* di sicurezza|mancanza di sicurezza|trappola mortale`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:uscit\w*|porte?|porta|vie?|scal\w*) (?:di )?(?:emergenza|sicurezza|fuga|antincendio|evacuazione)?[^.!?]{0,40}?(?:bloccat|chius|ostruit|sbarrat|ingombr|lucchett|incatenat|a chiave|occupat)\w*|(?:blocc|chiud|ostru|sbarr|ingombr)\w* (?:l'|le |la |gli )?(?:uscit\w*|porte?) di (?:emergenza|sicurezza)`,
    ),
    rule(
      'safety',
      String.raw`(?:fuga|perdita|odore|puzza|sa|puzzo) (?:di |del |della )?(?:gas|ammoniaca|prodotti chimici|chimic\w+|cloro|gasolio|benzina|bruciato|fumo|solvent\w*)|(?:fili|cavi) (?:elettric\w+ )?(?:scopert|spelat|volant|a vista|penzolant|danneggiat)\w*|folgora\w*|scossa elettrica|amianto|(?:prende|prendo|prendono|preso|presa|presi|prese) (?:la |una |un(?:a)? )?(?:(?:forte|brutta) )?scossa|cortocircuit\w*|(?:c'e|ce|scoppiato|scoppia) (?:un )?incendio|incendio (?:in|nel|nella|al)|va a fuoco|prende fuoco`,
    ),
    rule(
      'safety',
      String.raw`senza (?:imbracatura|imbragatura|casco|caschi|guanti|occhiali|scarpe antinfortunistiche|dpi|protezion\w*|parapetto|linea vita|freni|formazione|estintor\w*|ventilazione|cintura)|(?:manca|mancano|non (?:c'e|ci sono|ce|abbiamo)) (?:\w+ ){0,2}(?:dpi|imbracatur\w*|estintor\w*|cassetta (?:del )?pronto soccorso|parapett\w*|freni|casch\w*|kit di pronto soccorso)|(?:estintor\w*|freni|allarme|parapetto|scala|ponteggio|protezione|carter|sensore) (?:scadut|rott|guast|non funziona|rimoss|manomess|tolt)\w*`,
    ),
    rule(
      'safety',
      String.raw`(?:quasi|per poco|a momenti) (?:\w+ )?(?:investit|schiacciat|fulminat|cadut|mort|ammazzat|travolt|investe|investito)\w*|(?:muletto|carrello|transpallet|gru)\w*[^.!?]{0,40}?(?:senza freni|freni rotti|investit\w*|ribaltat\w*|travolt\w*)|qualcuno (?:si fara male|si fa male|morira|ci lascera la pelle|si fara ammazzare)`,
    ),
    rule(
      'safety',
      String.raw`(?:si e|mi sono|si sono|si e fatto|si e fatta) (?:fatt\w* male|ferit\w*|tagliat\w*|ustionat\w*|bruciat\w*|rott\w*|schiacciat\w*|fratturat\w*|sentit\w* male|svenut\w*|folgorat\w*)|(?:gravemente )?ferit[oaie]|infortun\w*|incident\w* (?:sul lavoro|grave|gravi|mortale)|ambulanza|(?:portat|trasportat)\w* (?:al |in )(?:pronto soccorso|ospedale)|ustion\w*|svenut\w*|colpo di calore|malore`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:venuto|arrivato|guida|guidava|lavora|lavorava) (?:\w+ )?(?:ubriac\w*|drogat\w*|sbronz\w*)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule('threat', String.raw`sa dove (?:abito|abitiamo|vivo)`),
    rule(
      'self-harm',
      String.raw`(?:metto|mettendo|messo|accumulo|accumulando|conservo|tengo) (?:da parte )?(?:le |delle |tutte le )?(?:pastiglie|pillole|compresse|sonniferi|farmaci|medicine)(?: da parte)?|(?:starebbero|sarebbero|starebbe) (?:tutti )?meglio senza di me|meglio non svegliarmi`,
    ),
    rule(
      'discrimination',
      String.raw`(?:tornare|tornartene|tornarsene|torna|tornatene|tornasse) (?:\w+ )?(?:al suo paese|al tuo paese|nel suo paese|nel tuo paese|in africa)`,
    ),
    rule(
      'harassment',
      String.raw`da quando (?:l'ho|lo ho|gli ho) (?:respinto|rifiutato|detto di no)[^.!?]{0,80}(?:turni|orari|dice in giro|racconta|punisce|peggiori|voci)\w*|dice in giro che sono (?:facile|una poco di buono|una troia)`,
    ),
    rule(
      'fraud',
      String.raw`firmare (?:i |le |dei |delle )?(?:moduli|fogli|verbali|schede|registri|rapporti|check ?list)(?: di \w+)? in bianco`,
    ),
    rule(
      'safety',
      String.raw`(?:scaffal\w*|ponteggi\w*|soffitto|travi?|soppalco)[^.!?]{0,30}(?:piegand|piegat|inclinat|storti|crepat|cedend|crolland|imbarcat|si sta abbassand|si abbass|sta venendo giu|vien giu|cadono (?:dei )?(?:pezzi|calcinacci))\w*|rilevatori di fumo[^.!?]{0,40}(?:senza batteri\w*|staccat|disattivat|copert)\w*`,
    ),
    // Un modo per togliersi la vita.
    rule(
      'self-harm',
      String.raw`impiccarmi|mi impicc\w*|(?:buttarmi|gettarmi|lanciarmi|mi butto|mi getto) (?:giu )?(?:dal|dalla|da un|da una|sotto (?:un|il|al)|sotto|nel|dal) (?:\w+ )?(?:ponte|palazzo|tetto|finestra|balcone|treno|metro|camion|fiume|cavalcavia)|tagliarmi le vene|mi taglio le vene`,
    ),
    // Ore segnate a chi non c'era: dipendenti fantasma, timbrare per altri.
    rule(
      'fraud',
      String.raw`(?:dipendenti|lavoratori|personale|turni) fantasma|(?:timbr|segn|pag|mett)\w*(?: \w+){0,3} (?:per|a) (?:chi|gente|persone|colleghi|amici|parenti)(?: che)? non (?:c'e|c'era|c'erano|ce|viene|veniva|vengono|venivano|e venuto|sono venuti|lavora|lavorava|hanno lavorato|ha lavorato)`,
    ),
    // Negare lavoro o promozione a un gruppo intero.
    rule(
      'discrimination',
      String.raw`(?:non|mai) (?:assumono|assume|promuovono|promuove|vogliono|vuole|danno turni a) (?:le |i |gli )?(?:donne|neri|nere|stranieri|straniere|immigrati|meridionali|rumeni|albanesi|marocchini|musulmani|gay|omosessuali|incinte|mamme|madri|anziani|vecchi)`,
    ),
    // Lavoratori chiusi dentro il posto di lavoro, senza via d'uscita.
    rule(
      'safety',
      String.raw`\bci (?:chiude|chiudono|chiudeva|chiudevano|ha chiuso|hanno chiuso|rinchiude\w*|ha rinchius\w*|hanno rinchius\w*|lascia\w* chiusi)\b[^.!?]{0,40}\b(?:dentro|a chiave|col lucchetto)\b|\b(?:siamo|restiamo|rimaniamo|veniamo|eravamo|ci ritroviamo) (?:\w+ )?(?:chiusi|rinchiusi) (?:dentro|a chiave)\b|\brinchius[ie]\b|\b(?:chiude|chiudono) (?:i lavoratori|gli operai|i dipendenti|le ragazze|tutti) (?:dentro|a chiave)\b`,
    ),
    // Un pericolo lasciato lì: olio versato dove si passa, estintore vuoto o sparito, perdita tornata dopo la
    // riparazione; e chi si fa male: investito da un muletto, caduto da un'impalcatura.
    rule(
      'safety',
      String.raw`(?<!\ba )\b(?:macchia|chiazza|pozza|scia|lago) (?:d'|di |de )(?:olio|grasso|gasolio|carburante|benzina|acido|prodotti chimici|liquido \w+)\b|\b(?:olio|grasso|gasolio|carburante|benzina|acido|candeggina|prodotti? chimic[oi]|liquido idraulico)\b (?:\w+ ){0,2}(?:versat[oaie]|rovesciat[oaie]|spars[oaie]|per terra|a terra|sul pavimento|dappertutto|ovunque)\b|\b(?<!(?:cartell[oi]|segnal\w*|avvis[oi]|attenzione) (?:di |del |")?)(?:pavimento|corridoio|scale|rampa|corsia)\b (?:\w+ ){0,3}(?:scivolos[oaie]|viscid[oaie]|una saponetta)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\bestintor[ei]\b(?: \w+){0,5} (?:e |sono |risulta |risultano )?(?:vuot[oi]|scaric[oh]i?|scadut[oi]|sparit[oi]|mancant[ei]|rubat[oi]|non c'e piu|non ce piu|non c'e|non ce|introvabil[ei]|fuori uso)\b|\b(?:manca|mancano|non c'e|non ce|non ci sono|hanno tolto|hanno rubato|hanno portato via|e sparito|sono spariti) (?:l'|l |gli |lo |un |nessun )?estintor[ei]\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:perdita|perdite|infiltrazione|fuga)\b(?: \w+){0,4} (?:e tornata|e tornato|sono tornate|torna|ritorna|e ricominciata|ricomincia|si e ripresentata)\b|\b(?:perde|gocciola|cola|trasuda) (?:\w+ ){0,2}(?:di nuovo|un'altra volta)\b|\b(?:dopo|nonostante) (?:la )?riparazion[ei]\b[^.!?]{0,30}\b(?:perde|perdita|gocciol|torna|ricomincia|ritorna)\w*`,
    ),
    rule(
      'safety',
      String.raw`\b(?:muletto|carrello elevatore|carrellista|camion|furgone|autista|transpallet|mezzo)\b(?: \w+){0,4} (?:ha |hanno )?(?:investit[oa]|travolt[oa]|schiacciat[oa]|urtat[oa]|pres[oa] in pieno)\b|\b(?:e stat[oa]|sono stat[ie]|e|sono) (?:investit|travolt)[oaie] (?:da|dal|dalla|da un|da una) (?:\w+ )?(?:muletto|carrello|camion|furgone|mezzo|transpallet|auto|macchina)\b|\b(?:e|sono) cadut[oaie] (?:giu )?(?:dal|dalla|dall'|dallo|da un|da una|dai|dalle) ?(?:\w+ )?(?:impalcatura|ponteggio|scala|scaffale|scaffalatura|tetto|soppalco|muletto|carrello|piattaforma|cestello|trabattello|soppalco|alto)\b`,
    ),
    // Il desiderio di non esserci più, detto senza la parola: "sarebbe meglio se non ci fossi".
    rule(
      'self-harm',
      String.raw`\b(?:sarebbe|e|era) (?:tutto )?(?:meglio|piu facile|piu semplice|meglio per tutti) (?:per tutti )?se (?:io )?non (?:ci fossi|ci fossi piu|esistessi|esistessi piu|fossi mai nat[oa])\b|\bmeglio se (?:io )?(?:non ci sono piu|sparisco|non ci fossi)\b`,
    ),
    // Un dito o una mano tranciati da una macchina.
    rule(
      'safety',
      String.raw`\b(?:si e |si sono |gli ha |le ha |ha )?(?:mozzat[oa]|amputat[oa]|staccat[oa]|tranciat[oa]|schiacciat[oa]|tagliat[oa] via) (?:via )?(?:il |la |un |una |due |le |lo )?(?:dito|dita|mano|braccio|piede|falange)\b|\b(?:dito|dita|mano) (?:\w+ ){0,2}(?:mozzat|amputat|tranciat|staccat)\w*|\b(?:pien[oa]|copert[oa]) (?:d'|di )(?:olio|grasso|gasolio)\b`,
    ),
    // Una mano presa in un rullo o in un nastro, e una minaccia di spaccare la faccia fuori dal lavoro.
    rule(
      'safety',
      String.raw`\b(?:si e |gli e |le e |e )?(?:pres[oa]|finit[oa]|rimast[oa]|incastrat[oa]|schiacciat[oa]|tirat[oa] dentro) (?:\w+ )?(?:la mano|le mani|il braccio|il dito|le dita|la manica) (?:\w+ )?(?:nel|nella|tra|sotto|dentro) (?:\w+ )?(?:rullo|rulli|nastro|pressa|macchina|ingranaggi|ingranaggio|catena|sega|trituratore|impastatrice|tornio)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:ti|mi|gli|le|vi|ci) (?:spacca|spacco|spaccano|rompe|rompo|rompono|sfascia|sfascio|gonfia|gonfio) (?:la faccia|il muso|le ossa|la testa|di botte)\b`,
      { negatable: true },
    ),
    // Una minaccia velata legata alla fine del turno: "te ne pentirai dopo il turno", "ti aspetto fuori e vediamo".
    rule(
      'threat',
      String.raw`(?<!\b(?:se non (?:vieni|vai)|aperitivo|apericena|cena|pranzo|pizza|festa|birra|partita|karaoke|grigliata|calcetto)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:se non (?:vieni|vai)|aperitivo|apericena|cena|pranzo|pizza|festa|birra|partita|karaoke|grigliata|calcetto)\b)(?:(?:\bte ne pentirai\b|\bti pentirai\b|\bte la faccio pagare\b|\bme la paghi\b|\bla pagherai\b|\bfacciamo i conti\b|\bti sistemo\b)[^.!?]{0,40}(?:\bfuori\b|\bdopo il (?:turno|lavoro)\b|\ball'uscita\b|\bal parcheggio\b|\bquando esci\b)|(?:\bfuori\b|\bdopo il (?:turno|lavoro)\b|\ball'uscita\b|\bal parcheggio\b|\bquando esci\b)[^.!?]{0,40}(?:\bte ne pentirai\b|\bti pentirai\b|\bte la faccio pagare\b|\bme la paghi\b|\bla pagherai\b|\bfacciamo i conti\b|\bti sistemo\b)|\bti aspetto (?:fuori|all'uscita|al parcheggio)\b[^.!?]{0,40}\b(?:e vediamo|facciamo i conti|ti sistemo)\b)`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:estintor[ei])\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:olio|grasso|gasolio|carburante|acido)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // A partner's violence reaching work: an ex or partner turned up shouting or threatening, or here despite a court
    // order ("c'è un ordine restrittivo contro mio marito e adesso è nel parcheggio").
    rule(
      'threat',
      String.raw`\b(?:ordine (?:restrittivo|di protezione|di allontanamento)|divieto di avvicinamento)\b[^.!?]{0,60}?\b(?:e (?:qui|li|nel|nella|al|alla|in|davanti|fuori|sotto|dentro)|si e presentat[oa]|e venut[oa]|e entrat[oa]|e arrivat[oa]|sta (?:qui|fuori|aspettando)|aspetta fuori|si presenta)\b|\b(?:il mio|la mia|il suo|la sua|suo|sua) (?:ex(?: marito| moglie| ragazzo| ragazza| compagno| compagna| fidanzat[oa])?|marito|moglie|compagno|compagna|fidanzat[oa])\b(?: \w+){0,2} (?:si e presentat[oa]|e venut[oa]|e entrat[oa]|e arrivat[oa]|e piombat[oa]|e qui|e fuori|si presenta|viene)\b[^.!?]{0,60}?\b(?:url\w*|grid\w*|minacc\w*|ubriac\w*|coltell\w*|pistol\w*|picchi\w*|ammazz\w*|uccid\w*|non se ne va|non vuole andar\w*|sbatt\w*|spacc\w*)`,
    ),
    // Someone who cannot keep themselves safe (dementia, a small child) gone missing or out onto the road.
    rule(
      'safety',
      String.raw`\b(?:(?:signora|signore|ospite|ospiti|paziente|pazienti|anzian[oaie]|nonn[oaie]|residente|utente|bambin[oaie]|ragazz[oa]) (?:\w+ ){0,4}(?:con (?:la |l'|l )?(?:demenza|alzheimer|autismo)|dement[ei]|disorientat[oaie]|autistic[oaie])|(?:dement[ei]|disorientat[oaie]) (?:\w+ )?(?:ospite|paziente|anzian[oaie]|residente))\b[^.!?]{0,60}?\b(?:(?:e|sono|si e|si sono) (?:scappat|allontanat|sparit|pers|scompars)\w*|(?:e|sono) uscit[oaie] (?:da sol[oaie]|dalla struttura|dal reparto|dal cancello|dall'edificio|dalla casa di riposo|dalla rsa|in strada)|non (?:la|lo|li|le) (?:troviamo|trovo|trovano|si trova)\w*|(?:e|sono) (?:in|sulla|per) strada|in mezzo alla strada)|\b(?:bambin[oaie]|bimb[oaie]|piccol[oaie])\b (?:\w+ ){0,3}(?:e|sono|si e|si sono) (?:uscit|scappat|finit|cors)\w*\b[^.!?]{0,50}?\b(?:in strada|sulla strada|in mezzo alla strada|sulla statale|tra i camion|tra le macchine|in carreggiata|sui binari)\b`,
    ),
    // A minor pressed by an adult to meet alone: said by age beside meeting alone, his car or his house.
    rule(
      'harassment',
      String.raw`\b(?:ha|di|avra) (?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette) anni\b[^.!?]{0,60}?\b(?:(?:vedersi|vederla|vederlo|incontrarl[ao]|incontrarsi|trovarsi) (?:da sol[oaie]|con lui|con lei|dopo il turno|dopo il lavoro|di nascosto)|da sol[oaie] con (?:lui|lei)|(?:in|nella) sua (?:macchina|auto|casa)|a casa sua|(?:mandargli|mandarle) (?:delle |le )?foto)|\b(?:insist|scrive|messaggia|tormenta|fa pressione|pressa)\w*\b[^.!?]{0,40}?\b(?:ha|di) (?:1[0-7]|tredici|quattordici|quindici|sedici|diciassette) anni\b`,
    ),
    // A death threat sent by message: "mi ha scritto che sei morta entro venerdì", "sanno dove abito".
    rule(
      'threat',
      String.raw`\b(?:messagg\w*|sms|whatsapp|scritt\w*|scrive\w*|vocal[ei]|bigliett\w*|post|comment\w*|detto|dice|diceva)\b[^.!?]{0,40}?\b(?:sei mort[oa]|sei (?:il prossimo|la prossima)(?=\s*(?:$|[.!?,]))|(?:sarai|saresti) mort[oa]|ti (?:ammazz|uccid)\w*|ti faccio fuori|(?:ti|mi) (?:vengono|viene|vengo|verranno|verra) a prendere|sa(?:nno)? dove (?:abito|abiti|vivo|vivi|abita|vive))\b(?! (?:dal|di|dalle|dalla) (?:ridere|risate|sonno|fame|stanchezza|freddo|caldo|noia))`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "l'operatrice ha schiaffeggiato la signora della stanza 6".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`operat(?:ore|rice|ori|rici)|oss\b|badant[ei]|infermier[ea]|infermieri|ausiliari[ae]?|assistent[ei]|educat(?:ore|rice|ori|rici)|maestr[ao]|maestre|insegnant[ei]|tata|suo (?:padre|patrigno|papa)|sua (?:madre|matrigna|mamma)`,
        harm: String.raw`(?:l'|la |lo |gli |le |li )?(?:ha |hanno |aveva )?(?:schiaffegg\w*|picchi\w*|colpit\w*|colpisce|dato (?:uno schiaffo|un ceffone|una sberla|un pugno|calci)|spint[oa]|spinge|strattonat\w*|strattona|scoss[oa]|pizzicat\w*|bruciat\w*|legat\w*|lega\b|chius[oa] (?:a chiave|dentro)|maltratt\w*)`,
        dependant: String.raw`(?:la |il |l'|gli |le |i |una |un |alla |al )?(?:signor[ae]? \w+|signora|anzian[oaie]|ospit[ei]|paziente|pazienti|alunn[oaie]|bambin[oaie]|bimb[oaie]|neonat[oaie]|nonn[oaie]|residente|residenti|utent[ei])`,
        passive: String.raw`\b(?:e stat[oa]|sono stat[ie]|viene|vengono|era stat[oa]) `,
        harmed: String.raw`(?:picchiat|schiaffeggiat|colpit|spint|strattonat|legat|maltrattat|bruciat)[oaie] da(?:l|lla|i|lle|ll')? ?(?:\w+ )?(?:operat|badant|infermier|ausiliari|educat|maestr|insegnant|oss\b)\w*`,
        harmsThem: String.raw`(?:lo|la|li) (?:picchia|picchiano|prende a (?:calci|schiaffi|cinghiate)|maltratta)`,
      }),
    ),
    // A small child left alone for an hour or more: "ha lasciato un bambino da solo nella stanza della nanna per un'ora".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`bambin[oaie]|bimb[oaie]|neonat[oaie]|piccol[oaie]|alunn[oaie]`,
        String.raw`(?:da )?sol[oaie]|senza (?:sorveglianza|nessuno)|incustodit[oaie]`,
        String.raw`(?:per |da |piu di |quasi |tutta )?(?:un'?ora|(?:due|tre|diverse|\d+) ore|un'ora e mezza|ore\b|tutta la (?:notte|mattina|nanna|pomeriggio)|tutto il pomeriggio)`,
      ),
    ),
    // A resident with dementia not in their room, with a door open or at night (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:demenza|demente|alzheimer|disorientat[oa])\b[^.!?]{0,80}\bnon (?:e|si trova) (?:in|nella|nel) (?:sua |suo )?(?:stanza|camera|letto|giardino|salone|reparto)\b[^.!?]{0,120}(?:\b(?:porta|porte|cancello|uscita) (?:\w+ ){0,3}(?:apert\w*|aperte)|\b(?:freddo|gelo|gela|notte|buio|pioggia|neve|strada)\b)`,
    ),
    // A lone worker out of contact (lone-worker.ts): "Marco non risponde da stamattina, controllava le vasche da solo".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`non (?:risponde|rispondeva|ha risposto|si fa sentire|si e fatto sentire|da notizie|e raggiungibile)|irraggiungibile|telefono (?:spento|staccato|squilla a vuoto)|(?:nessuno|non) (?:lo|la) (?:riesce|riusciamo|trova|troviamo) (?:a )?(?:trovare|rintracciare|contattare)?`,
        String.raw`(?:da )?sol[oa]\b|(?:la sua |il suo )?(?:auto|macchina|furgone|moto|furgoncino) (?:e )?(?:ancora|sempre) (?:qui|qua|li|la|parcheggiat\w*|nel piazzale)|vasche?|cisterne?|serbatoi?|pozz[oi]|silos?|fossa|depuratore|cella frigorifera`,
        String.raw`in (?:ferie|riunione|malattia|vacanza|permesso)|a casa|di riposo`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`freni (?:\w+ ){0,4}(?:non (?:tengono|frenano|funzionano)|molli|spugnosi|cedono|andati|rotti|consumati)|(?:autista|conducente)(?: \w+){0,4} (?:e |era )?(?:ubriac[oa]|sbronz[oa]|brill[oa]|drogat[oa]|fatt[oa])\b`,
        String.raw`passeggeri|(?:bambini|ragazzi|alunni|gente|operai|lavoratori) (?:a bordo|dentro|sul (?:pullman|bus|pulmino))|(?:scuolabus|pulmino|pullman|navetta)|(?:partire|guidare|andare|proseguire|fare il giro)(?: \w+){0,2} (?:lo stesso|comunque|ugualmente)|continua a guidare`,
      ),
    ),
    // Giro cieco 13: ospiti, pazienti o bambini legati al letto o alla sedia dal personale (in-care.ts): "nella RSA gli
    // ospiti vengono legati al letto di notte", "legano la signora Rita alla sedia".
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`(?:gli |le |i |il |la )?(?:ospiti|ospite|anzian[io]|anziane|pazienti|paziente|residenti|degenti|bambin[ie]|bimb[ie]|alunn[ie]|nonn[ie]|signor \w+|signora \w+)`,
        tiedTo: String.raw`(?:legat|fissat|immobilizzat)[oaie] (?:\w+ ){0,3}(?:al|ai|alla|alle|sul|sulla|nel|nella) (?:\w+ )?(?:letto|letti|sedia|sedie|carrozzina|carrozzine|poltrona|termosifone)`,
        tie: String.raw`legano|lega|legavano|fissano|immobilizzano`,
        furniture: String.raw`(?:al|ai|alla|alle|sul|sulla) (?:\w+ )?(?:letto|letti|sedia|sedie|carrozzina|poltrona|termosifone)`,
        bedridden: String.raw`\b(?:influenza|febbre|malat[oa]|covid|virus)\b`,
      }),
    ),
    // Un dito, una mano o un occhio perso al lavoro: "un collega ha perso un dito alla pressa". Non "ha perso la mano"
    // (l'abitudine). Se è successo anni fa, long-ago.ts lo lascia calmo.
    rule(
      'safety',
      String.raw`\b(?:ha perso|hanno perso|perso|si e tranciato|si e amputato|si e staccato|gli ha tranciato|gli ha amputato|le ha tranciato|gli ha staccato) (?:un|una|due|tre|il|la punta di un|la punta del|mezzo|l') ?(?:dito|dita|pollice|braccio|piede|falange|falangi|occhio)\b|\b(?:ha perso|hanno perso|perso) la mano (?:sinistra|destra)\b`,
    ),
    // Giro cieco 13: qualcuno che viene sul posto per colpire le persone: "domani viene in ufficio ad ammazzare chi gli ha
    // chiuso il conto", "viene in magazzino a sparare a tutti". Non "ammazzare il tempo", "sparare cazzate".
    rule(
      'threat',
      String.raw`\b(?:viene|vengono|verra|verranno|venire|arriva|arrivano|arrivera|torna|tornera|si presenta|si presentera|sta arrivando)\b(?: [\w'-]+){0,7}? (?:a|ad|per|e) (?:(?:mi|ti|ci|vi|li|le|lo|la|gli) )?(?:ammazzar\w*|ammazza|uccider\w*|uccide|sparar\w*|spara|accoltellar\w*|accoltella|pestar\w*|picchiar\w*|massacrar\w*)\b(?! (?:il|la) (?:tempo|noia|fame)| (?:cazzate|stronzate|sentenze|a zero)| (?:gli |i |le )?(?:scarafaggi|topi|ratti|insetti|formiche|mosche|zanzare|tarme|termiti|cimici|erbacce|virus|batteri|germi)\b| (?:ogni|l'entusiasmo|il morale|la motivazione|la noia|la fame|la sete|la creativita)\b)`,
    ),
    // Cieca 17: un prodotto chimico negli occhi (chemical-in-eyes.ts): "gli è schizzato dell'acido negli occhi", "due
    // colleghi con gli occhi che bruciano dopo la perdita di cloro". Non gli occhi che bruciano davanti allo schermo.
    rule(
      'safety',
      chemicalInEyes(
        String.raw`prodott[oi] chimic[oi]|chimic[oi]|acido|soda caustica|candeggina|varechina|cloro|solvente|sgrassatore|ammoniaca|disinfettante|corrosiv[oi]`,
        String.raw`negli (?:\w+ )?occhi|nell'? ?occhio|in un occhio|nei (?:suoi |miei )?occhi|in faccia`,
        String.raw`occhi (?:\w+ ){0,3}(?:che bruciano|bruciano|brucia|in fiamme)|non (?:vede|vedo|vedono|riesce a vedere|riesce ad aprire gli occhi)`,
        String.raw`per (?:non|evitare)|evit(?:a|are|ate)|se (?:ti )?(?:schizza|entra|finisce|cade)|in caso di`,
      ),
      { negatable: true },
    ),
    // A fire named straight before its place, a cry for help with someone trapped, said in haste: "fuoco magazzino" (said-in-haste-bare.ts).
    ...ITALIAN_SAID_BARE,
    ...ITALIAN_RETALIATION_THREATS,
    ...ITALIAN_RETALIATION_IDIOMS,
    ...ROMANCE_REPORTERS_HUNTED,
    ...ROMANCE_REPORTERS_HUNTED_BY_METHOD,
    ...ITALIAN_TELLERS_THREATENED,
    // Someone waiting for the writer, the harm said as its aim (waiting-to-hurt-the-writer.ts).
    ...ITALIAN_WAITING_TO_HURT,
    // Someone armed, waiting on the site or at its edge (armed-and-waiting.ts).
    ...ITALIAN_ARMED_AND_WAITING,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...ITALIAN_CALLS_FOR_HELP_FORBIDDEN,
    ...ROMANCE_ARMED_ROBBERY,
  ],
};
