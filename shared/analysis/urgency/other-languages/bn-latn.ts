import type { OtherLanguage } from './table';

/*
 * Bengali typed in Latin letters, as most texts from phones are (u31: "amar dokane agun legeche", "supervisor amake
 * marlo", "ami r bachte chai na"). Spellings vary ("agun", "aagun"; "legeche", "lagche", "lagse"), so each phrase
 * allows them. Dying of laughter, hunger or heat ("hese morlam", "khide te more jacchi"), a song that "is fire" and a
 * fire drill stay calm.
 */
export const bengaliLatin: OtherLanguage = {
  code: 'bn-Latn',
  name: 'Bengali in Latin letters',
  words:
    'amar amake amader tumi tomar tomake apni apnar achhe acche nei hoyeche hoyechhe hocche hoche korche korchhe korchi kore korbo korlo kichu keu ekhane okhane ekhon taratari bachao bachan agun aagun legeche lagche lagse marlo mereche marche marbe felbo felbe hhumki humki dhorshon atmohotya bachte morte jacchi jachchi bolche bollo dilo diyeche theke',
  bounds: 'word',
  negation: String.raw`na|nai|nei|noy`,
  story: String.raw`cinema|movie|film|natok|serial|golpo|khobor|game`,
  fixed: String.raw`thik (?:hoye gese|hoye geche|kora hoyeche|korlo)|nibhe (?:gese|geche)|nibhano hoyeche`,
  still: String.raw`abar|akhono|ekhono`,
  calm: [
    String.raw`(?:fire )?drill|mohora|training|practice`,
    String.raw`(?:hese|haste haste|hasi te|khide ?te|khida ?y|gorome?|thanda ?y|ghume)\S* (?:\S+ )?mor\w*`,
    String.raw`(?:gaan|song|khabar|biryani|look|dress|reel)\S* (?:\S+ ){0,2}(?:agun|aagun|fire)\b`,
    String.raw`(?:phone|mobile|charge|battery|laptop)\S* (?:\S+ ){0,2}(?:mara gese|mara geche|more gese|dead)`,
  ],
  cries: String.raw`bachao|bachan|agun|aagun`,
  urgent: {
    safety: [
      String.raw`(?:agun|aagun|aguun) (?:\S+ )?(?:legeche|legechhe|lagche|lagse|legese|lege geche|lege gese|jolche|jolchhe|dhoreche|dhorse)|dhoa (?:beruchhe|beroche|berocche|ber hocche)|dhoya (?:beroche|berocche)|gas (?:leak|beroche|berocche|er gondho)`,
      String.raw`(?:nishash|nisshas|shash) (?:nite )?(?:parche na|parchhe na|nicche na|nichhe na)|oggan|ojnan|ojnyan|rokto (?:porche|porchhe|beroche|berocche|bondho hocche na)|(?:upor|mai|siri|scaffold|chad|chhad) theke (?:pore|poira) (?:geche|gese|gelo)|(?:chapa|atke) (?:poreche|porese|gese|geche)`,
    ],
    weapon: [
      String.raw`(?:churi|chhuri|boti|pistol|bonduk|gun) (?:\S+ )?(?:niye|dekhacche|dekhachhe|ber korlo|ber koreche|mere)\w*`,
    ],
    threat: [
      String.raw`mere (?:felbo|felbe|felbi|felar|phelbo|phelbe|dibo|debe)|khun kore (?:felbo|felbe|phelbo)|(?:hhumki|humki|dhomki) (?:diyeche|dilo|dicche|dichhe|dey)`,
      String.raw`(?:amake|amay|take|oke|amader) (?:\S+ )?(?:marlo|mereche|marche|marchhe|petalo|peteche|petay|thappor mereche|thappor dilo|ghushi mereche|lathi mereche)`,
    ],
    harassment: [
      String.raw`dhorshon|(?:jouno|youno) (?:hoyrani|nirjaton)|(?:baje|kharap) bhabe (?:chhoy|choy|chuy|chhuye|chuye|dhore)\w*|gaye hat (?:dey|diyeche|dilo|dicche)`,
    ],
    'self-harm': [
      String.raw`atmohotya|attohotta|aatmohotya|suicide kor(?:bo|te chai|e felbo)|(?:ami )?(?:r |ar )?(?:bachte|baachte) chai na|(?:ami )?morte chai|more (?:jete|jaite) chai|nijeke (?:shesh|sesh) kore (?:debo|dibo|felbo)`,
    ],
  },
};
