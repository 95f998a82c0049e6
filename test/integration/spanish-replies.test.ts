// A Spanish question through the Bot facade, rendered by the Slack and Discord renderers: accents and labels intact.
import { createQuestionKeys } from '../../adapters/discord/custom-ids';
import { renderReply as renderDiscord } from '../../adapters/discord/render';
import { renderReply as renderSlack } from '../../adapters/slack/render';
import type { Core } from '../../src/app';
import type { CommandContext } from '../../src/commands/command';
import { testCore } from '../support/core';

const ctx: CommandContext = { platform: 'slack', channel: 'C1', userId: 'U1', canManageChannel: false };

describe('a Spanish answer on Slack and Discord', () => {
  let core: Core;
  beforeAll(async () => (core = await testCore()));
  afterAll(() => core.close());

  it('keeps the accented Spanish text, the Spanish source label and title and the Spanish suggestions', async () => {
    const reply = await core.bot.ask(ctx, '¿Cuántas personas expulsó México?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('México expulsó a **26 personas** sospechosas de estar vinculadas a cárteles.');
    expect(reply.labels).toEqual({ source: 'Fuente', related: 'Preguntas relacionadas', tryInstead: 'Prueba con una de estas:' });

    const [slack] = renderSlack(reply);
    const blocks = JSON.stringify(slack.blocks);
    expect(blocks).toContain('México expulsó a *26 personas* sospechosas de estar vinculadas a cárteles.');
    expect(blocks).toContain('📄 *Fuente:* ¿Qué pasó? Los detalles de la expulsión — ');
    expect(blocks).toContain('*Preguntas relacionadas*');
    expect(slack.text).toContain('Fuente: ¿Qué pasó? Los detalles de la expulsión');

    const keys = createQuestionKeys(core.bot.curatedQuestions());
    const discord = renderDiscord(reply, keys);
    expect(discord.embeds[0].description).toContain('México expulsó a **26 personas** sospechosas de estar vinculadas a cárteles.');
    expect(discord.embeds[0].fields?.[0].name).toBe('📖 Fuente: ¿Qué pasó? Los detalles de la expulsión');
    const labels = discord.components.flatMap((row) => row.components.map((b) => b.label));
    expect(labels).toEqual(expect.arrayContaining(reply.suggestions));
    expect(reply.suggestions.every((q) => q.startsWith('¿'))).toBe(true);
  });

  it('declines in Spanish under the Spanish heading for suggestions', async () => {
    const reply = await core.bot.ask(ctx, '¿Quién ganó el mundial de fútbol?');
    expect(reply.kind).toBe('decline');
    const [slack] = renderSlack(reply);
    expect(JSON.stringify(slack.blocks)).toContain('*Prueba con una de estas:*');
    expect(JSON.stringify(slack.blocks)).toContain('Lo siento: no puedo responder eso con el artículo que conozco.');
  });

  it('still frames an English answer in English', async () => {
    const reply = await core.bot.ask(ctx, 'How many people did Mexico expel?');
    const [slack] = renderSlack(reply);
    expect(JSON.stringify(slack.blocks)).toContain('📄 *Source:* What Happened? The Expulsion Details');
    expect(JSON.stringify(slack.blocks)).toContain('*Related questions*');
  });
});
