// The /brief slash command: ack first, then an answer only the asker sees, the share button, and the core's commands.
import { buttonsOf, fixture, type Harness, slashCommand, startHarness, textOf } from './harness';

describe('Slack adapter: the /brief command', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  test('answers /brief <question> privately through the response_url, with a "Share in channel" button', async () => {
    h = await startHarness();
    const res = await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'q1'));
    expect(res.status).toBe(200);
    // The ack is empty: the answer comes through the response_url, not in the ack.
    expect(await res.text()).toBe('');
    const [answer] = h.fake.posted('q1');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer.body.blocks[0].text.text).toMatch(/\b26\b/);
    const share = buttonsOf(answer.body.blocks).find((b) => b.action_id === 'bb_share');
    expect(share.text.text).toBe('📣 Share in channel');
    expect(JSON.parse(share.value)).toEqual({ q: 'How many people did Mexico expel?', a: expect.any(String) });
    // Nothing was posted publicly.
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  test('the Share button posts the same answer publicly and removes the private copy', async () => {
    h = await startHarness();
    await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'q1'));
    const [privateAnswer] = h.fake.posted('q1');
    const share = buttonsOf(privateAnswer.body.blocks).find((b) => b.action_id === 'bb_share');
    const click = fixture('block_actions_ephemeral');
    click.actions[0].value = share.value;
    click.response_url = h.fake.responseUrl('share1');
    expect((await h.postAction(click)).status).toBe(200);

    const [shared, deleted] = h.fake.posted('share1');
    expect(shared.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const sameBlocks = (blocks: any[]) => blocks.filter((b) => b.block_id !== 'bb_feedback');
    expect(sameBlocks(shared.body.blocks)).toEqual(sameBlocks(privateAnswer.body.blocks));
    // Feedback on the public copy counts for the same answer; sharing again is not offered.
    const answerId = JSON.parse(share.value).a;
    expect(buttonsOf(shared.body.blocks).filter((b) => b.action_id.startsWith('bb_feedback')).map((b) => b.value)).toEqual([answerId, answerId]);
    expect(buttonsOf(shared.body.blocks).some((b) => b.action_id === 'bb_share')).toBe(false);
    expect(deleted.body).toEqual({ delete_original: true });
    // Shared, not asked again: the question log holds the question once.
    expect(await h.core.store.questionLogCount()).toBe(1);
  });

  test('/brief topics lists what the bot can answer', async () => {
    h = await startHarness();
    await h.postCommand(slashCommand(h, 'topics', 't1'));
    const [topics] = h.fake.posted('t1');
    expect(topics.body.response_type).toBe('ephemeral');
    expect(topics.body.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: expect.stringMatching(/^What I can answer/) } });
    // The core's Markdown list of bold section titles, as mrkdwn.
    expect(topics.body.blocks[1].text.text).toMatch(/^• \*[^*]+\*/);
  });

  test('/brief help shows every command as "/brief <name>"', async () => {
    h = await startHarness();
    await h.postCommand(slashCommand(h, 'help', 'h1'));
    const help = h.fake.posted('h1')[0].body.blocks[1].text.text as string;
    expect(help).toContain('*/brief topics* — ');
    expect(help).toContain('/brief digest daily 08:00 America/Mexico_City');
    expect(help).not.toMatch(/\*\/topics\*/);
  });

  test('/brief alone shows help', async () => {
    h = await startHarness();
    await h.postCommand(slashCommand(h, '', 'e1'));
    const [help] = h.fake.posted('e1');
    expect(help.body.blocks[0].text.text).toBe('BorderBrief help');
  });

  test('the command name comes from the config', async () => {
    h = await startHarness({ command: '/ask-border' });
    await h.postCommand(slashCommand(h, 'help', 'c1', '/ask-border'));
    expect(h.fake.posted('c1')[0].body.blocks[1].text.text).toContain('*/ask-border topics*');
  });

  test('/brief digest preview renders the digest natively', async () => {
    h = await startHarness();
    await h.postCommand(slashCommand(h, 'digest preview', 'd1'));
    const [digest] = h.fake.posted('d1');
    expect(digest.body.response_type).toBe('ephemeral');
    const blocks = digest.body.blocks as any[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: expect.stringMatching(/^BorderBrief daily — \d{4}-\d{2}-\d{2}/) } });
    const text = textOf(digest.body);
    for (const heading of ['*Key points*', 'Focus — ', '*❓ Question of the day:*', "*🆕 What's new*", 'Last 24 hours — most asked', 'not answered yet']) expect(text).toContain(heading);
    expect(buttonsOf(blocks).map((b) => b.action_id)).toContain('bb_related_qotd');
    expect(blocks.find((b) => b.type === 'context' && b.elements[0].text.startsWith('📄 *Source:*'))).toBeDefined();
  });

  test('/brief digest now posts the digest for the whole channel', async () => {
    h = await startHarness();
    h.fake.users.set('U0ASKER001', { is_admin: true });
    await h.postCommand(slashCommand(h, 'digest now', 'n1'));
    const [digest] = h.fake.posted('n1');
    expect(digest.body.response_type).toBe('in_channel');
    expect(digest.body.blocks[0].type).toBe('header');
  });

  test('/brief digest daily subscribes this channel; a bad time zone gets a friendly private error', async () => {
    h = await startHarness();
    h.fake.users.set('U0ASKER001', { is_owner: true });
    await h.postCommand(slashCommand(h, 'digest daily 08:00 America/Mexico_City', 's1'));
    expect(textOf(h.fake.posted('s1')[0].body)).toContain('Daily digest is on for this channel at *08:00 America/Mexico_City*');
    expect(await h.core.store.getSubscription('slack', 'C0CHANNEL01')).toMatchObject({ time: '08:00', timezone: 'America/Mexico_City' });
    await h.postCommand(slashCommand(h, 'digest daily 08:00 Mars/Olympus', 's2'));
    const [error] = h.fake.posted('s2');
    expect(error.body.response_type).toBe('ephemeral');
    expect(error.body.blocks[0].text.text).toMatch(/^⚠️ .*Mars\/Olympus/);
  });
});
