import { eitherOrder, sentenceHoldingNear } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Heat illness told by its signs (att43, u44a, 2026-12-07): "calor de 45 graus na obra e o servente está vomitando",
 * "fa un caldo infernale in serra, una collega vomita e non sta in piedi", "jest straszny upał na hali i kolega
 * wymiotuje". English had its rule (flame-by-fuel-and-heat-sickness.ts); in these languages the heat and the
 * vomiting, the fainting or the confusion beside it were read by nothing, and heat stroke kills within hours.
 *
 * Each language: heat (the word, a temperature in degrees, no air or fans) and a body's signs of heat illness
 * (vomiting, fainting, dizziness, confusion, cramps, stopped sweating, cannot stand) in one sentence, either order.
 * Calm beside them: a beach, a holiday, a party, a hangover, a drink, a joke on the sentence; heat with no one ill.
 */

const heatAndSigns = (table: { heat: string; signs: string }, notReal: string): UrgencyRule =>
  rule('safety', sentenceHoldingNear(eitherOrder('latin', 120, table.heat, table.signs), notReal));

const PT_NOT_REAL = String.raw`praia|ferias|festa|balada|ressaca|bebad[oa]|cerveja|montanha russa|barco|kkk+|rsrs\w*|filme|novela|jogo`;
export const PORTUGUESE_HEAT_TOLD_BY_ITS_SIGNS: UrgencyRule = heatAndSigns(
  {
    heat: String.raw`calor\w*|quente|abafad[oa]|\d{2} ?(?:graus|°c?)|sem (?:ventilacao|ventilador\w*|ar condicionado)`,
    signs: String.raw`vomit\w*|desmai\w*|tont[oa]s?|tontura|passando mal|passou mal|confus[oa]|(?:nao|mal) (?:para|fica|consegue ficar|se aguenta) em pe|parou de suar|caimbra\w*|insolacao|convuls\w*`,
  },
  PT_NOT_REAL,
);

const IT_NOT_REAL = String.raw`spiaggia|vacanz\w*|festa|discoteca|sbornia|ubriac\w*|birra|montagne russe|barca|ahah\w*|film|serie|gioco`;
export const ITALIAN_HEAT_TOLD_BY_ITS_SIGNS: UrgencyRule = heatAndSigns(
  {
    heat: String.raw`caldo|afa|torrido|rovente|bollente|\d{2} ?(?:gradi|°c?)|senza (?:aria condizionata|ventilator\w*|ventilazione)`,
    signs: String.raw`vomit\w*|svenut[oa]|sviene|svengono|gira la testa|vertigin\w*|confus[oa]|non (?:sta|si regge|riesce a stare) in piedi|ha smesso di sudare|crampi|colpo di calore|collassat[oa]|si e accasciat[oa]`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`plaz\w*|wakacj\w*|urlop\w*|impreza|imprezie|kac\w*|pijan\w*|piwo|piwa|kolejk\w* gorsk\w*|lodz\w*|haha\w*|film\w*|serial\w*|gra|gry`;
export const POLISH_HEAT_TOLD_BY_ITS_SIGNS: UrgencyRule = heatAndSigns(
  {
    heat: String.raw`upal\w*|goraco|gorac\w*|skwar\w*|zar|duchot\w*|\d{2} ?(?:stopni|°c?)|bez (?:klimatyzacji|wentylacji|wiatrakow)`,
    signs: String.raw`wymiot\w*|zwymiotowal\w*|zemdlal\w*|zaslabl\w*|kreci (?:mu|jej|mi|nam|im) sie w glowie|zawrot\w* glowy|slania sie|przestal\w* sie pocic|skurcz\w*|udar\w*|stracil\w* przytomnosc|traci przytomnosc|nie (?:moze|moga) ustac`,
  },
  PL_NOT_REAL,
);
