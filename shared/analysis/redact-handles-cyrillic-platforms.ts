// names39 (blind attack ra38b): a handle after a platform's name written in Cyrillic ("в телеграм kovalenko.o").
import { isEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';

/*
 * redact-handles-platforms.ts reads a handle after a platform's Latin name ("my telegram is ivanko"); Ukrainian and
 * Russian write the platform in Cyrillic, in its case forms, and the handle in Latin letters after it: "пишіть мені в
 * телеграм kovalenko.o", "мій інста: oksana_lviv", "шукайте у вайбері petro1988", "tg: ... ". The handle is one word of
 * Latin letters, digits, "_" and "." right after the platform (a colon, dash or "@" between): taken when it holds a
 * digit, "_" or ".", or is no English word ("в телеграм group" is a group, "у вайбері ok" stays).
 */

const PLATFORM = String.raw`(?:\u0456\u043d\u0441\u0442\u0430\u0433\u0440\u0430\u043c\u0456|\u0438\u043d\u0441\u0442\u0430\u0433\u0440\u0430\u043c\u0435|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u043c|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u0435|\u0438\u043d\u0441\u0442\u0430\u0433\u0440\u0430\u043c|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c\u0456|\u0456\u043d\u0441\u0442\u0430\u0433\u0440\u0430\u043c|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c|\u0442\u0435\u043b\u0435\u0491\u0440\u0430\u043c|\u0444\u0435\u0439\u0441\u0431\u0443\u0446\u0456|\u0444\u0435\u0439\u0441\u0431\u0443\u043a\u0435|\u0432\u043e\u0442\u0441\u0430\u043f\u0456|\u0434\u0438\u0441\u043a\u043e\u0440\u0434|\u0432\u0430\u0439\u0431\u0435\u0440\u0456|\u0444\u0435\u0439\u0441\u0431\u0443\u043a|\u0432\u0430\u0442\u0441\u0430\u043f\u0435|\u0434\u0456\u0441\u043a\u043e\u0440\u0434|\u0432\u0430\u0439\u0431\u0435\u0440\u0435|\u0442\u0456\u043a\u0442\u043e\u0446\u0456|\u0441\u043d\u0435\u043f\u0447\u0430\u0442|\u0432\u0430\u0446\u0430\u043f\u0456|\u0441\u043a\u0430\u0439\u043f\u0456|\u0432\u0430\u0439\u0431\u0435\u0440|\u0442\u0456\u043a\u0442\u043e\u043a|\u0432\u043e\u0442\u0441\u0430\u043f|\u0432\u0430\u0442\u0441\u0430\u043f|\u0442\u0438\u043a\u0442\u043e\u043a|\u0442\u0454\u043b\u0454\u0433\u0430|\u0442\u0435\u043b\u0435\u0433\u0430|\u0441\u043a\u0430\u0439\u043f|\u0438\u043d\u0441\u0442\u0430|\u0456\u043d\u0441\u0442\u0456|\u0456\u043d\u0441\u0442\u0430|\u0432\u0430\u0446\u0430\u043f|\u0441\u043d\u0435\u043f|\u0444\u0431|\u0442\u0433)`;
const HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${PLATFORM}(?![\p{L}])[ \t]*[:=-]?[ \t]*@?([A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![A-Za-z0-9_@]|\.[A-Za-z0-9])`,
  'giu',
);
const GATE = lazyPattern(PLATFORM, 'iu');

/** Hides a Latin handle after a platform named in Cyrillic. */
export const maskHandlesAfterCyrillicPlatforms: Rule = (text) => {
  if (!/[\u0400-\u04ff]/u.test(text) || !GATE.get().test(text)) return text;
  return text.replace(HANDLE.get(), (whole: string, found: string) => {
    if (!/[\d_.]/u.test(found) && (found.length < 4 || isEnglishWord(found.toLowerCase()))) return whole;
    const at = whole.lastIndexOf(found);
    return whole.slice(0, at) + mask('NAME', found.length) + whole.slice(at + found.length);
  });
};
