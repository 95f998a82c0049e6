import { PassThrough } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console';
import type { Core } from '../../src/app';
import { testCore } from '../support/core';

/** A console conversation: send lines, read what the bot printed. */
async function converse(core: Core, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d) => (printed += d));
  const adapter = createConsoleAdapter({ bot: core.bot, input, output, interactive: false, userId: 'tester' });
  await adapter.start();
  input.end(lines.join('\n') + '\n');
  await adapter.done;
  return printed;
}

describe('console adapter', () => {
  let core: Core;
  beforeEach(async () => (core = await testCore()));
  afterEach(() => core.close());

  it('answers a question with its source and related questions', async () => {
    const out = await converse(core, ['how many people did mexico expel?']);
    expect(out).toMatch(/26/);
    expect(out).toMatch(/Source: What Happened\? The Expulsion Details \[expulsion-details\]/);
    expect(out).toMatch(/Related questions:/);
  });

  it('answers a Spanish question in Spanish, with its Spanish source title, then a list position in Spanish', async () => {
    const out = await converse(core, ['¿Cuántas personas expulsó México?', '¿Cuál es el segundo elemento clave?']);
    expect(out).toContain('México expulsó a 26 personas sospechosas de estar vinculadas a cárteles.');
    expect(out).toContain('Fuente: ¿Qué pasó? Los detalles de la expulsión [expulsion-details]');
    expect(out).toContain('Preguntas relacionadas:');
    expect(out).toContain('Operaciones conjuntas — Las operaciones coordinadas, respetando la soberanía de cada nación');
    expect(out).not.toContain('Mexico expelled 26 individuals');
  });

  it('runs /topics and /help, and declines politely', async () => {
    const out = await converse(core, ['/topics', '/help', 'what is the weather?']);
    expect(out).toContain('What I can answer');
    expect(out).toContain('/digest');
    expect(out).toMatch(/can't answer that/);
  });

  it('rates the last answer with /good', async () => {
    const out = await converse(core, ['/good', 'fentanyl', '/good']);
    expect(out).toContain('There is no answer to rate yet.');
    expect(out).toContain('Thanks for the feedback!');
  });

  it('explains an unknown command', async () => {
    expect(await converse(core, ['/frobnicate'])).toMatch(/Unknown command '\/frobnicate'/);
  });
});
