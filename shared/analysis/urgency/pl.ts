import { POLISH_DOWN_AND_STILL } from './down-and-still';
import { POLISH_FIGHTS_IN_SLANG } from './fights-said-in-slang';
import { POLISH_VIOLENCE_IF_FIRED } from './violence-promised-if-fired';
import { POLISH_WHOEVER_TELLS_THREATENED } from './threats-to-whoever-tells';
import { POLISH_WARNED_OR_BEATEN } from './warned-or-beaten-for-speaking';
import { POLISH_SIGNS_OF_A_BODY_IN_TROUBLE } from './signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl';
import { POLISH_TALKS_ABOUT_A_HARM } from './talks-about-a-harm';
import { POLISH_WHO_THEY_ARE_HELD_AGAINST } from './who-they-are-held-against';
import { POLISH_HIRING_LIMITS } from './hiring-limits';
import { POLISH_STOCK_WRITTEN_OFF_AND_TAKEN } from './stock-written-off-and-taken';
import { POLISH_FRAUD_WITHOUT_THE_WORD } from './fraud-without-the-word';
import { POLISH_BAD_AIR_AND_DAMAGED_GEAR } from './bad-air-and-damaged-gear';
import { POLISH_DAMAGED_TOOLS_USED_ANYWAY } from './damaged-tools-used-anyway';
import { POLISH_SHOCKS_FROM_GEAR } from './shocks-from-gear';
import { POLISH_PEOPLE_KEPT_OFF_A_POST } from './people-kept-off-a-post';
import { POLISH_HAZARD_AND_PUSHED_TO_WORK } from './hazard-and-pushed-to-work';
import { POLISH_BLASTS_HEARD_WITH_SOMEONE_THERE } from './blasts-heard-with-someone-there';
import { POLISH_EXITS_LOCKED_ON_SHIFT } from './exits-locked-on-shift';
import { POLISH_NUMB_AFTER_A_SHOCK } from './numb-after-a-shock';
import { POLISH_HEAT_TOLD_BY_ITS_SIGNS } from './heat-told-by-its-signs';
import { POLISH_DOWN_A_HOLE_AND_SILENT } from './down-a-hole-and-silent';
import { POLISH_COLLAPSED_TOLD_BRIEFLY } from './collapsed-told-briefly';
import { POLISH_FOLLOWED_HOME_AND_TRACKED } from './followed-home-and-tracked';
import { POLISH_CARDS_CLOCKED_FOR_THE_ABSENT } from './cards-clocked-for-the-absent';
import { POLISH_TELLERS_THREATENED } from './tellers-threatened-with-harm';
import { POLISH_CALLS_FOR_HELP_FORBIDDEN } from './calls-for-help-forbidden';
import { POLISH_RETALIATION_IDIOMS } from './retaliation-said-as-an-idiom';
import { POLISH_REPORTERS_HUNTED_BY_METHOD } from './reporters-hunted-by-method';
import { POLISH_FIRE_BACK_AND_LEFT_INSIDE } from './fire-back-and-people-left-inside';
import { POLISH_SHUT_IN } from './shut-in-or-left-inside';
import { POLISH_NOTHING_LEFT_TO_LOSE } from './nothing-left-to-lose';
import { POLISH_FIGHTS_AND_RUN_OVER } from './fights-with-objects-and-people-run-over';
import { PAY_RECORDS_AND_CHILD_WORK } from './pay-records-and-child-work-tables';
import { POLISH_INITIATION_RITUALS } from './initiation-rituals';
import { POLISH_CAMPAIGNS_AGAINST } from './campaigns-against';
import { POLISH_VESSELS_ABOUT_TO_BURST } from './vessels-about-to-burst';
import { POLISH_SAID_BARE } from './said-in-haste-bare';
import { POLISH_PROMOTION_BY_ORIGIN } from './promotion-by-origin-de-it-pl';
import { POLISH_TIME_CARDS } from './time-cards-de-it-pl';
import { POLISH_WORN_FALL_GEAR } from './worn-fall-gear-de-it-pl';
import { childAloneNear } from './child-alone';
import { cryForHelp } from './cry-for-help';
import { beatenAtGame } from './games';
import { rule, type UrgencyLanguage } from './types';
import { harmInCare, restrainedInCare } from './in-care';
import { outOfContact } from './lone-worker';
import { eitherOrder, inOneSentence } from './one-sentence';
import { drivenUnfit } from './unfit-vehicle';

/*
 * Polish, with or without diacritics ("bezpieczeństwo"/"bezpieczenstwo",
 * "łapówka"/"lapowka"). Seven cases and verb aspect make most words a stem
 * plus an ending (`\w*`). "Umieram ze śmiechu", "ten termin mnie zabija" and
 * "to była bomba" are idioms, not events.
 */
