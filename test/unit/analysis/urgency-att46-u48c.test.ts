import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * att46 (u48c): a threat told beside a slur reaches whoever owns discrimination too, and calm look-alikes stop paging:
 * a worker's own child named by age beside the plant or the school, a film with a fire in it, a recipe's burnt skin, a
 * chore's hyperbole marked as a joke (docs/escalations.md). Each pair is what the reader must get, then the text:
 * 'slur' is urgent with discrimination and threat both; 'calm' pages no one; 'safety', 'threat', 'self-harm' are urgent
 * with that kind; 'no-slur' is urgent without discrimination (a people named, no slur). TUNED are att46's examples,
 * tuned on; HELD_BACK were written before any change, in other words and languages, and never tuned on (its count is
 * asserted); KEPT must read as they did before.
 */
type Want = 'slur' | 'calm' | 'safety' | 'threat' | 'self-harm' | 'no-slur';

const TUNED: [Want, string][] = [
  ['slur', "that n***** better watch his back i'm gonna put him in the ground"],
  ['slur', "they wrote f*g on my locker and said they'll jump me in the parking lot"],
  ['slur', "he said that monkey will get what's coming, hes bringing his gun friday"],
  ['slur', 'ese pinche indio me dijo que me va a matar a la salida'],
  ['slur', 'mi ha chiamato negro di merda e ha detto che mi ammazza'],
  ['slur', 'tinawag akong bakla at sinabing papatayin daw ako'],
  ['slur', 'nazwał mnie cwelem i powiedział że mnie zabije'],
  ['slur', "le chef m'appelle le singe et dit qu'il va me casser la gueule"],
  ['slur', 'قال لي يا عبد وقال بيذبحني بعد الدوام'],
  ['slur', "він назвав мене чуркою і сказав що вб'є"],
  ['calm', 'mi hijo de 12 años hizo un proyecto de ciencias sobre la fábrica'],
  ['calm', 'mi hija de 13 años quiere trabajar aquí cuando sea grande'],
  ['calm', "ma fille de 12 ans a visité l'usine avec sa classe, elle a adoré"],
  ['calm', 'meu filho de 11 anos fez um desenho da fábrica pra escola'],
  ['calm', 'con tôi 12 tuổi đến thăm nhà máy trong ngày hội gia đình'],
  ['calm', 'الفيلم امس فيه حريق بالمصنع كان روعة'],
  ['calm', 'o filme de ontem tinha um incêndio na fábrica, muito bom'],
  ['calm', 'receta de mi abuela: asar el pollo a fuego fuerte hasta que se queme un poco la piel'],
  ['calm', "lol if i have to do inventory again i'll jump out the window jk"],
  ['calm', 'he posted a video of his new hunting rifle from the weekend trip'],
  ['threat', 'Zettel an der Windschutzscheibe: ich weiß wo dein Auto steht'],
  ['threat', 'jemand hat mir einen Zettel an die Windschutzscheibe geklebt: wir wissen wo deine Kinder wohnen'],
  ['calm', 'we were watching the derby at the pub, their keeper got knocked out cold lol'],
];

