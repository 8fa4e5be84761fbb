import { LANGUAGES } from './languages';
import { possibleMatchStored } from './stored-conditions';
import { foldPattern } from './normalise';
import { PUT_OUT } from './put-out';

/*
 * A hazard reported as already dealt with: "the gas leak from last week has
 * been fixed", "la fuga ya fue reparada", "上周的煤气泄漏已经修好了". Such a
 * clause is history, not something to act on today, so the safety rules do
 * not read it. It stays urgent when the same sentence says the hazard is
 * back or still there ("fixed last week but leaking again"), when the
 * repair is denied, wished for or future ("still hasn't been fixed", "needs
 * to be repaired", "when will it be fixed?"), or when what was removed is a
 * safety device ("they removed the guard from the saw").
 *
 * Only safety is affected: harassment or fraud "dealt with" by a manager is
 * still for someone to check.
 */

// Words saying a hazard was repaired or cleared, per language (folded).
const RESOLVED = [
  // en ("signed it off", "was the new stove being tested": blind round 24; "all actions closed": blind round 25)
  // (a vehicle or machine "taken out of service and tagged": blind round 27; a frayed lead "was binned", a cracked
  // ladder "was thrown away": buried39's calm look-alikes)
  String.raw`\b(?:(?:taken|took|pulled|put|removed) (?:it |them )?out of (?:service|use)|(?:was|were|got|been) (?:binned|thrown (?:away|out)|scrapped|chucked (?:away|out)|disposed of)|(?:was|were|got|been) handled(?: well| fast| quickly)?|re-?stocked|refilled|replenished|topped up|tagged (?:out|off)|locked out and tagged|quarantined|(?:all )?(?:the )?(?:actions?|items?|findings?|recommendations?) (?:are |were |now )?(?:closed(?: out)?|completed?|done|signed off)|closed out|signed (?:it |them |the \w+ )?off|(?:was|were) (?:just )?(?:the|a|our) (?:new )?[\w-]+ being (?:tested|commissioned|serviced|calibrated)|fixed|repaired|mended|re-?fit(?:ted)?|re-?install(?:ed)?|re-?attach(?:ed)?|re-?mounted|re-?bolted|(?:bolted|screwed|fitted|clipped) (?:it |them |the \w+ )?back(?: on| in| up)?|(?:(?:has|have|had|'s|s) been |(?:they|we|he|she|maintenance|engineering|someone) )?put (?:it |them |the \w+ )?back (?:on|in place)(?=\s*$|[.,;!]| (?:now|again|this|today|yesterday|and|so|all|properly|straight away))|(?:is|are|was|were) back in place|patched(?: up)?|sorted(?: out)?|resolved|cleared(?: away| up)?|cleaned up|unblocked|replaced|taken care of|dealt with|sealed|mopped(?: up)?|gritted|salted|(?:put|laid|placed) (?:\w+ ){0,2}(?:mats|matting|grit|salt|absorbent|granules|anti-?slip \w+) (?:down|out)|working (?:again|fine|properly)|works (?:again|fine)|(?<!\b(?:put|puts|putting|placed|threw|throw|thrown|stuck|sticks|stick|loaded|load|loads) (?:it|them|\w+) |\bthe )back on(?! (?:with|while|whilst|before|without|despite|even|though|although|until|and (?:the|its|their) \w+ (?:is|are|was|were) (?:still|not)))|back to normal|(?:all |fully |completely |long )?(?:healed|recovered)(?: up| now| since)?|(?:is|are|'s|s|hes|shes) (?:doing|recovering) (?:great|fine|well|ok|okay|better|good)|back to (?:full )?(?:fitness|health)|(?:got|bought|received|were given|have|has) (?:a |some )?(?:brand )?new ones?|shored(?: up)?|propped up|(?:reinforced|braced|fenced off|barriered off|railed off)|(?:new |proper |a |an |the )(?:\w+ )?(?:guards?|guarding|guard ?rails?|railings?|handrails?|barriers?|fencing|edge protection|netting|shoring|supports?|interlocks?|covers?|lids?|grates?|mats?|lighting) (?:(?:was|were|got|has been|have been|had been) )?(?:went|go(?:es)?|put|fitted|installed|added|bolted|built) ?(?:on|up|in)?|(?:fitted|installed|added|put (?:on|up|in)|bolted on|built) (?:a |an |the |new |proper |some )+(?:\w+ )?(?:guards?|guarding|guard ?rails?|railings?|handrails?|barriers?|fencing|edge protection|netting|shoring|supports?|interlocks?|covers?|lids?|grates?)|(?:put|fitted|installed) (?:\w+ ){0,2}(?:edge protection|guard ?rails?|railings?|barriers?|shoring|netting) (?:on|up|in)|since\b[^.!?;]{0,60}\b(?:(?:there (?:have|has) been|we(?:'ve| have)? had|had) )?(?:zero|no|not (?:a single|one)) (?:more |further |other )?(?:incidents?|accidents?|injur(?:y|ies)|near misses|problems?|issues?)|(?:zero|no|not (?:a single|one)) (?:more |further |other )?(?:incidents?|accidents?|injur(?:y|ies)|problems?|issues?) (?:ever )?since|(?:it'?s|it has|has) been (?:fine|ok|okay|safe|good) (?:ever )?since|(?:has|have|'s) (?:worked|held up|been working) (?:great|fine|well|perfectly)(?: ever)? since|(?:is|are) fine now|no longer (?:a problem|an issue|leaking|sparking|blocked))\b`,
  // es
  String.raw`\b(?:vuelto a (?:poner|colocar|montar|instalar)|volvieron a (?:poner|colocar|montar|instalar)|reinstalad[oa]s?|recolocad[oa]s?|(?:repuest[oa]s?|puest[oa]s? de nuevo)|arreglad[oa]s?|reparad[oa]s?|solucionad[oa]s?|resuelt[oa]s?|despejad[oa]s?|desbloquead[oa]s?|reemplazad[oa]s?|sustituid[oa]s?|cambiad[oa]s?|retirad[oa]s?|(?:ya )?funciona(?:n)? (?:de nuevo|otra vez|bien)|volvio a funcionar|no ha (?:pasado nada mas|vuelto a pasar|habido (?:mas |ningun |ni un )?(?:accidentes?|incidentes?|problemas?))|(?:ningun|ni un) (?:accidente|incidente) (?:mas|desde)|(?:pusieron|instalaron|colocaron|montaron) (?:\w+ )?(?:barandillas?|protecciones|proteccion|vallas?|resguardos?|barreras?|redes|apuntalamiento|carcasas?)|(?:arreglaron|repararon|solucionaron|resolvieron|despejaron|desbloquearon|cambiaron|sustituyeron|quitaron|retiraron|limpiaron|arreglo|reparo|soluciono))\b`,
  // pt
  String.raw`\b(?:recolocad[oa]s?|reinstalad[oa]s?|(?:colocad[oa]s?|post[oa]s?) de volta|(?:recolocaram|reinstalaram|puseram de volta|colocaram de volta)|consertad[oa]s?|vedou|vedaram|vedad[oa]s?|reparad[oa]s?|arrumad[oa]s?|resolvid[oa]s?|desobstruid[oa]s?|desbloquead[oa]s?|substituid[oa]s?|trocad[oa]s?|removid[oa]s?|retirad[oa]s?|voltou a funcionar|(?:nao (?:teve|houve|tivemos|aconteceu) mais|nunca mais (?:teve|houve|aconteceu)) (?:nenhum |nada|um )?(?:acidentes?|incidentes?|problemas?)?|nenhum (?:acidente|incidente) desde|(?:colocaram|instalaram|puseram|botaram) (?:\w+ )?(?:protecao|protecoes|grade|grades|guarda-corpo|corrimao|barreiras?|telas?)|funciona(?:m)? (?:de novo|bem)|foi pro lixo|foram pro lixo|(?:jogad[oa]s?|jogaram|jogamos) fora|(?:consertaram|arrumaram|repararam|resolveram|trocaram|substituiram|tiraram|removeram|limparam|desobstruiram|consertou|arrumou|resolveu))\b`,
  // fr
  String.raw`\b(?:remis(?:e|es)? en place|remont(?:e|ee|es|ees)|reinstall(?:e|ee|es|ees)|refix(?:e|ee|es|ees)|repar(?:e|ee|es|ees)|regl(?:e|ee|es|ees)|resolu[es]?|degag(?:e|ee|es|ees)|debloqu(?:e|ee|es|ees)|remplac(?:e|ee|es|ees)|enlev(?:e|ee|es|ees)|nettoy(?:e|ee|es|ees)|(?:re)?fonctionne(?:nt)? (?:a nouveau|de nouveau|bien)|remarche(?:nt)?|(?:il n'y a (?:plus )?eu|n'y a plus eu|plus) aucun (?:accident|incident|blesse)|(?:ont|a) (?:installe|pose|mis|ajoute) (?:un |une |des |de nouveaux? |de nouvelles |le |la |les )?(?:\w+ )?(?:garde-corps|carters?|protections?|barrieres?|rambardes?|grilles?))\b`,
  // de
  String.raw`\b(?:wieder (?:angebracht|montiert|angeschraubt|eingebaut|dran|drauf)|(?:wieder )?(?:neu )?montiert worden|repariert|behoben|beseitigt|geklart|erledigt|ausgetauscht|ersetzt|freigeraumt|abgedichtet|entfernt|weggeraumt|funktionier(?:t|en) wieder|geht wieder|laufen? wieder|kein(?:en|e)? (?:\w+ )?(?:unfall|unfalle|vorfall|vorfalle|verletzten?) mehr|(?:neue|neuen|neuer|neues) (?:\w+ )?(?:schutzhaube|schutzgitter|gelander|absperrung|abdeckung|schutzabdeckung|verkleidung) (?:wurde |wurden |ist |sind )?(?:montiert|eingebaut|angebracht|installiert))\b`,
  // it
  String.raw`\b(?:rimontat[oaie]|rimess[oaie] (?:a posto|al suo posto|su)|reinstallat[oaie]|riparat[oaie]|sistemat[oaie]|risolt[oaie]|sostituit[oaie]|rimoss[oaie]|liberat[oaie]|sgomberat[oaie]|sbloccat[oaie]|aggiustat[oaie]|buttat[oaie]|rottamat[oaie]|funziona(?:no)? (?:di nuovo|bene))\b`,
  // pl (an infinitive asks for the fix, "proszę wymienić": it is no fix yet)
  String.raw`\b(?!(?:naprawic|usunac|wymienic|wymieniac|naprawiac|usuwac)\b)(?:naprawi\w*|usuni\w*|wymieni\w*|rozwiazan\w*|udroznion\w*|uprzatni\w*|odblokowan\w*|zalatan\w*|(?:juz|znow|znowu) dziala\w*|dziala(?:ja)? (?:juz|znowu|znow))\b`,
  // vi
  String.raw`\b(?:(?:da|duoc) (?:sua|khac phuc|xu ly|giai quyet|thay|don|don dep|va)|sua xong|sua roi|xu ly xong|(?:da|duoc) mo khoa|hoat dong (?:lai|binh thuong)|het ro ri)\b`,
  // tl
  String.raw`\b(?:naayos|inayos|napalitan|pinalitan|nalinis|nilinis|natanggal|tinanggal|nalutas|naresolba|gumagana na)\b`,
  // zh
  String.raw`(?:修好|修复|修復|已修|修理好|解决了|解決了|处理好|處理好|处理了|處理了|清理了|清理掉|清走了|搬走了|换了新|換了新|更换了|更換了|排除了|恢复正常|恢復正常|已经清除|已經清除|堵上了|补好|補好|处理完|處理完|解决完|解決完|搞定了|扑灭了|撲滅了|灭掉了|滅掉了|(?:已经|已經)(?:灭|滅)了)`,
  // ar
  // The table languages' words, for an English hazard told among them ("gas leak wala issue theek ho gaya"):
  // Hinglish, Indonesian and Malay, Turkish, Dutch, Russian.
  String.raw`\b(?:theek|thik|sahi) (?:ho|kar|karwa) (?:gaya|gya|gayi|gyi|diya|dia|di)\b|\b(?:sudah|udah|telah) (?:\w+ )?(?:diperbaiki|dibenerin|dibetulkan|dibaiki|beres)\b|\b(?:tamir edildi|duzeltildi|giderildi|cozuldu)\b|\b(?:opgelost|gerepareerd|verholpen|teruggeplaatst|weer (?:teruggezet|gemonteerd|vastgezet|erop gezet))\b|(?<!\p{L})(?:устранили|починили|отремонтировали)(?!\p{L})`,
  String.raw`(?<!\p{L})(?:تم (?:اصلاح|تصليح|حل|ازاله|استبدال|تغيير|اغلاق|سد|تنظيف|معالجه)|(?:اصلحوا|صلحوا|صلحو|اصلحو|انصلح|اتصلح|عاد يعمل|رجع يشتغل))`,
  // Thanks for a repair (blind round 29, outside attacker round 29: "thanks for fixing the broken ladder so quickly").
  String.raw`\b(?:thanks?|thank you|cheers|kudos|shout ?out|grateful|props)\b[^.!?\n]{0,30}\bfor (?:\w+ )?(?:fixing|repairing|replacing|sorting(?: out)?|clearing|unblocking|mending|sealing|patching)\b`,
  // The same thanks in es pt fr de it, the repair told with an infinitive (att48 F8, rs51: "gracias al equipo por arreglar
  // la salida de emergencia que estaba bloqueada", "obrigado à manutenção por consertar o extintor").
  String.raw`\b(?:gracias|agradezco|agradecemos|agradecid[oa]s?)\b[^.!?\n]{0,40}\bpor (?:\w+ )?(?:arreglar|reparar|cambiar|reemplazar|sustituir|despejar|desbloquear|limpiar|solucionar|sellar|componer|haber (?:arreglado|reparado|cambiado|despejado|desbloqueado|limpiado|solucionado))\b`,
  String.raw`\b(?:obrigad[oa]s?|agradeco|agradecemos)\b[^.!?\n]{0,40}\bpor (?:\w+ )?(?:consertar|arrumar|reparar|trocar|substituir|desobstruir|desbloquear|limpar|resolver|vedar|ter (?:consertado|arrumado|reparado|trocado|resolvido|desobstruido|limpado))\b`,
  String.raw`\b(?:merci|remercie\w*)\b[^.!?\n]{0,40}\b(?:d'avoir|pour avoir) (?:\w+ )?(?:repare|regle|remplace|change|degage|debloque|nettoye|colmate|resolu)\b`,
  String.raw`\b(?:danke|dank|bedanke)\b[^.!?\n]{0,40}\b(?:fur(?: das| die| den)? (?:\w+ )?(?:reparieren|reparatur|beheben|austauschen|freiraumen|abdichten)|dass (?:\w+ ){0,6}(?:repariert|behoben|ausgetauscht|freigeraumt|abgedichtet) (?:haben|hat|habt|wurde))\b`,
  String.raw`\b(?:grazie|ringrazi\w*)\b[^.!?\n]{0,40}\bper (?:aver|avere) (?:\w+ )?(?:riparat|sistemat|sostituit|liberat|sbloccat|aggiustat|pulit)\w*\b`,
  // A fire put out or a leak sealed (put-out.ts).
  PUT_OUT,
].join('|');

