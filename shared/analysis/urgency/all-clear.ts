/*
 * "No problem", "todo bien", "không có vấn đề gì", "ما فيها مشكلة", "一切正常":
 * a report that something was checked and found fine. Their negation words
 * ("no", "không có", "walang", "ما") also say that a thing is missing, which
 * the frames read as a hazard ("the extinguishers … walang" is a missing
 * extinguisher), so the idiom is read as harmless, like each language's
 * `benign` idioms. Only the idiom: "no problem with the brakes" keeps the
 * brakes, and "the brakes are not a problem, the guard is missing" keeps both.
 */
const ALL_CLEAR: Record<string, string> = {
  en: String.raw`no (?:problems?|issues?|concerns?|faults?) (?:found|at all|whatsoever|there)?|nothing (?:wrong|to report|found)|all (?:good|fine|ok|okay|clear) now|all (?:good|fine|ok|okay|clear)`,
  es: String.raw`(?:sin|ningun|ningunos|ni un) (?:problemas?|fallos?|novedad(?:es)?)|no hay (?:ningun )?problema|todo (?:bien|ok|en orden|correcto)|nada (?:raro|que reportar|que destacar)`,
  pt: String.raw`(?:sem|nenhum) (?:problemas?|defeitos?|novidades?)|nao tem (?:nenhum )?problema|tudo (?:certo|ok|bem|em ordem|normal)`,
  fr: String.raw`(?:aucun|pas de|sans) (?:probleme|souci|defaut|anomalie)s?|rien a (?:signaler|declarer)|tout (?:va bien|est en ordre|est ok|est bon|est conforme)`,
  de: String.raw`(?:keine|ohne) (?:probleme|mangel|beanstandung(?:en)?|befund)|alles (?:in ordnung|ok|okay|gut|bestens)|nichts (?:zu beanstanden|festgestellt|gefunden)`,
  it: String.raw`(?:nessun|senza) (?:problem[ai]|difett[oi]|anomali[ae])|tutto (?:ok|a posto|in ordine|bene|regolare)|niente da segnalare`,
  pl: String.raw`(?:bez|zadnych) (?:problemow|zastrzezen|usterek|uwag)|(?:nigdy )?nie bylo (?:zadnego |zadnych )?(?:problemu|problemow)|wszystko (?:ok|w porzadku|gra|dziala)|nic (?:nie stwierdzono|do zgloszenia)`,
  vi: String.raw`khong (?:co )?(?:van de|loi|su co|hu hong) (?:gi|nao)?|khong sao|moi thu (?:deu )?(?:on|tot|binh thuong)|(?:deu )?binh thuong`,
  tl: String.raw`walang (?:naging )?(?:problema|sira|issue|diperensya)|okay naman lahat|ok naman lahat|maayos naman lahat`,
  zh: String.raw`没(?:有)?(?:什么|任何)?(?:问题|毛病|故障|异常)|沒(?:有)?(?:什麼|任何)?(?:問題|毛病|故障|異常)|一切正常|一切(?:都)?好|都正常`,
  ar: String.raw`(?:ما|مو|مافي|ما في|لا توجد|لا يوجد|ولا) ?(?:في|فيه|فيها|فيهم|اي|أي)? ?(?:مشكله|مشاكل|عطل|اعطال|خلل)|ما صار (?:اي |أي )?(?:مشكله|شي)|كل شي (?:تمام|تمام التمام|سليم|مضبوط)|كله تمام|سليمه|سليم`,
};

/** A language's "nothing wrong" idioms (a source for its `benign` list), or none. */
export function allClear(code: string): string | undefined {
  const idioms = ALL_CLEAR[code];
  // "No problem" that goes on to name one ("aucun problème de harcèlement") is a negation, kept for negation.ts.
  return idioms && `(?:${idioms})(?! (?:${NAMING}) )`;
}
const NAMING = String.raw`de|d'|del|du|des|con|com|with|of|about|mit|bei|di|della|z|ze|ve|ng|sa`;
