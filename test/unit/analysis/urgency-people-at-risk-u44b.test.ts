import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { topicsForUrgency } from '../../../shared/domain/topics';

/*
 * People at risk whose reports read calm or reached the wrong owner (att43, u44b; docs/escalations.md): passports or
 * papers held by the employer (forced labour: harassment, the CHRO in the example config, not the safety owner a
 * "threat" alone goes to), a shift or hours traded for a date or a night (harassment), a farewell with no method
 * (self-harm), a child named by age at a press or on nights (safety), and Ukrainian reports of every kind.
 * Each pair is the kind the report must be read as, then the text. TUNED were written first and tuned on; HELD_BACK were
 * written before any rule and never tuned on (its count is asserted, the misses are named in docs/escalations.md);
 * CALM must stay calm.
 */
const config = JSON.parse(readFileSync(new URL('../../../config/example.config.json', import.meta.url), 'utf8'));
type Kind = 'harassment' | 'self-harm' | 'safety' | 'threat' | 'fraud' | 'calm';

const TUNED: [Kind, string][] = [
  ['harassment', "the agency took our passports and won't give them back until we pay the fee"],
  ['harassment', 'la agencia nos quitó los pasaportes y no los devuelve hasta que paguemos'],
  ['harassment', 'le patron a pris nos passeports et refuse de nous les rendre'],
  ['harassment', 'o patrão ficou com os nossos passaportes e não devolve'],
  ['harassment', 'der Chef hat unsere Pässe eingesammelt und gibt sie nicht zurück'],
  ['harassment', 'il caporale ci ha preso i passaporti e non ce li ridà'],
  ['harassment', 'zabrali nam paszporty'],
  ['harassment', 'забрали паспорти і не віддають'],
  ['harassment', 'kinuha ng agency ang mga passport namin at ayaw ibalik'],
  ['harassment', 'công ty giữ hộ chiếu của chúng tôi và không trả lại'],
  ['harassment', 'الكفيل أخذ جوازاتنا ولا يريد أن يرجعها'],
  ['harassment', 'he said if I want to keep my hours I have to be nice to him after work'],
  ['harassment', 'the shift lead says the good shifts go to girls who go out with him'],
  ['harassment', 'бригадир каже, що хороші зміни отримують дівчата, які ходять з ним на побачення'],
  ['harassment', 'він сказав, якщо хочу зберегти години, маю бути з ним ласкавою після роботи'],
  ['self-harm', "I wrote letters for my kids, tell them I'm sorry"],
  ['self-harm', "I gave away my tools today, I won't need them where I'm going"],
  ['self-harm', 'this is my last shift, goodbye everyone'],
  ['safety', 'ein 13-jähriger arbeitet nachts an der Presse'],
  ['safety', 'a 13 year old works nights on the press'],
  ['safety', 'they have a 14 year old kid on the press at night'],
  ['safety', 'у цеху пожежа, все в диму'],
  ['safety', 'на складі горить палета, люди всередині'],
  ['safety', 'працівнику відрізало палець на верстаті'],
  ['safety', 'хлопець зламав ногу, впав з риштування'],
  ['safety', 'у котельні сильно пахне газом'],
  ['threat', 'чоловік з ножем біля входу погрожує охоронцю'],
  ['threat', "він сказав, що прийде завтра і всіх переб'є"],
  ['threat', 'майстер вдарив мене кулаком в обличчя'],
  ['harassment', 'начальник постійно хапає мене за груди'],
  ['self-harm', 'я більше не хочу жити'],
  ['self-harm', 'думаю покінчити з собою'],
  ['fraud', 'бухгалтер підробляє табелі і краде гроші'],
  ['fraud', 'менеджер бере відкати від постачальника'],
  ['safety', 'колега впав і не дихає'],
  ['safety', 'жінка знепритомніла біля лінії'],
  ['safety', 'u cehu pozhezha, vse v dymu'],
  ['safety', 'kolega vpav i ne dykhaie'],
  ['harassment', "my supervisor keeps everyone's ID cards in his safe so we can't quit"],
  ['harassment', 'el patrón tiene guardados nuestros documentos y no nos deja irnos'],
  ['harassment', "l'agence garde nos papiers d'identité, on ne peut pas partir"],
  ['harassment', 'a empresa reteve os passaportes de todos os trabalhadores'],
  ['harassment', 'die Firma behält unsere Ausweise, bis wir die Schulden abbezahlt haben'],
  ['harassment', 'il datore di lavoro tiene i nostri documenti chiusi in ufficio e non li restituisce'],
  ['harassment', 'szef trzyma nasze dowody i nie chce oddać'],
  ['harassment', 'роботодавець тримає наші паспорти в сейфі і не повертає'],
  ['harassment', 'hawak ng amo ang pasaporte ko at hindi niya ibinabalik'],
  ['harassment', 'chủ lấy hộ chiếu của tôi và không chịu trả'],
  ['harassment', 'صاحب العمل يحتجز جوازات سفرنا'],
  ['harassment', 'my manager told me the promotion is mine if I spend the weekend with him'],
  ['harassment', 'the foreman hints that girls who are friendly with him after hours get the day shift'],
  ['harassment', 'el encargado dice que si quiero más horas tengo que salir con él'],
  ['harassment', "le chef m'a dit que si je veux garder mon poste je dois être gentille avec lui le soir"],
  ['harassment', 'o gerente disse que se eu quiser manter meu turno tenho que sair com ele'],
  ['harassment', 'der Schichtleiter sagt, die guten Schichten kriegen nur Mädchen, die mit ihm ausgehen'],
  ['harassment', 'il capo dice che se voglio tenere le ore devo essere carina con lui dopo il lavoro'],
  ['harassment', 'kierownik powiedział, że jak chcę dostać lepsze zmiany, to muszę się z nim umówić'],
  ['harassment', 'майстер натякає, що премію отримаю, якщо поїду з ним на вихідні'],
  ['self-harm', "tell my wife I loved her. I won't be coming back tomorrow or any day"],
  ['self-harm', "I've made my peace, this is the last time you'll hear from me"],
  ['self-harm', 'este es mi último turno, adiós a todos, cuiden a mis hijos'],
  ['self-harm', "c'est mon dernier jour, adieu à tous, dites à ma fille que je suis désolé"],
  ['self-harm', 'esse é meu último turno, adeus a todos'],
  ['self-harm', 'das ist meine letzte Schicht, lebt wohl alle'],
  ['self-harm', 'questo è il mio ultimo turno, addio a tutti'],
  ['self-harm', 'to moja ostatnia zmiana, żegnajcie wszyscy'],
  ['self-harm', 'це моя остання зміна, прощавайте всі'],
  ['self-harm', 'я написав листи дітям, скажіть їм, що мені шкода'],
  ['self-harm', 'huling shift ko na ito, paalam sa inyong lahat'],
  ['safety', 'ein vierzehnjähriges Mädchen bedient die Stanzmaschine'],
  ['safety', 'un niño de 13 años trabaja de noche en la prensa'],
  ['safety', 'un gamin de 14 ans travaille la nuit sur la presse'],
  ['safety', 'um menino de 13 anos trabalha à noite na prensa'],
  ['safety', 'un ragazzino di 14 anni lavora di notte alla pressa'],
  ['safety', '13-letni chłopak pracuje w nocy przy prasie'],
  ['safety', '13-річний хлопець працює вночі на пресі'],
  ['safety', "there's a fourteen year old running the band saw on the night shift"],
  ['safety', 'загорілася проводка в роздягальні'],
  ['safety', 'руку затягнуло у конвеєр, дуже багато крові'],
  ['safety', 'відчувається витік аміаку в холодильному цеху'],
  ['threat', 'у нового працівника в шафці пістолет'],
  ['threat', 'бригадир пообіцяв мене вбити після зміни'],
  ['threat', 'охоронець побив вантажника на парковці'],
  ['harassment', 'керівник пише мені інтимні повідомлення і вимагає фото'],
  ['self-harm', 'хочу накласти на себе руки'],
  ['fraud', 'директор виписує фіктивні рахунки на фірму свого брата'],
  ['safety', 'чоловік лежить на підлозі і не рухається'],
  ['threat', 'brygadyr poobitsiav mene vbyty pislia zminy'],
];

