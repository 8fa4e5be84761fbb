import { eitherOrder } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Hazing: newcomers held down, taped up, locked in or made to drink something as an "initiation" or a "tradition"
 * (attack ra34, class U28): "the older guys hold the apprentices down and spray them with the air hose", "they make the
 * new kitchen porters drink the fryer oil", "new starters get taped to a pallet and left in the freezer". Safety, not
 * harassment alone: a body is harmed or shut in, and whoever owns safety owns the site where it happens (the decision
 * is in docs/escalations.md). "The new starter induction was fun" names no act.
 */
const EN_NEWCOMERS = String.raw`new (?:guys?|lads?|starters?|kids?|girls?|hires?|apprentices?|porters?|kitchen porters?|recruits?|ones|boys)|apprentices?|new starters?|newbies?|newcomers?|juniors?|trainees?|first[- ]years?|initiation|hazing|tradition`;
const EN_RITUAL_ACTS = String.raw`(?:hold|holds|held|holding|pin|pins|pinned|pinning) (?:them|him|her|the \w+|\w+) down|(?:get|gets|got|getting|are|were|was|is|be|being) (?:duct[- ]?|gaffer[- ]?)?taped|tape (?:them|him|her) (?:to|up)|(?:get|gets|got|are|were|tied|strapped|wrapped) (?:up )?(?:to|in) (?:a|the) (?:chair|pallet|post|pole|trolley|cling film|shrink wrap|pallet wrap)|lock(?:s|ed|ing)? (?:them|him|her|the \w+(?: \w+)?) in (?:the|a) (?:freezer|chiller|cold room|portaloo|toilet|container|skip|cage|van|locker)|left (?:in|on|at) the (?:freezer|chiller|cold room|loading dock|roof|skip|container) (?:overnight|all night|for (?:an|\d+) hours?)|spray(?:s|ed|ing)? (?:them|him|her) with|(?:make|makes|made|making) (?:them|him|her|the \w+(?: \w+){0,2}) (?:drink|eat|swallow) (?:the )?(?:fryer oil|oil|bleach|chemicals?|cleaner|hot sauce|diesel|vinegar)|(?:get|gets|got|getting|are|were|was|is|be|being) (?:beaten|whipped|belted|paddled|punched|kicked)(?: up)?|tip(?:s|ped)? it over`;
// A newcomer's first day or week, a ritual, "welcome to the crew", "one of us": who a hazing is done to, or what it is called.
const EN_FIRST_DAYS = String.raw`${EN_NEWCOMERS}|rookies?|rituals?|rite of passage|initiat\w*|hazed|(?:my|his|her|their|your|our|the|1st|first) (?:first |1st )?(?:day|week|shift|night|month)s?|welcome to the (?:crew|team|shift|family|gang)|one of (?:us|the crew|the lads|the boys|the team|the gang)|everyone goes through it|(?:on|for) a laugh`;
// What is done to humiliate them: stripped, hosed down, a head held in a toilet, shaved, tied, wrapped, thrown in a skip,
// made to drink until they are sick, or to eat something vile "or else".
const EN_HUMILIATIONS = String.raw`${EN_RITUAL_ACTS}|stripped|strip (?:them|him|her|me|us)|hosed (?:down|off)|hose (?:them|him|her|me|us) down|(?:head|face) (?:in|down|into|under) (?:the|a) (?:toilet|bog|loo|bucket|sink|trough)|shav(?:e|ed|es|ing) (?:off )?(?:my|his|her|their|our) (?:eyebrows|head|heads|hair)|(?:made|make|makes|making|forced|force|forces) (?:me|us|them|him|her|the \w+(?: \w+)?) (?:to )?(?:drink|eat|chug|down)\b[^.!?\n]{0,40}?\b(?:until|till|til|or)\b|(?:drink|drank|chug|chugged|drinking) (?:\w+ ){0,3}(?:until|till|til) (?:i|he|she|they|you|we) (?:threw up|throw up|puke|puked|vomit\w*|pass(?:ed)? out)|(?:pinned|held) (?:me|him|her|them|us) down|tied (?:me|him|her|them|us) (?:up|to)|wrapped (?:me|him|her|them|the \w+(?: \w+)?) in (?:cling film|tape|shrink wrap|pallet wrap|clingfilm)|thrown in(?:to)? the (?:skip|bin|dumpster|river|canal|trough)|get the belt|paddled|sharpied|(?:have to|had to|made to|must) eat (?:a |the )?(?:raw|live|dog|cat)`;
export const ENGLISH_INITIATION_RITUALS: UrgencyRule[] = [
  rule('safety', eitherOrder('latin', 80, EN_NEWCOMERS, EN_RITUAL_ACTS)),
  rule('harassment', eitherOrder('latin', 80, EN_FIRST_DAYS, EN_HUMILIATIONS)),
];

/*
 * Hazing outside English (ra35: 1 of 16 read as harassment; "novatada", "bizutage", "nonnismo", "trote",
 * "Aufnahmeritual", "fala", "initiation" in Tagalog): a table per language of who a hazing is done to or what it is
 * called (the new ones, a first day, the ritual's name, "tradition") by what is done to humiliate them (tied, shut in a
 * cold room, stripped, shaved, beaten, made to drink until sick), either order in one sentence. Harassment: a ritual
 * that hurts or humiliates a newcomer is conduct of co-workers against a person (docs/escalations.md). "La novatada
 * fue divertida, nos hicieron cantar", "die Neuen bekommen am ersten Tag eine Führung" name no such act.
 */
