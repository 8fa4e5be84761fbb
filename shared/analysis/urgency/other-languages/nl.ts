import type { OtherLanguage } from './table';

export const dutch: OtherLanguage = {
  code: 'nl',
  name: 'Dutch',
  words:
    'het een ik niet geen hij zij wij jij mijn onze hun naar bij ook nog wel maar zijn wordt heeft hebben deze dit daar waar iemand collega magazijn hulp brandweer politie snel alsjeblieft alstublieft graag werk baas leidinggevende ruikt vermoord vermoorden aangerand verkracht bewusteloos bekneld vermist zelfmoord gevallen neergestoken mishandeld kantine dienst niemand iedereen eruit komt uit verdieping gaat zei dat bloedt ademt dreigt dreigde gast',
  bounds: 'word',
  negation: String.raw`geen|niet|nooit|zonder`,
  story: String.raw`film\w*|serie\w*|boek\w*|game\w*|spel\w*|aflevering\w*|nieuws|journaal|krant`,
  calm: [
    String.raw`brand ?(?:oefening|alarm ?(?:test|oefening)|blusser\w*|deur\w*|trap\w*|melder\w*|weer ?oefening|veiligheid|preventie|training|cursus)|(?:oefening|test|training|cursus|les) (?:\S+ ){0,2}(?:brand|ontruiming|ehbo)`,
    String.raw`(?:telefoon|mobiel|gsm|batterij|accu|laptop|auto) (?:is |was )?(?:\S+ )?(?:dood|leeg)`,
    String.raw`(?:film|serie|boek|game|spel|aflevering)\b`,
    String.raw`(?:ik )?(?:zou|kan) (?:wel )?moorden voor|(?:ik )?ga dood van (?:het |de )?(?:lachen|honger|dorst|verveling)|lachen dood`,
    String.raw`(?:snij|snijd|snijden|hakken|schillen) (?:\S+ ){0,3}met (?:een |het )?mes|mes (?:en vork|in de keuken|om (?:te )?(?:snijden|schillen))`,
  ],
  cries: String.raw`help(?: (?:me|ons))?|hulp|brand`,
  urgent: {
    safety: [
      String.raw`(?:er is|er's|er staat|is er) (?:een )?brand|brand (?:in|op|bij) (?:de|het|onze|ons)|brand ?!|staat in brand|in de fik|vlammen|het brandt|rook(?:t| komt| uit| in de)|rookontwikkeling|gaslek\w*|gas ?lek|ruikt (?:\S+ ){0,3}naar gas|ruik gas|lekt gas`,
      String.raw`ademt niet|haalt geen adem|geen ademhaling|bewusteloos|buiten bewustzijn|flauwgevallen|in elkaar gezakt|ingestort|bloedt (?:heel )?(?:erg|hevig|veel|overal)|veel bloed|bloed overal`,
      String.raw`(?:is|zijn) (?:\S+ )?(?:van de (?:trap|ladder|steiger|stelling)|naar beneden) gevallen|van de (?:trap|ladder|steiger|stelling|heftruck) gevallen|(?:hij|zij|ze|iemand|collega) is gevallen|bekneld|klem (?:zit|zat|gezeten)|zit vast onder|verpletterd|onder (?:de|een) (?:heftruck|machine|pallets?|stelling) (?:terecht|gekomen|beland)`,
      String.raw`bel (?:\S+ )?(?:een |de )?(?:ambulance|112|politie|brandweer)|(?:help|hulp) ?!|(?:ik heb|we hebben|heb|hebben) (?:\S+ )?dringend hulp nodig|(?:\S+ )?(?:is|wordt) vermist|kind (?:is )?(?:kwijt|zoek|weg)`,
    ],
    weapon: [
      String.raw`(?:heeft|had|met|trekt|trok|zwaait met|draagt|pakte) (?:een |zijn |haar )?(?:mes|pistool|vuurwapen|geweer|wapen)|schietpartij|neergeschoten|neergestoken|gestoken met|wordt geschoten|er wordt geschoten`,
    ],
    threat: [
      String.raw`(?:ga|gaat|zal|wil|gaan) (?:je|jou|jullie|hem|haar|iedereen|ons|mij|me) (?:\S+ )?(?:vermoorden|doodmaken|dood maken|doodschieten|neersteken|afmaken|slaan)|(?:je|jou|jullie|hem|haar|iedereen|ons|mij|me) (?:\S+ )?(?:gaat|ga|zal|zou|wil|gaan) (?:\S+ )?(?:vermoorden|doodmaken|dood maken|doodschieten|neersteken|afmaken)|maak (?:je|jou|jullie) (?:af|dood)|vermoord (?:je|jou|jullie|hem|haar|iedereen)|dreig\w* (?:\S+ )?(?:dood te (?:maken|schieten|steken)|te vermoorden|neer te steken|af te maken)|doodsbedreiging\w*|bedreigt (?:me|mij|ons)`,
      String.raw`(?:slaat|sloeg|schopt|schopte|duwt|duwde|wurgt|wurgde) (?:me|mij|ons|haar|hem)|(?:me|mij|ons) (?:\S+ )?(?:geslagen|geschopt|mishandeld|gewurgd)|mishandel\w*`,
    ],
    harassment: [
      String.raw`aangerand|verkracht\w*|betast (?:me|mij)|aanranding|seksueel (?:misbruik|geweld|lastig\w*)`,
    ],
    'self-harm': [
      String.raw`(?:wil|ga) (?:\S+ )?(?:dood|zelfmoord plegen|mezelf (?:van kant maken|doden|iets aandoen))|zelfmoord|mezelf (?:snijden|pijn doen)|niet meer leven|(?:maak|ga) er (?:\S+ )?een eind(?:e)? aan|mezelf van kant|wil er niet meer zijn`,
    ],
  },
};
