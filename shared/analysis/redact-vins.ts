import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 32: a vehicle identification number (VIN, ISO 3779): 17 letters and digits, never I, O or Q. Like a plate it
 * tells whose car is meant, and the registers give the owner. Taken after a word for it in the languages the service
 * hears ("VIN", "chassis number", "Fahrgestellnummer", "número de bastidor", "numéro VIN", "telaio"), or anywhere when
 * the ninth character checks the rest as North American VINs do (one random code in eleven passes that, and a code
 * must also mix letters and digits and end in digits, as VINs do: "order 12345678901234567" is all digits and stays).
 */

const VIN_BODY = String.raw`[A-HJ-NPR-Za-hj-npr-z0-9]{17}`;
const CUE = String.raw`(?:VIN|FIN|V\.I\.N\.?|chassis(?:[ \t]+(?:number|no\.?|nr\.?))?|ch\u00e2ssis|vehicle[ \t]+identification[ \t]+number|Fahrgestell(?:nummer|nr\.?)?|Fahrzeug-?Identifizierungsnummer|(?:n\u00famero|numero|n\.?\u00ba)[ \t]+de[ \t]+(?:bastidor|chasis|chassi)|bastidor|chasis|chassi|telaio|num\u00e9ro[ \t]+(?:VIN|de[ \t]+s\u00e9rie|de[ \t]+ch\u00e2ssis))`;
const AFTER_CUE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${CUE})((?:[ \t]*(?:is|ist|es|est|\u00e8|\u00e9|:|#|=|-))?[ \t]*)(${VIN_BODY})(?![\p{L}\p{N}])`,
  'giu',
);
const BARE = lazyPattern(String.raw`(?<![\p{L}\p{N}_/.#@-])${VIN_BODY}(?![\p{L}\p{N}_/-])`, 'gu');

const VALUES: Record<string, number> = {};
'0123456789'.split('').forEach((d, i) => {
  VALUES[d] = i;
});
'ABCDEFGH'.split('').forEach((c, i) => {
  VALUES[c] = i + 1;
});
'JKLMN'.split('').forEach((c, i) => {
  VALUES[c] = i + 1;
});
VALUES.P = 7;
VALUES.R = 9;
'STUVWXYZ'.split('').forEach((c, i) => {
  VALUES[c] = i + 2;
});
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Whether the ninth character is the check digit of the rest (North American VINs). */
function checks(vin: string): boolean {
  const upper = vin.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VALUES[upper[i]!] ?? 0) * WEIGHTS[i]!;
  const check = sum % 11;
  return upper[8] === (check === 10 ? 'X' : String(check));
}

/** Letters and digits both, and the last four digits (the serial): what a VIN looks like. */
const vinShaped = (code: string) => /[A-Za-z]/.test(code) && /\d/.test(code.slice(0, 13)) && /\d{4}$/.test(code);

/** Hides a VIN after its word, or by its check digit (see above). */
export const maskVehicleIds: Rule = (text) => {
  if (text.length < 17 || !/[A-Za-z0-9]{17}/.test(text)) return text;
  let out = text.replace(AFTER_CUE.get(), (whole: string, cue: string, gap: string, vin: string) =>
    vinShaped(vin) ? cue + gap + mask('PLATE', vin.length) : whole,
  );
  out = out.replace(BARE.get(), (code: string) =>
    vinShaped(code) && checks(code) ? mask('PLATE', code.length) : code,
  );
  return out;
};