const HELD_BACK: [Kind, string][] = [
  ['harassment', 'the recruiter still has my passport, says I get it back when my debt is paid off'],
  ['harassment', 'el contratista se quedó con el pasaporte de mi hermano y no se lo quiere dar'],
  ['harassment', "notre employeur a confisqué nos passeports à l'arrivée"],
  ['harassment', 'o encarregado guardou os documentos de todo mundo e não quer entregar'],
  ['harassment', 'der Vermittler hat meinen Reisepass behalten und will ihn nicht rausgeben'],
  ['harassment', 'ci hanno tolto il passaporto appena arrivati e non ce lo vogliono restituire'],
  ['harassment', 'pracodawca zabrał mi paszport i nie chce go oddać'],
  ['harassment', 'агенція забрала в мене паспорт і каже, що поверне, коли відпрацюю борг'],
  ['harassment', 'kinumpiska ng employer ang passport ng lahat ng trabahador'],
  ['harassment', 'quản đốc thu hộ chiếu của cả nhóm và không trả'],
  ['harassment', 'الشركة أخذت جواز سفري ولم ترجعه'],
  ['harassment', 'my supervisor said overtime is only for the girls who come to his place after work'],
  ['harassment', 'she told me if I want the permanent contract I should sleep with the boss'],
  ['harassment', 'la jefa me dijo que si no salgo con el gerente me quitan los turnos'],
  ['harassment', "il m'a fait comprendre que les bonnes heures sont pour celles qui acceptent un verre chez lui"],
  ['harassment', 'der Vorarbeiter meinte, wer mit ihm ins Bett geht, bekommt die Frühschicht'],
  ['harassment', 'mój brygadzista mówi, że premię dostaną tylko dziewczyny, które z nim pójdą na randkę'],
  ['harassment', 'начальник сказав, що продовжить контракт, якщо я з ним пересплю'],
  ['self-harm', "tell my mom I'm sorry, I can't do this anymore. goodbye"],
  ['self-harm', 'I left a note in my locker for my family. thanks for everything guys, goodbye'],
  ['self-harm', 'dejé cartas para mis hijos, díganles que los quiero'],
  ['self-harm', "j'ai écrit une lettre à mes enfants, dites-leur que je les aime, adieu"],
  ['self-harm', 'hoje é meu último dia, já me despedi de todos, cuidem da minha filha'],
  ['self-harm', 'ich habe Abschiedsbriefe geschrieben, sagt meiner Frau, dass es mir leid tut'],
  ['self-harm', 'ho regalato le mie cose ai colleghi, dove vado non mi servono'],
  ['self-harm', 'rozdałem swoje narzędzia, tam gdzie idę nie będą mi potrzebne'],
  ['self-harm', 'я роздав свої речі, там, куди я йду, вони мені не знадобляться'],
  ['safety', 'zwei 13-jährige Jungen fahren den Gabelstapler in der Nachtschicht'],
  ['safety', "there's a kid, maybe 13, running the slicer at night"],
  ['safety', 'подросток 14 років працює на пилорамі вночі'],
  ['safety', 'на виробництві вибухнув котел'],
  ['safety', 'робітника вдарило струмом, він лежить'],
  ['safety', 'хтось розлив кислоту, у людей опіки'],
  ['threat', 'колега погрожує прийти з рушницею'],
  ['threat', 'мене побили в роздягальні троє робітників'],
  ['harassment', 'бригадир чіпляється до дівчат і лапає їх'],
  ['self-harm', 'не бачу сенсу жити далі, хочу все закінчити'],
  ['fraud', 'начальник цеху продає метал на сторону і списує як брак'],
  ['safety', 'людина впала в цеху і не приходить до тями'],
];

