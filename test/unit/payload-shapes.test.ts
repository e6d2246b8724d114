import { checkSlackBody } from '../../src/slack/http/payload-shapes';

const FORM = 'application/x-www-form-urlencoded';
const form = (fields: Record<string, string>) => Buffer.from(new URLSearchParams(fields).toString());
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('the shapes a signed body must have before Bolt sees it', () => {
  test('Slack’s own payload kinds pass', () => {
    expect(checkSlackBody(form({ command: '/incident', user_id: 'U1', channel_id: 'C1', text: 'help' }), FORM)).toEqual(
      {
        ok: true,
        kind: 'command',
      },
    );
    const action = { type: 'block_actions', user: { id: 'U1' }, channel: { id: 'C1' }, actions: [], enterprise: null };
    expect(checkSlackBody(form({ payload: JSON.stringify(action) }), FORM)).toEqual({ ok: true, kind: 'interactive' });
    const event = { type: 'event_callback', event: { type: 'reaction_added', user: 'U1', item: { channel: 'C1' } } };
    expect(checkSlackBody(json(event), 'application/json')).toEqual({ ok: true, kind: 'event' });
    expect(checkSlackBody(json({ type: 'url_verification', challenge: 'x' }), 'application/json').ok).toBe(true);
  });

  test.each([
    ['payload=null', form({ payload: 'null' }), FORM],
    ['payload=[]', form({ payload: '[]' }), FORM],
    ['payload not JSON', form({ payload: '{' }), FORM],
    ['user: null', form({ payload: JSON.stringify({ type: 'block_actions', user: null }) }), FORM],
    [
      'channel: null',
      form({ payload: JSON.stringify({ type: 'message_action', user: { id: 'U1' }, channel: null }) }),
      FORM,
    ],
    ['unknown interaction type', form({ payload: JSON.stringify({ type: 'nonsense', user: { id: 'U1' } }) }), FORM],
    ['event: null', json({ type: 'event_callback', event: null }), 'application/json'],
    ['event user: null', json({ type: 'event_callback', event: { type: 'message', user: null } }), 'application/json'],
    ['command without user', form({ command: '/incident', channel_id: 'C1' }), FORM],
    ['JSON null', Buffer.from('null'), 'application/json'],
    ['form sent with a charset (Bolt would not parse it as a form)', form({ command: '/x' }), `${FORM}; charset=utf-8`],
  ])('%s is refused', (_name, body, contentType) => {
    expect(checkSlackBody(body, contentType).ok).toBe(false);
  });
});
