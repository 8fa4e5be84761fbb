import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * What a blind tester found in round 12 (README only, 160 texts in 11 languages), fixed by kind: harm to someone in
 * the writer's care (a carer who slaps a resident, a child left alone in the nap room for an hour, "被护工打了", "bị
 * nhân viên đánh"); a lone worker out of contact in languages other than English; a vehicle unfit to drive with
 * people aboard; Chinese written with English words in it; and false alarms from trainings, drills, role-plays and
 * film plots, and from a fire reported dealt with in Chinese. The rows are not the tester's texts but others of the
 * same kinds, in other words, workplaces and languages; those marked were read wrong before. Their calm look-alikes
 * ("the nurse hit the call button", "the kid left his lunch", a film plot) must stay calm.
 */
const URGENT: [string, string][] = [
  ['harm to someone in care', "the night carer slapped mrs okafor in room 7 because she wouldn't take her tablets"], // read wrong before
  ['harm to someone in care', 'a teaching assistant grabbed a year 2 pupil by the arm and threw him against the wall'],
  ['harm to someone in care', "one of the care workers keeps tying mr lewis to his chair so he can't get up"],
  [
    'harm to someone in care',
    'the toddler has been left on her own in the sleep room for over an hour and nobody checked',
  ],
  [
    'harm to someone in care',
    "mrs dunn (alzheimer's) is not in her bed or the lounge and the fire door was propped open, it's snowing",
  ],
  [
    'harm to someone in care',
    'la auxiliar le pegó una bofetada a la abuela de la habitación 5 y tiene el brazo morado',
  ],
  ['harm to someone in care', 'el cuidador ata a don luis a la silla toda la noche'], // read wrong before
  ['harm to someone in care', "l'aide-soignante a giflé la résidente de la chambre 12, elle a des bleus partout"],
  ['harm to someone in care', 'une animatrice a laissé un enfant seul dans le dortoir pendant une heure'],
  ['harm to someone in care', 'der Pfleger hat die Bewohnerin in Zimmer 3 geschlagen, sie hat blaue Flecken am Arm'],
  ['harm to someone in care', 'eine Erzieherin hat das Kind eine Stunde allein im Schlafraum gelassen'], // read wrong before
  ['harm to someone in care', 'a cuidadora bateu na idosa do quarto 4, ela está com hematomas no braço'], // read wrong before
  ['harm to someone in care', 'o monitor deixou a criança sozinha na sala por mais de uma hora'], // read wrong before
  ['harm to someone in care', "l'operatrice ha schiaffeggiato la signora della stanza 6, ha lividi sulle braccia"],
  ['harm to someone in care', "la maestra ha lasciato un bambino da solo nella stanza della nanna per un'ora"],
  ['harm to someone in care', 'opiekunka uderzyła pensjonariuszkę z pokoju 8, ma siniaki na rękach'],
  ['harm to someone in care', 'sinampal ng caregiver si lola sa kwarto 3, may pasa siya sa braso'],
  ['harm to someone in care', 'ông cụ phòng 5 bị điều dưỡng tát, mặt sưng đỏ'],
  ['harm to someone in care', 'cô giáo bỏ bé một mình trong phòng ngủ cả tiếng đồng hồ'], // read wrong before
  ['harm to someone in care', '老人被护理员用拖鞋打了，脸都肿了'], // read wrong before
  ['harm to someone in care', '保育员把孩子一个人关在午睡室一个多小时'],
  ['harm to someone in care', 'الممرضة ضربت المريضة العجوز في الغرفة ٤ وعندها كدمات'],
  ['harm to someone in care', 'ولد في الصف الخامس قال إن أمه تضربه كل يوم'],
  [
    'a lone worker out of contact',
    'Luca non risponde al telefono da due ore, era da solo a fare i controlli in cisterna e il furgone è ancora qui',
  ],
  [
    'a lone worker out of contact',
    'Pedro no contesta desde esta mañana, estaba solo revisando los tanques y su coche sigue aquí',
  ],
  [
    'a lone worker out of contact',
    'Karim ne répond plus depuis ce matin, il faisait seul le contrôle des cuves et sa voiture est toujours là',
  ],
  [
    'a lone worker out of contact',
    'Jan geht seit heute früh nicht ans Telefon, er war allein im Tank zur Kontrolle und sein Auto steht noch da',
  ],
  [
    'a lone worker out of contact',
    'o Rui não atende desde manhã, estava sozinho a verificar os tanques e o carro dele ainda está aqui',
  ],
  [
    'a lone worker out of contact',
    'Marek nie odbiera od rana, sam sprawdzał zbiorniki, a jego samochód wciąż stoi na parkingu',
  ],
  [
    'a lone worker out of contact',
    'hindi sumasagot si Jun mula kaninang umaga, mag-isa siyang nag-check ng tangke at nandito pa ang kotse niya',
  ],
  ['a lone worker out of contact', 'anh Tâm không nghe máy từ sáng, đi kiểm tra bể một mình mà xe vẫn còn ở đây'],
  ['a lone worker out of contact', '老王从早上就联系不上，他一个人去检查储罐，车还停在这里'],
  ['a lone worker out of contact', 'أحمد لا يرد على الهاتف من الصباح، كان يفحص الخزانات وحده وسيارته ما زالت هنا'],
  [
    'a vehicle unfit to drive with people aboard',
    'the minibus brakes are failing and the depot told me to do the school run anyway, 14 kids on board',
  ],
  ['a vehicle unfit to drive with people aboard', 'coach driver is drunk and just set off with the whole tour group'],
  [
    'a vehicle unfit to drive with people aboard',
    'los frenos del autobús están fallando y me obligan a seguir la ruta con pasajeros',
  ],
  [
    'a vehicle unfit to drive with people aboard',
    "les freins du car sont mous depuis ce matin, on m'a dit de rouler quand même avec les élèves",
  ],
  [
    'a vehicle unfit to drive with people aboard',
    'die Bremsen vom Bus sind weich, die Leitstelle sagt ich soll trotzdem mit den Fahrgästen weiterfahren',
  ],
  [
    'a vehicle unfit to drive with people aboard',
    'os travões do autocarro estão a falhar e mandaram-me seguir com os passageiros',
  ],
  [
    'a vehicle unfit to drive with people aboard',
    'i freni del pullman non tengono e mi hanno detto di partire lo stesso con i ragazzi a bordo',
  ],
  ['a vehicle unfit to drive with people aboard', 'tài xế xe buýt đưa đón công nhân say xỉn vẫn lái xe'],
  ['a vehicle unfit to drive with people aboard', 'xe đưa đón học sinh bị hỏng phanh mà vẫn chở các cháu'],
  ['a vehicle unfit to drive with people aboard', '校车司机喝醉了还在开车送孩子'],
  [
    'a vehicle unfit to drive with people aboard',
    'lasing ang driver ng shuttle pero nagmamaneho pa rin siya kasama ang mga pasahero',
  ],
  ['a vehicle unfit to drive with people aboard', 'kierowca busa z pracownikami jest pijany i dalej jedzie'],
  ['English words in Chinese', '那个 supervisor 一直 touch 我的腿，我说 no 他还继续'],
  ['English words in Chinese', '老板说如果我不跟他 date 就 fire 我'], // read wrong before
  ['English words in Chinese', 'ông manager cứ touch vào người em, em nói không mà vẫn làm'],
  [
    'English words in Chinese',
    'yung supervisor namin laging nag-to-touch sa akin, sabi niya ifi-fire niya ako pag nagsumbong ako',
  ],
  ['a training, drill or film', "during the fire drill the back exit was chained shut and we couldn't get out"],
  ['a training, drill or film', 'at the training session my manager grabbed my breasts in front of everyone'],
  ['a past fire or leak dealt with', '上次仓库着火以后灭火器一直没换，现在还是空的'],
  ['a past fire or leak dealt with', '上次的漏电事故处理完了，但是电线还是露在外面'],
  [
    'harm to someone in care',
    "one of the support workers punched a service user in the flat upstairs, he's bleeding from the nose",
  ],
  ['harm to someone in care', "the childminder shook the baby hard because he wouldn't stop crying"], // read wrong before
  ['harm to someone in care', 'a pupil in year 4 told me her stepdad beats her with a belt'], // read wrong before
  ['harm to someone in care', 'little one in the baby room was left on her own for two hours while staff had a party'], // read wrong before
  ['harm to someone in care', "resident with alzheimer's not in his bed, the garden gate was left wide open"], // read wrong before
  [
    'a vehicle unfit to drive with people aboard',
    'the shuttle bus steering is failing and the manager told me to keep driving it anyway with passengers',
  ],
  ['harm to someone in care', 'la profesora le dio una bofetada a un alumno de primero delante de todos'],
  [
    'a lone worker out of contact',
    'Lucía no responde desde las 6, estaba sola en la depuradora y su coche sigue aparcado',
  ],
  [
    'a vehicle unfit to drive with people aboard',
    'le conducteur de la navette est bourré et il roule avec les ouvriers',
  ], // read wrong before
  ['harm to someone in care', 'die Betreuerin schubst die Kinder und sperrt sie im Keller ein'],
  [
    'a lone worker out of contact',
    'Tom meldet sich seit Stunden nicht, er war allein am Silo und sein Auto steht noch da',
  ],
  [
    'a vehicle unfit to drive with people aboard',
    'o motorista da carrinha dos funcionários está bêbado e continua a conduzir',
  ],
  ['harm to someone in care', "un'insegnante picchia i bambini della prima, uno ha un livido in faccia"],
  [
    'a vehicle unfit to drive with people aboard',
    'il conducente dello scuolabus era ubriaco stamattina con i bambini a bordo',
  ], // read wrong before
  ['harm to someone in care', 'pielęgniarka spoliczkowała pacjentkę, bo nie chciała jeść'],
  ['harm to someone in care', 'binubugbog ng yaya ang bata araw-araw'],
  ['harm to someone in care', 'học sinh lớp 2 bị thầy giáo tát vào mặt'],
  ['a lone worker out of contact', 'chị Lan không nghe máy từ trưa, chị ấy vào kho lạnh một mình'],
  ['harm to someone in care', '小朋友被老师关在厕所里一个多小时'], // read wrong before
  ['a vehicle unfit to drive with people aboard', '班车司机喝醉了还在开，车上全是员工'],
  ['harm to someone in care', 'المعلمه ضربت الطفل على وجهه'], // read wrong before
  ['a vehicle unfit to drive with people aboard', 'السائق سكران وما زال يسوق الحافله بالركاب'],
  ['harm to someone in care', '2号房的爷爷有老年痴呆，不在房间也不在花园，大门开着，外面很冷'],
  ['harm to someone in care', 'ông cụ bị mất trí nhớ không có trong phòng, cửa vẫn mở mà trời đang rét'],
  ['harm to someone in care', '老人给护工推倒了，头上流血'],
  [
    'a real event at a drill',
    "during the fire drill the back exit was chained shut, the trainer explained it's always like that",
  ],
  ['a real event at a drill', 'the course was about to start when a delivery driver collapsed and stopped breathing'],
  ['a real event at a drill', "he had an episode where he collapsed and isn't breathing"],
  ['a real event at a drill', 'at the training day the instructor pretended to trip and grabbed my breasts'],
  [
    'a real event at a drill',
    "pendant l'exercice d'évacuation la porte de secours était cadenassée, on n'a pas pu sortir",
  ],
];