// The hazard is back or still there, in the same sentence; or passed as it is ("the shop signed it off anyway").
const RECURRING = [
  String.raw`\b(?:again|still|anyway|once more|keeps?|kept|(?:is|are|was|were|came|comes?|it's|its) back|returned|recurr\w*|another|re-?appeared|started (?:up )?again)\b`,
  String.raw`\b(?:otra vez|de nuevo|nuevamente|sigue|siguen|todavia|aun|volvio|vuelve|ha vuelto|outra vez|de novo|novamente|ainda|continua|voltou)\b`,
  String.raw`\b(?:encore|a nouveau|de nouveau|toujours|recommence\w*|revenu\w*|revient)\b`,
  String.raw`\b(?:wieder|erneut|immer noch|noch immer|weiterhin|schon wieder)\b`,
  String.raw`\b(?:di nuovo|ancora|continua\w*|tornat\w*|torna)\b`,
  String.raw`\b(?:znowu|znow|ponownie|nadal|wciaz|dalej|jeszcze|wrocil\w*|wraca\w*|powrocil\w*)\b`,
  String.raw`\b(?:lai|van|tiep tuc|nua)\b`,
  String.raw`\b(?:ulit|na naman|pa rin|muli|bumalik)\b`,
  String.raw`\b(?:phir se|fir se|dobara|lagi|masih|tekrar|yine|weer|nog steeds)\b|(?<!\p{L})(?:снова|опять)(?!\p{L})`,
  String.raw`又|再次|还是|還是|仍然|依然|还在|還在|重新|还有|還有`,
  String.raw`مره اخري|مجددا|مره ثانيه|لا يزال|لازال|ما زال|مازال|عاد|رجع`,
].join('|');

