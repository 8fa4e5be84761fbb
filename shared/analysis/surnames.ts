import { isEnglishWord } from './english-dictionary';
import { isLowerAsciiWord } from './ascii-letters';

/*
 * Common surnames, for redaction: the most frequent in the US and the UK and
 * in the countries a workforce comes from (Hispanic, South Asian, Chinese,
 * Korean, Vietnamese, Japanese, Polish, German, Italian, French, Portuguese,
 * Russian, West and East African, Arabic, Irish, Dutch, Nordic, Turkish,
 * Greek, Central European). Lower case, without accents. A surname that is
 * also an English word ('King', 'Brown', 'Smith') needs the sentence to say it
 * is a person.
 */
/*
 * South Asian surnames beyond the few above, by region (Marathi, Bengali, Odia, South Indian, Punjabi and Sikh,
 * North Indian, Gujarati, Goan and Mangalorean Christian, Muslim, Parsi), written from general knowledge. Left out on
 * purpose: those that are also a word the service hears ("pai" is Portuguese for father, "tomar" Spanish for take,
 * "bains", "jena", "mitra", "kadam", "pandit", "prabhu", "mandal", "irani", "rajput"), and those that name a company
 * people review ("Tata", "Birla", "Bajaj", "Mahindra", "Godrej", "Jindal", "Mittal", "Oberoi").
 */
const SOUTH_ASIAN = `kulkarni deshpande deshmukh gokhale apte ranade phadke bapat sathe kelkar karandikar patwardhan paranjpe bhide godbole
khare wagh pawar jadhav shinde patil chavan gaikwad bhosale mhatre salvi sawant kamble thorat mohite nikam lokhande
naik nadkarni kamat bhattacharya bhattacharjee chakraborty chakravarty ganguly mukhopadhyay chattopadhyay
bandyopadhyay sengupta dasgupta basu datta guha saha kundu dhar lahiri bagchi biswas sarkar haldar majumdar mazumdar
mondal roychowdhury acharya mohanty mohapatra mahapatra pradhan behera sahoo sahu swain nayak barik patnaik hegde
shetty kamath bhandari gowda varma raju murthy murty sastry shastri chowdary iyengar ayyar subramaniam ramachandran
ramanathan narayanan srinivasan venkataraman natarajan balasubramanian swaminathan gopalan krishnamurthy rajagopal
nambiar namboodiri kurup panicker warrier varghese kurian chacko cherian kutty thampi unnikrishnan sandhu sidhu
dhillon grewal brar bajwa cheema randhawa virk sekhon ahluwalia walia sodhi kaur arora ahuja khanna malhotra mehra
sethi bhatia kohli suri tandon talwar bedi duggal chadha chawla dhawan khurana luthra makhija narang sahni sawhney
taneja uppal vohra wadhwa mehrotra kakkar bhalla gulati juneja khattar nagpal sachdeva sood vij bhardwaj vashisht
tyagi chahal hooda dahiya sangwan saini kushwaha maurya rathore rathod shekhawat bhati sisodia chandel shukla awasthi
dixit pathak dubey chaubey ojha bhargava kaushik rawat negi bisht chauhan solanki parmar jadeja makwana vaghela
panchal prajapati parikh pandya vyas trivedi dwivedi chaturvedi upadhyay bhatnagar srivastava shrivastava saxena nigam
asthana sinha prasad choudhary chaudhary chowdhury goswami mahajan goel goyal bansal singhal garg aggarwal agrawal
khandelwal maheshwari bajpai vajpayee sanghvi doshi kothari jhaveri zaveri dsouza dcosta dcunha noronha menezes
coutinho gonsalves ansari farooqui rizvi naqvi zaidi jafri abidi hashmi usmani pathan shaikh syed mirza baig chishti
kidwai lakhani mistry bharucha dastur daruwala tiwary jha dey rai bhat`;