export const polish: UrgencyLanguage = {
  code: 'pl',
  name: 'Polish',
  script: 'latin',
  negation: String.raw`nie|nigdy|bez|zadnych|zadnego|zadnej|zaden|zadna|zadne|zero|brak|ani`,
  benign: [
    // A talk, a meeting or a slogan about a harm, said in general (talks-about-a-harm.ts).
    ...POLISH_TALKS_ABOUT_A_HARM,
    // A harm named as what a campaign, a week or a policy is against (campaigns-against.ts).
    ...POLISH_CAMPAIGNS_AGAINST,
    // Someone who will "kill" the writer for being late or a slip is a figure ("szef mnie zabije jak się spóźnię",
    // blind round 27); "zabije mnie, jak powiem" (if I tell) is a threat and stays read.
    String.raw`\b(?:mnie )?(?:zabije|zabija|zabiją|zabija mnie|udusi|zamorduje|zatłucze|zatlucze)(?: mnie)?,? (?:jak|jesli|jezeli|gdy|kiedy) (?:sie )?(?:znowu |znow |jeszcze raz )?(?:spoznie|spoznimy|zaspie|zapomne|zepsuje|zgubie|stluke|rozleje|pomyle|nie zdaze|nie skoncze|zawale)(?: sie)?\b`,
    // "Zabij mnie, ale nie pamiętam" is "for the life of me", not a plea (blind round 26).
    String.raw`\bzabij(?:cie)? mnie,? (?:ale |a )?(?:nie )?(?:pamietam|wiem|kojarze|mam pojecia)\b`,
    // Złamana noga na nartach czy na meczu, poza pracą: powód nieobecności, nie wypadek przy pracy.
    String.raw`(?:zlamal\w*|skrecil\w*|zwichnal\w*|naderwal\w*|stluk\w*) (?:sobie )?\w+ (?:na nartach|na snowboardzie|na rowerze|na silowni|na meczu|w domu|na urlopie|na wakacjach|grajac w \w+|podczas meczu|na treningu|w weekend)`,
    // Pytanie, jak się czegoś używa, to pytanie o szkolenie, nie zgłoszenie.
    String.raw`jak (?:sie )?(?:uzywa|uzywac|obsluguje|obslugiwac|dziala) (?:\w+ )?(?:gasnic\w*|defibrylator\w*|apteczk\w*|hydrant\w*)`,
    // A prevention programme, poster or training named for suicide is a subject, not a report.
    String.raw`(?:kampani\w*|szkoleni\w*|plakat\w*|tydzien|dzien|program\w*|warsztat\w*|ulotk\w*)(?: \w+){0,2} (?:o |na temat )?(?:zapobiegani\w*|profilaktyk\w*|prewencj\w*) (?:samobojstw\w*|samookalecze\w*)`,
    // Spasc z krzesla ze smiechu i przypalic tosta to nie wypadki.
    String.raw`(?:prawie |omal |o malo nie )?spad\w* z krzesla ze smiechu|ze smiechu (?:prawie |omal )?spad\w* z krzesla|przypali\w* (?:\w+ )?(?:tosty?|tosta|chleb|pizze|ryz|popcorn|obiad|kolacje|jedzenie|ciasto|kawe|mleko|grzanki?)`,
    // Names of training courses and of the ward someone works on, not reports.
    String.raw`(?:szkolenie|szkoleni\w+|kurs\w*|modul\w*|warsztat\w*) (?:\w+ ){0,2}(?:z|o|w zakresie) (?:przeciwdzialani\w+ |zapobiegani\w+ )?(?:mobbing\w*|molestowani\w+|dyskryminacj\w+|przemoc\w*)`,
    String.raw`umier\w* (?:ze|z) (?:smiechu|glodu|nudow|zimna|goraca|ciekawosci|zmeczenia|pragnienia|wstydu)|(?:padam|padlem|padlam) (?:ze|z) (?:smiechu|glodu|nog)`,
    String.raw`(?:mnie|nas) (?:zabija|zabijaja|wykonczy|wykancza|dobija)|zabic czas|zabija czas`,
    String.raw`(?:byla|jest|bedzie|to) (?:\w+ )?bomba|bomba cenowa`,
    String.raw`(?:cwiczeni\w*|szkoleni\w*|probn\w*) (?:ewakuacyjn\w*|przeciwpozarow\w*|bhp|z ewakuacji|pozarow\w*)|szkoleni\w* bhp`,
    // „Niebezpiecznie dobre” to pochwała.
    String.raw`niebezpiecznie (?:dobr\w*|smaczn\w*|wygodn\w*|uzalezniajac\w*|blisko (?:weekendu|obiadu|piatku))`,
    // Żartobliwe groźby ciastem lub piosenką.
    String.raw`(?:grozi|grozila|grozil|zagrozila|zagrozil|grozby)\w*,? (?:ze |iz )?(?:\w+ ){0,2}(?:przyniesie|upiecze|zaspiewa|zrobi|zorganizuje|przyniesiemy)? ?(?:\w+ )?(?:ciast\w*|sernik\w*|tort\w*|ciastk\w*|pizz\w*|karaoke|piosenk\w*|impreze|zarty|paczk\w*)`,
    // Szkolenie lub film o mobbingu to temat, nie zdarzenie.
    String.raw`(?:szkoleni\w*|kurs\w*|film\w*|prezentacj\w*|polityk\w*|plakat\w*|warsztat\w*) (?:o|na temat|dotyczac\w*|z zakresu|przeciw|antymobbingow\w*) (?:\w+ )?(?:mobbing\w*|molestowani\w*|dyskryminacj\w*|przemoc\w*|nekani\w*)`,
    // Ograć kogoś w grze to nie pobicie (games.ts): "szef pobił mnie w szachy", "kolega ogrywa nas w karty".
    beatenAtGame(
      String.raw`(?:pobil|pobila|pobili|pobije|bije|bil|bila|ogral|ograla|ograli|ogrywa|pokonal|pokonala|pokonali|pokonuje|rozgromil|rozgromila|zmiazdzyl|zmiazdzyla|zniszczyl|zniszczyla|rozwalil|rozwalila|sklepal|sklepala|zlal|zlala|wygral ze mna|wygrala ze mna|wygrywa ze mna|wygral z nami)`,
      String.raw`w|na|przy`,
      String.raw`szachy|szachach|ping-?ponga|ping-?pongu|pilkarzyki|pilkarzykach|karty|kartach|rzutki|rzutkach|bilard|bilardzie|warcaby|warcabach|fife|fifie|pokera|pokerze|kregle|kreglach|tenisa|tenisie|badmintona|gry|grze|planszowk\w*|chinczyka|makao|tysiaca|remika|brydza|mario karta`,
      String.raw`sali|klubie|klub|turnieju|barze|stole`,
    ),
    // Pobić rekord to osiągnięcie.
    String.raw`pobi\w* (?:\w+ )?(?:rekord\w*|wynik\w*)`,
  ],
  rules: [
    // Hours, tips and takings taken, safety records written false, children at work: one table a language
    // (pay-records-and-child-work-tables.ts).
    ...PAY_RECORDS_AND_CHILD_WORK.pl!,
    // Hazing: a newcomer tied, shut in, stripped or made to drink as a ritual (initiation-rituals.ts).
    ...POLISH_INITIATION_RITUALS,
    // Runda ślepa 25: wózek, maszyna albo ładunek przygniótł kogoś ("wózek widłowy przygniótł Pawła, krzyczy").
    rule(
      'safety',
      String.raw`\b(?:wozek|widlak|maszyn\w*|regal\w*|palet\w*|ladun\w*|towar|skrzyni\w*|belk\w*)\b(?: \w+){0,2} (?:przygniotl\w*|przygniata|przycisnal\w*|zmiazdzyl\w*|przejechal\w*) (?!(?:mi|nam|palet\w*|towar\w*|karton\w*|skrzyn\w*|regal\w*|sciane|sciany|drzwi|brame|kabel|kable|przewod\w*|worki?|pudl\w*|paczk\w*)\b)\w+`,
    ),
    // Ktoś zasłabł w pracy teraz: nie oddycha, ma atak padaczki, zawał, dławi się, jest nieprzytomny, sinieje.
    // "Prawie dostałem zawału, jak zobaczyłem grafik" to powiedzenie.
    rule(
      'safety',
      String.raw`(?<!\bja )\bnie (?:oddycha|moze oddychac|mogl oddychac|mogla oddychac)\b(?! (?:przez (?:prace|robote)|od tej pracy))|\bprzesta(?:l|la|ł|ła) oddychac\b|\b(?:brak|nie ma|nie czuje|nie wyczuwam) (?:pulsu|tetna)\b|(?<!\b(?:prawie|zaraz|malo nie|omal nie|o malo nie|chyba dostane) )\b(?:ma|miala|mial|dostal|dostala|dostaje|przechodzi|chyba ma) (?:chyba |wlasnie )?(?:atak (?:padaczki|serca|epilepsji|astmy)|napad (?:padaczki|drgawek|padaczkowy)|drgawki|zawal(?:u)?|udar(?:u)?|wylew(?:u)?|zatrzymanie (?:akcji )?serca|wstrzas anafilaktyczny)\b(?![^.!?]{0,40}\b(?:jak zobaczyl\w*|haha\w*|hehe\w*|xd|lol)\b)|\b(?:ma drgawki|trzesie sie na podlodze|atak padaczki|napad padaczki)\b|\b(?:dlawi sie|zadlawil\w* sie|zakrztusil\w* sie|krztusi sie|dusi sie)\b(?! (?:od|ze|ze smiechu|w tej pracy|praca))|\b(?:jest|lezy|byl|byla|lezal|lezala|znalezlismy go|znalezlismy ja) (?:\w+ )?nieprzytomn\w*|\bstracil\w* przytomnosc\b|\b(?:zsinial\w*|sinieje|robi sie siny|robi sie sina|sine usta|ma sine usta)\b`,
    ),
    // Broń tam, gdzie jej nie powinno być, bez czasownika: "broń na parkingu", "nóż w szatni".
    rule(
      'threat',
      String.raw`\b(?:bron|pistolet|spluwa|spluwe|gnat|noz|maczeta|maczete|karabin|strzelba|rewolwer|kosa|tulipan)\b (?:lezy |jest |byl |ukryt\w* )?(?:na|w|we|przy|pod|obok|za|kolo) (?:\w+ )?(?:parking\w*|szafc\w*|szafk\w*|szatni\w*|toalec\w*|lazienc\w*|stolowce|kantynie|socjaln\w*|recepcji|wejsciu|bramie|bramy|magazyn\w*|biurze|korytarzu|hali|rampie|sklepie|kasie|schodach|windzie|aucie|samochodzie|plecaku|torbie)\b(?![^.!?]{0,40}\b(?:tepy|naostrz\w*|szuflad\w*|szkoleni\w*|do kleju)\b)`,
    ),
    rule(
      'discrimination',
      String.raw`\b(?:powiesil\w*|zawiesil\w*|zostawil\w*|wisi|wisiala|znalazl\w*) (?:\w+ )?(?:petle|petla|stryczek|szubienic\w*)\b|\b(?:petla|petle|stryczek)\b[^.!?]{0,30}\b(?:szafce|szafk\w*|szatni|toalecie|biurku|samochodzie)\b|\bswastyk\w*|\b(?:hajlowal\w*|hajluje|hajluja)\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:wlasnie |teraz |ktos )?(?:jest|sa|zostal|zostala) (?:wlasnie |teraz )?(?:dzgan\w*|dzgniet\w*|bit\w*|pobit\w*|zaatakowan\w*|katowan\w*|duszon\w*|kopan\w*)\b(?! (?:przez konkurencje|w (?:grze|szachy)))|(?:^|[.!?] ?)(?:ty )?(?:jestes|bedziesz) nastepn\w*(?=\s*(?:$|[.!?,]))|\bcos (?:zlego |zlego ci |ci )?(?:ci |mu |jej )?sie stanie\b|\bszkoda by bylo,? gdyby (?:twoj|twoja|twoje|jego|jej) (?:\w+ )?(?:samochod|auto|dom|rodzina|zona|maz|dzieci|corka|syn)\b`,
    ),
    // Grozba wobec kogos z imienia ("powiedzial ze zabije Marka") i ktos z bronia w pracy ("Ktos ma bron w magazynie").
    rule(
      'threat',
      String.raw`\b(?:zabije|zabija|zadzga|zadzgam|zastrzeli|zastrzele|dzgnie|zatluke|zatlucze|pobije|udusi|uduszę|udusze) (?!(?:sie|czas|nude|robaki|komary|muchy|bakterie|wszystko|to|tego|mnie)\b)[a-z]+\b|\b(?:ktos|on|ona|oni|facet|gosc|klient|pracownik|kolega|kolezanka|jeden z \w+|nowy) (?:ma|mial|miala|mieli|nosi|trzyma|chowa|wniosl|wniosla|przyniosl|przyniosla) (?:przy sobie |ze soba |schowan\w+ )?(?:bron|pistolet|spluwe|noz|maczete|karabin|strzelbe|siekiere|kastet)\b(?! (?:do (?:chleba|tektury|kartonow|papieru|pakowania|tapet)|kuchenn\w*|sportow\w*)\b)`,
    ),
    // Violence against the writer with the pronoun before the verb ("szef mnie bije", "szef mnie pobije"): only the
    // verb first was read. "Serce mi bije", "bije rekordy" are not; "mnie uderza" and "mnie dusi" are left out, as
    // they are as often "it strikes me" and "it stifles me".
    rule(
      'threat',
      String.raw`\b(?:mnie|nas) (?:bije|bija|bil|bila|bili|popycha|popychaja|popchnie|policzkuje|policzkuja|spoliczkuje|kopie|kopia|kopnie|szarpie|szarpia|pobije|pobija|katuje|katuja|leje|leja|uderzy|udusi)\b(?! w (?:szachy|karty|warcaby|pilkarzyki|ping-ponga|tenisa|gre|grach|wynikach|sprzedazy)\b)|\b(?:pluje|pluja|plul|plula|pluli|naplul|naplula) (?:na mnie|mi w twarz|na nas)\b|\bna (?:mnie|nas) (?:pluje|pluja|plul|plula|naplul|naplula)\b`,
      { negatable: true },
    ),
    // Macanie, obmacywanie: dotykanie kogos bez zgody.
    rule('harassment', String.raw`\b(?:macal|macala|macali|obmacywal\w*|obmacal\w*|obmacuje)\b`),
    // Zyczenie, zeby sie nie obudzic albo zeby go nie bylo.
    // Blind round 15: someone with dementia gone, told in either order ("un résident est sorti seul …, il a alzheimer").
    rule(
      'safety',
      eitherOrder(
        'latin',
        120,
        String.raw`demencj\w*|alzheimer\w*|zdezorientowan\w*`,
        String.raw`wyszedl sam|wyszla sama|uciekl\w*|zagin\w*|zniknal|zniknela|nie (?:mozemy|moge|mozna) (?:go|jej) znalezc|na (?:ulicy|drodze|jezdni)`,
      ),
    ),
    // Blind round 15: someone in care threatened with no food, or bruised afresh again: abuse going on now.
    rule(
      'threat',
      String.raw`\b(?:opiekun\w*|pielegniar\w*)\b[^.!?\n]{0,80}?\bbez (?:kolacji|obiadu|jedzenia|sniadania)\b|\b(?:nowe|swieze) (?:siniaki|since)\b[^.!?\n]{0,60}?\b(?:znowu|znow|znowu|kazd\w*)\b`,
    ),
    // Blind round 15: a child shut in a room, a toilet or a cupboard ("طفل محبوس في الحمام"), whoever locked it.
    rule(
      'safety',
      String.raw`\b(?:dzieck\w*|dzieci|maluch\w*|chlopiec|chlopczyk|dziewczynk\w*)\b[^.!?\n]{0,40}?\b(?:zamkniet\w*|zamkniete|zamknieta|zamkniety)\b[^.!?\n]{0,30}?\bw (?:lazience|toalecie|pokoju|schowku|szafie|piwnicy|ubikacji)\b`,
    ),
    // Ending one's life said without a word for death (class of blind round 15): vanishing for good, ending it all,
    // never waking up. Only with the words that make it final: "disappear on holiday", "end the meeting" stay calm.
    rule(
      'self-harm',
      String.raw`\b(?:skoncze|skonczyc|zakoncze|zakonczyc|skoncze juz|skonczyl\w*) (?:z tym|ze wszystkim|z tym wszystkim|ze soba|z zyciem)(?: \w+)? (?:na dobre|raz na zawsze|na zawsze)\b|\b(?:skoncze|skonczyc|zakoncze|zakonczyc) (?:ze wszystkim|z zyciem|ze soba)\b(?! (?:w|na|do|przed|po)\b)|\bz tym (?:\w+ )?(?:skoncze|zakoncze|skonczyc) (?:na dobre|raz na zawsze|na zawsze)\b|\bzniknac na (?:zawsze|dobre)\b`,
    ),
    rule(
      'self-harm',
      String.raw`\blepiej by bylo,? (?:gdybym|jakbym) (?:sie )?(?:nie obudzil\w*|nie zyl\w*|umarl\w*|zniknal\w*|zniknela)\b|\b(?:obym|zebym|chcial\w* by?m?) sie (?:juz )?nie obudzi\w*`,
    ),
    // Mowienie, ze wie, do ktorej szkoly chodza dzieci albo gdzie mieszka rodzina, zeby zastraszyc.
    rule(
      'threat',
      String.raw`\bwie,? (?:gdzie|do ktorej szkoly)\s(?:chodza|chodzi|mieszkaja|mieszka|ucza sie) (?:moje|moja|moj|moi) (?:dzieci|dziecko|corka|syn|rodzina|zona|maz|rodzice)\b`,
    ),
    // Dym wydobywajacy sie z czegos: cos sie pali teraz.
    rule(
      'safety',
      String.raw`\bdym (?:leci|idzie|wydobywa|wychodzi|bucha|unosi|sie (?:wydobywa|unosi|wali))\w*|\b(?:leci|idzie|wydobywa sie|wychodzi|bucha|wali) (?:\w+ )?dym\b|\b(?:pelno|pelen|pelna|pelne) dymu\b|\b(?:dymi|dymia|dymilo|dymila|dymil)\b(?! sie)`,
    ),
    // Silne krwawienie, krew wszedzie.
    rule(
      'safety',
      String.raw`\b(?:duzo krwi|mnostwo krwi|pelno krwi|krew wszedzie|wszedzie krew|kaluza krwi|cal[ya] we krwi|cal[ya] zakrwawion[ya])\b|\bkrwawi\w* (?:mocno|bardzo|strasznie|okropnie|bez przerwy)\b|\bnie przestaje krwawic\b`,
    ),
    // A small child alone where vehicles or machines move (child-alone.ts).
    rule(
      'safety',
      childAloneNear(
        String.raw`(?:dziecko|dzieciak|dziecka|chlopczyk|dziewczynka|maluch|bobas)\w*`,
        String.raw`sam[oa]?|bez opieki|bez nadzoru|nikt nie wie czyj`,
        String.raw`zaladun|rozladun|rampa|rampie|wozk|ciezarow|tir|maszyn|magazyn|plac|parking|ulic|produkcj|hal|linii|budow|manewr`,
        'latin',
      ),
    ),
    // Rape, sexual abuse and being followed, said plainly ("zgwałcił mnie", "ktoś mnie śledzi").
    rule(
      'harassment',
      String.raw`\bzgwalc\w*|\bgwalci\w*|\bgwalt(?:u|em|y|ow|cie)?\b|\b(?:wykorzystal\w*|molestowal\w*|napastowal\w*) (?:mnie |ja |nas )?seksualnie\b|\b(?:napasc|przemoc|molestowanie|wykorzystywanie) seksualn\w*|\b(?:mnie|nas|ja) (?:\w+ )?(?:sledzi|sledzil|sledzila|sledza|stalkuje)\b|\b(?:sledzi|sledzil|sledzila|sledza|stalkuje) (?:mnie|nas|ja)\b`,
    ),
    // A whole message that is only a cry for help (cry-for-help.ts).
    rule(
      'safety',
      cryForHelp(String.raw`pomocy|ratunku|pomozcie(?: mi| nam)?|pomoz(?: mi| nam)|pozar|pali sie|palimy sie`, 'latin'),
    ),
    // An armed person, shooting or a bomb on site now.
    rule(
      'threat',
      String.raw`\b(?:uzbrojon\w+|strzelec|strzelanin\w+|strzelaj\w+)\b|\b(?:ktos|on|oni|facet|gosc|mezczyzna) (?:strzela|strzelil|strzelaja|zaczal strzelac)\b|\b(?:facet|gosc|mezczyzna|ktos|czlowiek|klient) z (?:bronia|pistoletem|nozem|karabinem|maczeta|siekiera)\b|\bstrzaly\b|\b(?:jest|mamy|znalezli|znalazlem|znalazlam|ktos podlozyl|podlozyl\w*) (?:tu )?bomb[aey]\b|\bbomba (?:w|na|pod)\b|\b(?:w|na) \w+ jest bomba\b`,
    ),
    rule(
      'threat',
      String.raw`\b(?:bija|bije|kopia|dusza|dusi|katuja) (?:mnie|nas|go|ja|kolege|kolezanke|ludzi|pracownikow)\b|\b(?:probowal|probowala|probowali) mnie (?:udusic|zadzgac|pobic)\b`,
    ),
    rule(
      'harassment',
      String.raw`\b(?:dosypal|dosypala|dosypali|wrzucil\w*) (?:mi |jej )?(?:cos |tabletke |pigulke )?(?:do )?(?:drinka|napoju|kawy|piwa|kieliszka)\b|\b(?:obnazyl|obnazal) sie\b|\b(?:sledzi|sledzil|idzie) za mna (?:az )?do domu\b`,
    ),
    rule(
      'self-harm',
      String.raw`\b(?:zabije sie|sie zabije|zabic sie|chce sie zabic|skoncze ze soba|ze soba skoncze|skonczyc ze soba|odbiore sobie zycie|targne sie na zycie)\b|\bnikt by (?:za mna nie tesknil|nie zauwazyl)\b`,
    ),
    // Saying goodbye for good: farewell letters, giving belongings away, not being around much longer.
    rule(
      'self-harm',
      String.raw`\blist\w* pozegnaln\w*|\blist\w* samobojcz\w*|\bnie bedzie mnie (?:juz )?(?:dlugo|wkrotce|niedlugo)\b|\brozdal\w* (?:wszystkie )?(?:moje|swoje) (?:rzeczy|ubrania)\b|\bpozegnal\w* sie ze wszystkimi\b`,
    ),
    rule(
      'self-harm',
      String.raw`samob[oó]j\w*|(?:sie|siebie) zabic|zabic sie|odebrac sobie zycie|odbiore sobie zycie|skonczyc (?:ze soba|z tym wszystkim|ze wszystkim)|(?:chce|chcialbym|chcialabym|mysle o tym,? zeby) (?:umrzec|zniknac na zawsze|sie zabic|skonczyc ze soba)|nie chce (?:juz )?zyc|(?:ciac|cie|tne|okaleczac|okaleczam) sie|samookalecz\w*|zrobic sobie krzywde`,
    ),

    // "Zabij mnie" (kill me, said to the listener) threatens no one: "zabij mnie, ale nie pamiętam" is "for the life of
    // me", and read alone as a short stretch it lost the idiom around it (blind round 26). "Zabije mnie" still is.
    rule(
      'threat',
      String.raw`(?!zabij(?:cie)? mnie\b)(?:zabij\w*|zabije|zabic|zatluc|zatluke|pobije|pobic|zadzgam|zastrzele|zastrzelic|polamie|rozwale|rozwalic) (?:go|ja|ich|cie|was|nas|mnie|(?:tego|te|tych|tej) \w+|kierownik\w*|szef\w*|dyspozytor\w*|brygadzist\w*|mistrz\w*|kolezank\w*|koleg\w*|klient\w*|pracownik\w*)|(?:grozi|grozil|grozila|grozili|grozby|grozba|grozi\w*)[^.!?]{0,40}?(?:smierci\w*|zabic|zabije|pobic|pobije|nozem|noz|bronia|pistolet\w*|bomb\w*|wroci|przyjdzie)|grozby karalne|alarm bombowy`,
    ),
    rule(
      'threat',
      String.raw`(?:z|wyciagnal|wyjal|pokazal|przyniosl|mial) (?:nozem|noz|pistoletem|pistolet|bronia|bron|maczeta|kijem bejsbolowym|siekiera)(?! (?:do chleba|kuchenn\w*))|uzbrojon\w*`,
    ),
    rule(
      'threat',
      String.raw`bojk\w*|(?:pobil|pobila|pobili|uderzyl|uderzyla|uderzyli|popchnal|popchnela|kopnal|spoliczkowal|dusil|zaatakowal|zaatakowala|napadl)\w*|(?:dostal|dostala) (?:w twarz|w zeby|w glowe|piescia)|przemoc\w* (?:fizyczn\w*|w pracy)|napasc\w*|rekoczyn\w*|szarpanin\w*`,
      { negatable: true },
    ),

    rule(
      'harassment',
      String.raw`molest\w*|mobbing\w*|mobbuj\w*|neka|nekani\w*|nekaj\w*|nekal\w*|przesladow\w*|zastrasz\w*|obmacuj\w*|obmacal\w*|macal\w*|maca (?:mnie|ja|nas)|napastow\w*|odwet\w*`,
      { negatable: true },
    ),
    rule(
      'harassment',
      String.raw`(?:dotyka|dotykal|dotykala|dotknal|klepie|klepal|caluje|pocalowal|obejmuje|przytula) (?:mnie|ja|nas|je|dziewczyny|kobiety)|(?:mnie|ja|nas) (?:dotyka|dotykal|dotknal|klepie|klepal|obmacuje|obmacywal)|(?:wiadomosci|zdjecia|komentarze|zarty|zaczepki|propozycje|aluzje|teksty|filmiki|smsy)\w* (?:o (?:podtekscie|charakterze|tresci) (?:seksualn|erotyczn)\w*|seksualn\w*|sprosn\w*|obsceniczn\w*|wulgarn\w*|niestosown\w*|dwuznaczn\w*)|(?:seksualn|sprosn|obsceniczn|wulgarn|niestosown|dwuznaczn|erotyczn)\w* (?:wiadomosc|zdjec|komentarz|zart|zaczep|propozycj|aluzj|tekst|filmik|sms|uwag|gest)\w*|(?:molestowani\w*|napastowani\w*|wykorzystywani\w*|przemoc\w*) seksualn\w*`,
    ),
    rule(
      'harassment',
      String.raw`(?:krzyczy|krzyczal|krzyczala|wrzeszczy|wyzywa|wyzywal|wyzywala|obraza|obrazal|ponizam?|ponizal|ponizala|upokarza|upokarzal|grozi|wyzywaja|krzycza|ponizaja)\w* (?:na |nas|mnie|ludzi|pracownik\w*|wszystkich|przy|kolezank\w*|koleg\w*)|(?:na nas|na mnie|na ludzi) (?:krzyczy|wrzeszczy|krzyczal|krzyczala)`,
    ),

    rule(
      'discrimination',
      String.raw`dyskrymin\w*|rasis\w*|rasistowsk\w*|ksenofob\w*|homofob\w*|transfob\w*|seksis\w*|seksistowsk\w*|mizogin\w*|antysemi\w*|islamofob\w*`,
      { negatable: true },
    ),
    rule(
      'discrimination',
      String.raw`(?:bo|poniewaz|dlatego ze|tylko dlatego,? ze) (?:jestem|jest|jestesmy|bylam|bylem|byla) (?:w ciazy|kobieta|czarn\w*|muzulman\w*|zyd\w*|gejem|lesbijka|trans\w*|obcokrajow\w*|cudzoziem\w*|imigrant\w*|za star\w*|star\w*|niepelnosprawn\w*|z ukrainy|ukrain\w*|matka)|(?:z powodu|ze wzgledu na) (?:mojego|mojej|jego|jej|naszego|naszej)? ?(?:koloru skory|pochodzeni\w*|wieku|religi\w*|akcentu|ciazy|orientacji|niepelnosprawnosci|narodowosci|plci|wyznania)|(?:kobiety|obcokrajowcy|ukraincy)\w* (?:zarabiaja|dostaja|sa oplacani)[^.!?]{0,30}mniej|mniej (?:niz|od) (?:mezczyzn|mezczyzni|polakow)|awansuj\w* tylko (?:mezczyzn|facetow)`,
    ),

    rule(
      'fraud',
      String.raw`oszust\w*|oszuk\w*|defraud\w*|lapowk\w*|lapowkarst\w*|korupcj\w*|przekret\w*|malwersacj\w*|sprzeniewierz\w*|pranie pieniedzy|pod stolem|na czarno|w kopercie|przywlaszcz\w*|wyludz\w*`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`(?:falszuj|sfalszowal|falszowal|falszowan|podrabia|podrobil|przerabia|przerobil|zmienia|zmienil|manipuluj|naciaga|zawyza|zawyzal|fabrykuj)\w* (?:nam |nasze |moje )?(?:list\w* obecnosci|godzin\w*|ewidencj\w*|karty? pracy|podpis\w*|dokument\w*|raport\w*|faktur\w*|protokol\w*|wynik\w*|inwentaryzacj\w*|rachunk\w*|paragon\w*|tachograf\w*|kilometrowk\w*)|(?:list\w* obecnosci|ewidencj\w*|podpis\w*|dokument\w*|faktur\w*|protokol\w*|tachograf\w*)[^.!?]{0,20}?(?:sfalszowan|podrobion|falszyw|lewe|lewy)\w*`,
    ),
    rule(
      'fraud',
      String.raw`(?:kradnie|kradna|ukradl|ukradla|ukradli|krad|podkrada|podkradal|wynosi|wynosza|wynosil)\w* (?:pieniadze|kase|z kasy|towar|z magazynu|paliwo|narzedzia|napiwki|material\w*|ze sklepu|klientom|gotowk\w*)|kradziez\w*|(?:braki|manko) w kasie`,
      { negatable: true },
    ),
    rule(
      'fraud',
      String.raw`nie (?:placa|zaplacili|zaplacil|placi|wyplacaja|wyplacili|dostajemy|dostalismy|dostaje) (?:nam |mi |im )?(?:za )?(?:nadgodzin\w*|wyplat\w*|pensji|wynagrodzeni\w*|pensje|premii|godzin\w* nadliczbow\w*)|(?:nadgodziny|wyplaty|pensje|wynagrodzenie) (?:nie sa|nie zostaly|nigdy nie sa) (?:placone|wyplacone|wyplacane|rozliczane)`,
    ),
    // Made to work overtime without pay: wage theft going on now (unpaid-overtime test; a question about when overtime is paid is not this).
    rule(
      'fraud',
      String.raw`(?:kaz\w*|zmusz\w*|zmusil\w*|wymag\w*|naciska\w*)(?: \w+){0,4} (?:nadgodzin\w*|godzin\w* nadliczbow\w*|weekend\w*|w soboty|w niedziele)(?: \w+){0,3} (?:bez (?:zaplaty|wynagrodzenia|placenia|pieniedzy|wyplaty|platy|dodatku)|za darmo|nieplatn\w*|niezaplacon\w*|za friko)|(?:kaz\w*|zmusz\w*|zmusil\w*)(?: \w+){0,4} (?:nieplatn\w*|niezaplacon\w*|darmow\w*) nadgodzin\w*`,
    ),

    rule(
      'safety',
      String.raw`niebezpieczn\w*|niebezpieczenstw\w*|zagrozeni\w* (?:zycia|zdrowia|wypadkiem|pozarem|wybuchem)|zagraza \w+ zyciu|smiertelna pulapka|(?:problem\w*|brak\w*) (?:z )?bezpieczenstw\w*|grozi (?:wypadkiem|smiercia|pozarem|wybuchem|porazeniem)|ryzyk\w* (?:wypadku|upadku|pozaru|wybuchu|porazenia)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:wyjsci\w*|drzwi|drog\w*|schod\w*) (?:ewakuacyjn\w*|awaryjn\w*|przeciwpozarow\w*|pozarow\w*)[^.!?]{0,40}?(?:zastawion|zablokowan|zamknie?t|zakluczon|zagracon|zabarykadowan|zatarasowan)\w*|(?:zastawi|zablokowa|zamkn|zaklucz|zagraci)\w* (?:\w+ )?(?:wyjsci\w*|drzwi|drog\w*) (?:ewakuacyjn\w*|awaryjn\w*|przeciwpozarow\w*)`,
    ),
    rule(
      'safety',
      String.raw`(?:czuc|smierdzi|wyciek\w*|ulatnia sie|zapach|smrod|wali) (?:\w+ ){0,2}(?:gaz\w*|amoniak\w*|chemi\w*|chlor\w*|paliw\w*|spalenizn\w*|dym\w*|rozpuszczalnik\w*)|(?:gaz\w*|amoniak\w*) (?:sie )?(?:ulatnia|wycieka|czuc)|(?:odsloniet|goł|gol|uszkodzon|zwisajac|iskrzac)\w* (?:przewod\w*|kabl\w*|drut\w*)|(?:przewod\w*|kabl\w*) (?:pod napieciem|iskrz\w*|odsloniet\w*)|porazeni\w* pradem|azbest\w*|porazil\w* prad|kopnal prad|zwarci\w*|(?:wybuchl|byl) pozar|pozar (?:w|na)|(?:pali sie|cos sie pali) (?:w|na)`,
    ),
    rule(
      'safety',
      String.raw`bez (?:szelek|uprzezy|kasku|kaskow|rekawic|okularow|butow ochronnych|srodkow ochrony|ochrony|barierek|zabezpieczen\w*|asekuracji|hamulcow|szkolenia|uprawnien|gasnic\w*|wentylacji|apteczki)|brak\w* (?:\w+ ){0,2}(?:gasnic\w*|apteczk\w*|srodkow ochrony|szelek|uprzezy|barierek|kaskow|hamulcow|zabezpieczen\w*|oslon\w*)|nie (?:ma|bylo) (?:\w+ )?(?:apteczki|gasnicy|gasnic|szelek|hamulcow|barierek|oslony)|(?:gasnic\w*|hamulc\w*|alarm\w*|barierk\w*|drabin\w*|rusztowani\w*|oslon\w*|czujnik\w*) (?:\w+ )?(?:przeterminowan|zepsut|uszkodzon|nie dziala|zdjet|zdemontowan|niesprawn)\w*`,
    ),
    rule(
      'safety',
      String.raw`(?:prawie|omal|o maly wlos) (?:\w+ )?(?:przejechal|przygniotl|potracil|spadl|spadla|zginal|zginela|porazil|zabil|przejechala|przygniotla)\w*|(?:wozek|wozka|wozkiem|widlak|paleciak|suwnic)\w*[^.!?]{0,40}?(?:bez hamulcow|nie ma hamulcow|przewrocil\w*|potracil\w*|przejechal\w*|uderzyl\w*)|ktos (?:tu )?(?:zginie|sie zabije|zrobi sobie krzywde|bedzie ranny)`,
    ),
    rule(
      'safety',
      String.raw`(?:skaleczyl|skaleczyla|zranil|zranila|poparzyl|poparzyla|przecial|przeciela|oparzyl|oparzyla|zatrul|zatrula|zemdlal|zemdlala)\w*(?: sie)?|zlamal\w* (?:sobie )?(?:reke|noge|nadgarstek|palec|zebr\w*|kregoslup|obojczyk)|spadl\w* (?:z|ze) (?:drabin|rusztowan|dachu|wysokosci|schod|wozka|regal|podest|pak)\w*|(?:jest|zostal|zostala|byl|byla|sa|zostali|ciezko|lekko|powaznie) rann\w*|ranni|wypad\w* (?:przy pracy|w pracy|smierteln\w*|ciezk\w*)|wypadek|wypadki|wypadkow|karetk\w*|pogotowi\w* ratunkow\w*|(?:wezwac|wezwali|wezwal\w*|przyjechalo) pogotowie|(?:zabrali|zabrala|zabral|trafil\w*|odwiezli|zawiezli|pojechal\w*) (?:go |ja |ich )?do szpitala|oparzeni\w*|zatruci\w*|udar ciepln\w*|zemdlal\w*|omdleni\w*`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`(?:przyszedl|przyjechal|jezdzi|pracuje|pracowal|jechal|prowadzil) (?:\w+ )?(?:pijany|pod wplywem|nacpany|na kacu)`,
    ),
    // Said without the obvious words: veiled threats, pills put by, 'go back to your country',
    // punishment after a refusal, forms signed blank, structures giving way.
    rule('threat', String.raw`wie,? gdzie (?:mieszkam|mieszkamy)|pozalujesz`),
    rule(
      'self-harm',
      String.raw`(?:zbieram|zbieralam|zbieralem|odkladam|gromadze|chomikuje) (?:\w+ )?(?:tabletki|leki|proszki nasenne|pigulki|tabletek)|(?:bedzie|byloby|bylo by) (?:im |wszystkim )?lepiej beze mnie`,
    ),
    rule(
      'discrimination',
      String.raw`(?:wracal|wracala|wracaj|wracac|wraca|wynocha|spadaj)\w* (?:do )?(?:swojego|twojego|jego|jej) (?:kraju|domu w)`,
    ),
    rule(
      'harassment',
      String.raw`(?:odkad|od kiedy|po tym,? jak) (?:mu |jej )?odmowil\w*[^.!?]{0,80}(?:zmian\w*|grafik\w*|godzin\w*|rozpowiada\w*|plotk\w*|kar\w*|najgorsz\w*)|rozpowiada\w*,? ze jestem (?:latwa|dziwka|puszczalska)`,
    ),
    rule(
      'fraud',
      String.raw`podpis\w* (?:\w+ )?(?:puste|pusty|niewypelnione|in blanco) (?:\w+ )?(?:protokol\w*|formularz\w*|karty|listy|raporty|arkusze)|podpis\w* in blanco`,
    ),
    rule(
      'safety',
      String.raw`(?:regal\w*|rusztowani\w*|sufit\w*|belk\w*|antresol\w*)[^.!?]{0,30}(?:wygina\w*|wygiet\w*|pochylon\w*|przechylon\w*|peka\w*|pekniet\w*|zapada\w*|ugina\w*)|czujnik\w* dymu[^.!?]{0,40}(?:bez baterii|wylaczon\w*|zaklejon\w*|odlaczon\w*)`,
    ),
    // Sposób odebrania sobie życia: odmiany czasownika i szyk.
    rule(
      'self-harm',
      String.raw`powiesi\w* sie|sie powies\w*|powiesze sie|sie powiesze|(?:skocz\w*|rzuc\w* sie|rzuce sie|wyskocz\w*) (?:z |pod |przez |ze )(?:\w+ )?(?:most\w*|dach\w*|okn\w*|balkon\w*|wiadukt\w*|pociag\w*|tramwaj\w*|samochod\w*|ciezarowk\w*|bloku|wiezowc\w*)|(?:podciac|podetne|podcinam|podcialem|podcielam|podciela|podcial) (?:sobie )?zyly|(?:lyknac|lykne|polknac|polkne|wezme|wziac) wszystkie (?:tabletki|leki|proszki)`,
    ),
    // Godziny dla nieobecnych: martwe dusze, odbijanie kart za innych.
    rule(
      'fraud',
      String.raw`martwe dusze|(?:pracownik\w*|etat\w*) (?:widm\w*|fikcyjn\w*)|(?:odbija|odbijac|odbil\w*|wpisuje|wpisal\w*|placi|zaplacil\w*|nabija|nabil\w*)(?: \w+){0,3} (?:za|dla) (?:ludzi|osob|kolegow|znajomych|rodziny|kumpli|pracownikow)(?: \w+)?,? (?:ktor\w*|co) (?:nie ma|nie bylo|nie przyszl\w*|nie pracowal\w*|w ogole nie)`,
    ),
    // Pracownicy zamknięci w zakładzie bez wyjścia.
    rule(
      'safety',
      String.raw`\b(?:zamyk\w*|zamkn\w*|zamykal\w*) nas\b|\b(?:jestesmy|bylismy|zostajemy|zostalismy|siedzimy) (?:\w+ )?zamkni\w*|\bzamknie\w* (?:na klucz|w srodku)\b[^.!?]{0,40}\b(?:nie (?:mozemy|da sie) wyjsc|bez wyjscia)\b`,
    ),
    // Zagrożenie zostawione na miejscu: rozlany olej tam, gdzie się chodzi, pusta albo zabrana gaśnica, wyciek,
    // który wrócił po naprawie; krew, która nie przestaje lecieć.
    rule(
      'safety',
      String.raw`\b(?:rozlan[yaei]\w*|wylan[yaei]\w*|rozlal\w*|wylal\w*|rozlewisko|plama|plamy|kaluza|kaluze) (?:\w+ ){0,2}(?:olej\w*|smar\w*|paliw\w*|rop[ay]|chemi\w*|kwas\w*|diesel\w*)\b|\b(?:olej|oleju|smar|paliwo|ropa|chemia|chemikalia|kwas)\b (?:\w+ ){0,2}(?:rozlan\w*|wylan\w*|wycieka|cieknie|na podlodze|na posadzce|po calej)\b|\b(?:podloga|posadzka|alejka|korytarz|schody|rampa)\b (?:\w+ ){0,2}(?:jest |sa )?(?:sliska|sliski|sliskie|jak lodowisko)\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\bgasnic[aeyi]?\b(?: \w+){0,5} (?:jest |sa |byla )?(?:pust[aey]|rozladowan\w*|przeterminowan\w*|zniknel[ay]|zniknela|ukradzion\w*|zuzyt[aey]|nie ma)\b|\b(?:nie ma|brak|brakuje|zabrali|ukradli|zniknela|zniknely|wyniesli) (?:\w+ )?gasnic[aeyi]?\b`,
      { negatable: true },
    ),
    rule(
      'safety',
      String.raw`\b(?:wyciek|przeciek)\w*\b(?: \w+){0,4} (?:wrocil\w*|powrocil\w*|znowu|znow|ponownie|z powrotem)\b|\b(?:znowu|znow|ponownie) (?:\w+ )?(?:cieknie|kapie|przecieka|wycieka|ulatnia sie)\b|\bpo naprawie\b[^.!?]{0,30}\b(?:znowu|znow|wrocil\w*|cieknie|kapie|przecieka|wycieka)\b`,
    ),
    rule(
      'safety',
      String.raw`\bkrew (?:\w+ ){0,3}(?:nie przestaje|nie chce przestac|nie moze przestac|leje sie|tryska)\b|\b(?:krwawi|krwawienie)\w* (?:\w+ ){0,2}(?:nie przestaje|nie ustaje|mocno|bardzo mocno|bez przerwy|caly czas)\b|\bnie (?:mozemy|moge|mozna) zatamowac\b|\bnie przestaje krwawic\b`,
    ),
    // Seks jako warunek nadgodzin, zmian czy umowy.
    rule(
      'harassment',
      String.raw`\b(?:nadgodzin|zmian|grafik|awans|umow|premi|podwyzk|etat)\w*[^.!?]{0,40}\b(?:jak|jesli|jezeli|gdy|pod warunkiem ze) (?:sie )?(?:z nim |z nia )?(?:przespie|przespisz|przespi|pojde z nim do lozka|pojde do niego)\b|\b(?:jak|jesli|jezeli) (?:sie )?(?:z nim |z nia )?(?:nie )?(?:przespie|przespisz|przespi)\w*[^.!?]{0,40}\b(?:nadgodzin|zmian|grafik|awans|umow|premi|podwyzk|etat|zwolni)\w*`,
    ),
    // Życzenie, żeby mnie nie było, bez słowa o śmierci.
    rule(
      'self-harm',
      String.raw`\blepiej (?:by )?(?:bylo|byloby|bedzie|dla wszystkich)(?: by| dla wszystkich)?,? (?:gdyby|jakby|jesli|jezeli|jak) mnie (?:nie bylo|nie bedzie|zabraklo)\b|\b(?:gdyby|jakby) mnie (?:juz )?nie bylo,? (?:to )?(?:byloby|bedzie|by bylo) (?:wszystkim )?lepiej\b`,
    ),
    // Palec albo ręka ucięte przez maszynę; olej wszędzie i ślisko.
    rule(
      'safety',
      String.raw`\b(?:obcial|obciela|obcieli|odcial|odciela|urwal|urwala|ucial|uciela|zmiazdzyl|zmiazdzyla|stracil|stracila|amputowal\w*|amputowali)\b (?:sobie |mu |jej )?(?:\w+ )?(?:palec|palce|palca|reke|dlon|stope|noge)\b|\b(?:palec|palce|reka|dlon)\b (?:\w+ ){0,2}(?:obciet|uciet|urwan|zmiazdzon|amputowan)\w*|\b(?:wszedzie|pelno|cala podloga w|cala posadzka w) (?:\w+ )?(?:olej\w*|smar\w*|paliw\w*|chemi\w*)\b|\bbardzo slisko\b(?![^.!?]{0,80}\b(?:gewischt|geputzt|wischen|schild|lavat\w*|cartell\w*|trapea\w*|trapead\w*|fregad\w*|mopp\w*|mop|lave|lavé|nettoy\w*|panneau\w*|cartel|limpia\w*|mojad\w*|pano|passou pano|placa|umyt\w*|myj\w*|tabliczk\w*|nilampaso|mop)\b)`,
    ),
    rule(
      'safety',
      String.raw`\b(?:dostal\w*|dostala|dostali|kopn\w*|porazil\w*|porazila) (?:\w+ )?(?:pradem|prad)\b|\bporazeni\w* pradem\b`,
    ),
    // Zawoalowana groźba po zmianie: "pożałujesz tego po zmianie", "jak skończy się zmiana, policzymy się".
    rule(
      'threat',
      String.raw`(?<!\b(?:jak nie (?:przyjdziesz|pojdziesz|wpadniesz)|piwo|piwko|imprez\w*|grill|kolacj\w*|obiad|mecz|pizz\w*|wigilia)\b[^.!?]{0,60})(?![^.!?]{0,120}\b(?:jak nie (?:przyjdziesz|pojdziesz|wpadniesz)|piwo|piwko|imprez\w*|grill|kolacj\w*|obiad|mecz|pizz\w*|wigilia)\b)(?:(?:\bpozalujesz\b|\bpozalujecie\b|\bpoliczymy sie\b|\bporachujemy sie\b|\bdostaniesz za swoje\b|\bdorwe cie\b|\bzalatwie cie\b|\bbedziesz mial przechlapane\b|\bjuz po tobie\b)[^.!?]{0,40}(?:\bpo (?:zmianie|robocie|pracy|szychcie|fajrancie)\b|\bprzed brama\b|\bna parkingu\b|\bna zewnatrz\b|\bjak wyjdziesz\b|\bskonczy sie zmiana\b)|(?:\bpo (?:zmianie|robocie|pracy|szychcie|fajrancie)\b|\bprzed brama\b|\bna parkingu\b|\bna zewnatrz\b|\bjak wyjdziesz\b|\bskonczy sie zmiana\b)[^.!?]{0,40}(?:\bpozalujesz\b|\bpozalujecie\b|\bpoliczymy sie\b|\bporachujemy sie\b|\bdostaniesz za swoje\b|\bdorwe cie\b|\bzalatwie cie\b|\bbedziesz mial przechlapane\b|\bjuz po tobie\b))`,
    ),
    // Mixed with English, as people write: "el extintor is empty", "aceite all over the pasillo".
    rule(
      'safety',
      String.raw`\b(?:gasnic[aeyi]?)\b(?: \w+){0,4} (?:is|are|was|were|its|it's) (?:\w+ )?(?:empty|gone|missing|expired|out of date|discharged|used up|not there)\b|\b(?:olej\w*|smar\w*|paliw\w*|kwas\w*|chemi\w*)\b (?:\w+ )?(?:all over|everywhere|on the floor|spilled|spilt)\b`,
      { negatable: true },
    ),
    // A partner's violence reaching work: an ex or partner turned up shouting or threatening, or here despite a court
    // order ("mąż ma zakaz zbliżania się do mnie a teraz stoi na parkingu"); "że mnie zabije" said of the writer.
    rule(
      'threat',
      String.raw`\b(?:zakaz (?:zblizania|kontaktu|kontaktowania)|nakaz (?:opuszczenia|trzymania sie z dala)|niebieska karta)\b[^.!?]{0,60}?\b(?:jest tu|jest teraz|jest (?:na|w|pod|przed)|stoi|czeka|przyszedl|przyszla|przyjechal|przyjechala|wszedl|weszla|pojawil|pojawila)\w*|\b(?:moj|moja|jej|jego) (?:byly|byla|eks|ex|maz|zona|partner|partnerka|chlopak|dziewczyna|facet)(?: (?:maz|zona|partner|partnerka|chlopak|dziewczyna|facet))?\b(?: \w+){0,2} (?:przyszedl|przyszla|przyjechal|przyjechala|wszedl|weszla|wpadl|wpadla|pojawil sie|pojawila sie|jest tu|stoi|czeka)\b[^.!?]{0,60}?\b(?:krzycz|wrzeszcz|drze sie|groz|pijan|noz|bron|pistolet|zabi|bije|pobil|szarp|kopie|nie chce (?:wyjsc|pojsc|sobie pojsc))\w*|\b(?:ze|grozi ze|mowi ze|powiedzial ze|krzyczy ze|wrzeszczy ze) (?:mnie|cie|ja|go|nas) (?:zabije|zadzga|zastrzeli|zatlucze|zatluke|udusi)\b`,
    ),
    // Someone who cannot keep themselves safe (dementia, a small child) gone missing or out onto the road.
    rule(
      'safety',
      String.raw`\b(?:(?:pani|pan|pensjonariusz\w*|pacjent\w*|mieszkan\w*|podopieczn\w*|staruszk\w*|dziadek|babcia|dziecko|chlopiec|dziewczynka) (?:\w+ ){0,3}(?:z (?:demencja|alzheimerem|autyzmem)|zdezorientowan\w*|otepieni\w*)|(?:zdezorientowan|otepial)\w* (?:pacjent|pensjonariusz|mieszkan|podopieczn)\w*)\b[^.!?]{0,60}?\b(?:(?:wyszl[aoi]?|wyszedl) (?:sam[aoi]?|z (?:osrodka|budynku|oddzialu|domu)|na (?:ulice|droge)|przez brame)|uciekl[aoi]?|zniknal|zniknela|zgubil[aoi]? sie|nie (?:mozemy|moge|mozna|umiemy) (?:jej|go|ich) znalezc|jest na (?:ulicy|drodze|jezdni)|zaginal|zaginela)\b|\b(?:dziecko|dzieciak|maluch|chlopczyk|dziewczynka|dzieci)\b (?:\w+ ){0,4}(?:wyszl[oa]|wyszedl|wybiegl[oa]?|uciekl[oa]?|wylazl[oa]?)\b[^.!?]{0,60}?\b(?:na (?:ulic|drog|jezdni|tory|plac manewrowy)|miedzy ciezarowk|pod (?:ciezarowk|samochod|wozek))\w*|\b(?:dziecko|dzieciak|maluch|chlopczyk|dziewczynka)\b (?:\w+ ){0,4}(?:wyszl[oa]|wyszedl|wybiegl[oa]?|uciekl[oa]?|wylazl[oa]?|zniknal|zniknela|zniknelo)\b[^.!?]{0,60}?\b(?:nie (?:mozemy|moge|mozna|umiemy|moga) (?:go|jej) znalezc|nigdzie (?:go|jej) nie ma|(?:wszyscy )?(?:go|jej) szukamy|zaginel[oa]?)\b`,
    ),
    // A minor pressed by an adult to meet alone: said by age beside meeting alone, his car or his flat.
    rule(
      'harassment',
      String.raw`\b(?:ma|mial|miala) (?:1[0-7]|trzynascie|czternascie|pietnascie|szesnascie|siedemnascie) lat\b[^.!?]{0,60}?\b(?:spotka\w* (?:sie )?(?:sam[ai]?|z nim|z nia|po pracy|po zmianie|wieczorem|w tajemnicy)|sam[ai]? z nim|do (?:jego|swojego) (?:auta|samochodu|domu|mieszkania)|(?:wysla|przysla)\w* (?:mu |jej )?(?:zdjec|fotk|nagie)|na randk)\w*|\b(?:pisze|nagabuj|naciska|wypisuj|zaczepia|podrywa)\w*\b[^.!?]{0,50}?\b(?:ma|majac\w*) (?:1[0-7]|trzynascie|czternascie|pietnascie|szesnascie|siedemnascie) lat\b`,
    ),
    // A death threat sent by message: "dostałam SMS że jestem martwa do piątku", "wie gdzie mieszkam".
    rule(
      'threat',
      String.raw`\b(?:sms\w*|wiadomos\w*|napisal\w*|pisze|pisal\w*|messenger\w*|whatsapp\w*|esemes\w*|list\w*|komentarz\w*|powiedzial\w*)\b[^.!?]{0,40}?\b(?:(?:jestem|jestes|bedziesz|bede|jest|bedzie) (?:juz )?(?:martw[aey]|trupem|nastepn[aey](?=\s*(?:$|[.!?,])))(?! (?:ze|od|z) (?:zmeczeni|smiech|nud)\w*)|zabij\w* cie|wie gdzie (?:mieszkam|mieszkasz|mieszka)|(?:przyjdzie|przyjade|przyjdziemy) po (?:mnie|ciebie|cie))\b`,
    ),
    // Blind round 12:
    // Harm to someone in the writer's care (in-care.ts): "opiekunka uderzyła pensjonariuszkę z pokoju 8".
    rule(
      'threat',
      harmInCare('latin', {
        carer: String.raw`opiekun(?:ka|ki|owie|ek|ki)?|pielegniar(?:ka|z|ki|ze)|salow(?:a|y)|nauczyciel(?:ka|ki)?|wychowaw(?:ca|czyni)|przedszkolank\w*|niani?a|jego (?:ojciec|ojczym|tata|matka|mama)|jej (?:ojciec|ojczym|tata|matka|mama)`,
        harm: String.raw`uderzy\w*|bi(?:je|ja|l|la)|pobi\w*|spoliczkowa\w*|szarpa\w*|szarpnel\w*|popchn\w*|kopn\w*|przywiaza\w*|przywiazuje|zamkn\w*|poparzy\w*|glodzi\w*|zneca\w*`,
        dependant: String.raw`pensjonariusz\w*|podopieczn\w*|pacjent\w*|uczni\w*|uczen|dzieck\w*|dzieci|maluch\w*|niemowl\w*|babci\w*|dziadk\w*|staruszk\w*|pani \w+|pana \w+`,
        passive: String.raw`\b(?:zostal(?:a|o|y)?|byl(?:a|o|y)?) `,
        harmed: String.raw`(?:uderzon|pobit|spoliczkowan|popchniet|przywiazan|zamkniet|poparzon|szarpan)\w* przez (?:\w+ )?(?:opiekun|pielegniar|salow|nauczyciel|wychowaw|przedszkolank|nian)\w*`,
        harmsThem: String.raw`(?:go|ja) (?:bije|bil|bila|leje|tlucze|katuje)`,
      }),
    ),
    // A small child left alone for an hour or more: "zostawiła dziecko samo w sypialni na godzinę".
    rule(
      'safety',
      inOneSentence(
        'latin',
        60,
        String.raw`dzieck\w*|dzieci|maluch\w*|niemowl\w*|przedszkolak\w*`,
        String.raw`sam(?:o|a|e)?|bez opieki|bez nadzoru`,
        String.raw`(?:przez |na |ponad |prawie |cala )?(?:godzin\w*|\d+ godzin\w*|(?:dwie|trzy|kilka) godzin\w*|noc\b)`,
      ),
    ),
    // A lone worker out of contact (lone-worker.ts): "Marek nie odbiera od rana, sam sprawdzał zbiorniki".
    rule(
      'safety',
      outOfContact(
        'latin',
        String.raw`nie (?:odbiera|odpowiada|odzywa sie)|nie ma z (?:nim|nia) kontaktu|brak kontaktu|telefon (?:ma )?wylaczony|nie (?:mozemy|moge) sie (?:do niego|do niej)? ?dodzwonic`,
        String.raw`sam\b|sama\b|(?:samochod|auto|bus) (?:\w+ )?(?:wciaz|nadal|dalej|jeszcze) stoi|zbiornik\w*|cystern\w*|studzien\w*|silos\w*|chlodni\w*|oczyszczalni\w*`,
        String.raw`na urlopie|w domu|na (?:zebraniu|spotkaniu)|na zwolnieniu|wolne`,
      ),
    ),
    // A vehicle unfit to drive, driven with people aboard; a drunk driver of a bus or shuttle (unfit-vehicle.ts).
    rule(
      'safety',
      drivenUnfit(
        'latin',
        String.raw`hamulce (?:\w+ ){0,3}(?:nie dzialaja|nie trzymaja|miekkie|siadly|padly|zepsute|slabe)|kierowca(?: \w+){0,4} (?:jest |byl )?(?:pijany|nietrzezwy|napity|wstawiony|nacpany)`,
        String.raw`pasazer\w*|(?:dzieci|uczniow|ludzi|pracownikow) (?:w srodku|na pokladzie|w autobusie)|autobus\w*|busa?\b|busie|autokar\w*|gimbus\w*|(?:jechac|jezdzic|jedzie|jade)(?: \w+){0,2} (?:dalej|mimo to|i tak)`,
      ),
    ),
    // Ślepa runda 13: pensjonariusze, pacjenci lub dzieci przywiązywani do łóżka lub krzesła przez personel (in-care.ts):
    // "pensjonariusze są przywiązywani do łóżek na noc". Nie "przykuty do łóżka" (obłożnie chory).
    rule(
      'threat',
      restrainedInCare('latin', {
        dependant: String.raw`pensjonariusz\w*|pacjent\w*|podopieczn\w*|mieszkan\w*|senior\w*|starsz\w* (?:osob\w*|pan\w*)|dzieci|dziecko|pani \w+|pana \w+`,
        tiedTo: String.raw`(?:przywiaz|przypi|skrepowan|unieruchomi)\w* (?:\w+ ){0,3}(?:do|na) (?:\w+ )?(?:lozk\w*|lozek|krzesl\w*|krzesel|wozk\w*|wozek|fotel\w*|kaloryfer\w*)`,
        tie: String.raw`przywiazuja|przywiazuje|przywiazali|przywiazala|przywiazal|przypinaja`,
        furniture: String.raw`(?:do|na) (?:\w+ )?(?:lozk\w*|lozek|krzesl\w*|krzesel|wozk\w*|wozek|fotel\w*|kaloryfer\w*)`,
        bedridden: String.raw`\b(?:grypa|grypy|goraczk\w*|chor\w*|covid|wirus\w*)\b`,
      }),
    ),
    // A fire named straight before its place, a cry for help with someone trapped, said in haste: "pożar magazyn" (said-in-haste-bare.ts).
    ...POLISH_SAID_BARE,
    // Reports told by what happened, each kind in a file named for what it reads (forks-and-loads.ts, discrimination-said.ts, …).
    ...POLISH_FIRE_BACK_AND_LEFT_INSIDE,
    // Shut in a cold room or a lift, or still inside, said as a detail (shut-in-or-left-inside.ts).
    ...POLISH_SHUT_IN,
    // Others will see what happens when they cross the writer, who has nothing to lose (./nothing-left-to-lose.ts).
    ...POLISH_NOTHING_LEFT_TO_LOSE,
    // A fight with a bar or a pipe, a person run over, a child alone by machines (./fights-with-objects-and-people-run-over.ts).
    ...POLISH_FIGHTS_AND_RUN_OVER,
    // Fights in slang, violence promised on a firing, threats to whoever tells (u43b).
    ...POLISH_FIGHTS_IN_SLANG,
    ...POLISH_VIOLENCE_IF_FIRED,
    ...POLISH_WHOEVER_TELLS_THREATENED,
    ...POLISH_WARNED_OR_BEATEN,
    // A person down and still, or pinned and screaming, told by state (down-and-still.ts).
    ...POLISH_DOWN_AND_STILL,
    // A medical emergency told by two of its signs (signs-of-a-body-in-trouble-es-fr-pt-de-it-pl-tl.ts).
    ...POLISH_SIGNS_OF_A_BODY_IN_TROUBLE,
    ...POLISH_VESSELS_ABOUT_TO_BURST,
    ...POLISH_TIME_CARDS,
    ...POLISH_CARDS_CLOCKED_FOR_THE_ABSENT,
    // Discrimination told by who it was done to and why; theft dressed as a write-off; bad air with people ill and
    // damaged gear used anyway (who-they-are-held-against.ts, stock-written-off-and-taken.ts, bad-air-and-damaged-gear.ts).
    ...POLISH_WHO_THEY_ARE_HELD_AGAINST,
    ...POLISH_HIRING_LIMITS,
    ...POLISH_STOCK_WRITTEN_OFF_AND_TAKEN,
    // Fraud told without the word: kin's firms paid, accounts opened unasked, cash kept (fraud-without-the-word.ts).
    ...POLISH_FRAUD_WITHOUT_THE_WORD,
    ...POLISH_BAD_AIR_AND_DAMAGED_GEAR,
    // Tools and safeguards damaged and used anyway, and stalking (buried39: damaged-tools-used-anyway.ts, followed-home-and-tracked.ts).
    POLISH_DAMAGED_TOOLS_USED_ANYWAY,
    // An electric shock from a machine told by what it does to whoever touches it (att43: shocks-from-gear.ts).
    POLISH_SHOCKS_FROM_GEAR,
    // A people kept off a post by a boss's word (people-kept-off-a-post.ts).
    POLISH_PEOPLE_KEPT_OFF_A_POST,
    // A hazard beside a boss's pressure to work on with it reads both (att43: hazard-and-pushed-to-work.ts).
    ...POLISH_HAZARD_AND_PUSHED_TO_WORK,
    // Danger told by what was heard, an exit locked on shift, a shock told by a numb hand, someone down a hole
    // and silent (att43, u44a: blasts-heard-with-someone-there.ts, exits-locked-on-shift.ts, numb-after-a-shock.ts,
    // down-a-hole-and-silent.ts).
    ...POLISH_BLASTS_HEARD_WITH_SOMEONE_THERE,
    POLISH_EXITS_LOCKED_ON_SHIFT,
    POLISH_NUMB_AFTER_A_SHOCK,
    // Heat illness told by its signs (att43, u44a: heat-told-by-its-signs.ts).
    POLISH_HEAT_TOLD_BY_ITS_SIGNS,
    POLISH_DOWN_A_HOLE_AND_SILENT,
    // A co-worker, named or described, who collapsed, told briefly (att43: collapsed-told-briefly.ts).
    POLISH_COLLAPSED_TOLD_BRIEFLY,
    ...POLISH_FOLLOWED_HOME_AND_TRACKED,
    ...POLISH_REPORTERS_HUNTED_BY_METHOD,
    ...POLISH_TELLERS_THREATENED,
    // Kept from calling for help on pain of the job (calls-for-help-forbidden.ts).
    ...POLISH_CALLS_FOR_HELP_FORBIDDEN,
    ...POLISH_RETALIATION_IDIOMS,
    ...POLISH_WORN_FALL_GEAR,
    ...POLISH_PROMOTION_BY_ORIGIN,
  ],
};
