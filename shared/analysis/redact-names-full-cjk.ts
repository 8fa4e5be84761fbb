import { DOES, WHEN } from './redact-names-chinese-words';
import { JAPANESE_SURNAMES } from './redact-names-introduced';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Full names in Chinese, Japanese and Korean that the title rules miss (attacker's report): a Chinese compound
 * surname ("欧阳娜娜说", "诸葛亮经理", "欧阳经理"), a Japanese or Korean surname and given name before the particle
 * that makes them the one who acted ("山田太郎が私を殴った", "박지훈이 돈을 훔쳤다"). Hebrew names after a role
 * word or "שמי", surname included ("הממונה יוסי אברהם צעק", "שמי דוד כהן").
 */

// Compound surnames are almost never words ("第五" fifth, "百里" a hundred li, "长孙" eldest grandson, "东方" east
// are left out); before a title, a verb of saying or what a person does, with a given name of one or two characters.
const COMPOUND_SURNAMES =
  '欧阳|司马|上官|诸葛|諸葛|皇甫|尉迟|公孙|慕容|令狐|宇文|夏侯|轩辕|端木|独孤|南宫|司徒|司空|澹台|呼延|赫连|歐陽';
const AFTER_A_CHINESE_NAME =
  '经理|經理|主管|先生|女士|小姐|老板|總監|总监|总|師傅|师傅|老师|老師|主任|组长|組長|班长|部长|科长|厂长|队长|说|說|告诉|让|讲|骂|问|通知|要求|叫|跟|对|找|批评|打|偷|拿|经常|总是|一直|又|也|还|不|没|和|是|的|[，。,.!！?？;；、\\s]|$';
// And before what a person does or when, as a single surname's name is ("欧阳娜娜昨天打了我", "诸葛亮刚才推了我").
const CHINESE_COMPOUND_NAME = lazyPattern(
  String.raw`(?:${COMPOUND_SURNAMES})\p{Script=Han}{0,2}?(?=${AFTER_A_CHINESE_NAME}|${DOES}|${WHEN})`,
  'gu',
);

// Japanese: a common surname and a given name of one or two kanji before a particle ("山田太郎が", "高橋健太は").
// A place or a firm named after a family ends in what places and firms end in ("中野区が", "山田工業は"): left.
const JAPANESE_PARTICLE = 'が|は|を|に|と|も|から|の|って';
const JAPANESE_FULL_NAME = lazyPattern(
  String.raw`(?<!\p{Script=Han})(?:${JAPANESE_SURNAMES})\p{Script=Han}{1,2}(?<![区市町村県都府駅線店社所部課係長園院館屋組場業家])(?=${JAPANESE_PARTICLE})`,
  'gu',
);

// Blind round 15: a surname alone, as colleagues call each other ("倉庫の鈴木と高橋がサボってる"): one of two or three
// kanji, no kanji on either side, before the particle of who acted or "and" (not "の": "千葉の倉庫" is a place's
// warehouse). The surnames that are also prefectures, cities or stations, and Honda the firm, are left.
const JAPANESE_PLACE_SURNAMES = new Set(
  '千葉 福島 宮崎 山口 石川 川崎 上野 中野 市川 小山 本田 大塚 岡山 藤沢 横山'.split(' '),
);
const JAPANESE_SURNAME_ALONE = lazyPattern(
  String.raw`(?<!\p{Script=Han})(?:${JAPANESE_SURNAMES.split('|')
    .filter((name) => name.length > 1)
    .join('|')})(?!\p{Script=Han})(?=が|は|と(?!し[てた]|いう|か)|も|を|って|から|に(?:言|怒|頼|聞|注意))`,
  'gu',
);

// Blind round 15: a given name or nickname in kana before the suffixes colleagues call each other by ("ゆうこちゃんと
// 夜勤", "ケンくんが", "マリアさん"): two to four hiragana or katakana, with no kana before them (or one particle after
// a word of another script: "倉庫のゆうこちゃん"). Family words ("おばあちゃん", "にいちゃん", "あかちゃん" a baby,
// "みなさん" everyone, "だんなさん" a husband, "わんちゃん" a dog) and the workplace's kinds of people ("パートさん",
// "バイトくん", "お客さん") are no one's name.
// Blind round 30: "せんぱい" (senior colleague) in kana too: "けんじせんぱいに", "やまもとせんぱいが".
const KANA_NAME_SUFFIX = 'ちゃん|チャン|くん|クン|君|さん|サン|様|さま|たん|せんぱい|センパイ|先輩';
const JAPANESE_KANA_NICKNAME = lazyPattern(
  String.raw`(?<=^|[^\p{Script=Hiragana}\p{Script=Katakana}ー])((?<=\p{Script=Han})[のとがはもにでや](?=\p{Script=Hiragana}{2}))?(\p{Script=Hiragana}{2,4}|[\p{Script=Katakana}ー]{2,6})(?=${KANA_NAME_SUFFIX})`,
  'gu',
);
const KANA_NOT_NAMES =
  /^(?:[おご].*|みな|みんな|あか|ねえ|ねぇ|にい|にぃ|じい|ばあ|とう|かあ|じっ|ばっ|わん|ねこ|だんな|よめ|むすこ|むすめ|ぼっ|じょう|パート|バイト|アルバイト|リーダー|マネージャー|スタッフ|ドライバー|オーナー|チーフ|シェフ|ママ|パパ|ボス|ハケン|ナース|ガードマン|おつかれ|ごくろう)$/u;
// Blind round 30: the workplace's loanwords before a title or an honorific ("シフトリーダー" a shift leader,
// "マネージャーさん", "パートさんたち"): kinds of people and of work, no one's name.
const KATAKANA_WORKPLACE_WORDS =
  /^(?:パート|バイト|アルバイト|リーダー|マネージャー|マネジャー|スタッフ|ドライバー|オーナー|チーフ|シェフ|ボス|ハケン|ナース|ガードマン|シフト|ライン|フロア|チーム|エリア|センター|レジ|キッチン|ホール|ベテラン|メンバー|サブ|トップ|フォークリフト|トラック|ケア|ヘルパー|クルー|キャスト|パートナー|ゲスト|ユーザー|クライアント)$/u;

/** A katakana loanword for a kind of worker or of work ("シフト", "パート"), which a title after it leaves no name. */
export const isKatakanaWorkplaceWord = (word: string) => KATAKANA_WORKPLACE_WORDS.test(word);

// Korean: the three commonest surnames (a fifth of the country, and seldom the first syllable of a word of three)
// with a given name of two syllables, before a subject, object or topic particle ("김영희가", "박지훈이 돈을").
const KOREAN_NOT_NAMES = new Set('박물관 박람회 박사님 최근에 최고의 최대한 최소한 최선을 최종적 김치전'.split(' '));
const KOREAN_FULL_NAME = lazyPattern(
  String.raw`(?<!\p{Script=Hangul})([김박최]\p{Script=Hangul}{2})(?=(?:이|가|은|는|을|를|에게|한테|랑|하고|도|의|씨)(?!\p{Script=Hangul}))`,
  'gu',
);
// 이 and 정, the second and fifth commonest surnames, open many words too ("이번에", "정말로", "이야기를"): with them
// both syllables after must be ones given names are made of ("이민호가", "정수진 씨", "이지은이"), and the few words
// made only of such syllables ("이미지", "정수기", "이용자", a place such as "이태원") are no names.
const KOREAN_GIVEN_SYLLABLES =
  '민수지은현영준서연호진희우혜경성재동상태하윤정미숙자순옥철훈석선주원아유용기승종혁범빈건도소나다예채보한규찬형인명광남운국일환식길봉열완근창택섭웅욱린솔별슬혜화란향애영숙춘금분덕임';
const KOREAN_WORDS_OF_NAME_SYLLABLES = new Set(
  '이미지 정수기 이용자 이민자 이주민 이태원 정동진 정보원 이자율 이상한 이상하 이성적 정상인 정원사 이인자 이용객 이사님 정도는 이기주 정성을 이주일'.split(
    ' ',
  ),
);
const KOREAN_SHARED_SURNAME_NAME = lazyPattern(
  String.raw`(?<!\p{Script=Hangul})([이정][${KOREAN_GIVEN_SYLLABLES}]{2})(?=(?:이|가|은|는|을|를|에게|한테|랑|하고|도|의|씨)(?!\p{Script=Hangul})|\s+씨(?!\p{Script=Hangul})|\s*씨[가는를의도])`,
  'gu',
);

// Hebrew: a given name after a role word ("הממונה יוסי"), and a family name after a given name there or after "שמי".
const HEBREW_ROLES = 'הממונה|הממונָה|המנהל|המנהלת|מנהל|מנהלת|האחראי|האחראית|הבוס|המפקח|המפקחת|ראש הצוות|ראש המשמרת';
const HEBREW_GIVEN =
  'יוסי|יוסף|דוד|משה|אבי|יעקב|אברהם|יצחק|דני|דניאל|אורי|איתי|עומר|רון|גיל|אלון|עמית|שי|נועם|יונתן|מיכאל|אריאל|חיים|שמעון|מיכל|שרה|רחל|נועה|תמר|רונית|אורית|יעל|שירה|מאיה|הילה|ענת|לימור|דנה|רותי|אסתר';
const HEBREW_SURNAMES =
  'כהן|לוי|מזרחי|פרץ|ביטון|דהן|אברהם|פרידמן|אזולאי|מלכה|כץ|יוסף|דוד|עמר|אוחיון|חדד|גבאי|אליהו|שפירא|בן דוד|אשכנזי|גולדברג|רוזנברג|ברק|שטרן|וייס|קפלן|אדלר|לנדאו|סגל|שלום|חזן|גבריאלי|בירן';
const HEBREW_NAME_AFTER_ROLE = lazyPattern(
  String.raw`(?<=(?:^|[\s,.!?])(?:${HEBREW_ROLES})\s+)(?:${HEBREW_GIVEN})(?:\s+(?:${HEBREW_SURNAMES}))?(?![\p{Script=Hebrew}])`,
  'gu',
);
// With no cue word before them: given names that are no everyday Hebrew word (not "חיים" life, "גיל" age, "עמית"
// colleague, "אבי" my father, "דוד" uncle, "שרה" she sang, "אלי" to me, "שני" second, "אסף" gathered), after one of the letters Hebrew joins to the
// word after ("ליוסי", "שמיכל", "ודני"), with a family name the list knows after them.
const HEBREW_PLAIN_GIVEN =
  'יוסי|יוסף|משה|יעקב|אברהם|יצחק|דניאל|דני|איתי|יונתן|מיכאל|אריאל|שמעון|מיכל|רחל|נועה|רונית|אורית|ענת|לימור|רותי|אסתר|מאיה|אורנה|סיגל|אילנה|שלומי|אבנר|יגאל|מוטי|קובי|שמוליק|אביטל|ליאת|מירב|אפרת|ירון|עידו|רועי|אבישי|צחי|מורן|אושרת';
const HEBREW_NAME_ALONE = lazyPattern(
  String.raw`(?<=^|[^\p{Script=Hebrew}]|(?<![\p{Script=Hebrew}])[ושהלבמכ])(?:${HEBREW_PLAIN_GIVEN})(?:\s+(?:${HEBREW_SURNAMES}))?(?![\p{Script=Hebrew}])`,
  'gu',
);
// Blind round 18: "מנהל המשמרת אבי כהן" (shift manager Avi Cohen): a given name that is also a word ("אבי" my father,
// "חיים" life, "גיל" age, "עמית" colleague) is a name before a family name the list knows, wherever it stands; and a
// role may take the noun it is of ("מנהל המשמרת", "ראש הצוות") before the name.
const HEBREW_WORDLIKE_GIVEN = `${HEBREW_GIVEN}|אלי|שני|אסף|טל|שחר|אור|ליאור|עדי|בועז|גלעד|נתן|ברק|מתן|אמיר|אליה|רז`;
const HEBREW_GIVEN_AND_SURNAME = lazyPattern(
  String.raw`(?<=^|[^\p{Script=Hebrew}]|(?<![\p{Script=Hebrew}])[ושהלבמכ])(?:${HEBREW_WORDLIKE_GIVEN})\s+(?:${HEBREW_SURNAMES})(?![\p{Script=Hebrew}])`,
  'gu',
);
const HEBREW_NAME_AFTER_ROLE_OF = lazyPattern(
  String.raw`(?<=(?:^|[\s,.!?])(?:${HEBREW_ROLES})\s+ה\p{Script=Hebrew}{2,}\s+)(?:${HEBREW_GIVEN})(?:\s+(?:${HEBREW_SURNAMES}))?(?![\p{Script=Hebrew}])`,
  'gu',
);
const HEBREW_SURNAME_AFTER_INTRODUCED = lazyPattern(
  String.raw`(?<=(?:^|[\s,.!?])(?:שמי|קוראים לי|השם שלי(?: הוא)?)\s+(?:\uE000+)\s+)(?:${HEBREW_SURNAMES})(?![\p{Script=Hebrew}])`,
  'gu',
);

const SCRIPTS = lazyPattern(
  String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Hebrew}\p{Script=Hiragana}\p{Script=Katakana}]`,
  'u',
);

/** Masks the full names above; the title, particle or role after or before them stays. */
export function maskFullCjkNames(text: string): string {
  if (!SCRIPTS.get().test(text)) return text;
  let out = text;
  for (const pattern of [
    CHINESE_COMPOUND_NAME.get(),
    JAPANESE_FULL_NAME.get(),
    HEBREW_NAME_AFTER_ROLE.get(),
    HEBREW_NAME_ALONE.get(),
    HEBREW_SURNAME_AFTER_INTRODUCED.get(),
    HEBREW_GIVEN_AND_SURNAME.get(),
    HEBREW_NAME_AFTER_ROLE_OF.get(),
  ])
    out = out.replace(pattern, (found) => mask('NAME', found.length));
  out = out.replace(JAPANESE_KANA_NICKNAME.get(), (found, particle: string | undefined, name: string) =>
    KANA_NOT_NAMES.test(name) ? found : (particle ?? '') + mask('NAME', name.length),
  );
  out = out.replace(JAPANESE_SURNAME_ALONE.get(), (found) =>
    JAPANESE_PLACE_SURNAMES.has(found) ? found : mask('NAME', found.length),
  );
  out = out.replace(KOREAN_FULL_NAME.get(), (found) =>
    KOREAN_NOT_NAMES.has(found) ? found : mask('NAME', found.length),
  );
  return out.replace(KOREAN_SHARED_SURNAME_NAME.get(), (found) =>
    KOREAN_WORDS_OF_NAME_SYLLABLES.has(found) ? found : mask('NAME', found.length),
  );
}
