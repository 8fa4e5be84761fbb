import { describe } from 'vitest';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * att52 (2026-12-07) found three smaller safety classes calm (u56b; docs/escalations.md): a child of 10 to 15 put to
 * work, named by age (en ru pl hi hi-Latin); a machine that "turned itself on" with someone at it, also in mixed
 * languages; gas told by the rotten-egg smell in edge wording (en "stinks like rotten egg", pt "ovo estragado", de "faule
 * Eier"). TUNED are att52's texts, HELD_BACK written before any change in other words and languages, CALM look-alikes.
 */
const TUNED = [
  'they got a 10 yr old girl sweeping the floor at 2am every night',
  'мальчик лет 13 работает у нас в ночную смену на упаковке',
  'trzynastolatek pracuje u nas na nocnej zmianie',
  '13 साल का बच्चा रात की शिफ्ट में काम करता है',
  'they got 12 yr olds packing boxes during summer break, paid cash',
  'factory mein 12 saal ke bachche kaam kar rahe hain',
  'the mixer turned itself on while jose had his arm in it',
  'machine apne aap chalu ho gayi jab ramesh andar tha',
  'machine khud se start ho gayi aur uska haath andar tha',
  'the prensa se prendio by itself mientras Carlos la limpiaba',
  'la machine a démarré by itself alors que Karim était dedans',
  'машина started сама по себе пока он чистил',
  'it stinks like rotten egg near the water heater and my eyes r burning',
  'sente um cheiro de ovo estragado na sala das caldeiras',
  'es riecht nach faulen Eiern im Heizraum, mir ist schwindelig',
];

const HELD_BACK = [
  "there's an 11 year old boy stacking pallets on the night shift",
  'they have a 13 yo kid running the forklift on weekends',
  'девочка 12 лет работает у нас на складе по ночам',
  'dwunastoletnia dziewczynka pracuje u nas przy pakowaniu',
  '12 साल की लड़की फैक्ट्री में काम करती है',
  'yahan 11 saal ka ladka raat ko kaam karta hai',
  'the saw switched itself on while mike was changing the blade',
  'press turned itself back on with my hand still in it',
  'machine apne aap on ho gayi aur mazdoor ka haath fas gaya',
  'la cinta arrancó by itself mientras Luis estaba encima',
  'станок запустился by itself пока слесарь был внутри',
  'smells like rotten eggs by the boiler and im getting dizzy',
  'tem um fedor de ovos estragados perto do aquecedor, estou com dor de cabeça',
  'im Keller stinkt es nach faulen Eiern an der Gasleitung',
];

const CALM = [
  'my 12 year old daughter visited the warehouse today',
  'we hired a guy with 12 years of experience for the night shift',
  'trzynastolatek przyszedł z tatą zobaczyć fabrykę',
  'мальчик лет 13 приходил с отцом на экскурсию',
  '13 साल का बच्चा स्कूल जाता है',
  'my phone turned itself on in my pocket lol',
  'the lights turned themselves on at 6 like they should',
  'my computer turned itself on while I was at lunch',
  'kids aged 12 to 15 can join the summer open day at the factory',
  'я сам запустил станок, когда пришёл',
  'the egg salad in the fridge smells like rotten eggs, please throw it out',
  'the hot spring on our trip smelled like rotten eggs',
  'o sanduíche de ovo estragado foi pro lixo',
  'der Eiersalat riecht nach faulen Eiern',
];

describe('att52: children at work, machines that turned themselves on and rotten-egg gas page safety (u56b)', {
  timeout: 120_000,
}, () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});
