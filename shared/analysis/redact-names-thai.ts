import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Thai names: "คุณสมชายตะโกนใส่เรา" (Khun Somchai shouted at us), "พี่เอกด่าผมทุกวัน" (older-brother Ek scolds me every
 * day), "ผู้จัดการชื่อธีรพงษ์ชอบด่าลูกน้อง" (the manager, named Teerapong, likes to scold his staff), "สมชายบอกว่า…"
 * (Somchai said…). Thai writes no space between words, so where the name ends is told by what it is, a common given
 * name, or by the deed that follows it.
 * - After "คุณ", "นาย", "นาง", "นางสาว": a known name, or any word before a deed. The title is written against the word
 *   before it too, so only the words it ends ("ขอบคุณ", "พระคุณ", "บุญคุณ") are told from it. "คุณ" is also "you"
 *   ("คุณต้องทำงาน", you must work) and begins words ("คุณภาพ", quality): after "you" comes a verb or an adjective,
 *   which opens no name, and a word it begins is left.
 * - After the kin words colleagues call each other by ("พี่", "น้อง", "ป้า", "ลุง", "น้า", "เจ๊", "เฮีย"): the same, with
 *   the words that follow them and are no name ("พี่ชาย" brother, "น้องใหม่" newcomer, "พี่เขา" he) left, and "ถูก"
 *   or "โดน" (was done to) as a deed too ("น้องบีถูกไล่ออก").
 * - After "ชื่อ" (named): a known name, or any word up to a deed, a particle or the end ("ชื่อเสียง", reputation, left).
 * - After a role ("หัวหน้า", "ผู้จัดการ") or alone: a known name only, as a role is followed by a department as often.
 */

// Redaction reads text in NFKC (normalise-text.ts), where "ำ" is written "ํา": each pattern is read so too, or "ทำ"
// and "ทำร้าย" would never be found.
const read = (source: string): string => source.normalize('NFKC');

const TITLE = 'คุณ|นางสาว|นาย|นาง';
// "น้า" ends "หน้า" (face, front; "หัวหน้า" boss), "ป้า" begins "ป้าย" (a sign): not there.
const KIN = 'พี่|น้อง|(?<!ห)น้า|ป้า(?!ย)|ลุง|เจ๊|เฮีย';
const ROLE = 'หัวหน้า|ผู้จัดการ|ผจก\\.?|ซุป|ซูเปอร์ไวเซอร์|ผู้ช่วย|เพื่อนร่วมงาน|เพื่อน|ครู|หมอ|ผอ\\.?|ท่าน';
// Names that are no everyday word: taken wherever they stand.
const PLAIN_GIVEN =
  'สมชาย|สมศักดิ์|สมหญิง|สมพงษ์|สมปอง|สุชาติ|สุรชัย|วิชัย|อนุชา|ธนพล|ณัฐพล|ชัยวัฒน์|อรุณี|ศิริพร|กาญจนา|พรทิพย์|สมเกียรติ|ประยุทธ|สุภาพร|อัญชลี|วรรณา|ธีรพงษ์|สุพัตรา|ธนากร|กิตติพงษ์|วรวุฒิ|สุวิทย์|อภิชาติ|ศักดิ์ชัย|ชาญชัย|นพดล|สุรศักดิ์|ไพโรจน์|รัตนา|ปิยะนุช|อรทัย|สุนิสา|วิไลวรรณ|นงลักษณ์|สมศรี|จันทร์เพ็ญ|เกศินี|ปัทมา|ยุพิน|สายสุนีย์|บุญชัย|สมบูรณ์ชัย';
