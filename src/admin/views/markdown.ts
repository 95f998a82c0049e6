// The knowledge's Markdown (answers, digest lines) as HTML: escaped first, then only bold, italics, line breaks
// and bullets. No links or images are ever made; text users typed never comes through here (it is shown as text).
import { raw } from 'hono/html';
import { escapeToBuffer } from 'hono/utils/html';
import type { Html } from './layout';

function escape(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

function inline(escaped: string): string {
  return escaped
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
}

/** Paragraphs and bullet lists from Markdown text. */
export function markdown(md: string): Html {
  const blocks = md.trim().split(/\n{2,}/);
  const out = blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*•] /.test(l))) return `<ul>${lines.map((l) => `<li>${inline(escape(l.replace(/^\s*[-*•] /, '')))}</li>`).join('')}</ul>`;
    return `<p>${lines.map((l) => inline(escape(l))).join('<br>')}</p>`;
  });
  return raw(out.join(''));
}

/** One line of Markdown, without a paragraph around it. */
export function markdownLine(md: string): Html {
  return raw(inline(escape(md)));
}
