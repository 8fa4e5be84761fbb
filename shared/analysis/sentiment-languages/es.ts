import type { LanguageRules } from './lexicon-lists';

/**
 * Spanish as employees write it: Spain and Latin America (Mexico, Argentina,
 * Colombia, the Caribbean), with or without accents, SMS spellings, slang
 * and workplace idioms ("horas extra sin pagar", "falta de personal").
 * General opinion words and workplace words, never a labelled row's words
 * as such. The format is described in lexicon-lists.ts.
 */
export const SPANISH: LanguageRules = {
  // "menos" lowers what follows as a negation does ("menos cansado").
  negators: `
    no, nunca, jamás, ni, tampoco, nadie, ningún, ninguna, ninguno, nada, sin, menos`,
  // A third number is the word's own valence when no opinion follows ("súper", "super").
  intensifiers: `
    muy 1.5, mucho 1.3, mucha 1.3, muchísimo 1.8, muchísima 1.8, súper 1.6 1.5, re 1.5, requete 1.7, tan 1.4,
    demasiado 1.4, demasiada 1.4, bastante 1.2, totalmente 1.5, completamente 1.5, realmente 1.4, extremadamente 1.8, sumamente 1.7,
    tremendamente 1.8, de verdad 1.3, en serio 1.3, un montón 1.5, mega 1.6, un poco 0.5, algo 0.6, medio 0.7, casi 0.6,
    más o menos 0.5`,
  contrasts: 'pero, sino, sin embargo, no obstante',
  concessives: 'aunque, a pesar de, si bien',
  opinions: `
  2.5: excelent*, maravill*, fantástic*, buenísim*, magnífic*, espectacular*, mil gracias, lo mejor, buen trabajo, bien hecho,
       me cambió la vida, padrísim*, de puta madre
  2: lo más, lo máximo, de pelos, a todo dar, genial*, estupend*, perfect*, extraordinari*, encant*, feliz, felices, felicidad*, felicit*, enhorabuena, bravo, orgullos*, alegr*,
     grandioso, delicios*, de lujo, buen ambiente, buen rollo, buena onda, da gusto, chido, chida, chidos, chidas, qué padre,
     chingón, chingona, se rifó, se rifaron, a toda madre, copad*, bárbaro, bárbara, bárbaros, bárbaras, de diez, chéver*, bacán, bacano,
     bacana, bacanos, qué chimba, guay, pura vida
  1.8: agradec*, a gusto, disfrut*, amable*, joya, crack, hermos*, groso, grosa, mola, molan
  1.5: increíble, increíbles, gracias, agradab*, content*, satisfech*, gust*, divertid*, emocionad*, motivad*, motivador*, motivante,
       valorad*, mejor, mejores, mejor*, cómod*, comodidad, útil, útiles, eficien*, éxito, exitos*, sabros*, amor, genio, genia,
       vale la pena, se preocupa por, se preocupan por, generos*, bonit*, lind*, todo bien, ninguna queja, no tengo quejas,
       no me puedo quejar, no me quejo, majo, maja, majos, majas, chulo, chula, constructiv*, ideal*, alivi*, eficaz, gratitud, wow,
       satisfactori*
  1.2: ilusion*, valoro, valoramos, valoran, recomend*, bueno, buena, buenos, buen, respet*, puntual*, tranquil*, reconoc*, flexib*, bella,
       sin problema, sin problemas, ningún problema, productiv*, fiable
  1: dispuest*, bien, conforme, motivación, bn, gran, atent*, justo, justa, justicia, limpio, limpia, limpios, limpias, fácil*, facilidad*, apoy*,
     profesional*, organizad*, oportunidad*, benefici*, ventaja*, logr*, rico, rica, ricos, ricas, querid*, cuidan, premi*, berraco,
     bienvenid*
  0.8: buenas, limpian, práctic*, ayud*, escuch*, arregl*, solucion*, resolvi*, paciencia, detalle, disponibl*
  0.7: funciona, funcionan, funcionó
  0.6: paga, pagan, pagó, pagaron, pagado, pagados, pagada, pagadas, pagar, pague, paguen
  0.5: clara, claras, sirve, sirven, maestr*, fresco, fresca, se nota, por fin, rápid*
  0.3: segur*, calidad
  0: seguridad, cara
  -0.5: promesas, para nada, una chimba de
  -0.8: falta, faltan, calor, frío, exig*, falta de
  -1: presión, queja, quejas, quej*, problema, problemas, error*, favoritos, ruido, eterna, eterno, lento, lenta, lentos, lentas, preocup*,
      difícil*, dificultad*, complicad*, confus*, caro, todavía no, imposible, pesad*
  -1.2: atrasad*, cansad*, cansancio, rompi*, se rompe, resbalos*, goter*, fall*, retras*, llega tarde, llegan tarde, escas*, despid*, descont*,
        sin motivo, sin consultar*, lentitud, pinche, qué rollo
  -1.5: excesiv*, explota, vaya tela, estrés, presionad*, ignora, ignoran, dolor*, duele, duelen, accident*, roto, rota, rotos, rotas, averiad*, mal,
        pagan tarde, insuficient*, nada de nada, nos quitan, nos quitaron, recort*, sin explicación, molest*, miedo, castig*, regañ*,
        ansiedad, solo critica, descuid*, nunca llegó, es increíble que, ni agua, sueldo bajo, sueldos bajos, aburri*, feo, fea, insegur*,
        incómod*, joder, bronca, trucho, mamera
  -1.8: quemad*, agotad*, estresad*, grit*, ignorad*, triste*, tristeza, qué pena, lástima, peligr*, sucio, sucia, sucios, sucias, suciedad,
        malo, mala, malos, malas, peor, peores, no alcanza, sin avisar, enchufad*, sobrecarg*, saturad*, colapsad*, desorganiz*, ineficien*,
        ridícul*, absurd*, precari*, agobi*, angusti*, abandonad*, no funciona, no sirve, no sirven, sigo esperando, seguimos esperando,
        mediocr*, mamadas, chafa, gacho, gacha, berreta, paila, cutre, chungo, chunga
  -2: harto, harta, hartos, hartas, hartazgo, mala onda, quilombo, menudo marrón, caos, caótic*, miseria, groser*, nadie hace nada, mentir*,
      mentira*, frustra*, enoj*, enfad*, rabia, cansado de, cansada de, deprim*, tarde y mal, como números, dejan mucho que desear,
      deja mucho que desear, mal pagado, mal pagados, mal pagada, mal pagadas, pagan mal, explotación, desagradabl*, chinga*, infierno
  -2.2: decepcion*, falta de personal, cero apoyo, favoritismo, no aguanto, no se puede trabajar así, amenaz*, discrimin*, machis*,
        incompetent*, inútil*, patétic*, lamentabl*, deplorabl*, apest*, harto de, mentiros*, jodid*, culero, garca, porquería
  -2.5: lo peor, de lo peor, malísim*, cagada, terribl*, horribl*, horror*, pésim*, fatal, fatales, desastr*, asco, asquero*, humill*, vergüenza, vergonz*, injust*, abus*, acos*,
        explotad*, tóxic*, insoportabl*, inaceptabl*, indign*, hasta las narices, hasta la madre, hasta el gorro, de la patada, mierda,
        una miseria, insult*, maltrat*, cada vez peor, no hay derecho, a nadie le importa, no les importa, sin pagar, no pagan,
        no me pagaron, no me pagan, no pagadas, no pagados, no pagado, sin cobrar, falta de respeto, odi*, pérdida de tiempo, racis*,
        nefast*, como basura, como perros, horrend*, espantos*, atroz, cruel*, un asco, me tienen harto, me tienen harta, una porquería,
        de mierda, un infierno
`,
};
