// Console rendering: a reply as plain text with a short prefix, ready for a terminal.
import { renderReplyText } from '../../src/render-text';
import type { Reply } from '../../src/reply';

export function renderConsoleReply(reply: Reply): string {
  const body = renderReplyText(reply);
  return reply.kind === 'error' ? `⚠ ${body}` : body;
}
