import { authorise, authorityHolder, COMMANDER_ACTS } from '../../src/domain/incidents/authority';

const incident = (roles: Record<string, string>) => ({ id: 'INC-7', openedBy: 'UOPENER', roles });
const noAdmins = { isAdmin: false, hasAdmins: false };

describe('who may act (issue 10, item 4)', () => {
  test.each(COMMANDER_ACTS)('%s: the commander may, a responder may not, and is told who can', (act) => {
    const withCommander = incident({ commander: 'UCMD', legal: 'ULEGAL' });
    expect(authorise(withCommander, 'UCMD', act, noAdmins)).toBeNull();
    for (const other of ['ULEGAL', 'URESPONDER', 'UOPENER']) {
      const refusal = authorise(withCommander, other, act, noAdmins);
      expect(refusal?.code).toBe('not_authorised');
      expect(refusal?.message).toContain('Only the commander (<@UCMD>)');
      expect(refusal?.message).toContain('INC-7');
    }
  });

  test('while no commander is set, the opener holds the authority', () => {
    const none = incident({});
    expect(authorityHolder(none)).toBe('UOPENER');
    expect(authorise(none, 'UOPENER', 'close', noAdmins)).toBeNull();
    expect(authorise(none, 'UOTHER', 'close', noAdmins)?.message).toContain('the person who opened it (<@UOPENER>)');
  });

  test('an admin may do everything; refusals name admins only when there are some', () => {
    const withCommander = incident({ commander: 'UCMD' });
    for (const act of COMMANDER_ACTS)
      expect(authorise(withCommander, 'UADMIN', act, { isAdmin: true, hasAdmins: true })).toBeNull();
    expect(authorise(withCommander, 'UX', 'close', { isAdmin: false, hasAdmins: true })?.message).toContain(
      'or an incident admin',
    );
    expect(authorise(withCommander, 'UX', 'close', noAdmins)?.message).not.toContain('admin');
  });

  test('each act is named in its refusal', () => {
    const words = COMMANDER_ACTS.map((act) => authorise(incident({ commander: 'UCMD' }), 'UX', act, noAdmins)?.message);
    expect(words[0]).toContain('assign roles');
    expect(words[1]).toContain('close the incident');
    expect(words[2]).toContain('reopen the incident');
    expect(words[3]).toContain('change the severity');
    expect(words[4]).toContain('from outside this channel');
  });
});