// Just before a repair word, a word that denies it or puts it in the future.
const UNDONE = [
  String.raw`n't|\b(?:not|never|yet|nobody|no one|to be|to get|need|needs|needed|should|must|will|would|could|until|unless|if|wait\w*|ask\w*|please|supposed|hope|want|can't|cannot|nothing)\b`,
  String.raw`\b(?:no|nunca|nadie|nada|sin|hay que|debe\w*|tiene que|para|ser|sea|hasta|si|esperando|pedi\w*|nao|ninguem|precisa\w*|tem que)\b`,
  String.raw`\b(?:pas|jamais|personne|rien|faut|doit|doivent|etre|sera|attend\w*|demande\w*|toujours pas)\b`,
  String.raw`\b(?:nicht|nie|niemand|nichts|kein\w*|muss|mussen|soll\w*|werden|wird|bis|wenn|warte\w*)\b`,
  String.raw`\b(?:non|mai|nessuno|niente|deve|devono|bisogna|essere|sara|fino|aspett\w*)\b`,
  String.raw`\b(?:nie|nigdy|nikt|nic|musi|trzeba|powinn\w*|bedzie|az|czekam\w*)\b`,
  String.raw`\b(?:khong|chua|chang|can|phai|doi)\b`,
  String.raw`\b(?:hindi|di|wala|walang|kailangan|dapat|sana|hanggang)\b`,
  String.raw`没|沒|不|未|要|需要|得|等|还没|還沒|什么时候|什麼時候|何时|何時`,
  String.raw`(?<!\p{L})(?:لم|لن|لا|ما|مش|يجب|لازم|متي|حتي|بعد)(?!\p{L})`,
].join('|');

