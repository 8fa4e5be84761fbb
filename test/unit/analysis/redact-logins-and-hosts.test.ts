import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { describeLeaks, type LeakRow } from '../../support/stored-by-analysis';

/*
 * Attack round 22 (anonymity beyond the word lists): a login whose letters the names rules hide kept its one digit
 * beside the placeholder ("I am jdoe7" stored "I am [NAME]7"), and a machine named in parts after "server" or "pc"
 * ("the server PLT2-WS-114 by my desk") was stored as written, though a machine by the writer's desk is their desk.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: LeakRow[] = [
  ['I am jdoe7, please fix my access', 'I am [NAME], please fix my access', ['jdoe', '7']],
  ["I'm mgarcia2 on the system and it locks me out", "I'm [NAME] on the system and it locks me out", ['mgarcia', '2']],
  ['the server PLT2-WS-114 by my desk keeps crashing', 'the server [ID] by my desk keeps crashing', ['PLT2', 'WS-114']],
  ['my pc is HQ-FIN-0231 and nobody fixes it', 'my pc is [ID] and nobody fixes it', ['HQ-FIN-0231']],
  ['host lon3-pay-17 is the one under my desk', 'host [ID] is the one under my desk', ['lon3-pay-17']],
];

describeLeaks('attack round 22: a login digit and a machine named in parts', LEAKS);

describe('look-alikes of attack round 22, which stay as written', () => {
  it.each([
    'the laptop T480 is too slow for the scanners',
    'machine 3 is down again',
    'server 12 in the restaurant never gets tips',
    'the new server is in the cabinet by reception',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
