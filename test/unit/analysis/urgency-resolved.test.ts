import { describe } from 'vitest';
import { detectRuleUrgency } from '../../../shared/analysis/urgency';
import { eachText } from '../../support/urgency-table';

// Read by the phrase rules alone, so the learned model cannot hide a regression here.
describe('urgency rules: hazards reported as already fixed', () => {
  eachText(
    'does not escalate "%s"',
    [
      'The broken ladder in the stockroom was replaced on Monday.',
      'The wiring that was sparking has been repaired.',
      'The fire exit was blocked for a week but it has been cleared now.',
      'La fuga de gas ya fue reparada.',
      'Der Notausgang war blockiert, wurde aber freigeräumt.',
      '上个月漏电的插座已经修好了。',
      'تم إصلاح الأسلاك المكشوفة في المستودع.',
      'Naprawiono przeciek gazu w kuchni.',
      'Rò rỉ khí gas trong kho đã được sửa.',
    ],
    detectRuleUrgency,
    { notCategory: 'safety' },
  );

  eachText(
    'still escalates "%s"',
    [
      'The electrician fixed the sparking socket but it is sparking again.',
      "The gas leak still hasn't been fixed.",
      'The gas leak has not been fixed.',
      'When will the sparking socket be fixed?',
      'The blocked fire exit needs to be cleared.',
      'Someone removed the guard from the saw.',
      'The leak in the boiler room was patched, but the fire exit is blocked with pallets.',
      'La fuga de gas no ha sido reparada.',
      'Der Notausgang ist wieder blockiert, obwohl er letzte Woche freigeräumt wurde.',
      '插座漏电还没修好。',
    ],
    detectRuleUrgency,
    { category: 'safety' },
  );
});

describe('urgency rules: a denied feeling of danger', () => {
  eachText(
    'does not escalate "%s"',
    [
      'I have never felt unsafe at this job.',
      'Nunca me sentí inseguro en el almacén.',
      'Nunca me he sentido en peligro en la planta.',
      'Je ne me suis jamais senti en danger ici.',
      'Tôi chưa bao giờ cảm thấy nguy hiểm ở đây.',
      'Ich habe mich hier nie unsicher gefühlt.',
    ],
    detectRuleUrgency,
    { urgent: false },
  );

  eachText(
    'still escalates "%s"',
    ['I feel unsafe when he is around.', 'I never said anything but I feel unsafe.'],
    detectRuleUrgency,
    { category: 'safety' },
  );
});

describe('urgency rules: saying goodbye for good is self-harm', () => {
  eachText(
    'escalates "%s"',
    [
      'I wrote goodbye letters to everyone last night.',
      "I won't be around much longer anyway.",
      'Escribí cartas de despedida anoche.',
      'Escrevi as minhas cartas de adeus ontem.',
      "Ho scritto lettere d'addio ieri sera.",
      'Napisałam list pożegnalny do rodziny.',
      'Ich habe gestern Abschiedsbriefe geschrieben.',
      '昨晚我写好了遗书。',
      'كتبت رسالة وداع لعائلتي.',
      'Nakasulat na ako ng mga liham ng paalam.',
      'Tôi đã viết thư tuyệt mệnh tối qua.',
      "J'ai écrit des lettres d'adieu à mes enfants.",
    ],
    detectRuleUrgency,
    { category: 'self-harm' },
  );

  eachText(
    'does not read "%s" as self-harm',
    ["I won't be around next week, I'm on holiday.", 'We signed a farewell card for Maria, who retires on Friday.'],
    detectRuleUrgency,
    { notCategory: 'self-harm' },
  );
});

describe('urgency rules: course names and the ward someone works on are not reports', () => {
  eachText(
    'does not escalate "%s"',
    [
      'Ich arbeite seit Jahren in der Notaufnahme.',
      'I work nights in the emergency department and love my team.',
      'Everyone has to finish the Anti-Bullying Awareness course by Friday.',
      'Die Schulung zur Belästigungsprävention war gut.',
      'El curso de prevención del acoso laboral fue muy útil.',
      'La formation sur le harcèlement était utile.',
    ],
    detectRuleUrgency,
    { urgent: false },
  );

  eachText(
    'still escalates "%s"',
    [
      'My supervisor harassed me right after the harassment training.',
      'He was taken to the emergency department after the forklift hit him.',
    ],
    detectRuleUrgency,
    { urgent: true },
  );
});
