import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

/**
 * The learned model's everyday complaints (a newcomer's finding): with the rules finding nothing, the model escalated
 * "El baño de mujeres lleva dos semanas sin agua caliente y nadie lo arregla" as safety and "The women's bathroom has
 * had no hot water for two weeks" as harassment and fraud, and staffing and tiredness ("nos faltan compañeros y el jefe
 * no contrata a nadie") in many languages. A sponsor told "this cannot wait" for a cold shower learns to ignore the
 * label. No word carries it: each adds a little, and in the training rows "semanas" (3 urgent, 0 calm), "mujeres"
 * (5, 0), "donne" (8, 1), "women" (6, 1), "compañeros" (4, 0), "jefe" (20, 9) come mostly in urgent reports.
 *
 * Written fresh for this test, apart from the training rows and every eval set: facilities (water, heating, toilets,
 * lockers, canteen, parking, cleaning), staffing and tiredness, pay and schedules, in eleven languages.
 */
const CALM = [
  "There's no heating in the east office since Monday, we're all working in our coats",
  "The lockers in the changing room don't lock anymore and nobody has replaced them",
  'We have been short three people on the late shift for a month and everyone is worn out',
  'The canteen has served the same pasta every day this week and the coffee machine is broken again',
  'The car park is full by 8 and there is nowhere to park for the afternoon shift',
  'Our pay rise this year was tiny compared to inflation',
  "The rota for next month still isn't out and I can't plan childcare",
  'Los horarios se publican el domingo por la noche y así no hay quien organice su vida',
  'La máquina de café de la cafetería lleva un mes rota',
  'El sueldo no ha subido en tres años y todo está más caro',
  "Le chauffage de l'atelier est en panne depuis lundi, on travaille en manteau",
  'Les casiers du vestiaire ferment mal et personne ne les répare',
  "La cantine ferme à 13h30, ceux qui finissent tard n'ont plus rien à manger",
  "Il n'y a jamais de place sur le parking du personnel",
  'A água do chuveiro do vestiário está fria há mais de uma semana e ninguém resolve',
  'O refeitório está sujo e as mesas ficam cheias de restos de comida',
  'Il riscaldamento dello spogliatoio non funziona da giorni e nessuno interviene',
  'Siamo sotto organico da settimane, siamo tutti stanchi morti',
  "I turni escono sempre all'ultimo momento, impossibile organizzarsi",
  "La mensa ha chiuso e non c'è un posto dove mangiare",
  'Der Dienstplan kommt immer erst am Freitag, das ist für Familien eine Zumutung',
  'In der Kantine ist das Essen kalt und die Schlange ist ewig lang',
  'Od miesiąca brakuje ludzi na nocnej zmianie, wszyscy są wykończeni',
  'Grafik dostajemy dzień przed końcem miesiąca',
  'Na parkingu dla pracowników nigdy nie ma miejsca',
  'Lịch làm việc tháng sau vẫn chưa có, không biết đường nào mà lần',
  'Căng tin dạo này đồ ăn dở và đắt',
  'Kulang kami sa tao sa night shift isang buwan na, pagod na pagod na kaming lahat',
  'Laging huli ang schedule, hindi kami makapagplano',
  'Sira na naman ang aircon sa canteen',
  '女厕所已经两个星期没有热水了，也没人来修',
  '夜班缺人一个月了，大家都累坏了',
  '排班表总是最后一天才出来，根本没法安排家里的事',
  '员工停车场每天早上都停满了',
  'حمام النساء بدون ماء ساخن من أسبوعين وما حدا عم يصلحه',
  'جدول الدوام بينزل آخر لحظة وما منقدر نرتب أمورنا',
  'الكافتيريا وسخة والأكل بارد',
];

/*
 * The same kinds the shipped model still escalates (14 of the 51): expected failures, so a refit that learns them
 * shows. 187 calm training rows of these kinds wait in eval/urgency/train-pending/ (the last 17 of each language's
 * file): a refit with them kept 46 of the 51 calm, but moved the model elsewhere (docs/performance.md).
 */