// Names that are words too ("ประเสริฐ" excellent, "อำนาจ" power, "วันดี" a good day): only after a title.
const WORDLIKE_GIVEN = 'ประเสริฐ|กิตติ|วีระ|สุนทร|มาลี|สุดา|นภา|ปราณี|วันดี|นิภา|ทองดี|บุญมี|อำนาจ';
const GIVEN = `${PLAIN_GIVEN}|${WORDLIKE_GIVEN}`;
// What a person does, after an unknown name: shouting, scolding, telling, threatening, hitting, harassing, cheating.
// Particles and common verbs ("มา", "ได้", "ที่") follow "you" as often, so they mark no name's end.
const DEED = 'ตะโกน|ด่า|บอก|พูด|สั่ง|ขู่|ตี|ทำร้าย|ลวนลาม|ดุ|โกง|ขโมย|แกล้ง|กลั่นแกล้ง|ไล่|หัก|ไม่จ่าย|ไม่ให้|ชอบ|มัก|เคย|ครับ|ค่ะ';
// What comes after "you", or ends the word "คุณ" begins, or after a kin word is no name: no name starts so.
const NOT_A_NAME_START = lazyPattern(
  read(
    String.raw`^(?:${DEED}|ต้อง|จะ|ไม่|ได้|ก็|ควร|เป็น|มี|ทำ|ช่วย|คือ|ว่า|คะ|ภาพ|ค่า|สมบัติ|ประโยชน์|ธรรม|ลักษณะ|ครู|แม่|พ่อ|เอง|อยาก|ยัง|รู้|คิด|น่า|กำลัง|แค่|ทุก|และ|กับ|มา|ไป|จ้าง|เก่ง|ดี|สวย|ชาย|สาว|น้อง|พี่|เลี้ยง|ใหม่|เขา|เค้า|เรา|ที่|ของ|ใน|คน|บาง|ทั้ง|ๆ|ยาม|หัวหน้า|ผู้|พนักงาน|แผนก|ฝ่าย|เสียง|ฝึกงาน|เล่น|ถูก|โดน|นั้น|นี้|หลาย|สอง|สาม|ก่อน|หลัง|เลย|ซึ่ง|จริง|ใหญ่|เล็ก|อะไร|เข้า|ออก|ตัว|บริษัท|ลูกค้า|เต็ม|ย่อ)`,
  ),
  'u',
);
const THAI = '[\\u0E01-\\u0E4E]';
const KNOWN = lazyPattern(read(`^(?:${GIVEN})$`), 'u');
const NAMED = lazyPattern(read(String.raw`(?<!ขอบ|พระ|บุญ)(?:${TITLE})((?:${GIVEN})|${THAI}{2,12}?(?=${DEED}))`), 'gu');
// Colleagues call each other by kin word and nickname ("พี่ต้อม", "น้องบี"): the nickname ends at a deed, at what
// follows a person ("ทำให้", "ไม่", "มา"), at a space or a mark, or at the end.
const KIN_NAMED = lazyPattern(
  read(
    String.raw`(?:${KIN})((?:${GIVEN})|${THAI}{2,12}?(?=${DEED}|ถูก|โดน|ทำ|ไม่|มา|ไป|เป็น|ก็|จะ|ได้|กับ|[^\u0E01-\u0E4E]|$))`,
  ),
  'gu',
);
// "ชื่อ" then the name, up to a deed, a particle, a space, a mark or the end; not "ลงชื่อ" (sign in) or "รายชื่อ" (a list).
const CALLED = lazyPattern(
  read(String.raw`(?<!ลง|ราย|เซ็น)ชื่อ(?:ว่า)?((?:${GIVEN})|${THAI}{2,12}?(?=${DEED}|ถูก|โดน|นะ|จ้ะ|[^\u0E01-\u0E4E]|$))`),
  'gu',
);
const ROLE_NAMED = lazyPattern(read(String.raw`(?:${ROLE})(${GIVEN})`), 'gu');
const PLAIN = lazyPattern(read(`(${PLAIN_GIVEN})`), 'gu');

function maskName(match: string, name: string): string {
  if (!KNOWN.get().test(name) && NOT_A_NAME_START.get().test(name)) return match;
  return match.slice(0, match.length - name.length) + mask('NAME', name.length);
}

/** Masks Thai names after a title, a kin word, "ชื่อ" or a role, and the names that are no word anywhere (see above). */
export function maskThaiNames(text: string): string {
  if (!/[\u0E01-\u0E4E]/u.test(text)) return text;
  let out = text;
  for (const pattern of [NAMED.get(), KIN_NAMED.get(), CALLED.get(), ROLE_NAMED.get(), PLAIN.get()])
    out = out.replace(pattern, maskName);
  return out;
}
