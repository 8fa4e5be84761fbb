import { notOnItsLine, DE_CALM, ES_CALM, FR_CALM, IT_CALM, PL_CALM, PT_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A medical emergency told by its signs, with no word for it, in Spanish, French, Portuguese, German, Italian, Polish
 * and Tagalog (plain41; English: signs-of-a-body-in-trouble.ts, Ukrainian and Kreyol:
 * other-languages/uk-ht-signs-of-a-body-in-trouble.ts). The writer tells what they see: a throat, tongue or lips
 * swelling with breath short or a cause (a sting, nuts, shellfish); a face or mouth drooping or crooked with speech
 * gone or an arm that will not lift, or all of a sudden; a fit with foam, rolled eyes or shaking on the floor; sweat
 * stopped with the mind going; blood pouring or not stopping. Each sign is read with a second one in the same sentence,
 * so a sore throat from the air conditioning, a fit of laughter, a nosebleed "nichts Schlimmes" and a crooked mouth in
 * a badge photo stay calm. Tests: test/unit/analysis/urgency-signs-in-other-languages.test.ts.
 */

interface Signs {
  swelling: string;
  breathOrCause: string;
  face: string;
  speechOrArm: string;
  fit: string;
  fitToo: string;
  noSweat: string;
  mindGoing: string;
  bleeding: string;
  atEase: string;
}

// Two signs in one sentence, in either order.
const together = (a: string, b: string): string =>
  String.raw`(?:(?:${a})[^.!?\n]{0,60}?(?:${b})|(?:${b})[^.!?\n]{0,60}?(?:${a}))`;

const rulesOf = (signs: Signs): UrgencyRule[] => {
  const calm = notOnItsLine(signs.atEase);
  return [
    rule('safety', `${together(signs.swelling, signs.breathOrCause)}${calm}`),
    rule('safety', `${together(signs.face, signs.speechOrArm)}${calm}`),
    rule('safety', String.raw`(?:${signs.fit})[^.!?\n]{0,50}?(?:${signs.fitToo})${calm}`),
    rule('safety', String.raw`(?:${signs.fitToo})[^.!?\n]{0,50}?(?:${signs.fit})${calm}`),
    rule('safety', `${together(signs.noSweat, signs.mindGoing)}${calm}`),
    rule('safety', String.raw`(?:${signs.bleeding})${calm}`),
  ];
};

export const SPANISH_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:garganta|lengua|labios?|cara|boca)\b(?: \w+){0,3}? (?:hinch\w*|inflamad\w*|cerrando|cerrada|cerro)\b|\b(?:hinch\w*|cerrando|cerro)\b (?:la |los |el )?(?:garganta|lengua|labios?|cara)\b`,
  breathOrCause: String.raw`\bno (?:puede|podia|pudo) respirar\b|\bno respira\b|\b(?:le cuesta|apenas puede) respirar\b|\b(?:se ahoga|ahogandose|se esta ahogando|asfixi\w*|sin aire|falta de aire|alergi\w*|anafila\w*|cacahuate\w*|mani|nueces|mariscos|camaron\w*|picadura|pico|abeja|avispa)\b|\bdespues de comer\b`,
  face: String.raw`\b(?:boca|cara|rostro|sonrisa) (?:\w+ )?(?:chueca|torcida|de lado|caida|paralizada)\b|\bse le (?:cayo|durmio|paralizo|torcio) (?:un lado de )?(?:la )?(?:cara|boca)\b|\bun lado de la cara\b`,
  speechOrArm: String.raw`\bno (?:puede|podia) (?:hablar|mover el brazo|levantar el brazo|mover la mano)\b|\b(?:habla (?:raro|arrastrando|trabad\w*)|arrastra las palabras|no se le entiende|de repente|de golpe)\b`,
  fit: String.raw`\b(?:convulsion\w*|convulsiona\w*|ataque (?:epileptico|de epilepsia)|(?:dando|dio|tiene) un ataque(?! de (?:risa|panico|nervios|tos|celos|ansiedad))|tiembla todo|temblando todo|ojos en blanco|espuma por la boca|echando espuma)\b`,
  fitToo: String.raw`\b(?:en el (?:piso|suelo)|espuma|ojos en blanco|tiembla|temblando|babea\w*|no reacciona)\b`,
  noSweat: String.raw`\b(?:dejo de sudar|ya no suda|no esta sudando|no suda)\b`,
  mindGoing: String.raw`\b(?:confundid[oa]|desorientad[oa]|delira\w*|dice incoherencias|incoherente|mareado|mareada|se desmayo|vomita\w*|no sabe donde esta)\b`,
  bleeding: String.raw`\b(?:(?:mucha|muchisima|un monton de|demasiada) sangre|sangra(?:ndo)? (?:muchisimo|mucho|sin parar|a chorros)|sangre (?:por todos lados|por todas partes|a chorros)|no (?:para|deja) de sangrar)\b(?![^\n]*\b(?:nariz|pelicula|serie|donar|donacion|dentista)\b)`,
  atEase: `${ES_CALM}|jaja\\w*|politica|menu|lista|etiqueta|alergenos|receta|temporada|resfriado|gripe`,
});

export const FRENCH_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:gorge|langue|levres?|visage|bouche)\b(?: \w+){0,2}? (?:gonfl\w*|enfl\w*|se ferme)\b|\b(?:gonfl\w*|enfl\w*)\b (?:de )?(?:la |sa |les |ses )?(?:gorge|langue|levres|visage)\b`,
  breathOrCause: String.raw`\brespire (?:mal|plus|pas|difficilement|a peine)\b|\bpeut (?:plus|pas) respirer\b|\b(?:etouff\w*|suffoqu\w*|manque d'air|allergi\w*|anaphyla\w*|cacahuete\w*|arachide\w*|noix|fruits de mer|crevettes?|piqure|pique|abeille|guepe)\b|\bapres avoir mange\b`,
  face: String.raw`\b(?:bouche|visage) (?:\w+ )?(?:de travers|tordue?|deformee?|paralyse\w*|tombant|affaisse\w*)\b|\b(?:la moitie|un cote) du visage\b`,
  speechOrArm: String.raw`\b(?:peut|arrive) (?:plus|pas) (?:a )?(?:parler|lever (?:le|son) bras|bouger (?:le|son) bras)\b|\b(?:parle (?:bizarrement|mal|de travers)|articule (?:mal|plus)|d'un coup|tout a coup|soudain\w*)\b`,
  fit: String.raw`\b(?:convuls\w*|fait une crise(?! de (?:fou rire|nerfs|rire|larmes|colere|panique|angoisse|jalousie|toux))|crise d'epilepsie|crise epileptique|yeux revulses|tremble de partout)\b`,
  fitToo: String.raw`\b(?:par terre|au sol|tremble\w*|bave|yeux revulses|ecume|convuls\w*)\b`,
  noSweat: String.raw`\b(?:(?:ne )?transpire (?:plus|pas)|arrete de transpirer|ne sue plus)\b`,
  mindGoing: String.raw`\b(?:confus\w*|desoriente\w*|delire\w*|dit n'importe quoi|incoherent\w*|vomit|vertiges?|evanoui\w*)\b`,
  bleeding: String.raw`\b(?:saigne (?:beaucoup|enormement|abondamment|a flots|de partout|sans arret)|(?:beaucoup|plein) de sang|sang (?:partout|gicle|coule a flots)|(?:n'arrete|arrete) pas de saigner|pisse le sang)\b(?![^\n]*\b(?:nez|film|serie|don du sang|dentiste)\b)`,
  atEase: `${FR_CALM}|mdr|lol|politique|menu|liste|etiquette|allergenes|recette|saison|rhume`,
});

