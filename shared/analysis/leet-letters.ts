/**
 * The letters that digits and symbols stand for in a name written in leetspeak ("j0hn", "D4ve", "5arah"):
 * read by the redaction rules that find names in self-introductions and in sign-offs.
 */
export const LEET_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