const CALM_STILL_FLAGGED = [
  "The men's showers on level 2 have been cold for ten days and facilities keep saying next week",
  'El vestuario de hombres no tiene calefacción desde hace una semana y nadie viene a arreglarlo',
  'Estamos cansadísimos, somos la mitad de gente de lo que hace falta y nadie contrata',
  'On est en sous-effectif depuis des semaines et tout le monde est épuisé',
  'Estamos com falta de gente no turno da noite há um mês, todo mundo exausto',
  'A escala sai sempre em cima da hora e não dá para marcar consulta',
  'Die Damentoilette im zweiten Stock ist seit zwei Wochen kaputt und keiner kümmert sich darum',
  'Seit einem Monat fehlen uns zwei Leute in der Spätschicht, alle sind total erschöpft',
  'Die Spinde in der Umkleide lassen sich nicht mehr abschließen',
  'W damskiej toalecie od dwóch tygodni nie ma ciepłej wody i nikt tego nie naprawia',
  'Nhà vệ sinh nữ đã hai tuần không có nước nóng mà không ai sửa',
  'Ca đêm thiếu người cả tháng nay, ai cũng mệt rã rời',
  'Dalawang linggo nang walang mainit na tubig sa CR ng mga babae at walang umaayos',
  'نقص في الموظفين بالوردية الليلية من شهر والكل تعبان',
];

/*
 * Reports only the learned model escalates (the rules alone find nothing), taken from the blind rounds' tests and
 * sets: some say "nobody comes", "for an hour", "the boss says" as the complaints above do, and must still escalate.
 * ("mein Ex hat gesagt, er bringt mich um" left this list on 2026-12-07: the German rules read a death promised now,
 * notes-and-deaths-promised-de.ts.)
 */
const ONLY_THE_MODEL = [
  'la abuela de la 22 lleva dos dias sin que nadie le de de comer, las auxiliares dicen que no hay tiempo',
  'pacjent z sali 6 leży na podłodze od godziny i nikt nie przychodzi',
  'la signora della stanza 5 è caduta dal letto e nessuno è passato da ore',
  'el andamio del tercer piso se está soltando y nadie quiere parar la obra',
  'a patient keeps pulling out his line and the ward has one nurse for 30 patients tonight',
  'the night manager locks the back door with a padlock and keeps the key in his car',
  'la carretilla no tiene frenos y me obligan a usarla',
  'el jefe no nos paga hace dos meses y dice que si nos quejamos llama a migración',
  "fume hood has been dead since monday and we're still told to pour the chloroform on the open bench. two people went home dizzy today",
  'Ein Bewohner hat seit gestern Abend über 40 Fieber und die Nachtschicht sagt, der Arzt kommt erst Montag',
  'Akkus im Ladelager blähen sich auf und es riecht verschmort, keiner traut sich den Alarm zu drücken',
  'Auf der Baustelle bewegt sich die Stützwand, es knackt schon, und der Polier lässt die Leute weiter darunter arbeiten',
  "le patron garde nos passeports et dit qu'on lui doit de l'argent",
  "personne n'a revu Karim depuis qu'il est entré dans la chambre froide il y a une heure",
  'le monoxyde de carbone sonne dans la chaufferie et personne ne sort',
  'a criança da sala 3 está com a boca roxa e não responde direito, a professora disse pra esperar a mãe chegar',
  'Na budowie rusztowanie się chwieje, dwie deski pękły a brygadzista każe dalej tynkować na 4 piętrze',
  'người vận hành máy ép đang phê ma túy mà vẫn chạy máy',
  'si ate Lorna hindi pa lumalabas sa freezer mga isang oras na, hindi sumasagot',
  'yung bata sa daycare may pasa sa mukha tapos sinabi ng teacher na wag sabihin sa magulang',
  '主管让我们先打卡下班，然后继续白干',
  '经理说我不陪他睡就别想转正',
  'المشرف يهددني إذا اشتكيت راح يبلغ عن إقامتي ويسفروني',
  'the guy on the bandsaw has been drinking vodka from a water bottle all morning',
  'es normal que huela a gas en todo el vestuario y que a varios nos duela la cabeza?',
  'tbh nobody would even notice if i just walked into the river after shift',
  'ya no aguanto mas, esta noche me tomo todas las pastillas. perdon a todos',
  'the supervisor keeps our passports in the office safe and says we owe him for the housing',
  'Kolega napisał mi, że dziś w nocy to zakończy, i przeprasza za wszystko',
  'il caporeparto ha detto a una ragazza nuova che il contratto glielo rinnova solo se esce a cena con lui',
  'the forklift driver from B shift never came back from the yard after the storm, his truck is still here and nobody can reach him',
  'o gerente falou que me manda embora se eu não sair com ele no sábado',
];

describe('the learned model and everyday complaints', () => {
  it.each(CALM)('Should keep calm "%s"', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.fails.each(CALM_STILL_FLAGGED)('Should keep calm "%s" (the shipped model still escalates it)', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each(ONLY_THE_MODEL)('Should still escalate "%s", which the rules alone do not', (text) => {
    expect(detectRuleUrgency(text).urgent).toBe(false);
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
