import type { OtherLanguage } from './table';

/*
 * Urdu, read on a text holding a letter only Urdu (among the Arabic-script languages read) writes: ٹ ڈ ڑ ں ھ ہ ے
 * (blind round 30; the Arabic rules and the Persian table read none of "آگ لگ گئی", "خون بہہ رہا ہے", "پھنس گیا").
 * Folding drops the madda ("آگ" reads "اگ") and the vowel marks. A song that "is fire" and dying of hunger are no
 * emergency; "مر" (dying) is not "مار" (beat, kill).
 */
export const urdu: OtherLanguage = {
  code: 'ur',
  name: 'Urdu',
  script: /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c3\u06d2]/u,
  bounds: 'word',
  negation: String.raw`نہیں|نہ|مت|بغیر`,
  story: String.raw`فلم\S*|ڈرامہ\S*|ڈرامے|گیم|کہانی|خبر\S*`,
  fixed: String.raw`ٹھیک ہو گیا|ٹھیک ہو گئی|ٹھیک کر دیا|مرمت ہو گئی|بجھا دی|بجھ گئی`,
  still: String.raw`پھر سے|دوبارہ|اب بھی|ابھی بھی`,
  calm: [
    String.raw`فائر ڈرل|ڈرل|مشق|تربیت|عطیہ|(?:بھوک|گرمی|ہنس ہنس|تھکن) (?:سے |کے )?مر\S*`,
    String.raw`(?:فون|موبائل|بیٹری)\S* (?:\S+ )?(?:مر|ڈیڈ|بند)\S*`,
  ],
  cries: String.raw`بچاؤ|بچاو|مدد کرو|مدد کریں|آگ`,
  urgent: {
    safety: [
      String.raw`آگ (?:لگ|لگی|پھیل)\S*|دھواں (?:نکل|بھر|ہی دھواں)\S*|گیس (?:لیک|کی بو)`,
      String.raw`خون (?:بہ|نکل)\S*|بے ہوش|بےہوش|سانس نہیں|ہل نہیں (?:رہا|رہی)|(?:سیڑھی|چھت|اوپر|پاڑ)\S* سے گر (?:گیا|گئی|پڑا|پڑی)|پھنس (?:گیا|گئی|گئے)|پھنسے ہوئے|پھنسا ہوا|کرنٹ لگ\S*`,
    ],
    weapon: [String.raw`(?:چاقو|چھری|بندوق|پستول) (?:\S+ )?(?:نکال|دکھا|لے کر|مار)\S*|گولی (?:چلا|مار|چلی)\S*`],
    threat: [
      String.raw`جان سے مار\S*|مار (?:دے گا|ڈالے گا|دوں گا|ڈالوں گا|دیں گے)|دھمکی (?:دی|دے رہا|دیتا)|(?:ڈنڈے|لاٹھی|مکے|تھپڑ)\S* (?:سے )?(?:مارا|پیٹا)|مارپیٹ|(?:مارا|پیٹا) (?:اور|،)`,
    ],
    harassment: [String.raw`جنسی ہراس\S*|زیادتی|ریپ|غلط (?:طریقے|جگہ) سے چھو\S*|چھیڑ چھاڑ|چھیڑچھاڑ`],
    fraud: [String.raw`جعلی (?:بل|رسید|رسیدیں|دستخط|کمپنی)\S*`],
    'self-harm': [String.raw`خودکشی|خود کشی|جینا نہیں چاہت\S*|مرنا چاہت\S*|اپنی جان لے\S*`],
  },
};
