/*
 * Where someone comes from, as a person word after "the only …" (red43b, from op42): "o único brasileiro no turno C"
 * was named, "la única colombiana del turno de noche", "ako lang ang Pilipina sa night shift", "der einzige Syrer in
 * der Spätschicht", "I'm the only Haitian on the loading dock" were not, as the lists held trades and genders, not
 * origins. The only one of a nationality or a people on a shift is as plain as the only woman there. Read only for the
 * preview's warning (self-descriptions-more-cues.ts's isMorePersonWord), never for what redaction hides.
 *
 * A word is an origin word when, lower case and without accents, it starts with one of these stems and has at most six
 * letters more (the endings of en es fr pt de it pl tl: "mexican", "mexicana", "mexicain", "Mexikaner", "Meksykanin").
 * Stems are long enough not to open everyday words; "turkey", "polish" (to polish) and "pole" are left out.
 */

const STEMS = `haiti ayisyen filipin pilipin pinoy pinay bisaya ilokan ilocan mexic mexik meksyk colombi kolumbij venezol venezuel
  kubaner cuban cubain dominican dominicain salvadore guatemal hondure nicaragu peruan peruvian peruvien boliv ecuator
  equator argentin chilen brasil brazil brazylij angolan mocambic mozambic portugu portugal nigeri ghana senegal somal
  eritre ethiop etiop sudan egypt egipc egizian maroc marroqu morocc alger tunisi syrer syrie syrian sirio siria syryj
  iraqi iraki irakien afghan afgan afeg pakistan banglade bengal nepal indian indien inder hindus tamil vietnam
  chines chinois chino china cinese chinesin japan japon giappon korea corea coree koreank ukrain ucrani ucran russ
  rosjan polac polak polish polon polin polk polen rumen rumun rumaen romanian roumain romen bulgar alban kosov serb
  bosni croat kroat tuerk turkish turco turca turc turek kurd arab iran persian persa afric latino latina hispan
  asian asiat jamaic trinidad puertorr boricua gringo american americain american americano amerykan canad kanad
  british britisch brite britin irish irland scottish welsh english englisch anglais inglese ingles angielk anglik
  german deutsch aleman alleman tedesc niemc niemk french frances francais francese franzos francuz italian italien
  italiano wloch wlos hiszpan spanish spaniard spanier espanol espagnol spagnol greek griech grec greco grieg`;

const ORIGIN = new RegExp(String.raw`^(?:${STEMS.split(/\s+/).filter(Boolean).join('|')})\p{L}{0,6}$`, 'u');
const NOT_ORIGIN = new Set(['turkey', 'turkeys', 'polish', 'polished', 'polishing', 'chinaware', 'russet']);

/** Whether a word (lower case) says where a person comes from: a nationality or a people, in the languages read. */
export function isOriginWord(lower: string): boolean {
  const plain = lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0142/gu, 'l');
  return !NOT_ORIGIN.has(plain) && ORIGIN.test(plain);
}
