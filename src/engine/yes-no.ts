// Yes/no questions get a grounded lead — Yes / No / Not necessarily / Likely — read off the sentence the answer rests on.
import type { Dialogue } from '../knowledge/types';
import { normalizeWords } from './analyzer';

export type Lead = 'yes' | 'no' | 'not_necessarily' | 'likely';

/** The yes/no starter a question opens with ("does", "can", "es"), or undefined when it is not a yes/no question. */
export function yesNoStarter(message: string, language: 'en' | 'es', d: Dialogue): string | undefined {
  // The asking sentence: the last one that ends in "?", else the whole message.
  const sentences = message.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const asked = [...sentences].reverse().find((s) => s.trim().endsWith('?')) ?? message;
  const starters = language === 'es' ? [...d.yes_no_starters.es, ...d.yes_no_starters.en] : d.yes_no_starters.en;
  // "according to the piece, will this…", "quick q: does it…": the question may open after a comma or a colon.
  for (const clause of asked.split(/[,:;]/)) {
    const words = normalizeWords(clause);
    let i = 0;
    while (i < words.length - 1 && d.leading_words.includes(words[i])) i++;
    if (words[i] && starters.includes(words[i]) && words.length - i >= 3) return words[i];
  }
  return undefined;
}

/**
 * The lead a yes/no question gets from the text that answers it: a hedge ("does not necessarily", "remains to be
 * seen") is "not necessarily"; a number the question names that the answer contradicts, or a negated claim, is "no";
 * a likelihood the question did not ask about ("likely") is "likely"; otherwise "yes".
 */
export function yesNoLead(question: string, answer: string, starter: string, d: Dialogue): Lead {
  const text = ` ${normalizeWords(answer).join(' ')} `;
  const has = (phrase: string) => text.includes(` ${normalizeWords(phrase).join(' ')} `);
  if (d.hedge_phrases.some(has)) return 'not_necessarily';
  const asked = normalizeWords(question).filter((w) => /^\d+$/.test(w));
  const given = normalizeWords(answer).filter((w) => /^\d+$/.test(w));
  if (asked.length && given.length && !asked.some((n) => given.includes(n))) return 'no';
  const firstSentence = (answer.split(/(?<=[.!?])\s+/)[0] ?? answer).toLowerCase().replace(/[’`´]/g, "'");
  if (d.negation_words.some((w) => new RegExp(`(?<![\\p{L}'])${escapeRegExp(w)}(?![\\p{L}'])`, 'u').test(firstSentence))) return 'no';
  if (d.likely_words.some((w) => w !== starter && has(w))) return 'likely';
  return 'yes';
}

/** Puts the lead in front of an answer, unless the answer already opens with one. */
export function withLead(answer: string, lead: Lead, language: 'en' | 'es', d: Dialogue): string {
  const opening = normalizeWords(answer.slice(0, 40)).slice(0, 2).join(' ');
  if (/^(yes|no|not necessarily|si|likely)\b/.test(opening)) return answer;
  return `${d.leads[language][lead]} ${answer}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