export const PORTUGUESE_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:garganta|lingua|labios?|rosto|cara|boca)\b(?: \w+){0,3}? (?:inch\w*|fechando|fechou)\b|\binch\w* (?:a |o |os )?(?:garganta|lingua|labios?|rosto|cara)\b`,
  breathOrCause: String.raw`\bnao (?:consegue|pode|conseguia) respirar\b|\b(?:sem ar|falta de ar|respira(?:ndo)? mal|sufoc\w*|alergi\w*|anafila\w*|amendoim|castanhas?|nozes|camarao|frutos do mar|picada|abelha|vespa|marimbondo)\b|\bdepois de comer\b`,
  face: String.raw`\b(?:boca|rosto|cara) (?:\w+ )?(?:torta|torto|caida|caido|caiu|de lado|paralisad\w*)\b|\b(?:um lado|metade) do rosto\b`,
  speechOrArm: String.raw`\bnao (?:consegue|pode) (?:falar|levantar o braco|mexer o braco|mexer a mao)\b|\bnao mexe o braco\b|\b(?:fala (?:enrolad\w*|estranho|embolad\w*)|enrolando a lingua|de repente|do nada)\b`,
  fit: String.raw`\b(?:convuls\w*|(?:tendo|teve) (?:um|uma) (?:ataque|crise)(?! de (?:riso|panico|nervos|ansiedade|tosse|ciume))|ataque epileptico|crise epileptica|tremendo tod[oa]|olhos revirados|espumando)\b`,
  fitToo: String.raw`\b(?:no chao|babando|espuma\w*|olhos revirados|tremendo|se debatendo)\b`,
  noSweat: String.raw`\b(?:parou de suar|nao (?:esta )?suando|nao sua mais|nao transpira)\b`,
  mindGoing: String.raw`\b(?:confus[oa]|desorientad[oa]|delirando|nao fala coisa com coisa|tont[oa]|vomit\w*|desmai\w*)\b`,
  bleeding: String.raw`\b(?:muito sangue|sangr\w* (?:muito|demais|sem parar)|sangue (?:por todo lado|para todo lado|jorrando|esguichando)|nao para de sangrar)\b(?![^\n]*\b(?:nariz|filme|serie|doar|doacao|dentista)\b)`,
  atEase: `${PT_CALM}|kkk\\w*|politica|cardapio|lista|rotulo|alergenos|receita|temporada|resfriado|gripe`,
});

export const GERMAN_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:hals|zunge|lippen?|gesicht|rachen)\b(?: \w+){0,3}? (?:schwillt|schwellen|geschwollen|zugeschwollen)\b|\bschwillt (?:\w+ )?(?:der |die |das |ihr |sein |ihre |seine )?(?:hals|zunge|lippen|gesicht)\b`,
  breathOrCause: String.raw`\b(?:kriegt|bekommt|hat) (?:kaum|keine) luft\b|\b(?:ringt nach luft|atemnot|kann (?:nicht|kaum) (?:mehr )?atmen|erstickt|allergi\w*|anaphyla\w*|\w*nuss\w*|wespe\w*|biene\w*|\w*stich|gestochen|gegessen)\b`,
  face: String.raw`\b(?:mundwinkel|gesicht|mund)\b(?: \w+){0,2}? (?:hangt|schief|verzogen|gelahmt)\b|\bschiefe?[nr]? mund\b`,
  speechOrArm: String.raw`\bkann (?:\w+ )?(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:sprechen|reden|den arm (?:heben|bewegen))\b|\b(?:lallt|nuschelt|spricht (?:verwaschen|undeutlich|komisch)|plotzlich|auf einmal)\b`,
  fit: String.raw`\b(?:krampft|krampfanfall|epilepti\w*|anfall|zuckt am ganzen korper|schaum vor dem mund|augen verdreht)\b`,
  fitToo: String.raw`\b(?:schaum|augen verdreht|am boden|auf dem boden|zuckt|zittert|krampft)\b`,
  noSweat: String.raw`\b(?:schwitzt (?:gar )?nicht mehr|hat aufgehort zu schwitzen)\b`,
  mindGoing: String.raw`\b(?:verwirrt|redet wirr\w*|wirres zeug|desorientiert|fantasiert|phantasiert|erbricht|taumelt|umgekippt)\b`,
  bleeding: String.raw`\b(?:blutet (?:stark|heftig|sehr stark|wie verruckt|ohne ende|ununterbrochen)|(?:so viel|uberall) blut|blut (?:spritzt|schiesst|uberall)|hort nicht auf zu bluten)\b(?![^\n]*\b(?:nase|film|serie|blutspende|zahnarzt)\b)`,
  atEase: `${DE_CALM}|haha\\w*|liste|speiseplan|kantine|etikett|allergene|rezept|saison|heuschnupfen|erkaltung`,
});

