import type { OtherLanguage } from './table';

export const dutch: OtherLanguage = {
  code: 'nl',
  name: 'Dutch',
  words:
    'er hal zaal werkplaats bedrijfshal het een ik niet geen hij zij wij jij mijn onze hun naar bij ook nog wel maar zijn wordt heeft hebben deze dit daar waar iemand collega magazijn hulp brandweer politie snel alsjeblieft alstublieft graag werk baas leidinggevende ruikt vermoord vermoorden aangerand verkracht bewusteloos bekneld vermist zelfmoord gevallen neergestoken mishandeld kantine dienst niemand iedereen eruit komt uit verdieping gaat zei dat bloedt ademt dreigt dreigde gast nooduitgang nooddeur vluchtdeur vluchtweg draden bedrading beschermkap afscherming schoonmaakmiddel ogen reageert nergens zitten beter zonder wakker opgelost gerepareerd ruik gewoon opslag noodstop werkt binnenkomt sinds bewoner bewoonster dementie tuindeur voordeur afdeling verpleeghuis werkvloer overal kantoor fabriek loods keuken gebouw vloer afscheid bericht stelling staan mensen zakt hangt afzuiging',
  bounds: 'word',
  negation: String.raw`geen|niet|nooit|zonder`,
  story: String.raw`film\w*|serie\w*|boek\w*|game\w*|spel\w*|aflevering\w*|nieuws|journaal|krant`,
  fixed: String.raw`opgelost|gerepareerd|verholpen|gemaakt door|weggehaald|vrijgemaakt|is weer vrij|weer vrij|vervangen`,
  still: String.raw`weer (?:lek|kapot|op slot|geblokkeerd)|nog steeds|alweer|opnieuw`,
  calm: [
    String.raw`brand ?(?:oefening|alarm ?(?:test|oefening)|blusser\w*|(?:deur|trap)\w*(?! (?:\S+ ){0,4}(?:op slot|afgesloten|geblokkeerd|versperd|dicht))|melder\w*|weer ?oefening|veiligheid|preventie|training|cursus)|(?:oefening|test|training|cursus|les) (?:\S+ ){0,2}(?:brand|ontruiming|ehbo)`,
    String.raw`(?:telefoon|mobiel|gsm|batterij|accu|laptop|auto) (?:is |was )?(?:\S+ )?(?:dood|leeg)`,
    String.raw`(?:film|serie|boek|game|spel|aflevering)\b`,
    String.raw`(?:ik )?(?:zou|kan) (?:wel )?moorden voor|(?:ik |we |wij )?(?:ga|gaan|sterf|sterven|smelt|smelten) (?:\S+ ){0,2}?(?:dood )?van (?:het |de )?(?:lachen|honger|dorst|verveling|hitte|warmte|kou|kou|zweet|slaap|stress|herrie|lawaai|nieuwsgierigheid|schaamte)|lachen dood`,
    String.raw`(?:snij|snijd|snijden|hakken|schillen) (?:\S+ ){0,3}met (?:een |het )?mes|mes (?:en vork|in de keuken|om (?:te )?(?:snijden|schillen))`,
  ],
  cries: String.raw`help(?: (?:me|ons))?|hulp|brand`,
  urgent: {
    safety: [
      // Acid or lye on someone's skin: "er is zuur over de benen van een collega gelopen" (blind round 29).
      String.raw`(?:zuur|loog|chemicali\w*|bleek)\w* (?:\S+ ){0,3}(?:over|op|in) (?:de|zijn|haar|mijn) (?:benen|handen|armen|gezicht|ogen|huid|been|hand|arm)|huid (?:\S+ )?(?:verbrandt|verbrand|brandt|bladdert)`,
      // Smoke at a place said in the fewest words (att28: "rook in hal 3"); "ik rook in de pauze" (I smoke) is none.
      String.raw`(?<!(?:ik|je|jij|hij|zij|ze|we|wij|niet|nooit|wordt|mag|graag)\s)(?:veel |dikke |zwarte |heel veel )?rook (?:in|bij|uit) (?!(?:de |het )?(?:rookruimte|rookhok|pauze|rookzone|kantine na)\b)(?:de |het )?\S+`,
      // Run over or into by a forklift or a vehicle (blind round 26).
      String.raw`(?:heftruck|vorkheftruck|reachtruck|truck|vrachtwagen|auto|bus|busje) (?:is |heeft )?(?:over|tegen) (?:de |het |zijn |haar )?(?:voet|been|benen|hand|arm|iemand|collega)(?: van \S+)? (?:gereden|aangereden|gebotst)|(?:aangereden|overreden) door (?:de |een )?(?:heftruck|vorkheftruck|truck|auto|vrachtwagen|bus)`,
      // Said in haste, without the article or the "in" (said-in-haste-bare.ts): "brand in hal 3", "brand magazijn".
      String.raw`(?:brand|vuur)!* (?:(?:in|op|bij) )?(?:hal|hallen|magazijn|loods|keuken|kantine|fabriek|gebouw|werkplaats|kantoor|opslag|kelder|lijn|dok|afdeling|bedrijfshal|productie|garage|zolder|dak|werkvloer)(?![^.!?\n]{0,60}(?:oefening|training|cursus|test))`,
      String.raw`(?:er is|er's|er staat|is er) (?:een )?brand|(?:in|op|bij) (?:de|het|onze|ons) \S+ (?:is|was) (?:er )?(?:een |grote |veel )?(?:brand|rook)(?! ?\?)|brand (?:in|op|bij) (?:de|het|onze|ons)|brand ?!|staat in brand|in de fik|vlammen|het brandt|(?<!(?:ik|je|jij|hij|zij|ze|we|wij|u)\s)rook(?:t| komt| uit| in de)(?! (?:de |het )?(?:pauze|rookruimte|rookhok)\b)|komt (?:\S+ )?rook|brandlucht|rookontwikkeling|gaslek\w*|gas ?lek|ruikt (?:\S+ ){0,3}naar gas|ruik gas|lekt gas`,
      String.raw`ademt niet|haalt geen adem|geen ademhaling|bewusteloos|buiten bewustzijn|flauwgevallen|in elkaar gezakt|ingestort|bloedt (?:heel )?(?:erg|hevig|veel|overal)|veel bloed|bloed overal`,
      String.raw`(?:is|zijn) (?:\S+ )?(?:van de (?:trap|ladder|steiger|stelling)|naar beneden) gevallen|van de (?:trap|ladder|steiger|stelling|heftruck) gevallen|(?:hij|zij|ze|iemand|collega) is gevallen|bekneld|klem (?:zit|zat|gezeten)|zit vast onder|verpletterd|onder (?:de|een) (?:heftruck|machine|pallets?|stelling) (?:terecht|gekomen|beland)`,
      String.raw`bel (?:\S+ )?(?:een |de )?(?:ambulance|112|politie|brandweer)|(?:help|hulp) ?!|(?:ik heb|we hebben|heb|hebben) (?:\S+ )?dringend hulp nodig|(?:\S+ )?(?:is|wordt) vermist|(?:is|wordt|zijn|raakte|raakt) (?:\S+ ){1,4}vermist|vermist (?:sinds|vanaf|al )|(?:dement\w*|alzheimer|verward\w*)\b[^.!?]{0,80}\b(?:vermist|weggelopen|zoek|kwijt|niet te vinden|naar buiten gelopen)|(?:vermist|weggelopen|niet te vinden|naar buiten gelopen)\b[^.!?]{0,80}\b(?:dement\w*|alzheimer)|kind (?:is )?(?:kwijt|zoek|weg)`,
    ],
    weapon: [
      String.raw`(?:heeft|had|met|trekt|trok|zwaait met|draagt|pakte) (?:een |zijn |haar )?(?:mes|pistool|vuurwapen|geweer|wapen)|schietpartij|neergeschoten|neergestoken|gestoken met|wordt geschoten|er wordt geschoten`,
    ],
    threat: [
      // Threatened with a beating (att28: "mijn baas dreigde me te slaan als ik iets zeg").
      String.raw`dreig\S* (?:me|mij|ons|haar|hem|jou|je) (?:\S+ )?(?:te slaan|in elkaar te slaan|te schoppen|pijn te doen|te vermoorden|af te maken|neer te steken)`,
      String.raw`(?:ga|gaat|zal|wil|gaan) (?:je|jou|jullie|hem|haar|iedereen|ons|mij|me) (?:\S+ )?(?:vermoorden|doodmaken|dood maken|doodschieten|neersteken|afmaken|slaan)|(?:je|jou|jullie|hem|haar|iedereen|ons|mij|me) (?:\S+ )?(?:gaat|ga|zal|zou|wil|gaan) (?:\S+ )?(?:vermoorden|doodmaken|dood maken|doodschieten|neersteken|afmaken)|maak (?:je|jou|jullie) (?:af|dood)|(?:hij|zij|ze) (?:\S+ ){0,2}(?:me|mij|ons|je|jou|haar|hem) (?:\S+ )?(?:dood ?maakt|vermoordt|doodschiet|neersteekt)|(?:hij|zij|ze) (?:\S+ )?(?:maakt|schiet|steekt) (?:me|mij|ons|je|jou) (?:\S+ )?(?:dood|neer)\b|(?:hij|zij|ze) (?:\S+ )?vermoordt (?:me|mij|ons|je|jou)|vermoord (?:je|jou|jullie|hem|haar|iedereen)|dreig\w* (?:\S+ )?(?:dood te (?:maken|schieten|steken)|te vermoorden|neer te steken|af te maken)|doodsbedreiging\w*|bedreigt (?:me|mij|ons)`,
      String.raw`(?:slaat|sloeg|schopt|schopte|duwt|duwde|wurgt|wurgde) (?:me|mij|ons|haar|hem)|(?:me|mij|ons) (?:\S+ )?(?:geslagen|geschopt|mishandeld|gewurgd)|mishandel\w*`,
    ],
    harassment: [
      String.raw`aangerand|verkracht\w*|betast (?:me|mij)|aanranding|seksueel (?:misbruik|geweld|lastig\w*)`,
    ],
    'self-harm': [
      String.raw`(?:wil|ga) (?!niet |geen )(?:\S+ )?(?:dood|zelfmoord plegen|mezelf (?:van kant maken|doden|iets aandoen))|zelfmoord|mezelf (?:snijden|pijn doen)|niet meer leven|(?:maak|ga) er (?:\S+ )?een eind(?:e)? aan|mezelf van kant|wil er niet meer zijn`,
    ],
  },
  described: {
    safety: [
      // Blind round 24: sparks from a cable or socket; a roof or ceiling sagging or giving way.
      String.raw`(?:kabel|draad|draden|stopcontact|meterkast|schakelkast|stekker)\w* (?:\S+ ){0,8}vonken|vonken (?:\S+ ){0,4}(?:uit|bij) (?:de |het )?(?:kabel|draad|stopcontact|kast|stekker)|(?:dak|plafond|zoldervloer|stelling)\w* (?:\S+ ){0,4}(?:door te zakken|zakt door|zakt in|stort (?:\S+ )?in|begint in te storten|komt naar beneden)`,
      // Someone gone with the phone off, either order ("na de nachtdienst verdwenen, haar telefoon staat uit").
      String.raw`(?:verdwenen|vermist|(?:niemand weet|we weten niet) waar (?:hij|zij|ze) is|(?:is|was) niet thuis|niet (?:komen )?opdagen|niet op (?:het |zijn |haar )?werk (?:verschenen|gekomen))\b[^.!?\n]{0,100}?(?:telefoon (?:\S+ ){0,2}(?:staat uit|uitgeschakeld|uit|gaat (?:direct |meteen )?naar (?:de )?voicemail)|neemt (?:de telefoon |zijn telefoon |haar telefoon )?niet op|onbereikbaar)|(?:telefoon (?:\S+ ){0,2}(?:staat uit|uitgeschakeld|uit|gaat (?:direct |meteen )?naar (?:de )?voicemail)|neemt (?:de telefoon |zijn telefoon |haar telefoon )?niet op|onbereikbaar)\b[^.!?\n]{0,100}?(?:verdwenen|vermist|(?:niemand weet|we weten niet) waar (?:hij|zij|ze) is|(?:is|was) niet thuis|niet (?:komen )?opdagen)`,
      // Someone with dementia gone, told in either order and across a full stop ("... is weg, de tuindeur stond open. Ze heeft dementie").
      String.raw`(?:dement\w*|alzheimer)\b[^\n]{0,100}?\b(?:(?:is|zijn) (?:\S+ ){0,3}(?<!de )weg\b|niet meer (?:op|in) (?:zijn|haar|de|z'n|d'r) (?:kamer|afdeling|bed)|(?:kunnen|kan) (?:hem|haar) (?:nergens|niet) (?:meer )?vinden|nergens te (?:vinden|bekennen)|verdwenen)|(?:\b(?:is|zijn) (?:\S+ ){0,3}(?<!de )weg\b|niet meer (?:op|in) (?:zijn|haar|de|z'n|d'r) (?:kamer|afdeling|bed)|(?:kunnen|kan) (?:hem|haar) (?:nergens|niet) (?:meer )?vinden|nergens te (?:vinden|bekennen)|verdwenen)[^\n]{0,120}?\b(?:dement\w*|alzheimer)`,
      // A hand or arm caught in a machine ("zijn arm zit vast in de pers").
      String.raw`(?:arm|armen|hand|handen|vinger|vingers|duim|been|voet|haar|mouw)\b[^.!?\n]{0,30}?\b(?:vast|bekneld|klem|gegrepen|meegetrokken|ingetrokken|erin)\b[^.!?\n]{0,20}?\b(?:in|tussen|onder) (?:de |het )?(?:pers|machine|wals|walsen|rollen|band|lopende band|transportband|zaag|ketting|menger|tandwiel|vijzel|draaibank|hakselaar|shredder)\b|(?:bekneld|vast|klem)\b[^.!?\n]{0,15}?\b(?:zijn|haar|de|z'n|d'r) (?:arm|hand|vingers?|duim|been|voet)\b[^.!?\n]{0,15}?\b(?:in|tussen|onder) (?:de |het )?(?:pers|machine|wals|walsen|rollen|band|lopende band|transportband|zaag|ketting|menger|tandwiel|vijzel|draaibank|hakselaar|shredder)\b`,
      // A tank, silo or sewer entered and no sign since ("hij is de tank in gegaan en komt er niet meer uit").
      String.raw`(?:(?:de|het|een|die|in de|in het) (?:tank|silo|put|riool|ketel|bunker|beerput|mangat|kruipruimte|reservoir|opslagtank|gierkelder|mestkelder)\w*)\b[^.!?\n]{0,40}?(?:komt (?:er )?niet (?:meer )?(?:uit|naar buiten|boven|terug)|(?:is|zijn) (?:er )?niet (?:meer )?(?:uit|boven|naar buiten) gekomen|reageert niet|antwoordt niet|geeft geen (?:antwoord|reactie|gehoor)|niets meer (?:van )?gehoord|horen (?:hem|haar|niets) (?:niet|meer))`,
      String.raw`(?:(?:telefoon|mobiel|gsm) (?:staat |is )?(?:uit|dood)|neemt niet op|onbereikbaar)\b[^.!?]{0,100}\b(?:niemand weet waar (?:hij|zij|ze) is|(?:is )?weg sinds (?:gister\w*|vannacht|vanochtend))|(?:niemand weet waar (?:hij|zij|ze) is|(?:is )?weg sinds (?:gister\w*|vannacht|vanochtend))\b[^.!?]{0,100}\b(?:(?:telefoon|mobiel|gsm) (?:staat |is )?(?:uit|dood)|neemt niet op|onbereikbaar)`,
      String.raw`(?:kind|kindje|peuter|kleuter|baby)\w*\b[^.!?]{0,50}\bopgesloten\b[^.!?]{0,20}\b(?:in|op) (?:de|het|een) (?:wc|toilet|badkamer|kamer|kast|berging|slaapkamer)`,
      String.raw`(?:nooduitgang|nooddeur|vluchtdeur|vluchtweg|uitgang|branddeur)\w* (?:\S+ ){0,7}(?:op slot|afgesloten|geblokkeerd|versperd|dichtgemaakt|dicht gemaakt|met een ketting|(?:staan|staat|liggen|ligt) (?:\S+ ){0,3}(?:voor|ervoor))|(?:op slot|afgesloten|geblokkeerd|versperd|hangslot|ketting|dichtgemaakt|dichtgetimmerd)\b[^.!?]{0,60}\b(?:nooduitgang|nooddeur|vluchtdeur|vluchtweg|enige uitgang)\w*`,
      String.raw`(?:ruikt|stinkt|rook|stonk) (?:\S+ ){0,6}naar gas|gaslucht|gasgeur|(?:ruik|ruikt|rook|stinkt|stonk) (?:\S+ ){0,4}gas\b`,
      String.raw`(?:losse|blote|kale|open|blootliggende|onbeschermde|kapotte)\w* (?:stroom)?(?:draden|draad|kabels?|bedrading)|(?:stroom)?(?:draden|kabels|bedrading) (?:\S+ ){0,3}(?:liggen bloot|hangen los|steken uit|onder stroom)|onder stroom (?:\S+ ){0,2}(?:gestaan|gekregen)|(?:een |n )?(?:schok|stroomstoot) gekregen`,
      String.raw`(?:beschermkap|afscherming|beveiligingskap|veiligheidskap|kap|noodstop|lichtscherm|scherm|hek)\w* (?:van|op|bij) (?:de |het )?\S+ (?:\S+ ){0,2}(?:is |zijn |werd )?(?:eraf|weg|verwijderd|uitgeschakeld|overbrugd|kapot)|(?:beschermkap|afscherming|noodstop|lichtscherm)\w* (?:\S+ ){0,2}(?:eraf|weg|verwijderd|uitgeschakeld|overbrugd|werkt niet)`,
      String.raw`(?:chemicali\w*|zuur|loog|chloor|bleek|schoonmaakmiddel|ontvetter|ammoniak)\w* (?:\S+ ){0,4}in (?:zijn|haar|mijn|z'n|d'r|de|zn) (?:ogen|oog|gezicht)|(?:ogen|oog) (?:\S+ ){0,3}(?:branden|verbrand|kan niks zien|kan niets zien)`,
      String.raw`(?:ligt|lag|zit|zat|hangt) (?:\S+ ){0,5}(?:reageert|beweegt|ademt) (?:nergens op|niet)|noodstop\w* (?:\S+ ){0,4}(?:werkt|doet) (?:\S+ ){0,4}niet|(?:collega|hij|zij|ze|iemand)\w* (?:\S+ )?reageert (?:nergens op|niet meer|niet)(?! op (?:mail|mails|e-?mails?|berichten|appjes))|is (?:\S+ ){0,4}nergens te (?:vinden|bekennen)|onwel geworden|niet teruggekomen (?:van|uit) (?:de |het )?\S+`,
    ],
    harassment: [
      String.raw`(?:zit|zat|komt|kwam|blijft) (?:\S+ ){0,4}aan (?:me|mij|mijn (?:billen|borsten|lichaam|kont|benen))(?: te zitten)?|(?:raakt|raakte|betast|betastte) (?:me|mij) (?:\S+ ){0,3}aan|(?:blijft|steeds|elke dag|elke dienst|al maanden|al weken) (?:\S+ ){0,4}(?:aanraken|betasten|betast)|handtastelijk\w*`,
    ],
    threat: [
      String.raw`(?:dreigt|dreigde|zegt|zei) (?:\S+ ){0,5}(?:te ontslaan|ontslag|eruit te (?:gooien|schoppen)|mijn mond (?:moet )?houden|niks (?:mag|moet) zeggen)|(?:bedreigt|bedreigde|intimideert|intimideerde) (?:me|mij|ons) (?:\S+ ){0,3}(?:elke|iedere|al|steeds)`,
    ],
    'self-harm': [
      String.raw`(?:wil|wilde|ga|gaat|gaan|zal|zou|zei) (?:\S+ ){0,2}er (?:\S+ )?een eind(?:e)? aan (?:te )?maken|er (?:\S+ )?een eind(?:e)? aan (?:\S+ )?(?:wil|wilde|ga|gaat|zal|zou|gaan) maken`,
      // Someone gone or unreachable whose last message said goodbye to everyone, either order ("al twee dagen weg,
      // telefoon staat uit, in zijn laatste bericht nam hij afscheid van iedereen"). A leaving do alone is no such thing.
      String.raw`(?:(?:al|sinds) (?:\S+ ){0,2}(?:dagen|dag|uur|nachten|gisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) (?:\S+ )?(?:weg|vermist|verdwenen|onbereikbaar|niet gezien)|vermist|verdwenen|onbereikbaar|telefoon (?:\S+ ){0,2}(?:staat uit|uitgeschakeld))\b[^.!?\n]{0,150}?(?:nam (?:\S+ ){0,2}afscheid|afscheid (?:\S+ ){0,2}(?:genomen|nam|neemt)|vaarwel|dag allemaal|(?:laatste|afscheids)(?:bericht|brief|appje)\w* (?:\S+ ){0,4}(?:sorry|vaarwel|afscheid|vergeef))|(?:nam (?:\S+ ){0,2}afscheid van iedereen|afscheid (?:\S+ ){0,2}genomen van iedereen|vaarwel)\b[^.!?\n]{0,150}?(?:weg|vermist|verdwenen|onbereikbaar|telefoon (?:\S+ ){0,2}(?:staat uit|uitgeschakeld))`,
      String.raw`zie het (?:\S+ )?niet meer zitten|(?:iedereen|jullie|ze|de wereld) (?:is|zijn|zou|zouden|zal) (?:\S+ ){0,2}beter af zonder (?:mij|me)|niet meer wakker (?:\S+ )?worden|wil (?:\S+ ){0,2}(?:verdwijnen|er niet meer zijn)|het leven (?:heeft )?geen zin (?:meer)?|(?:pillen|tabletten) (?:\S+ ){0,3}(?:ingenomen|innemen|slikken)`,
    ],
  },
};
