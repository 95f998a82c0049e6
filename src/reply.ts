// The neutral reply every command returns; adapters render it as Block Kit, an embed or console text.
import type { AnswerSource } from './engine/answer-engine';
import type { Digest } from './digest/digest';
import type { Replies } from './knowledge/types';

export interface Reply {
  kind: 'answer' | 'decline' | 'info' | 'error' | 'digest';
  /** Optional heading (topics, help, digest). */
  title?: string;
  /** Markdown body. */
  text: string;
  sources: AnswerSource[];
  /** Questions to offer as buttons. */
  suggestions: string[];
  /** Set on answers: the id that feedback buttons refer to. */
  answerId?: string;
  /** Only the person who asked should see it (Slack ephemeral, Discord ephemeral). */
  private?: boolean;
  /** Structured digest, for native rendering. */
  digest?: Digest;
  /** The words the answer is framed with, in its language (`labels` in knowledge/language/replies.yaml). */
  labels?: ReplyLabels;
}

/** The words around an answer on every platform: its source line and the questions offered after it. */
export interface ReplyLabels {
  source: string;
  related: string;
  tryInstead: string;
}

/** The labels of an answer in its language, from the bot's replies (knowledge/language/replies.yaml). */
export function answerLabels(replies: Replies, language: 'en' | 'es'): ReplyLabels {
  const l = replies.labels;
  return { source: l.source[language], related: l.related[language], tryInstead: l.try_instead[language] };
}

/** The labels of a reply: its own, else the bot's English ones (help, topics and digests are written in English). */
export function labelsOf(reply: Reply): ReplyLabels {
  return reply.labels ?? { source: 'Source', related: 'Related questions', tryInstead: 'Try one of these instead:' };
}

export function infoReply(text: string, title?: string, extra: Partial<Reply> = {}): Reply {
  return { kind: 'info', title, text, sources: [], suggestions: [], ...extra };
}

export function errorReply(text: string): Reply {
  return { kind: 'error', text, sources: [], suggestions: [], private: true };
}