const CALM: [string, string][] = [
  ['harm to someone in care', 'the nurse hit the call button and the doctor came straight away'],
  ['harm to someone in care', 'he hit the target for the third month running'],
  ['harm to someone in care', 'we fitted a child-proof lock on the chemical cupboard'],
  ['harm to someone in care', 'the kid left his lunch in the staff room again'],
  ['harm to someone in care', 'the carer sat with mrs okafor for an hour reading to her, lovely'],
  ['harm to someone in care', 'the residents loved the film about a nurse who slapped a patient'], // read wrong before
  ['harm to someone in care', '护工每天陪老奶奶散步，她很开心'],
  ['harm to someone in care', 'cô giáo đánh giá bé rất ngoan'],
  ['harm to someone in care', 'la maestra ha battuto le mani per chiamare i bambini'],
  ['a lone worker out of contact', 'Luca non risponde alle email perché è in ferie, rientra lunedì'],
  ['a lone worker out of contact', '老王联系不上客户，订单只好推迟'],
  ['a lone worker out of contact', 'mein Chef geht nie ans Telefon, total nervig'],
  [
    'a vehicle unfit to drive with people aboard',
    'the brakes were serviced yesterday and the bus drives perfectly now',
  ],
  ['a vehicle unfit to drive with people aboard', 'xe đưa đón học sinh hôm nay đến muộn 10 phút'],
  ['a vehicle unfit to drive with people aboard', '校车司机今天请假了，换了一个人开车'],
  ['English words in Chinese', '我的 manager 说明天的 meeting 取消了'],
  ['English words in Chinese', '客户让我们 touch base 一下，下周再 follow up'],
  [
    'a training, drill or film',
    'the toolbox talk on confined spaces covered gas leaks and how people get trapped, very useful',
  ], // read wrong before
  [
    'a training, drill or film',
    'in the de-escalation course I played the angry customer who threatens to stab the cashier',
  ], // read wrong before
  ['a training, drill or film', 'fire drill went well, the pretend casualty was carried out in under 3 minutes'],
  ['a training, drill or film', 'en el simulacro de incendio hubo un herido ficticio y todo salió bien'], // read wrong before
  ['a training, drill or film', 'pendant la formation incendie on a simulé une victime brûlée, très instructif'],
  ['a training, drill or film', 'bei der Evakuierungsübung gab es einen gespielten Verletzten, alles lief gut'], // read wrong before
  ['a training, drill or film', 'no simulado de evacuação havia uma vítima fingida e correu tudo bem'],
  [
    'a training, drill or film',
    'nel corso antincendio abbiamo fatto un gioco di ruolo con un cliente che minacciava di picchiare tutti',
  ], // read wrong before
  ['a training, drill or film', '消防演练的时候有个假装受伤的同事被抬出去了，大家配合得很好'], // read wrong before
  ['a training, drill or film', 'the safety training covered electric shocks and exposed wires in detail'], // read wrong before
  ['a past fire or leak dealt with', '上个月车间漏气的事已经处理完了，大家不用担心'], // read wrong before
  ['a past fire or leak dealt with', '之前仓库起火的问题已经解决完了，保险公司也赔了'], // read wrong before
  ['harm to someone in care', 'the care worker took the residents to the garden, they loved it'],
  ['harm to someone in care', 'the teacher hit the bell and the kids lined up'],
  ['harm to someone in care', 'my toddler was left alone at nursery for five minutes while I parked, no harm'],
  ['a vehicle unfit to drive with people aboard', 'the brakes were soft on my own car so I took it to the garage'],
  ['a training, drill or film', 'in the film about a care home, a nurse slapped a resident'], // read wrong before
  ['a training, drill or film', 'the first aid course taught us how to treat burns and bleeding'],
  ['harm to someone in care', 'la auxiliar peinó a la abuela y le puso su vestido favorito'],
  ['a lone worker out of contact', 'Pedro no contesta porque está de vacaciones en la playa'],
  ['a vehicle unfit to drive with people aboard', 'le chauffeur du car était très sympa avec les élèves'],
  ['harm to someone in care', 'die Pflegerin hat der Bewohnerin die Haare gewaschen'],
  ['harm to someone in care', 'la maestra ha lasciato che i bambini giocassero da soli in giardino per dieci minuti'],
  ['a vehicle unfit to drive with people aboard', 'o motorista do autocarro chegou atrasado outra vez'],
  ['harm to someone in care', 'opiekunka zabrała pensjonariuszkę na spacer'],
  ['harm to someone in care', 'nhân viên đánh thức ông cụ lúc 7 giờ để ăn sáng'],
  ['harm to someone in care', '老师打电话给孩子家长说他表现很好'],
  ['harm to someone in care', '护工推着老人去花园晒太阳'],
  ['a training, drill or film', '下周有消防演练，大家注意'],
  ['harm to someone in care', 'he hit the target again this month'],
  ['harm to someone in care', 'the kid left his lunch on the bus'],
  ['harm to someone in care', 'we put a child-proof lock on the cleaning cupboard'],
  ['a training, drill or film', 'in the training role-play I was the aggressive customer, it was funny'],
  ['a training, drill or film', "la simulation d'incendie avec un faux blessé s'est bien passée"], // read wrong before
  ['a training, drill or film', 'im Rollenspiel war ich der aggressive Kunde und habe allen gedroht'],
  ['a past fire or leak dealt with', '上周配电房起火的事已经处理好了，保险也赔了'],
  ['harm to someone in care', '爷爷有点痴呆，不在房间，去食堂吃饭了'],
  ['harm to someone in care', '孩子给老师打电话了'],
  ['a look-alike', 'the teacher threw the kids a party for the end of term'],
  ['a look-alike', "my kid's teacher beats the other kids at chess every week"],
  ['a look-alike', "the carer shook hands with mrs patel's son at the door"],
  ['a look-alike', "the nurse hit the nail on the head about the patients' rota"],
  ['a look-alike', "the nurse kicked off about the patients' rota again"],
  ['a look-alike', 'the patient asked to be left alone for an hour to rest'],
  ['a look-alike', 'the kid was alone for an hour playing lego, happy as anything'],
  [
    'a look-alike',
    "mrs smith (dementia) is not in her room, she's in the lounge watching tv with the door open to the garden",
  ],
  ['a look-alike', 'la maestra pega los dibujos de los niños en la pared'],
  ['a look-alike', 'la maîtresse a frappé dans ses mains pour appeler les enfants'],
  ['a look-alike', 'la maestra ha battuto il record di presenze con i bambini'],
  ['a look-alike', 'Marco non risponde perché è in riunione da solo con il capo'],
  ['a look-alike', 'a professora bateu palmas para os alunos'],
  ['a look-alike', 'nauczycielka pobiła rekord z uczniami w zbiórce makulatury'],
  ['a look-alike', 'cô giáo đánh vần cho học sinh'],
  ['a look-alike', 'tài xế xe đưa đón rất vui vẻ và cẩn thận'],
  ['a look-alike', '老师打分给学生'],
  ['a look-alike', '护士给老人打针'],
  ['a look-alike', '妈妈一个人带孩子一个多小时'],
  ['a look-alike', '老王不接电话，他一个人在家休息，今天请假'],
  ['a look-alike', 'المعلمه ساعدت الطفل في الواجب'],
  ['a look-alike', 'pinalo ng bola ng teacher ang bata sa laro'],
];

describe('urgency after blind round 12: harm in care, lone workers, unfit vehicles, code-switching, drills', () => {
  it.each(URGENT)('Should read %s as urgent: %s', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should read %s as calm: %s', (_, text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
