import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Danger words that name a course, a ward or a drill, equipment found in
// order, and threats made in play must not page a leader; the same words
// reporting something happening still must. Read by the whole detector.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency where danger words are a name, an all-clear or a joke', { timeout: 60_000 }, () => {
  it.each([
    'Thông báo lịch học an toàn điện và phòng chống cháy nổ tuần sau',
    'Buổi tập huấn sơ cứu tai nạn lao động rất bổ ích',
    'Reminder: may fire and earthquake drill bukas ng 9am sa assembly area',
    '明天下午两点进行火灾疏散演练，请各部门配合',
    '厂里组织了一次危险化学品泄漏应急演练，大家表现不错',
    'غداً تمرين إخلاء في حالة الحريق الساعة التاسعة، الرجاء الالتزام',
    'إدارة الصحة والسلامة المهنية نظمت ورشة عن المواد الخطرة',
    'Our hazardous materials training got moved to next week',
    'Curso de prevención de incendios y manejo de sustancias peligrosas el jueves',
    'Treinamento de combate a incêndio e produtos perigosos na quinta',
  ])('Should not escalate a course, drill or department named for a hazard: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'During the fire drill we found the emergency exit locked with a chain',
    'Trong buổi diễn tập chữa cháy thì phát hiện cửa thoát hiểm bị khóa',
    '消防演练的时候发现安全出口被锁死了',
    'خلال تمرين الإخلاء اكتشفنا أن مخرج الطوارئ مقفول بقفل',
  ])('Should still escalate a hazard found during a drill: %j', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each([
    'طفايات الحريق انفحصت الأسبوع الماضي وما فيها مشكلة',
    'bình chữa cháy đã kiểm tra tuần trước, không có vấn đề gì',
    'na-check na yung mga fire extinguisher last week, walang problema',
    'Aucun problème de harcèlement dans mon équipe',
    'Ya arreglaron el cable suelto del pasillo, gracias',
  ])('Should not escalate equipment found in order or a hazard already fixed: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'anh ấy dọa giết tôi nếu tôi ăn hết bánh, đùa thôi haha',
    'die Kollegin droht damit, Kuchen mitzubringen, wenn wir gewinnen',
    'binantaan ako ni ate na magdadala sya ng cake pag nanalo kami',
    'زميلتي هددت تجيب كيكة لو فزنا',
  ])('Should not escalate a threat made in play: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'he said he would stab me if I report him haha, he had the knife in his hand',
    'he says he will beat me after shift, he laughs about it but I am scared',
    'في حريق في المخزن الحين',
  ])('Should still escalate a threat with a weapon or fear, or a fire happening: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