const SURNAMES = new Set(
  `davies griffiths wilkinson smith johnson williams jones brown davis miller wilson moore taylor anderson thomas jackson white harris martin
thompson garcia martinez robinson clark rodriguez lewis lee walker hall allen young hernandez king wright lopez hill
scott green adams baker gonzalez nelson carter mitchell perez roberts turner phillips campbell parker evans edwards
collins stewart sanchez morris rogers reed cook morgan bell murphy bailey rivera cooper richardson cox howard ward
torres peterson gray ramirez james watson brooks kelly sanders price bennett wood barnes ross henderson coleman
jenkins perry powell long patterson hughes flores washington butler simmons foster gonzales bryant alexander russell
griffin diaz hayes myers ford hamilton graham sullivan wallace woods cole west jordan owens reynolds fisher ellis
harrison gibson mcdonald cruz marshall ortiz gomez murray freeman wells webb simpson stevens tucker porter hunter
hicks crawford henry boyd mason morales kennedy warren dixon ramos reyes burns gordon shaw holmes rice robertson hunt
black daniels palmer mills nichols grant knight ferguson rose stone hawkins dunn perkins hudson spencer gardner
stephens payne pierce berry matthews arnold wagner willis ray watkins olson carroll duncan snyder hart cunningham
bradley lane andrews ruiz harper fox riley armstrong carpenter weaver greene lawrence elliott chavez sims austin
peters kelley franklin lawson fields gutierrez ryan schmidt carr vasquez castillo wheeler chapman oliver montgomery
richards williamson johnston banks meyer bishop mccoy howell alvarez morrison hansen fernandez garza harvey little
burton stanley nguyen george jacobs reid fuller lynch dean gilbert garrett romero welch larson frazier burke hanson
day mendoza moreno bowman medina fowler brewer hoffman carlson silva pearson holland douglas fleming jensen vargas
byrd davidson hopkins may terry herrera wade soto walters curtis neal caldwell lowe jennings barnett graves jimenez
horton shelton barrett obrien castro sutton gregory mckinney lucas miles craig rodriquez chambers holt lambert
fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez bush vaughn parks dawson santiago norris
hardy love steele curry powers schultz barker guzman page munoz ball keller chandler weber leonard walsh lyons ramsey
wolfe schneider mullins benson sharp bowen daniel barber cummings hines baldwin griffith valdez hubbard salazar reeves
warner stevenson burgess santos tate cross garner mann mack moss thornton dennis mcgee farmer delgado aguilar vega
glover manning cohen harmon rodgers robbins newton todd blair higgins ingram reese cannon strickland townsend potter
goodwin walton rowe hampton ortega patton swanson joseph francis goodman maldonado yates becker erickson hodges rios
conner adkins webster norman malone hammond flowers cobb moody quinn blake maxwell pope floyd osborne paul mccarthy
guerrero lindsey estrada sandoval gibbs tyler gross fitzgerald stokes doyle sherman saunders wise colon gill alvarado
greer padilla simon waters nunez ballard schwartz mcbride houston christensen klein pratt briggs parsons mclaughlin
zimmerman french buchanan moran copeland roy pittman brady mccormick holloway brock poole frank logan owen bass marsh
drake wong jefferson park morton abbott sparks patrick norton huff clayton massey lloyd figueroa carson bowers
roberson barton tran lamb harrington casey boone cortez clarke mathis singleton wilkins cain bryan underwood hogan
mckenzie collier luna phelps mcguire allison bridges wilkerson nash summers atkins patel singh kumar sharma gupta shah
khan ali ahmed hussain rahman begum mohammed iqbal akhtar chaudhry malik qureshi sheikh siddiqui reddy rao nair iyer
menon pillai das bose banerjee chatterjee mukherjee ghosh sen dutta verma mishra pandey tiwari yadav jain agarwal
mehta desai joshi kapoor chopra bhatt thakur naidu krishnan subramanian venkatesh wang li zhang liu chen yang huang
zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han feng deng cao peng zeng xiao tian dong pan
yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan kim choi jung kang cho yoon jang lim oh
seo shin kwon hwang ahn song yoo hong le pham hoang phan vu vo dang bui do ho ngo duong ly sato suzuki takahashi
tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi
shimizu yamazaki mori abe ikeda hashimoto nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski
szymanski wozniak dabrowski kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski
michalski muller fischer schulz hoffmann schafer koch bauer richter wolf schroder neumann schwarz zimmermann braun
kruger hofmann hartmann lange schmitt werner krause meier lehmann rossi russo ferrari esposito bianchi romano colombo
ricci marino greco bruno gallo conti deluca costa giordano mancini rizzo lombardi moretti bernard dubois robert
richard petit durand leroy moreau laurent lefebvre michel david bertrand roux vincent fournier morel girard andre
lefevre mercier dupont bonnet francois oliveira souza rodrigues ferreira alves pereira lima gomes ribeiro martins
carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade moreira nunes marques machado
mendes freitas cardoso goncalves ivanov smirnov kuznetsov popov vasiliev petrov sokolov mikhailov novikov fedorov
morozov volkov alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov nikitin zakharov
ivanova smirnova petrova okafor okonkwo adeyemi okoro eze nwosu chukwu obi okeke adebayo ogunleye balogun mensah owusu
asante boateng osei appiah mwangi kamau otieno ochieng njoroge wanjiru dlamini nkosi ndlovu khumalo mokoena zulu
mohamed hassan hussein ibrahim abdullah mahmoud haddad khalil nasser saleh yousef aziz farah omar said rashid hamdan
byrne oconnor doherty mcloughlin gallagher jansen devries vandenberg bakker visser smit meijer mulder bos vos hendriks
dekker johansen olsen larsen andersen pedersen nielsen kristiansen eriksson johansson karlsson nilsson larsson
lindqvist berg yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic papadopoulos
georgiou nikolaou horvath nagy toth szabo kovacs novak dvorak petrovic jovanovic nikolic popescu ionescu
weiss schulze koehler kohler scholz frank friedrich keller gunther jung hahn vogel roth beck lorenz baumann franke
albrecht schuster simon ludwig bohm kraus martin schumacher kruger peters jung busch sommer
kaczmarek kaczmarczyk zajac krol wieczorek jablonski wrobel nowicki majewski olszewski stepien malinowski jaworski
adamczyk dudek nowakowski pietrzak wlodarczyk sikora baran michalak szewczyk ostrowski tomaszewski pietrzyk
marciniak zalewski jakubowski sadowski duda wilk chmielewski borkowski sokolowski szczepanski sawicki lis kubiak
maciejewski kucharski kalinowski czarnecki mazurek wysocki kazmierczak sobczak glowacki zawadzki
fontaine chevalier rousseau blanc guerin roussel perrin morin gauthier dumont garnier faure lemaire renard
lambert bonnet francois martinez
${SOUTH_ASIAN}`.split(/\s+/),
);

