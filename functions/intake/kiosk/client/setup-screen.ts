import { $ } from './dom';
import { fillWithElement, onLanguageChange, smsNumbersShown, t, webAddress } from './i18n';

/**
 * The "not set up" screen's way round it, in the language on screen: the web form's address and the
 * numbers that take texts, so whoever came to give feedback can still give it. A tablet that is not set
 * up knows no site of its own, so every site's number is listed (one number alone is said in the sentence).
 */
function renderElsewhere(): void {
  const numbers = smsNumbersShown();
  const distinct = new Set(numbers.map((n) => n.number));
  const address = document.createElement('strong');
  address.id = 'setup-address';
  address.textContent = webAddress();
  const sms = distinct.size === 0 ? 'none' : distinct.size === 1 ? 'one' : 'several';
  fillWithElement($('setup-elsewhere'), 'kiosk.setup.elsewhere', 'address', address, {
    sms,
    number: numbers[0]?.number ?? '',
  });
  const list = $('setup-numbers');
  list.replaceChildren(
    ...(sms === 'several'
      ? numbers.map((n) => {
          const item = document.createElement('li');
          item.textContent = t('kiosk.setup.smsNumber', { site: n.site, number: n.number });
          return item;
        })
      : []),
  );
  list.hidden = sms !== 'several';
}
onLanguageChange(renderElsewhere);
