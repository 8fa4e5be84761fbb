import type { Config } from '../config/schema';
import { LEADERSHIP } from '../domain/escalation';

/**
 * What each reader of the leadership digest may already know of the escalation figures: the holder ids whose
 * cases reach one mailbox. A figure summing holders is read by people, not ids: one address can hold two
 * sponsor ids (an acting COO who is also CHRO, one assistant's mailbox given to two executives, `hr-team@`), and
 * a sponsor on the leadership list also gets the cases the list holds. So a reader takes all of those away at
 * once, not one id at a time.
 *
 * Each single id is a reader too (what the check did before, and a person reading only one of the ids of a
 * shared mailbox), and a leadership-list reader is also checked without the list's cases (a case that goes
 * around them never reached them): a figure that is 0 once a reader's whole part is taken away is no help when
 * the reader knows only some of that part.
 */
export function readersOf(config: Config): ReadonlyArray<ReadonlySet<string>> {
  const byAddress = new Map<string, Set<string>>();
  const add = (address: string, id: string) => {
    const key = mailbox(address);
    const ids = byAddress.get(key) ?? new Set<string>();
    ids.add(id);
    byAddress.set(key, ids);
  };
  for (const s of config.sponsors) add(s.email, s.id);
  const onList = new Set(config.digest.recipients.map(mailbox));
  const readers: Set<string>[] = [...config.sponsors.map((s) => new Set([s.id])), new Set([LEADERSHIP])];
  for (const [address, ids] of byAddress) {
    if (ids.size > 1) readers.push(ids);
    if (onList.has(address)) readers.push(new Set([...ids, LEADERSHIP]));
  }
  return readers;
}

/**
 * The mailbox an address delivers to, as far as the address itself says: case does not matter, and a
 * `+tag` after the name (`hr+coo@`, `hr+chro@`) is delivered to `hr@` by nearly every mail service.
 * Forwarding rules set up in the mail service itself cannot be seen from here (docs/digest.md).
 */
export function mailbox(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  const plus = local.indexOf('+');
  return `${plus > 0 ? local.slice(0, plus) : local}@${domain}`;
}
