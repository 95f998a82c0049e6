// `npm run ask -- "question"`: answers from the command line; --json for one JSON object, --jsonl for a stream.
import path from 'node:path';
import readline from 'node:readline';
import { AnswerEngine, type Answer } from '../engine/answer-engine';
import { isUserError } from '../errors';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { renderReplyText } from '../render-text';

const USAGE = `Usage:
  npm run ask -- "how many people were expelled?"      answer for a person, with its source
  npm run ask -- --json "question"                     one JSON object
  npm run --silent ask -- --jsonl < questions.txt      one question a line in, one JSON object a line out`;

function toJson(a: Answer) {
  const { question, answered, text, sources, confidence, suggestions } = a;
  return { question, answered, text, sources, confidence, suggestions };
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const words = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = [...flags].filter((f) => !['--json', '--jsonl'].includes(f));
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}.\n${USAGE}\n`);
    return 2;
  }
  const engine = new AnswerEngine(loadKnowledge(process.env.KNOWLEDGE_DIR ? path.resolve(process.env.KNOWLEDGE_DIR) : path.join(__dirname, '../../knowledge')));
  if (flags.has('--jsonl')) {
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      process.stdout.write(`${JSON.stringify(toJson(engine.answer(line)))}\n`);
    }
    return 0;
  }
  const question = words.join(' ');
  if (!question.trim()) {
    process.stderr.write(`Give a question to answer.\n${USAGE}\n`);
    return 2;
  }
  const answer = engine.answer(question);
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(toJson(answer), null, 2)}\n`);
  else
    process.stdout.write(
      `${renderReplyText({ kind: answer.answered ? 'answer' : 'decline', text: answer.text, sources: answer.sources, suggestions: answer.suggestions })}\n`,
    );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${isUserError(err) ? err.message : (err as Error).stack}\n`);
    process.exit(1);
  },
);
