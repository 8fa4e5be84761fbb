/*
 * A weapon, shooting or bomb at work is a danger to everyone on site, not
 * only a threat to one person: such a report is read as safety as well as
 * threat, so that it reaches whoever owns health and safety (a knife in the
 * break room is not a facilities matter). Words of every language read,
 * folded (no accents, tones or Arabic hamza forms).
 */
const LATIN = String.raw`guns?|shooting|opened fire|tire(?:nt)? (?:sur|dans)|gunm[ae]n|gunfire|gunshots?|shooters?|shots fired|rifles?|shotguns?|pistols?|firearms?|weapons?|knife|knives|machetes?|bombs?|explosives?|stabbed|knifed|armed|suspicious (?:package|parcel|device|backpack)|pistolas?|armas?|armad[oa]s?|cuchillos?|navajas?|bombas?|disparando|disparos|tiroteo|balacera|tirador(?:es)?|escopetas?|pistolets?|fusils?|couteaux?|bombes?|tireurs?|coups de feu|fusillade|arme[es]?|waffen?|pistolen?|gewehre?|messer|amok\w*|schiess\w*|geschossen|schusse?|schiesserei|armat[oaie]|fucil[ei]|coltell[oi]|spara\w*|sparatoria|bron(?:ia)?|karabin\w*|strzelb\w*|fuzis?|fuzil|carabinas?|carabines?|riple|noz(?:em)?|nozami|strzel\w*|uzbrojon\w*|facas?|atirando|tiros|con dao|cam dao|sung|no sung|bom|ma tau|baril|kutsilyo|patalim|namamaril|pampasabog`;
const OTHER = String.raw`بندقيه|رشاش|枪|槍|刀|炸弹|炸彈|爆炸物|مسلح|سلاح|مسدس|سكين|قنبله|النار|رصاص|متفجرات`;
const WEAPON = new RegExp(String.raw`\b(?:${LATIN})\b|${OTHER}`, 'u');

/** Whether the folded text names a weapon, a shooting or a bomb. */
export const namesAWeapon = (folded: string): boolean => WEAPON.test(folded);
