import { describe, expect, it } from 'vitest';
import { kioskPage } from '../../../functions/intake/kiosk/page';
import { kioskSettings } from '../../../functions/intake/kiosk/kiosk-settings';
import { confirmationPage } from '../../../functions/intake/pages/confirmation';
import { feedbackFormPage } from '../../../functions/intake/pages/feedback-form';
import { statusPage } from '../../../functions/intake/pages/status';
import { configSchema } from '../../../shared/config/schema';
import type { Language } from '../../../shared/i18n/languages';
import { exampleConfig } from '../../support/fixtures';

// Attacker's report: no page told someone in immediate danger to call the emergency services. The form
// and the kiosk say it by their Send button, the receipt and an escalated case's status page too, in the
// page's language, with the installation's number, else "your local emergency number".

const LINES: Record<Language, [withNumber: string, local: string]> = {
  en: [
    'If you or someone else is in danger now, call 911.',
    'If you or someone else is in danger now, call your local emergency number.',
  ],
  es: [
    'Si usted u otra persona corre peligro ahora, llame al 911.',
    'Si usted u otra persona corre peligro ahora, llame al número de emergencias local.',
  ],
  fr: [
    'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le 911.',
    'Si vous ou quelqu’un d’autre êtes en danger maintenant, appelez le numéro d’urgence local.',
  ],
};
const page = (language: Language) => ({
  language,
  dir: 'ltr' as const,
  chosen: true,
  offered: exampleConfig.languages,
});
const withNumber = { ...exampleConfig, emergencyNumber: '911' };
const withoutNumber = { ...exampleConfig, emergencyNumber: undefined };
const code = '7KQ4M-XW9TR';

describe('the emergency line on the employees’ pages', () => {
  it.each(Object.keys(LINES) as Language[])(
    'Should say whom to call in danger on the %s form, receipt and kiosk',
    (language) => {
      const [line, local] = LINES[language];
      const form = String(feedbackFormPage(withNumber, page(language)));
      expect(form).toContain(`<p class="emergency" id="emergency">${line}</p>`);
      // Before the Send button, where someone about to report would look.
      expect(form.indexOf(line)).toBeGreaterThan(form.indexOf('id="feedback"'));
      expect(form.indexOf(line)).toBeLessThan(form.indexOf('<div class="actions">'));
      expect(String(feedbackFormPage(withoutNumber, page(language)))).toContain(local);
      expect(String(confirmationPage(withNumber, page(language), code))).toContain(line);
      const kiosk = JSON.parse(
        /<script type="application\/json" id="kiosk-messages">([^<]*)<\/script>/.exec(
          String(kioskPage(withNumber)),
        )![1]!,
      );
      // The kiosk formats the line on the tablet, with its site's number (see kioskSettings), else the installation's.
      expect(kiosk.messages[language]['emergency.callNumber']).toBe(line.replace('911', '{number}'));
      expect(kiosk.messages[language]['emergency.callLocal']).toBe(local);
      expect(kiosk.emergencyNumber).toBe('911');
    },
  );

  it('Should show the kiosk’s line by its Send button, in the installation’s language before the script runs', () => {
    const kiosk = String(kioskPage(withNumber));
    expect(kiosk).toContain(`<p class="emergency" id="emergency">${LINES.en[0]}</p>`);
    expect(kiosk.indexOf(LINES.en[0])).toBeLessThan(kiosk.indexOf('id="send"'));
    expect(kiosk).toContain(`<p class="emergency" id="thanks-emergency">${LINES.en[0]}</p>`);
  });

  it('Should give a kiosk its site’s number, else the installation’s, else none', () => {
    const config = configSchema.parse({
      ...withNumber,
      sites: exampleConfig.sites.map((site) => (site.id === 'plant2' ? { ...site, emergencyNumber: '112' } : site)),
    });
    const at = (site: string, own = config) => kioskSettings(own, { kioskId: 'k-7hq2mx', site, language: 'fr' });
    expect(at('plant2').emergencyNumber).toBe('112');
    expect(at('hq').emergencyNumber).toBe('911');
    expect(at('hq', configSchema.parse(withoutNumber)).emergencyNumber).toBeNull();
  });

  it('Should say it on the status page of an escalated case, and not on an ordinary one', () => {
    const view = (status: 'analysed' | 'escalated') => ({ caseCode: code, status, week: '2026-W47' });
    expect(String(statusPage(withNumber, page('es'), view('escalated')))).toContain(LINES.es[0]);
    expect(String(statusPage(withNumber, page('es'), view('analysed')))).not.toContain('peligro');
  });

  it('Should refuse an emergency number that is not a number to call', () => {
    const config = (emergencyNumber: string) => ({ ...exampleConfig, emergencyNumber });
    expect(configSchema.safeParse(config('112')).success).toBe(true);
    expect(configSchema.safeParse(config('999 or 112')).success).toBe(true);
    expect(configSchema.safeParse(config('<b>911</b>')).success).toBe(false);
    expect(configSchema.safeParse(config('{number}')).success).toBe(false);
  });
});
