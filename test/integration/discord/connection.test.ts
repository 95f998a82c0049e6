// The real discord.js client against the fake Discord: connecting, registering the slash commands only when they change, logging the gateway.
import { Events, PermissionFlagsBits } from 'discord.js';
import { FakeDiscord, IDS, startHarness, type Harness } from './harness';

const commandsRoute = new RegExp(`^/applications/${IDS.application}/guilds/${IDS.guild}/commands$`);
const MANAGE_SERVER = String(PermissionFlagsBits.ManageGuild);

/** Each registered command's default_member_permissions (null: everyone sees it). */
function permissionsOf(body: unknown): Record<string, string | null> {
  return Object.fromEntries((body as { name: string; default_member_permissions?: string | null }[]).map((c) => [c.name, c.default_member_permissions ?? null]));
}

describe('Discord adapter: connecting', () => {
  let fake: FakeDiscord;
  const running: Harness[] = [];

  beforeEach(async () => {
    fake = await FakeDiscord.start();
  });

  afterEach(async () => {
    for (const h of running.splice(0)) await h.stop();
    await fake.close();
  });

  it('becomes ready on the gateway with only non-privileged intents', async () => {
    const h = await startHarness({ fake });
    running.push(h);
    expect(h.adapter.client.isReady()).toBe(true);
    expect(h.adapter.client.user?.id).toBe(IDS.bot);
    expect(h.adapter.client.channels.cache.has(IDS.channel)).toBe(true);
    const identify = fake.identifies[0].d as { intents: number; token: string };
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); MessageContent (32768) is privileged and not asked for.
    expect(identify.intents).toBe(1 | 512 | 4096);
    expect(fake.requestsMatching('GET', /^\/gateway\/bot$/)).toHaveLength(1);
  });

  it('registers the commands at the first start and does not PUT them again at a second start', async () => {
    const first = await startHarness({ fake });
    expect(fake.requestsMatching('GET', commandsRoute)).toHaveLength(1);
    const puts = fake.requestsMatching('PUT', commandsRoute);
    expect(puts).toHaveLength(1);
    expect((puts[0].body as { name: string }[]).map((c) => c.name).sort()).toEqual(['ask', 'digest', 'gaps', 'help', 'knowledge', 'topics']);
    const ask = (puts[0].body as { name: string; options: { name: string; autocomplete?: boolean; required?: boolean }[] }[]).find((c) => c.name === 'ask')!;
    expect(ask.options[0]).toMatchObject({ name: 'question', autocomplete: true, required: true });
    await first.stop();

    const second = await startHarness({ fake });
    running.push(second);
    expect(fake.identifies).toHaveLength(2);
    expect(fake.requestsMatching('GET', commandsRoute)).toHaveLength(2);
    expect(fake.requestsMatching('PUT', commandsRoute)).toHaveLength(1);
    expect(second.logs.some((l) => l.msg === 'discord: slash commands checked' && l.result === 'unchanged')).toBe(true);
  });

  it('registers the admin-only commands (/gaps, /knowledge) for Manage Server members only, the others for everyone', async () => {
    const h = await startHarness({ fake });
    running.push(h);
    const [put] = fake.requestsMatching('PUT', commandsRoute);
    expect(permissionsOf(put.body)).toEqual({ ask: null, topics: null, gaps: MANAGE_SERVER, digest: null, knowledge: MANAGE_SERVER, help: null });
  });

  it('registers again when the commands were registered before the admin-only ones carried a permission', async () => {
    const first = await startHarness({ fake });
    await first.stop();
    // As an install registered by an older version holds them: the same commands, visible to everyone.
    fake.commands.set(IDS.guild, fake.commands.get(IDS.guild)!.map((c) => ({ ...c, default_member_permissions: null })));
    const second = await startHarness({ fake });
    running.push(second);
    const puts = fake.requestsMatching('PUT', commandsRoute);
    expect(puts).toHaveLength(2);
    expect(permissionsOf(puts[1].body)).toMatchObject({ gaps: MANAGE_SERVER, knowledge: MANAGE_SERVER, ask: null });
  });

  it('registers again when a registered command differs from the core declaration', async () => {
    fake.commands.set(IDS.guild, [{ id: '1', application_id: IDS.application, version: '1', type: 1, name: 'ask', description: 'An older description' }]);
    const h = await startHarness({ fake });
    running.push(h);
    expect(fake.requestsMatching('PUT', commandsRoute)).toHaveLength(1);
    expect(fake.commands.get(IDS.guild)!.map((c) => c.name)).toHaveLength(6);
  });

  it('logs a gateway disconnect and the resume that follows', async () => {
    const h = await startHarness({ fake });
    running.push(h);
    const resumed = new Promise((resolve) => h.adapter.client.once(Events.ShardResume, resolve));
    fake.dropConnections();
    await resumed;
    expect(fake.gatewayReceived.some((p) => p.op === 6)).toBe(true);
    const messages = h.logs.map((l) => l.msg);
    expect(messages).toContain('discord: gateway resumed');
    expect(messages.some((m) => m === 'discord: gateway reconnecting' || m === 'discord: gateway disconnected')).toBe(true);
  });
});
