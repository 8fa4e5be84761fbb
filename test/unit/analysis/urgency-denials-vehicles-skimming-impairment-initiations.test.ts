import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * The classes an outside attacker (ra34) found on 2026-12-06, each written as a class before it was fixed: the quoted
 * texts and look-alikes in varied registers, half of them held back while the rules were written (docs/performance.md,
 * the section of fx34u). The ones still read wrong are listed at the end, not tested (known misses).
 * Rules: shared/analysis/urgency/negation.ts, course-names.ts, taught-how-to.ts, dying-said-lightly.ts,
 * unfit-vehicle.ts, drunk-at-the-wheel.ts, takings-and-stock-skimmed.ts, initiation-rituals.ts, unmasking-reporters.ts,
 * forced-labour.ts, violence-in-hand.ts, sex-for-the-job.ts.
 */
const calm = (texts: string[]) =>
  it.each(texts)('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
const kind = (texts: string[], category: string) =>
  it.each(texts)(`Should read %j as ${category}`, (text) => {
    const read = detectUrgency(text);
    expect(read.urgent).toBe(true);
    expect(read.categories).toContain(category);
  });

describe('denials of a harm, and talk of policies, campaigns and lessons about it; dying of laughter', () => {
  calm([
    'There is no harassment or bullying on our shift, everyone is respectful.',
    'No bullying or harassment in our team that I have ever seen.',
    'Our suicide prevention awareness walk raised £2,000, thank you all.',
    "J'ai envie de mourir de rire avec les blagues du chef, super ambiance.",
    "I've worked here 10 years and never once felt unsafe, great team.",
    'The anti-harassment policy is clear and HR explained how to report sexual harassment.',
    'No hay acoso ni discriminación en mi equipo, todo bien.',
    'The mental health and suicide awareness fundraiser was a great day.',
    'Me muero de risa con los chistes del encargado.',
    'The trainer showed us how to spot bullying and discrimination at work, very useful.',
    "there's no racism or discrimination on nights, good crew",
    'I have never once felt harassed here, honestly.',
    'Thanks to everyone who joined the suicide awareness charity walk on Saturday.',
    "Il n'y a aucun harcèlement ni discrimination dans l'équipe.",
    'Keine Belästigung oder Diskriminierung bei uns, alles super.',
    'Je vais mourir de rire, le nouveau chef est trop drôle.',
    'Estoy muriendo de risa con el video del jefe jaja',
    'HR walked us through how to report harassment and fraud in the new handbook.',
    'The bullying prevention month posters are up in the canteen.',
    'no fraud or theft found in the audit, well done finance',
    'There was no violence or threat during the whole event, great job security.',
    'No tengo ningún problema de acoso ni de discriminación aquí.',
  ]);
});

describe('a vehicle unfit and driven anyway', () => {
  kind(
    [
      "Truck 214's brakes are metal on metal and the shop signed it off anyway, I'm supposed to take it over the mountain pass tomorrow loaded.",
      "Our buses are going out with bald tyres and the mechanic says the manager won't order new ones.",
      'The brakes on the delivery van are shot, I had to use the handbrake to stop at a red light.',
      'They overload the trailers by 5 tonnes and tell us to skip the weigh station.',
      'A tractor rolled over on the slope yesterday, the roll bar had been taken off months ago and nobody fixed it.',
      'the trailer lights dont work and we drive at night on the highway',
      'the fifth wheel on unit 88 doesnt lock properly and the trailer came loose at the yard today they put it back on the road',
      'The lorry has no working brakes and the boss says take it out anyway.',
      'van 12 brakes are grinding real bad and they still send me out on deliveries every day',
      'The tyres on the minibus are completely bald and we take the kids to school in it.',
      'my truck pulls hard when I brake and the shop keeps saying its fine, Im hauling 40 tons down the hill tomorrow',
      'The tractor has no roll bar and they want us mowing the steep bank.',
      'They make us drive the van with a cracked windscreen and no wipers in the rain.',
      'The steering on the forklift is loose and the supervisor says just use it',
      'brakes on the bin lorry are gone, told the manager, he said get on with the round',
    ],
    'safety',
  );
  calm([
    "The brakes on my bike are a bit squeaky, I'll fix them at the weekend.",
    'The new trucks have great brakes and the tyres were all replaced last week.',
    'I had bald tyres on my own car, got them changed on Saturday.',
    'The van was serviced, new brakes fitted, all good now.',
    'We need more trucks on the road at Christmas, the depot is busy.',
    "My car's brakes were grinding so I took it to the garage and they fixed it.",
  ]);
});

describe('tips, takings, stock and billing skimmed without the word', () => {
  kind(
    [
      'The site manager bills the client for 10 workers but only 6 of us are ever on site.',
      'The warehouse supervisor is selling pallets of stock out the back door on Sundays.',
      'Our manager rings up cash orders then voids them after the customer leaves and keeps the money.',
      'the manager keeps some of our tips',
      "The GM takes a cut of the servers' tips every night before the tip-out, says it's for 'breakage'.",
      'Team leader adds fake overtime for his friends and they split the money.',
      'The buyer gets a kickback from the supplier on every order.',
      'our supervisor gets cash back from the cleaning company for every contract he gives them',
      'he charges the customer for 8 hours labour but we only work 5',
      'The night manager is selling boxes of our stock on Facebook.',
      'The shift lead pockets part of the tip jar every Friday.',
      'She voids cash sales at the till and takes the cash home.',
      'The foreman puts his cousin on the payroll but he never comes to work.',
      'Shift manager is sweethearting, giving his friends free meals and ringing them as waste.',
      'My manager charges customers for parts that were never fitted.',
      'the bar manager takes half of the tip jar home every night',
    ],
    'fraud',
  );
  calm([
    'The tips are shared fairly every week, thanks to the new manager.',
    'We sold out of stock on Sunday, busiest day ever.',
    'The manager voided my order because I changed my mind, no problem.',
  ]);
});

describe('someone drunk or high at the wheel, the machine or the patient', () => {
  kind(
    [
      'The forklift driver on nights is high every shift, he smokes in his car at break and comes back red-eyed and swerving.',
      'Nurse on our unit is clearly impaired, slurring and dropping meds, and is still giving patients insulin.',
      'Anesthetist smelled of alcohol in theatre this morning and still did the case.',
      'the guy running the kiln is on something every night eyes like saucers he nearly set himself on fire',
      'The pilot car driver was snorting something in the cab before the escort run.',
      'Our crane operator is drunk most mornings and still lifts over people.',
      'the doctor on nights stinks of booze and is still seeing patients',
      'bus driver was stoned this morning and did the whole school route',
      'Our machine operator comes in drunk and runs the press all shift.',
      'the surgeon was hungover and shaking during the operation',
      'The delivery driver drinks beer in the van between drops.',
    ],
    'safety',
  );
  calm([
    'My colleague had a few drinks at the Christmas party, nothing bad happened.',
    'The pilot said the view was amazing, we were all high on excitement.',
  ]);
});

describe('initiations, unmasking a reporter, child labour, a robbery at gunpoint, kept until she gave in', () => {
  kind(
    [
      "After the Christmas party my manager drove me home and wouldn't let me out of the car until I did what he wanted.",
      'Someone in IT is reading the anonymous feedback and telling managers who wrote it.',
      'my boss locked the office door and wouldnt let me leave until I kissed him',
      'My manager looked up the kiosk logs to find out who wrote the last complaint and named her in the meeting.',
      'Our team leader keeps asking around to find out who wrote the anonymous survey comments.',
      "the supervisor said he knows who sent the complaint through the kiosk and he'll deal with her",
      'he wouldnt let me leave his office till I hugged him',
    ],
    'harassment',
  );
  kind(
    [
      "The older guys hold the apprentices down and spray them with the air hose, last time it went in a lad's ear and he's deaf now.",
      'The owner brings in kids, like 13 and 14 years old, to work the packing line at night when the inspectors are gone.',
      'We got robbed at gunpoint on Tuesday and the area manager wants us to keep the till open until midnight with one person.',
      'new starters get taped to a pallet and left in the freezer for an hour, they call it initiation',
      'they have 12 year olds working the fryers on weekends cash in hand',
      'Two men with a knife robbed the shop last night and we are still made to close alone.',
      "Apprentices get duct-taped to a chair and left on the loading dock overnight, it's 'tradition'.",
      "On your first week they hold you down and shave your head, it's tradition for the new lads.",
      'the new guys get locked in the chiller for half an hour as a welcome',
      "there's a 14 year old working the dish pit till midnight",
      'They have girls, maybe 12 or 13, picking in the fields during school hours.',
      'We were held up at knifepoint last night and still no security guard.',
    ],
    'safety',
  );
  calm([
    'The new starter induction was fun, they took us for pizza.',
    'Our apprentices won the regional skills award, well done lads.',
    "Someone asked who wrote the new rota, it's great.",
    'The new lads had a welcome lunch and got their uniforms.',
    'We found out who wrote the lovely thank-you card, it was Sam.',
    'My 14 year old is working on his school project about factories.',
  ]);
});

// Known misses, still read wrong (left in the report):
// - "Kierowca wózka widłowego jest codziennie pijany."
// - "Nunca houve discriminação aqui, todos são tratados igual."
// - "Os pneus do ônibus estão carecas e a empresa manda rodar assim mesmo."
// - "Our anti-bullying champions ran a great session on how to report bullying."
// - "Our site lead helped us get the safety inspection records ready for the auditor."
// - "The driver was high on life after winning the award."
// - "The purchasing manager found a new supplier at half the price, great saving."
// - "They make the new kitchen porters drink the fryer oil as a joke, one ended up in A&E."
// - "They told us to put down fake names on the training attendance sheet so the grant money comes through."
// - "We went for drinks after work, I was a bit drunk but got a taxi home."
// - "the care worker on nights is drunk and giving out the meds"
// - "the coach has a bald front tyre and we have a full load of pensioners tomorrow"
// - "المدير شكر جميع الموظفين على العمل الجيد هذا الشهر"
// - "经理说下个月给大家加班费，大家都很高兴。"
