// Socket Mode: the app opens apps.connections.open's WebSocket, acks each envelope and answers through the Web API.
import { APP_TOKEN, fixture, type Harness, slashCommand, startHarness } from './harness';

describe('Slack adapter in Socket Mode', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ mode: 'socket' });
  });
  afterEach(async () => {
    await h?.close();
  });

  test('connects through apps.connections.open with the app token', () => {
    const [open] = h.fake.succeeded('apps.connections.open');
    expect(open.token).toBe(APP_TOKEN);
    expect(h.fake.socketCount).toBe(1);
    expect(h.adapter.port).toBeUndefined();
  });

  test('acks an events_api envelope with an app_mention and answers in a thread', async () => {
    const envelope = fixture('socket_mode_events_api');
    const ack = await h.fake.sendEnvelope(envelope);
    expect(ack.envelope_id).toBe(envelope.envelope_id);
    const post = await h.fake.waitFor(() => h.fake.succeeded('chat.postMessage')[0]);
    expect(post.body).toMatchObject({ channel: 'C0CHANNEL02', thread_ts: envelope.payload.event.ts });
    expect(post.body.blocks.some((b: any) => b.type === 'context' && b.elements[0].text.startsWith('📄 *Source:*'))).toBe(true);
  });

  test('a redelivered envelope with the same event_id is answered once', async () => {
    const envelope = fixture('socket_mode_events_api');
    await h.fake.sendEnvelope(envelope);
    await h.fake.waitFor(() => h.fake.succeeded('chat.postMessage')[0]);
    await h.fake.sendEnvelope({ ...envelope, envelope_id: 'second-delivery', retry_attempt: 1, retry_reason: 'timeout' });
    await h.fake.waitFor(() => h.logs.some((l) => l.includes('event already handled')));
    expect(h.fake.succeeded('chat.postMessage')).toHaveLength(1);
  });

  test('acks a slash_commands envelope and answers through the response_url', async () => {
    const ack = await h.fake.sendEnvelope({
      envelope_id: 'cmd-envelope-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommand(h, 'topics', 'sock1'),
    });
    expect(ack.envelope_id).toBe('cmd-envelope-1');
    const topics = await h.fake.waitFor(() => h.fake.posted('sock1')[0]);
    expect(topics.body.response_type).toBe('ephemeral');
  });
});
