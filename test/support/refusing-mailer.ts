import { AddressRefusedError, type Email } from '../../shared/ports/mailer';

/**
 * A mailer that keeps what it sends, except to an address added to `refused`: that one it refuses for good, as SES
 * does an unverified or suppressed address (AddressRefusedError). `to(address)` lists what reached an address.
 */
export function refusingMailer() {
  const refused = new Set<string>();
  const sent: Email[] = [];
  const send = async (email: Email) => {
    if (email.to.some((to) => refused.has(to))) throw new AddressRefusedError('Email address is not verified');
    sent.push(email);
  };
  const to = (address: string) => sent.filter((e) => e.to.includes(address));
  return { refused, sent, send, to };
}
