import type { LanguageRules } from './lexicon-lists';

/**
 * French as employees write it: France and Quebec, with or without accents,
 * SMS spellings, slang and workplace idioms ("heures sup pas payées", "pas
 * de reconnaissance", "j'en ai marre", "c'est plate"). General opinion
 * words and workplace words. Elided words ("l'", "n'", "qu'") are split off
 * first, so "n'est" reads "ne est" and negates. The format is described in
 * lexicon-lists.ts.
 */
export const FRENCH: LanguageRules = {
  // "ne … pas" and the spoken "pas" alone; "moins" lowers what follows as a negation does.
  negators: `
    ne, n', pas, jamais, rien, aucun, aucune, sans, ni, moins, guère`,
  // A third number is the word's own valence when no opinion follows ("súper", "super").
  intensifiers: `
    très 1.5, trop 1.5, vraiment 1.4, tellement 1.5, super 1.6 1.5, hyper 1.6, vachement 1.5, complètement 1.5,
    totalement 1.5, extrêmement 1.8, ultra 1.6, archi 1.6, beaucoup 1.3, vraiment très 1.8, ben 1.3, full 1.5, en masse 1.3,
    en maudit 1.5, un peu 0.5, peu 0.6, plutôt 0.8, assez 0.9, presque 0.6, grave 1.4`,
  contrasts: 'mais, cependant, pourtant, par contre, toutefois, en revanche',
  concessives: 'même si, bien que, quoique, malgré',
  opinions: `
  2.5: excellent*, au top, formidabl*, magnifiqu*, merveill*, fantastiqu*, bien joué, mille mercis, un bien fou, bon travail, super équipe,
       a changé la vie, changé la vie
  2: au poil, génial, géniale, géniaux, géniales, top, parfait*, extraordinair*, impeccabl*, nickel, bravo, félicit*, merci beaucoup, heureu*, ravi,
     ravie, ravis, ravies, fait plaisir, adorabl*, ador*, une perle, ça fait du bien, sans faute, le fun, chapeau à, chapeau bas, kiffe,
     kiff*, beau geste, belle initiative, génial*, bonne ambiance, bonne équipe, enchant*, épanou*
  1.8: donne envie, tout roule, rien à redire, peux pas me plaindre, peut pas se plaindre, pas à me plaindre, smatte, tiguidou, chaleureu*, bienveill*
  1.5: merci, remerci*, content, contente, contents, contentes, satisfai*, fier, fière, fiers, fières, agréabl*, plaisant*, plaisir, sympa,
       sympas, sympathiqu*, gentil, gentille, gentils, gentilles, gentillesse, aimabl*, meilleur*, amélior*, rassur*, confort*, efficac*,
       efficace, utile, utiles, aime, aimons, aimez, aiment, aimer, j'aime, appréci*, reconnaissant*, valoris*, motiv*, respectueu*,
       entraide, s'entraide, s'entraident, solidar*, serein*, réussi*, succès, aucune plainte, fun, cool, chouette, bien traités, bien payés,
       ça roule, précieu*, généreu*, dévoué*, compétent*, attentionn*, à l'écoute, incroyabl*, constructif, constructive,
       constructifs, soulag*, gratitude, wow, idéal*
  1.2: bon, bonne, bons, bonnes, mieux, reconnaît, reconnu, reconnus, équitabl*, ponctuel*, aucun problème, pas de souci, pas de soucis,
       sans souci, sans problème, sans problèmes, beau, belle, beaux, belles, accueill*, flexib*, producti*, tranquill*, fiabl*
  1: organisé, organisée, organisés, organisées, bien, pratique, facile, faciles, reconnaissance, respect, respecte*, soutien, soutient, soutenu*, chance, opportunit*, avantage*,
     rien à dire, assure, assurent, extra, hâte, ça marche, professionnel*, souple*, bienvenu*
  0.8: écout*, réglé, répar*, correct, correcte, aide, aider, aident, solide, disponibl*
  0.7: calme, propre, propres, fonctionne, fonctionnent
  0.6: payé, payés, payée, payées, payer, payent
  0.5: clair, claire, clairs, claires, simple, à l'heure, marche, marchent, ça va, enfin, pas mal, rapide*
  0.3: qualité
  0: juste, sécurité, nulle part, chu, écœur*, ecoeur*
  -0.5: bof, moyen, zéro
  -0.8: chaleur, froid
  -1: pression, manque de, manque, manquent, déchir*, fuite*, bruit, plainte, plaintes, plaindre, problème*, souci, soucis, difficil*,
      compliqué*, confus*, retiré, lent, lente, lents, lentes, impossible, regrett*
  -1.2: dommage, calice, fatigu*, ignore, retard*, glissant*, supprim*, raccourc*, lenteur, interminable, interminables, sans raison,
        sans nous consulter, sans me demander, inquiet, inquiète, inquiét*, ennui*
  -1.5: pas ouf, pas terrible, accident*, mal, plate, niais*, maudit, maudite, tabarnak, câlisse, osti, crisse, crevé, crevés, stress*, chouchou*,
        panne, cassé*, peur, douleur*, bless*, beaux discours, bête, bêtes, débordé*, que dalle, c'est incroyable que, toujours pas,
        sans explication, salaire bas, salaires bas, relou, moche, foutu, bâcl*, usant, pénibl*, ennuyeu*, insécur*
  -1.8: froid de canard, dangereu*, danger, mauvais*, triste*, galèr*, épuis*, crie, crient, crier, cris, ignoré*, en panne, sale, sales, saleté, médiocr*,
        ridicul*, absurd*, sert à rien, servent à rien, désorganis*, mal au dos, angoiss*, abandonn*, surcharg*, ne marche pas, marche pas,
        pas normal, galère, attends toujours, attend toujours, sans prévenir
  -2: nul, nulle, nuls, nulles, pue, puent, pire, pires, inutile, inutiles, chaos, s'en fiche, rien ne bouge, rien ne change,
      comme des numéros, con, énerv*, colère, frustr*, déprim*, démotiv*, menti*, sous-effectif, sous effectif, c'est pas normal, naze,
      gâch*, laisse à désirer, laissent à désirer, mal payé, mal payés, mal payée, mal payées, sous-payé*, méchant*, emmerd*, ça craint
  -2.2: sur les nerfs, tape sur les nerfs, infect, infecte, déçu, déçue, déçus, déçues, décevant*, déception, marre, tanné, tannée, tannés, tannées, pas d'allure, bordel,
        n'importe quoi, chiant*, engueul*, mépris*, irrespect*, manque de personnel, manque de monde, exploités, exploitées, favoritisme,
        révolt*, lamentabl*, pitoyabl*, incompétent*, zéro soutien, pas de reconnaissance, aucune reconnaissance, s'en fout, s'en foutent,
        on s’en fout, méprisant*, mensong*, menac*, discrimin*, sexis*, pourri*, trop de pression, enfer
  -2.5: le pire, la pire, marde, de la marde, horribl*, terribl*, affreu*, catastroph*, désastr*, honte, honteu*, humili*, dégoût*, dégueu*, j'en ai marre, ras le bol,
        en peux plus, en peut plus, merde, merdique, insult*, manque de respect, injust*, abus*, toxiqu*, perte de temps, insupportabl*,
        inacceptabl*, scandal*, inadmissibl*, pas payé, pas payés, pas payées, pas payée, non payé, non payés, non payées, non rémunéré*,
        sans être payé, tout le monde s'en fiche, comme des chiens, connard*, ras-le-bol, racis*, la catastrophe, fait chier, horreur,
        épouvantabl*, atroce
  -2.8: de pire en pire, harcèl*, boulot de merde
`,
  elisions: "l', d', n', j', m', t', s', c', qu', jusqu', lorsqu', puisqu', quoiqu'",
};
