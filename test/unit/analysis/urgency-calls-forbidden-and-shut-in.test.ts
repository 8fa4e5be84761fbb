import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Two classes an SMS attacker found missed after u37a/u37b (fx37u), in en, es, fr, pt, de, it, pl, uk, tl and Kreyòl.
// Kept from calling an ambulance or reporting an injury on pain of the job is retaliation against whoever reports,
// harassment, the kind that emails whoever owns retaliation (calls-for-help-forbidden.ts); someone shut in a cold
// room or a lift, or still inside a place, said as a detail with no hazard word, is safety (shut-in-or-left-inside.ts).
// Look-alikes were written before the rules, tuned on half, the other half and a later set held back
// (docs/performance-log.md, "fx37u"); the calm look-alikes page nobody.

describe('kept from calling for help on pain of the job: harassment, as retaliation', () => {
  it.each([
    'foreman said nobody calls the paramedics, whoever does loses their job',
    'my supervisor says dont call 911 or we all get fired',
    'anyone who calls the ambulance gets fired',
    'boss told us if anybody calls 999 theyre sacked',
    'dont u dare call an ambulance or youre done here, manager said',
    'if you report the injury you will be fired, he said',
    "they said if i report my accident they'll let me go",
    'el jefe dijo que si llamamos al 911 nos corren a todos',
    'el encargado dice que el que llame a la ambulancia se va a la calle',
    'nos dijeron que no reportemos el accidente o nos despiden',
    'si alguien llama a emergencias lo despiden, dijo el supervisor',
    'le chef a dit que si on appelle le 15 on est virés',
    'celui qui appelle les pompiers sera licencié, dit le responsable',
    'o chefe disse que quem chamar o samu vai ser demitido',
    'se alguem ligar pro 192 é mandado embora, falou o gerente',
    'der chef sagt wer den krankenwagen ruft fliegt raus',
    'wenn einer den notruf wählt wird er gekündigt sagt der vorarbeiter',
    "il capo ha detto che chi chiama l'ambulanza viene licenziato",
    'se chiamate il 118 vi licenzio tutti, dice il responsabile',
    'kierownik powiedział że kto zadzwoni po karetkę ten wylatuje z roboty',
    'jak ktoś zgłosi wypadek to zostanie zwolniony',
    'бригадир сказав хто викличе швидку того звільнять',
    'начальник каже якщо подзвоните 103 всіх звільню',
    'sabi ng supervisor pag may tumawag ng ambulansya tanggal sa trabaho',
    'bawal daw tumawag ng 911 kundi tanggal kami lahat',
    'bos la di si nou rele anbilans n ap pèdi travay nou',
    'sipèvizè a di moun ki rele 911 ap revoke',
    'manager said dnt call 911 or ur fired lol no joke',
    'supervisor sed if any1 callz the ambulence they get fird',
    'the lead told everyone if u ring an ambulance for him ur out of a job',
    'mgr says no 911 calls, any1 who calls is terminated',
    'they warned us: report that burn and you lose your shifts',
    'dijo la patrona que si alguien marca al 911 lo despide',
    'si reportas la lesion te corren, asi dijo el mayordomo',
    'le contremaître menace de virer quiconque appelle les secours',
    'o encarregado falou que se ligar pro samu vai pro olho da rua',
    'der schichtleiter droht jedem mit kündigung der den notarzt ruft',
    'il caporeparto ha detto che chi chiama il 112 è licenziato',
    'szef grozi że zwolni każdego kto wezwie karetkę',
    'якщо хтось викличе швидку, бригадир звільнить',
    'sabi ni boss pag nag-report ng aksidente matatanggal ka',
    'si w rele anbilans ou pedi djob ou, se sa manadjè a di',
  ])('is urgent, read as harassment: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
  });
});

describe('shut in a cold room or a lift, or still inside, said as a detail: safety', () => {
  it.each([
    'hay dos personas adentro todavia',
    'siguen dos compañeros adentro del almacén',
    'the door of the walk in cooler is stuck and I am inside',
    'I am with him too, the door of cold room 2 is stuck',
    'im locked in the freezer and cant get out',
    'todavía hay gente adentro de la bodega',
    'quedaron tres compañeros atrapados en la cámara fría',
    'je suis enfermé dans la chambre froide la porte est bloquée',
    "il y a encore deux collègues à l'intérieur",
    'ainda tem dois colegas lá dentro do galpão',
    'estou preso na câmara fria',
    'ich bin im kühlraum eingesperrt die tür geht nicht auf',
    'zwei kollegen sind noch drin in der halle',
    'sono chiuso dentro la cella frigorifera',
    'ci sono ancora due colleghi dentro',
    'jestem zamknięty w chłodni, drzwi się zacięły',
    'dwóch kolegów jest jeszcze w środku',
    'двоє людей ще всередині складу',
    'я застряг у морозильній камері',
    'may dalawang tao pa sa loob',
    'na-lock ako sa loob ng freezer',
    'gen de moun ki toujou anndan',
    'mwen fèmen anndan frizè a',
    'stuck in the lift between floors with 3 ppl',
    'the walk in freezer door wont open and hes inside',
    'the lift is stuck between floors and we are inside',
    'cold room door jammed, my coworker is in there',
    'quedan tres compañeros dentro de la nave todavia',
    'la puerta del cuarto frio se trabó y estoy adentro',
    'die tür vom kühlraum klemmt, ich bin drin',
    'la porta della cella si è chiusa e sono dentro',
    'a porta da câmara fria travou e o joão está lá dentro',
    'drzwi od chłodni się zacięły, kolega jest w środku',
    'il y a deux collègues qui sont toujours dedans',
    'may tatlong tao pa sa loob ng bodega',
  ])('is urgent, read as safety: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('safety');
  });
});

describe('calm look-alikes: an emergency number explained, a job threat with no call, a door that sticks, a meeting', () => {
  it.each([
    'call 911 only for emergencies',
    "you'll get fired if you're late again",
    'llama al 911 solo en emergencias',
    "if you're late again you're fired, said the manager",
    'wer zu spät kommt fliegt raus',
    'chi arriva tardi viene licenziato',
    "I'm inside the break room if you need me",
    'the lift is stuck on 3 again, use the stairs',
    "the lift is stuck again, I'm in the canteen if anyone needs me",
    'two people are still inside the meeting',
    'the cooler door sticks a bit, can someone oil it',
    'estoy adentro de la oficina si me necesitan',
    'todavía hay gente adentro comiendo',
    'ich bin noch drin im meeting',
    'the freezer door is stuck open again, stuff is defrosting',
    'sono ancora dentro al negozio, arrivo tra 5 minuti',
    'stuck in traffic, will be late',
    'we had a fire drill, two people are still inside the canteen having lunch',
    "the freezer door doesn't close properly",
    'sigo adentro de la reunión, te llamo luego',
    'she called an ambulance and they fired up the defibrillator, he is fine now',
    'la puerta del congelador está abierta otra vez',
    "je suis dans la chambre froide pour l'inventaire",
    'ich bin noch im lager, komme gleich',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

describe('an ambulance not to be called for a small hurt (minor-hurts-need-no-ambulance.ts): calm', () => {
  it.each([
    "don't call the ambulance for a paper cut, use the first aid kit",
    'no need to call 911 for a splinter, grab a plaster from the box',
    'no llames a la ambulancia por un rasguño, usa el botiquín',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('still reads a broken arm kept from the ambulance on pain of the job', () => {
    const { urgent, categories } = detectUrgency(
      "boss said dont call an ambulance for his broken arm or we're all fired",
    );
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
  });
});
