import { isEnglishWord } from './english-dictionary';
import { MASKED, mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { type LazyPattern, lazyPattern, patternOf } from './lazy-pattern';

/*
 * Attack round 25: "my login is jsmith42 and password Summer2026!" kept the password. A password (or a PIN) is a
 * key to one person's accounts: an operator holding it could sign in as them, which names them as surely as their
 * login does. So what follows the word for it is hidden as [ID] when it looks made: a digit, a sign or a capital
 * inside it ("Summer2026!", "hunter2", "Perro#2024", "pAssWord"), as "the password is expired" and "mot de passe
 * oublié" have a word there. A PIN is only digits ("my pin is 4471"), four to twelve of them.
 */

const WORDS = String.raw`(?:pass ?words?|passwd|pwd?|pass ?code|passphrase|kennwort|passwort|contraseñas?|contrasenas?|clave|mot de passe|mdp|senha|has[łl]o|wachtwoord|l[öo]senord|salasana|parola|пароль|密码|密碼|パスワード|비밀번호|암호|m[ậa]t kh[ẩa]u|şifre|sifre|kata sandi)`;
const PIN_WORDS = String.raw`(?:pin(?: code| number| no\.?)?|code pin|pin-code|pin-nummer|pincode|código pin|codigo pin|pin kodu)`;
const LINK = String.raw`(?:[ \t]*[:=：][ \t]*|[ \t]+(?:is|was|es|est|ist|è|e|é|jest|is now|to|är|on|c'est|era|war|=)[ \t]*:?[ \t]*|[ \t]+)`;
const TOKEN = String.raw`['"“‘]?([^\s'"”’]{3,64})`;

const AFTER_PASSWORD = lazyPattern(String.raw`(?<![\p{L}\p{N}])${WORDS}${LINK}${TOKEN}`, 'giu');
const AFTER_PIN = lazyPattern(String.raw`(?<![\p{L}\p{N}])${PIN_WORDS}${LINK}(\d{4,12})(?![\p{L}\p{N}])`, 'giu');
const GATE =
  /pass|pwd|pw|kennwort|contrase|clave|mdp|senha|has[łl]o|wachtwoord|senord|salasana|parola|пароль|密[码碼]|パスワード|비밀번호|암호|kh[ẩa]u|[şs]ifre|sandi|pin/iu;

// Made, not a word: a digit, a capital after the first letter, or a sign joining what is not all English words.
const looksMade = (token: string): boolean => {
  const core = token.replace(/[.,;:!?)]+$/u, '');
  if (core.length < 3) return false;
  if (/\p{N}/u.test(core) || /.\p{Lu}/u.test(core)) return true;
  if (!/[^\p{L}\p{M}]/u.test(core)) return false;
  if (/[^\p{L}\p{M}/&+,-]/u.test(core)) return true;
  // A sign between words is a list ("password resets/call fielding"), not a password.
  return core.split(/[^\p{L}\p{M}]+/u).some((part) => part !== '' && !isEnglishWord(part.toLowerCase()));
};

const hideGroup =
  (pattern: RegExp | LazyPattern, accept: (token: string) => boolean): Rule =>
  (text) =>
    text.replace(patternOf(pattern), (whole: string, token: string) => {
      if (!accept(token) || MASKED.test(token)) return whole;
      // A sentence's last mark stays outside the mask: "…is Summer2026!" reads "…is [ID]" then the text goes on.
      const kept = token.replace(/[.,;:)]+$/u, '');
      const at = whole.lastIndexOf(token);
      return whole.slice(0, at) + mask('ID', kept.length) + whole.slice(at + kept.length);
    });

const hidePasswords = hideGroup(AFTER_PASSWORD, looksMade);
const hidePins = hideGroup(AFTER_PIN, () => true);

/** A password or PIN written after its word, hidden. */
export const maskPasswords: Rule = (text) => (GATE.test(text) ? hidePins(hidePasswords(text)) : text);
