import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Which kind a report is when two rules match and one of them only misreads the other's words (docs/escalations.md,
 * "Which kind when two rules match"). The kind decides which sponsor is emailed: a wrong extra kind sends a report
 * to an owner who should not read it. Each class was written out in varied registers and languages before its rule;
 * the second list of each was held back, not tuned on. Only the kind changes: none of these is made urgent or calm.
 */

const kinds = (text: string) => detectUrgency(text).categories;

describe('the writer at risk: their own death said of themself is self-harm, never a threat', () => {
  const tuned = [
    'je vais me tuer',
    'je veux me tuer ce soir',
    "j'ai envie de me tuer",
    'me voy a matar',
    'me voy a matar esta noche no aguanto mas',
    'voy a matarme',
    'mi ammazzo stasera',
    'voglio ammazzarmi',
    'vou me matar',
    'eu vou me matar hoje',
    'ich bring mich um',
    'ich werde mich umbringen',
    'zabiję się',
    'chcę się zabić',
    "i'm going to kill myself",
    'im gonna kill myself tonight',
    'i want to end my life',
    'papatayin ko ang sarili ko',
    'i cant do this anymore im going to hang myself',
    "je vais me foutre en l'air demain",
  ];
  const heldBack = [
    'juro que me mato si sigo aqui',
    'jvais me tuer franchement j en peux plus',
    'io mi uccido',
    'eu vou me matar se continuar assim',
    'ich will mich umbringen',
    'powieszę się',
    'gonna off myself after shift',
    'voy a quitarme la vida',
  ];
  it.each([...tuned, ...heldBack])('Should read "%s" as self-harm alone', (text) => {
    expect(kinds(text)).toEqual(['self-harm']);
  });

  it('Should keep the threat to someone else told beside it, and a threat to the writer by someone else', () => {
    expect(kinds('voy a matar a mi jefe y luego matarme')).toEqual(['threat', 'self-harm']);
    for (const text of [
      'il va me tuer',
      'mon chef va me tuer',
      'me va a matar mi jefe',
      'ele vai me matar',
      'he said he will kill me',
    ])
      expect(kinds(text), text).toEqual(['threat']);
  });

  // Someone else first, then the writer: the threat rules read the first half; the writer's death after it is
  // self-harm too (an outside attacker's finding, ra35).
  it.each([
    "I'm going to kill my boss and then myself, I can't take it anymore",
    'I will kill the manager and then myself',
    'voy a matar a mi supervisor y después me mato yo',
    'ich bringe meinen Chef um und danach mich selbst',
  ])('Should read "%s" as a threat and self-harm', (text) => {
    expect(kinds(text)).toEqual(['threat', 'self-harm']);
  });

  it.each(['he said he will kill me and my family', 'he threatened to kill me and then laughed'])(
    'Should read "%s" as a threat to the writer alone',
    (text) => {
      expect(kinds(text)).toEqual(['threat']);
    },
  );

  // "matarme", "uccidermi", "mich umzubringen" after someone else's verb is that person's threat to kill the writer.
  it.each([
    'me amenazó con matarme',
    'dijo que iba a matarme si hablaba',
    'el jefe dijo que va a matarme',
    'me dijo que me iba a despedir y despues matarme',
    'ele ameaçou matar-me',
    'mi ha minacciato di uccidermi',
    'er drohte, mich umzubringen',
  ])('Should read "%s" as a threat to the writer, not their own act alone', (text) => {
    expect(kinds(text)).toContain('threat');
  });

  // The writer's own death first, then someone else's: the rules read the first and miss the second (no subject is
  // left before "kill my supervisor"), so the threat is read from the words after it.
  it.each([
    'je vais me tuer et tuer mon chef aussi',
    "I'm going to kill myself and my boss too",
    'I will kill myself and then kill my supervisor',
    'voy a matarme y a matar a mi jefe',
    'ich bringe mich um und meinen Chef auch',
  ])('Should read "%s" as self-harm and a threat to someone else', (text) => {
    expect(kinds(text)).toEqual(['threat', 'self-harm']);
  });

  it.each([
    'I want to kill myself and my life is over',
    'me voy a matar y mi familia no sabe nada',
    'i will kill myself and the kids will be better off',
    'i want to end my life, the stress at work is killing me',
    "I'm going to kill myself, this job is killing everyone",
    'je vais me tuer, mon chef aussi me déteste',
  ])('Should read "%s" as self-harm alone: nobody else is to be killed', (text) => {
    expect(kinds(text)).toEqual(['self-harm']);
  });

  it('Should leave a job threat told with it to its owner too, without the threat of violence', () => {
    expect(kinds('si me despiden me voy a matar')).toEqual(['harassment', 'self-harm']);
  });
});

describe('a time clock punched: wages taken by the clock are fraud, never a blow', () => {
  const tuned = [
    'punching people out and pocketing the wages',
    "he's punching people out and pocketing their wages",
    'the supervisor punches us out at 5 but we work till 7 and he keeps the money',
    'she punched me out early and kept my overtime pay',
    'manager keeps punching guys out before the shift ends and pockets the difference',
    'they punch everyone out for lunch even if we work through it, wage theft',
    'he punches the whole crew out at 3 and makes us keep working off the clock',
    'my lead punched him out and then had him keep working unpaid',
  ];
  const heldBack = [
    'supervisor punches ppl out early n keeps the cash',
    'she keeps punching the new guys out at 4 and pocketing their hours',
    'he punched us all out during the inventory then made us stay, we never got paid for it',
    'they punch people out for breaks they never take and the money disappears',
  ];
  it.each([...tuned, ...heldBack])('Should read "%s" as fraud alone', (text) => {
    expect(kinds(text)).toEqual(['fraud']);
  });

  it.each([
    'he punched him out cold in the parking lot',
    'my supervisor punched me in the face',
    'he said he will punch me out if i complain',
    'the manager punched a guy out during the shift and he is bleeding',
    // Where the blow fell, never a clock (a property test drew it: it went to the owner of fraud).
    'dave punches me in the break room',
    'she punched him in front of everyone at lunch',
  ])('Should keep "%s" a threat: a blow', (text) => {
    expect(kinds(text)).toContain('threat');
    expect(kinds(text)).not.toContain('fraud');
  });
});

describe('a false safety record: fraud told of a safety inspection, check or record is safety too', () => {
  const tuned = [
    'mi jefe me obliga a mentir en la hoja de inspección de seguridad',
    'nos hacen mentir en la inspección de seguridad',
    'el supervisor nos dice que mintamos al inspector de seguridad',
    'nos obligan a firmar la inspección de seguridad sin revisar nada',
    'makes me lie on the safety inspection checklist',
    "on nous oblige à mentir à l'inspection de sécurité",
    "mi fanno mentire all'ispezione di sicurezza",
  ];
  const heldBack = [
    'el jefe falsifica los registros de seguridad de las grúas',
    'he fills in the safety log without ever checking anything',
    'il falsifie le registre de sécurité des extincteurs',
  ];
  it.each([...tuned, ...heldBack])('Should read "%s" as safety and fraud', (text) => {
    expect(kinds(text)).toEqual(['safety', 'fraud']);
  });

  it.each(['my manager is stealing from the till every night', 'he pockets the petty cash and fakes the receipts'])(
    'Should leave "%s" fraud alone: no safety record in it',
    (text) => {
      expect(kinds(text)).toEqual(['fraud']);
    },
  );
});
