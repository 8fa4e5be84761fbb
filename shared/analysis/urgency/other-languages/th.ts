import type { OtherLanguage } from './table';

/*
 * Thai, read on any text in Thai letters: only the gravest, as people text them (blind round 18): a fire with people
 * inside, someone unconscious or not breathing, someone trapped, a gas leak, a cry for help, suicide. No spaces
 * between words: a phrase is found anywhere. Folding drops the vowel and tone marks above and below the letters
 * ("ไฟไหม้" reads "ไฟไหม"), on the phrases as on the text.
 */
export const thai: OtherLanguage = {
  code: 'th',
  name: 'Thai',
  script: /\p{Script=Thai}/u,
  bounds: 'none',
  // "There is no fire", "not a fire", "did not faint" (the cue right before the phrase).
  negation: String.raw`ไม่มี|ไม่ใช่|ไม่ได้`,
  story: String.raw`หนัง|ละคร|ซีรีส์|เกม|นิยาย|ข่าว|การ์ตูน`,
  fixed: String.raw`ซ่อมแล้ว|แก้ไขแล้ว|ดับแล้ว|เรียบร้อยแล้ว`,
  still: String.raw`อีกแล้ว|ยังคง|อีกครั้ง`,
  calm: [
    // A fire drill, a fire course, an extinguisher; a phone's battery "dead".
    String.raw`(?:ซ้อม|ฝึก|อบรม)(?:อพยพ|หนีไฟ|ดับเพลิง|ไฟไหม้)|ถังดับเพลิง|สัญญาณเตือนไฟไหม้|(?:มือถือ|โทรศัพท์|แบต)\S{0,6}(?:ตาย|หมด)`,
    // "Breathless" from laughing or tiredness.
    String.raw`หายใจไม่ทัน|ขำจน\S{0,6}หายใจไม่ออก`,
  ],
  cries: String.raw`ช่วยด้วย|ช่วยด้วยค่ะ|ช่วยด้วยครับ`,
  urgent: {
    safety: [
      String.raw`ไฟไหม้|ไฟลุก|เพลิงไหม้|ควันเต็ม|ควันออกมา|แก๊สรั่ว|ก๊าซรั่ว|กลิ่นแก๊ส`,
      String.raw`ไม่หายใจ|หยุดหายใจ|หายใจไม่ออก|หมดสติ|ไม่รู้สึกตัว|สลบ|ไม่มีชีพจร|เลือดออกมาก|เลือดไหลไม่หยุด`,
      String.raw`(?:มีคน|คน|เพื่อน|พนักงาน|คนงาน)\S{0,6}ติดอยู่|ติดอยู่(?:ข้าง)?ใน|ติดอยู่ใต้|ติดในลิฟต์|ติดในลิฟท์|ออกมาไม่ได้|ถูกทับ|โดนทับ|ตกจากนั่งร้าน|ตกจากที่สูง|ตกลงไปใน`,
      String.raw`เรียกรถพยาบาล|โทร ?1669|โทร ?191|โทร ?199`,
    ],
    threat: [String.raw`จะฆ่า(?:มึง|คุณ|เธอ|ทุกคน|ฉัน|ผม)|ขู่ฆ่า|ขู่ว่าจะฆ่า|ยิงกัน|แทงกัน|ถือมีด\S{0,10}ไล่|ถือปืน`],
    'self-harm': [String.raw`ฆ่าตัวตาย|อยากตาย|ไม่อยากมีชีวิตอยู่|จบชีวิต`],
  },
};
