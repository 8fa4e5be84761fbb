import { eitherOrder } from './one-sentence';
import type { Script } from './types';

/*
 * A vehicle unfit to drive being driven with people aboard: its brakes failing and passengers on board, or a told
 * "drive it anyway"; a drunk driver of a bus, a shuttle, a school run ("tài xế xe đưa đón học sinh đang say rượu").
 * Worn brakes alone can wait for the workshop, and a drunk person alone is no driver; together, people are in the
 * vehicle now.
 */
const GAP = 120;

/** A rule source: what makes the vehicle unfit (`unfit`) and that it carries people or is driven anyway (`aboard`). */
export const drivenUnfit = (script: Script, unfit: string, aboard: string): string =>
  eitherOrder(script, GAP, unfit, aboard);

/*
 * English, told the way drivers tell it (attack ra34, class U9): the part that is gone (brakes metal on metal or shot,
 * bald tyres, steering that pulls, lights that don't work, a fifth wheel that won't lock, the roll bar taken off, a
 * load over its weight), and in the same sentence that it is driven, sent out, signed off or left unfixed. A defect
 * alone ("the brakes on my bike squeak") is the workshop's; one said fixed is read calm by resolved.ts.
 */
const EN_UNFIT = [
  String.raw`brakes?[^.!?\n]{0,40}?\b(?:metal on metal|down to the metal|shot|gone|grinding|spongy|failing|failed|not working|(?:don'?t|dont|do not|barely) work|knackered|worn (?:out|through|down)|dead|busted|bust|fucked|cooked|toast)`,
  String.raw`no (?:working |proper )?(?:brakes|handbrake|roll ?bar|roll cage|rops|seat ?belts?|wipers|mirrors|lights|headlights|brake lights|indicators)`,
  String.raw`(?:roll ?bar|roll cage|rops|guard|seat ?belts?)(?: \w+){0,3}? (?:taken off|removed|missing|cut off|unbolted)`,
  String.raw`(?:bald|balding|threadbare|cracked|bulging|illegal|worn out) (?:tyres?|tires?)`,
  String.raw`(?:tyres?|tires?)(?: \w+){0,6}? (?:bald|balding|threadbare|down to the (?:cord|wire|canvas|metal)|cracked|bulging)`,
  String.raw`steering(?: \w+){0,5}? (?:pulls|pulling|loose|locks|locking|sticks|sticking|gone|failing|not working)|pulls? hard (?:to the (?:left|right)|when (?:i|you|we) brake)`,
  String.raw`(?:trailer |tail |brake |head ?)?lights (?:on (?:the|our|my) \w+ )?(?:(?:don'?t|dont|do not|doesn'?t|never) work|are (?:out|broken|not working))`,
  String.raw`fifth wheel(?: \w+){0,5}? (?:doesn'?t|doesnt|does not|won'?t|wont|will not|didn'?t|didnt) (?:lock|latch|close)|(?:trailer|load|wheel|wheels)(?: \w+)? (?:came|come|comes|coming) (?:loose|off|unhooked|uncoupled|away)|wheel nuts? (?:are |were |is |was )?(?:loose|missing)`,
  String.raw`overload(?:s|ed|ing)?(?: \w+){0,3}? by (?:\d+|one|two|three|four|five|six|ten) ?(?:tonnes?|tons?|kg|kilos|t)|cracked (?:windscreen|windshield)`,
].join('|');
const EN_DRIVEN = String.raw`drive|drives|driving|driven|drove|on the (?:road|roads|highway|motorway|freeway|interstate|pass|hill|slope|bank)|take it|taking it|takes it|sent out|send (?:me|us|them) out|sends (?:me|us|them) out|go(?:ing)? out|goes out|went out|signed (?:it )?off|signs? (?:it )?off|passed it|anyway|still (?:use|using|used|run|running|go|going|out|send|sends|sending)|keep (?:using|running|sending)|keeps (?:using|running|sending)|haul(?:ing)?|deliveries|route|passengers|kids|children|pupils|loaded|to stop|handbrake|mowing|use it|using it|weigh station|rolled over|tipped over|nobody (?:fixed|fixes|fixing|will fix|has fixed)|(?:won'?t|wont|refuses? to|never) (?:fix|order|replace|repair|pay for)`;
export const ENGLISH_UNFIT_VEHICLE = eitherOrder('latin', GAP, EN_UNFIT, EN_DRIVEN);
