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
