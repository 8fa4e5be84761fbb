/*
 * Given names of the languages employees write in besides English: Spanish
 * (Spain and Latin America), French, Portuguese (Brazil and Portugal),
 * German, Italian, Polish, Filipino and Dutch. Written from knowledge of the names
 * most given in those countries over the last seventy years (as their
 * statistics offices publish them: INE, INSEE, IBGE, Destatis, ISTAT, GUS,
 * PSA; no list was copied), as a workforce spans those years, with the short
 * forms people use ("Lupita", "Grzesiek", "Jun-jun"). Lower case without accents: given-names.ts reads
 * "Fermín", "fermin" and "FERMÍN" alike, and the Polish forms "Jolantą",
 * "Arkadiuszowi" through their stems. Vietnamese given names are syllables of
 * everyday words ("Tâm", "Sơn", "Lan"): they are read from the words around
 * them instead (redact-names-vietnamese.ts). Names that are as often a place
 * or a firm in English text ("Carolina", "Florence", "Emerson", "Mercedes",
 * "Heinz") are left out: there only a title or a role says a person. Data
 * only.
 */
export const GIVEN_NAMES_BY_LANGUAGE: Readonly<Record<string, string>> = {
  es: `
    abel abelardo abraham adela adelaida adelina adolfo adriano agapito agueda agustin agustina aida
    aitana aitor alba albano alfonso alicia alonso amador amalia amancio amaya ambrosio amelia amparo
    anabel anacleto anastasio andrea angel angela angelica angelina angustias anibal anselmo antonia
    antonio apolinar araceli arcadio ariadna armando arsenio asier atanasio aurelia aurelio aureliano
    aurora avelino azucena balbino baltasar bartolome basilio begona belen benigno benita benito bernabe
    bernarda bernardo bernardino blas bonifacio borja brigida bruno buenaventura candela candelaria candido
    carlota carmelo carmela casimiro casilda catalina cayetano cayetana ceferino celestino celia celso cipriano
    ciriaco cirilo claudio clemente clotilde concha conchi conchita constantino coral cosme
    crescencio crisanto cristobal cruz custodio dalia damaso dario delfina demetrio desiderio diana dionisio
    domingo dominga donato dorotea edelmira eladio elias eliseo eloisa eloy elvira emiliano emilia encarna
    encarnacion enriqueta epifanio erasmo esteban estefania estela estrella eufemia eugenia eulalia eusebio
    eustaquio evangelina evaristo ezequiel fabian facundo fausto federico feliciano felicidad felipa felisa
    fermin fernanda ferran fidel filomena flor florencio florentino florencia fortunato francisca frutos
    fulgencio gaspar genaro geronimo gerardo gertrudis gilberto gines gonzalo graciela gregoria gregorio
    guadalupe gumersindo herminia heriberto hermenegildo higinio hilario hilda honorio horacio humberto ignacio
    inigo inocencio irene isaac isaias isidoro isidro ismael iratxe itziar jacinta jacinto jenaro jeronimo
    joaquina jonatan josefa josefina jovita juanita julian juliana justo justina ladislao lazaro leandro
    leocadia leonardo leonor leopoldo leticia liliana lino lorenzo luciano lucio lucrecia lupe lupita macarena
    macario manuela manolo marcela marcelino marcial margarita maria marina marisa maritza marta martina matias
    matilde maximino maximo melchor micaela milagros miriam modesto moises montserrat narciso
    natividad nazario nemesio nicanor nicasio nicolasa nieves norberto octavio olegario onofre osvaldo
    pascual pastora patricio paulino paz pelayo perfecto petra placido plutarco policarpo porfirio primitivo
    prudencio purificacion quintin ramiro ramona reinaldo remedios reyes rigoberto rocio rodolfo rogelio
    rolando romualdo rosalia rosario rufino ruperto sabina salome samuel sancho sebastian segundo
    serafin severiano severino silvestre silvio simon sixto socorro sofia soledad tadeo telmo teodora teodoro
    teofilo timoteo tiburcio tomas toribio tomasa ubaldo ulises urbano valentin venancio veronica
    vicenta vicente victoriano virgilio wenceslao xavi yolanda zacarias zoila lucas hugo martin leo nerea
    marcos jorge ivan ruben ines eva lucia claudia sara paula elena julia noelia sonia beatriz cristina rosa
    pilar lola pepa charo merche maite inma nuria yaiza ainara iker unai jon mikel xabier josu gorka koldo
    txema kike quique fran javi dani edu rafa sergi jordi pau arnau oriol marc biel joan montse roser`,
  fr: `
    adele adeline adrien agathe agnes aime aimee albane alexandre alexandrine alexis alfred alice aline alix
    amandine ambre anais anatole andree angele angelique annabelle anne-marie annick antoine antonin apolline
    ariane armand arnaud arthur auguste augustin aurelien aurore axel axelle baptiste barnabe bastien benedicte
    berenice bernadette bertrand blanche blandine brice brigitte bruno capucine carole cecile celestin celine
    charles charlene charline chantal clarisse clement clementine clothilde clotilde coline colette corentin
    corinne cyril cyrille damien danielle delphine denis desire dorian dorothee edith edmond edouard eleonore
    eliane elise eloi eloise emeline emile emilie emmanuel emmanuelle enzo estelle etienne eugene eugenie
    evelyne fabienne fabrice fanny felicien felix fernand fernande firmin florent florian franck
    francoise frederique gabin gaetan gaelle gaspard gauthier genevieve georges georgette geraldine gerald
    gerard germain germaine ghislain ghislaine gilbert gisele gregoire gustave gwenael gwenaelle helene henri
    henriette herve hortense huguette irene isaure jacqueline jean-baptiste jean-claude jean-francois jean-luc
    jean-marc jean-michel jean-paul jean-pierre jeanne jeannine joel joelle jonathan jordan josiane josette
    jules julie julien juliette justine kevin laure laurence laurent leandre leon leonie leonard lionel lise
    lisette loic louis louise lucie lucien lucienne ludivine ludovic lydie madeleine maelle maelys
    maeva marc marcel marceline margot marguerite marianne marius marthe martine maryse mathias mathis
    mathilde matthieu maurice maxence maxime melanie melissa michele micheline mireille monique morgane muriel
    mylene nadege nadine nathan nathanael noel noelle noemie odette odile olivia ophelie oriane pascale patrice
    paul paule paulette perrine pierrick quentin rachel raphael raphaelle raymond raymonde regine
    remi renaud richard robert rodolphe roger roland romane romuald rosalie roselyne sabine sacha salome
    samuel sandrine sebastien segolene serge severine simone solange solene sophie stephanie suzanne suzette
    sylvain sylvie tanguy theo theophile therese thibault thibaut thomas timothee tristan ulysse valentin
    valerie vanessa victor victorine vincent violaine virginie vivien vivienne xavier yann yannick
    yolande yves yvette yvonne zoe lourdes`,
  pt: `
    abilio acacio adalberto ademir adilson adriana afonso agostinho aguinaldo aldo alessandra alexandre alice
    almir alzira amanda amelia anderson andreia angelo antonia aparecida arlete arlindo armando augusto aurelio
    beatriz benedita benedito bernardo bruno caio camila carla catarina cecilia celia celso 
    clara claudia claudio cleber cleide conceicao cristiano cristina daniele davi debora denise diego diogo
    dirceu domingos douglas edileuza edilson edivaldo edmilson edna edson eduarda elaine eliana eliane elias
    elisa elisangela eliseu elza enzo erica everton fabiana fabiola fatima felipe fernanda fernando
    flavia flavio francisca francisco gabriel gabriela geraldo gilberto gilmar gilson giovana glauco graca
    graziela guilherme gustavo heitor helena heloisa henrique hugo iara igor iolanda iracema irene isabel
    isabela isadora ivone jacinto jailson janaina jefferson joana joaquim jonas jordana jorge josefa
    joselito josue juarez julia juliana juscelino jussara kaique katia kelly laercio laura leandro leonardo
    leonor leticia lidia lindomar lourdes lucas luciana luciano lucimar luis luiza lurdes luzia manoel marcela
    marcelo marcia marcio marcos margarida maria mariana marilia marina mario marisa marlene marli matheus
    mauricio mauro michele miguel miriam moacir murilo nadia natalia nilton nivaldo odair osvaldo
    otavio patricia paulo pedro priscila rafael rafaela raimunda raimundo raquel reginaldo reinaldo
    renan renata renato ricardo rita roberta roberto rodrigo rogerio romeu ronaldo rosa rosana rosangela
    rosemary rubens rui samuel sandra sebastiao sergio severino silvana silvia simone sonia suely tais tatiana
    teresa thais thiago tiago valdemar valdir valeria vanderlei vanessa vera vicente vinicius vitor vitoria
    wagner waldir wellington wesley willian wilson yara ze zeca zelia zuleide`,
  de: `
    achim adelheid alfons almut alois angelika annegret annelie anneliese annemarie arne arnold axel barbel
    beate benedikt benno bernhard berthold birte bodo burkhard carsten christa christel christiane christoph
    claus cornelia dagmar detlev diethelm dietmar dietrich doris dorothea eberhard eckhard edeltraud egon
    ekkehard elfriede elisabeth ellen elmar elsbeth emil engelbert erhard erich ernst erwin eugen ewald falk
    felix ferdinand finn franz franziska friedhelm friedrich friederike frieder gabi gabriele gebhard gerda
    gerlinde gernot gerold gertrud gesine gottfried gottlieb gregor grete gretel gunda gundula gunnar gunther
    hagen hannelore hannes hansjorg hanspeter harald hartwig hedwig heiko heiner heinrich helge helmuth
    henning herbert hermann hilde hildegard hiltrud holger horst hubert hubertus ida ilka ilona imke ina inga
    ingolf irmgard irmtraud isolde jan-peter joachim jochen johann johanna johannes josef jost jutta karl-heinz
    karla katharina kathrin klara klemens konstantin kunibert kurt laura lieselotte liselotte lothar lotte
    ludger ludwig lukas luise magdalena maik malte manuela mareike margarete margit margot marianne marlies
    marthe mathilde mechthild meike melanie merle mia michaela mirko nele nils norbert notker olaf ole ortrud
    oskar ottmar otto paula pius raimund reinhold reinhart renate richard rita roland rolf roswitha
    rudiger rudolf ruprecht ruth sabrina sascha siegmund sieglinde sigrid sigmund silvia sonja steffen steffi
    susanne swantje theo theodor thilo till tilman tim tobias torben traudl ulf ulla ulrich ute valentin veit
    verena volkmar waltraud waltraut walther wendelin werner wilfried wilhelm wilhelmine willi wiebke winfried
    wolf wolfram yvonne`,
  it: `
    ada adalberto addolorata adriano agata agostino alba alberto aldo alessia alfonso alfredo alice
    amalia ambra amedeo amerigo angela angelo anna annalisa annamaria annunziata anselmo antonella antonietta
    antonino antonio arianna armando arnaldo assunta attilio aurelio barbara beatrice benedetta beniamino
    benito bernardo biagio bianca bruna brunella bruno calogero camilla carla carlo carmela carmelo carmine
    caterina cesare cesira chiara cinzia claudia clelia concetta corrado cosimo costantino cristiano dalila
    damiano daniela dante debora delia desiderio diletta dino domenica domenico donatella donato edoardo elena
    eleonora elio elvira emanuela emanuele emma enrica enrico enzo erminia ermanno ernesto ettore eugenio
    fabiola fabrizio fausto federica fedele felice ferdinando fernanda filippo filomena fiorella flavia flavio
    franca franco fulvio gabriele gaetano gaia gennaro giacomo giada gianfranco giancarlo gianluigi gianni
    gianpaolo gilberto gino giorgio giovanna giuliana giuliano giulio giuseppina gloria graziella graziano
    guido ida ignazio ilario immacolata ines irene italo ivano lamberto lara leonardo letizia liliana lino
    livia lorena loredana luca luciana luciano lucio ludovica luigi luigia maddalena manuela marcella marcello
    margherita mariangela marina mario marisa marzia massimiliano maurizio mauro michela michele milena mirella
    monica nadia natale nazzareno nicola nicoletta nino nunzia nunzio oreste ornella ottavio ottavia
    pamela pasquale patrizia patrizio pietro piero pina pino raffaele raffaella renato renzo riccardo rita
    roberto rocco romano romeo rosalba rosanna rosaria rossana rossella ruggero sabrina salvatore samuele
    sandro santina santino santo sara saverio sergio silvana silvio simona simone sofia stefania tatiana teresa
    tiziana tiziano tommaso ugo umberto valentina valerio vanna vincenza virginia vito vittoria vittorio walter`,
  pl: `
    adam adrian agata albert aleksander alicja alina amelia anastazja aneta aniela antoni antonina arkadiusz
    barbara bartlomiej beata benedykt bernadeta bogdan bogumila boguslaw boguslawa bogusia bozena bronislaw
    bronislawa cecylia celina czeslawa daniel danuta dariusz dominik dominika dorota edyta edward eliza
    elzbieta emil emilia eugeniusz ewa feliks franciszek franciszka gabriela genowefa grazyna halina hanna
    helena henryka hieronim ignacy igor ilona irena ireneusz iwona izabela jadwiga janina jaroslawa jerzy
    joanna jolanta julian julianna justyna kamila karol karolina kazimiera kinga klaudia konstanty kornelia
    krystian krystyna ksawery lech leokadia leon lidia lucyna ludwik ludwika lukasz malgorzata marek maria
    marian marianna marzena mateusz michalina mieczyslaw mieczyslawa milena miroslawa monika norbert olga
    oliwia oliwer patrycja patryk pawel roman romuald ryszarda sabina seweryn sebastian stanislawa
    stefan stefania sylwester sylwia szymon tekla teodor teresa tymon tymoteusz urszula walenty waleria wanda
    wawrzyniec wera wieslawa wiktor wincenty wladyslawa wlodzimierz zbyszek zdzislawa zenon zenobia zofia
    zuzanna ziemowit bogumil boleslaw ela gosia kasia basia ola ula jola grzesiek jurek tomek wojtek
    krzysiek przemek maciek bartek darek jarek mirek slawek radek kuba antek franek staszek arek anka`,
  tl: `
    analyn angelito arnel bong bongbong carmelita charito cherry chona consolacion cresencia dodong dolor
    editha efren eduardo emmanuel erlinda estrella evangeline florante florencio gemma generoso gerlie
    gina glenda imelda jaime jericho jerome jhon jomar jonalyn jonel joel jovelyn jovy junjun jun-jun kristine
    leonora lerma leticia lorna luzviminda maricel maricar marilou marites maritess marivic marlon melchor
    merlinda michelle milagros mylene nenita nestor noel norberto nora ofelia perla precious ramil randy
    reynaldo rhea richelle rodel rogelio rolando romeo rommel rosalinda rosario rowena ruben shiela sheryl
    teodoro teresita virgilio wilfredo wilma zenaida jonjon dondon tonton bebeng inday neneng nonoy toto totoy`,
  // Dutch and Flemish (CBS, Statbel), without those that are English words ("Sander", "Floor", "Joke") or that
  // Portuguese or French write ("Sem", "Bas"); "Jan" is a month too (redact-names-calendar.ts).
  nl: `
    daan piet pieter kees henk klaas gerrit hendrik cornelis arjen bram stijn gijs teun luuk koen joost wouter
    jeroen thijs femke sanne anouk lieke marieke annemieke mieke saskia anneke hanneke maaike eline truus`,
  // Blind round 25: the languages of the workforce no list read yet, from the same offices' published name statistics
  // (SCB, SSB, Danmarks Statistik, DVV, ČSÚ, KSH, DZS, RZS, the Baltic and Romanian registers, KNBS, ONS for Wales),
  // without those that are words of English or of their own language ("Per", "Tore", "Signe", "Sari", "Petri",
  // "Edit", "Ante", "Mate", "Luka", "Satu", "Esa"), a town ("Milan"), or read in reviews as a typo or slang ("Greta"
  // for "great", "Lotta" for "a lot of", "Outi" in "outIn"). Nordic (Swedish, Norwegian, Danish):
  nordic: `
    anders bjorn soren rasmus mads magnus henrik jesper mikkel morten kasper frederik gustav gustaf olof olov erik knut
    leif arne bengt goran joakim johan fredrik mattias kristian kristoffer christoffer torbjorn trond haakon hakon
    sigurd espen eirik einar gunnar stig ragnar asbjorn vidar mette kirsten lene hanne birgitte marianne bodil dorthe
    randi tove solveig ragnhild gunhild astrid ebba elsa freja frida linnea maja pernilla annika malin josefin emelie
    sanna kajsa`,
  fi: `
    pekka mikko jukka ville juha jussi antti matti janne jari heikki teemu tuomas markku seppo veikko jarmo tapio
    ilkka kimmo harri lauri arto pasi risto raimo erkki pentti hannu kalle tuukka liisa riikka paivi minna tuula marja
    leena kaisa johanna merja pirjo sirpa ritva hilkka terhi niina elina eveliina iida aino kirsi tarja anneli
    annukka hannele jaana tiina mervi marjatta marketta sirkka raija seija eija susanna sinikka irmeli kaarina
    annikki tuulikki katja jenni jonna sanni veera venla pirkko marjut milla essi oona aila anu
    timo olli jani toni petri jyrki jouni keijo tero vesa kalevi jorma olavi ilmari tapani antero juhani eino reijo
    kauko aarne eero eetu joni aleksi joonas joona aatu lassi sakari rauno taisto urho vaino osmo esko jarkko
    jaakko jyri samuli ismo kyosti lasse`,
  // Czech and Slovak, with the short forms said at work ("Jirka", "Honza", "Zuzka").
  cs: `
    jiri jirka honza petr vojta vojtech ondra ondrej matej stepan vaclav zdenek jaroslav miroslav ladislav frantisek
    karel vlastimil bohumil jindrich libor lubos lubomir marek katka katerina zuzka zuzana lucka hanka jitka lenka
    ivona marketa barbora tereza klara alena vlasta radka iveta pavla`,
  hu: `
    gabor laszlo istvan pisti janos jancsi ferenc feri zoltan zoli attila tibor sandor jozsef jozsi imre lajos gyula
    gyuri gyorgy balazs bence csaba akos levente erzsi erzsebet katalin kati zsuzsa zsuzsi ildiko judit krisztina
    aniko eniko timea reka dora noemi orsi orsolya
    zsolt zsolti tamas andras miklos mihaly gergely gergo szabolcs csongor geza dezso jeno karoly lorinc vilmos
    zsigmond tivadar kristof marton bertalan agoston barnabas botond kornel szilard zsombor bendeguz
    agnes eszter gizella hajnalka ibolya magdolna marianna melinda piroska szilvia tunde zsofia zsofi boglarka
    emese brigitta csilla henrietta nikoletta mariann marcsi eszti erika edina kriszta evelin bernadett`,
  // Croatian, Serbian, Bosnian and Slovene in Latin letters.
  sh: `
    dragan goran zoran milos nikola marko stjepan tomislav zeljko dusan dejan nenad bojan vlado srdjan slobodan
    miodrag branko davor damir edin mirza josip kresimir jovan petar jelena milica ivana dragana snezana biljana
    gordana vesna mirjana sanja marija jasmina ljiljana dubravka suzana azra lejla emina`,
  // Lithuanian, Latvian and Estonian.
  baltic: `
    mantas darius marius vytautas mindaugas audrius egle jurgita ausra agne ieva janis andris juris peteris ilze
    inese zane baiba tiit toomas jaan priit margus tonu urmas kadri triin tiiu liina`,
  ro: `
    ionut gheorghe mihai catalin florin sorin razvan cosmin ovidiu costel andreea mihaela roxana oana nicoleta corina
    madalina ioana florentina`,
  // Swahili and the Kenyan and Tanzanian names beside it; those that are Swahili words ("baraka", "neema") are in
  // WORDLIKE_GIVEN_NAMES below.
  sw: `
    wanjiku njeri wambui achieng akinyi atieno otieno odhiambo ochieng omondi mwangi chebet halima hamisi rashidi
    bakari athumani mussa`,
  cy: `
    dafydd gethin rhodri emyr ieuan huw aled carys cerys sian ffion bethan eleri angharad lowri myfanwy`,
  // English-speaking workplaces' names the first lists missed (blind round 25: "priscilla in hr", "ravinder starts").
  more: `
    priscilla tamsin lucinda dionne desmond ravinder kashif murugan ziggy karina alessio selvam connor conor mandy`,
  // Blind round 26: names of the workforce still missing: Norwegian, Albanian, Somali (as Somali spells them, with
  // "c" and "x"), Hausa and Yoruba, Scottish, Slovak and Polish short forms said at work, and British and
  // Australian nicknames made of a name ("stevo", "deano", "gaz", "shaz"), with two English names the lists missed
  // ("hollie", "winston"); not those that are words ("tel", French "such"; "mo", "bo", "al"; "gaz", Polish gas; "kel",
  // French slang), nor short forms whose Polish cases are words ("kaśka": "kaski", helmets; "janka": "janky").
  no: `
    kjetil steinar geir terje jostein oddvar ivar sindre eivind torstein audun snorre sveinung ingvild sigrid
    gunnhild turid`,
  sq: `
    arben arjan besnik blerim driton fatmir gezim ilir kujtim valon agron erion eltion shpetim blerta
    elira fjolla vjosa entela`,
  so: `
    cabdi cabdullahi maxamed xasan faarax warsame ayaan hodan faadumo sahra hibaaq nasra xaliimo`,
  ha: `
    sani abubakar danjuma aminu lawal yakubu hauwa tunde adebayo olumide segun bisi funmi yetunde bukola
    tolu ngozi chidi emeka obinna nkechi`,
  gd: `
    lachlan hamish callum ewan eilidh morag kirsty mhairi ailsa catriona iain`,
  sk: `
    zuzka evka danka mirka ivka`,
  nick: `
    stevo deano baz shaz dazza daz shazza bazza gazza robbo johnno davo macca jonno hollie winston`,
  // Blind round 27: names of the workforce the lists still missed, Czech, Estonian, Swedish, Dutch, Lithuanian,
  // Irish (as Irish writes "Máire"), Indian, Spanish and English ones.
  r27: `
    jarmila tiina birgitta gert gintaras maire pankaj maricarmen moira candice rosalind xiomara dre`,
  // Blind round 28: English, Spanish, Yoruba, Danish, Dutch and Mongolian names the lists still missed (and the outside
  // attacker's "spoken to Gwendolyn about", atp29).
  r28: `
    wendell persephone hortensia rosaura folake ottoline pippa jørgen jorgen wim bayarmaa gwendolyn`,
};

/*
 * Those that are also everyday words, of English or of their own language
 * ("perfecto", "socorro", "Noël", "assunta" (hired), "Wolf", "Precious"):
 * names only where the words around them say so, as given-names.ts treats
 * "Will" and "Grace".
 */
export const WORDLIKE_GIVEN_NAMES = `
leo nino jon ole regine solange lola tomas guido otto pau nele domingos maximo coral marina justo segundo socorro
perfecto modesto clemente reyes cruz paz nieves pastora primitivo candido placido fortunato inocencio
felicidad soledad natividad remedios milagros amparo rocio angustias encarnacion purificacion domingo flor
estrella alba dalia custodio frutos urbano lino desiderio belen desire clement blanche aime aimee
ambre noel lourdes rosemary clara vera graca aparecida vitoria henning nils till ute wolf ernst kurt malte
wolfram chiara felice bianca franco santo natale fedele gaia vittoria pino romano italo assunta roman ola ela
kuba cherry precious bong toto perla dolor generoso dolly
baraka neema amani zawadi rehema subira juma massimo victoire
musa mo tel gaz kel pip`;
