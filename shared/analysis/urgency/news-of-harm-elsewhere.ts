import { lazyPattern } from '../lazy-pattern';

/*
 * News of a fire or an accident somewhere else, outside English (att57 C1, helper u58c): "j'ai vu aux infos qu'il y
 * a eu un incendie dans une usine à lyon", "ho visto al tg che c'è stato un incendio in una fabbrica a milano",
 * "hubo un incendio en la fábrica de al lado según las noticias", "czytałem że w fabryce w łodzi był pożar". It
 * reports nothing for anyone here to act on, so the safety rules and the model's safety do not read that sentence.
 *
 * Only a sentence that itself says it is news (seen or read on the news, the TV, the paper, online; not the radio, which at work is a two-way radio) and
 * says nothing of here, now or ours ("vi en las noticias que se quema nuestra planta", "aux infos, c'est chez nous,
 * mon frère est dedans": ours, here or someone known inside keep it read). Folded text (normalise.ts). "La prensa" is not here: in Spanish it is the press
 * machine as often as the papers. Each part is a fixed word list, so the patterns are linear. Tests: test/unit/analysis/urgency-u58c-news-questions-jokes.test.ts.
 */

// Said to be news: es, fr, pt, it, de, pl, tl, vi, zh.
const NEWS = String.raw`\b(?:(?:en|por) (?:las|los) (?:noticias|noticieros?|periodicos?|diarios?)|(?:en|por) el (?:noticiero|telediario|periodico|diario|informativo)(?! de (?:obra|turno|trabajo))|(?:en|por) la (?:tele|television)|segun (?:las noticias|el periodico|la tele)|(?:vi|vieron|viste|lei|leiste|escuche|oi) (?:en )?(?:las )?noticias|noticias? de(?:l)? (?:incendio|accidente|explosion)|aux infos|au journal(?: televise| de \d+h)?|a la (?:tele|tv|television)|dans le journal(?! de (?:bord|poste|quart))|(?:dans|sur) les (?:infos|journaux|actus|actualites)|sur (?:bfm|franceinfo|internet)|(?:no|pelo) (?:jornal|noticiario)|nas noticias|na (?:tv|televisao|tele)|(?:al|nel|dal) (?:tg|telegiornale|giornale|notiziario)|(?:nelle|dalle) (?:notizie|news)|(?:alla|in) (?:tv|tele|televisione)|sul giornale|ho letto|(?:lei|leimos) (?:que|en)|j'ai lu|on a lu|(?:eu )?li (?:que|no)|(?:ich )?(?:habe|hab) (?:\w+ )?gelesen|(?:prze)?czytal(?:em|am|es|ismy)|slyszal(?:em|am) w|(?:in|aus) den nachrichten|(?:im|aus dem) (?:fernsehen|tv)|in der zeitung|(?:in der |in den )?tagesschau|w (?:wiadomosciach|telewizji|tv|gazecie|necie|internecie|faktach|wydarzeniach)|(?:sa|nasa) (?:balita|tv|news|dyaryo)|nabalitaan|napabalita|(?:tren|xem|doc|nghe) (?:tin tuc|thoi su|bao|ti ?vi|tv)(?! nhan)|doc bao|xem tin(?! nhan))\b|看新闻|新闻(?:上|说|里)|报道`;
// Here, now, ours, or someone known: the sentence is then a report and stays read.
const HERE_OR_OURS = String.raw`\b(?:aqui|aca|ahora|ahorita|todavia|sigue|siguen|nuestr[oa]s?|mi (?:trabajo|turno|companero|compa|hermano|hermana|esposo|esposa|padre|madre|hijo|hija)|la nave|nuestra? planta|ici|maintenant|encore|notre|nos|chez nous|mon (?:frere|pere|mari|fils|collegue)|ma (?:soeur|mere|femme|fille|collegue)|dedans|agora|ainda|nosso|nossa|meu (?:irmao|pai|marido|filho|colega)|minha (?:irma|mae|esposa|filha|colega)|adesso|ancora|nostr[oaie]|da noi|mio (?:fratello|padre|marito|figlio|collega)|mia (?:sorella|madre|moglie|figlia|collega)|hier|jetzt|gerade|noch|unser\w*|bei uns|mein (?:bruder|vater|mann|sohn|kollege)|meine (?:schwester|mutter|frau|tochter|kollegin)|tutaj|teraz|nadal|wciaz|nasz\w*|u nas|moj (?:brat|ojciec|maz|syn|kolega)|moja (?:siostra|matka|zona|corka|kolezanka)|dito|ngayon|namin|natin|kapatid ko|o day|bay gio|cua chung ta|cong ty minh|xuong minh)\b|我们|这里|现在|我哥|我姐|我弟|我妹`;

const NEWS_PATTERN = lazyPattern(NEWS, 'u');
const HERE_PATTERN = lazyPattern(HERE_OR_OURS, 'u');
// Sentences end at these marks; a line break ends one too.
const SENTENCE = /[^.!?;\n。！？；]+[.!?;\n。！？；]*/gu;

/** The folded text with each sentence that is only news of elsewhere blanked; the text itself when none is. */
export function withoutNewsOfHarmElsewhere(folded: string): string {
  if (!NEWS_PATTERN.get().test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    NEWS_PATTERN.get().test(sentence) && !HERE_PATTERN.get().test(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}
