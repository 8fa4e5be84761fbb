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

/*
 * False alarms an attacker found, by class, each beside its urgent twin: the same danger words where something is
 * happening at work must still page a leader ("when in doubt, urgent").
 */
describe('urgency: danger words that report nothing for anyone on site to act on', { timeout: 60_000 }, () => {
  it.each([
    // An injury or illness at home, at a sport or long past, told to explain an absence or to thank.
    ['my daughter broke her ankle at netball so I need Monday off', 'a picker fell and broke her ankle in aisle 4'],
    ['I broke my wrist snowboarding on holiday, back next week', 'I broke my wrist on the loading dock ramp'],
    ['I broke my leg skiing last winter, thanks for the flowers', 'he broke his leg falling down the warehouse stairs'],
    [
      'mi hijo se rompió el brazo jugando al fútbol, necesito el viernes libre',
      'un compañero se rompió el brazo en la nave 2',
    ],
    // A question of how or where to report a hazard, and nothing more.
    ['who do I tell about a chemical spill?', 'there is a chemical spill in bay 2, who do I tell?'],
    ['¿dónde reporto un derrame químico?', 'hay un derrame químico en la nave 3'],
    ['comment déclarer un accident du travail ?', 'un collègue a eu un accident du travail ce matin, il saigne'],
    ['wo melde ich einen Arbeitsunfall?', 'ich hatte heute einen Arbeitsunfall, mein Finger ist gebrochen'],
    ['dove segnalo una fuga di gas?', "c'è una fuga di gas in magazzino"],
    ['onde reporto um vazamento de gás?', 'tem um vazamento de gás na cozinha agora'],
    // A programme, app or counter named for an event.
    ['the near miss tracker is down for maintenance today', 'near miss today: a forklift almost hit me by dock 3'],
    ['the injury prevention webinar was recorded', 'the injury on line 3 needs an ambulance'],
    ['the accident-free days counter reached 300', 'the accident on line 3 crushed his hand'],
    ['injury prevention champions meet on Friday', 'the injury on line 3 is bleeding badly'],
    // An English title inside French text, read with its English course word.
    ['Le poster "Stop harassment" est dans la cuisine', 'Mon chef me harcèle tous les jours'],
  ])('Should not escalate %j, and still escalate its twin %j', (calm, urgent) => {
    expect(detectUrgency(calm)).toEqual({ urgent: false, categories: [] });
    expect(detectUrgency(urgent).urgent).toBe(true);
  });

  it.each([
    'how do I report a gas leak in the kitchen right now?',
    'how do I report that my supervisor hit me?',
    '¿cómo reporto un derrame químico? hay uno en la nave 3',
    'my son works here and broke his arm on the conveyor',
    'I broke my wrist on the loading dock last year and the ramp is still broken',
    'the near miss app is slow and a forklift almost hit me',
    'the accident-free days counter was reset because Tom lost a finger',
  ])('Should still escalate a hazard beside the same calm words: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
