import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Bengali and Nepali typed in Latin letters (u31, urgency/other-languages/bn-latn.ts, ne-latn.ts): fire, assault,
 * threats, harassment and self-harm, and their everyday look-alikes (dying of laughter or hunger, a song that is fire,
 * a dead phone, a fire drill).
 */
describe('romanised Bengali and Nepali', () => {
  it.each([
    'amar dokane agun legeche',
    'godown e aagun lagche taratari asho',
    'factory te agun jolche, keu bhitore ache',
    'supervisor amake marlo',
    'manager amake thappor mereche aaj',
    'o bolche amake mere felbe',
    'boss humki diyeche khun kore felbe',
    'ami r bachte chai na',
    'ami morte chai, ar parchi na',
    'nijeke shesh kore debo',
    'supervisor amake baje bhabe chhoy',
    'godam ma aago lagyo',
    'factory ma aago lageko chha chito aaunus',
    'supervisor le malai kutyo',
    'manager le malai thappad hanyo',
    'usle malai marchu bhanyo',
    'malik le marne dhamki diyo',
    'ma bachna chahanna',
    'marna man lagyo, ma sakdina',
    'ma aatmahatya garchu',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'ei gaan ta agun 🔥',
    'hese morlam tomar joke e',
    'khide te more jacchi, lunch kobe',
    'amar phone mara geche',
    'kal fire drill hobe amader office e',
    'gorome more gelam aaj',
    'bhok le marna lagyo, khana kahile aaucha',
    'hasera marna lagyo timro joke le',
    'bholi aagalagi abhyas chha',
    'yo geet aago chha',
    'mero phone maryo',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
