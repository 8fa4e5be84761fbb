import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Three classes an outside attacker found missed or read under the wrong kind after u36b (u37a), in en, es, fr, pt,
// de, it, pl, uk, tl and Kreyòl. The kind picks the executive who is emailed, so each report must be read with its
// kind: hunting a reporter is harassment, silencing by violence a threat, badging for the absent fraud
// (docs/escalations.md). Look-alikes were written for each class before the rules, half held back while the rules were
// written (docs/performance-log.md, "u37a"); the calm look-alikes must page nobody.

describe('the writer of an anonymous report hunted by the method (reporters-hunted-by-method.ts): harassment, tuned', () => {
  it.each([
    "the manager is comparing everyone's handwriting with the notes from the suggestion box",
    'they pulled the cctv to see who used the kiosk last tuesday',
    'whoever wrote the complaint will be found and fired, hr said',
    'sup made each of us write a sample sentence so he can match it to the anonymous note',
    "they're checking phones to find out who sent the feedback",
    'IT traced the ip address of the anonymous survey answer',
    'el gerente compara la letra de todos con las notas del buzón de sugerencias',
    'revisaron las cámaras para ver quién usó la tableta del comedor',
    'nos hicieron escribir una frase a todos para comparar la letra con la queja',
    'quien escribió la queja será encontrado y despedido',
    "le chef compare l'écriture de chacun avec les mots de la boîte à idées",
    'ils ont regardé les caméras pour savoir qui a utilisé la borne',
    'celui qui a écrit la plainte sera retrouvé et viré',
    'on nous a fait écrire une phrase pour comparer avec la lettre anonyme',
    'o gerente está comparando a letra de todo mundo com os bilhetes da caixa de sugestões',
    'puxaram as câmeras pra ver quem usou o tablet da copa',
    'quem escreveu a reclamação vai ser descoberto e demitido',
    'checaram os celulares pra descobrir quem mandou a denúncia',
    'der Chef vergleicht unsere Handschrift mit den Zetteln aus dem Kummerkasten',
    'sie haben die Kameras ausgewertet um zu sehen wer das Tablet benutzt hat',
    'wer die Beschwerde geschrieben hat, wird gefunden und fliegt raus',
    'jeder musste einen Satz aufschreiben, damit sie die Schrift mit dem anonymen Brief vergleichen',
    'il capo confronta la calligrafia di tutti con i bigliettini della cassetta dei suggerimenti',
    'hanno controllato le telecamere per vedere chi ha usato il tablet',
    'chi ha scritto la segnalazione verrà trovato e licenziato',
    'kierownik porównuje charakter pisma wszystkich z kartkami ze skrzynki na skargi',
    'przejrzeli monitoring, żeby zobaczyć kto używał tabletu',
    'kto napisał skargę, zostanie znaleziony i zwolniony',
    'kazali nam wszystkim napisać zdanie, żeby porównać pismo z anonimowym listem',
    'начальник порівнює почерк усіх із записками зі скриньки для скарг',
    'переглянули камери, щоб побачити, хто користувався планшетом',
    'того, хто написав скаргу, знайдуть і звільнять',
    'перевіряли телефони, щоб дізнатися хто надіслав анонімку',
    'kinukumpara ng manager ang sulat-kamay namin sa mga papel sa suggestion box',
    'tiningnan nila ang cctv para malaman kung sino gumamit ng kiosk',
    'kung sino man ang sumulat ng reklamo ay hahanapin at tatanggalin',
    'pinasulat kami lahat ng isang pangungusap para ikumpara sa sulat-kamay sa reklamo',
    'manadjè a ap konpare ekriti tout moun ak papye ki nan bwat sijesyon an',
    'yo gade kamera yo pou wè ki moun ki te itilize tablèt la',
    'moun ki te ekri plent lan pral jwenn li epi yo pral revoke l',
    'yo fè chak moun ekri yon fraz pou yo konpare ekriti a ak lèt la',
  ])('is urgent, read as harassment: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
  });
});

describe('the writer of an anonymous report hunted by the method (reporters-hunted-by-method.ts): harassment, held back', () => {
  it.each([
    'boss is going thru the badge logs to see who was near the comment box friday nite',
    'they made the whole line copy out a paragraph so they can figure out whos handwriting is on the note',
    'el supervisor anda checando los celulares a ver quién mandó el mensaje anónimo',
    'la direction épluche les connexions pour trouver qui a rempli le questionnaire anonyme',
    'o chefe mandou todo mundo escrever uma frase pra comparar com o bilhete anônimo',
    'die IT verfolgt die IP-Adressen, um rauszufinden, wer die anonyme Umfrage ausgefüllt hat',
    'ci hanno fatto scrivere una frase a tutti per confrontare la grafia con il biglietto',
    'szef sprawdza nagrania z kamer, kto wrzucił kartkę do skrzynki',
    'нас усіх змусили написати речення, щоб звірити почерк з анонімним листом',
    'chineck nila ang mga cellphone namin para alamin kung sino nag-text sa hotline',
    'yo tcheke telefòn tout moun pou konnen ki moun ki voye plent lan',
  ])('is urgent, read as harassment: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('harassment');
  });
});

