/*
 * Age said by family or friends, not by an employer: "my kids said i was too old for tiktok", "my wife says i'm too
 * old for night shifts lol", "mi nieta dice que soy demasiado vieja para bailar". The discrimination rules read "said i
 * was too old for" from anyone; at home it is teasing, not a job lost. Blanked before the rules run, so "my kids said i
 * was too old for tiktok and then my manager told me i'm too old to learn the new system" still reads the manager.
 */
const EN_FAMILY = String.raw`(?:my|our) (?:\w+ )?(?:kids?|children|son|sons|daughter|daughters|grand ?kids|grandchildren|grandson|granddaughter|nephew|niece|wife|husband|partner|girlfriend|boyfriend|mum|mom|mother|dad|father|parents|family|sister|brother|friends?|mates?|cousins?|teenagers?)`;

/** English. */
export const FAMILY_TOO_OLD: string[] = [
  String.raw`\b${EN_FAMILY} (?:\w+ )?(?:said|says|say|told me|tell me|keep telling me|keeps telling me|think|thinks|reckon|reckons|joked|joke|laughed)(?: that)? (?:i'?m|im|i am|i was|we'?re|we are|we were) (?:way |far |much |a bit |so |too )*(?:too old|old) (?:for|to)\b`,
];

/** Spanish, Portuguese and French: "mi nieta dice que soy demasiado vieja para bailar". */
export const FAMILY_TOO_OLD_ROMANCE: string[] = [
  String.raw`\b(?:mis?|mi) (?:\w+ )?(?:hij[oa]s?|niet[oa]s?|nin[oa]s?|espos[oa]|marido|mujer|novi[oa]|madre|padre|mama|papa|familia|herman[oa]s?|amig[oa]s?|sobrin[oa]s?)\b (?:\w+ )?(?:dice|dicen|dijo|dijeron|cree|creen)(?: que)? (?:soy|estoy|era) (?:demasiado|muy) (?:viej[oa]|mayor) para\b`,
  String.raw`\b(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas) (?:\w+ )?(?:filh[oa]s?|net[oa]s?|mulher|marido|namorad[oa]|mae|pai|familia|irmaos?|irmas?|amig[oa]s?|sobrinh[oa]s?)\b (?:\w+ )?(?:diz|dizem|disse|disseram|acha|acham)(?: que)? (?:sou|estou|era) (?:demasiado|muito) (?:velh[oa]|idos[oa]) para\b`,
  String.raw`\b(?:mon|ma|mes) (?:\w+ )?(?:enfants?|fils|fille|filles|petits?-enfants|petite-fille|petit-fils|femme|mari|copain|copine|mere|pere|famille|freres?|soeurs?|amis?|amies?)\b (?:\w+ )?(?:dit|disent|a dit|ont dit|trouve|trouvent)(?: que| qu')? ?(?:je suis|j'etais) (?:trop|bien trop) (?:vieux|vieille|age|agee) pour\b`,
];
