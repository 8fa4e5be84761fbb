/**
 * Sends messages into a queue journal as fast as it can, printing each
 * one's number once `sent()` has returned (once the queue would have
 * answered the sender), until it is killed. Usage: journal-sender.ts <path> <master key hex> <first number>
 */
import { QueueJournal } from '../../local/queue-journal';

const [path, keyHex, first] = process.argv.slice(2);
const journal = new QueueJournal(path!, Buffer.from(keyHex!, 'hex'));
const lanes = ['analysis', 'analysis-priority', 'escalation'];
for (let n = Number(first); ; n += 1) {
  journal.sent(lanes[n % lanes.length]!, `m${n}`, `message ${n}`);
  if (n % 4 === 0) journal.deleted(`m${n}`); // some analysed too, so their keys are erased between sends
  process.stdout.write(`${n}\n`);
}
