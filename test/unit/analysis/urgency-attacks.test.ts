import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Reports an attacker sent through the form that were stored as calm, one
// kind at a time, with other wordings and languages beside them: an armed
// person or bomb on site, self-harm in slang or said directly, violence
// happening now, spellings made to slip past, and a bare cry for help. And
// the everyday sentences that share their words, which must stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: reports made to slip past', { timeout: 60_000 }, () => {
  it.each([
    'active shooter in building B',
    'someone is shooting in the warehouse',
    'there is a man with a gun in the parking lot right now',
    'gunman in the building',
    "there's a bomb in the mailroom",
    'a guy has a knife in the break room',
    'we can hear gunshots near the gate',
    'jemand hat auf den Wachmann geschossen',
    'hay un hombre armado en la entrada',
    'están disparando en el almacén',
    "quelqu'un tire dans l'entrepôt",
    'es gibt einen Amokläufer im Gebäude',
    'qualcuno sta sparando nel parcheggio',
    'ktoś strzela na parkingu',
    'alguém está atirando no armazém',
    'có kẻ nổ súng trong kho',
    'may namamaril sa bodega',
    '有人在仓库开枪',
    'شخص يطلق النار في الموقف',
  ])('Should escalate an armed person, shooting or bomb on site as safety and threat: %j', (text) => {
    // Safety too, so the report reaches whoever owns health and safety, not the topic its place names.
    expect(detectUrgency(text)).toEqual({ urgent: true, categories: ['safety', 'threat'] });
  });

  it.each([
    'ich bringe mich um',
    'ich bring mich heute um',
    'io mi ammazzo',
    'zabiję się',
    'kms',
    'i wanna kms',
    'gonna unalive myself after shift',
    'sewer-slide',
    'imma end it',
    'nobody would miss me if i was gone',
    'ya me quiero ir de este mundo',
    'je vais me tuer ce soir',
    'vou me matar depois do turno',
    'magpapakamatay na ako mamaya',
    'سأقتل نفسي بعد الوردية',
  ])('Should escalate self-harm said directly or in slang: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['self-harm']) });
  });

  it.each([
    'auxilio, me están golpeando',
    'me están golpeando en el almacén',
    "on me frappe dans l'entrepôt",
    'están pegando a un compañero',
    'my manager hits people',
    'someone tried to strangle me',
    'someone tried to choke me',
    'she is hitting a resident right now',
    'a customer stabbed the cashier',
    'mi jefe le pega a las chicas',
    'aiuto, mi stanno picchiando',
    'ratunku, biją mnie w szatni',
    '救命，有人在打我',
  ])('Should escalate violence happening now or as a habit: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['threat']) });
  });

  it.each([
    "I'm being followed home by a coworker",
    "my lead roofie'd my drink",
    'he exposed himself to me',
    'someone spiked my drink at the staff party',
  ])('Should escalate stalking, drink spiking and exposure as harassment: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['harassment']) });
  });

  it.each([
    ['my bоss sеxually hаrassed me', 'harassment'],
    ['s-e-x-u-a-l h-a-r-a-s-s-m-e-n-t', 'harassment'],
    ['sui.cide', 'self-harm'],
    ['r-a-p-e-d', 'harassment'],
    ['h4r4ssm3nt', 'harassment'],
    ['su1c1de', 'self-harm'],
    ['i w@nt to d!e', 'self-harm'],
    ['i was r*ped', 'harassment'],
    ['k1ll mys3lf', 'self-harm'],
  ])('Should read a disguised spelling as plainly spelled: %j', (text, category) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining([category]) });
  });

  it.each([
    'help',
    'HELP ME',
    'fire',
    'FIRE!!!',
    'SOS',
    '911',
    'somebody help us',
    'FIRE IN THE WAREHOUSE',
    'ayuda!!',
    'au secours',
    'Hilfe!',
    'pomocy!',
    '救命！',
    'النجدة!',
    'nobody has been trained on the lockout tagout and someone will die',
  ])('Should escalate a bare cry for help or a warning that someone will die: %j', (text) => {
    expect(detectUrgency(text)).toMatchObject({ urgent: true, categories: expect.arrayContaining(['safety']) });
  });

  it.each([
    'the new game is fire',
    'kill it at work',
    'shoot me an email',
    'this bug is killing me',
    'fire drill on Tuesday',
    'help desk ticket',
    'the bomb of a launch',
    'I need help with my payslip',
    'we shot the new training video in the warehouse',
    'we are going to end it early on Friday for the holidays',
    'some sites were hit by redundancy',
    'see you at 3 pm in room A-1',
    'die Party war eine Bombe',
    'la festa è stata una bomba',
    'necesito ayuda con mi nómina',
    'simulacro de incendio el martes',
    'fire at will',
    'our team has been hit hard by the restructure',
    'er hat beim Firmenturnier zwei Tore geschossen',
    'the help section of the app is broken',
  ])('Should leave an everyday sentence that shares their words calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
