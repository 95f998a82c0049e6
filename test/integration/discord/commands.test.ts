// Slash commands come from the core's specs; registration compares what matters and ignores what Discord adds.
import { type APIApplicationCommand, PermissionFlagsBits } from 'discord.js';
import { buildCommands, commandsDiffer } from '../../../adapters/discord/commands';
import { isFromBot, shouldAnswerMessage, stripBotMention } from '../../../adapters/discord/guards';
import type { CommandSpec } from '../../../src/commands/command';

const noop = async () => ({ kind: 'info' as const, text: '', sources: [], suggestions: [] });
const specs: CommandSpec[] = [
  { name: 'ask', description: 'Ask a question', options: [{ name: 'question', description: 'Your question', required: true, autocomplete: 'questions', maxLength: 1000 }], examples: [], run: noop },
  {
    name: 'digest',
    description: 'A daily briefing',
    options: [],
    examples: [],
    subcommands: [
      { name: 'subscribe', description: 'post a digest here daily', options: [{ name: 'time', description: 'HH:MM', required: true }], examples: ['digest daily 08:00 UTC'], run: noop, manage: true },
      { name: 'status', description: 'show the schedule', options: [], examples: ['digest status'], run: noop },
    ],
  },
];

/** What Discord returns for registered commands: ids, versions, defaults, and no empty or false fields. */
function asRegistered(commands: ReturnType<typeof buildCommands>): APIApplicationCommand[] {
  const strip = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== false && v !== undefined && !(Array.isArray(v) && !v.length)).map(([k, v]) => [k, k === 'options' ? (v as Record<string, unknown>[]).map(strip) : v]));
  return commands.map((c, i) => ({ id: String(i), application_id: '1', version: '1', default_member_permissions: null, nsfw: false, ...strip(c as unknown as Record<string, unknown>) }) as unknown as APIApplicationCommand);
}

describe('Discord commands', () => {
  it('builds one slash command per spec, with subcommands and autocomplete', () => {
    const [ask, digest] = buildCommands(specs);
    expect(ask.options![0]).toMatchObject({ name: 'question', required: true, autocomplete: true, max_length: 1000 });
    expect(digest.options!.map((o) => o.name)).toEqual(['subscribe', 'status']);
    expect(digest.options![0].description).toBe('Post a digest here daily');
  });

  it('clips descriptions to 100 characters', () => {
    const [c] = buildCommands([{ ...specs[0], description: 'x '.repeat(80) }]);
    expect(c.description.length).toBeLessThanOrEqual(100);
  });

  it('sees no difference between the declared commands and the same commands as Discord returns them', () => {
    const wanted = buildCommands(specs);
    expect(commandsDiffer(wanted, asRegistered(wanted))).toBe(false);
    expect(commandsDiffer(wanted, asRegistered([...wanted].reverse()))).toBe(false);
  });

  it('sees a difference in a description, an option, or a missing command', () => {
    const wanted = buildCommands(specs);
    expect(commandsDiffer(wanted, asRegistered(buildCommands([{ ...specs[0], description: 'Changed' }, specs[1]])))).toBe(true);
    expect(commandsDiffer(wanted, asRegistered(buildCommands([{ ...specs[0], options: [{ ...specs[0].options[0], required: false }] }, specs[1]])))).toBe(true);
    expect(commandsDiffer(wanted, asRegistered(wanted.slice(0, 1)))).toBe(true);
    expect(commandsDiffer(wanted, [])).toBe(true);
  });

  it('registers an admin-only command for Manage Server members only, and the others for everyone', () => {
    const [ask, gaps] = buildCommands([specs[0], { ...specs[0], name: 'gaps', admin: true }]);
    // Discord hides a command from members lacking every bit of default_member_permissions (a string of the bits).
    expect(gaps.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(ask.default_member_permissions ?? null).toBeNull();
  });

  it('sees a difference when an admin-only command is registered without its permission, or a command gains one', () => {
    const admin: CommandSpec = { ...specs[0], name: 'gaps', admin: true };
    const wanted = buildCommands([specs[0], admin]);
    expect(commandsDiffer(wanted, asRegistered(wanted))).toBe(false);
    expect(commandsDiffer(wanted, asRegistered(buildCommands([specs[0], { ...admin, admin: false }])))).toBe(true);
    expect(commandsDiffer(buildCommands([specs[0], { ...admin, admin: false }]), asRegistered(wanted))).toBe(true);
  });
});

describe('Discord message guards', () => {
  const botId = '1180000000000000001';
  const message = (over: { bot?: boolean; authorId?: string; mentions?: string[]; dm?: boolean; webhookId?: string | null }) => ({
    author: { bot: over.bot ?? false, id: over.authorId ?? '1180000000000000400' },
    mentions: { users: new Map((over.mentions ?? []).map((id) => [id, {}])) },
    system: false,
    webhookId: over.webhookId ?? null,
    inGuild: () => !over.dm,
  }) as unknown as Parameters<typeof shouldAnswerMessage>[0];

  it('answers a mention of the bot and a DM, nothing else', () => {
    expect(shouldAnswerMessage(message({ mentions: [botId] }), botId)).toBe(true);
    expect(shouldAnswerMessage(message({ dm: true }), botId)).toBe(true);
    expect(shouldAnswerMessage(message({ mentions: ['1180000000000000600'] }), botId)).toBe(false);
    expect(shouldAnswerMessage(message({}), botId)).toBe(false);
  });

  it('ignores bots, webhooks and itself', () => {
    expect(isFromBot(message({ bot: true }))).toBe(true);
    expect(shouldAnswerMessage(message({ bot: true, mentions: [botId] }), botId)).toBe(false);
    expect(shouldAnswerMessage(message({ authorId: botId, dm: true }), botId)).toBe(false);
    expect(shouldAnswerMessage(message({ webhookId: '1', mentions: [botId] }), botId)).toBe(false);
  });

  it('strips the bot mention, old and new forms, from the question', () => {
    expect(stripBotMention(`<@${botId}> who was expelled?`, botId)).toBe('who was expelled?');
    expect(stripBotMention(`hey <@!${botId}>, who was expelled?`, botId)).toBe('hey , who was expelled?');
    expect(stripBotMention('<@1180000000000000600> hi', botId)).toBe('<@1180000000000000600> hi');
  });
});
