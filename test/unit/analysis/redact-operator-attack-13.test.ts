import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { describeLeaks, type LeakRow } from '../../support/stored-by-analysis';

/*
 * The thirteenth operator-attacker round: fresh texts, in English, Spanish, Portuguese, Italian, French, German, Dutch,
 * Swedish, Romanian, Indonesian, Russian and Chinese in pinyin, none taken from the other tests or the eval sets. Each
 * class is checked through the analysis as the intake runs it, beside look-alikes that must stay as written; every
 * leak row fails on the code before this round.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: LeakRow[] = [
  // A title stays (everyone has one); the name after it is hidden.
  ['Mr Hargreaves shouted at me in front of everyone', 'Mr [NAME] shouted at me in front of everyone', ['Hargreaves']],
  ['el señor Juan de la Cruz nos roba las propinas', 'el señor [NAME] nos roba las propinas', ['Juan', 'Cruz']],
  ['Frau Becker schreit uns jeden Morgen an', 'Frau [NAME] schreit uns jeden Morgen an', ['Becker']],
  ['Madame Dubois nous insulte devant les clients', 'Madame [NAME] nous insulte devant les clients', ['Dubois']],
  ['Mrs. Okoye docked my pay again', 'Mrs. [NAME] docked my pay again', ['Okoye']],
  ['Herr Schulze beleidigt die Azubis', 'Herr [NAME] beleidigt die Azubis', ['Schulze']],
  ['Señor Ramírez nos amenaza', 'Señor [NAME] nos amenaza', ['Ramírez']],
  // Initials for a person, where they work or asked for.
  ['ask LB in shipping, she saw it', 'ask [NAME] in shipping, she saw it', ['LB']],
  ['DJ from nights sells pills', '[NAME] from nights sells pills', ['DJ']],
  ['ask KC in receiving', 'ask [NAME] in receiving', ['KC']],
  // A descriptive nickname before what the person does; a Romance article's capitalised nickname.
  ['big kev yells at the new guys', 'big [NAME] yells at the new guys', ['kev']],
  ['old man jenkins gropes the cashiers', 'old man [NAME] gropes the cashiers', ['jenkins']],
  ['el Chato nos grita siempre', 'el [NAME] nos grita siempre', ['Chato']],
  ['o Baixinho do turno da noite rouba', 'o [NAME] do turno da noite rouba', ['Baixinho']],
  ['a Loira do caixa humilha as novas', 'a [NAME] do caixa humilha as novas', ['Loira']],
  ['il Biondo del magazzino ci urla contro', 'il [NAME] del magazzino ci urla contro', ['Biondo']],
  ['fat rodney steals from the tip jar', 'fat [NAME] steals from the tip jar', ['rodney']],
  ['crazy tavo on nights threw a pallet', 'crazy [NAME] on nights threw a pallet', ['tavo']],
  ['big dre keeps touching the girls', 'big [NAME] keeps touching the girls', ['dre']],
  // A last line signing the message, written small or after a tilde.
  ['they cut our breaks again\n- jaylen', 'they cut our breaks again\n- [NAME]', ['jaylen']],
  ['please fix the schedule\n~ tj', 'please fix the schedule\n~ [NAME]', ['tj']],
  ['the freezer door is broken\n~Bree', 'the freezer door is broken\n~[NAME]', ['Bree']],
  // A Chinese name in pinyin, both halves, and a familiar xiao or lao.
  ['Wang Fang yells at the packers', '[NAME] yells at the packers', ['Wang', 'Fang']],
  ['Lin Tao is rude to the temps', '[NAME] is rude to the temps', ['Lin', 'Tao']],
  ['Sun Li yelled at me', '[NAME] yelled at me', ['Sun', 'Li']],
  ['ask xiao li about it, she saw everything', 'ask [NAME] about it, she saw everything', ['xiao li']],
  // A handle after a platform's short name and a colon.
  ['sc: kaylaaa22', 'sc: [ID]', ['kaylaaa22']],
  ['tg: olga_spb', 'tg: [ID]', ['olga_spb']],
  ['kik: bri_xo', 'kik: [ID]', ['bri_xo']],
  // A name where the person works or is asked for: written small, or capitalised in Dutch, Swedish, Romanian,
  // Indonesian and Russian.
  ['talk to trinity at the front desk', 'talk to [NAME] at the front desk', ['trinity']],
  ['check with jasmine in hr, she lost my form', 'check with [NAME] in hr, she lost my form', ['jasmine']],
  ['ruud van de planning schreeuwt altijd', '[NAME] van de planning schreeuwt altijd', ['ruud']],
  ['vraag het aan mo van logistiek', 'vraag het aan [NAME] van logistiek', ['mo']],
  ['Björn på kvällsskiftet hotar folk', '[NAME] på kvällsskiftet hotar folk', ['Björn']],
  ['Florin de la depozit ne amenință', '[NAME] de la depozit ne amenință', ['Florin']],
  ['Dedi dari gudang mencuri', '[NAME] dari gudang mencuri', ['Dedi']],
  ['Саша со склада ворует', '[NAME] со склада ворует', ['Саша']],
  // A handle after a dot or a dash with nothing before them (a reply made public on X): the dot is no email's.
  ['thanks .@MariaLopez_7 for covering my shift', 'thanks .[NAME] for covering my shift', ['MariaLopez_7']],
  ['.@kev_on_nights still owes me for the pizza', '.[NAME] still owes me for the pizza', ['kev_on_nights']],
  ['cc -@dana.k about the rota', 'cc -[NAME] about the rota', ['dana.k']],
  // A name after a role that is a relative in another language (French "mari", husband): a property test's draw.
  ['my manager mari never listens', 'my manager [NAME] never listens', ['mari']],
  ['our supervisor mari is rude to the temps', 'our supervisor [NAME] is rude to the temps', ['mari']],
  // A case code in one piece, its figures together, with no word before it.
  ['still no answer on kqwmxtrz7p', 'still no answer on [ID]', ['kqwmxtrz7p']],
];

describeLeaks('the thirteenth operator-attacker round: who wrote it', LEAKS);

describe('look-alikes of the thirteenth round, which stay as written', () => {
  it.each([
    'we use JD Edwards for payroll',
    'my 401k is with JP Morgan',
    'I used to work at TJ Maxx',
    'HR never answers the phone',
    'QA signed it off without looking',
    'no PPE in the cage',
    'UPS picks up at four',
    'the AC unit is broken again',
    'we only get Maruchan for lunch',
    'the Douwe Egberts machine is broken',
    'big boxes are too heavy to lift',
    'fat chance they fix it',
    'a little cash would help',
    'old man yelling at clouds is how i feel',
    'we need:\n- gloves\n- boots',
    'fix the heater\n- nvm',
    'fix the heater\n- thanks',
    'sc: not applicable',
    'line: 4 people waiting',
    'Hong Kong is far',
    'we ate Kung Pao chicken',
    'xiao long bao for lunch',
    'Tomorrow Is a Long Time',
    'perfect365 app',
    'Friday and Saturday 1.5xrnSunday double',
    'iemand van de planning zegt niks',
    'de mensen van de planning zijn aardig',
    'Semua dari gudang mencuri',
    'Alla på lagret mobbar mig',
    'el Gobierno no ayuda',
    'o Governo do estado não paga',
    'le Carrefour de la rue est fermé',
    'o Santander do bairro fechou',
    'At Walmart I learned a lot',
    'ask HR in the office',
    'ask DM in the office',
    'the holy trinity of bad management',
    'donations go to Charity',
    'check with security at the front desk',
  ])('Should keep %j', (text) => {
    expect(redact(text)).toBe(text);
  });
});
