/*
 * Frequent everyday words of the languages employees write in, as they open a
 * sentence or stand beside a name in workplace feedback: verbs as they are
 * conjugated, adverbs, adjectives, greetings, and the nouns of the shop
 * floor. None of them is English, so a capital ("Succede sempre", "Teraz
 * czeka", "Lần nào") made them unknown capitalised words, and so names; some
 * are given names elsewhere ("linda", "Bien", "Tay"). In a text of their own
 * language they are the word (redact-names-common-words.ts decides when).
 *
 * Written from the languages' core vocabularies (the first few hundred words
 * of general frequency lists, and the words of work and the workplace that
 * feedback uses), not from any evaluation text. Lower case, with the accents
 * people type and, where phones drop them, without.
 */
export const FREQUENT_WORDS: Readonly<Record<string, string>> = {
  es: `gobierno ministerio ayuntamiento sindicato mercado estado juzgado senado congreso tribunal inglés ingles español espanol francés frances alemán aleman corte banco seguro hospital colegio instituto
    linda lindo lindas bonito bonita guapo guapa bien mal mejor peor cuál cual cuáles cuánto cuanto cuánta cuándo
    cómo qué dónde quién ojalá bueno buena buenos buenas malo mala malos malas gran grande grandes pequeño pequeña nuevo
    nueva nuevos nuevas viejo vieja último última primero primera segundo segunda tercero tercera claro clara cierto
    cierta seguro segura difícil fácil peligroso peligrosa roto rota rotos sucio sucia limpio limpia caliente frío fría
    cansado cansada cansados harto harta hartos enfermo enferma triste feliz contento contenta justo justa injusto
    injusta igual además ahora antes después luego entonces todavía aún quizás quizá tal vez casi bastante demasiado
    demasiada pronto tarde temprano aquí allí allá ahí acá afuera adentro arriba abajo cerca lejos mientras encima
    debajo delante detrás semana semanas mes meses año años día días hora horas minuto minutos noche noches tarde
    tardes turno turnos descanso descansos trabajo trabajos empresa fábrica planta nave almacén bodega oficina taller
    línea cinta máquina máquinas carretilla montacargas camión casco cascos guantes botas chaleco baño baños comedor
    vestuario ducha duchas agua calor frío ruido polvo sueldo salario nómina paga pago bono prima contrato horario
    vacaciones permiso baja despido jefe jefes gente compañeros compañeras trabajadores empleados cliente clientes
    problema problemas queja quejas favor gracias perdón disculpe oiga mire hola adiós saludos felicidades enhorabuena
    bravo genial excelente horrible terrible fatal increíble es son era eran fue fueron ser estar estoy está estamos
    están estaba estaban estuvo he has ha hemos han había habían hubo hay haber tengo tienes tiene tenemos tienen tenía
    tenían tuvimos hago haces hace hacemos hacen hacía hizo hicieron puedo puede podemos pueden podía pudo quiero
    quiere queremos quieren quería quisiera necesito necesita necesitamos necesitan sé sabe sabemos saben sabía creo
    cree creemos pienso piensa parece parecía siento sentimos digo dice decimos dicen dijo dijeron voy vas va vamos
    van iba fui fue veo ve vemos ven vio doy da damos dan dio dieron pongo pone ponen puso pusieron llevo lleva
    llevamos llevan llega llegan llegó llegamos sigue siguen siguió sigo falta faltan faltó sobra sobran pasa pasan
    pasó paso pasamos espero espera esperamos esperan trabajo trabaja trabajamos trabajan trabajé trabajó cobro cobra
    cobramos cobran pagan pagaron pide piden pidió pedimos manda mandan mandó mandaron deja dejan dejó dejaron trata
    tratan trató grita gritan gritó toca tocan tocó ayuda ayudan ayudó ayúdenos arreglen arreglan arregló cambian
    cambió cambiaron cambien rompieron rompió cerraron cerró abrieron abrió empezó empezaron termina terminó
    terminaron quitan quitaron ponen pongan hagan hagamos vengan vino vinieron salió salieron entró entraron cayó
    cayeron murió sucede sucedió ocurre ocurrió gusta gustaría encanta molesta duele dolió preocupa importa
    importante urgente peligro cuidado ayuda socorro auxilio basta suficiente mucho mucha muchos muchas poco poca
    pocos pocas nadie nada alguien algo ninguno ninguna varios varias ambos otro otra otros otras mismo misma cualquier
    sí no tampoco jamás ni también solamente sólo incluso sobre todo verdad mentira razón culpa miedo asco rabia vergüenza
    hambre sed sueño gloria victoria esperanza dolores rosa pilar luz blanca clara alegría alegria paz soledad consuelo
    amparo remedios socorro cruz reyes rocío rocio niño nino anoche anteayer pasado luego entonces veces
    siempre nunca cuánto cuánta cuántos cuántas cuántas también embargo incluso tanto`,
  fr: `bien mal mieux pire bon bonne bons bonnes mauvais mauvaise grand grande grands petit petite nouveau nouvelle
    nouveaux vieux vieille dernier dernière premier première deuxième troisième clair claire certain certaine sûr sûre
    difficile facile dangereux dangereuse cassé cassée sale sales propre chaud chaude froid froide fatigué fatiguée
    fatigués malade triste heureux heureuse content contente juste injuste pareil lourd lourde lourdes lourds léger
    maintenant avant après ensuite alors encore toujours enfin bientôt tard tôt ici là dehors dedans dessus dessous
    près loin pendant devant derrière semaine semaines mois année années jour jours heure heures minute minutes nuit
    soir soirée matin matinée équipe équipes pause pauses travail boulot entreprise usine atelier entrepôt bureau
    chaîne machine machines chariot camion casque gants chaussures gilet toilettes cantine vestiaire douche douches
    eau chaleur bruit poussière salaire paie prime contrat planning horaires congés congé arrêt licenciement chef
    chefs gens collègues salariés intérimaires client clients problème problèmes plainte plaintes merci pardon excusez
    bonjour bonsoir salut bravo félicitations génial excellent horrible terrible incroyable est sont était étaient
    été être suis es sommes êtes ai as a avons avez ont avait avaient eu avoir fais fait faisons faites font faisait
    peux peut pouvons pouvez peuvent pouvait pu veux veut voulons voulez veulent voulait voudrais sais sait savons
    savez savent savait crois croit pense pense pensons semble semblait sens sentons dis dit disons dites disent vais
    va allons allez vont allait allé vois voit voyons voyez voient vu donne donnent donné mets met mettent mis porte
    portent arrive arrivent arrivé continue continuent manque manquent manqué passe passent passé attends attend
    attendons attendent travaille travaillons travaillent travaillé paye payent payé payés demande demandent demandé
    oblige obligent laisse laissent laissé traite traitent crie crient crié touche touchent aide aident aidé réparez
    réparer réparé changent changé cassent fermé fermée ouvert ouverte commencé fini finissent enlèvent enlevé
    venez venu venue sorti sortie entré tombé tombée mort arrive arrivé plaît plaire gêne dérange inquiète important
    importante urgent urgente danger attention aidez secours assez beaucoup peu personne rien quelqu'un quelque chose
    aucun aucune plusieurs autre autres même n'importe oui non ni seulement surtout vraiment franchement honnêtement
    heureusement malheureusement vrai faux raison faute peur honte faim soif sommeil ben bah bref voilà voici quoi
    pourquoi comment combien quel quelle quels quelles parfois souvent rarement hier soudain désormais d'abord
    d'ailleurs cependant pourtant ainsi aussitôt depuis`,
  pt: `linda lindo bonito bonita bem mal melhor pior qual quais quanto quanta quando como onde quem tomara bom boa bons
    boas ruim ruins grande grandes pequeno pequena novo nova novos novas velho velha último última primeiro primeira
    segundo segunda claro clara certo certa seguro segura difícil fácil perigoso perigosa quebrado quebrada sujo suja
    limpo limpa quente frio fria cansado cansada cansados doente triste feliz contente justo justa injusto igual
    agora antes depois então ainda talvez quase bastante demais logo tarde cedo aqui ali lá fora dentro cima baixo
    perto longe enquanto frente atrás semana semanas mês meses ano anos dia dias hora horas minuto minutos noite noites
    manhã turno turnos intervalo pausa trabalho serviço empresa fábrica galpão armazém escritório oficina linha esteira
    máquina máquinas empilhadeira caminhão capacete luvas botas colete banheiro banheiros refeitório vestiário
    chuveiro água calor barulho poeira salário pagamento bônus contrato escala horário férias folga atestado demissão
    chefe chefes gente pessoal colegas funcionários cliente clientes problema problemas reclamação favor obrigado
    obrigada desculpa oi olá tchau parabéns ótimo ótima excelente horrível terrível incrível é são era eram foi foram
    ser estar estou está estamos estão estava estavam esteve tenho tem temos têm tinha tinham teve faço faz fazemos
    fazem fazia fez fizeram posso pode podemos podem podia pôde quero quer queremos querem queria preciso precisa
    precisamos precisam sei sabe sabemos sabem sabia acho acha achamos penso parece parecia sinto digo diz dizemos
    dizem disse disseram vou vai vamos vão ia fui vejo vê vemos veem viu dou dá damos dão deu deram ponho põe colocam
    colocaram levo leva levamos levam chega chegam chegou continua continuam falta faltam faltou passa passam passou
    espero espera esperamos esperam trabalho trabalha trabalhamos trabalham trabalhei trabalhou pagam pagaram pede
    pedem pediu manda mandam mandou mandaram deixa deixam deixou trata tratam tratou grita gritam gritou ajuda ajudam
    ajudou consertem consertaram mudam mudou mudaram quebraram quebrou fecharam fechou abriram abriu começou
    terminou tiram tiraram vieram saiu caiu caíram morreu acontece aconteceu gosto gosta adoro incomoda dói
    preocupa importa importante urgente perigo cuidado socorro chega basta muito muita muitos muitas pouco pouca
    poucos poucas ninguém nada alguém algo nenhum nenhuma vários várias ambos outro outra outros outras mesmo mesma
    qualquer sim não nem também somente só inclusive verdade mentira razão culpa medo nojo raiva vergonha fome sede
    sono graças glória gloria vitória vitoria rosa luz aurora bela valeu beleza pô né tá tô cara galera`,
  it: `bello bella belli belle bene male meglio peggio quale quali quanto quanta quando come dove chi magari buono
    buona buoni buone cattivo cattiva grande grandi piccolo piccola nuovo nuova nuovi nuove vecchio vecchia ultimo
    ultima primo prima secondo seconda chiaro chiara certo certa sicuro sicura difficile facile pericoloso pericolosa
    rotto rotta sporco sporca pulito pulita caldo calda freddo fredda stanco stanca stanchi malato malata triste felice
    contento contenta giusto giusta ingiusto uguale scotta scotto ora adesso prima dopo poi allora ancora forse quasi
    abbastanza troppo presto tardi qui qua lì là fuori dentro sopra sotto vicino lontano mentre davanti dietro
    settimana settimane mese mesi anno anni giorno giorni ora ore minuto minuti notte notti sera mattina turno turni
    pausa pause lavoro azienda fabbrica stabilimento capannone magazzino ufficio officina linea nastro macchina
    macchine muletto camion casco guanti scarpe giubbotto bagno bagni mensa spogliatoio doccia docce acqua caldo
    rumore polvere stipendio paga busta premio contratto orario ferie permesso malattia licenziamento capo capi
    gente colleghi colleghe lavoratori dipendenti cliente clienti problema problemi reclamo favore grazie scusa scusi
    ciao salve auguri complimenti bravo bravi brava brave ottimo ottima eccellente orribile terribile incredibile
    sono sei è siamo siete era erano fu stato stata essere sto sta stiamo stanno stava ho hai ha abbiamo avete hanno
    aveva avevano avere faccio fai fa facciamo fate fanno faceva fatto posso puoi può possiamo possono poteva voglio
    vuole vogliamo vogliono voleva vorrei so sa sappiamo sanno sapeva credo crede penso pensa pensiamo sembra sembrava
    sento sentiamo dico dice diciamo dicono detto vado va andiamo vanno andava andato vedo vede vediamo vedono visto
    do dà diamo danno dato metto mette mettono messo porto porta portano arriva arrivano arrivato continua continuano
    manca mancano mancato passa passano passato aspetto aspetta aspettiamo aspettano lavoro lavora lavoriamo
    lavorano lavorato pagano pagato chiede chiedono chiesto manda mandano mandato lascia lasciano lasciato tratta
    trattano urla urlano urlato tocca toccano aiuta aiutano aiutato aggiustate riparate cambiano cambiato rotto
    chiuso chiusa aperto aperta iniziato finito tolgono tolto venuto venuta uscito entrato caduto caduta morto
    succede successo capita capitato piace dispiace preoccupa importa importante urgente pericolo attenzione aiuto
    basta molto molta molti molte poco poca pochi poche nessuno niente qualcuno qualcosa alcuni alcune entrambi altro
    altra altri altre stesso stessa qualsiasi sì no neanche nemmeno solo soltanto anche veramente sinceramente
    purtroppo fortunatamente vero falso ragione colpa paura schifo rabbia vergogna fame sete sonno piangeva tremava
    piange trema penso sembrava l'ho l'ha l'hanno c'era c'erano non serena bella rosa stella gloria vittoria chiara
    bianca sole aurora speranza grazia gioia viola allegra franca`,
  de: `gut gute guter gutes schlecht schlechte besser schlimmer neu neue neuer neues alt alte groß große klein kleine
    letzte erste zweite dritte klar sicher schwer leicht gefährlich kaputt dreckig schmutzig sauber heiß warm kalt
    müde krank traurig froh zufrieden gerecht ungerecht gleich jetzt vorher nachher dann danach noch endlich bald
    spät früh hier dort draußen drinnen oben unten nah weit während vorne hinten woche wochen monat monate jahr jahre
    tag tage stunde stunden minute minuten nacht nächte abend morgen schicht schichten pause pausen arbeit firma
    werk fabrik halle lager büro werkstatt band maschine maschinen stapler lkw helm handschuhe schuhe weste toilette
    toiletten kantine umkleide dusche duschen wasser hitze lärm staub lohn gehalt prämie vertrag schichtplan urlaub
    krankmeldung kündigung chef chefin leute kollegen kollegin kolleginnen mitarbeiter kunde kunden problem probleme
    beschwerde danke bitte entschuldigung hallo tschüss servus moin glückwunsch toll super prima schrecklich
    furchtbar unglaublich sommer winter frühling herbst mann frau kind kinder vergleich ecke aufzug keller raum solange`,
  pl: `teraz potem wtedy zawsze nigdy często czasem już jeszcze znowu znów wczoraj dzisiaj dziś jutro tutaj tam tu
    dobrze źle lepiej gorzej dobry dobra dobre zły zła złe nowy nowa nowe stary stara ostatni ostatnia pierwszy
    pierwsza drugi druga trudny łatwy niebezpieczny zepsuty zepsuta brudny brudna czysty gorąco zimno zmęczony
    zmęczona chory smutny szczęśliwy zadowolony sprawiedliwy niesprawiedliwy tak nie może pewnie chyba prawie dość
    bardzo za zbyt szybko wolno wcześnie późno blisko daleko podczas przed potem tydzień tygodnia miesiąc miesiące rok
    lata dzień dni godzina godziny godzin minuta minut noc nocy wieczór rano zmiana zmiany przerwa przerwy praca pracy
    firma zakład hala magazyn biuro warsztat taśma maszyna maszyny wózek ciężarówka kask rękawice buty kamizelka
    toaleta toalety stołówka szatnia prysznic woda upał hałas kurz pensja wypłata premia umowa grafik urlop zwolnienie
    szef ludzie koledzy koleżanki pracownicy klient klienci problem problemy skarga dziękuję dzięki proszę przepraszam
    cześć hej gratulacje super świetnie okropnie strasznie niesamowite jestem jest jesteśmy są był była było byli
    były mam ma mamy mają miał miała mieli robię robi robimy robią robił robiła zrobił zrobiła mogę może możemy mogą
    mógł mogła chcę chce chcemy chcą chciał chciała wiem wie wiemy wiedzą wiedział myślę myśli wydaje mówię mówi
    mówimy mówią mówił mówiła mówiłam mówiłem powiedział powiedziała powiedzieli idę idzie idziemy idą szedł szła
    poszedł poszła widzę widzi widzimy widzą widział dam daje dajemy dają dał dała kładę kładzie czekam czeka czekamy
    czekają czekał pracuję pracuje pracujemy pracują pracował płacą płacił płaciła prosi prosił prosiła każe kazał
    kazała kazali zostawia zostawił zostawiła krzyczy krzyczał krzyczała dotyka dotykał pomaga pomagał pomogła
    naprawcie naprawili zmienili zepsuli zamknęli otworzyli zaczął skończył przyszedł przyszła wyszedł wyszła
    upadł upadła zmarł zdarza zdarzyło podoba przeszkadza boli martwi ważne pilne niebezpieczeństwo uwaga pomocy
    dosyć dużo mało nikt nic ktoś coś żaden żadna kilka inny inna inne ten sam też tylko naprawdę szczerze
    niestety prawda kłamstwo racja wina strach wstyd głód regał boże bożego narodzenie narodzenia wesołych
    wesołego świąt święta świętami wielkanoc wielkanocy wigilia wigilii sylwestra stycznia styczniu lutego lutym marca marcu
    kwietnia kwietniu maja maju czerwca czerwcu lipca lipcu sierpnia sierpniu września wrześniu października
    październiku listopada listopadzie grudnia grudniu pół`,
  vi: `nguyện lăn bến lần chuyện tay chân đầu mặt lưng bụng mắt tai miệng người nhà xưởng kho hàng máy xe ca việc
    làm lương tiền thưởng giờ phút ngày tuần tháng năm sáng trưa chiều tối đêm hôm nay mai qua trước sau lúc khi
    nào thì mà là và của cho với để nếu vì nên hay hoặc nhưng rằng trong ngoài trên dưới bên theo từ đến tới rồi
    vẫn cũng không chưa có được bị phải muốn nói bảo làm đi về ra vào lên xuống đứng ngồi nằm ăn uống ngủ nghỉ chờ
    đợi cần biết thấy nghe hỏi trả lời gọi nhắn gửi nhận mua bán sửa hỏng hư bẩn sạch nóng lạnh mệt ốm đau buồn vui
    tốt xấu đẹp mới cũ lớn nhỏ nhiều ít rất quá lắm hết cả mọi tất đã đang sẽ vừa mới luôn thường hay đôi khi
    chẳng chả đừng hãy xin cảm ơn cám vâng dạ ừ ạ nhé nha nhỉ chứ à ơi sao gì đâu ai nào bao giờ đây đó kia này ấy
    cái con chiếc việc công ty nhân viên công nhân quản lý giám đốc trưởng phòng tổ ca kíp an toàn bảo hộ găng
    giày mũ áo nước cơm căng tin vệ sinh nhà tắm khách hàng vấn đề khiếu nại phàn nàn lỗi sai đúng thật giả sợ
    xấu hổ đói khát buồn ngủ thì bảo roi tuan leo tìm thấy xong chạy mở đóng bật tắt dùng lấy cầm mang đưa đặt để gặp chờ`,
  tl: `biyernes sabado linggo lunes martes miyerkules huwebes enero pebrero marso abril mayo hunyo hulyo agosto
    setyembre oktubre nobyembre disyembre pasko bagong taon mahal araw gabi umaga hapon tanghali ngayon kahapon bukas
    mamaya kanina dati lagi palagi minsan madalas dito diyan doon sobra sobrang masyado medyo talaga naman kasi
    pero kaya dahil kung kapag habang bago pagkatapos trabaho sahod sweldo bonus kontrata schedule overtime break
    pahinga bodega planta opisina makina trak helmet guwantes sapatos banyo kantina tubig init ingay alikabok amo
    boss kasama katrabaho tao mga customer problema reklamo salamat pasensya paki pakiusap sige oo hindi wala may
    meron mayroon ayaw gusto kailangan pwede puwede dapat baka siguro sana mabuti masama maganda pangit bago luma
    malaki maliit mainit malamig pagod may sakit malungkot masaya tama mali totoo takot hiya gutom uhaw antok
    maraming marami konti kaunti lahat walang wala iba pareho bawal ayon sinabi sabi nagsabi sinigawan binastos
    tinulak tumulong nagtrabaho nagrereklamo inilipat bisaya pinoy pinay tagalog ilocano cebuano igorot chinoy
    iglesia katoliko muslim kristiyano maligayang bati ingat kuya ate ako ikaw siya kami tayo kayo sila ko mo niya
    namin natin ninyo nila ito iyan iyon dito po opo ho oho naku grabe sayang lola lolo sanay`,
};