// Safety devices: removing one is the hazard, not its cure.
const DEVICES = LANGUAGES.flatMap((language) => [language.concepts?.guard, language.concepts?.protection])
  .filter((source): source is string => Boolean(source))
  .map(foldPattern)
  .join('|');

/** The repaired-hazard expression's source: its literal condition is stored at build time (stored-conditions.ts). */
export const RESOLVED_SOURCE = foldPattern(RESOLVED);
const RESOLVED_PATTERN = new RegExp(RESOLVED_SOURCE, 'gu');
// Asked first: the expression is 6,600 characters for every language, and V8 compiles it on its first run (about
// 25 ms of CPU on a Lambda's first message); most texts lack every word it needs.
const MAY_BE_RESOLVED = possibleMatchStored(RESOLVED_SOURCE);
const RECURRING_PATTERN = new RegExp(foldPattern(RECURRING), 'u');
const UNDONE_PATTERN = new RegExp(`(?:${foldPattern(UNDONE)})[^.!?;。！？；]{0,24}$`, 'u');
const DEVICE_PATTERN = new RegExp(DEVICES || '(?!)', 'u');
const REMOVAL = new RegExp(
  foldPattern(
    String.raw`remov|retir|quit|tirar|tiraram|enlev|entfernt|rimoss|usuni|tinanggal|natanggal|ازاله|搬走|清走`,
  ),
  'u',
);
// An injury told as just done (en): a repair after it does not make it history.
const FRESH_INJURY =
  /\b(?:hurt|injured|cut|burn(?:t|ed)|broke|crushed|trapped|caught|fell|collapsed|bleeding|electrocuted|shocked|hit|run over|knocked (?:out|down|over))\b[^.!?;]{0,60}\b(?:just now|right now|today|tonight|this (?:morning|afternoon|evening)|(?:an?|one|two|three|few|couple of|\d+) (?:minutes?|mins?|hours?|hrs?) ago)\b|\b(?:just now|today|this (?:morning|afternoon|evening)|(?:an?|one|two|three|few|couple of|\d+) (?:minutes?|mins?|hours?|hrs?) ago)\b[^.!?;]{0,60}\b(?:hurt|injured|cut|burn(?:t|ed)|broke|crushed|trapped|caught|fell|collapsed|bleeding|electrocuted|shocked|hit|run over)\b/u;
