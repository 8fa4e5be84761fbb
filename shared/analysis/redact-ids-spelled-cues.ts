import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class): an employee number said in words after its name in Spanish, Portuguese, French, Haitian Creole
 * and Tagalog, as English's was (redact-spoken-numbers.ts, ID_CUE_BEFORE): "mi número de empleado es el ochocientos
 * doce cuarenta y tres", "minha matrícula é quatro cinco sete dois", "meu número de funcionário é três mil duzentos e
 * doze". What follows such a name is an id, however short; the words between say "my … is".
 */
export const ID_CUE_BEFORE_ABROAD = lazyPattern(
  String.raw`(?<![\p{L}])(?:n[úu]mero[ \t]+de[ \t]+(?:empleado|empleada|trabajador|trabajadora|colaborador|n[óo]mina|gafete|credencial|funcion[áa]ri[oa]|trabalhador|trabalhadora|matr[íi]cula|crach[áa]|badge)|gafete|credencial|legajo|ficha|matr[íi]cula|crach[áa]|matricule|num[ée]ro[ \t]+(?:de[ \t]+badge|de[ \t]+matricule|d['’][ \t]?employ[ée]e?)|nimewo[ \t]+(?:anplwaye|travay|travayè|badj|kat)|numero[ \t]+ng[ \t]+(?:empleyado|badge|id))(?:[ \t]+(?:de|do|da|del|mi|mío|mía|meu|minha|mon|ma|m|mwen|ko|po))*[ \t]*(?:[:#=]|(?:es|era|é|est|c['’]est|se|ay)(?![\p{L}]))?[ \t]*(?:(?:el|la|o|a|le|l['’])[ \t]*)?$`,
  'iu',
);
