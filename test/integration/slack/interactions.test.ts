// Buttons: related questions answered in place, 👍/👎 recorded once per user and acknowledged on the message.
import { buttonsOf, fixture, type Harness, mentionEvent, slashCommand, startHarness, textOf } from './harness';

/** A click on a button of a public threaded answer, shaped like Slack's block_actions payload. */
function clickOnThreadedAnswer(posted: { body: any }, ts: string, button: any, user = 'U0ASKER001') {
  const click = fixture('block_actions_thread');
  click.user.id = user;
  click.container.message_ts = click.message.ts = ts;
  click.message.thread_ts = click.container.thread_ts = posted.body.thread_ts;
  click.message.blocks = posted.body.blocks;
  click.message.text = posted.body.text;
  click.actions = [{ ...click.actions[0], action_id: button.action_id, value: button.value, text: button.text }];
  return click;
}

describe('Slack adapter: buttons', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h?.close();
  });

  async function threadedAnswer() {
    await h.postEvent(mentionEvent());
    const [posted] = h.fake.succeeded('chat.postMessage');
    return { posted, ts: '1764401240.000100', buttons: buttonsOf(posted.body.blocks) };
  }

  test('a related-question button answers in the same thread', async () => {
    const { posted, ts, buttons } = await threadedAnswer();
    const related = buttons.find((b) => b.action_id === 'bb_related_0');
    expect((await h.postAction(clickOnThreadedAnswer(posted, ts, related))).status).toBe(200);
    const [, answer] = h.fake.succeeded('chat.postMessage');
    expect(answer.body).toMatchObject({ channel: 'C0CHANNEL01', thread_ts: posted.body.thread_ts });
    expect(answer.body.text).not.toBe(posted.body.text);
    expect(await h.core.store.questionLogCount()).toBe(2);
  });

  test('a related-question button on a private answer answers privately through the response_url', async () => {
    await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'q1'));
    const related = buttonsOf(h.fake.posted('q1')[0].body.blocks).find((b) => b.action_id === 'bb_related_1');
    const click = fixture('block_actions_ephemeral');
    click.actions = [{ ...click.actions[0], action_id: related.action_id, block_id: 'bb_related', value: related.value, text: related.text }];
    click.response_url = h.fake.responseUrl('rel1');
    await h.postAction(click);
    const [answer] = h.fake.posted('rel1');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(buttonsOf(answer.body.blocks).some((b) => b.action_id === 'bb_share')).toBe(true);
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  test('👍 is recorded in the store and the message is updated to say thanks', async () => {
    const { posted, ts, buttons } = await threadedAnswer();
    const up = buttons.find((b) => b.action_id === 'bb_feedback_up');
    await h.postAction(clickOnThreadedAnswer(posted, ts, up));
    expect(await h.core.store.feedbackCounts(up.value)).toEqual({ helpful: 1, notHelpful: 0 });
    const [update] = h.fake.succeeded('chat.update');
    expect(update.body).toMatchObject({ channel: 'C0CHANNEL01', ts });
    const status = update.body.blocks.find((b: any) => b.block_id === 'bb_feedback_status');
    expect(status.elements[0].text).toBe('Thanks for the feedback! 👍 1 · 👎 0');
    // The answer and its buttons stay: others can still vote.
    expect(update.body.blocks.filter((b: any) => b.block_id !== 'bb_feedback_status')).toEqual(posted.body.blocks);
  });

  test('a second vote by the same user does not count twice; another user counts', async () => {
    const { posted, ts, buttons } = await threadedAnswer();
    const up = buttons.find((b) => b.action_id === 'bb_feedback_up');
    const down = buttons.find((b) => b.action_id === 'bb_feedback_down');
    await h.postAction(clickOnThreadedAnswer(posted, ts, up));
    await h.postAction(clickOnThreadedAnswer(posted, ts, up));
    expect(await h.core.store.feedbackCounts(up.value)).toEqual({ helpful: 1, notHelpful: 0 });
    await h.postAction(clickOnThreadedAnswer(posted, ts, down));
    expect(await h.core.store.feedbackCounts(up.value)).toEqual({ helpful: 0, notHelpful: 1 });
    await h.postAction(clickOnThreadedAnswer(posted, ts, up, 'U0SOMEONE02'));
    expect(await h.core.store.feedbackCounts(up.value)).toEqual({ helpful: 1, notHelpful: 1 });
    const updates = h.fake.succeeded('chat.update');
    expect(updates.at(-1)!.body.blocks.find((b: any) => b.block_id === 'bb_feedback_status').elements[0].text).toBe('Thanks for the feedback! 👍 1 · 👎 1');
  });

  test('👎 on a private answer is recorded and thanked privately', async () => {
    await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'q1'));
    const down = buttonsOf(h.fake.posted('q1')[0].body.blocks).find((b) => b.action_id === 'bb_feedback_down');
    const click = fixture('block_actions_ephemeral');
    click.actions = [{ ...click.actions[0], action_id: down.action_id, value: down.value, text: down.text }];
    click.response_url = h.fake.responseUrl('fb1');
    await h.postAction(click);
    expect(await h.core.store.feedbackCounts(down.value)).toEqual({ helpful: 0, notHelpful: 1 });
    const [thanks] = h.fake.posted('fb1');
    expect(thanks.body.response_type).toBe('ephemeral');
    expect(textOf(thanks.body)).toContain('Thanks for the feedback!');
  });

  test('👍 on a private answer whose blocks come with the click replaces it with a thanked copy', async () => {
    await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'q1'));
    const [answer] = h.fake.posted('q1');
    const up = buttonsOf(answer.body.blocks).find((b) => b.action_id === 'bb_feedback_up');
    const click = fixture('block_actions_ephemeral');
    click.message = { type: 'message', ts: click.container.message_ts, text: answer.body.text, blocks: answer.body.blocks };
    click.actions = [{ ...click.actions[0], action_id: up.action_id, value: up.value, text: up.text }];
    click.response_url = h.fake.responseUrl('fb2');
    await h.postAction(click);
    const [replaced] = h.fake.posted('fb2');
    expect(replaced.body.replace_original).toBe(true);
    expect(replaced.body.blocks.filter((b: any) => b.block_id !== 'bb_feedback_status')).toEqual(answer.body.blocks);
    expect(replaced.body.blocks.find((b: any) => b.block_id === 'bb_feedback_status').elements[0].text).toBe('Thanks for the feedback!');
  });

  test("the digest's question-of-the-day button answers in a thread under the digest", async () => {
    const digest = await h.core.digests.preview('slack', 'C0CHANNEL01');
    await h.adapter.deliver(
      { platform: 'slack', channel: 'C0CHANNEL01', time: '08:00', timezone: 'UTC', createdAt: new Date(), sequence: 0 },
      { kind: 'digest', title: digest.headline, text: digest.headline, sources: [digest.focus.source], suggestions: [digest.questionOfTheDay], digest },
    );
    const [posted] = h.fake.succeeded('chat.postMessage');
    const qotd = buttonsOf(posted.body.blocks).find((b) => b.action_id === 'bb_related_qotd');
    const click = clickOnThreadedAnswer(posted, '1764409999.000100', qotd);
    delete click.message.thread_ts;
    delete click.container.thread_ts;
    await h.postAction(click);
    const [, answer] = h.fake.succeeded('chat.postMessage');
    expect(answer.body.thread_ts).toBe('1764409999.000100');
    expect(answer.body.blocks.some((b: any) => b.type === 'context' && b.elements[0].text.startsWith('📄 *Source:*'))).toBe(true);
  });
});
