// The topic a question asks about by name: "does it say anything about X?", "does the article mention X at all or…",
// "what's the deal with X in all this", "what does 'X' mean here?" → X. The words around it are only the frame.
import type { Dialogue } from '../knowledge/types';
import { normalizeWords } from './analyzer';

/** A phrase in quotes: opened after a space or at the start (so "what's" opens none), closed before a break. */
const QUOTED = /(?:^|[\s(¿¡])['‘"“«]([^'’"”»\n]{3,80})['’"”»](?=[\s?.,!:;)]|$)/u;

/** Clause breaks: punctuation, a spaced dash, an emoji. */
const CLAUSE_BREAK = /[?!.,;:()[\]—–]|\s-\s|\p{Extended_Pictographic}/u;

/**
 * The words after a topic marker (`topic_markers`) up to the end of its clause or a word that opens another clause
 * (`topic_enders`), or undefined when the message names no topic that way.
 */
export function askedTopic(message: string, d: Pick<Dialogue, 'topic_markers' | 'topic_enders'>): string | undefined {
  // "what does 'tail risk' mean here?": a phrase in quotes is the topic, whatever the frame.
  const quoted = QUOTED.exec(message);
  if (quoted && normalizeWords(quoted[1]).length) return normalizeWords(quoted[1]).join(' ');
  for (const clause of message.split(CLAUSE_BREAK)) {
    const words = normalizeWords(clause);
    const joined = ` ${words.join(' ')} `;
    let best = -1;
    for (const marker of d.topic_markers) {
      const at = joined.indexOf(` ${marker} `);
      if (at >= 0 && (best < 0 || at < best)) best = at + marker.length + 1;
    }
    if (best < 0) continue;
    const rest = joined.slice(best).trim().split(' ').filter(Boolean);
    const end = rest.findIndex((w) => d.topic_enders.includes(w));
    const topic = (end >= 0 ? rest.slice(0, end) : rest).join(' ');
    if (topic) return topic;
  }
  return undefined;
}