/** Whether a word (any case, accents ignored) is a common surname. */
export function isCommonSurname(word: string): boolean {
  const lower = plain(word);
  if (SURNAMES.has(lower)) return true;
  if (lower.length <= 5 || !DECLINED_ENDINGS.has(lower[lower.length - 1]!)) return false;
  let known = declined.get(lower);
  if (known === undefined) {
    // Bounded: a flood of invented words must not grow it without end.
    if (declined.size > 20_000) declined.clear();
    known = SURNAMES.has(polishBase(lower) ?? '') && !isEnglishWord(lower);
    declined.set(lower, known);
  }
  return known;
}

const declined = new Map<string, boolean>();
// The last letters of the Polish forms polishBase reads.
const DECLINED_ENDINGS = new Set(['a', 'o', 'u', 'm', 'j', 'h', 'i', 'e', 'y']);

/**
 * A Polish surname as its family writes it: "kowalska" and "wiśniewskiego"
 * are Kowalski, "nowakówna", "nowakowa" and "nowaka" are Nowak. Polish
 * declines surnames after a verb or a preposition ("skarga na
 * Wiśniewskiego", "z Kasią Nowakówną").
 */
export function polishBase(lower: string): string | undefined {
  const adjective = /^(\p{L}+?(?:sk|ck|dzk))(?:a|iego|iemu|im|ą|a|iej|ich|imi|ie)$/u.exec(lower);
  if (adjective) return `${adjective[1]}i`;
  const noun = /^(\p{L}{3,}?)(?:ówna|ówny|ównej|ówną|owna|owa|owej|ową|owie|owi|iem|em|a|u|ie)$/u.exec(lower);
  return noun?.[1];
}

/** A capitalised word shaped as Polish surnames are: "-ski", "-wicz", "-czyk" and their forms. */
export function hasPolishSurnameShape(lower: string): boolean {
  return /^\p{L}{3,}(?:(?:sk|ck|dzk)(?:i|a|iego|iemu|im|ą|iej)|(?:owicz|ewicz|wicz)(?:a|owi|em|u|owa|ówna)?|czyk(?:a|owi|iem)?|czuk|iak(?:a|owi|iem)?|ówna|ówną)$/u.test(
    lower,
  );
}

/** Whether a common surname is also an everyday English word ('king', 'brown'). */
export function isWordlikeSurname(word: string): boolean {
  return isCommonSurname(word) && isEnglishWord(plain(word));
}

function plain(word: string): string {
  if (isLowerAsciiWord(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[ßłđø]/g, (c) => FOLDED[c]!);
}

// Letters NFD does not take apart.
const FOLDED: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o' };
