import { FRENCH_DOWN_AND_STILL } from './down-and-still';
import { FRENCH_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { FRENCH_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { FRENCH_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { FRENCH_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { FRENCH_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { FRENCH_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { FRENCH_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { FRENCH_HIRING_LIMITS } from './hiring-limits';
import { FRENCH_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { FRENCH_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { FRENCH_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { FRENCH_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { FRENCH_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { FRENCH_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { FRENCH_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { FRENCH_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { FRENCH_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { FRENCH_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { FRENCH_COLLAPSED_TOLD_BRIEFLY } from './collapsed-told-briefly';
import { FRENCH_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { FRENCH_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { FRENCH_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { FRENCH_ARMED_AND_WAITING } from './armed-and-waiting';
import { FRENCH_WAITING_TO_HURT } from './waiting-to-hurt-the-writer';
import { FRENCH_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { ROMANCE_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { ROMANCE_ARMED_ROBBERY } from './violence-in-hand';
import { ROMANCE_REPORTERS_HUNTED } from './unmasking-reporters';
import { FRENCH_TAUGHT_HOW_TO } from './taught-how-to';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { FRENCH_INITIATION_RITUALS } from './initiation-rituals';
import { FRENCH_CAMPAIGNS_AGAINST } from './campaigns-against';

import { ROMANCE_SILENCED } from './retaliation-threats';
import { FRENCH_BOMBS_BROUGHT_TO_WORK } from './bombs-brought-to-work';
import { FRENCH_BRIBES_AND_FAKE_VENDORS } from './bribes-and-fake-vendors';
import { FRENCH_DISCRIMINATION_SAID } from './discrimination-said';
import { FRENCH_DRUNK_AT_THE_WHEEL } from './drunk-at-the-wheel';
import { FRENCH_DYING_OF_LAUGHTER, FRENCH_DYING_SAID_LIGHTLY } from './dying-said-lightly';
import { FRENCH_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { FRENCH_GONE_IN_AND_NOT_OUT } from './gone-in-and-not-come-out';
import { FRENCH_SHUT_IN } from './shut-in-or-left-inside';
import { FRENCH_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { FRENCH_COMING_BACK_FOR_EVERYONE } from './coming-back-to-kill-everyone';
import { FRENCH_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { FRENCH_FLAME_BY_FUEL_AND_HEAT } from './flame-by-fuel-and-heat-sickness';
import { FRENCH_FORKS_AND_LOADS } from './forks-and-loads';
import { FRENCH_MACHINES_RUN_UNGUARDED } from './machines-run-unguarded';
import { FRENCH_NOT_HARM_AT_WORK } from './not-harm-at-work';
import { FRENCH_RETALIATION_FOR_COMPLAINTS } from './retaliation-for-complaints';
import { FRENCH_SEX_FOR_THE_JOB } from './sex-for-the-job';
import { FRENCH_IN_DANGER_NOW } from './someone-in-danger-now';
import { FRENCH_TIME_FRAUD_CLOCKED } from './time-fraud-clocked';
import { FRENCH_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { FRENCH_WASTE_DUMPED } from './waste-dumped';
import { FAMILY_TOO_OLD_ROMANCE } from './age-said-by-family';
import { FRENCH_TIME_FRAUD } from './time-fraud';
import { FRENCH_RETALIATION_THREATS } from './retaliation-threats';
import { FRENCH_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { FIRED_THEN_KILL, FRENCH_KILL_AFTER_FIRING } from './kill-after-firing';
import { FRENCH_WORN_GEAR_AND_SMOKE } from './worn-gear-and-smoking-machines';
import { FRENCH_A_PLAN_FOR_IT, ROMANCE_AN_END_MADE_READY } from './a-plan-for-it';
import { FRENCH_STOLEN_HOURS_AND_FALSE_RECORDS } from './stolen-hours-and-false-records';
import { FRENCH_PROMOTION_BY_RACE } from './promotion-by-race';
import { FRENCH_SAID_BARE } from './said-in-haste-bare';
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
 * French, with or without accents ("sécurité"/"securite" fold alike), and
 * with the apostrophes people type or leave out ("s'est"/"s est"). "Je meurs
 * de faim", "ça m'a tué" and "faire un carton" are idioms, not events.
 */
const HURT = String.raw`(?:tuer|buter|frapper|cogner|poignarder|planter|descendre|flinguer|egorger|casser la gueule|peter la gueule|defoncer|bruler)`;

export const french: UrgencyLanguage = {
  code: 'fr',
  name: 'French',
  script: 'latin',
  negation: String.raw`pas|pas de|aucun|aucune|jamais|sans|ni|zero|rien|personne`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...FRENCH_TALKS_ABOUT_A_HARM,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...FRENCH_CAMPAIGNS_AGAINST,
    // Being taught how to report a harm; dying of laughter (taught-how-to.ts, dying-said-lightly.ts).
    ...FRENCH_TAUGHT_HOW_TO,
    ...FRENCH_DYING_OF_LAUGHTER,
    // Pushed to study is encouragement (not-harm-at-work.ts).
    ...FRENCH_NOT_HARM_AT_WORK,
    // Age teased by family, not an employer (age-said-by-family.ts).
    ...FAMILY_TOO_OLD_ROMANCE,
    // Une question sur un cas qui pourrait arriver : « si jamais y a une fuite de gaz, on appelle qui ? » (manche 24).
    String.raw`\bsi jamais\b[^.!?\n]{0,80}?\b(?:on (?:appelle|fait|va|doit|previent)|qui (?:on )?(?:appelle|previent)|on appelle qui|que (?:faire|fait-on|doit-on faire)|quoi faire|ou (?:aller|on va|est-ce qu'on va))\b`,
    // An inspection label or date run out is paperwork to record, not a hazard in use (blind round 22).
    String.raw`\b(?:etiquette|date de (?:verification|controle|revision)|verification|controle)(?: \w+){0,3} (?:est |a )?(?:perime|perimee|depasse|depassee|expire|expiree)\b|\b(?:perime|perimee|depasse|depassee|expire|expiree) (?:selon|d'apres) (?:l'|la |le )?(?:etiquette|date)\b`,
    // A bruise put down to a fall already seen to is care, not abuse (blind round 15): "un bleu depuis sa chute, l'infirmière l'a vu".
    String.raw`\b(?:un|des|son|ses|le|les) (?:petit |gros )?(?:bleus?|hematomes?|ecchymoses?) (?:\w+ ){0,3}(?:depuis|de|apres|du a|due a|a cause de) (?:sa|la|une|son) (?:chute|tombe)\b(?=[^.!?\n]{0,80}\b(?:infirmiere?|medecin|docteur|soignante?)s?\b[^.!?\n]{0,30}\b(?:l'a vu|l'ont vu|a vu|a regarde|a examine|est passee?|a soigne|a verifie|deja vu)\b)`,
    // Vanishing on holiday or for a weekend is time off, not the wish to be gone for good (blind round 15).
    String.raw`\bdisparaitre (?:\w+ ){0,2}(?:en vacances|en conge|en week-?end|pour le week-?end|(?:quelques|deux|trois|\d+) (?:jours|semaines)|une semaine|un mois|a la plage|a la montagne|au soleil|en voyage)\b`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:campagne|formation|atelier|affiche|poster|stage|semaine|journee|programme|module|brochure)(?: \w+){0,2} (?:de|sur|sur la) (?:la )?(?:prevention|sensibilisation) (?:du|au|des) (?:suicide|risque suicidaire|automutilations?)`,
    // Le proverbe de la fumée et du feu n'est pas un incendie.
    String.raw`(?:il )?n'y a pas de fumee sans feu|pas de fumee sans feu`,
    // Tomber de sa chaise de rire, brûler ses toasts, tomber sur un article : rien de grave.
    String.raw`(?:je suis |il est |elle est |on est |j'ai failli |a failli |ai failli )?tombee?s? de (?:ma|la|sa|notre) chaise(?: \w+){0,2} (?:de|en) (?:rire|riant)|(?:brule|crame|carbonise)e?s? (?:le|la|les|mes|mon|ma|son|sa|ses|du|des|un|une) (?:\w+ )?(?:toasts?|tartines?|pain|pizza|riz|popcorn|pop-corn|gateau|dejeuner|diner|repas|plat|cafe|soupe|pates|croque)|tombee?s? sur (?:un |une |des |le |la |ce |cette |cet |l')(?:\w+ )?(?:article|video|post|mail|e-mail|email|message|annonce|offre|lien|site|page|livre|document|reportage|podcast|publication|etude|photo|tweet)s?`,
    // Names of training courses and of the ward someone works on, not reports.
    String.raw`(?:formation|cours|module|atelier|sensibilisation|webinaire) (?:\w+ ){0,2}(?:sur|contre|de prevention du|de prevention des|de lutte contre) (?:le |la |les )?(?:harcelement|discrimination|violence)\w*(?: moral| sexuel| au travail)?`,
    String.raw`(?:je |on |nous )?(?:meurs|meurt|mourais|mourons|mort|morte|morts) de (?:faim|rire|soif|froid|chaud|envie|fatigue|ennui|honte|peur de rater)`,
    String.raw`(?:m'a|m a|nous a|ca m'a|ca me) (?:tue|tuee|achev\w*) (?:avec|de rire)`,
    String.raw`(?:on a |ils ont |a )?explos\w* (?:les ventes|les objectifs|le chiffre|les compteurs|les records)`,
    String.raw`exercices? (?:d'|d )?(?:evacuation|incendie|alerte)(?: incendie)?`,
    String.raw`tuer le temps|tue l'ambiance|tue la reunion`,
    // « Dangereusement bon » est un compliment.
    String.raw`dangereusement (?:bon(?:ne)?s?|addictif|addictive|delicieu(?:x|se)|confortable|proche du (?:week-end|weekend|dejeuner|vendredi))`,
    // Menaces pour rire : un gâteau, une chanson.
    String.raw`menac\w* (?:de|avec) (?:ramener|apporter|faire|chanter|organiser|jouer)? ?(?:un |une |des |sa |son |ses |encore )?(?:gateau|gateaux|crepes|cookies|pizza|karaoke|chanson|chansons|guitare|fete|blagues|tarte)`,
    // Une vidéo ou une affiche sur le harcèlement nomme un sujet.
    String.raw`(?:video|presentation|politique|affiche|guide|charte)(?: \w+){0,2} (?:sur|contre) (?:le |la |les )?(?:harcelement|discrimination|violence)\w*(?: moral| sexuel| au travail)?`,
    // Battu à un jeu, ce n'est pas être frappé (games.ts) : "mon chef m'a battu aux échecs", "me bat au ping-pong".
    beatenAtGame(
      String.raw`(?:m'a|m'ont|m'avait|nous a|nous ont|t'a|l'a|me|nous|te|le|la|les) (?:encore |toujours |souvent |completement )?(?:bat|bats|battent|battait|battu\w*|ecrase\w*|mis une raclee|met une raclee|mis une pilee|explose|plume|defonce|detruit|massacre|lamine|pulverise|humilie)`,
      String.raw`aux|au|a la|a|en|dans une partie de|a une partie de`,
      String.raw`echecs|ping-?pong|baby-?foot|cartes|flechettes|billard|belote|tarot|petanque|dames|jeux? video|tennis de table|console`,
      String.raw`salle|club|tournoi|bar|table|soiree|match`,
    ),
    // Le soleil qui tape, taper un texte, taper sur les nerfs, taper la discute : rien de violent.
    String.raw`(?:le soleil|la chaleur|le cagnard)(?: \w+)? (?:me |nous |te |lui |leur )?tap\w*|tap\w* (?:\w+ )?(?:sur les nerfs|sur le systeme|dans l'oeil|la discute|la causette)|tap\w* (?:le|un|une|les|mon|son|ses|des|ce|ces|mes) (?:\w+ )?(?:rapport|rapports|texte|textes|document|documents|courrier|courriers|mail|mails|email|emails|code|compte rendu|comptes rendus|lettre|lettres|mot de passe|message|messages|numero|facture|factures|commande|commandes|devis|planning|tableau|clavier|ordinateur|pc)\b|tap\w* (?:a|sur) l'ordinateur|tap\w* (?:a|sur) (?:le|son|mon) (?:clavier|ordinateur|pc)`,
    // Une chose qui « va me tuer » est une plainte (hyperbole), pas une menace ni une envie d'en finir : « ce nouveau
    // planning va me tuer », « les mails du chef vont me tuer ». Une personne sujet (« mon ex
    // va me tuer ») reste lue comme avant.
    String.raw`\b(?:ce|cet|cette|ces|le|la|les|l'|mon|ma|mes|notre|nos)\s?(?:(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles|foutu|foutue|satane|satanee|petit|petite|gros|grosse|vieux|vieille) )?(?:planning|logiciel|boulot|travail|taf|horaires?|emploi du temps|reunions?|mails?|e-mails?|courriels?|paperasse|rythme|cadence|semaine|journee|mois|annee|nuits?|gardes?|astreintes?|trajets?|transports|bouchons|embouteillages|escaliers|chaussures|pieds|dos|genoux|cafe|stress|projet|inventaire|audit|dossiers?|bruit|musique|clim|climatisation|procedures?|objectifs|quotas|chiffres|appli|application|systeme|ordinateur|ordi|imprimante|tableur|excel|rapports?|formation|examen|commandes|livraisons|cartons|file|tickets|appels|telephone|heures sup|heures supplementaires|saison|soldes|rush|service|chantier)(?: (?:de|du|des|d')\s?(?:la |l')?[\w-]+)?(?: (?:nouveau|nouvelle|actuel|actuelle))?\s(?:(?:va|vont|allait|allaient|finira|finiront|risque|risquent|est en train de|sont en train de) (?:(?:finir par|vraiment|litteralement|carrement) )?)?(?:me|nous) (?:tuer|tue|tuent|achever|acheve|achevent|faire crever|buter)\b`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.fr!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...FRENCH_INITIATION_RITUALS,
    // A threat to kill after a threat to fire, before the self-harm rules read it (kill-after-firing.ts).
    ...FRENCH_KILL_AFTER_FIRING,
    ...FIRED_THEN_KILL.fr,
    // Machines giving off smoke (worn-gear-and-smoking-machines.ts).
    ...FRENCH_WORN_GEAR_AND_SMOKE,
    // A plan with no object and a day (a-plan-for-it.ts).
    ...FRENCH_A_PLAN_FOR_IT,
    ...ROMANCE_AN_END_MADE_READY,
    // Hours taken by the clock (stolen-hours-and-false-records.ts), promotion kept for one race (promotion-by-race.ts).
    ...FRENCH_STOLEN_HOURS_AND_FALSE_RECORDS,
    ...FRENCH_PROMOTION_BY_RACE,
    // Manche aveugle 25 : une cuve ou une chaudière en surpression (« trop de pression dans la cuve 3, le manomètre est
    // dans le rouge et ça siffle »).
    rule(
      'safety',
      String.raw`\btrop de pression dans (?:la |le |l')?(?:cuve|chaudiere|reservoir|ballon|autoclave|compresseur|cocotte|citerne|bouteille)\b|\b(?:manometre|pression)\b[^.!?\n]{0,40}\b(?:dans le rouge|au max\w*|depasse\w*)\b[^.!?\n]{0,60}\b(?:siffle|fuit|vapeur|gonfle|tremble|claque)`,
    ),
    // Manche aveugle 24 : quelqu'un enfermé dans une chambre froide ou un congélateur (« la chambre froide s'est
    // refermée sur Karim, la poignée intérieure est cassée »).
    rule(
      'safety',
      String.raw`\b(?:chambre froide|chambre frigorifique|congelateur|frigo|cellule de refroidissement|surgelateur)s? (?:\w+ )?(?:s'est |s est |est |a )?(?:refermee?|fermee?|bloquee?|verrouillee?) (?:sur|avec) (?!(?:le|la|les|des|du|une?)\b)\w+|\b(?:enferme|enfermee|bloque|bloquee|coince|coincee)s? (?:\w+ )?dans (?:la |le )?(?:chambre froide|chambre frigorifique|congelateur|frigo)\b`,
    ),
    // Une soignante qui frappe ceux qu'elle soigne : "une aide-soignante frappe les résidents la nuit".
    rule(
      'harassment',
      String.raw`\b(?:aide-soignante?s?|soignante?s?|infirmiere?s?|auxiliaires?|educatrices?|educateurs?|animatrices?|animateurs?|personnel|employee?s?|il|elle|ils|elles)\b (?:\w+ )?(?:frappe(?:nt)?|gifle(?:nt)?|pince(?:nt)?|secoue(?:nt)?|bat(?:tent)?|maltraite(?:nt)?|brutalise(?:nt)?|tape(?:nt)?) (?:les |des |un |une |le |la |nos |certains )?(?:\w+ )?(?:residents?|residentes?|patients?|patientes?|enfants?|bebes?|petits?|personnes agees|vieux|pensionnaires|malades)\b`,
    ),
    // Quelqu'un qui fait un malaise au travail maintenant: ne respire plus, convulse, fait une crise cardiaque,
    // s'étouffe, devient bleu. "J'ai failli faire une crise cardiaque en voyant le planning" est une façon de parler.
    rule(
      'safety',
      String.raw`(?<!\bje )\b(?:ne |n'|n )?respire (?:plus|pas)\b(?! (?:bien|tres bien|correctement|l'air|le|la|les|avec ce|dans ce (?:bureau|boulot|travail))\b)|\ba arrete de respirer\b|\b(?:il|elle|ils|elles|on) (?:n'?arrive|n'?arrivent|n'?arrivait) (?:plus|pas) a respirer\b|\bpas de pouls\b|(?<!\b(?:failli|presque|vais|va|allait|allais|aller) )\b(?:fait|fais|faisait|a fait|vient de faire|en train de faire) (?:une |un )?(?:crise (?:d'?epilepsie|epileptique|cardiaque|convulsive|d'?asthme)|convulsions?|infarctus|avc|arret cardiaque|malaise(?: cardiaque)?|choc anaphylactique|reaction allergique)\b(?! (?:en voyant|quand j'ai vu|a cause du planning))(?![^.!?]{0,40}\b(?:mdr|ptdr|lol|haha\w*)\b)|\b(?:convulse|convulsent|en train de convulser|fait des convulsions)\b|\b(?:s'|se )(?:etouffe|etouffent|etouffait|est etouffe|est etouffee|etrangle avec)\b(?! (?:de|avec du|sous) (?:rire|colere|rage|travail|boulot))|\b(?:est |sont |devient |devenu |devenue |vire |virent )(?:tout |toute )?(?:bleu|bleue|violet|violette)\b(?! (?:de (?:rage|colere|froid)|marine|ciel))|\bles levres (?:bleues|violettes)\b`,
    ),
    // Une arme là où elle ne doit pas être, sans verbe: "un flingue sur le parking", "une machette au vestiaire".
    rule(
      'threat',
      String.raw`\b(?:flingues?|pistolets?|armes?(?: a feu)?|revolvers?|fusils?|couteaux?|machettes?|calibres?|guns?|lames?)\b (?:est |etait |cache |cachee |traine |trainait )?(?:sur|dans|devant|derriere|au|aux|pres du|pres de la|a l'|a la) (?:le |la |les |l'|l |mon |ma |mes |son |sa |ses |un |une )?(?:\w+ )?(?:parking|casiers?|vestiaires?|toilettes|wc|cantine|refectoire|salle de pause|accueil|entree|porte|portail|entrepot|bureau|couloir|cour|quai|atelier|magasin|caisse|escaliers?|ascenseur|voiture|camion|sac)\b(?![^.!?]{0,40}\b(?:a colle|a peinture|a clous|emousse|aiguiser|tiroir|formation)\b)`,
    ),
    // La violence en cours ("quelqu'un se fait poignarder"), les symboles de haine et les menaces voilées.
    rule(
      'threat',
      String.raw`\b(?:se fait|se font|est en train de se faire|sont en train de se faire|vient de se faire|s'est fait|se sont fait) (?:poignarder|tabasser|frapper|agresser|cogner|lyncher|passer a tabac|planter|tirer dessus|etrangler|buter)\b|(?:^|[.!?] ?)(?:t'es|t es|tu es|toi t'es|tu seras|tu vas etre|c'est toi) (?:le |la )?prochaine?(?=\s*(?:$|[.!?,]))|\bquelque chose de (?:grave|mal|mauvais|terrible) (?:va|pourrait|risque de) (?:t'|te |lui |leur |vous )arriver\b|\b(?:il|ca) (?:va|pourrait) (?:t'|te |lui |leur )arriver (?:quelque chose|malheur|un accident)\b|\b(?:ce serait|ca serait|c'est) dommage (?:que|qu'|si) (?:ta|sa|ton|son|tes|ses) (?:\w+ )?(?:voiture|maison|famille|femme|mari|enfants?|fille|fils|gueule)\b|\b(?:t'es|t es|tu es) (?:un homme )?mort (?:a la sortie|apres le (?:taf|boulot|service)|ce soir|quand tu sors|dehors)\b`,
    ),
    rule(
      'discrimination',
      String.raw`\b(?:corde de pendu|noeud (?:coulant|de pendu))\b|\b(?:accroche|pendu|pendue|suspendu|laisse|mis|trouve) (?:une |un )?(?:corde|noeud)\b(?= (?:dans|sur) (?:mon|son|ma|sa|le|la) (?:casier|vestiaire|bureau|porte|voiture|poste))|\b(?:croix gammees?|svasti[ck]as?|swasti[ck]as?)\b(?: \w+){0,3} (?:dans|sur) (?:mon|son|ma|sa|le|la|les) (?:\w+ )?(?:casier|vestiaire|bureau|porte|mur|voiture|toilettes|poste)|\b(?:dessine|peint|grave|tague|trace|dessinee|peinte|gravee|taguee|tracee) (?:une |des )?(?:croix gammees?|svasti[ck]as?|swasti[ck]as?)|\b(?:croix gammees?|svasti[ck]as?|swasti[ck]as?) (?:dessinee|peinte|gravee|taguee|tracee)s?\b|\b(?:fait|faisait|a fait|font) (?:un |le |des )?saluts? nazis? (?:a|devant|vers) (?:moi|nous|lui|elle|eux|mes collegues)\b`,
    ),
    // Someone here with a weapon now, said plainly ("il a un couteau", "un type a sorti une arme").
    rule(
      'threat',
      String.raw`\b(?:il|elle|ils|un (?:type|homme|mec|gars|client|individu)|une (?:femme|cliente)|quelqu'un|son ex)(?: \w+)? (?:a|avait|a sorti|sort|brandit|brandissait|est venu avec|est arrive avec|tient) (?:un |une )?(?:couteau|arme|pistolet|flingue|revolver|fusil|machette|cutter)\b(?! (?:a (?:eau|billes|peinture|beurre|pain)|de cuisine|jouet)\b)`,
    ),
    // A fire reported as it burns, in few words ("feu dans l'atelier", "le feu a pris, évacuez"); a fire drill is not.
    rule(
      'safety',
      String.raw`\b(?:le |du |un )?feu (?:dans|a|au|sur|en) (?:l'|le |la |les |notre |nos )?(?:atelier|entrepot|cuisine|bureau|hangar|usine|batiment|local|quai|magasin|reserve|chantier|parking|camion|vestiaire|baie|zone|ligne|hall|garage|machine|cave|sous-sol|salle|allee|stock|poubelles?|benne)\b|\ble feu a pris\b|\bil y a le feu (?:dans|a|au|sur)\b|\b(?:l'|le |la |les |notre |nos )(?:atelier|entrepot|cuisine|bureau|hangar|usine|batiment|local|magasin|reserve|chantier|camion|vestiaire|garage|machine|stock|depot|cave|sous-sol|salle|chariot|four|friteuse|benne)s? (?:est|sont) en feu\b|(?<!exercice (?:d'evacuation )?(?:d')?)\b(?:feu|incendie|fumee)\b(?! (?:d'artifice|rouge|vert|exercice))[^.!?]{0,40}\b(?:evacuez|evacuer|evacuation|sortez|tout le monde dehors)\b(?! (?:exercice|prevue))`,
    ),
    // Machines worked on without being made safe: lock-out (consignation) skipped, live machines.
    rule(
      'safety',
      String.raw`\bconsignation (?:pas|non|jamais|n'est pas|n'a pas ete) (?:faite|respectee|appliquee|realisee)\b|\bsans (?:consignation|consigner|cadenas de consignation)\b|\btravaill\w* (?:sur|dans) (?:la |une |les |l')?(?:machines?|armoires?|lignes?|installations?|tableaux?|cables?) (?:\w+ )?(?:sous tension|en marche|en fonctionnement)\b`,
    ),
    // Violence against the writer in the present, the pronoun before the verb ("mon patron me bat"): "Il me bat aux
    // échecs" is not.
    rule(
      'threat',
      String.raw`\b(?:me|nous) (?:bat|battent|battra|battront|gifle|giflent|giflera|cogne|cognent|tabasse|tabassent|etrangle|etranglent)\b(?! (?:aux|a plate|au|en|toujours aux)\b)|\b(?:me|nous) crach\w* (?:dessus|au visage|a la figure)\b|\bcrach\w* sur moi\b|\ben train de (?:me|nous) (?:frapper|battre|gifler|tabasser|cogner|etrangler)\b`,
      { negatable: true },
    ),
    // Tripoter, peloter, ou coincer quelqu'un pour le toucher.
    rule(
      'harassment',
      String.raw`\bm'a (?:tripotee?|pelotee?)\b|\bm'a coincee?\b[^.!?]{0,40}\b(?:touchee|tripotee|pelotee)\b`,
    ),
    // Dire qu'il sait où vont les enfants à l'école ou où vit la famille, pour faire peur.
    rule(
      'threat',
      String.raw`\bsait (?:ou|dans quelle ecole)\s(?:vont|va|habitent|habite|vivent|vit) (?:a l'ecole )?(?:mes|ma|mon) (?:enfants|gosses|fils|fille|famille|femme|mari|parents)\b|\bsait (?:ou|dans quelle ecole)\s(?:mes|ma|mon) (?:enfants|gosses|fils|fille|famille) (?:vont|va|habitent|habite|vivent|vit)\b`,
    ),
    // De la fumée qui sort de quelque chose : un feu couve maintenant.
    rule(
      'safety',
      String.raw`\bfumee\s(?:noire |blanche |epaisse )?(?:qui sort|qui s'echappe|qui monte|sort|sortait|s'echappe|s'echappait|partout)\b|\b(?:il y a|y a|ya) (?:de la |beaucoup de |plein de )fumee\b|\b(?:rempli|remplie|plein|pleine)s? de fumee\b|\b(?:sort|sortait|s'echappe) (?:de la |beaucoup de |plein de )fumee\b`,
    ),
    // Un saignement qui ne s'arrête pas, du sang partout.
    rule(
      'safety',
      String.raw`\bsaign\w* (?:beaucoup|enormement|abondamment|fort|a flots|sans arret|partout)\b|\b(?:beaucoup de sang|du sang partout|plein de sang|flaque de sang|mare de sang|couverte? de sang|arrete pas de saigner)\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:enfant|gamin|gamine|petit garcon|petite fille|bebe|gosse|mome)s?\b`,
        String.raw`tout seul|toute seule|seul|seule|seuls|seules|sans surveillance|sans adulte|(?:personne|on) (?:ne )?sait (?:pas )?a qui|livre a lui-meme|qui erre|errer`,
        String.raw`chargement|dechargement|quai|chariot|clark|camion|poids lourd|machine|entrepot|cour|parking|route|production|allee|ligne|chantier|atelier|manoeuvr`,
        'latin',
      ),
    ),
    // Rape and sexual abuse, said plainly ("il m'a violée", "un viol dans le vestiaire"), not a rule broken ("viol de la procédure").
    rule(
      'harassment',
      String.raw`\b(?:m'|l'|t'|nous )(?:a|ont|avait) violee?s?\b|\b(?:j'ai|elle a|il a|on m'a|tu as) ete violee?s?\b|\b(?:me|la|nous) violer\b|\bviol(?:s)?\b(?! (?:de|des|du|d'|la|le)\b)|\bviolee? par\b|\b(?:agression|agressions|abus|violence|violences) sexuel(?:le|les|s)?\b|\babuse\w* sexuellement\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(String.raw`au secours|a l'aide|aidez[- ]moi|aidez[- ]nous|(?:au )?feu|incendie|urgence`, 'latin'),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:il y a|y a|j'ai vu|on a vu) (?:un|une|des|deux) (?:tireurs?|hommes? armes?|types? armes?|gars armes?|individus? armes?|personnes? armees?|mecs? armes?)\b|\b(?:homme|type|individu|gars|mec|client|personne)s? arme(?:e|s|es)?\b|\b(?:quelqu'un|ils|il|on|un (?:type|homme|mec|gars)) (?:tire|tirent|a tire|ont tire|tirait) (?:sur|dans|partout|a l'|au|a la|en l'air)\b|\b(?:des )?coups de (?:feu|fusil|pistolet)\b|\bfusillade\b|\b(?:il y a|y a|on a trouve|quelqu'un a (?:pose|laisse|cache)|ils ont (?:pose|laisse)) une (?:bombe|charge explosive|engin explosif)\b|\bbombe (?:dans|sous) (?:le|la|les|l')\b`,
    ),
    rule(
      'threat',
      String.raw`\bon me (?:frappe|tape|bat|tabasse|cogne|etrangle)\b|\b(?:il|elle|ils|on|le chef|la cheffe|mon chef|le responsable) (?:me |nous |la |le |les )?(?:frappe|frappent|tape|tapent|bat|battent|tabasse|tabassent) (?:dessus|encore|un|une|des|les|mon|ma|sur|en ce moment|maintenant|tout le monde)\b|\b(?:je me fais|elle se fait|il se fait) (?:frapper|taper|tabasser|agresser)\b|\b(?:essaye|essaye|tente) de m'(?:etrangler|etouffer|egorger|poignarder)\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:drogue|mis (?:quelque chose|un truc|une pilule) dans) (?:mon|ma|son|sa) (?:verre|boisson|cafe)\b|\bm'a drogue\b|\bs'est exhibe\b|\b(?:me|la|nous) (?:suit|suivait|a suivie?) jusqu'(?:a|chez) (?:moi|elle|ma voiture|mon arret)\b`,
    ),
    // Blind round 16: someone gone with the phone off, either order ("a disparu après le service, son téléphone est éteint").
    rule(
      'safety',
      String.raw`(?<!\b(?:vacances|en conge|malade|arret maladie)\b[^.!?\n]{0,120})(?![^.!?\n]{0,240}\b(?:vacances|en conge|malade|arret maladie)\b)(?:\b(?:(?:telephone|portable|tel)\w* (?:\w+ )?(?:est |etait )?(?:eteint|coupe|sur (?:la )?messagerie|injoignable)|ne repond (?:pas|plus)(?: au telephone| aux appels)?|injoignable)\b[^.!?\n]{0,100}?\b(?:a disparu|disparue?s?|(?:personne ne sait|on ne sait pas) ou (?:il|elle) est|(?:n'est )?pas chez (?:lui|elle)|(?:n'est )?pas (?:venue?|rentree?) (?:au travail|travailler|chez (?:lui|elle)))\b|\b(?:a disparu|disparue?s?|(?:personne ne sait|on ne sait pas) ou (?:il|elle) est|(?:n'est )?pas chez (?:lui|elle)|(?:n'est )?pas (?:venue?|rentree?) (?:au travail|travailler|chez (?:lui|elle)))\b[^.!?\n]{0,100}?\b(?:(?:telephone|portable|tel)\w* (?:\w+ )?(?:est |etait )?(?:eteint|coupe|sur (?:la )?messagerie|injoignable)|ne repond (?:pas|plus)(?: au telephone| aux appels)?|injoignable)\b)`,
    ),
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`alzheimer|demence|dement(?:e|s|es)?|desoriente\w*|troubles? (?:de (?:la )?)?(?:memoire|cognitifs)`,
        String.raw`(?:sorti|sortie|parti|partie|enfui|enfuie|echappe|echappee)s? (?:tout |toute )?seule?s?|a disparu|(?:a )?fugue|(?:a fait|fait) une fugue|introuvable|on (?:ne )?l[ea] (?:re)?trouve (?:pas|plus)|on (?:ne )?sait (?:pas|plus) ou (?:il|elle) est|(?:est|sont) sur la (?:route|nationale)`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:aide-soignante?|soignante?|auxiliaire|infirmiere?|personnel|equipe de nuit|aide)s?\b[^.!?\n]{0,80}?\b(?:pas de|sans|prive\w* de|priver de) (?:repas|diner|dejeuner|manger|petit-dejeuner|gouter|nourriture|souper)\b|\b(?:nouveaux|nouvelles|frais|fraiches|encore des|de nouveau des) (?:bleus|hematomes|ecchymoses)\b[^.!?\n]{0,60}?\b(?:encore|a nouveau|de nouveau|chaque|personne ne sait)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:enfant|bebe|petit|petite|eleve|gamin|gamine|bambin)s?\b[^.!?\n]{0,40}?\b(?:enferme|enfermee|bloque|bloquee)s?\b[^.!?\n]{0,40}?\b(?:dans|aux) (?:les |la |le |un |une )?(?:toilettes|wc|salle de bain|chambre|placard|cave|piece|dortoir|local)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:envie|besoin|veux|voudrais|vais|va|veut|aimerais|pourrais) (?:de |d')?(?:juste |bien |vraiment )?disparaitre (?:pour de bon|pour toujours|a (?:tout )?jamais|definitivement|de ce monde|de la surface de la terre)\b|\bmettre (?:fin|un terme) a (?:mes jours|ma vie|tout)\b(?! (?:ca|ce|cet|cette|ces|le|la|les)\b)`,
    ),
    rule(
      'self-harm',
      String.raw`\bje (?:vais|veux) me (?:tuer|suicider|foutre en l'air|supprimer)\b|\bje me tue\b|\b(?:quitter|partir de) ce monde\b|\bpersonne ne (?:me regretterait|remarquerait si je)\b|\bje vais en finir\b`,
    ),
    // An overdose, the writer's or a colleague's ("mon collègue a fait une overdose dans les toilettes").
    rule(
      'self-harm',
      String.raw`\b(?:fait|faire|fais|fera|faisait) une (?:overdose|surdose)\b(?! de (?:cafe|sucre|chocolat|travail|reunions|mails|series)\b)|\b(?:j'ai|il a|elle a|ils ont|elles ont|a) (?:avale|pris) (?:toute (?:la|une) (?:boite|plaquette)|tous (?:mes|ses|les) (?:cachets|comprimes|medicaments))\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\blettres? d'adieu\b|\blettres? de suicide\b|\bmots? d'adieu\b|\bje ne serai (?:plus )?(?:la|pas la) (?:longtemps|pour)\b|\b(?:donne|distribue|j'ai donne|donner) (?:toutes )?(?:mes) (?:affaires|biens|choses)\b|\bfait mes adieux\b`,
    ),
    rule(
      'self-harm',
      String.raw`suicid\w*|(?:(?<!\b(?:va|vont|veut|veulent|voulait|voulaient|allait|allaient|vient|venait|menace de|menacait de|essaie de|essaye de|a essaye de|a tente de|peut|pourrait|risque de|finira par) )me|se) (?:tuer|flinguer|buter|foutre en l'air|jeter sous|pendre|ouvrir les veines)|en finir(?: avec (?:la vie|ma vie|tout))?|mettre fin a (?:mes jours|ma vie)|(?:envie|besoin) de mourir|(?:veux|voudrais|veut) mourir|plus envie de vivre|(?:veux|veut|voulais|voulait|voudrais|voudrait|veulent|voulaient) (?:vraiment |juste )?plus (?:du tout )?vivre\b(?! (?:a|au|aux|en|dans|chez|avec|ici|la-bas|comme|sous|pres|loin|sans|seule?s?|en colocation)\b)|(?:veux|veut|voulais|voulait|envie de) crever\b(?! de)|(?:me|se) (?:faire du mal|scarifier|mutiler)|scarifi\w+|automutil\w+|\b(?:je me|me) (?:jette|jeter|lance|lancer|balance|balancer) (?:du|d'un|de la|depuis le|depuis la|par la|sous le|sous un) (?:haut (?:du|de la) )?(?:pont|immeuble|toit|fenetre|balcon|falaise|train|metro|camion|tour)\b`,
    ),

    rule(
      'threat',
      String.raw`(?:va|vais|vas|allait|allaient|vont|veut|voulait) (?:le |la |les |te |vous |nous |me )?${HURT}|menac\w* (?:de mort|de (?:le |la |les |me |nous )?${HURT}|de revenir|avec (?:un|une|son|sa))|menaces? de mort|alerte a la bombe`,
    ),
    rule(
      'threat',
      String.raw`(?:avec|sorti|sortait|brandi|brandissait|montre|apporte|ramene|revenir avec|armee?) (?:un |une |son |sa )?(?:couteau|arme(?: a feu| blanche)?|pistolet|fusil|revolver|flingue|cutter|machette|batte)(?! (?:de cuisine|a pain))|revenir arme|est arme`,
    ),
    rule(
      'threat',
      String.raw`bagarr\w*|(?:s'est |se sont |s est |se sont )?battus?|(?:coups? de poings?|coups? de pied|gifl\w+|tabass\w+|cogn(?:e|ent|ait|aient|er|ee|es)|frapp\w+ au visage|pousse violemment)|(?:l'a|m'a|l a|m a|nous a|les a|a ete) (?:frappe|gifle|tabasse|pousse|agresse|bouscule|etrangle|mordu)\w*|agress(?:e|ee|es|ees|er|ion|ions|ait|aient|ent)|violence (?:physique|verbale|au travail)|violences`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`harcel\w*|harcele\w*|attouchements?|intimid\w*|represailles|(?:main|mains) aux fesses|pelot(?:e|er|ait|ee|ent)|tripot(?:e|er|ait|ee|ent)`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:me|la|les|nous|te) (?:touche|touchent|touchait|tripote|tripotait|caresse|embrasse|colle|coince|coincee|suit jusqu)\w*(?! (?:pas|beaucoup|profondement|le coeur))|(?:remarques?|propos|commentaires?|blagues?|messages?|photos?|textos?|sms|avances|gestes?|allusions?|propositions?|regards?) (?:sexuel\w*|salaces?|deplace\w*|obscen\w+|graveleu\w+|a caractere sexuel|a connotation sexuelle|insistant\w*|vulgaires sur mon corps)|agression sexuelle|abus sexuel`,
    ),
    rule(
      'harassment',
      String.raw`(?:me|nous|les|leur|lui) (?:hurle|hurlent|crie|crient|insulte|insultent|humilie|humilient|rabaisse|menace|menacent)\w*(?: dessus)?|(?:crie|hurle)\w* (?:sur|apres) (?:nous|moi|les|tout le monde|l'equipe|les employes)|insult\w+ (?:devant|les|nous|tout)`,
    ),

    rule(
      'discrimination',
      String.raw`discrimin\w*|racis\w*|xenophob\w*|homophob\w*|transphob\w*|sexis\w*|misogyn\w*|antisemit\w*|islamophob\w*`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`parce que (?:je suis|elle est|il est|nous sommes|on est|je porte|elle porte) (?:une |un )?(?:femme|noire?|arabe|musulman\w*|juif|juive|gay|homo|lesbienne|trans|etranger\w*|enceinte|handicape\w*|trop vieux|trop vieille|vieux|vieille|age\w*|le voile|voilee|maghrebin\w*|africain\w*|immigre\w*)|(?:a cause de|en raison de) (?:ma|mon|sa|son|leur|notre) (?:couleur|origine|religion|age|accent|grossesse|handicap|orientation|voile|nationalite|sexe|genre)|(?:moins paye\w*|paye\w* moins|gagne\w* moins) que (?:mes |les |nos )?(?:collegues )?(?:hommes|blancs)|(?:que|seulement) des hommes (?:sont promus|ont des promotions)|licencie\w* (?:parce que|car|quand) (?:je suis|j'etais|elle est) enceinte`,
    ),

    rule(
      'fraud',
      String.raw`fraud\w*|escroq\w*|arnaqu\w+|pots?-de-vin|pots? de vin|corruption|corrompu\w*|detourn\w+ (?:de fonds|d'argent|des fonds|l'argent|de l'argent)|detournement|blanchi\w+ (?:d'argent|de l'argent)|travail (?:au )?noir|paye\w* au noir|retrocommissions?|dessous de table|soudoy\w*`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:falsifi|trafiqu|modifi|maquill|truqu|gonfl|antidat|efface|bidouill)\w* (?:les |la |le |des |nos |mes |leurs )?(?:feuilles? (?:de temps|de presence|d'heures)|pointages?|heures|registres?|factures|chiffres|rapports?|comptes|signatures?|documents?|releves?|inventaires?|controles?|bons?|notes de frais|badgeages?)|(?:feuilles? (?:de temps|de presence|d'heures)|pointages?|registres?|factures|rapports?|signatures?|documents?|controles?|heures)(?: (?:sont|ont ete|etaient|est|a ete|sont souvent|sont toujours|sont encore))? (?:falsifi|trafiqu|truqu|bidon|modifie\w* apres coup|antidat)\w*`,
    ),
    rule(
      'fraud',
      String.raw`(?:vol\w*|pique\w*|pioche\w*|detourne\w*) (?:dans |de |l'|la |le |des |les )?(?:la caisse|caisse|argent|marchandise|stock|produits|pourboires|tickets resto|carburant|materiel|clients)|vols? (?:dans|de|en) (?:la caisse|caisse|argent|marchandise|stock|reserve)`,
    ),
    rule(
      'fraud',
      String.raw`(?:heures sup\w*|heures supplementaires|salaires?|primes?) (?:ne sont )?(?:jamais |pas )(?:payees?|versees?|remunerees?)|(?:ne nous |ne me |ne les )?(?:paie|paye|paient|payent|verse|versent)(?:nt)? (?:pas|jamais) (?:les |nos |mes )?(?:heures sup\w*|heures supplementaires|salaires?)`,
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:oblig|forc|impos|contraint)\w* (?:\w+ ){0,3}(?:a |de )?(?:faire|travailler|rester|bosser|venir)(?: \w+){0,4} (?:heures sup\w*|heures supplementaires|le week-end|le samedi|le dimanche|tard)(?: \w+){0,3} (?:sans (?:les |nous |etre )?(?:pay|pai|remuner|compens)\w*|gratuitement|gratos|gratis|pour rien|non pay\w+)|(?:nous|leur|me) (?:fait|font) (?:faire|travailler|rester|bosser)(?: \w+){0,4} (?:heures sup\w*|heures supplementaires)(?: \w+){0,3} (?:sans (?:les |nous |etre )?(?:pay|pai|remuner)\w*|gratuitement|gratos|gratis)`,
    ),

    rule(
      'safety',
      String.raw`dangereu\w*|danger (?:de mort|immediat|grave)|en danger|pas securise\w*|non securise\w*|insecurite|risque (?:d'accident|de chute|d'incendie|d'explosion|d'electrocution|mortel|grave|pour la sante)|problemes? de securite|manque de securite|piege mortel`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:sorties?|portes?|issues?|escaliers?) (?:de )?(?:secours|urgence|evacuation|incendie)?[^.!?]{0,40}?(?:bloque|ferme|encombre|obstrue|verrouille|cadenasse|condamne|barre)\w*|(?:bloqu|ferm|encombr|obstru|verrouill|cadenass|condamn)\w+ (?:la |les )?(?:sorties?|portes?|issues?) de (?:secours|urgence)`,
    ),
    rule(
      'safety',
      String.raw`(?:fuite|odeur|sent|sentait) (?:de |du |d'|le |la )?(?:gaz|ammoniac|chlore|produits? chimiques?|produit|carburant|brule|fumee|solvant)|(?:fils?|cables?) (?:electriques? )?(?:denude|a nu|apparent|arrache|qui (?:pend|pendent|fait des etincelles))\w*|electrocut\w*|electrise\w*|(?:pris|prend|prends|prennent|recu|recoit|recois|eu) (?:un |une |des )?(?:(?:gros|sacre|bon|petit|violent) )?chocs? electriques?|amiante|court-circuit|(?:il y a|y a) (?:le )?feu|incendie (?:dans|au|a)`,
    ),
    rule(
      'safety',
      String.raw`sans (?:harnais|casque|gants|lunettes|chaussures de securite|protection|equipements? de protection|epi|garde-corps|ligne de vie|freins|formation|extincteur|ventilation)|pas (?:de |d')(?:harnais|casques?|gants|epi|trousse|extincteurs?|garde-corps|freins|protection)|(?:plus|pas) de freins|(?:manque|manquent) (?:de |d'|les |la )?(?:epi|harnais|extincteurs?|trousse)|(?:extincteurs?|freins?|alarme|garde-corps|echelle|echafaudage|carter|protection) (?:perime|casse|hors service|defectu|hs|en panne|retire|demonte|enleve)\w*`,
    ),
    rule(
      'safety',
      String.raw`(?:a failli|ont failli|j'ai failli|j ai failli|il a failli|elle a failli) (?:se faire |me faire |etre )?(?:ecraser|renverser|electrocuter|tomber|mourir(?! de (?:rire|honte|faim|froid|chaud|fatigue|peur|ennui|stress))|tuer|percuter|ecrase|renverse)|(?:chariot|clark|transpalette|fenwick)\w*[^.!?]{0,40}?(?:sans freins|plus de freins|renvers\w*|percut\w*|ecras\w*)|quelqu'un (?:va|risque de) (?:se faire (?:ecraser|tuer|mal)|mourir|se blesser|tomber)|(?:va|vont) se faire (?:ecraser|tuer)`,
    ),
    rule(
      'safety',
      String.raw`(?:s'est|s est|se sont|me suis|il s'est|elle s'est) (?:gravement |grievement )?(?:brule|blesse|coupe|casse|fracture|electrocute|evanoui|ecrase|tombe)\w*|bless\w+ (?:grave|gravement)|blesse(?:e|es|ees)?|blessures?|accident (?:du travail|de travail|grave|mortel)|accidents? de travail|ambulance|pompiers|(?:emmene|transporte|conduit)\w* (?:aux urgences|a l'hopital)|brulures?|(?:fait|faire|a eu) un malaise|s'est evanoui\w*|coup de chaleur`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:oblige|force)\w* (?:a|de) (?:conduire|rouler|travailler) (?:plus de \d+|\d+) ?h(?:eures)?|(?:conduit|conduisait|est venu|travaille|travaillait) (?:\w+ )?(?:ivre|saoul|bourre|drogue|sous l'emprise)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule(
      'threat',
      String.raw`sai(?:t|s|ent|vent) ou (?:j'habite|j habite|tu habites|on habite)|surveille tes arrieres`,
    ),
    rule(
      'self-harm',
      String.raw`(?:je garde|j'accumule|je stocke|je mets de cote|j'ai mis de cote) (?:des |mes |les )?(?:medicaments|cachets|comprimes|somniferes)|(?:serait|seraient|serions) (?:tous )?mieux sans moi|ne plus me reveiller`,
    ),
    rule(
      'discrimination',
      String.raw`(?:rentrer|retourner|rentre|retourne|rentrez|retournez) (?:dans|chez) (?:son|ton|leur|votre|sa|ta) (?:pays|bled)`,
    ),
    rule(
      'harassment',
      String.raw`depuis que (?:je l'ai|je l ai|je lui ai) (?:repousse|dit non|refuse|econduit)[^.!?]{0,80}(?:horaires|plannings?|heures|sanctionn|punit|raconte|rumeur|ignor|pires)\w*|(?:raconte|dit|repete) (?:a tout le monde )?que je suis (?:facile|une salope|une fille facile)`,
    ),
    rule(
      'fraud',
      String.raw`signer (?:des |les )?(?:fiches|feuilles|rapports|registres|formulaires|bons)(?: de \w+)? (?:vierges|en blanc|vides)`,
    ),
    rule(
      'safety',
      String.raw`(?:rayonnages?|etageres?|racks?|echafaudages?|plafond|poutres?|mezzanine)[^.!?]{0,30}(?:penche|plie|tordu|fissure|s'effondre|cede|s'affaisse)\w*|detecteurs? de fumee[^.!?]{0,40}(?:sans piles|debranche|desactive|couvert)\w*`,
    ),
    // Horaires pointés pour des absents : emplois fictifs, pointer pour les autres.
    rule(
      'fraud',
      String.raw`(?:emplois|employes|salaries|postes) fictifs|(?:pointe|pointer|pointent|pointait|paye|payer|payent|declare|declarent|compte|comptent)(?: \w+){0,3} (?:pour|a) (?:des gens|des collegues|des personnes|ses potes|ses amis|sa famille|des absents|des gars|des salaries)(?: absents?| qui (?:ne )?(?:sont|etaient|viennent|venaient|bossent|bossaient|travaillent|travaillaient) (?:meme )?(?:pas|jamais)(?: la| venus)?)`,
    ),
    // Refuser travail ou promotion à tout un groupe.
    rule(
      'discrimination',
      String.raw`(?:veut|veulent|voulait|embauche|embauchent|promeut|promeuvent|prend|prennent) (?:pas|jamais|aucun|aucune) (?:de |d')(?:noirs|arabes|rebeus|renois|musulmans|musulmanes|femmes|etrangers|immigres|gays|homos|vieux|seniors|femmes enceintes|mamans|meufs|voilees|asiatiques|roms)`,
    ),
    // Des salariés enfermés sur leur lieu de travail, sans pouvoir sortir.
    rule(
      'safety',
      String.raw`\bnous (?:a |ont |avait |avaient )?enferm\w*|\bon (?:est|reste|se retrouve|etait|se fait) (?:\w+ )?enferm\w*|\bnous (?:sommes|restons|etions) (?:\w+ )?enferm\w*|\benferm\w* (?:les|tous les|toutes les) (?:salaries|employes|ouvriers|ouvrieres|collegues|filles|gars)\b|\bferm\w* (?:les portes|la porte|les issues) (?:a cle |au cadenas )?(?:sur nous|avec nous dedans|avec nous a l'interieur)`,
    ),
    // Un danger laissé en place : de l'huile renversée là où l'on passe, un extincteur vide ou disparu, une fuite
    // revenue après la réparation.
    rule(
      'safety',
      String.raw`\b(?:huile|graisse|gasoil|gazole|carburant|essence|acide|javel|solvant|liquide de refroidissement|produits? chimiques?)\b (?:\w+ ){0,2}(?:renversee?s?|repandue?s?|deversee?s?|partout par terre|par terre|au sol|plein le sol|sur le sol)\b|\b(?:flaque|nappe|tache|trainee|mare) (?:d'|d |de )(?:huile|graisse|gasoil|gazole|carburant|essence|acide|javel|produits? chimiques?)\b|\b(?<!(?:panneaux?|pancartes?|signal\w*|affiches?|attention|plots?|cones?) (?:de |du |d'|"|« )?)(?:sol|allee|rampe|escalier|quai) (?:\w+ ){0,3}(?:glissante?s?|une patinoire)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\bextincteurs?\b(?: \w+){0,5} (?:est |sont |reste |restent )?(?:vides?|vide depuis|decharges?|perimes?|a disparu|ont disparu|disparus?|manquants?|voles?|enleves?|introuvables?|hors service|plus la|pas la)\b|\b(?:(?:il manque|manque|manquent|ont enleve|ont pris|a disparu|on a vole|ils ont vole) (?:l'|l |les |un |le )?|(?:plus|pas|y a plus|y a pas|il y a plus|il y a pas) (?:d'|d |de ))extincteurs?\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:fuite|fuites|infiltration)\b(?: \w+){0,4} (?:est revenue|sont revenues|est de retour|revient|reviennent|recommence|a recommence|reprend|a repris)\b|\b(?:ca |il |elle )?(?:refuit|recoule|regoutte|recommence a (?:fuir|couler|goutter))\b|\b(?:apres|malgre) (?:la |sa |leur )?reparation\b[^.!?]{0,40}\b(?:fuit|fuite|coule|goutte|revient|recommence)\w*`,
    ),
    // Un chariot ou un camion qui renverse, percute ou écrase quelqu'un.
    rule(
      'safety',
      String.raw`\b(?:a|ont|vient de|viennent de|s'est fait|se sont fait|a ete|ont ete|se fait) (?:\w+ )?(?:renverse|renverser|percute|percuter|ecrase|ecraser|fauche|faucher|heurte|heurter|happe|happer|coince|coincer)e?s?(?: par)? (?:un |une |le |la |l'|les |des |notre |mon |ma )?(?:\w+ )?(?:collegue|interimaire|pieton|ouvrier|ouvriere|salarie|salariee|gars|mec|cariste|preparateur|preparatrice|agent|employe|employee|chauffeur|stagiaire|apprenti|personne|client|cliente|quelqu'un|homme|femme|jeune|magasinier|manutentionnaire|chariot|camion|fenwick|clark|transpalette|gerbeur|vehicule)s?\b`,
    ),
    // Des relations sexuelles mises en condition d'heures, de postes ou de contrat.
    rule(
      'harassment',
      String.raw`\bsi (?:je |j')(?:ne |n')?(?:couche|couchais|coucherai|dors|dormais|sors|sortais|viens|venais|vais|allais) (?:pas |plus )?(?:avec lui|avec elle|chez lui|chez elle)\b[^.!?]{0,60}\b(?:heures?|postes?|contrat|cdi|planning|shifts?|horaires?|augmentation|promotion|prime|vire|virer|renvoyer)\b|\b(?:heures?|postes?|contrat|cdi|planning|horaires?|augmentation|promotion|prime)\b[^.!?]{0,50}\bsi (?:je |j')(?:couche|couchais|dors|sors|viens|vais) (?:avec lui|avec elle|chez lui|chez elle)\b`,
    ),
    // Le souhait de ne plus être là, dit sans le mot : « ce serait mieux si j'étais plus là ».
    rule(
      'self-harm',
      String.raw`\b(?:ce serait|ca serait|ce sera|c'est|ca sera) (?:mieux|plus simple|plus facile|mieux pour tout le monde|un soulagement) (?:pour (?:tout le monde|eux|ma famille|vous) )?(?:si (?:je |j')(?:n'etais plus la|n'etais pas la|etais plus la|existais plus|n'existais plus|n'existais pas|disparaissais|mourais|etais mort|etais morte|partais pour de bon)|que je (?:disparaisse|meure|sois plus la|ne sois plus la))\b`,
    ),
    // Un doigt ou une main coupés, arrachés ou écrasés par une machine.
    rule(
      'safety',
      String.raw`\b(?:s'est |se |lui a |a )?(?:sectionne|arrache|ampute|tranche|ecrase|broye)e? (?:le |la |un |une |deux |les |l'|le bout du |des )?(?:doigt|doigts|main|bras|pied|phalange)\b|\b(?:plein|pleine|couvert|couverte) (?:d'|de )(?:huile|graisse|gasoil|gazole|carburant)\b`,
    ),
    // Une menace voilée liée à la fin du service : « tu vas le regretter à la sortie », « je t'attends après le boulot ».
    rule(
      'threat',
      String.raw`(?<!\b(?:si tu (?:viens|vas|passes) pas|resto|restaurant|pot|apero|soiree|bieres?|verre|fete|match|film|karaoke|barbecue|bbq|diner|dejeuner|raclette)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:si tu (?:viens|vas|passes) pas|resto|restaurant|pot|apero|soiree|bieres?|verre|fete|match|film|karaoke|barbecue|bbq|diner|dejeuner|raclette)\b)(?:(?:\btu vas (?:le )?regretter\b|\btu le regretteras\b|\btu vas voir ce qui (?:va t'arriver|t'attend)\b|\bce qui va t'arriver\b|\bce qui t'attend\b|\btu vas (?:le )?payer\b|\btu me le paieras\b|\bon va regler (?:ca|nos comptes)\b|\bt'es mort\b|\btu vas prendre cher\b|\bje t'attends\b)[^.!?]{0,40}(?:\ba la sortie\b|\bapres (?:le|ton|la) (?:service|boulot|travail|taf|poste|shift|journee)\b|\ben sortant\b|\bdehors\b|\bau parking\b|\bsur le parking\b)|(?:\ba la sortie\b|\bapres (?:le|ton|la) (?:service|boulot|travail|taf|poste|shift|journee)\b|\ben sortant\b|\bdehors\b|\bau parking\b|\bsur le parking\b)[^.!?]{0,40}(?:\btu vas (?:le )?regretter\b|\btu le regretteras\b|\btu vas voir ce qui (?:va t'arriver|t'attend)\b|\bce qui va t'arriver\b|\bce qui t'attend\b|\btu vas (?:le )?payer\b|\btu me le paieras\b|\bon va regler (?:ca|nos comptes)\b|\bt'es mort\b|\btu vas prendre cher\b|\bje t'attends\b))`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:extincteurs?)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:huile|graisse|gasoil|gazole|carburant|acide|javel)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "l'aide-soignante a giflé la résidente", "attache la dame au fauteuil".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`aides?[- ]soignantes?|soignant(?:e|s|es)?|infirmi(?:er|ere|ers|eres)|auxiliaires?|educat(?:eur|rice|eurs|rices)|animat(?:eur|rice|eurs|rices)|ma[iî]tre(?:sse)?s?|institut(?:eur|rice)s?|profs?|professeure?s?|atsem|nounous?|assistante? maternelle|auxiliaire de vie|son (?:pere|beau-pere|papa)|sa (?:mere|belle-mere|maman)`,
        harm: String.raw`(?:(?:l'|la |le |les |lui )?(?:a |ont |avait )?)?(?:gifl\w*|frapp\w*|tap(?:e|ee|es|ent|ait)|cogn\w*|bouscul\w*|secou\w*|pinc(?:e|ee|ait|ent)|brul\w*|attach\w*|sangl\w*|ligot\w*|enferm\w*|maltrait\w*|pouss(?:e|ee|ait|ent))`,
        dependant: String.raw`(?:la |le |les |une |un |l'|mon |ma |son |sa )?(?:residente?s?|patiente?s?|eleves?|enfants?|petite?s?|bebes?|mamie|papy|dame|monsieur \w+|madame \w+|mme \w+|m\. \w+|pensionnaires?|personnes? agees?)`,
        passive: String.raw`\b(?:a ete|ont ete|est|sont|etait|s'est fait) `,
        harmed: String.raw`(?:gifl|frapp|bouscul|secou|brul|attach|ligot|enferm|maltrait|battu)\w* par (?:l'|la |le |une |un |les )?(?:\w+ )?(?:aide|soignant|infirmi|auxiliaire|educat|animat|maitre|maitresse|prof)\w*`,
        harmsThem: String.raw`(?:le |la |l')(?:frappe|bat|tape|brule|gifle)`,
      }),
    ),
    // A small child left alone for an hour or more: "une animatrice a laissé un enfant seul dans le dortoir pendant une heure".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`enfants?|bebes?|petite?s?|gamine?s?|eleves?`,
        String.raw`seule?s?|sans surveillance|sans personne`,
        String.raw`(?:pendant |depuis |plus d'|presque |toute )?(?:une heure|(?:deux|trois|plusieurs|\d+) heures|une heure et demie|la (?:nuit|sieste|matinee|apres-midi) entiere|toute la (?:nuit|sieste|matinee|apres-midi))`,
      ),
    ),
    // A resident with dementia not in their room, with a door open or at night (the English rule's twin).
    rule(
      'safety',
      String.raw`\b(?:demence|demente|alzheimer|desoriente?e?)\b[^.!?]{0,80}\b(?:n'est (?:pas|plus)|pas) dans (?:sa|son|la|le) (?:chambre|lit|jardin|salon|unite|couloir)\b[^.!?]{0,120}(?:\bportes? (?:\w+ ){0,3}(?:ouverte|entrouverte|pas fermee|grande ouverte)|\b(?:froid|gel\w*|nuit|noir|pluie|neige|route)\b)`,
    ),
    // A lone worker out of contact (lone-worker.ts): "Karim ne répond plus depuis ce matin, il faisait seul le contrôle des cuves".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`ne repond (?:plus|pas)|(?:n'|ne )?(?:arrive|arrivons|arrivent) pas a (?:le|la|les) (?:joindre|contacter)|injoignable|(?:telephone|portable) (?:coupe|eteint|sonne dans le vide)|messagerie`,
        String.raw`seule?\b|(?:sa )?(?:voiture|camionnette|moto) (?:est )?(?:toujours|encore) (?:la|ici|garee|sur le parking)|cuves?|citernes?|reservoirs?|fosses?|bassins?|silos?|chambre froide`,
        String.raw`en (?:conge|vacances|reunion|arret)|chez (?:lui|elle)|de repos`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`freins? (?:\w+ ){0,4}(?:lach\w*|mous|spongieux|ne (?:freinent|repondent|marchent) (?:plus|pas)|us(?:e|es)|defaillants?|hs)|(?:chauffeur|conducteur|conductrice)(?: \w+){0,4} (?:est |etait )?(?:ivre|bourre|sao[uû]l|saoul|alcoolise|drogue|defonce)`,
        String.raw`passagers|voyageurs|(?:enfants|eleves|gens|salaries|ouvriers) (?:a bord|dedans|dans le (?:car|bus))|(?:car|bus|navette|minibus) (?:scolaire|du personnel|plein)|(?:rouler|conduire|partir|continuer|faire la tournee)(?: \w+){0,2} (?:quand meme|malgre tout|de toute facon)|continue de rouler|continue a conduire|navettes?|minibus|bus|(?:il|elle) (?:roule|conduit) (?:\w+ )?(?:avec|quand meme|toujours|encore)`,
      ),
    ),
    // Blind round 13 : des résidents, patients ou enfants attachés au lit ou au fauteuil par le personnel (in-care.ts) :
    // « les résidents sont attachés au lit la nuit », « ils attachent monsieur Bernard à son fauteuil ».
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`residents?|residentes?|patients?|patientes?|pensionnaires?|personnes agees|enfants?|bebes?|eleves?|monsieur \w+|madame \w+|mme \w+|papys?|mamies?|beneficiaires?|usagers?`,
        tiedTo: String.raw`(?:attache|sangle|ligote|entrave|contentionne)(?:e|s|es)? (?:\w+ ){0,3}(?:au|aux|a leur|a son|a sa|a la|sur le|sur leur|sur la|dans le|dans leur) (?:\w+ )?(?:lit|lits|fauteuil|fauteuils|chaise|chaises|radiateur)|contention (?:\w+ ){0,3}sans (?:prescription|ordonnance)`,
        tie: String.raw`attachent|attache|attachait|attachaient|sanglent|sangle|ligotent|ligote`,
        furniture: String.raw`(?:au|aux|a leur|a son|a sa|a la|sur le|sur leur|sur la) (?:\w+ )?(?:lit|lits|fauteuil|fauteuils|chaise|chaises|radiateur)`,
        bedridden: String.raw`\b(?:grippe|fievre|malade|covid|virus)\b`,
      }),
    ),
    // Un doigt, une main ou un œil perdu au travail : « un collègue a perdu un doigt sur la presse ». Pas « perdu la main »
    // (l'habitude). Si c'était il y a des années, long-ago.ts le laisse calme.
    rule(
      'safety',
      String.raw`\b(?:a perdu|ont perdu|perdu|s'est sectionne|s'est arrache|s'est fait arracher|s'est fait sectionner|s'est fait couper|s'est ampute|lui a sectionne|lui a arrache) (?:un|une|deux|trois|le bout d'un|le bout du|le|les|la moitie d'un) (?:doigts?|pouces?|bras|pied|orteils?|oeil|phalanges?)\b|\b(?:a perdu|ont perdu|perdu) la main (?:gauche|droite)\b`,
    ),
    // Ronde aveugle 13 : quelqu'un qui vient sur place pour s'en prendre aux gens : « il va venir demain au bureau pour
    // tirer sur tout le monde », « il arrive au magasin pour tabasser le responsable ». Pas « tuer le temps ».
    rule(
      'threat',
      String.raw`\b(?:vient|viennent|viendra|viendront|venir|arrive|arrivent|arrivera|debarque|debarquera|revient|reviendra|se pointe|se pointera|en route)\b(?: [\w'-]+){0,7}? (?:pour |et |afin de )?(?:(?:me|te|nous|vous|les|la|le|l'|lui|leur) ?)?(?:tirer sur|tire sur|tuer|tue|poignarder|planter|buter|flinguer|tabasser|frapper|cogner|egorger|massacrer|abattre|casser la gueule|faire la peau)\b(?! (?:le temps|l'ambiance|la reunion|des photos|le portrait|une photo|a la porte|a la fenetre)| (?:toute|tout|l'enthousiasme|la motivation|le moral|l'ennui|l'envie)\b| (?:les |des )?(?:cafards|rats|souris|nuisibles|insectes|fourmis|mouches|moustiques|termites|punaises|mauvaises herbes|virus|bacteries|germes)\b)`,
    ),
    // Aveugle 17 : un produit chimique dans les yeux (chemical-in-eyes.ts) : "il a reçu de la soude dans les yeux",
    // "fuite de chlore, deux collègues ont les yeux qui brûlent". Pas les yeux qui brûlent devant l'écran.
    rule(
      'safety',
      chemicalInEyes(
        String.raw`produits? chimiques?|chimiques?|acide|soude|javel|eau de javel|chlore|solvant|degraissant|ammoniaque|desinfectant|corrosifs?`,
        String.raw`(?:dans|aux|a) (?:les |l'|l |ses |son |mes |mon |leurs |un )?(?:yeux|oeil|visage|figure)`,
        String.raw`(?:yeux|oeil) (?:\w+ ){0,3}(?:qui brulent|brulent|brule|en feu)|(?:ne|n') ?(?:voit|vois|voient) plus`,
        String.raw`pour (?:ne pas|eviter)|evit(?:er|ez)|si (?:ca|cela|du|de la|le produit|il y a)|en cas de`,
      ),
      { negatable: true },
    ),
    // A fire named straight before its place, a cry for help with someone trapped, said in haste: "INCENDIE entrepôt côté quai 4 !!!" (said-in-haste-bare.ts).
    ...FRENCH_SAID_BARE,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...FRENCH_FIRE_BACK_AND_LEFT_INSIDE,
    // Gone into a tank or a freezer and not come out, told over several sentences or texts (gone-in-and-not-come-out.ts).
    ...FRENCH_GONE_IN_AND_NOT_OUT,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...FRENCH_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...FRENCH_NOTHING_LEFT_TO_LOSE,
    // A return promised and nobody left alive (./coming-back-to-kill-everyone.ts).
    ...FRENCH_COMING_BACK_FOR_EVERYONE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...FRENCH_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...FRENCH_FIGHTS_IN_SLANG,
    ...FRENCH_VIOLENCE_IF_FIRED,
    ...FRENCH_WHOEVER_TELLS_THREATENED,
    ...FRENCH_WARNED_OR_BEATEN,
    ...FRENCH_VESSELS_ABOUT_TO_BURST,
    ...FRENCH_IN_DANGER_NOW,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...FRENCH_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...FRENCH_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...FRENCH_MACHINES_RUN_UNGUARDED,
    ...FRENCH_FLAME_BY_FUEL_AND_HEAT,
    ...FRENCH_FORKS_AND_LOADS,
    ...FRENCH_TIME_FRAUD_CLOCKED,
    ...FRENCH_BRIBES_AND_FAKE_VENDORS,
    ...FRENCH_BOMBS_BROUGHT_TO_WORK,
    ...FRENCH_RETALIATION_FOR_COMPLAINTS,
    ...FRENCH_SEX_FOR_THE_JOB,
    ...FRENCH_DYING_SAID_LIGHTLY,
    ...FRENCH_DISCRIMINATION_SAID,
    ...FRENCH_DRUNK_AT_THE_WHEEL,
    ...FRENCH_WASTE_DUMPED,
    ...FRENCH_TIME_FRAUD,
    ...FRENCH_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...FRENCH_WHO_THEY_ARE_HELD_AGAINST,
    ...FRENCH_HIRING_LIMITS,
    ...FRENCH_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...FRENCH_FRAUD_WITHOUT_THE_WORD,
    ...FRENCH_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    FRENCH_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    FRENCH_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    FRENCH_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...FRENCH_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...FRENCH_BLASTS_HEARD_WITH_SOMEONE_THERE,
    FRENCH_EXITS_LOCKED_ON_SHIFT,
    FRENCH_NUMB_AFTER_A_SHOCK,
    // A co-worker, named or described, who collapsed, told briefly (att43: collapsed-told-briefly.ts).
    FRENCH_COLLAPSED_TOLD_BRIEFLY,
    ...FRENCH_FOLLOWED_HOME_AND_TRACKED,
    ...FRENCH_RETALIATION_THREATS,
    ...FRENCH_RETALIATION_IDIOMS,
    ...ROMANCE_SILENCED,
    ...FRENCH_TELLERS_THREATENED,
    // Someone waiting for the writer, the harm said as its aim (waiting-to-hurt-the-writer.ts).
    ...FRENCH_WAITING_TO_HURT,
    // Someone armed, waiting on the site or at its edge (armed-and-waiting.ts).
    ...FRENCH_ARMED_AND_WAITING,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...FRENCH_CALLS_FOR_HELP_FORBIDDEN,
    ...ROMANCE_REPORTERS_HUNTED,
    ...ROMANCE_REPORTERS_HUNTED_BY_METHOD,
    ...ROMANCE_ARMED_ROBBERY,
  ],
};
