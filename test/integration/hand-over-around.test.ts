import { describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { deskUrl } from '../../shared/domain/case-desk';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { deskLinkIn } from '../support/sponsor-case';

// Issue 14, attack on the hand-over menu: the Plant 2 manager holds two
// cases, one of which names their backup (the COO). The menu is the same on
// both, and handing the one that names the COO "to the backup" sends it to
// the leadership list instead, the COO never told, and the manager told the
// same as for any hand-over. On the real stand-ins: dynalite, queues, outbox.

/** The hand-over choices of a case page (the page's one form holds every action). */
const handOverMenuOf = (page: string) => page.match(/<fieldset[\s>][\s\S]*?<\/fieldset>/)![0];

describe('handing over a case that names the backup', () => {
  const { stack, clock, dataDir, emailsTo, emailAbout } = useConversationStack();
  const escalatedToManager = async (text: string, marker: RegExp) => {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    return emailAbout('plant2-gm@example.com', marker);
  };

  it('Should offer the same menu, and send a case that names the backup to the leadership list, the backup never knowing', async () => {
    await escalatedToManager('The forklift in bay 3 has no working horn.', /working horn/);
    const email = await escalatedToManager(
      'Dana Whitfield saw the blocked fire exit by the paint shop and did nothing.',
      /paint shop/,
    );
    const desk = deskLinkIn(email)!;
    const pages = await Promise.all(
      caseLinksIn(await (await fetch(desk)).text()).map(async (path) => ({
        path,
        page: await (await fetch(`${stack.urls.app}${path}`)).text(),
      })),
    );
    expect(pages).toHaveLength(2);
    const naming = pages.find((p) => p.page.includes('paint shop'))!;
    const plain = pages.find((p) => p.page.includes('working horn'))!;
    // Both offer the backup by name and the leadership list, in the same words and order.
    expect(handOverMenuOf(naming.page)).toEqual(handOverMenuOf(plain.page));
    expect(handOverMenuOf(naming.page)).toContain('Dana Whitfield (COO)');

    const handed = await fetch(
      `${stack.urls.app}${naming.path}`,
      form({ action: 'hand-over', to: '1', reason: 'Fire exits are the COO’s' }),
    );
    expect(handed.status).toBe(200);
    expect(await handed.text()).toContain(
      'Handed over. It has left your desk, and the person now responsible has been emailed.',
    );

    const toLeadership = await waitFor('the leadership list’s email', async () =>
      (await emailsTo('leadership@example.com')).find((e) => e.subject.startsWith('Handed over to you: ')),
    );
    expect(toLeadership.body.text).toContain('paint shop');
    // The COO is sent nothing of it, and it is not on their desk.
    expect(
      (await emailsTo('coo@example.com')).filter((e) => /paint shop|Handed over/.test(`${e.subject} ${e.body.text}`)),
    ).toEqual([]);
    const key = loadLocalSecrets(dataDir).LINK_SIGNING_KEY;
    const coo = stack.config.sponsors.find((s) => s.id === 'coo')!;
    const cooDesk = deskUrl(stack.config, coo, stack.urls.app, clock.now(), key);
    expect(await (await fetch(`${cooDesk}?show=all`)).text()).not.toContain('paint shop');

    // The leadership list reads why it came to them and not to the backup.
    const leadershipDesk = deskLinkIn(toLeadership)!;
    const [held] = caseLinksIn(await (await fetch(leadershipDesk)).text());
    const history = await (await fetch(`${stack.urls.app}${held}`)).text();
    expect(history).toContain(
      'Sent to the leadership list instead of Dana Whitfield (COO), whom this case goes around',
    );
    // The manager's reason keeps the office it names: a role's abbreviation is no one's name.
    expect(history).toContain('Fire exits are the COO’s');
  });
});