const hazing = (newcomers: string, acts: string): UrgencyRule[] => [
  rule('harassment', eitherOrder('latin', 80, newcomers, acts)),
];
export const SPANISH_INITIATION_RITUALS = hazing(
  String.raw`(?:los|las|a los|a las|al|a la) (?:nuev[oa]s?|novat[oa]s?|recien llegad[oa]s|aprendices|becari[oa]s|practicantes)|novat[oa]s|novatadas?|primer (?:dia|semana|turno)|tradicion|bautizo|iniciacion|ritual`,
  String.raw`encierr\w*|encerr\w*|amarr\w*|atan|ataron|atad[oa]s|rap(?:an|aron|ar|a|ad[oa]s)|tir(?:an|aron|arlos|arlas|ados) (?:a |en )?(?:la basura|al contenedor|a la piscina|al agua)|tirarlos|tirarlas|desnud\w+|(?:hacen|hicieron|obligan a|obligaron a|hacian) (?:\w+ )?beber|beber hasta (?:vomitar|desmayar\w*|caer)|(?:les|los|nos|me) (?:pegan|pegaron|golpean|golpearon)|cinturonazos|cintarazos|manguerazos|cinta (?:americana|adhesiva)`,
);
export const FRENCH_INITIATION_RITUALS = hazing(
  String.raw`bizut\w*|(?:le|la|les|aux|au) (?:nouveaux?|nouvelles?|nouveau venu|apprentis?|stagiaires?|bleus?)|premier jour|premiere semaine|tradition|initiation|rituel|bapteme`,
  String.raw`deshabill\w+|a poil|attache(?:s|es|e)?|attachent|ligot\w+|enferm\w+|scotch\w+|frapp\w+|tabass\w+|rase(?:s|nt)?|(?:fait|font|forcent|force|forcer|oblige\w*) (?:\w+ )?(?:a )?boire|boire jusqu'a (?:vomir|tomber)|jet\w* (?:a la poubelle|dans la benne|dans le container)|arros\w+`,
);
export const ITALIAN_INITIATION_RITUALS = hazing(
  String.raw`nonnismo|(?:i|ai|il|al|le|alle) (?:nuov[io]|nuove|nuovi arrivati|apprendisti|stagisti|novellini|reclute)|primo giorno|prima settimana|rito d'?iniziazione|iniziazione|tradizione|battesimo`,
  String.raw`legat[oaie]|legano|picchiat[oaie]|picchiano|spogliat[oaie]|spogliano|spogliarsi|rinchius\w+|chiusi in cella|(?:fanno|fatto|costretti a|costringono a) (?:\w+ )?bere|bere (?:\w+ ){0,3}fino a (?:vomitare|svenire)|rasat[oaie]|rasano|(?:buttat|gettat)[oaie] (?:nel|nella|nei)|bagnat[oaie] con|nastro adesivo`,
);
export const PORTUGUESE_INITIATION_RITUALS = hazing(
  String.raw`trote|(?:os|as|aos|as) (?:novat[oa]s|nov[oa]s|aprendizes|estagiari[oa]s|calour[oa]s)|novatos|primeiro dia|primeira semana|tradicao|iniciacao|batismo|ritual`,
  String.raw`amarrad[oa]s?|amarram|jogad[oa]s? (?:no lixo|na cacamba|na piscina)|jogam no lixo|trancad[oa]s?|trancam|pelad[oa]s?|tiram a roupa|(?:raspad|espancad)[oa]s?|raspam|espancam|(?:fazem|obrigam a|obrigaram a) (?:\w+ )?beber|beber ate (?:vomitar|desmaiar)`,
);
export const GERMAN_INITIATION_RITUALS = hazing(
  String.raw`aufnahmeritual\w*|ritual\w*|(?:die|den|der) (?:neuen|neue|azubis?|lehrlinge?|praktikanten?|frischlinge?)|neuling\w*|azubis|ersten tag|ersten woche|tradition|taufe`,
  String.raw`gefesselt|fesseln|festgebunden|angebunden|eingesperrt|sperren \w+ ein|sich (?:\w+ ){0,3}ausziehen|nackt|ubergossen|abgespritzt|geschlagen|verprugelt|kahl ?geschoren|kahlrasiert|trinken bis|saufen bis|mit klebeband|in den container geworfen|in die tonne geworfen`,
);
export const POLISH_INITIATION_RITUALS = hazing(
  String.raw`fala|nowi|nowych|nowym|nowicjusz\w*|praktykan\w*|stazyst\w*|swiezak\w*|pierwszy dzien|pierwszego dnia|pierwszym tygodniu|tradycj\w*|otrzesin\w*|chrzest|rytua\w*|na powitanie`,
  String.raw`zamykan\w*|zamykaj\w*|bici|bija|pobi\w*|przywiaz\w*|zwiaz\w*|gola|ogol\w*|rozbiera\w*|rozebra\w*|zmusza\w* do picia|upijaj\w*|w chlodni|oblewa\w*`,
);
export const TAGALOG_INITIATION_RITUALS = hazing(
  String.raw`initiation|hazing|(?:mga )?bago(?:ng)? (?:empleyado|tao|pasok|trabahador|salta)|baguhan|unang (?:araw|linggo)|tradisyon|ritwal|(?:ng|mga) senior`,
  String.raw`pinalo|pinapalo|pinagpapalo|hinubaran|pinaghubad|pinahubad|tinali|tinatali|ikinulong|kinulong|pinainom|pinapainom|pinilit (?:\w+ )?uminom|uminom hanggang|hanggang sumuka|inahit|kinalbo|binugbog`,
);
