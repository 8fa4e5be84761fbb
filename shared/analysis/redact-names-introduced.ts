import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Names in scripts employees write that have no capitals to tell a name by,
 * found where the writer says it is one: "my name is X", "I am X" in
 * Japanese, Korean, Hindi, Thai and Hebrew. Only the cue says so; without
 * one, nothing here is hidden. Where "I am X" is as often "I am a
 * student" (Japanese, Korean), the name must also start with a common
 * surname.
 */

// Characters outside ASCII in the String.raw patterns are written as \u escapes: a raw template cannot be
// escaped by the bundler, and a bundle stays ASCII (docs/performance.md). The comments show them as written.

// Japanese: the commonest surnames (a few hundred cover most people), after "私は", "僕は", "名前は" and before
// "です", "と申します": "私は田中太郎です", "名前は佐々木です". "私は会社員です" (an office worker) is left.
export const JAPANESE_SURNAMES =
  '佐々木|長谷川|五十嵐|久保田|大久保|佐藤|鈴木|高橋|田中|伊藤|渡辺|渡部|山本|中村|小林|加藤|吉田|山田|山口|松本|井上|木村|斎藤|斉藤|清水|山崎|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野|小島|工藤|谷口|今井|高田|丸山|増田|杉山|村田|大塚|小山|平野|藤本|河野|上野|野口|武田|松井|千葉|岩崎|菅原|木下|久保|佐野|野村|松尾|市川|菊地|菊池|杉本|古川|大西|島田|水野|桜井|高野|吉川|山内|西田|飯田|西川|小松|北村|安田|川口|平田|中田|服部|岩田|土屋|川崎|福島|本田|樋口|秋山|田口|永井|山中|中西|吉村|川上|石原|大橋|松岡|馬場|浜田|森本|星野|矢野|浅野|松下|吉岡|小池|野田|荒木|大谷|内藤|松浦|熊谷|黒田|尾崎|永田|川村|望月|田辺|松村|荒井|大石|中尾|西山|足立|林|森|原|関|辻|堀';
const JAPANESE_INTRODUCED = lazyPattern(
  String.raw`(?:(?:\u79c1|\u308f\u305f\u3057|\u50d5|\u307c\u304f|\u4ffa|\u308f\u305f\u304f\u3057)(?:\u306e\u540d\u524d)?\u306f|\u540d\u524d\u306f|\u540d\u524d\uff1a)\s*((?:${JAPANESE_SURNAMES})\p{Script=Han}{0,3})(?=\s*(?:\u3067\u3059|\u3068\u7533\u3057\u307e\u3059|\u3068\u3044\u3044\u307e\u3059|\u3068\u8a00\u3044\u307e\u3059|\u3060|\u3002|\u3001|$))`,
  'gu',
);
// Japanese: a foreign name in katakana, given and family names parted by a middle dot ("マリア・ガルシア"), before an
// honorific or after "私は"/"名前は". A dotted phrase alone may be a loanword ("ワーク・ライフ・バランス"): left.
const KATAKANA_FULL_NAME = lazyPattern(
  String.raw`(?:(?<=(?:\u306f|\uff1a)\s*)[\p{Script=Katakana}\u30fc]{2,}(?:[\u30fb\uff65][\p{Script=Katakana}\u30fc]{2,})+(?=\s*(?:\u3067\u3059|\u3068\u7533\u3057\u307e\u3059|\u3068\u3044\u3044\u307e\u3059|\u3068\u8a00\u3044\u307e\u3059))|[\p{Script=Katakana}\u30fc]{2,}(?:[\u30fb\uff65][\p{Script=Katakana}\u30fc]{2,})+(?=\u3055\u3093|\u69d8|\u3055\u307e|\u304f\u3093|\u541b|\u3061\u3083\u3093|\u6c0f|\u5148\u751f))`,
  'gu',
);
// Korean: after "나는", "저는", "제 이름은" and before "입니다", "이에요", "예요": a common surname and two syllables
// ("나는 김민수입니다"), or one or two after "이름은". Not a word ending as roles and things do ("저는 정규직입니다").
export const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국';
const KOREAN_INTRODUCED = lazyPattern(
  String.raw`(?:(?:\ub098\ub294|\uc800\ub294|\ub09c|\uc804)\s+([${KOREAN_SURNAMES}][\p{Script=Hangul}]{2})|(?:\uc774\ub984\uc740|\uc774\ub984\uc774)\s+([${KOREAN_SURNAMES}][\p{Script=Hangul}]{1,2}))(?<![\uc9c1\uc6d0\uc790\uc0dd\uc7a5\uc0ac\uad00\ubd80\ud300\ub2d8\uccb4\ud488\uc2e4\uacfc])(?=\uc785\ub2c8\ub2e4|\uc774\uc5d0\uc694|\uc608\uc694|\uc774\uace0|\ub77c\uace0|\uc774\ub77c\uace0)`,
  'gu',
);
// Hindi: "मेरा नाम X है", one or two words; not "मेरा नाम नहीं …" (my name is not …).
const HINDI_INTRODUCED = lazyPattern(
  String.raw`(?<=(?:^|[\s,.!?।])मेरा नाम\s+)(?!नहीं|क्या)[\p{Script=Devanagari}]+(?:\s+(?!है|था|नहीं)[\p{Script=Devanagari}]+)?(?=\s+(?:है|था)(?![\p{Script=Devanagari}]))`,
  'gu',
);
// Thai writes no spaces: after "ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ" the name runs to a polite particle, a space or the end.
// "ชื่อเสียง" is a reputation ("ผมชื่อเสียงดี"), not a name.
const THAI_INTRODUCED = lazyPattern(
  String.raw`(?<=(?:ผม|ฉัน|ดิฉัน|หนู|เรา)ชื่อ(?:ว่า)?\s*)(?!เสียง)[\p{Script=Thai}]{2,20}?(?=ครับ|ค่ะ|คะ|นะ|จ้ะ|จ้า|และ|[^\p{Script=Thai}]|$)`,
  'gu',
);
// Hebrew: "שמי X", "קוראים לי X", "השם שלי (הוא) X"; not "שמי לא חשוב" (my name does not matter).
const HEBREW_INTRODUCED = lazyPattern(
  String.raw`(?<=(?:^|[\s,.!?])(?:שמי|קוראים לי|השם שלי(?: הוא)?)\s+)(?!(?:לא|הוא|היא|זה|גם|רק|כבר|עדיין|לא)(?![\p{Script=Hebrew}]))[\p{Script=Hebrew}]+`,
  'gu',
);

function maskFound(pattern: RegExp, text: string): string {
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    // The groups stand between the match and its offset; a pattern without one masks all it matched.
    const group = args.slice(1, -2).find((g): g is string => typeof g === 'string') ?? match;
    const at = match.lastIndexOf(group);
    return match.slice(0, at) + mask('NAME', group.length) + match.slice(at + group.length);
  });
}

const SCRIPTS = lazyPattern(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Hebrew}]`,
  'u',
);

/** Masks the names the writer introduces in Japanese, Korean, Hindi, Thai and Hebrew. */
export function maskIntroducedNames(text: string): string {
  if (!SCRIPTS.get().test(text)) return text;
  let out = text;
  for (const pattern of [
    JAPANESE_INTRODUCED.get(),
    KATAKANA_FULL_NAME.get(),
    KOREAN_INTRODUCED.get(),
    HINDI_INTRODUCED.get(),
    THAI_INTRODUCED.get(),
    HEBREW_INTRODUCED.get(),
  ])
    out = maskFound(pattern, out);
  return out;
}
