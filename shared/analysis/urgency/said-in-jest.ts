/*
 * Danger words said of a dish, a song or a party (outside attacker, session 28): "the chili is so hot it nearly
 * killed me, love it", "este chile casi me mata", "burn baby burn" on the radio, "a festa tá pegando fogo" (the
 * party is great). Read as harmless, like each language's `benign` idioms, so neither the rules nor the model read
 * them. Only the idiom: "the forklift nearly killed me" and "a máquina está pegando fogo" are still reports, and a
 * dish that burned someone ("hot soup spilled and burned her arm") is no idiom here.
 */
const FOOD: Record<string, string> = {
  en: String.raw`chil(?:l)?i|curry|salsa|hot sauce|sauce|wings|peppers?|jalapenos?|habaneros?|wasabi|vindaloo|phaal|spice|spicy|dish|dessert|cake|soup|burrito|tacos?|kebab|ramen|noodles|pie`,
  es: String.raw`chile|chiles|salsa|picante|comida|plato|tacos?|curry|guiso|postre|aji|habanero|jalapeno`,
  fr: String.raw`curry|piment|sauce|plat|chili|tacos?|harissa|dessert|gateau`,
  pt: String.raw`pimenta|apimentad\w*|comida|prato|molho|feijoada|curry|sobremesa|doce`,
  it: String.raw`peperoncino|piccante|curry|salsa|piatto|nduja|dolce`,
};

const JEST: Record<string, string> = {
  en: [
    // A dish that "nearly killed me": said of what it is (it, that), or with praise after.
    String.raw`\b(?:${FOOD.en})\b[^.!?\n]{0,40}\b(?:it|that|they|this|which)(?:'s| is| was)? (?:nearly|almost) (?:killed|kill(?:s|ed)?) (?:me|us|him|her|them)\b`,
    String.raw`\b(?:nearly|almost) (?:killed|kill(?:ed)?) (?:me|us)(?:,| -| !)* (?:love it|loved it|so good|delicious|yum\w*|10/10|worth it|amazing)`,
    // A song: its words, a title in quotes after playing or singing, or what is played on the radio.
    String.raw`\b(?:playing|blasting|singing|humming)\b[^.!?\n]{0,40}\b(?:on|over|through|from) (?:the |a |his |her |their |our )?(?:\w+ ){0,2}(?:radio|speakers?|stereo|playlist|spotify|boombox|tannoy|pa system)\b`,
    String.raw`burn,? baby,? burn|disco inferno|(?:song|songs|track|tune|playing|plays|played|sing\w*|listening to|blasting|blasted|humming|lyrics?)\b[^.!?\n]{0,30}["“][^"”\n]{1,40}["”]`,
  ].join('|'),
  es: String.raw`\b(?:${FOOD.es})\b[^.!?\n]{0,40}\bcasi me mata(?:ba)?\b|\bcasi me mata(?:ba)? de (?:lo )?(?:picante|rico|rica|bueno|buena|sabroso)`,
  fr: String.raw`\b(?:${FOOD.fr})\b[^.!?\n]{0,30}\b(?:a|m'a) (?:failli|presque) (?:me )?tuer\b`,
  pt: [
    String.raw`\b(?:${FOOD.pt})\b[^.!?\n]{0,40}\bquase me mat(?:ou|a)\b`,
    // "Pegando fogo" of a party, a chat, sales or a coffee "de tão boa": lively, great.
    String.raw`pegando fogo de (?:tao|tanto)(?: \w+)?|\b(?:festa|balada|show|jogo|pista|torcida|vendas|promocao|grupo|conversa|debate|mercado|bolsa|black friday|arraso)\b[^.!?\n]{0,30}\b(?:ta|esta|tava|estava|fica|ficou) pegando fogo\b(?! de verdade)|um arraso[^.!?\n]{0,40}pegando fogo`,
  ].join('|'),
  it: String.raw`\b(?:${FOOD.it})\b[^.!?\n]{0,40}\b(?:quasi|per poco) (?:mi )?(?:uccide|uccideva|ha ucciso|ammazza|ammazzava|ha ammazzato)\b`,
};

/** A language's idioms of a dish, a song or a party (a source for its `benign` list), or none. */
export const saidInJest = (code: string): string | undefined => JEST[code];
