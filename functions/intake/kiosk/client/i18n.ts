import type { MessageKey } from '../../../../shared/i18n/catalogue';
import { formatMessage, type MessageParams } from '../../../../shared/i18n/message-format';

/** The page's `#kiosk-messages` data block (`kiosk-messages.ts` on the server). */
interface KioskMessages {
  defaultLanguage: string;
  languages: { code: string; name: string; direction: 'ltr' | 'rtl' }[];
  messages: Record<string, Partial<Record<MessageKey, string>>>;
  /** The installation's number to call in danger, for settings that do not name their site's. */
  emergencyNumber?: string | null;
  /** Where the web form is, without its scheme; absent or null: the address the tablet was opened at. */
  webAddress?: string | null;
  /** Every site's SMS number, with the site's name in each language (absent from a page of before). */
  smsNumbers?: { number: string; siteNames: Record<string, string> }[];
}

const data: KioskMessages = JSON.parse(document.getElementById('kiosk-messages')?.textContent || 'null') ?? {
  defaultLanguage: document.documentElement.lang || 'en',
  languages: [],
  messages: {},
};
const spoken = (code: string | undefined): code is string =>
  Boolean(code) && data.languages.some((l) => l.code === code);

/** Parameters every page text may use: the programme's name, the comment's length limit. */
const PAGE_PARAMS: MessageParams = {
  program: document.body.dataset.program ?? '',
  max: Number(document.body.dataset.maxCharacters || 0),
};

/** The kiosk's own language (from its enrolment, by `/kiosk/config`), and the one on screen now. */
let kioskLanguage = data.defaultLanguage;
let shown = data.defaultLanguage;
const listeners: (() => void)[] = [];

/** The message in the language on screen; the kiosk's default language where a catalogue lacks it. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = data.messages[shown]?.[key] ?? data.messages[data.defaultLanguage]?.[key] ?? '';
  return formatMessage(shown, template, { ...PAGE_PARAMS, ...params });
}

/**
 * Fills `target` with a message whose parameter `slot` is an element (the
 * chosen face in bold, the status address): the sentence stays whole in
 * the catalogue, and the element keeps its id for tests and styles.
 */
export function fillWithElement(
  target: HTMLElement,
  key: MessageKey,
  slot: string,
  element: HTMLElement,
  params: MessageParams = {},
): void {
  const marker = '\uE000';
  const [before = '', after = ''] = t(key, { ...params, [slot]: marker }).split(marker);
  target.replaceChildren(before, element, after);
}

/** Runs `render` now and every time the language on screen changes. */
export function onLanguageChange(render: () => void): void {
  listeners.push(render);
  render();
}

function show(code: string): void {
  shown = code;
  const root = document.documentElement;
  root.lang = code;
  root.dir = data.languages.find((l) => l.code === code)?.direction ?? 'ltr';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as MessageKey);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
  }
  for (const button of document.querySelectorAll<HTMLElement>('.language')) {
    button.setAttribute('aria-pressed', String(button.dataset.language === code));
  }
  for (const render of listeners) render();
}

export const shownLanguage = () => shown;

/**
 * "If you or someone else is in danger now, call 112.", in the language on screen, with the kiosk's
 * site's number when its settings name one (`undefined`: settings kept before they did), else the
 * installation's, else "your local emergency number".
 */
export function emergencyText(siteNumber: string | null | undefined): string {
  const number = siteNumber === undefined ? data.emergencyNumber : siteNumber;
  return number ? t('emergency.callNumber', { number }) : t('emergency.callLocal');
}
/** Where the web form is, as a person types it: the config's public address, else the one this tablet opened. */
export const webAddress = (): string => data.webAddress || location.host;

/** Every site's SMS number, with its site's name in the language on screen. */
export const smsNumbersShown = (): { site: string; number: string }[] =>
  (data.smsNumbers ?? []).map((n) => ({
    site: n.siteNames[shown] ?? Object.values(n.siteNames)[0] ?? '',
    number: n.number,
  }));

/** True while someone has switched away from the kiosk's own language. */
export const switchedAway = () => shown !== kioskLanguage;

/** The kiosk's own language, from its config; shown at once unless someone has switched this session. */
export function setKioskLanguage(code: string | undefined): void {
  if (!spoken(code) || code === kioskLanguage) return;
  const wasSwitched = switchedAway();
  kioskLanguage = code;
  if (!wasSwitched) show(code);
}

/** A tap on the start screen's switch: this session only, kept nowhere. */
export function chooseLanguage(code: string | undefined): void {
  if (spoken(code) && code !== shown) show(code);
}

/** The session is over: the next person starts in the kiosk's language, whatever the last one chose. */
export function backToKioskLanguage(): void {
  if (shown !== kioskLanguage) show(kioskLanguage);
}

/**
 * The language of the "not set up" screen: `?lang=` in the address, else the
 * language the kiosk was enrolled in (a revoked French kiosk stays French),
 * else the browser's (`visitorLanguage`).
 */
export function setupScreenLanguage(enrolledIn: string | undefined): string | undefined {
  const asked = new URLSearchParams(location.search).get('lang')?.toLowerCase().split('-')[0];
  if (spoken(asked)) return asked;
  return spoken(enrolledIn) ? enrolledIn : visitorLanguage();
}

/**
 * The language of whoever is looking at a kiosk that is not set up and was
 * never told its language: `?lang=` in the address, else the browser's
 * languages, else none.
 */
function visitorLanguage(): string | undefined {
  const asked = new URLSearchParams(location.search).get('lang') ?? undefined;
  const wanted = [asked, ...(navigator.languages ?? [navigator.language])];
  for (const code of wanted) {
    const base = code?.toLowerCase().split('-')[0];
    if (spoken(base)) return base;
  }
  return undefined;
}