// Sentences end at these; within one, a contrast ("but", "pero", "但") starts a new clause.
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;
const CONTRAST = new RegExp(
  foldPattern(
    String.raw`\s*(?:,|，)?\s*\b(?:but|however|pero|sin embargo|(?<!\b(?:teve|houve|tivemos|aconteceu|tem|ha|nada) )mais|mas|porem|aber|jedoch|ma|ale|jednak|nhung|kaso)\b|但是|但|可是|不过|不過|لكن|بس`,
  ),
  'u',
);

/**
 * The folded text with every clause that reports a repaired or cleared hazard
 * blanked out, for the safety rules to read. Returns the text itself when
 * nothing was resolved.
 */
export function withoutResolvedHazards(folded: string): string {
  if (!MAY_BE_RESOLVED(folded)) return folded;
  RESOLVED_PATTERN.lastIndex = 0;
  if (!RESOLVED_PATTERN.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) => {
    if (sentence.trimEnd().endsWith('?') || sentence.trimEnd().endsWith('？')) return sentence;
    const repairs = sentence.replace(RESOLVED_PATTERN, ' ');
    if (repairs === sentence || RECURRING_PATTERN.test(repairs)) return sentence;
    // "The exit was blocked but has been cleared": a sentence that ends on
    // the repair is resolved as a whole. "The leak was patched, but the exit
    // is blocked": only the repaired clause is.
    const clauses = sentence.split(CONTRAST).filter(Boolean);
    // Someone hurt today is not history because the machine was fixed after: "he cut his hand on the saw an hour
    // ago but the guard has been fixed" keeps its injury.
    if (isResolved(clauses[clauses.length - 1] ?? '') && !FRESH_INJURY.test(sentence))
      return ' '.repeat(sentence.length);
    return clauses.map((clause) => (isResolved(clause) ? ' '.repeat(clause.length) : clause)).join(' ');
  });
}

// A clause whose repair word is asserted (not denied or wished for), and does not remove a safety device.
function isResolved(clause: string): boolean {
  RESOLVED_PATTERN.lastIndex = 0;
  for (let match = RESOLVED_PATTERN.exec(clause); match; match = RESOLVED_PATTERN.exec(clause)) {
    if (UNDONE_PATTERN.test(clause.slice(0, match.index))) continue;
    if (REMOVAL.test(match[0]) && DEVICE_PATTERN.test(clause)) continue;
    return true;
  }
  return false;
}