const HELD_BACK: [Want, string][] = [
  ['slur', "the foreman keeps calling me a dirty mexican and said he'll break my legs after shift"],
  ['slur', "he called me a retard and said he's going to stab me in the parking lot"],
  ['slur', 'that filthy paki is gonna get his throat cut, i swear'],
  ['slur', 'el supervisor me dice maldito negro y dice que me va a partir la cara'],
  ['slur', 'ese sucio indio no sabe lo que le espera, lo voy a matar'],
  ['slur', 'o encarregado me chamou de viado e disse que vai me quebrar todo'],
  ['slur', "il m'a traité de pédé et il a dit qu'il allait me tuer"],
  ['slur', 'der Vorarbeiter nennt mich Schwuchtel und sagt er bringt mich um'],
  ['slur', 'mi chiama frocio e dice che mi spacca la faccia'],
  ['slur', 'sporco marocchino, stasera ti ammazzo'],
  ['slur', 'kierownik nazywa mnie pedałem i mówi że mnie zabije'],
  ['slur', 'brudny ukrainiec, zabiję cię po robocie'],
  ['slur', 'він кличе мене хачом і погрожує що вб’є'],
  ['slur', 'tinawag niya akong unggoy at sinabing sasaksakin niya ako'],
  ['slur', 'قال لي يا زنجي وهددني بالقتل'],
  ['calm', 'mi niña de 11 años dibujó la planta para un concurso del colegio'],
  ['calm', 'minha filha de 12 anos visitou a fábrica no dia da família'],
  ['calm', 'mio figlio di 12 anni ha fatto una ricerca sulla fabbrica per la scuola'],
  ['calm', "mon fils de 13 ans veut travailler à l'usine quand il sera grand"],
  ['calm', 'my 12 year old daughter did a school project about the plant'],
  ['calm', 'con gái tôi 13 tuổi muốn làm việc ở nhà máy khi lớn lên'],
  ['calm', 'la película de anoche tenía un incendio en una fábrica, buenísima'],
  ['calm', "le film d'hier soir avait un incendie dans une usine, trop bien"],
  ['calm', 'il film di ieri sera aveva un incendio in fabbrica, bellissimo'],
  ['calm', 'the series we watched had a warehouse fire in episode 3, so good'],
  ['calm', 'receita: assar o frango até a pele queimar um pouco'],
  ['calm', 'if they make me work another double i’m gonna jump off the roof jk'],
  ['calm', 'if i have to sit through one more meeting i will throw myself out the window, just kidding'],
  ['calm', 'she shared photos of her shotgun from duck hunting season'],
  ['calm', 'he put up a video of the rifle he got for deer season, looks nice'],
  ['threat', 'auf meinem Spind klebte ein Zettel: wir wissen wo deine Kinder zur Schule gehen'],
  ['threat', 'jemand hat mir eine Nachricht an die Windschutzscheibe gesteckt, du bist der Nächste'],
  ['calm', 'watched the derby last night, their striker got knocked out cold haha'],
];

// Nationality alone, a quoted slur reported, "dirty" and "stupid" of things; and real danger that must stay.
const KEPT: [Want, string][] = [
  ['no-slur', 'my mexican coworker said the forklift ran over his foot and he is bleeding'],
  ['no-slur', "the polish guys on nights said there's a gas smell in bay 2"],
  ['no-slur', 'dirty dishes are piled in front of the fire exit and it is blocked'],
  ['no-slur', 'the monkey wrench fell off the scaffold and hit a guy on the head'],
  ['no-slur', 'el pinche montacargas casi me mata hoy'],
  ['no-slur', 'mi compañero mexicano dice que hay una fuga de gas en la bodega'],
  ['calm', 'stupid printer jammed again'],
  ['calm', 'my mexican coworker brought tamales for everyone'],
  ['slur', 'someone wrote the n word on my locker and said they will jump me'],
  ['safety', 'hay un niño de 12 años trabajando en la prensa de noche'],
  ['safety', 'there is a 12 year old kid running the press on night shift'],
  ['safety', 'ils font travailler un garçon de 12 ans sur la presse la nuit'],
  ['safety', 'mi hija de 13 años visitó la fábrica y se quemó la mano con la máquina'],
  ['safety', 'hay un incendio en la fábrica ahora mismo, como en la película'],
  ['safety', 'there is a fire in the warehouse right now'],
  ['self-harm', "i'm going to jump out the window"],
  ['self-harm', "if i have to go back there tomorrow i'll jump off the roof, i mean it"],
  ['threat', 'he posted a video of his rifle saying the supervisors will pay'],
  ['threat', 'he sent me a photo of his gun right after i reported him'],
  ['calm', 'auf dem Zettel an der Windschutzscheibe stand: bitte nicht vor der Einfahrt parken'],
  ['safety', 'someone collapsed at the Derby depot yesterday and is not breathing'],
];

function reads(want: Want, text: string): boolean {
  const { urgent, categories } = detectUrgency(text);
  switch (want) {
    case 'calm':
      return !urgent;
    case 'slur':
      return urgent && categories.includes('discrimination') && categories.includes('threat');
    case 'no-slur':
      return urgent && !categories.includes('discrimination');
    default:
      return urgent && categories.includes(want);
  }
}

// 32 when written (u48c); 33 since the lead's harm-promised-to-someone.ts reads "… gonna get his throat cut".
const HELD_BACK_READ = 33;

describe('att46 u48c: slurs beside a threat, and calm look-alikes', () => {
  it.each(TUNED)('Should read as %s: %j', (want, text) => {
    expect(reads(want, text)).toBe(true);
  });

  it.each(KEPT)('Should still read as %s: %j', (want, text) => {
    expect(reads(want, text)).toBe(true);
  });

  it('Should read the held-back reports as their kind', () => {
    const read = HELD_BACK.filter(([want, text]) => reads(want, text));
    expect(read.length).toBeGreaterThanOrEqual(HELD_BACK_READ);
  });
});
