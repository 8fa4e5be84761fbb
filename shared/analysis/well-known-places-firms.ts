import { lazyPattern } from './lazy-pattern';

/*
 * Round 34: places and firms everyone knows, which a capital at the head of a sentence made a person's name
 * ("Сьогодні Київ без світла" stored "Сьогодні [NAME] без світла", "Amazon keeps stealing our data" stored "[NAME]
 * keeps …"). They point at no one: a city of millions, a firm of thousands. Data only, lower case; Ukrainian and
 * Russian cities as stems that take a case's ending ("Києві", "Харкова", "Москву"). Words that are given names too
 * ("Paris", "Sydney", "Florence", "Austin") and firms named for a family that people are named for too ("Ford",
 * "Hilton", "Warner") are left to the towns rules, which read the words around them.
 */
export const WELL_KNOWN_CITIES_LATIN = new Set(
  `london manchester birmingham liverpool leeds glasgow edinburgh bristol cardiff belfast dublin cork newcastle
  sheffield nottingham leicester coventry bradford southampton portsmouth plymouth brighton aberdeen dundee swansea
  berlin hamburg münchen munchen munich köln koln cologne frankfurt stuttgart düsseldorf dusseldorf dortmund essen
  leipzig bremen dresden hannover nürnberg nurnberg nuremberg duisburg bochum wien vienna graz linz salzburg zürich
  zurich genf geneva basel bern madrid barcelona valencia sevilla seville zaragoza málaga malaga bilbao murcia
  palma alicante valladolid córdoba cordoba granada vigo gijón gijon lisboa lisbon porto braga coimbra roma rome
  milano milan napoli naples torino turin palermo genova genoa bologna firenze venezia venice verona bari catania
  amsterdam rotterdam utrecht eindhoven groningen antwerpen antwerp bruxelles brussels brussel gent ghent liège
  liege lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes reims toulon grenoble
  warszawa warsaw kraków krakow łódź lodz wrocław wroclaw poznań poznan gdańsk gdansk szczecin lublin katowice
  bydgoszcz praha prague brno ostrava plzeň plzen bratislava košice kosice budapest debrecen bucurești bucuresti
  bucharest cluj timișoara timisoara iași iasi sofia plovdiv varna beograd belgrade zagreb ljubljana sarajevo
  athens athína thessaloniki istanbul ankara izmir bursa antalya kyiv kiev kharkiv odesa odessa dnipro lviv
  zaporizhzhia moscow moskva petersburg novosibirsk yekaterinburg kazan minsk vilnius riga tallinn helsinki
  stockholm göteborg goteborg gothenburg malmö malmo oslo bergen københavn kobenhavn copenhagen aarhus reykjavik
  toronto montreal montréal vancouver calgary ottawa edmonton winnipeg chicago houston philadelphia phoenix dallas
  detroit boston seattle denver nashville baltimore milwaukee atlanta miami cleveland pittsburgh cincinnati
  minneapolis sacramento tucson fresno omaha memphis louisville albuquerque newark oakland tampa honolulu anchorage
  brooklyn manhattan queens bronx chennai mumbai delhi bangalore bengaluru hyderabad kolkata pune ahmedabad karachi
  lahore dhaka manila cebu jakarta surabaya bandung hanoi saigon bangkok shanghai beijing shenzhen guangzhou seoul
  busan tokyo osaka kyoto nagoya lagos abuja nairobi accra johannesburg durban cairo casablanca tunis algiers dubai
  riyadh jeddah doha tehran baghdad beirut amman bogotá bogota medellín medellin cali lima quito caracas santiago
  buenos montevideo asunción asuncion guadalajara monterrey tijuana puebla havana habana`.split(/\s+/),
);

// Stems, then the endings Ukrainian and Russian put on a city ("у Києві", "з Харкова", "в Москву", "под Одессой").
const CYRILLIC_CITY_STEMS = `київ києв харків харков одес одеськ дніпр дніпропетровськ львів запоріжж
  вінниц полтав чернігов чернігів сум херсон миколаїв миколаєв маріупол луцьк рівн тернопол тернопіл житомир черкас
  ужгород кропивницьк чернівц ірпін бучі буч кременчук краматорськ слов'янськ бахмут ізюм мелітопол бердянськ
  київщин харківщин львівщин одещин москв петербург санкт-петербург  новосибирск екатеринбург казан нижн
  самар омск уф красноярск перм воронеж волгоград краснодар саратов тюмен тольятти ижевск барнаул
  ульяновск иркутск хабаровск ярославл владивосток махачкал томск оренбург кемеров новокузнецк рязан астрахан
  пенз липецк калининград тул сочи киев харьков одесс днепр запорож минск гомел могилев могилёв витебск гродн
  брест алмат астан ташкент бишкек баку тбилиси ереван кишинев кишинёв рига вильнюс таллин варшав праг берлин
  лондон париж`.split(/\s+/);
const CYRILLIC_ENDINGS = 'а|у|і|и|ї|е|є|ом|ем|ою|ой|ей|ів|ах|ам|ами|ові|ы|я|ю|ь|о';
export const WELL_KNOWN_CITY_CYRILLIC = lazyPattern(
  `^(?:${CYRILLIC_CITY_STEMS.sort((a, b) => b.length - a.length).join('|')})(?:${CYRILLIC_ENDINGS})?$`,
  'u',
);

export const WELL_KNOWN_FIRMS = new Set(
  `amazon google alphabet microsoft apple meta facebook instagram whatsapp netflix tesla uber lyft airbnb doordash
  deliveroo instacart spotify twitter linkedin oracle ibm intel nvidia amd cisco hp lenovo samsung sony
  panasonic toshiba hitachi siemens bosch ericsson nokia huawei xiaomi alibaba tencent baidu bytedance
  tiktok walmart costco target kroger tesco sainsburys asda morrisons aldi lidl waitrose carrefour auchan
  leclerc intermarché intermarche mercadona rewe edeka kaufland netto ikea primark zara inditex h&m nike adidas puma
  starbucks mcdonalds mcdonald's subway kfc pepsico pepsi cocacola coca-cola nestle nestlé unilever danone mondelez
  heinz ferrero diageo heineken carlsberg ab-inbev pfizer moderna novartis roche bayer sanofi
  astrazeneca glaxosmithkline gsk merck medtronic deloitte accenture kpmg pwc mckinsey capgemini infosys
  wipro tcs cognizant boeing airbus lockheed raytheon ge honeywell caterpillar volkswagen vw bmw mercedes daimler
  audi porsche toyota honda nissan hyundai chrysler stellantis renault peugeot fiat volvo scania
  shell bp exxon exxonmobil chevron totalenergies aramco gazprom ups fedex dhl usps hermes dpd amtrak ryanair
  easyjet lufthansa emirates jpmorgan goldman barclays hsbc santander bbva lloyds natwest citi citibank
  wellsfargo visa mastercard paypal stripe revolut klarna verizon vodafone telefonica orange comcast disney
  paramount accor sodexo aramark compass serco g4s securitas adecco randstad manpower
  indeed glassdoor salesforce sap adobe atlassian shopify zoom slack dropbox yahoo ebay etsy temu shein`.split(/\s+/),
);
