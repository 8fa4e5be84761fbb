/*
 * An invitation teased with regret is no threat: "you'll regret it if you miss the barbecue after work", "tu vas le
 * regretter si tu ne viens pas au resto", "du wirst es bereuen, wenn du nicht mit zum Grillen kommst", "下班不来聚餐你会
 * 后悔的". Each language's veiled threat tied to the end of a shift ("you'll regret it after work") already leaves such
 * an invitation alone, but the frames (a hurt + after work) and the learned model still read the regret. So the words
 * from the regret to the outing are passed over as an idiom (UrgencyLanguage.benign), only when the same clause says
 * "if you don't come" and names something people go to together. "You'll regret it if you tell HR, I'll be waiting in
 * the car park" names no outing and is still read.
 */

interface Invitation {
  /** "You'll regret it". */
  regret: string;
  /** "If you don't come / miss it". */
  ifNot: string;
  /** An outing: a meal, drinks, a party, a match. */
  outing: string;
}

const INVITATIONS: Record<string, Invitation> = {
  en: {
    regret: String.raw`(?:you'?ll|you will|you'?re (?:going to|gonna)|you gonna|u'?ll|you'?d|ur gonna) regret (?:it|missing (?:it|out|this))`,
    ifNot: String.raw`if (?:you|u|ya) (?:don'?t|do not|dont|miss|skip|won'?t|aren'?t|can'?t|bail)|(?:not|never) (?:coming|joining)`,
    outing: String.raw`barbecue|bbq|drinks|party|dinner|lunch|meal|curry|pizza|quiz|karaoke|bowling|night out|social|picnic|breakfast|brunch|pub|bar|cake|five-a-side|fun run|bake sale|team building|outing|trip|match|game`,
  },
  es: {
    regret: String.raw`(?:te vas|se van|te va|os vais) a arrepentir|te arrepentiras|os arrepentireis`,
    ifNot: String.raw`si no (?:vienes|vas|te apuntas|sales|te vienes|vienen|venis)|si te (?:lo )?pierdes`,
    outing: String.raw`cena|comida|almuerzo|cervezas?|birras?|copas?|fiesta|partido|pelicula|karaoke|asado|barbacoa|parrillada|pizza|tapas|cafe|desayuno|quedada`,
  },
  fr: {
    regret: String.raw`tu vas (?:le )?regretter|tu le regretteras|vous allez (?:le )?regretter|tu regretteras|vous le regretterez`,
    ifNot: String.raw`si (?:tu|vous) (?:ne )?(?:viens|vas|passes|venez|allez) pas|si (?:tu|vous) (?:rates|loupes|ratez|loupez)`,
    outing: String.raw`resto|restaurant|pot|apero|soiree|bieres?|verre|fete|match|film|karaoke|barbecue|bbq|diner|dejeuner|raclette|pique-nique|petit-dej\w*`,
  },
  de: {
    regret: String.raw`(?:du wirst|ihr werdet|wirst du) es (?:\w+ )?bereuen|das wirst du (?:\w+ )?bereuen`,
    ifNot: String.raw`wenn (?:du|ihr) (?:\w+ ){0,4}nicht (?:\w+ ){0,3}(?:kommst|mitkommst|kommt|mitkommt|dabei bist|gehst)|wenn (?:du|ihr) (?:das |den |die )?(?:verpasst|ausfallen lasst)`,
    outing: String.raw`grill\w*|feier|party|bier|kneipe|essen|abendessen|mittagessen|film|kuchen|karaoke|weihnachtsfeier|betriebsfeier|sommerfest|stammtisch|pizza|fussball|bowling|kegeln`,
  },
  pt: {
    regret: String.raw`(?:voce |vc |tu )?(?:vai|vao) se arrepender|(?:voce |vc )?se arrependera`,
    ifNot: String.raw`se (?:voce |vc |tu )?(?:nao|num) (?:for|vier|aparecer|colar)|se (?:voce |vc )?perder`,
    outing: String.raw`churrasco|festa|happy hour|cerveja|breja|jogo|pizza|jantar|almoco|confraternizacao|bar|resenha|pelada|cafe`,
  },
  it: {
    regret: String.raw`te ne pentirai|ve ne pentirete|ti pentirai`,
    ifNot: String.raw`se non (?:vieni|vai|venite|ci sei)|se (?:te lo |ti )?perdi`,
    outing: String.raw`aperitivo|apericena|cena|pranzo|pizza|festa|birra|partita|karaoke|grigliata|calcetto|colazione`,
  },
  pl: {
    regret: String.raw`pozalujesz|pozalujecie|bedziesz (?:tego )?zalowac|bedziesz (?:tego )?zalowal\w*`,
    ifNot: String.raw`(?:jak|jesli|jezeli) nie (?:przyjdziesz|pojdziesz|wpadniesz|bedziesz|przyjdziecie)`,
    outing: String.raw`piw\w*|imprez\w*|grill\w*|kolacj\w*|obiad\w*|mecz\w*|pizz\w*|wigili\w*|ognisk\w*`,
  },
  tl: {
    regret: String.raw`magsisisi (?:ka|kayo)|pagsisisihan mo`,
    ifNot: String.raw`(?:kapag|pag|kung) (?:di|hindi) (?:ka|kayo) (?:sumama|sasama|pumunta|pupunta|dumalo)`,
    outing: String.raw`inuman|kainan|party|handaan|videoke|karaoke|gimik|liga|salu-salo|hapunan|tanghalian|outing`,
  },
  vi: {
    regret: String.raw`(?:se )?hoi han`,
    ifNot: String.raw`neu (?:ban |may |em |anh |chi )?(?:khong|ko) (?:di|den|toi|tham gia)|neu bo lo`,
    outing: String.raw`an|an uong|nhau|tiec|karaoke|lien hoan|an toi|da bong|ca phe|cafe|di choi|buffet|lau`,
  },
  zh: {
    regret: String.raw`会后悔|會後悔|后悔|後悔`,
    ifNot: String.raw`不来|不來|不去|错过|錯過`,
    outing: String.raw`聚餐|聚会|聚會|烧烤|燒烤|唱歌|喝酒|吃饭|吃飯|团建|團建|火锅|火鍋|年会|年會`,
  },
  ar: {
    regret: String.raw`ستندم|راح تندم|رح تندم|بتندم|حتندم`,
    ifNot: String.raw`اذا لم تات|اذا ما (?:اجيت|جيت|رحت|تيجي)|لو ما (?:اجيت|جيت|رحت)|اذا فاتك|لو فاتك`,
    outing: String.raw`العشاء|عشا|الغداء|غدا|حفله|عزيمه|سهره|مشاوي|الشواء|مباراه|القهوه|طلعه`,
  },
};

/**
 * A language's idiom source (for its `benign` list) for an invitation teased with regret, in any order: the regret,
 * then "if you don't come" and the outing; "if you don't come to" the outing, then the regret; or the outing, then the
 * regret, then "if you don't come". None for a language
 * without one.
 */
export function invitation(code: string): string | undefined {
  const words = INVITATIONS[code];
  if (!words) return undefined;
  const han = code === 'zh';
  const latin = code !== 'zh' && code !== 'ar';
  const [open, close] = latin ? [String.raw`\b`, String.raw`\b`] : ['', ''];
  const any = han ? '[^。！？!?]' : '[^.!?؟]';
  const regret = `${open}(?:${words.regret})${close}`;
  const ifNot = `${open}(?:${words.ifNot})${close}`;
  const outing = `${open}(?:${words.outing})${close}`;
  return `${regret}(?=${any}{0,60}${ifNot})${any}{0,100}?${outing}|${ifNot}${any}{0,60}?${outing}${any}{0,60}?${regret}|${outing}${any}{0,60}?${regret}(?=${any}{0,60}${ifNot})`;
}