describe('whoever reports or talks promised violence (tellers-threatened-with-harm.ts): a threat, tuned', () => {
  it.each([
    'people who talk to the inspector end up hurt, he said',
    "if you go to the cops about the missing cash we'll break your legs",
    'snitches here end up in the hospital, remember that',
    "tell anyone about the stolen stock and you won't walk again",
    'si vas a la policía te matamos',
    'los chivatos aquí acaban en el hospital',
    'como digas algo del robo te rompo las piernas',
    'si tu vas à la police on te tue',
    "les balances finissent à l'hôpital ici",
    "si tu parles du vol à quelqu'un, je te casse les jambes",
    'se você for na polícia a gente te mata',
    'x9 aqui acaba no hospital',
    'se contar pra alguém do desvio vai levar uma surra',
    'Verräter landen hier im Krankenhaus',
    'wenn du zur Polizei gehst, bringen wir dich um',
    'wer über die Kasse redet, dem brechen wir die Beine',
    'se vai dai carabinieri ti ammazziamo',
    "gli infami qui finiscono all'ospedale",
    'se racconti del furto a qualcuno ti spacco le gambe',
    'jak pójdziesz na policję, to cię zabijemy',
    'kapusie tu kończą w szpitalu',
    'jak komuś powiesz o kradzieży, połamiemy ci nogi',
    'якщо підеш у поліцію, ми тебе вб’ємо',
    'стукачі тут опиняються в лікарні',
    'розкажеш комусь про крадіжку — зламаю тобі ноги',
    'pag nagsumbong ka sa pulis papatayin ka namin',
    'yung mga sumbungero dito napupunta sa ospital',
    'kapag may pinagsabihan ka tungkol sa nakaw, babalian kita ng buto',
    'si w al lapolis n ap touye w',
    'moun ki pale twòp isit la fini lopital',
    'si w di yon moun sa pou vòl la, m ap kase pye w',
  ])('is urgent, read as threat: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('threat');
  });
});

describe('whoever reports or talks promised violence (tellers-threatened-with-harm.ts): a threat, held back', () => {
  it.each([
    'anyone who rats on the boss about the fake invoices gets their face smashed in',
    'u open ur mouth bout the skimming and ur family gets hurt',
    'el que abra la boca sobre las facturas falsas termina en una zanja',
    "si tu balances pour les fausses factures, t'auras un accident",
    'quem dedurar o esquema das notas vai parar no hospital',
    'wenn du was über die Schwarzgeldkasse erzählst, schlagen wir dich zusammen',
    'chi fa la spia sulle fatture false finisce in ospedale',
    'kto doniesie o lewych fakturach, skończy w szpitalu',
    'хто здасть нас через фальшиві накладні, той опиниться в лікарні',
    'kapag nagsumbong ka tungkol sa pekeng resibo, bubugbugin ka namin',
    'si w denonse nou pou fo fakti yo, w ap fini lopital',
  ])('is urgent, read as threat: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('threat');
  });
});

