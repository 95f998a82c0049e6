// Buttons through the real discord.js client: related questions answered on click, 👍/👎 recorded once per user per answer.
import {
  askInteraction,
  buttonInteraction,
  callbackOf,
  EPHEMERAL,
  type Harness,
  IDS,
  startHarness,
  webhookOf,
} from './harness';

type Row = { components: { custom_id: string; label: string; emoji?: { name: string } }[] };

describe('Discord adapter: buttons', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.stop();
  });

  /** Asks a question by /ask and returns the buttons of the answer. */
  async function askForButtons(question: string): Promise<Row['components']> {
    const i = askInteraction(h.fake, question);
    h.fake.sendInteraction(i);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    return (edit.body.components as Row[]).flatMap((r) => r.components);
  }

  it('answers a related question when its button is clicked, to the person who clicked', async () => {
    const buttons = await askForButtons('How many people did Mexico expel?');
    const related = buttons.find((b) => b.custom_id.startsWith('bb:ask:'))!;
    expect(related.label.length).toBeLessThanOrEqual(80);
    expect(related.custom_id.length).toBeLessThanOrEqual(100);

    const click = buttonInteraction(h.fake, related.custom_id, { userId: IDS.otherUser });
    h.fake.sendInteraction(click);
    const callback = await callbackOf(h.fake, click);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await webhookOf(h.fake, click, (r) => r.method === 'PATCH');
    expect(edit.body.embeds[0].description.length).toBeGreaterThan(10);
    expect(edit.body.embeds[0].fields.some((f: { name: string }) => f.name.startsWith('📖 Source:'))).toBe(true);
  });

  it('records 👍 once per user per answer, and thanks the voter ephemerally', async () => {
    const buttons = await askForButtons('Who was expelled?');
    const up = buttons.find((b) => b.emoji?.name === '👍')!;
    const down = buttons.find((b) => b.emoji?.name === '👎')!;
    const answerId = up.custom_id.replace('bb:fb:up:', '');
    expect(down.custom_id).toBe(`bb:fb:down:${answerId}`);

    const first = buttonInteraction(h.fake, up.custom_id);
    h.fake.sendInteraction(first);
    const thanks = await callbackOf(h.fake, first);
    expect(thanks.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(thanks.body.data.content).toMatch(/Thanks/);
    expect(await h.core.store.feedbackCounts(answerId)).toEqual({ helpful: 1, notHelpful: 0 });

    const again = buttonInteraction(h.fake, up.custom_id);
    h.fake.sendInteraction(again);
    await callbackOf(h.fake, again);
    expect(await h.core.store.feedbackCounts(answerId)).toEqual({ helpful: 1, notHelpful: 0 });

    const changed = buttonInteraction(h.fake, down.custom_id);
    h.fake.sendInteraction(changed);
    expect((await callbackOf(h.fake, changed)).body.data.content).toMatch(/updated/);
    expect(await h.core.store.feedbackCounts(answerId)).toEqual({ helpful: 0, notHelpful: 1 });

    const otherUser = buttonInteraction(h.fake, up.custom_id, { userId: IDS.otherUser });
    h.fake.sendInteraction(otherUser);
    await callbackOf(h.fake, otherUser);
    expect(await h.core.store.feedbackCounts(answerId)).toEqual({ helpful: 1, notHelpful: 1 });
  });

  it('answers an unknown button with a short ephemeral note', async () => {
    const click = buttonInteraction(h.fake, 'bb:ask:q:no-such-question');
    h.fake.sendInteraction(click);
    const callback = await callbackOf(h.fake, click);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).toMatch(/no longer available/);
  });

  it('offers the suggestions of a decline as buttons', async () => {
    const i = askInteraction(h.fake, 'What is the best pizza topping in Naples?');
    h.fake.sendInteraction(i);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    expect(edit.body.embeds ?? []).toHaveLength(0);
    expect(edit.body.content.length).toBeGreaterThan(10);
    expect(edit.body.content.length).toBeLessThanOrEqual(2000);
    const ids = (edit.body.components as Row[]).flatMap((r) => r.components.map((c) => c.custom_id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('bb:ask:'))).toBe(true);
  });
});