const CALM: [Kind, string][] = [
  ['calm', 'my passport renewal is taking ages'],
  ['calm', 'HR took a copy of my passport for the file'],
  ['calm', 'la agencia necesita una copia de tu pasaporte'],
  ['calm', "j'ai perdu mon passeport en vacances"],
  ['calm', 'zabrałem paszport na wakacje'],
  ['calm', 'мій паспорт треба поновити'],
  ['calm', 'ich habe meinen Pass beim Amt abgegeben für die Verlängerung'],
  ['calm', 'kinuha ko na ang passport ko sa embassy'],
  ['calm', 'tôi đã nhận lại hộ chiếu từ đại sứ quán'],
  ['calm', 'جواز سفري انتهى و أحتاج أن أجدده'],
  ['calm', 'be nice to the new guy'],
  ['calm', 'the manager says the good shifts go to whoever has seniority'],
  ['calm', 'if you want to keep your hours you have to show up on time'],
  ['calm', 'sé amable con los clientes'],
  ['calm', 'він сказав бути ввічливими з клієнтами'],
  ['calm', 'we went out with the team after work, it was nice'],
  ['calm', 'last shift before my holiday, goodbye everyone!'],
  ['calm', "this is my last shift, I'm retiring, thank you all it has been great"],
  ['calm', 'my last shift here is friday, moving to the Leeds site, goodbye everyone'],
  ['calm', 'mi último turno antes de vacaciones, adiós a todos!'],
  ['calm', 'остання зміна перед відпусткою, до побачення всім!'],
  ['calm', 'letzte Schicht vor dem Urlaub, tschüss alle!'],
  ['calm', 'my 13 year old visited the plant on family day'],
  ['calm', 'mein 13-jähriger Sohn hat am Familientag das Werk besucht'],
  ['calm', 'mi hijo de 13 años vino a ver la fábrica'],
  ['calm', "I started working at 14 on my dad's farm"],
  ['calm', 'пожежні навчання пройшли добре'],
  ['calm', 'цей проєкт просто вогонь'],
  ['calm', 'телефон помер'],
  ['calm', 'дякую за новий графік'],
  ['calm', 'the embassy kept my passport for two weeks for the visa'],
  ['calm', 'please bring your passport and ID on the first day'],
  ['calm', 'the shift lead asked everyone to be nice to the trainees'],
  ['calm', 'today is my last shift, I got a job at the hospital, goodbye everyone and thanks'],
  ['calm', 'I wrote letters of recommendation for my team'],
  ['calm', "I gave away my old uniform, I won't need it since I moved to the office"],
  ['calm', 'my 14 year old did her work experience in the office, she loved it'],
  ['calm', 'my son is 13 and wants to be a mechanic'],
  ['calm', 'ostatnia zmiana przed urlopem, cześć wszystkim!'],
  ['calm', 'dernier jour avant les vacances, au revoir tout le monde !'],
  ['calm', 'questo è il mio ultimo turno prima delle ferie, ciao a tutti!'],
];

