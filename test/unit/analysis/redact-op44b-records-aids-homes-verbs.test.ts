import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op44b (2026-12-07), from the blind operator attack op43, in en es fr pt de it pl. What is stored: a write-up, a
 * grievance or an injury report loses its day; a day said alone ("on the 13th", "the thirteenth") and a weekday beside
 * a punch's minute are hidden in a record's sentence; the clock's own reading ("el sistema marca 6:15") loses its
 * minutes; a message to an HR address redaction hides first still counts; a home told by a landmark and its street or a
 * numbered road ("I live off Route 9") is hidden. What is no longer hidden: a verb of "I" opening a sentence
 * ("Entregué", "Estaciono"), "Ma voiture", a school's kind ("Szkoła Podstawowa"). What the writer sees before sending:
 * the preview names an aid someone uses, the only car of its make in the lot, a look joined to the writer, a child's
 * daycare told by its street. Calm look-alikes stay as written and are named by nothing.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I clocked in at 6:47 on Nov 3'), 120_000);

type Case = [text: string, hidden: string[], kept: string[], warned: boolean];

// Tuned on (op43's finds and the wordings tried while building).
const TUNED: Case[] = [
  ['my check was short $212.50 on the 13th', ['13th', '.50'], ['$212.'], true],
  ['el sistema marca 6:15', ['6:15'], ['el sistema marca 6:'], true],
  ['I got a written warning on March 4th', ['4th'], ['March'], true],
  ['filed my injury report on the 2nd', ['2nd'], ['injury report'], true],
  ['I clocked in Tuesday at 6:47', ['Tuesday', '6:47'], ['clocked in'], true],
  ['my check was short $80 on the thirteenth', ['thirteenth'], ['$80'], true],
  ['I emailed hr@acme.com on March 4 about my schedule', ['hr@acme', 'March 4'], ['March'], true],
  ['HR emailed me at hr.jane@acme.com on March 4 to say I was fired', ['March 4'], ['March'], true],
  ['Me pagaron 150 dólares de menos el día 15', ['día 15'], ['150'], true],
  ['La pointeuse affiche 7h20 alors que j’étais là à 7h', ['7h20'], ['pointeuse'], true],
  ["J'ai reçu un avertissement le 12 mars", ['12 mars'], ['mars'], true],
  ['Ich habe am 3. Mai eine Abmahnung bekommen', ['3. Mai'], ['Mai'], true],
  ['Registrei o acidente de trabalho no dia 9 de abril', ['dia 9'], ['abril'], true],
  ['Ho presentato un reclamo il 7 ottobre', ['7 ottobre'], ['ottobre'], true],
  ['Dostałem naganę 5 listopada', ['5 listopada'], ['listopada'], true],
  ["HR texted me on the fifth of May that I'm suspended", ['fifth'], ['May'], true],
  ['I punched out on Friday at 5:52pm', ['Friday', '5:52'], ['pm'], true],
  ['the time clock shows 8:30 but I was there at 8', ['8:30'], ['time clock'], true],
  ['my grievance was filed on the twenty-first', ['twenty-first'], ['grievance'], true],
  ['Mandé un correo a rrhh@empresa.com el 3 de junio', ['el 3 de'], ['junio'], true],
  ['Die Stempeluhr zeigt 6:15, ich war um 6 da', ['6:15'], ['Stempeluhr'], true],
  ['Il cartellino segna le 8:45', ['8:45'], ['cartellino'], true],
  ['System pokazuje 7:15 a byłem o 7', ['7:15'], ['System'], true],
  ['I live behind the plant on Cedar Lane', ['Cedar'], ['behind the plant'], false],
  ['I live off Route 9', ['Route 9'], ['I live off'], false],
  ['I live just off Highway 12 near the Walmart', ['Highway 12'], ['Walmart'], false],
  ['vivo detrás de la gasolinera en la calle Olmo', ['Olmo'], ['gasolinera'], false],
  ['moro atrás da fábrica na Rua Sete', ['Sete'], ['fábrica'], false],
  ['ich wohne an der B 27', ['B 27'], ['wohne'], false],
  ['mieszkam przy drodze krajowej 7', ['krajowej 7'], ['mieszkam'], false],
  ['abito vicino alla fabbrica in via Roma', ['Roma'], ['fabbrica'], false],
  ["j'habite près de l'usine rue des Lilas", ['Lilas'], ['usine'], false],
  ['Entregué mi reporte al supervisor', [], ['Entregué mi reporte'], false],
  ['Estaciono mi carro en el espacio 14', ['14'], ['Estaciono mi carro'], false],
  ['Entreguei o relatório ao chefe', [], ['Entreguei'], false],
  ['Szkoła Podstawowa nr 12 organizuje zbiórkę', [], ['Szkoła Podstawowa'], false],
  ['my daughter goes to Szkole Podstawowej nr 5', [], ['Szkole Podstawowej nr 5'], true],
  ["Ma voiture, c'est la Clio rouge", [], ['Ma voiture'], true],
  ['the one who uses a wheelchair, that is me, gets no breaks', [], ['wheelchair'], true],
  ['I drive the only Tesla in the lot', [], ['Tesla'], true],
  ["my kid's daycare on Elm closes at 6 so I can't stay late", [], ['daycare on Elm'], true],
  ['the guy with the snake tattoo and I are the only two on nights', [], ['snake tattoo'], true],
  ['soy la que usa silla de ruedas en el almacén', [], ['silla de ruedas'], true],
  ["je suis en fauteuil roulant et l'ascenseur est en panne", [], ['fauteuil roulant'], true],
  ['Ich sitze im Rollstuhl und die Rampe fehlt', [], ['Rollstuhl'], true],
  ["ho l'unica Tesla nel parcheggio", [], ['Tesla'], true],
  ['tengo el único Tesla del estacionamiento', [], ['Tesla'], true],
  ['la guardería de mi hijo en la calle Olmo cierra a las 6', [], ['guardería'], true],
  ['Mein Auto ist der rote Golf', [], ['Golf'], true],
  ['the lady with the rose tattoo and me are the only ones on weekends', [], ['rose tattoo'], true],
  ['ja i ten z tatuażem smoka jesteśmy jedyni na nocce', [], ['tatuażem'], true],
  ['I walk with a cane and they put me on the top floor', [], ['cane'], true],
  ['el de la barba y yo somos los únicos del turno', [], ['barba'], true],
  ['la crèche de ma fille rue des Lilas ferme tôt', [], ['crèche'], true],
  ['die Kita meiner Tochter in der Lindenstraße schließt um 16 Uhr', [], ['Kita'], true],
  ["l'asilo di mia figlia in via Roma", [], ['asilo'], true],
];