export const ITALIAN_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:gola|lingua|labbra|faccia|viso)\b(?: \w+){0,3}? (?:gonfi\w*|si chiude)\b|\b(?:gonfiat[ao]|gonfia) (?:la |le )?(?:gola|lingua|labbra|faccia|viso)\b`,
  breathOrCause: String.raw`\bnon (?:riesce a )?respira(?:re)?\b|\b(?:respira a fatica|fatica a respirare|soffoca\w*|senza fiato|allergi\w*|anafila\w*|arachidi|noccioline|frutta secca|gamberi|crostacei|puntura|punto da|ape|vespa)\b|\bdopo aver mangiato\b`,
  face: String.raw`\b(?:bocca|faccia|viso) (?:\w+ )?(?:storta|storto|cadente|paralizzat\w*)\b|\bmeta (?:della )?faccia\b`,
  speechOrArm: String.raw`\bnon riesce (?:piu )?a (?:parlare|alzare il braccio|muovere il braccio)\b|\b(?:parla (?:in modo )?(?:strano|male|impastato)|biascica|farfuglia|all'improvviso|improvvisamente|di colpo)\b`,
  fit: String.raw`\b(?:convulsion\w*|attacco epilettico|crisi epilettica|schiuma alla bocca|occhi rovesciati|occhi all'indietro|trema tutto|tremando tutto)\b`,
  fitToo: String.raw`\b(?:per terra|a terra|schiuma|occhi (?:rovesciati|all'indietro)|trema\w*)\b`,
  noSweat: String.raw`\b(?:(?:ha )?smesso di sudare|non suda piu)\b`,
  mindGoing: String.raw`\b(?:confus[oa]|disorientat[oa]|delira\w*|vaneggia|dice cose senza senso|vomit\w*|sviene|svenut[oa]|barcolla)\b`,
  bleeding: String.raw`\b(?:(?:perde|esce) (?:un sacco di|tanto|molto|moltissimo) sangue|sangue (?:dappertutto|ovunque|a fiotti)|sanguina (?:tantissimo|molto|tanto|a fiotti|senza sosta)|non smette di sanguinare)\b(?![^\n]*\b(?:naso|film|serie|donare|donazione|dentista)\b)`,
  atEase: `${IT_CALM}|ahah\\w*|politica|menu|lista|etichetta|allergeni|ricetta|stagione|raffreddore`,
});

