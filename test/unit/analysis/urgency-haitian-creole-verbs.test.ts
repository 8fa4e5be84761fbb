import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Haitian Creole read as a table of verbs by whom or what they strike (shared/analysis/urgency/other-languages/ht.ts),
 * not one phrase per wording: falls and someone who does not wake, crushed hands, gas and smoke, heat and fainting,
 * chained exits, threats and blows after any marker of time ("l ap bat mwen"), touching, hours taken, ending one's
 * life. Written with and without accents. The held-back wordings were written before the rules and never tuned on.
 */
const calm = (texts: string[]) =>
  it.each(texts)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
const kind = (texts: string[], categories: string[]) =>
  it.each(texts)(`Should read %j as ${categories.join(' or ')}`, (text) => {
    const read = detectUrgency(text);
    expect(read.urgent).toBe(true);
    expect(read.categories.some((category) => categories.includes(category))).toBe(true);
  });

describe('Haitian Creole, the wordings the rules were written from', () => {
  kind(
    [
      'yon moun tonbe e li pa reveye',
      'koleg mwen tonbe nan depo a li pa leve ankò',
      'yon nèg tonbe sot anwo pil palèt yo, li pa reponn',
      'li endispoze nan chalè a, li pa respire byen',
      'gen gaz k ap koule nan kizin nan',
      'gen yon sant gaz nan sal machin yo',
      'yon machin kraze men l',
      'machin nan pran pye koleg mwen, li kraze',
      'machin nan ap fè lafimen',
      'konpresè a ap fè lafimen epi gen sant boule',
      'pa gen dlo e fè cho anpil, moun ap endispoze',
      'fe cho anpil nan depo a, 2 moun endispoze deja',
      'yo fèmen pòt sòti ijans lan ak chenn',
      'pot dijans lan bloke ak palet, nou pa ka soti',
      'li pedi konesans nan liy lan',
    ],
    ['safety'],
  );
  kind(
    [
      'sipèvizè a ap menase m',
      'chèf la di l ap bat mwen',
      'li te pran yon kouto pou menase nou',
      'manadje a pouse m atè',
      'bos la ban m yon kout pwen',
      'nèg la menase m ak yon machèt',
      'msye di l pral kraze tèt mwen',
    ],
    ['threat', 'safety'],
  );
  kind(
    [
      'sipevize a toujou ap manyen m',
      'li manyen fès mwen nan chanm fret la',
      'bos la vle m kouche avè l pou m kenbe travay la',
    ],
    ['harassment'],
  );
  kind(
    [
      'yo pwente nou soti a 5è men nou travay jiska 7è',
      'yo pa peye nou pou lè siplemantè yo',
      'patwon an vòlè lè travay nou sou chèk la',
    ],
    ['fraud'],
  );
  kind(['Vandredi m pral fini ak lavi m', 'm pa vle viv ankò', 'm pral touye tèt mwen'], ['self-harm']);
});

describe('Haitian Creole, held back: wordings written before the rules, never tuned on', () => {
  kind(
    [
      'gen yon koleg ki tonbe nan eskalye a li pa reveye',
      'mesye a tonbe, tèt li ap senyen anpil',
      'gen gaz kap chape nan depo a',
      'sant gaz la fo anpil nan kizin nan',
      'machin nan kwense dwèt li',
      'lafimen ap soti nan motè a',
      'fil elektrik la ap fè lafimen',
      'fe cho twop pa gen van, yon fanm endispoze',
      'yo kadnase pòt ijans lan',
      'pòt sekou a fèmen ak chenn, si gen dife nou mouri',
    ],
    ['safety'],
  );
  kind(
    [
      'manadje a menase nou',
      'l ap touye m si m pale',
      'li kenbe yon kouto nan men l',
      'li di l ap kale m apre travay',
      'yo frape koleg mwen nan pakin lan',
    ],
    ['threat', 'safety'],
  );
  kind(['chef la manyen tete m', 'li fòse m kouche avè l'], ['harassment']);
  kind(['yo retire lè nan chèk nou chak semèn', 'yo fè nou travay gratis apre yo pwente nou'], ['fraud']);
  kind(['m ta pito mouri', 'm vle fini ak lavi m jodi a', 'm pral pann tèt mwen'], ['self-harm']);
});

describe('Haitian Creole, a shove (ra33 U:shove): a verb alone shows the language', () => {
  kind(
    ['li pouse m sou miray la', 'sipèvizè a pouse m atè', 'li choute m', 'msye souflete m devan tout moun'],
    ['threat'],
  );
});

describe('Haitian Creole, calm look-alikes', () => {
  calm([
    'li tonbe damou pou yon fi nan travay la',
    'fè cho jodi a',
    'fe cho anpil jodi a',
    'lapli tonbe toutlajounen',
    'pri diri a tonbe',
    'telefòn mwen tonbe li kraze',
    'machin mwen kraze, m pa ka vini',
    'm pa reveye alè jodi a',
    'm pral fini travay la a 5è',
    'nou bat yo nan match foutbòl la',
    'pa manyen machin nan si ou pa konn sèvi ak li',
    'm bezwen yon kouto pou koupe legim yo',
    'gaz la fini nan machin nan',
    'yo fimen nan pakin lan chak jou',
    'm ta pito mouri pase m manje sa',
    'patwon an pa janm di mèsi',
    'yo peye nou an reta semèn sa a men yo peye',
    'nou fèmen pòt la a 10è chak swa',
    'pòt ijans lan louvri kounya, yo debloke l',
    'm tonbe malad, m pa ka vini jodi a',
    'm ap mouri ri',
    'manadje a di nou dwe pwente anvan 8è',
    'egzèsis dife jodi a',
    'm fatige anpil, travay la di',
    'travay la ap touye m',
    'solèy la ap touye nou jodi a',
    'ekip la bat nou nan match la yè',
    'sipèvizè a pouse m travay pi di',
    'bos la toujou ap pouse nou fè plis',
    'lapli a ap menase tonbe',
    'pa manyen anyen sou biwo a',
    'm renmen travay la, bos la janti',
    'manadje a te di nou m ap fini ak dosye yo demen',
    'kouto yo pa file nan kizin nan',
    'nou te fè fomasyon sou pòt ijans yo',
    'm pa ka viv san kafe m',
    'machin nan kraze ankò, nou pa ka livre',
    'gen lafimen lè n ap griye vyann',
  ]);
});
