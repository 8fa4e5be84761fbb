import type { OtherLanguage } from './table';

/*
 * Hebrew, read on any text in Hebrew letters: only the gravest, as people text them (blind round 26: a fire with
 * people inside and a man with a knife threatening the guard, read as nothing). Hebrew glues "in", "the" and "and"
 * to the front of a word ("במחסן"), so a phrase is found anywhere; "מעשן" (smokes) is no smoke, and "ירי" is looked
 * for only as "shots" whole. Folding drops the vowel points.
 */
export const hebrew: OtherLanguage = {
  code: 'he',
  name: 'Hebrew',
  script: /\p{Script=Hebrew}/u,
  bounds: 'none',
  negation: String.raw`אין|לא|בלי`,
  story: String.raw`סרט|סדרה|משחק|חדשות|ספר`,
  fixed: String.raw`תוקן|תיקנו|כובה|כיבו|טופל`,
  still: String.raw`שוב|עדיין`,
  calm: [
    // A fire or evacuation drill, an extinguisher, dying of laughter.
    String.raw`תרגיל (?:כיבוי|פינוי|שריפה|אש|חירום)|מטף|מתתי מצחוק|מת מצחוק|מתה מצחוק|מתים מצחוק`,
  ],
  cries: String.raw`הצילו|עזרה|הצילו הצילו`,
  urgent: {
    safety: [
      String.raw`שריפה|שרפה|בוער|בוערת|בוערים|(?<!מ)עשן (?:כבד|בכל|סמיך|יוצא)|יש עשן|דליפת גז|ריח (?:של )?גז`,
      String.raw`נפל מה?(?:פיגום|סולם|גג)|נפלה מה?(?:פיגום|סולם|גג)|לא נושם|לא נושמת|איבד הכרה|איבדה הכרה|מחוסר הכרה|לכוד|לכודים|לכודה|דימום חזק|לא זז|לא זזה`,
    ],
    weapon: [String.raw`עם סכין|עם אקדח|עם נשק|יריות|יורה על|שלף סכין|שלף אקדח`],
    threat: [String.raw`מאיים להרוג|מאיים על|איים להרוג|אהרוג אותך|יהרוג אותי|ירצח`],
    'self-harm': [String.raw`להתאבד|רוצה למות|לשים סוף לחיים|לגמור עם החיים`],
  },
};
