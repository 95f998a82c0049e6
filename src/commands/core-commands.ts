// The core's commands — ask, topics, help — declared once for every adapter.
import type { AnswerEngine } from '../engine/answer-engine';
import { type Reply, infoReply } from '../reply';
import type { CommandContext, CommandSpec } from './command';
import type { Platform } from '../store/store';
import type { CommandRegistry, HelpFormat } from './registry';

export interface CoreCommandDeps {
  engine: AnswerEngine;
  ask(ctx: CommandContext, question: string): Promise<Reply>;
  registry: CommandRegistry;
  /** How each platform writes commands, for help. */
  helpFormat(platform: Platform): HelpFormat;
}

export function askCommand(deps: CoreCommandDeps): CommandSpec {
  return {
    name: 'ask',
    description: 'Ask a question about the expulsion of 26 alleged cartel members and US–Mexico security cooperation',
    options: [{ name: 'question', description: 'Your question, in English or Spanish', required: true, autocomplete: 'questions', maxLength: 1000 }],
    examples: ['ask how many people were expelled?', 'ask ¿por qué importa la frontera?'],
    run: (ctx, args) => deps.ask(ctx, args.question ?? ''),
  };
}

export function topicsCommand(deps: CoreCommandDeps): CommandSpec {
  return {
    name: 'topics',
    description: 'What I can answer about, section by section',
    options: [],
    examples: ['topics'],
    run: async () => {
      const { knowledge } = deps.engine;
      const lines: string[] = [];
      for (const s of knowledge.sections.filter((x) => !x.parent)) {
        const example = knowledge.questions.find((q) => q.source === s.id)?.phrasings[0];
        const items = knowledge.sections.filter((x) => x.parent === s.id).map((x) => x.title.replace(/^[^:]+:\s*/, ''));
        lines.push(`- **${s.title}**${items.length ? ` — ${items.join(', ')}` : ''}${example ? `\n  _e.g. “${example}”_` : ''}`);
      }
      return infoReply(lines.join('\n'), `What I can answer: ${knowledge.title.split(':')[0]}`, { suggestions: deps.engine.starterQuestions() });
    },
  };
}

export function helpCommand(deps: CoreCommandDeps): CommandSpec {
  return {
    name: 'help',
    description: 'How to use BorderBrief',
    options: [],
    examples: ['help'],
    run: async (ctx) =>
      infoReply(
        `Ask me anything about Mexico's expulsion of 26 alleged cartel members and US–Mexico security cooperation, in English or Spanish. Every answer cites the article section it comes from.\n\n${deps.registry.help(deps.helpFormat(ctx.platform))}`,
        'BorderBrief help',
        { suggestions: deps.engine.starterQuestions() },
      ),
  };
}
