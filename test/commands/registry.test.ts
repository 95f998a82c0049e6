import { CommandRegistry } from '../../src/commands/registry';
import { isUserError } from '../../src/errors';
import { infoReply } from '../../src/reply';
import type { CommandSpec } from '../../src/commands/command';

const run = async () => infoReply('ok');
const registry = new CommandRegistry()
  .register({ name: 'ask', description: 'Ask', options: [{ name: 'question', description: 'q', required: true }], examples: ['ask x'], run })
  .register({ name: 'topics', description: 'Topics', options: [], examples: ['topics'], run })
  .register({ name: 'help', description: 'Help', options: [], examples: ['help'], run })
  .register({
    name: 'digest',
    description: 'Digest',
    options: [],
    examples: ['digest daily 08:00 UTC'],
    subcommands: [
      {
        name: 'subscribe',
        aliases: ['daily'],
        description: 'sub',
        options: [
          { name: 'time', description: 't', required: true },
          { name: 'timezone', description: 'z', required: true },
        ],
        examples: ['digest daily 08:00 America/Mexico_City'],
        run,
      },
      { name: 'status', description: 'status', options: [], examples: ['digest status'], run },
    ],
  });

function parsed(text: string) {
  const p = registry.parse(text);
  if (isUserError(p)) return { error: p.code, message: p.message };
  return { command: p.command.name, sub: p.subcommand?.name, args: p.args };
}

describe('CommandRegistry.parse', () => {
  it.each([
    ['how many were expelled?', { command: 'ask', sub: undefined, args: { question: 'how many were expelled?' } }],
    ['topics', { command: 'topics', sub: undefined, args: {} }],
    ['/help', { command: 'help', sub: undefined, args: {} }],
    ['help me understand the expulsion', { command: 'ask', sub: undefined, args: { question: 'help me understand the expulsion' } }],
    ['ask why does the border matter', { command: 'ask', sub: undefined, args: { question: 'why does the border matter' } }],
    ['digest daily 08:00 America/Mexico_City', { command: 'digest', sub: 'subscribe', args: { time: '08:00', timezone: 'America/Mexico_City' } }],
    ['digest status', { command: 'digest', sub: 'status', args: {} }],
  ])('reads %j', (text, expected) => expect(parsed(text)).toEqual(expected));

  it.each([
    ['/nonsense', 'COMMAND_UNKNOWN', /Unknown command '\/nonsense'/],
    ['digest', 'COMMAND_USAGE', /digest daily 08:00/],
    ['digest weekly', 'COMMAND_USAGE', /Unknown option 'weekly'/],
    ['digest daily 08:00', 'COMMAND_USAGE', /Missing timezone\. Example: digest daily 08:00 America\/Mexico_City/],
  ])('explains what is wrong with %j', (text, code, message) => {
    expect(parsed(text)).toEqual({ error: code, message: expect.stringMatching(message) });
  });
});

describe('CommandRegistry', () => {
  it('rejects a command declared twice', () => {
    const spec: CommandSpec = { name: 'topics', description: 'again', options: [], examples: [], run };
    expect(() => registry.register(spec)).toThrow("command 'topics' is declared twice");
  });

  it('generates help from the declarations, with the platform prefix', () => {
    const help = registry.help({ prefix: (n) => `/brief ${n}` });
    expect(help).toContain('**/brief topics** — Topics');
    expect(help).toContain('/brief digest daily 08:00 America/Mexico_City — sub');
    expect(registry.help({ prefix: (n) => `/${n}`, slashOptions: true })).toContain('/digest subscribe time:… timezone:… — sub');
  });
});
