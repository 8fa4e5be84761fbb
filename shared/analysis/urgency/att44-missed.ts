import { withBeatingInChinese } from './beatings-told-in-chinese';
import { withChildrenAtWork } from './children-at-work-told-plainly';
import { withDeathPromisedBesideASlur } from './deaths-promised-beside-a-slur';
import { withHazardBySign } from './hazards-heard-and-worn-through';
import type { Reading } from './kinds-added';
import { withMachineOrSomeoneDownSaidCommonly } from './machines-and-people-down-said-commonly';
import { withMachineStartingOnSomeone } from './machines-starting-by-themselves';

/*
 * The readings the att44 attack found missing (u46a), each adding its kind to the reading: children put to work
 * (safety), a machine starting by itself on someone or nearly taking a limb (safety), a hazard told by its sign
 * (safety), a beating told in Chinese (threat), a death promised beside a slur (threat beside the discrimination).
 * Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */
export function withReadingsAtt44Missed(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const children = withChildrenAtWork(text, reading);
  // att48's common words for a machine started by itself, and someone down with where or how (u50a).
  const machines = withMachineOrSomeoneDownSaidCommonly(text, withMachineStartingOnSomeone(text, children));
  const signs = withHazardBySign(text, machines);
  const beaten = withBeatingInChinese(text, signs);
  return withDeathPromisedBesideASlur(text, beaten);
}
