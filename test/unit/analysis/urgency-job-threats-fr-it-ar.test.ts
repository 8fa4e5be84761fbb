import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { topicsForUrgency } from '../../../shared/domain/topics';

// Attack att33, F2: a threat to someone's job in French, Italian or Arabic reached the COO as "Health and safety"
// (read as a threat to the person), while the same threat in Spanish, Polish or English reached the CHRO, who owns
// harassment (retaliation). Only the kind changes: these were urgent before and stay urgent.
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
const read = (text: string) => {
  const { urgent, categories } = detectUrgency(text);
  return { urgent, topics: topicsForUrgency(config.topics, categories, []) };
};

const JOB_THREATS = [
  'il capo reparto mi ha detto che se vado in malattia mi licenzia',
  'mi hanno detto che perdo il posto se mi lamento',
  'la responsabile ha detto che ci licenzierà tutti se andiamo dal sindacato',
  "mon responsable m'a dit que si je parle aux RH je perds mon poste",
  'le contremaître a dit que je vais perdre mon emploi si je déclare mon accident',
  'المدير قال لي إنه سيطردني إذا اشتكيت مرة أخرى',
  'هددني المشرف بالفصل إذا تكلمت مع الموارد البشرية',
  'قال المشرف إنه سيفصلني من العمل إذا بلغت الإدارة',
  'المشرف قال بيطردنا كلنا إذا رحنا للنقابة',
];

describe('a threat to the job in French, Italian or Arabic reaches the owner of harassment', () => {
  it.each(JOB_THREATS)('Should read %j as harassment, not as a danger to safety', (text) => {
    const reading = read(text);
    expect(reading.urgent).toBe(true);
    expect(reading.topics).toContain('harassment');
    expect(reading.topics).not.toContain('safety');
  });

  it('Should keep the danger told beside the job threat', () => {
    expect(read("le chef a dit qu'il va me renvoyer et me frapper avec une barre de fer").urgent).toBe(true);
    expect(
      read('mi licenzia e poi la pressa senza protezione ti schiaccia la mano, nessuno la ripara').topics,
    ).toContain('safety');
  });

  it('Should not read a licence, lost time or a parcel as a job threat', () => {
    for (const calm of [
      'la licenza del software è scaduta, qualcuno può rinnovarla?',
      'je perds mon temps dans les réunions du lundi',
      'وصل طرد جديد للمكتب اليوم',
      'الفصل الجديد من التدريب كان مفيد',
    ])
      expect(read(calm)).toEqual({ urgent: false, topics: [] });
  });
});
