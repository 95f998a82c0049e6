// Renders a reply as plain terminal text: used by the CLI and the console adapter.
import { labelsOf, type Reply } from './reply';
import type { Digest } from './digest/digest';
import { withoutMarks } from './text/text-tools';

/** Markdown → readable plain text: keeps bullets, drops emphasis markers. */
export function markdownToPlain(md: string): string {
  return withoutMarks(md)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1$2')
    .replace(/(^|\W)_(\S.*?)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/^(\s*)[-*] /gm, '$1• ');
}

export function renderDigestText(d: Digest): string {
  const out = [`${d.headline}`, '', 'Key points:', ...d.keyPoints.map((p) => `• ${markdownToPlain(p)}`), ''];
  out.push(`Focus — ${d.focus.title}:`, markdownToPlain(d.focus.text), `  Source: ${d.focus.source.title} [${d.focus.source.id}]`, '');
  out.push(`Question of the day: ${d.questionOfTheDay}`, '');
  out.push("What's new:", ...(d.whatsNew.length ? d.whatsNew.map((l) => `• ${markdownToPlain(l)}`) : ['• Nothing new since the last digest.']), '');
  out.push('Last 24 hours — most asked:', ...(d.mostAsked.length ? d.mostAsked.map((l) => `• ${l}`) : ['• No questions yet.']));
  out.push('Last 24 hours — not answered:', ...(d.unanswered.length ? d.unanswered.map((l) => `• ${l}`) : ['• None.']));
  return out.join('\n');
}

/** A reply as terminal text: title, body, source line, related questions. */
export function renderReplyText(reply: Reply): string {
  // A digest carries its own headline, source and question of the day.
  if (reply.digest) return renderDigestText(reply.digest);
  const out: string[] = [];
  if (reply.title) out.push(reply.title, '');
  out.push(markdownToPlain(reply.text));
  const labels = labelsOf(reply);
  for (const s of reply.sources) out.push('', `${labels.source}: ${s.title} [${s.id}] — “${s.quote}”`);
  if (reply.suggestions.length) out.push('', `${reply.kind === 'decline' ? labels.tryInstead : `${labels.related}:`}`, ...reply.suggestions.map((q) => `  • ${q}`));
  return out.join('\n');
}
