import { $ } from './dom';
import { emergencyText, onLanguageChange, setKioskLanguage, shownLanguage } from './i18n';
import { flush, markUnreachable, token } from './network';
import type { KioskConfig } from './types';

/**
 * The site's question, topics and the kiosk's language, from
 * `/kiosk/config`, kept in localStorage so the kiosk starts with no network.
 */
const CONFIG_KEY = 'listening-post.kiosk.config';
let config: KioskConfig | null = null;

/**
 * The language the kiosk was enrolled in, kept when its config is forgotten
 * (the server no longer knows the tablet): whoever looks at the "not set up"
 * screen of a French kiosk is at a French kiosk, whatever the browser says.
 * Only written then, and dropped as soon as a config arrives again.
 */
const ENROLLED_LANGUAGE_KEY = 'listening-post.kiosk.language';

/** A new token is a new enrolment: nothing of the last one, its language included, is kept. */
export function forgetEnrolment(): void {
  localStorage.removeItem(CONFIG_KEY);
  localStorage.removeItem(ENROLLED_LANGUAGE_KEY);
  config = null;
}

/** Forgets the site's settings; answers the language the kiosk was enrolled in, if it was ever told. */
export function forgetConfig(): string | undefined {
  let enrolledIn: string | undefined;
  try {
    enrolledIn = (config ?? JSON.parse(localStorage.getItem(CONFIG_KEY) || 'null'))?.language;
  } catch {
    enrolledIn = undefined;
  }
  enrolledIn ??= localStorage.getItem(ENROLLED_LANGUAGE_KEY) ?? undefined;
  localStorage.removeItem(CONFIG_KEY);
  config = null;
  if (enrolledIn) localStorage.setItem(ENROLLED_LANGUAGE_KEY, enrolledIn);
  return enrolledIn;
}

/** The number the kiosk's site takes texts on, for "text STATUS <code> to <number>"; null when none (or not told). */
export const siteSmsNumber = (): string | null => config?.smsNumber ?? null;

/**
 * Whom to call in danger, above Send and on the receipt: the kiosk's site's number, kept with its
 * settings so an offline tablet still shows it.
 */
function renderEmergency(): void {
  const line = emergencyText(config ? config.emergencyNumber : undefined);
  for (const id of ['emergency', 'thanks-emergency']) $(id).textContent = line;
}

/** The question, the site's and the topics' names in the language on screen; the chips keep which is pressed. */
function render(): void {
  renderEmergency();
  if (!config) return;
  const language = shownLanguage();
  $('question').textContent = config.questions?.[language] ?? config.question;
  $('site-name').textContent = config.siteNames?.[language] ?? config.siteName;
  const chips = $('chips');
  const pressed = chips.querySelector<HTMLElement>('.chip[aria-pressed=true]')?.dataset.topic;
  chips.textContent = '';
  for (const topic of config.topics) {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.dataset.topic = topic.id;
    chip.setAttribute('aria-pressed', String(topic.id === pressed));
    chip.textContent = topic.names?.[language] ?? topic.name;
    chips.appendChild(chip);
  }
}
onLanguageChange(render);

function apply(next: KioskConfig): void {
  config = next;
  render();
  setKioskLanguage(next.language);
}

/**
 * Shows the cached config at once, then asks the server for the current
 * one. `ready` is told when there is something to show; `notEnrolled` when
 * the tablet has no valid token.
 */
export function loadConfig(ready: () => void, notEnrolled: () => void): void {
  if (!token()) {
    notEnrolled();
    return;
  }
  let cached: KioskConfig | null = null;
  try {
    cached = JSON.parse(localStorage.getItem(CONFIG_KEY) || 'null');
  } catch {
    cached = null;
  }
  if (cached) {
    apply(cached);
    ready();
  }
  // `unenrolled=ok`: a tablet not (or no longer) set up is answered 200 `{"enrolled": false}`, not 401, so
  // the setup screen comes with no error in the browser's console.
  fetch('/kiosk/config?unenrolled=ok', {
    headers: { accept: 'application/json', authorization: `Bearer ${token()}` },
    cache: 'no-store',
    credentials: 'omit',
  })
    .then((res) => {
      if (res.status === 401 || res.status === 403) {
        notEnrolled();
        return;
      }
      if (!res.ok) throw new Error(`config ${res.status}`);
      return res.json().then((answer: KioskConfig | { enrolled: false }) => {
        if ('enrolled' in answer && answer.enrolled === false) {
          notEnrolled();
          return;
        }
        const fresh = answer as KioskConfig;
        localStorage.setItem(CONFIG_KEY, JSON.stringify(fresh));
        localStorage.removeItem(ENROLLED_LANGUAGE_KEY);
        if (!cached || JSON.stringify(cached) !== JSON.stringify(fresh)) {
          apply(fresh);
          ready();
        }
        flush();
      });
    })
    .catch(() => {
      markUnreachable();
      if (!cached) setTimeout(() => loadConfig(ready, notEnrolled), 5000);
    });
}
