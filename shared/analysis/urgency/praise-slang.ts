/*
 * Praise said in slang, of someone's work at a machine or a vehicle: "the new guy is a beast on the forklift",
 * "the forklift drivers are killing it this month", "Maria is crushing it on the line", "el nuevo es una bestia con el
 * montacargas", "le nouveau cariste est une machine". An urgent topic's keyword beside them ("forklift") made a report
 * of a problem of it: nothing in the words praises by the list of praise words, and "killing", "crushing", "smashed"
 * read as trouble, so each spent an urgent safety email on the site's owner (blind attack att40, F4). The slang is
 * praise (topic-keywords.ts): the mention is counted under its topic and escalates nothing. Any sign of trouble near
 * it still makes it a report ("a beast on the forklift, he nearly ran over Jose"), and the urgency detector reads a
 * fire or a crush said of a person ("his sleeve is on fire") whatever this says.
 *
 * Folded (lower case, no accents), in the languages whose keywords a config may hold.
 */
const PRAISE_SLANG = [
  // English: "is a beast / an absolute machine / a legend", "killing it", "crushing it", "on fire this week"
  String.raw`\b(?:is|are|was|were|'s|s|being|such|like) (?:an? |such an? |absolute |total |real |proper |fucking |freaking |complete )*(?:beasts?|machines?|legends?|rock ?stars?|superstars?|naturals?|wizards?|savages?|workhorses?|goats?|g\.o\.a\.t\.?)\b|\babsolute units?\b|\b(?:killin'?g?|killed|crushin'?g?|crushed|smashin'?g?|smashed|nailin'?g?|nailed|owning|owned|rocking|rockin'?|tearing|slaying|slayin'?) (?:it|them|the game|their targets?|the targets?|the numbers)\b|\bslay(?:s|ed|ing)?\b|\bbeast mode\b|\b(?:is|are|was|were|'s|s|been) on (?:fire|a roll) (?:today|tonight|lately|recently|this (?:week|month|shift|year|quarter|season)|all (?:week|month|day|shift)|with|at|on)\b`,
  // Spanish, Portuguese
  String.raw`\b(?:es|son|era|eran|e|sao|eh) (?:una? |toda una? |um |uma )?(?:bestias?|maquinas?|monstruos?|cracks?|fieras?|monstros?|craques?)\b|\besta(?:n)? que (?:arde|arden|se sale|vuela)\b|\b(?:la|lo) (?:rompe|rompen|rompio|rompieron|esta rompiendo|estan rompiendo|esta petando|estan petando)\b|\b(?:rompiendola|petandolo|arrasando|arraso|arrasaron|arrasou|mandou bem|mandaram bem|mandando bem)\b`,
  // French, German, Italian, Polish
  String.raw`\b(?:est|sont|c'est) (?:une |un |des |vraiment une? )?(?:machines?|betes?|monstres?|cracks?|tueurs?|tueuses?)\b|\b(?:assure|assurent|gere|gerent|cartonne|cartonnent|dechire|dechirent) (?:grave|trop|tout|a mort)\b|\bist (?:ein |eine |echt ein |echt eine |'?ne )?(?:tier|maschine|biest|monster|hammer|granate)\b|\b(?:e|sono) (?:una |un |proprio una? )?(?:macchin[ae]|besti[ae]|mostr[oi]|fenomen[oi]|forza|cannon[ei])\b|\b(?:spacca|spaccano|sta spaccando|stanno spaccando)\b|\bto (?:jest )?(?:bestia|maszyna|potwor|kozak|petarda)\b|\b(?:wymiata|wymiataja|miazdzy|rozwala system|daje czadu|daja czadu)\b`,
].join('|');

/** Praise in slang, folded: for topic-keywords.ts to read as praise and to leave out of the trouble it looks for. */
export const PRAISE_SLANG_SOURCE = PRAISE_SLANG;