export const POLISH_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:gardlo|jezyk|usta|wargi|twarz|krtan)\b(?: \w+){0,2}? (?:spuch\w*|puchnie|puchna|zamyka sie)\b|\b(?:spuch\w*|puchnie) (?:\w+ )?(?:gardlo|jezyk|usta|wargi|twarz)\b`,
  breathOrCause: String.raw`\bnie (?:moze|mogl|mogla) oddychac\b|\bnie oddycha\b|\b(?:dusi sie|brakuje (?:mu |jej )?powietrza|ledwo oddycha|alergi\w*|anafila\w*|orzesz\w*|orzech\w*|krewetk\w*|uzadl\w*|osa|osy|pszczol\w*)\b|\bpo zjedzeniu\b`,
  face: String.raw`\b(?:krzywe|wykrzywione|opadniete) usta\b|\b(?:usta|twarz) (?:\w+ )?(?:krzyw\w*|wykrzywi\w*|opad\w*)\b|\bopadl (?:mu |jej )?kacik ust\b|\bkacik ust (?:\w+ )?opad\w*|\bpolowa twarzy\b`,
  speechOrArm: String.raw`\bnie (?:moze|moge) (?:mowic|podniesc reki|ruszyc reka)\b|\b(?:belkocze|belkot\w*|mowi (?:niewyraznie|dziwnie)|nagle)\b`,
  fit: String.raw`\b(?:drgawk\w*|atak padaczki|padaczk\w*|napad (?:padaczki|drgawek)|piane? na ustach|piana z ust|trzesie sie cal[ya]|oczy (?:uciekly|wywrocone))\b`,
  fitToo: String.raw`\b(?:na podlodze|na ziemi|piane?|trzesie|drgawk\w*|oczy)\b`,
  noSweat: String.raw`\b(?:przestal\w* sie pocic|nie poci sie)\b`,
  mindGoing: String.raw`\b(?:zdezorientowan\w*|splatan\w*|majacz\w*|bredzi|gada bez sensu|wymiotuje|zatacza sie|zawrot\w*)\b`,
  bleeding: String.raw`\b(?:krew (?:leje|tryska|sika|bucha|jest wszedzie)|(?:duzo|mnostwo|pelno) krwi|krwawi (?:mocno|bardzo|obficie|bez przerwy)|nie przestaje krwawic)\b(?![^\n]*\b(?:nos\w*|film\w*|serial\w*|oddac|dentyst\w*)\b)`,
  atEase: `${PL_CALM}|haha\\w*|polityk\\w*|menu|lista|etykiet\\w*|alergen\\w*|przepis|sezon|katar`,
});

export const TAGALOG_SIGNS_OF_A_BODY_IN_TROUBLE = rulesOf({
  swelling: String.raw`\b(?:namamaga|namaga|maga|lumalaki) ang (?:lalamunan|dila|labi|mukha|bibig)\b|\b(?:lalamunan|dila|labi|mukha) (?:niya |nya )?(?:ay )?(?:namamaga|namaga)\b`,
  breathOrCause: String.raw`\b(?:hindi (?:makahinga|na makahinga)|hirap (?:huminga|sa paghinga)|nahihirapang huminga|hinihingal|allergy|allergic|mani|hipon|seafood|kinagat|pukyutan|bubuyog|pagkatapos kumain)\b`,
  face: String.raw`\b(?:tabingi|tumabingi|ngiwi|baluktot|lumaylay) ang (?:mukha|bibig|labi)\b|\b(?:mukha|bibig) (?:ni \w+ |niya |nya )?(?:ay )?(?:tabingi|nakangiwi|lumaylay)\b`,
  speechOrArm: String.raw`\bhindi (?:makapagsalita|maigalaw ang (?:braso|kamay)|maiangat ang (?:braso|kamay))\b|\b(?:bulol|biglang|bigla)\b`,
  fit: String.raw`\b(?:nangingisay|kumbulsyon|seizure|bumubula ang bibig|tumirik ang mata|nanginginig ang buong katawan)\b`,
  fitToo: String.raw`\b(?:sa sahig|bumubula|tumirik|nanginginig|nangingisay)\b`,
  noSweat: String.raw`\b(?:tumigil ang pawis|hindi na (?:siya )?(?:pinagpapawisan|pinapawisan)|wala nang pawis)\b`,
  mindGoing: String.raw`\b(?:nalilito|litong-lito|nahihilo|nagdedeliryo|wala sa sarili|sumusuka|nagsusuka|hindi makausap)\b`,
  bleeding: String.raw`\b(?:ang dami(?:ng| ng) dugo|maraming dugo|sobrang daming dugo|dugo kahit saan|bumubulwak ang dugo|(?:hindi|ayaw) (?:tumitigil|huminto|tumigil) ang (?:dugo|pagdurugo)|dumudugo nang (?:husto|sobra))\b(?![^\n]*\b(?:ilong|pelikula|donate|dentista)\b)`,
  atEase: 'haha\\w*|pelikula|laro|ensayo|drill|menu|listahan|patakaran',
});
