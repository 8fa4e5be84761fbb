import type { OtherLanguage } from './table';

/*
 * Somali (blind round 30; read by nothing since round 22): "Dab ayaa ka kacay", "dhiig ayaa ka qulqulaya", "miyir ma
 * leh", "is dilo". Hunger that "is killing me" ("gaajo ayaa i dileysa") is no threat: a threat is someone who will
 * kill ("i dili doono"). "Dabka" in a fire training and a song that "is fire" are no fire: a fire catches or burns.
 */
export const somali: OtherLanguage = {
  code: 'so',
  name: 'Somali',
  words:
    'ayaa baa waxaan wuxuu weli hadda dabka qiiq gaas gaaska dhiig qof dadku shaqaale shaqaalaha nin naag kormeeraha maamulaha maareeyaha bakhaarka jikada warshadda mashiinka korontada biyo caawiya caawin miyir suuxay garaacay hanjabay dili dilo xayiran jaranjarada dhacay laba saddex iyo iyagoo haddii inaan doonayaa gaajo heestaasi tababarka shalay fiican tuubada deeqda dhiigga toddobaadka kufsi mindi',
  unreadByModel: true,
  bounds: 'word',
  negation: String.raw`ma jiro|majiro|ma jirto|ma`,
  story: String.raw`filim\w*|taxane\w*|ciyaar\w*|war(?:ar)?ka\w*|sheeko\w*`,
  fixed: String.raw`waa la hagaajiyay|la hagaajiyay|waa la demiyay|la demiyay|wax walba waa fiican yihiin`,
  still: String.raw`mar kale|weli|haddana`,
  calm: [
    // A fire training, hunger that "kills", a song that is "fire".
    String.raw`tababar\w* (?:\S+ )?dab\w*|(?:gaajo|daal|shaqo|kulayl)\w* (?:\S+ )?(?:ayaa |baa )?i (?:dileysa|dilaya|dishay)|waa dab`,
  ],
  cries: String.raw`caawin|naga caawiya|i caawiya|gargaar|caawiya|dab`,
  urgent: {
    safety: [
      String.raw`dab (?:\S+ ){0,2}(?:kacay|qabsaday|qabtay|ololaya|holcaya|ka kacay)|(?:waa|wuu|way) gubanay\w*|gubanaya|qiiq (?:badan|culus|ayaa ka soo baxaya)`,
      String.raw`gaas\w* (?:\S+ ){0,2}(?:daadanaya|daadanayo|ka baxaya|soo baxaya|ka imanaya)|urta gaaska`,
      String.raw`dhiig (?:\S+ ){0,2}(?:qulqulaya|ka baxaya|ka daadanaya|badan)|miyir (?:ma leh|la'aan|beelay)|suuxay|suuxsan|(?:ma|aan) neefsanayo|ma dhaqaaqayo|dhaqaaqi waayay`,
      String.raw`ka (?:soo )?dhacay (?:\S+ )?(?:jaranjarada|sallaanka|saqafka|dhismaha|sare)|ku xayiran|ku xayirmay|ku go'doonsan|ma bixi karaan|(?:qof|dad|laba|saddex|nin|naag|shaqaale)\w* (?:\S+ ){0,2}(?:ku jira weli|weli ku jira|ku jiraan weli)`,
      String.raw`korontada (?:\S+ )?(?:qabatay|qabsatay|ku dhacday|gariirisay)|biyo (?:\S+ ){0,2}(?:soo galaya|ku fatahay|buuxiyay)`,
    ],
    weapon: [
      String.raw`(?:mindi|middi|qori|bastoolad|hub)\w* (?:\S+ ){0,3}(?:soo bixiyay|soo baxay|qaaday|wata|sita)|rasaas|toogtay|toogasho`,
    ],
    threat: [
      String.raw`(?:i|ku|na|kuu) dili doon\w*|dili doonaa|(?:igu|ku|nagu) hanjabay|hanjabaad|hanjabaya\w*|(?:ku |i |la )?garaacay|garaacaya|(?:i|ku|la) dhuftay`,
    ],
    harassment: [
      String.raw`kufsi\w*|kufsaday|faraxumeyn|(?:taabta|taabtaa|taabanaya|taabtay) (?:\S+ ){0,4}(?:aan ogolaan|ogolaanshahooda la'aan)`,
    ],
    'self-harm': [String.raw`is dilo|isdilo|is dili|is dilayaa|naftayda (?:ka )?qaado|doonayaa inaan dhinto`],
  },
};
