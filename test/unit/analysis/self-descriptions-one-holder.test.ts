import { describe, expect, it } from 'vitest';
import { selfDescriptions } from '../../../shared/analysis/self-descriptions';

/*
 * Blind attack, session 39: the preview's warning named "the only …" but not a post only one person holds, without
 * "only" ("the head chef at the Riverside site", "der Betriebsratsvorsitzende aus dem Werk Süd", "the hospital
 * chaplain", "the pastry station chef (there's just one)"). Each class in ten languages with wordings of our own (the
 * attacker's are not used): a title tied to a named site or unit, a rare trade with its unit, anyone said to be the only
 * one; and posts many people hold, which must name no one, or the warning would be on every text and go unread.
 * The second half of each list was written before the rules and never tuned on.
 */
describe('the warning names a post one person holds, without "only"', () => {
  it.each([
    [
      'the night shift manager at the Leeds depot keeps changing my hours',
      'the night shift manager at the Leeds depot',
    ],
    ['The head nurse on Ward 7 shouts at the students', 'The head nurse on Ward 7'],
    ['our forklift trainer at Plant B harasses the temps', 'our forklift trainer at Plant B'],
    ['the chief engineer of the Northgate plant falsifies the logs', 'the chief engineer of the Northgate plant'],
    ['the sommelier (there is just one) takes all the tips', 'the sommelier'],
    ['the receptionist is the one who reads our mail, she is alone at the desk all day', 'the receptionist'],
    ['el gerente de la tienda de Valencia nos grita', 'el gerente de la tienda de Valencia'],
    ['la jefa de cocina del local de Triana roba propinas', 'la jefa de cocina del local de Triana'],
    ['le directeur du site de Lyon harcèle les intérimaires', 'le directeur du site de Lyon'],
    ["l'aumônier de l'hôpital fait des remarques sur ma religion", "l'aumônier de l'hôpital"],
    ['o gerente da loja de Campinas humilha a equipe', 'o gerente da loja de Campinas'],
    ['a diretora da fábrica de Braga ameaça quem reclama', 'a diretora da fábrica de Braga'],
    ['der Schichtleiter aus Halle 3 beleidigt uns', 'der Schichtleiter aus Halle 3'],
    ['die Betriebsärztin im Werk Nord nimmt niemanden ernst', 'die Betriebsärztin im Werk Nord'],
    ['il responsabile del magazzino di Bologna ci insulta', 'il responsabile del magazzino di Bologna'],
    ['il caporeparto della linea 4 urla sempre', 'il caporeparto della linea 4'],
    ['kierownik zmiany z hali 3 krzyczy na nas', 'kierownik zmiany z hali 3'],
    ['dyrektorka oddziału w Gdańsku ignoruje skargi', 'dyrektorka oddziału w Gdańsku'],
    ['начальник цеху №4 кричить на всіх', 'начальник цеху №4'],
    ['директорка філії у Львові принижує працівників', 'директорка філії у Львові'],
    ['ang manager sa Site 3 ay sumisigaw sa amin', 'ang manager sa Site 3'],
    ['yung head chef sa Makati branch ay nananakit', 'yung head chef sa Makati branch'],
    ['manadjè depo Kafou a ap joure nou', 'manadjè depo Kafou a'],
    ['direktè faktori Okap la ap menase moun', 'direktè faktori Okap la'],
    ['the site mgr at Plant 3 is a creep', 'the site mgr at Plant 3'],
    ['the store manger at the Bristol branch steals from the till', 'the store manger at the Bristol branch'],
    ["the canteen supervisor (there's only one of her) screams at us", 'the canteen supervisor'],
    ['the night porter works alone and gets threatened by guests', 'the night porter'],
    ['la encargada de la tienda de Gijón nos trata fatal', 'la encargada de la tienda de Gijón'],
    ['el jefe de turno de la nave 3 nos insulta', 'el jefe de turno de la nave 3'],
    ["la directrice de l'usine de Lille nous menace", "la directrice de l'usine de Lille"],
    ['o chefe do armazém de Santos grita com a gente', 'o chefe do armazém de Santos'],
    ['der Werkleiter vom Standort Ulm lügt', 'der Werkleiter vom Standort Ulm'],
    ['die Chefin der Filiale Nord mobbt uns', 'die Chefin der Filiale Nord'],
    ['szefowa sklepu w Krakowie nas poniża', 'szefowa sklepu w Krakowie'],
    ['начальниця зміни на складі №3 кричить', 'начальниця зміни на складі №3'],
    ['ang bagong manager ng Cubao branch ay bastos', 'ang bagong manager ng Cubao branch'],
    ['chèf sit Jakmèl la ap fè abi', 'chèf sit Jakmèl la'],
    ['the union rep at Plant 4 reports us to management', 'the union rep at Plant 4'],
    ['the boss at the Hull depot never pays overtime', 'the boss at the Hull depot'],
    ["le médecin du travail de l'usine de Lille se moque de nous", "le médecin du travail de l'usine de Lille"],
    ['il medico del lavoro dello stabilimento di Parma ci ignora', 'il medico del lavoro dello stabilimento di Parma'],
  ])('Should name the post in "%s" (tuned)', (text, phrase) => {
    expect(selfDescriptions(text)).toEqual([phrase]);
  });

  it.each([
    ['the warehouse manager at our Dartford site bullies the pickers', 'the warehouse manager at our Dartford site'],
    ['The Site 4 HR manager leaks our complaints', 'The Site 4 HR manager'],
    [
      'the head of security at the Eastfield mall touches the female guards',
      'the head of security at the Eastfield mall',
    ],
    ['our payroll clerk (there is only one) never fixes the mistakes', 'our payroll clerk'],
    ['the company doctor at Plant 3 ignores injuries', 'the company doctor at Plant 3'],
    [
      'the crane driver at the North Quay works alone up there and gets no breaks',
      'the crane driver at the North Quay',
    ],
    ['el director de la planta de Querétaro acosa a las becarias', 'el director de la planta de Querétaro'],
    ['el capellán del hospital me hace comentarios sobre mi fe', 'el capellán del hospital'],
    ["la responsable RH de l'agence de Nantes divulgue nos plaintes", "la responsable RH de l'agence de Nantes"],
    ['le chef de quai du dépôt de Rungis nous insulte', 'le chef de quai du dépôt de Rungis'],
    ['o diretor da unidade de Recife persegue quem reclama', 'o diretor da unidade de Recife'],
    ['a médica do trabalho da fábrica de Betim não nos escuta', 'a médica do trabalho da fábrica de Betim'],
    ['die Filialleiterin in der Filiale Mitte schreit uns an', 'die Filialleiterin in der Filiale Mitte'],
    ['der Lagerleiter am Standort Bremen droht mit Kündigung', 'der Lagerleiter am Standort Bremen'],
    ['la direttrice dello stabilimento di Verona ci minaccia', 'la direttrice dello stabilimento di Verona'],
    ["il cappellano dell'ospedale fa battute sulla mia religione", "il cappellano dell'ospedale"],
    ['kierowniczka magazynu w Poznaniu nas wyzywa', 'kierowniczka magazynu w Poznaniu'],
    ['przewodniczący związku z Zakładu 2 bierze łapówki', 'przewodniczący związku z Zakładu 2'],
    ['керівник складу у Харкові погрожує звільненням', 'керівник складу у Харкові'],
    ['голова профспілки заводу №2 бере гроші', 'голова профспілки заводу №2'],
    ['ang direktor ng planta sa Cebu ay nang-aabuso', 'ang direktor ng planta sa Cebu'],
    ['ang HR manager sa Ortigas office ay nagtatago ng reklamo', 'ang HR manager sa Ortigas office'],
    ['manadjè magazen Delmas la ap maltrete anplwaye yo', 'manadjè magazen Delmas la'],
    ['prezidan sendika nan izin Okap la ap pran lajan', 'prezidan sendika nan izin Okap la'],
  ])('Should name the post in "%s" (held back)', (text, phrase) => {
    expect(selfDescriptions(text)).toEqual([phrase]);
  });

  it.each([
    'a cashier at the Leeds store was rude',
    'the drivers at Plant 2 get no breaks',
    'my supervisor never listens',
    'the night nurses on Ward 7 are exhausted',
    'the managers at the Riverside site ignore us',
    'the manager said the canteen will close',
    'head office in London changed the rota',
    'the chief complaint at Site 2 is pay',
    'los encargados de la planta de Monterrey no escuchan',
    'un cajero de la tienda de Valencia me ayudó',
    "les chefs d'équipe du site de Lyon sont débordés",
    'mon chef ne répond jamais',
    'os gerentes da loja de Campinas são bons',
    'die Fahrer aus Halle 3 machen keine Pause',
    'mein Chef hört nie zu',
    'i responsabili del magazzino di Bologna sono gentili',
    'kierowcy z hali 3 nie mają przerw',
    'працівники цеху №4 втомлені',
    'ang mga driver sa Site 3 ay pagod',
    'anplwaye yo nan depo Kafou a fatige',
    'I work alone on nights and it is scary',
    'the one who suffers is the customer',
    "the manager's office at Plant 2 has no heating",
    'the head chef recipe was changed by head office',
    'the manager was late again',
    'every manager at Site 2 knows about it',
    'the store managers at the Bristol branch are fine',
    'a chef at the Leeds site quit',
    'the chef said the fridge at Site 2 is broken',
    'our managers at Plant 4 work hard',
    'las jefas de la planta de Monterrey son justas',
    'des directeurs du site de Lyon sont venus',
    'die Schichtleiter aus Halle 3 sind nett',
    'the head office at Site 2 sent a memo',
    'the lead time at Plant 2 is too long',
    'the chair at reception in Site 2 is broken',
    'the director of Site Services sent a survey to everyone',
    'the president of the United States visited',
  ])('Should name nothing in "%s" (tuned)', (text) => {
    expect(selfDescriptions(text)).toEqual([]);
  });

  it.each([
    'a manager at Site 2 yelled at a temp',
    'the nurses in Ward 3 are brilliant',
    'my team leader is fair',
    'the cleaners at the Leeds depot are underpaid',
    'the management at Plant 4 is useless',
    'head office never answers emails from Dartford',
    "there's only one microwave for the drivers at Site 2",
    'the delivery drivers work alone all night',
    'mi jefe es buena persona',
    'las enfermeras del hospital de Sevilla están agotadas',
    "un intérimaire du dépôt de Rungis s'est blessé",
    'les directeurs changent tout le temps',
    'meu chefe não paga as horas extras',
    'os motoristas da unidade de Recife reclamam',
    'die Mitarbeiter am Standort Bremen sind müde',
    'ein Kollege aus Halle 2 hat sich verletzt',
    'il mio capo è gentile',
    'gli operai dello stabilimento di Verona scioperano',
    'mój szef jest w porządku',
    'pracownicy magazynu w Poznaniu są zmęczeni',
    'мій керівник нормальний',
    'водії зі складу у Харкові скаржаться',
    'ang mga empleyado sa Makati branch ay masaya',
    'travayè yo nan faktori Okap la pa gen dlo',
  ])('Should name nothing in "%s" (held back)', (text) => {
    expect(selfDescriptions(text)).toEqual([]);
  });

  it('Should name a post once when "only" names it too', () => {
    expect(selfDescriptions('the only manager at Site 2 never answers')).toEqual(['the only manager at Site 2']);
  });
});
