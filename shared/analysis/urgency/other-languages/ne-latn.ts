import type { OtherLanguage } from './table';

/*
 * Nepali typed in Latin letters (u31: "godam ma aago lagyo", "supervisor le malai kutyo", "ma bachna chahanna").
 * Spellings vary ("aago", "aagi"; "lagyo", "lageko cha"). Dying of laughter or hunger ("hasera marna lagyo", "bhok le
 * marna lagyo"), a fire drill and a song that "is fire" stay calm.
 */
export const nepaliLatin: OtherLanguage = {
  code: 'ne-Latn',
  name: 'Nepali in Latin letters',
  words:
    'malai mero meri hami hamro timi timro tapai tapailai chha chhan chaina chhaina bhayo bhako garyo garnu gareko garchu garchhu lagyo lageko yaha yahan tyaha tyahan aile chito chitto bachau bachaunus aago aagi kutyo kutpit pityo marchu maridinchu maridinchhu dhamki chahanchu chahanna chahandina sakdina bata',
  bounds: 'word',
  negation: String.raw`chaina|chhaina|hoina|nagar\w*`,
  story: String.raw`film|movie|cinema|serial|katha|samachar|game`,
  fixed: String.raw`nibhayo|nibhaiyo|thik bhayo|thik gariyo|marmat gariyo`,
  still: String.raw`feri|pheri|ajhai|ajha`,
  calm: [
    String.raw`(?:aagalagi )?abhyas|drill|training|talim`,
    String.raw`(?:hasera|haseara|bhok ?le|bhokle|garmi ?le|jado ?le)\S* (?:\S+ )?mar\w*`,
    String.raw`(?:geet|gana|song|khana|look|reel)\S* (?:\S+ ){0,2}(?:aago|fire)\b`,
    String.raw`(?:phone|mobile|battery|laptop)\S* (?:\S+ ){0,2}(?:maryo|dead|band bhayo)`,
  ],
  cries: String.raw`bachau|bachaunus|guhar|aago`,
  urgent: {
    safety: [
      String.raw`(?:aago|aagi|ago) (?:\S+ )?(?:lagyo|lageko|lagiraheko|balyo|failiyo|phailiyo)|aagalagi (?:bhayo|bhako)|dhuwa (?:aairaheko|aaudai|bhariyo|niskiraheko)|gas (?:leak|chuhiyo|chuhiraheko|chuhidai)`,
      String.raw`(?:ragat|rakta) (?:bagiraheko|bagdai|bagyo|aairaheko)|behos|sas (?:ferna|phera) sakdaina|(?:bharyang|chhat|mathi|scaffold)\S* (?:\S+ ){0,2}(?:khasyo|khase|ladyo|lade)|(?:fasyo|phasyo|adkiyo|thunie)|current (?:lagyo|lagera)|karent lagyo`,
    ],
    weapon: [
      String.raw`(?:chakku|chhura|khukuri|banduk|pistol) (?:\S+ )?(?:nikalyo|dekhayo|liyera|hanyo)|goli (?:chalayo|hanyo|chalyo)`,
    ],
    threat: [
      String.raw`marchu|marchhu|maridinchu|maridinchhu|marne dhamki|dhamki (?:diyo|die|dinchha|dirako|diiraheko)`,
      String.raw`(?:malai|hamilai|uslai) (?:\S+ )?(?:kutyo|kute|kutiraheko|pityo|thappad hanyo|thappad lagayo|mukka hanyo|lattale hanyo)|kutpit`,
    ],
    harassment: [String.raw`yaun (?:durvyawahar|durbyabahar|hinsa|utpidan)|balatkar|jiskau\w*|naramro sanga chhuy\w*`],
    'self-harm': [
      String.raw`aatmahatya|atmahatya|marna man (?:lagyo|lagcha|lagchha|cha)|bachna man (?:chaina|chhaina|lagdaina)|ma marna chahanchu|(?:ma )?bachna chahanna|aafu lai (?:sidhyauchu|marchu)`,
    ],
  },
};