describe('a card clocked for someone away, or staff made to (cards-clocked-for-the-absent.ts): fraud, tuned', () => {
  it.each([
    'my lead clocks in for his cousin every morning and the cousin shows up at 11',
    "buddy punching is rampant, half the night shift swipes for their mates who aren't here",
    'the manager makes us swipe the cards of people who are off so the numbers look good',
    "she badges in her bf every day n he's at home asleep",
    'el encargado nos hace fichar por los compañeros que no vienen',
    'mi compañera ficha por su novio y él llega a mediodía',
    'el supervisor marca la tarjeta de su sobrino que ni viene a trabajar',
    'le chef nous oblige à badger pour les collègues absents',
    'il pointe pour son pote qui arrive à midi',
    'elle badge pour sa sœur qui reste chez elle',
    'o encarregado manda a gente bater o ponto dos colegas que faltaram',
    'ele bate o ponto do primo que nem aparece',
    'ela passa o crachá do namorado e ele chega só à tarde',
    'der Schichtleiter lässt uns für Kollegen stempeln, die gar nicht da sind',
    'er stempelt jeden Morgen für seinen Kumpel ein, der erst mittags kommt',
    'sie zieht die Karte von ihrem Freund durch, obwohl er zu Hause ist',
    'il capoturno ci fa timbrare il cartellino dei colleghi assenti',
    'timbra per il cugino che arriva a mezzogiorno',
    'lei passa il badge del fidanzato che non viene mai',
    'kierownik każe nam odbijać karty za tych, których nie ma',
    'odbija kartę za kumpla, który przychodzi w południe',
    'ona odbija kartę swojego chłopaka, a on siedzi w domu',
    'бригадир змушує нас відмічати картки за тих, кого немає',
    'він відмічає пропуск за друга, який приходить в обід',
    'вона прикладає картку свого хлопця, а він сидить вдома',
    'pinapa-punch kami ng supervisor ng bundy card ng mga absent',
    'siya ang nagta-time in para sa pinsan niya na tanghali na dumarating',
    'ini-swipe niya yung id ng boyfriend niya kahit nasa bahay pa ito',
    'sipèvizè a fè nou pase kat moun ki pa la yo',
    'li pointe pou kouzen l ki vini a midi',
    'l ap pase badj mennaj li chak maten menm lè l lakay',
  ])('is urgent, read as fraud: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('fraud');
  });
});

describe('a card clocked for someone away, or staff made to (cards-clocked-for-the-absent.ts): fraud, held back', () => {
  it.each([
    'supervisor has us tap in the fobs for guys on vacation so payroll pays them',
    'ppl r clocking each other in n leaving, nobody actually here till 10',
    'nos obligan a checar la entrada de los que faltan',
    "on pointe à la place des absents, c'est le contremaître qui l'exige",
    'o gerente obriga a gente a passar o cartão de quem tá de folga',
    'wir müssen die Chips der Leute scannen, die krank zuhause sind',
    'il responsabile ci obbliga a timbrare per chi è in ferie',
    'brygadzista kazał nam odbijać karty kolegów na urlopie',
    'менеджер змушує нас пробивати пропуски тих, хто у відпустці',
    'pinipilit kami ng manager na mag-time in para sa mga naka-leave',
    'manadjè a oblije nou pointe pou moun ki an konje yo',
  ])('is urgent, read as fraud: %s', (text) => {
    const { urgent, categories } = detectUrgency(text);
    expect(urgent).toBe(true);
    expect(categories).toContain('fraud');
  });
});

describe('calm look-alikes of the three classes', () => {
  // Known false alarms, not from these rules (the model, on text no rule reads): "naiwan ko ang id ko, pinapasok ako ng guard", "ils ont installé une caméra dans le hall pour les livraisons".
  it.each([
    'who left the kind note on my locker? I want to thank them',
    'they installed cctv in the bike shed because bikes keep getting stolen',
    'we had a handwriting class with the kids today',
    '¿quién dejó la nota tan bonita en mi casillero? quiero darle las gracias',
    'ils ont installé des caméras au parking à vélos à cause des vols',
    'wer hat den netten Zettel hinterlassen? Danke!',
    'kto zostawił miłą kartkę? dziękuję',
    'sino nag-iwan ng sulat sa locker ko? salamat',
    'ki moun ki kite ti nòt janti a? mèsi',
    'IT checked the login logs after the server outage',
    'the police came to give a talk about road safety',
    'in the film, the snitch ends up in the river',
    'people who talk too much in meetings end up running them',
    'la police est venue faire une présentation sur la sécurité',
    'die Polizei kam, um einen Vortrag zu halten',
    'forgot my badge, security let me in',
    'I forgot to clock in this morning, told my manager',
    'olvidé mi tarjeta, seguridad me abrió',
    "j'ai oublié mon badge, le gardien m'a ouvert",
    'zapomniałem karty, ochrona mnie wpuściła',
    'the new kiosk has a camera for video calls',
    'the teacher compared our handwriting samples in calligraphy class',
    'policja przyszła z pogadanką o bezpieczeństwie',
    'dumating ang pulis para magbigay ng talk tungkol sa kaligtasan',
    'lapolis te vin fè yon ti pale sou sekirite',
    'if you report the leak facilities will fix it',
    'en la película, el chivato acaba en el hospital',
    'ich habe meinen Ausweis vergessen, der Pförtner hat mich reingelassen',
    'm bliye badj mwen, sekirite a kite m antre',
    'my coworker lent me his swipe card for the printer',
    'esqueci o crachá, o porteiro abriu pra mim',
    'хто залишив милу записку? дякую',
    'il film parla di un infame che finisce in ospedale',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
