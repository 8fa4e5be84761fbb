import type { OtherLanguage } from './table';

/*
 * Haitian Creole (Kreyòl ayisyen), as it is texted, with or without its accents (folding drops them: "dife" "mwen"
 * "tèt" "tet"). Many warehouses, farms, kitchens and care homes in Florida, New York, Quebec and the Dominican
 * Republic employ Haitian workers who write in Kreyòl before English or French: a fire, someone fallen who does not
 * breathe, a blow ("gen dife nan depo a", "yon moun tonbe li pa respire", "li frape m") read calm before. This table
 * holds the gravest, as the other tables here do; a report said another way may still be missed. The model was fitted
 * on no Kreyòl and reads its everyday words as it likes, so a text shown to be in Kreyòl is read by this table alone.
 * Calm look-alikes: a fire drill ("egzesis dife"), food hot like fire, dying of laughter ("m ap mouri ri"), a film.
 */
export const haitianCreole: OtherLanguage = {
  code: 'ht',
  name: 'Haitian Creole',
  // Its own words, none of them English or French: function words and the words of its emergencies.
  words:
    'mwen nou yo gen dife nan moun tonbe respire frape kounye kounya konnen pral kap anmwe sekou ede touye kouto zam san koule blese anbilans pito travay patwon bos fanm gason timoun lafimen limen boule kay depo sal kizin kamyon machin toujou anpil bagay pou epi kote ki kijan poukisa jodi demen yer chak',
  unreadByModel: true,
  bounds: 'word',
  negation: String.raw`pa|pa gen|okenn|non`,
  story: String.raw`fim|film|sinema|seri|nouvel|jwet|istwa|chante|liv`,
  fixed: String.raw`yo etenn li|yo te etenn|dife a etenn|yo ranje li|yo repare|tout bagay anfom|tout moun anfom`,
  still: String.raw`anko|toujou|ankor`,
  calm: [
    // A fire drill or training, food or a song hot like fire, dying of laughter, hunger or tiredness that "kills".
    String.raw`egzesis (?:\S+ )?dife|fomasyon (?:\S+ )?dife|tankou dife|cho kon dife|(?:m|mwen) (?:ap|pral) mouri (?:ri|ak ri|de ri)|(?:grangou|fatig|fatige|chale) (?:\S+ )?(?:ap )?touye (?:m|mwen|nou)`,
  ],
  cries: String.raw`anmwe|sekou|ede m|ede nou|ede mwen|edem|o secours`,
  urgent: {
    safety: [
      // A fire: "gen dife nan depo a", "kay la ap boule", "dife pran nan kizin nan", smoke or gas.
      String.raw`gen (?:yon )?dife|dife (?:pran|limen|ap boule|gaye|nan)|(?:ap|pe) boule|lafimen (?:toupatou|anpil|ap soti)|sant gaz|gaz (?:ap|pe) (?:koule|soti|chape)`,
      // Someone down who does not breathe or is bleeding: "yon moun tonbe li pa respire", "li pedi konesans".
      String.raw`(?:pa|p) (?:ka |kapab )?respire|(?:pedi) konesans|san (?:ap|pe) koule (?:anpil|toupatou)|blese grav|tonbe (?:soti|sou|nan) (?:\S+ ){0,2}(?:nechel|echel|do kay|wo|anwo|eskalye)|(?:rele|voye) (?:yon )?anbilans|(?:li|yo|moun nan) (?:pa|p) (?:reponn|leve|bouje)`,
      // Someone shut in where it is cold or closes: "yon moun fèmen nan frizè a".
      String.raw`(?:femen|bloke|kwense) (?:\S+ )?nan (?:frize|chanm fret|asanse|tank|sil)`,
    ],
    weapon: [
      String.raw`(?:gen|rale|soti|pote|voye|montre) (?:\S+ )?(?:yon |de )?(?:kouto|zam|revolve|pistole|manchet|machet)|(?:kouto|zam|revolve|pistole|manchet|machet) (?:nan men|sou li|sou (?:m|mwen))`,
    ],
    threat: [
      // A blow to the writer or a co-worker: "li frape m", "bos la bat mwen", "yo kale l".
      String.raw`(?:li|yo|bos la|patwon an|sipevize a|manadje a|neg la|msye|madanm nan) (?:te |fin |sot )?(?:frape|bat|kale|pouse|choute|souflete|tranble|trangle|mode) (?:m|mwen|nou|li|yo|koleg)\b`,
      // A threat to kill: "m pral touye w", "li di l ap touye m".
      String.raw`(?:pral|ap|va|gen pou) touye (?:m|mwen|ou|w|li|nou|yo|tout moun)|menase (?:m|mwen|nou) (?:\S+ ){0,3}(?:touye|kouto|zam)`,
    ],
    harassment: [
      // Rape and unwanted touching: "kadejak", "li manyen kò m", "li fòse m".
      String.raw`kadejak|vyole (?:m|mwen|li)|(?:li|bos la|patwon an|msye) (?:\S+ )?(?:manyen|touche|pran) (?:ko|tete|deye|fes) (?:m|mwen)|(?:fose) (?:m|mwen) (?:kouche|domi)`,
    ],
    'self-harm': [String.raw`(?:m|mwen) (?:vle|anvi|pral) (?:mouri|touye tet mwen|touye tet m)|touye tet (?:mwen|m)`],
  },
};
