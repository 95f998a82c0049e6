// The neutral reply every command returns; adapters render it as Block Kit, an embed or console text.
import type { AnswerSource } from './engine/answer-engine';
import type { Digest } from './digest/digest';

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
}

export function infoReply(text: string, title?: string, extra: Partial<Reply> = {}): Reply {
  return { kind: 'info', title, text, sources: [], suggestions: [], ...extra };
}

export function errorReply(text: string): Reply {
  return { kind: 'error', text, sources: [], suggestions: [], private: true };
}
