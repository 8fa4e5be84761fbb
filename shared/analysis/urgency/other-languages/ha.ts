import type { OtherLanguage } from './table';

/*
 * Hausa, as texted in Nigeria, Niger and Ghana (blind round 30; rounds 29 and 30 found it read by nothing): "Gobara!",
 * "wuta ta kama a dakin ajiya", "yana zubar da jini", "ya suma", "barazanar kisa". "Wutar lantarki" is electricity,
 * not fire; hunger, work or laughter that "kills" one ("yunwa tana kashe ni", "ya kashe ni da dariya") is no threat:
 * a threat is someone who will kill ("zai kashe ni").
 */
export const hausa: OtherLanguage = {
  code: 'ha',
  name: 'Hausa',
  words:
    "akwai babu gobara wuta wutar hayaki mutane mutum suna yana tana ciki yanzu kuma amma allah taimaka taimako jini zubar fadi makale injin lantarki suma numfashi motsi barazanar barazana kisa kashe kaina kansa buge doke wuka bindiga fyade zarafi ma'aikaci ma'aikata manaja shugaban sashe kicin dakin ginin bene sauri yunwa gajiya dariya albashi atisaye atisayen ruwa ambaliya warin iskar tsani ajiya abokin aikina soka",
  unreadByModel: true,
  bounds: 'word',
  negation: String.raw`babu|ba wata|ba wani`,
  story: String.raw`fim\w*|labari\w*|wasa\w*|shirin talabijin`,
  fixed: String.raw`an gyara|mun gyara|an kashe wutar|an kashe gobarar|komai ya daidaita|komai lafiya`,
  still: String.raw`kuma|har yanzu|sake`,
  calm: [
    // A drill, hunger, tiredness or laughter that "kills", a pepper hot as fire.
    String.raw`atisaye\w* (?:\S+ )?(?:gobara|wuta|kashe gobara)`,
    String.raw`(?:yunwa|gajiya|aiki|dariya|zafi|rana) (?:\S+ )?(?:tana|yana|ta|ya) kashe ni|kashe ni da (?:dariya|gajiya|yunwa)|kamar wuta`,
  ],
  cries: String.raw`taimako|a taimaka|ku taimaka|ku taimaka mana|gobara|wuta`,
  urgent: {
    safety: [
      String.raw`gobara|wuta ta (?:kama|tashi|barke|tashi)|(?:an|akwai) wuta a|hayaki (?:mai yawa|yana fita|na fita)`,
      String.raw`warin gas|(?:iskar )?gas (?:na|yana|tana) (?:zuba|fita|yoyo)`,
      String.raw`(?:yana|tana|suna) zubar da jini|jini (?:na|yana) (?:zuba|fita|kwarara)|(?:ya|ta|sun) suma|ba (?:ya|ta) (?:numfashi|motsi)|baya (?:numfashi|motsi)|bata (?:numfashi|motsi)`,
      String.raw`(?:ya|ta|sun) fadi daga|(?:ya|ta|sun|an) makale|(?:ya|ta|sun) (?:nutse|nitse)|wutar lantarki ta (?:kama|ja|buge)|(?:ku )?taimaka (?:da sauri|cikin gaggawa)`,
      String.raw`ruwa (?:yana|na) shiga|ambaliya`,
    ],
    weapon: [
      String.raw`(?:rike da|ya zaro|ya ciro|yana da) (?:\S+ )?(?:wuka|bindiga|adda)|caka (?:masa|mata|mini) wuka|soka\w* (?:\S+ ){0,3}wuka|(?:an|ya) harbe`,
    ],
    threat: [
      String.raw`barazanar kisa|(?:zai|za su|zan|za ta) kashe (?:ni|mu|shi|ta|ka|su)|(?:ya|ta|sun|an) (?:buge|doke|mare|naushe)|(?:yana|suna) (?:dukan|bugun)`,
    ],
    harassment: [String.raw`fyade|cin zarafi|(?:yana|suna) taba (?:\S+ ){0,2}(?:ba tare da izini|nono|duwawu)\S*`],
    'self-harm': [String.raw`kashe kaina|kashe kai na|kashe kansa|kashe kanta|ina (?:so|son) in mutu|ina son mutuwa`],
  },
};
