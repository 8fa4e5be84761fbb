/**
 * Every language Listening Post speaks, one line each: the export's name is
 * the language's code, its catalogue the file beside this one. To add a
 * language, write `<code>.ts` (copy `fr.ts`) and add its line here.
 */
export { en } from './en';
export { es } from './es';
export { fr } from './fr';
