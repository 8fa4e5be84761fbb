import { lazyPattern } from '../lazy-pattern';
import { foldPattern } from './normalise';

/*
 * A machine that starts, moves or comes down by itself with someone at it, told in French, German, Italian, Polish,
 * Vietnamese, Chinese, Arabic, Ukrainian or Russian (att46, u48a): "la presse s'est mise en marche toute seule pendant
 * que je changeais l'outil", "die Presse ist plötzlich von alleine angegangen, Hand war noch drin", "la pressa si è
 * accesa da sola mentre Marco aveva la mano dentro", "maszyna sama się uruchomiła z kimś w środku", "máy tự chạy khi
 * có người bên trong", "机器自己启动了，里面有人", "المكينة اشتغلت لوحدها وهو يصلحها", "прес сам запустився коли в
 * нього була рука всередині", "станок сам включился когда он был внутри". u46a's reading (machines-starting-by-
 * themselves.ts) took English, Spanish, Portuguese, Tagalog and Arabic, and said the others read it already: att46
 * found they did not. English is read there; what English still missed (a machine that hit someone, "the blade almost
 * got tony") is read here too.
 *
 * Read so: a verb of starting said with "by itself" in the language (toute seule, von alleine, da sola, sama się, tự,
 * 自己, لوحدها, сам), and in the same sentence, before or after, someone at it: inside it, a hand or an arm in it,
 * cleaning, repairing, clearing it, or its maintenance. A machine that starts by itself with nobody at it (a laptop,
 * a printer, a coffee maker, a robot vacuum, "personne n'était à côté") is not this. Folded text (no accents, lower
 * case), every gap bounded; Cyrillic and Arabic words are bounded by letters, not `\b` (ASCII only).
 * Tests: test/unit/analysis/urgency-att46-u48a.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,60}?`;
// Either order: started by itself, then someone at it; or someone at it, then started by itself.
const either = (self: string, person: string): string =>
  `(?:${self})${GAP}(?:${person})|(?:${person})${GAP}(?:${self})`;

// French: "s'est mise en marche toute seule", "a redémarré tout seul", "s'est allumée d'elle-même".
const FR_SELF = String.raw`\b(?:start|starte|startee?s?|mise?s? en (?:marche|route)|remise?s? en (?:marche|route)|allumee?s?|demarree?s?|redemarree?s?|lancee?s?|relancee?s?|activee?s?|enclenchee?s?|mise?s? a tourner|partie?s?|repartie?s?|descendue?s?|refermee?s?|fermee?s?|tourne|bouge|demarre|redemarre|allume|descend|se met en marche|se lance|se ferme) (?:toute? seule?s?|tout seuls?|toutes seules|d'elle-? ?meme|de lui-? ?meme|d'eux-? ?memes|sans (?:prevenir|raison|que personne)|sans qu'on)\b`;
const FR_PERSON = String.raw`\b(?:pendant|alors qu|quand|lorsqu|tandis qu|avec|en plein|au milieu)\w*\b[^.!?\n]{0,50}?\b(?:dessus|dessous|nettoy\w*|repar\w*|maintenance|entretien|depann\w*|debourr\w*|decoinc\w*|changeais|changeait|changer l'outil|dedans|a l'interieur|sa main|la main|ses mains|les mains|mes mains|ma main|les doigts|ses doigts|mes doigts|le bras|son bras|mon bras|quelqu'?un (?:dedans|a l'interieur|dessous))\b|\b(?:quelqu'?un|qqn|il|elle|un collegue|l'operateur|le technicien) (?:etait |est |etaient )?(?:encore |toujours )?(?:dedans|a l'interieur|dessous|coince)\b`;

// German: "ist von alleine angegangen", "lief plötzlich von selbst an", "hat sich von selbst eingeschaltet".
const DE_BY_ITSELF = String.raw`(?:von (?:alleine?|allein|selbst|selber)|ganz alleine?)`;
const DE_SELF = String.raw`\b${DE_BY_ITSELF}(?: \w+)? (?:angegangen|angelaufen|angesprungen|losgelaufen|losgegangen|angefahren|gestartet|eingeschaltet|angeschaltet|runtergekommen|runtergefahren|zugefahren|zugegangen|bewegt|an|los|runter|zu)\b|\b(?:startete|startet|lief|lauft|laeuft|sprang|springt|ging|geht|fuhr|fahrt|schaltete sich|schaltet sich|bewegte sich|bewegt sich|setzte sich|kam|kommt)(?: \w+){0,2} ${DE_BY_ITSELF}\b`;
const DE_PERSON = String.raw`\b(?:wahrend|als|wo|obwohl|mit|bei der|beim)\b[^.!?\n]{0,50}?\b(?:drin|drinnen|darin|innen|reinigte|reinigt|gereinigt|sauber gemacht|sauber machte|saubermachte|sauber machten|putzte|reparierte|repariert|wartung|reinigung|reparatur|hand|hande|haende|arm|finger|jemand)\b|\b(?:hand|hande|haende|arm|finger|jemand|ein kollege|der kollege|er|sie) (?:war|waren|ist|steckte|stand|lag)(?: \w+)? (?:noch )?(?:drin|drinnen|darin|dazwischen|im gerat|in der maschine)\b`;

// Italian: "si è accesa da sola", "è partito da solo", "si è messo in moto da solo".
const IT_SELF = String.raw`\b(?:acces[oaie]|avviat[oaie]|partit[oaie]|ripartit[oaie]|mess[oaie] in (?:moto|funzione)|rimess[oaie] in (?:moto|funzione)|attivat[oaie]|moss[oaie]|chius[oaie]|richius[oaie]|sces[oaie]|accende|avvia|parte|riparte|mette in moto|muove|chiude|scende) (?:\w+ )?da (?:sol[oaie]|se|se stess[oa])\b`;
const IT_PERSON = String.raw`\b(?:mentre|quando|con|durante)\b[^.!?\n]{0,50}?\b(?:puliv\w*|pulend\w*|pulizia|ripar\w*|manutenzione|dentro|la mano|le mani|mano dentro|il braccio|le dita|qualcuno|sbloccav\w*|sbloccando|cambiav\w*|ci lavorava)\b`;

// Polish: "sama się uruchomiła", "prasa sama ruszyła", "włączyła się sama".
const PL_START = String.raw`(?:uruchomil\w*|uruchamia\w*|wlaczyl\w*|wlacza\w*|ruszyl\w*|rusza|zalaczyl\w*|odpalil\w*|zjechal\w*|zamknal\w*|zamknel\w*|opadl\w*|opada|poszl\w*|poszedl|zadzialal\w*)`;
const PL_SELF = String.raw`\bsam[aoi]?(?: sie)? ${PL_START}|\b${PL_START}(?: sie)? sam[aoi]?\b`;
const PL_PERSON = String.raw`\b(?:z kims|ktos|kiedy|jak|gdy|podczas|w trakcie|a)\b[^.!?\n]{0,50}?\b(?:w srodku|wewnatrz|czyscil\w*|czysci\w*|czyszczeni\w*|naprawial\w*|naprawy|naprawie|konserwacj\w*|serwis\w*|reke|reka|rece|palce|palec|ramie)\b`;

// Vietnamese (folded): "tự chạy", "tự khởi động", "bỗng nhiên chạy". Not "tự động" alone: automatic.
const VI_SELF = String.raw`\b(?:tu|bong nhien|tu nhien|dot nhien) (?:chay|khoi dong|bat|hoat dong|quay|chuyen dong|dong lai|dap|dap xuong|ep xuong|ha xuong|sap xuong|van hanh)\b`;
const VI_PERSON = String.raw`\b(?:khi|luc|trong luc|trong khi|dang|ma)\b[^.!?\n]{0,50}?\b(?:ben trong|o trong|trong may|sua|sua chua|ve sinh|lau chui|lau may|bao tri|bao duong|tho tay|tay|thay dao|thay khuon|co nguoi|go ket|lay hang)\b`;

// Chinese: "自己启动了", "突然转起来了", with someone inside, a hand in it, or while it was cleaned or repaired.
const ZH_SELF = String.raw`(?:自己|自行|突然|莫名其妙地?|无缘无故地?)(?:就|又)?(?:启动|开动|动了|动起来|转了|转起来|运转|运行|开了|开起来|落下|压下|合上|下来|转动)`;
const ZH_PERSON = String.raw`里面有人|有人在里面|人还在里面|人在里面|手还在|手在里面|手伸进|胳膊|手指|正在(?:清理|维修|检修|修理|保养|清洁)|在(?:清理|维修|检修|保养|修理|清洁)|(?:清理|维修|检修|保养|修理|清洁)(?:的)?(?:时候|时)|还在里面|还在上面|有人在上面|人在上面|站在上面`;
const ZH = `(?:${ZH_SELF})[^。！？\\n]{0,30}?(?:${ZH_PERSON})|(?:${ZH_PERSON})[^。！？\\n]{0,30}?(?:${ZH_SELF})`;

// Arabic (folded: no hamza on alef, ta marbuta as ha): "اشتغلت لوحدها وهو يصلحها", "اشتغل لحاله وقت الصيانه".
const AR_START = String.raw`(?:اشتغل|اشتغلت|اشتغلو|تشغل|تشغلت|دارت|دار|شغاله|تحرك|تحركت|نزل|نزلت|قفل|قفلت|سكرت|اشتغلت فجاه)`;
const AR_SELF = String.raw`${AR_START} (?:لحال(?:ها|ه|هم)|لوحد(?:ها|ه|هم)|من حال(?:ها|ه)|بنفس(?:ها|ه)|من نفس(?:ها|ه)|فجاه|لحاله)`;
const AR_PERSON = String.raw`(?:و(?:هو|هي|انا|احنا|هم)|لما|وقت|اثناء|خلال)[^.!?\n]{0,30}?(?:ي|ت|ن|ب|بي|بت|بن|عم ي|عم ت|عم ن)?(?:صلح|نظف|نضف|يصلح|ينظف)|(?:وقت|اثناء|خلال|في وقت) (?:ال)?(?:صيانه|تنظيف|تصليح)|(?:جواها|جواه|جوا الماكينه|جوا المكنه|جوه|داخلها|بداخلها|فيها حد|فيها واحد|ايده جوا|ايدو جوا|يده داخل|ايده فيها)`;

// Ukrainian and Russian: "сам запустився", "увімкнувся сам", "сам включился", with someone inside, a hand, repair.
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}])`;
const CY_START = String.raw`(?:запустив\p{L}*|запустил\p{L}*|увімкнув\p{L}*|увімкнул\p{L}*|ввімкнув\p{L}*|включив\p{L}*|включил\p{L}*|запрацював\p{L}*|заработал\p{L}*|рушив|рушила|поїхав\p{L}*|поехал\p{L}*|тронул\p{L}*|опустив\p{L}*|опустил\p{L}*|закрив\p{L}*|закрил\p{L}*|пішов|пішла|пошел|пошла|крутнув\p{L}*|провернул\p{L}*|провернув\p{L}*)`;
const CY_SELF = String.raw`${NOT_LETTER_BEFORE}(?:сам|сама|само|сами|самі)\s(?:\p{L}+\s)?${CY_START}|${NOT_LETTER_BEFORE}${CY_START}\s(?:\p{L}+\s)?(?:сам|сама|само|сами|самі)${NOT_LETTER_AFTER}|${NOT_LETTER_BEFORE}${CY_START}\s(?:сам по собі|сам собою|сам собой|сама по собі)`;
const CY_PERSON = String.raw`${NOT_LETTER_BEFORE}(?:коли|поки|під час|пока|когда|во время|а|і|и)\s[^.!?\n]{0,40}?(?:всередині|внутри|чистив\p{L}*|чистил\p{L}*|чистила|ремонт\p{L}*|обслуговуванн\p{L}*|обслуживани\p{L}*|рука|руку|руки|пальці|пальцы|людина|человек)${NOT_LETTER_AFTER}`;

// Hindi (folded: nasal dots dropped, long vowels short): "मशीन अपने आप चालू हो गई", a hand or a worker inside.
const HI_SELF = String.raw`(?:अपने आप|खुद ब खुद|खुद से|अचानक)\s(?:\S+\s){0,2}?(?:चालू|चल|शुरू|स्टार्ट|घूम)`;
const HI_PERSON = String.raw`(?:अंदर|भीतर|हाथ|फंस|सफाई|साफ कर|ठीक कर|मरम्मत|ऊपर)`;

// English beside machines-starting-by-themselves.ts: the machine hit someone, or nearly got them.
const EN_MACHINE = String.raw`\b(?:mixers?|conveyors?|belts?|press(?:es)?|augers?|saws?|rollers?|compactors?|machines?|grinders?|slicers?|balers?|shredders?|lathes?|cutters?|robots?|robot arms?|blades?|crushers?|arms?|packers?|palletizers?|wrappers?|cranes?|hoists?|doors?|gates?|line)\b`;
const EN_SELF = String.raw`\b(?:start|turn|kick|switch|power|fire|spin|cycle|run|move|swing|jerk|lurch)(?:s|ed|ing|d)?(?: (?:up|on|back on|back up|moving|running|spinning|turning))? (?:(?:all|just|completely) )?(?:on (?:its|it's|their) own|by (?:itself|themselves|it self)|out of nowhere|without warning|for no reason)|\brestart(?:s|ed)? on (?:its|it's) own\b`;
const EN_STRUCK = String.raw`\b(?:hit|struck|smacked|slammed into|crushed|pinned|clipped|caught|grabbed|knocked (?:down|over)?|almost got|nearly got|almost hit|nearly hit|almost took|nearly took|almost crushed|nearly crushed) (?:the |a |an |our |my |one of the |two of the )?(?:operator|worker|guy|tech|technician|mechanic|cleaner|man|woman|lady|person|temp|colleague|coworker|co-worker|picker|driver|new guy|apprentice|him|her|me|someone|somebody|[a-z]{3,12}(?= (?:cleaning|fixing|who|in|on|at|and|,)|$))\b`;
const EN = String.raw`${EN_MACHINE}${GAP}(?:${EN_SELF})${GAP}(?:${EN_STRUCK})`;

// Portuguese beside u46a's: "ligou do nada enquanto eu limpava".
const PT_SELF = String.raw`\b(?:ligou|ligava|liga|disparou|arrancou|partiu|rodou|girou|desceu|fechou|comecou a (?:rodar|girar|andar)) (?:do nada|de repente|por conta propria|sem ninguem ligar)\b`;
const PT_PERSON = String.raw`\b(?:enquanto|quando)\b[^.!?\n]{0,40}?\b(?:limpava|limpando|consertava|consertando|mexia|desentupia|trocava|dentro|a mao|o braco|os dedos)\b|\bcom (?:alguem|o rapaz|ele|ela|[a-z]{2,12}) dentro\b`;

const MACHINE_ABROAD = lazyPattern(
  foldPattern(
    [
      either(FR_SELF, FR_PERSON),
      either(DE_SELF, DE_PERSON),
      either(IT_SELF, IT_PERSON),
      either(PL_SELF, PL_PERSON),
      either(VI_SELF, VI_PERSON),
      ZH,
      either(AR_SELF, AR_PERSON),
      either(CY_SELF, CY_PERSON),
      EN,
      either(PT_SELF, PT_PERSON),
      either(HI_SELF, HI_PERSON),
    ]
      .map((source) => `(?:${source})`)
      .join('|'),
  ),
  'u',
);

// A device of the home or the office that turns itself on while someone cleans the room is no machine on someone: "la
// radio s'est allumée toute seule pendant que je nettoyais la cuisine". Looked for in what matched and just before it.
const DEVICE = lazyPattern(
  foldPattern(
    String.raw`\b(?:radio|tv|tele|televis\w*|telewizor\w*|fernseh\w*|laptop|ordinateur|ordi|computer|pc|drucker|imprimante|stampante|drukarka|printer|telefon|phone|portable|handy|cellulare|lampe|licht|light|lights|lumiere|luce|swiatlo|kaffeemaschine|cafetiere|caffettiera|macchinetta|ekspres|aspirateur|aspirapolvere|staubsauger|odkurzacz|vacuum|alarm clock|reveil|wecker|sveglia|may tinh|dien thoai|tivi|bong den|quat)\b|电脑|电视|手机|打印机|灯|التلفزيون|التلفاز|الكمبيوتر|اللابتوب|الراديو|الضو|التلفون|(?<![\p{L}])(?:телевізор|телевизор|ноутбук|комп'ютер|компьютер|радіо|радио|світло|свет|принтер|телефон)`,
  ),
  'u',
);

/** Whether the folded text tells, in one of the languages above, a machine starting by itself with someone at it. */
export function tellsMachineStartingAbroad(folded: string): boolean {
  const found = MACHINE_ABROAD.get().exec(folded);
  if (!found) return false;
  return !DEVICE.get().test(folded.slice(Math.max(0, found.index - 40), found.index + found[0].length));
}
