import { mask } from './redaction-kinds';

/*
 * Thai names after a title: "คุณสมชายตะโกนใส่เรา" (Khun Somchai shouted at us). Thai writes no space between
 * words, so where the name ends is told by what it is, a common given name, or by the deed that follows it.
 * The title is written against the word before it too, so only the words it ends ("ขอบคุณ", "พระคุณ", "บุญคุณ")
 * are told from it. "คุณ" is also "you" ("คุณต้องทำงาน", you must work) and begins words ("คุณภาพ", quality):
 * after "you" comes a verb or an adjective, which opens no name, and a word it begins is left.
 */

const TITLE = 'คุณ|นางสาว|นาย|นาง';
const GIVEN =
  'สมชาย|สมศักดิ์|สมหญิง|สมพงษ์|สมปอง|สุชาติ|สุรชัย|วิชัย|ประเสริฐ|อนุชา|ธนพล|ณัฐพล|กิตติ|ชัยวัฒน์|วีระ|สุนทร|มาลี|สุดา|นภา|ปราณี|วันดี|อรุณี|ศิริพร|กาญจนา|พรทิพย์|นิภา|ทองดี|สมเกียรติ|ประยุทธ|อำนาจ|บุญมี|สุภาพร|อัญชลี|วรรณา';
// What a person does, after an unknown name: shouting, scolding, telling, threatening, hitting, harassing, cheating.
// Particles and common verbs ("มา", "ได้", "ที่") follow "you" as often, so they mark no name's end.
const DEED = 'ตะโกน|ด่า|บอก|พูด|สั่ง|ขู่|ตี|ทำร้าย|ลวนลาม|ดุ|โกง|ขโมย|แกล้ง|กลั่นแกล้ง|ไล่|หัก|ไม่จ่าย|ไม่ให้|ชอบ|มัก|เคย|ครับ|ค่ะ';
// What comes after "you", or ends the word "คุณ" begins: no name starts so.
const NOT_A_NAME_START = new RegExp(
  String.raw`^(?:${DEED}|ต้อง|จะ|ไม่|ได้|ก็|ควร|เป็น|มี|ทำ|ช่วย|คือ|ว่า|คะ|ภาพ|ค่า|สมบัติ|ประโยชน์|ธรรม|ลักษณะ|ครู|แม่|พ่อ|เอง|อยาก|ยัง|รู้|คิด|น่า|กำลัง|แค่|ทุก|และ|กับ|มา|ไป|จ้าง|เก่ง|ดี|สวย)`,
  'u',
);
const THAI = '[\\u0E01-\\u0E4E]';
const KNOWN = new RegExp(`^(?:${GIVEN})$`, 'u');
const NAMED = new RegExp(String.raw`(?<!ขอบ|พระ|บุญ)(?:${TITLE})((?:${GIVEN})|${THAI}{2,12}?(?=${DEED}))`, 'gu');

/** Masks a Thai name after "คุณ", "นาย", "นาง" or "นางสาว" (see above). */
export function maskThaiNames(text: string): string {
  if (!/[\u0E01-\u0E4E]/u.test(text)) return text;
  return text.replace(NAMED, (match: string, name: string) => {
    if (!KNOWN.test(name) && NOT_A_NAME_START.test(name)) return match;
    return match.slice(0, match.length - name.length) + mask('NAME', name.length);
  });
}