// Held back: written before any was run, never tuned on (the first run's misses and their fixes are in
// docs/anonymity-log.md).
const HELD_BACK: Case[] = [
  ['they docked me $63.40 on the 28th for being late', ['28th', '.40'], ['$63.'], true],
  ['I got written up on the 9th for a dress code thing', ['9th'], ['dress code'], true],
  ['Me levantaron un acta administrativa el 14 de febrero', ['14 de'], ['febrero'], true],
  ['On m’a donné un blâme le 21 octobre', ['21 octobre'], ['octobre'], true],
  ['Am 8. Juli habe ich meine Unfallmeldung abgegeben', ['8. Juli'], ['Juli'], true],
  ['Recebi uma advertência no dia 17 de agosto', ['17 de'], ['agosto'], true],
  ['Ho ricevuto un richiamo scritto il 19 settembre', ['19 settembre'], ['settembre'], true],
  ['Dostałam upomnienie 11 maja', ['11 maja'], ['maja'], true],
  ['I badged in Wednesday at 7:58 and still got marked late', ['Wednesday', '7:58'], ['marked late'], true],
  ['the punch clock has me at 5:30 but I was there at 5:10', ['5:30', '5:10'], ['punch clock'], true],
  ['el checador me marca 7:45 y llegué a las 7:30', ['7:45'], ['checador'], true],
  ['I emailed payroll.team@corp.com on June 6 about my missing hours', ['June 6'], ['June'], true],
  ['ich nutze einen Rollstuhl und der Aufzug ist kaputt', [], ['Rollstuhl'], true],
  ['uso muletas desde el accidente y me ponen en el muelle', [], ['muletas'], true],
  ['sono la ragazza con le stampelle al magazzino', [], ['stampelle'], true],
  ["I'm the guy on crutches in receiving", [], ['crutches'], true],
  ["la seule Tesla du parking c'est la mienne", [], ['Tesla'], true],
  ['o único Tesla no estacionamento é meu', [], ['Tesla'], true],
  ['der einzige Tesla auf dem Parkplatz gehört mir', [], ['Tesla'], true],
  ['me and the dude with the face tattoo are the last two on thirds', [], ['face tattoo'], true],
  ['moi et le mec avec le tatouage au cou on est les seuls du soir', [], ['tatouage'], true],
  ['the preschool my daughter goes to on Birch Road closes at 5', [], ['preschool'], true],
  ['we live across from the mill off Highway 40', ['Highway 40'], ['mill'], false],
  ['I live by the Shell station on Maple Ave', ['Maple'], ['Shell station'], false],
  ['vivo cerca de la planta sobre la carretera 57', ['carretera 57'], ['planta'], false],
  ['Entregué la llave al guardia', [], ['Entregué'], false],
  ['Cheguei atrasado por causa do ônibus', [], ['Cheguei'], false],
  ['Zgłosiłem to kierownikowi', [], ['Zgłosiłem'], false],
  ['Mi hijo va a la Escuela Primaria Benito Juárez', ['Benito'], ['Escuela Primaria'], true],
];

