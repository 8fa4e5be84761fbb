import { mask } from './redaction-kinds';

/*
 * Thai names after a title: "คุณสมชายตะโกนใส่เรา" (Khun Somchai shouted at us). Thai writes no space between
 * words, so where the name ends is told by what follows it: a common given name, or what a person does or the
 * particles that end a clause; Thai writes the title against the word before it too, so only the words it ends
 * ("ขอบคุณ", "พระคุณ", "บุญคุณ") are told from it. "คุณ" is also "you" ("คุณต้องทำงาน", you must work) and begins words ("คุณภาพ",
 * quality; "ขอบคุณ", thank you): after "you" comes a verb, which opens no name, and a word it begins is left.
 */

const TITLE = 'คุณ|นางสาว|นาย|นาง';
const GIVEN =
  'สมชาย|สมศักดิ์|สมหญิง|สมพงษ์|สมปอง|สุชาติ|สุรชัย|วิชัย|ประเสริฐ|อนุชา|ธนพล|ณัฐพล|กิตติ|ชัยวัฒน์|วีระ|สุนทร|มาลี|สุดา|นภา|ปราณี|วันดี|อรุณี|ศิริพร|กาญจนา|พรทิพย์|นิภา|ทองดี|สมเกียรติ|ประยุทธ|อำนาจ|บุญมี|สุภาพร|อัญชลี|วรรณา';
// What follows a name: a deed, a word of saying, a conjunction or a polite particle.
const AFTER_NAME =
  'ตะโกน|ด่า|บอก|พูด|สั่ง|ทำ|ไม่|เป็น|ชอบ|มัก|ได้|ให้|จะ|ก็|ว่า|ขู่|ตี|ทำร้าย|กับ|และ|ครับ|ค่ะ|คะ|นะ|เคย|ยัง|ชอบ|ลวนลาม|ดุ|หัก|โกง|ขโมย|มา|ไป|อยู่|ที่|ซึ่ง|เอา|แกล้ง|กลั่นแกล้ง';
// What comes after "you", or ends the word "คุณ" begins: no name starts so.
const NOT_A_NAME_START =
  /^(?:ต้อง|จะ|ไม่|ได้|ก็|ควร|เป็น|มี|ทำ|ช่วย|คือ|ว่า|ครับ|ค่ะ|คะ|ภาพ|ค่า|สมบัติ|ประโยชน์|ธรรม|ลักษณะ|ครู|แม่|พ่อ|เอง|อยาก|เคย|ยัง|รู้|คิด|ชอบ|น่า|กำลัง|แค่|ทุก|และ|กับ|มา|ไป|จ้าง)/u;
const THAI = '[\\u0E01-\\u0E4E]';
const NAMED = new RegExp(
  String.raw`(?<!ขอบ|พระ|บุญ)(?:${TITLE})((?:${GIVEN})|${THAI}{2,12}?(?=${AFTER_NAME}|[^\u0E01-\u0E4E]|$))`,
  'gu',
);

/** Masks a Thai name after "คุณ", "นาย", "นาง" or "นางสาว" (see above). */
export function maskThaiNames(text: string): string {
  if (!/[\u0E01-\u0E4E]/u.test(text)) return text;
  return text.replace(NAMED, (match: string, name: string) => {
    if (NOT_A_NAME_START.test(name)) return match;
    return match.slice(0, match.length - name.length) + mask('NAME', name.length);
  });
}