// Whether the report reaches its owner as urgent: the kind is read, and a harassment or safety report goes to the topic
// that owns it (never a "threat" alone, which the safety owner gets).
const reachesItsOwner = (kind: Kind, text: string): boolean => {
  const { urgent, categories } = detectUrgency(text);
  if (kind === 'calm') return !urgent;
  if (!urgent || !categories.includes(kind)) return false;
  const topics = topicsForUrgency(config.topics, categories, []);
  return kind === 'harassment' || kind === 'safety' ? topics.includes(kind) : true;
};

// The detector compiles its rules and model on first use: under load that alone can outlast a test's timeout.
beforeAll(() => {
  for (const text of ['warm up', 'пожежа на складі', 'u cehu pozhezha', 'الكفيل', 'hộ chiếu']) detectUrgency(text);
}, 180_000);

describe('people at risk are read urgent and reach the owner of their kind (att43)', () => {
  it.each(TUNED)('Should read as %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should read most held-back reports, in other words and languages, the same way', () => {
    const read = HELD_BACK.filter(([kind, text]) => reachesItsOwner(kind, text)).length;
    expect(read).toBeGreaterThanOrEqual(34);
  });

  it.each(CALM)('Should keep %s: %j', (kind, text) => {
    expect(reachesItsOwner(kind, text)).toBe(true);
  });

  it('Should send papers held by the agency to the owner of harassment, not of safety', () => {
    const { categories } = detectUrgency("the agency took our passports and won't give them back until we pay the fee");
    expect(topicsForUrgency(config.topics, categories, [])).toContain('harassment');
    expect(topicsForUrgency(config.topics, categories, [])).not.toContain('safety');
  });
});