// Calm look-alikes: as written, named by nothing (the names stay hidden).
const CALM: Case[] = [
  ['payday is the 15th', [], ['payday is the 15th'], false],
  ['the meeting on the 13th was useful', [], ['on the 13th'], false],
  ['shift starts at 6:15', [], ['6:15'], false],
  ['we all got a written warning about phones', [], ['written warning'], false],
  ['the bus comes at 6:15 every day', [], ['6:15'], false],
  ['on the 13th floor the lift is broken', [], ['13th floor'], false],
  ['El sistema marca error cuando llueve', [], ['marca error'], false],
  ['Tuesday at 6:15 is the fire drill', [], ['Tuesday at 6:15'], false],
  ['we have a grievance meeting on the 2nd', [], ['on the 2nd'], false],
  ['the app says the store opens at 9:30', [], ['9:30'], false],
  ['the complaint box was removed on March 3', [], ['March 3'], false],
  ['I live far from the plant', [], ['far from the plant'], false],
  ['Route 9 is closed for roadwork', [], ['Route 9'], false],
  ['I live 20 minutes from the plant', [], ['20 minutes'], false],
  ['I live near the plant so I walk', [], ['near the plant'], false],
  ['the wheelchair ramp is blocked again', [], ['wheelchair ramp'], false],
  ['the only parking lot is full', [], ['only parking lot'], false],
  ['the daycare discount was cut', [], ['daycare'], false],
  ['ma voiture est en panne', [], ['ma voiture'], false],
  ['the tattoo policy is stupid', [], ['tattoo'], false],
  ['the guy with the snake tattoo yells at everyone', [], ['snake tattoo'], false],
  ['there is no wheelchair access at gate 2', [], ['wheelchair access'], false],
  ["my son's school is closed on monday", [], ['school'], false],
  ['candy canes in the break room', [], ['canes'], false],
  ['Marco me gritó', ['Marco'], ['me gritó'], false],
  ['José en el almacén me empujó', ['José'], ['almacén'], false],
  ['Okonkwo en la bodega me empuja', ['Okonkwo'], ['bodega'], false],
  ['Okonkwo mi ha spinto', ['Okonkwo'], ['mi ha spinto'], false],
  ['Ma Lin shouted at me', ['Lin'], ['shouted'], false],
  // Held back.
  ['the 28th of every month is payday', [], ['28th'], false],
  ['our timesheets are due on the 2nd', [], ['on the 2nd'], false],
  ['the clock in the break room shows the wrong time', [], ['wrong time'], false],
  ['Tuesday at 7:45 we have the safety talk', [], ['Tuesday at 7:45'], false],
  ['the wheelchair lift in building 2 is broken again', [], ['wheelchair lift'], false],
  ['the only Tesla charger in the lot is always taken', [], ['Tesla charger'], false],
  ['the guy with the neck tattoo keeps stealing lunches', [], ['neck tattoo'], false],
  ['Route 66 traffic makes everyone late', [], ['Route 66'], false],
  ['I live far away and the bus at 5:15 is always late', [], ['5:15'], false],
  ['Mario me empujó en el almacén', ['Mario'], ['almacén'], false],
  ['Renata en la caja me insulta', ['Renata'], ['caja'], false],
  ['Ma Long from accounting yelled at me', ['Long'], ['accounting'], false],
  ['a written warning policy was posted in the break room', [], ['written warning'], false],
];

async function check([text, hidden, kept, warned]: Case): Promise<void> {
  const { redactedText, singledOut } = await preview(text);
  for (const part of hidden) expect(redactedText, text).not.toContain(part);
  for (const part of kept) expect(redactedText, text).toContain(part);
  expect(singledOut.length > 0, `${text}: ${JSON.stringify(singledOut)}`).toBe(warned);
}

describe('op44b: records lose their day, homes their street, words their name, and the preview names what is left', () => {
  it.each(TUNED)('tuned: %j', (...c) => check(c as Case));
  it.each(HELD_BACK)('held back: %j', (...c) => check(c as Case));
  it.each(CALM)('calm: %j', (...c) => check(c as Case));
});
