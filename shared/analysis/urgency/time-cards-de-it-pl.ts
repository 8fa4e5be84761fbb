import { rule, type UrgencyRule } from './types';

/*
 * Time cards in German, Italian and Polish: people clocked out and kept working unpaid ("sie stempeln uns um 17 Uhr
 * aus, aber wir arbeiten bis 19 Uhr weiter", "wybijają nam wyjście a my dalej pracujemy za darmo"), and a card clocked
 * for someone who is not there, told as a relative clause ("sie stempelt für ihre Freundin, die zu Hause bleibt",
 * "timbra il cartellino per la sua amica che resta a casa", "odbija kartę za kolegę którego nie ma w pracy"). The
 * English, Spanish, French and Portuguese rules are in time-fraud.ts and time-fraud-clocked.ts. Calm beside them:
 * "ich habe vergessen auszustempeln", "zapomniałem odbić kartę", "ho dimenticato di timbrare l'uscita".
 * Folded text (lower case, no accents).
 */

export const GERMAN_TIME_CARDS: readonly UrgencyRule[] = [
  // Clocked out, and work goes on: "sie stempeln uns aus und wir arbeiten weiter".
  rule(
    'fraud',
    String.raw`\b(?:stempel\w*|buch\w*|melde\w*|trag\w*) (?:uns|mich|alle|die leute|die kollegen|jeden)\b[^.!?]{0,30}?\baus\b[^.!?]{0,60}?\b(?:arbeiten|arbeite|schuften|malochen|bleiben)\b[^.!?]{0,30}?\b(?:weiter|durch|bis|umsonst|gratis|unbezahlt|langer|laenger)\b`,
  ),
  // Clocked for a friend or a relative who is not there: "…, der nie kommt", "…, die zu Hause bleibt".
  rule(
    'fraud',
    String.raw`\bstempel\w* (?:\w+ ){0,4}(?:fur|fuer|statt) (?:ihren|ihre|seinen|seine|meinen|meine|einen|eine|den|die) (?:\w+ )?\w+,? (?:der|die|obwohl|wobei|aber|und|doch) [^.!?\n]{0,30}?\b(?:(?:nie|nicht|niemals|gar nicht) (?:\w+ )?(?:kommt|da ist|erscheint|arbeitet|auftaucht|hier ist|da)|(?:zu hause|zuhause|daheim|im bett|im urlaub) (?:\w+ )?(?:bleibt|ist|sitzt|liegt|schlaft|schlaeft|chillt))\b`,
  ),
];

export const ITALIAN_TIME_CARDS: readonly UrgencyRule[] = [
  // Clocked for a friend or a relative who stays at home or never comes: "timbra per suo cugino che non viene mai".
  rule(
    'fraud',
    String.raw`\btimbr\w* (?:anche )?(?:il cartellino |la presenza |il badge |l'entrata |l'ingresso |la timbratura )?(?:per|al posto d[ei]|a nome d[ei]) (?:la |il |lo )?(?:sua |suo |sue |suoi |mia |mio |un |una )?(?:\w+ )?(?:amic[aoie]|cugin[aoie]|fratell[oi]|sorell[ae]|marito|moglie|fidanzat[aoie]|ragazz[aoie]|collegh?[aie]|nipot[ei]|figli[aoe]?|cognat[aoie]|compagn[aoie]|parent[ei]|compare|socio)\b[^.!?\n]{0,60}?\b(?:(?:resta|rimane|sta|e|se ne sta) (?:\w+ )?(?:a casa|a letto|in vacanza|al mare)|non (?:\w+ )?(?:viene|c'e|si presenta|si vede|lavora|e mai)|mai (?:\w+ )?(?:viene|presente|in ufficio)|arriva (?:\w+ )?(?:a mezzogiorno|alle \d+|dopo pranzo|il pomeriggio|ore dopo))`,
  ),
];

export const POLISH_TIME_CARDS: readonly UrgencyRule[] = [
  // Clocked out, and work goes on: "kierownik odbija nam karty o 17 a pracujemy do 19".
  rule(
    'fraud',
    String.raw`\b(?:wybija\w*|odbija\w*|odbil\w*|wybil\w*|zamyka\w*|podbija\w*|wylogowuj\w*) (?:nam|mi|wszystkim|ludziom|pracownikom) (?:\w+ ){0,2}?(?:wyjsci\w*|kart\w*|godzin\w*|czas\w*)\b[^.!?]{0,60}?\b(?:pracujemy|pracuje|pracuja|robimy|robie|robia|zostajemy|siedzimy)\b[^.!?]{0,20}?\b(?:dalej|do \d+|za darmo|dluzej|jeszcze|po godzinach|nadal)\b`,
  ),
  // Clocked for someone who is not there: "odbija kartę za kolegę którego nie ma w pracy".
  rule(
    'fraud',
    String.raw`\b(?:odbija\w*|odbil\w*|przyklada\w*|przylozyl\w*|skanuje|zeskanowal\w*|bije) (?:\w+ )?(?:karte|karty|identyfikator|przepustke|obecnosc) (?:za|dla|zamiast) (?:\w+ ){0,2}?\w+,? (?:ktor\w*|co|a (?:on|ona)|choc|mimo ze|chociaz) [^.!?\n]{0,30}?\b(?:nie ma|nie bylo|nie przychodzi|nie przyszl\w*|w domu|nie pracuj\w*|na urlopie|nie pojawi\w*)`,
  ),
];
