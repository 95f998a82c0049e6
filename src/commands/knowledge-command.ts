// The knowledge command, declared once: what knowledge the bot answers from, and the last edit it could not apply.
import type { KnowledgeControl, KnowledgeStatus } from '../knowledge/live-knowledge';
import { infoReply } from '../reply';
import { userText } from '../text/text-tools';
import type { CommandSpec } from './command';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const utc = (d: Date) => `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** The status as admins read it: version, load time, counts, and the last error with its file and line. */
export function describeKnowledgeStatus(status: KnowledgeStatus): string {
  const lines = [
    `Version \`${status.version}\`, loaded ${utc(status.loadedAt)}.`,
    `${status.entries} ${status.entries === 1 ? 'entry' : 'entries'} · ${plural(status.updates, 'update')} · ${plural(status.sections, 'section')}.`,
  ];
  const e = status.lastError;
  if (e) {
    const where = `${e.file}${e.line ? `, line ${e.line}` : ''}${e.entry ? ` (${e.entry})` : ''}`;
    // The message may quote a file's text: shown as text, never as a mention or a link.
    lines.push(
      `⚠ The last change could not be applied (${utc(e.at)}) — still answering from the version above.`,
      `${userText(where)}: ${userText(e.message)}`,
    );
  } else {
    lines.push('No problems: the files on disk are the knowledge in use. Changes apply within seconds.');
  }
  return lines.join('\n');
}

export function knowledgeCommand(knowledge: KnowledgeControl): CommandSpec {
  return {
    name: 'knowledge',
    description: 'The knowledge in use: version, load time, entries and updates, the last error (admins)',
    options: [],
    examples: ['knowledge'],
    admin: true,
    run: async () => infoReply(describeKnowledgeStatus(knowledge.status()), 'Knowledge', { private: true }),
  };
}
