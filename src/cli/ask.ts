// `npm run ask -- "question"`: answers from the command line; --json for one JSON object, --jsonl for a stream.
import path from 'node:path';
import readline from 'node:readline';
import { AnswerEngine, type Answer } from '../engine/answer-engine';
import type { ConversationState } from '../engine/conversation';
import { isUserError } from '../errors';
import { articleOnly } from '../knowledge/article-only';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { renderReplyText } from '../render-text';
import { answerLabels } from '../reply';
import type { Replies } from '../knowledge/types';
import { defaultKnowledgeDir } from '../runtime/project-root';

const USAGE = `Usage:
  npm run ask -- "how many people were expelled?"      answer for a person, with its source
  npm run ask -- --json "question"                     one JSON object
  npm run --silent ask -- --jsonl < questions.txt      one question a line in, one JSON object a line out
  npm run --silent ask -- --jsonl --session < chat.txt one conversation: each line a message from one person in one
                                                       channel (follow-ups apply); an empty line starts a new one
  npm run ask -- --session < chat.txt                  the same conversation, answers for a person
Options:
  --article-only   answer from the article, its updates and the language data alone (no curated questions,
                   no not-covered topics, no glossary); works with every form above`;

const FLAGS = ['--json', '--jsonl', '--session', '--article-only', '--help'];

/**
 * The JSON shape of one answer; `entryId` is null when no knowledge entry answered; `english` (a Spanish question's
 * answer in English) only when the answer is in Spanish.
 */
function toJson(a: Answer) {
  const { question, answered, text, sources, confidence, suggestions } = a;
  const { followUp = false, entryId = null } = a;
  return { question, answered, text, ...(a.english ? { english: a.english } : {}), sources, confidence, suggestions, followUp, entryId };
}

function toText(a: Answer, replies: Replies): string {
  const kind = a.answered ? 'answer' : 'decline';
  return renderReplyText({ kind, text: a.text, sources: a.sources, suggestions: a.suggestions, labels: answerLabels(replies, a.language) });
}

/** Answers stdin line by line; in a session each answer's state goes back with the next message. */
async function answerLines(engine: AnswerEngine, session: boolean, write: (a: Answer) => string): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let state: ConversationState | undefined;
  for await (const line of rl) {
    if (!line.trim()) {
      // An empty line ends the conversation: the next message is read on its own.
      state = undefined;
      continue;
    }
    const answer = session ? engine.answer(line, { state }) : engine.answer(line);
    state = answer.state;
    process.stdout.write(write(answer));
  }
}

function knowledgeDir(): string {
  return process.env.KNOWLEDGE_DIR ? path.resolve(process.env.KNOWLEDGE_DIR) : defaultKnowledgeDir();
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const words = argv.filter((a) => !a.startsWith('--'));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = [...flags].filter((f) => !FLAGS.includes(f));
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}.\n${USAGE}\n`);
    return 2;
  }
  const session = flags.has('--session');
  if (session && (flags.has('--json') || words.length)) {
    process.stderr.write(`--session reads its messages from stdin; use --jsonl for JSON out.\n${USAGE}\n`);
    return 2;
  }
  const full = loadKnowledge(knowledgeDir());
  const engine = new AnswerEngine(flags.has('--article-only') ? articleOnly(full) : full);
  if (flags.has('--jsonl')) {
    await answerLines(engine, session, (a) => `${JSON.stringify(toJson(a))}\n`);
    return 0;
  }
  if (session) {
    await answerLines(engine, true, (a) => `${toText(a, engine.knowledge.replies)}\n\n`);
    return 0;
  }
  const question = words.join(' ');
  if (!question.trim()) {
    process.stderr.write(`Give a question to answer.\n${USAGE}\n`);
    return 2;
  }
  const answer = engine.answer(question);
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(toJson(answer), null, 2)}\n`);
  else process.stdout.write(`${toText(answer, engine.knowledge.replies)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${isUserError(err) ? err.message : (err as Error).stack}\n`);
    process.exit(1);
  },
);
