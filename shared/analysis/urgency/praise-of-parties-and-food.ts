/*
 * Praise of a party, a meal or a staff event, and thanks for it (fraud39, after a blind attacker, ra38b): "sabi ni kuya
 * guard ang saya ng christmas party, salamat" (the guard said the party was fun, thanks) was read by the learned model
 * as harassment, "masarap daw yung pagkain sa party" (the food at the party was delicious) as a threat: "masarap" and
 * "masaya" said of a person are how Tagalog harassment is often written, and the model learned them so. Said of a
 * party or food, with nothing else in the sentence, they are praise: such a sentence is ordinary life, not the model's
 * to read (ordinary-life.ts). The rules still read the whole text; "masarap ka" (said of a person) is not read here.
 * Folded text: no accents.
 */

// What is praised: a party, a meal, an outing, the food at one.
const TL_EVENT = String.raw`(?:christmas party|xmas party|party|pagkain|handaan|salu-?salo|outing|team building|event|kainan|lunch|dinner|merienda|food|celebration|pasko|raffle|program|palaro|regalo|bonus)`;
const EN_EVENT = String.raw`(?:(?:christmas|xmas|holiday|team|office|staff|summer|end of year|year end|retirement|farewell|birthday) )?(?:party|food|lunch|dinner|bbq|barbecue|potluck|event|outing|picnic|cake|buffet|meal|raffle|gifts?)`;
const ES_EVENT = String.raw`(?:la |el |los )?(?:fiesta|posada|comida|cena|almuerzo|convivio|carne asada|pastel|rifa|evento|paseo)(?: de (?:navidad|fin de ano|la empresa|cumpleanos))?`;

export const PRAISE_OF_PARTIES_AND_FOOD = [
  // "sabi ni kuya guard ang saya ng christmas party", "masarap daw yung pagkain sa party", "ang saya ng party kagabi".
  String.raw`(?:sabi (?:ni|ng|nila|niya|nya) (?:[\w-]+ ){0,3}?)?(?:ang |sobrang |super |napaka-?|grabe )?(?:saya|sarap|masarap|masaya|ganda|maganda|galing|bongga|astig|bongga)(?: (?:talaga|daw|raw|nga|po|na|naman|talaga))*(?: (?:ng|nang|yung|ang|sa|nung|noong) (?:mga )?(?:[\w-]+ )?${TL_EVENT})(?: sa (?:[\w-]+ )?${TL_EVENT})?(?: (?:kagabi|kahapon|ngayon|natin|namin|nila|po|last night|this year))*`,
  // Thanks: "salamat po", "maraming salamat sa lahat", "thank you everyone", "gracias a todos".
  String.raw`(?:maraming )?salamat(?: (?:po|sa lahat|sa inyo|sa inyong lahat|sa \w+))*|(?:thank you|thanks|thx|ty)(?: (?:so much|everyone|all|guys|team|to all|to everyone))*|(?:muchas )?gracias(?: (?:a todos|a todas|por todo))*`,
  // "kuya guard said the christmas party was fun", "the food was delicious".
  String.raw`(?:(?:[\w-]+ ){1,3}(?:said|says|thinks) (?:that )?)?(?:the |our |this year'?s |last night'?s )?${EN_EVENT} (?:was|is|were) (?:so |really |super |very |absolutely )?(?:fun|great|amazing|delicious|good|nice|lovely|awesome|fantastic|tasty)(?: (?:last night|yesterday|this year))?`,
  // "dijo el guardia que la fiesta estuvo muy bonita", "la comida estuvo deliciosa".
  String.raw`(?:(?:dijo|dice|dijeron) (?:[\w-]+ ){0,3}?(?:que )?)?${ES_EVENT} (?:estuvo|estaba|fue|esta) (?:muy |super |bien |re )?(?:bonita|bonito|buena|bueno|padre|chida|chido|divertida|divertido|rica|rico|deliciosa|delicioso|genial)`,
].join('|');
