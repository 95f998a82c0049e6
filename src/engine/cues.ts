// Stage "cues": what kind of answer a question wants (a count, a date, a reason…), by knowledge/language/cues.yaml.
import type { CueRule, EnglishData } from '../knowledge/types';

/** The question types the engine knows; cues.yaml gives each its patterns. */
export const CUE_NAMES = [
  'count',
  'amount',
  'why',
  'who',
  'agent',
  'named',
  'subset',
  'duration',
  'when',
  'where',
  'which',
  'list',
  'define',
  'since',
  'reaction',
  'summary',
  'news',
  'remedy',
  'mention',
  'cause',
] as const;

/** Question-type cues: what kind of answer the question wants. */
export type Cue = (typeof CUE_NAMES)[number];

/** One cue compiled: it matches when `match` does and `unless` does not. */
export interface CompiledCue {
  name: Cue;
  match: RegExp;
  unless?: RegExp;
  /** The cue's asking phrases, to read out of the question's words (global). */
  asking?: RegExp;
}

/** Compiles a cue: `starts` at the start, `words` anywhere as whole words, `patterns` as written. */
export function compileCue(rule: CueRule): CompiledCue {
  const parts: string[] = [];
  if (rule.starts.length) parts.push(`^(?:${rule.starts.join('|')})\\b`);
  if (rule.words.length) parts.push(`\\b(?:${rule.words.join('|')})\\b`);
  const asking = rule.asking?.length ? `\\b(?:${rule.asking.join('|')})\\b` : undefined;
  if (asking) parts.push(asking);
  parts.push(...rule.patterns);
  return {
    name: rule.name as Cue,
    match: new RegExp(parts.map((p) => `(?:${p})`).join('|')),
    unless: rule.unless.length ? new RegExp(rule.unless.map((p) => `(?:${p})`).join('|')) : undefined,
    asking: asking ? new RegExp(asking, 'g') : undefined,
  };
}

export function cueMatches(cue: CompiledCue, text: string): boolean {
  return cue.match.test(text) && !cue.unless?.test(text);
}

/** Reads the cues of a question's words, in the order cues.yaml lists them. */
export class CueReader {
  private readonly cues: CompiledCue[];

  constructor(rules: CueRule[]) {
    this.cues = rules.map(compileCue);
  }

  /**
   * The cues of a question in each of its readings (as corrected; a Spanish one as typed too, "el año pasado"; as
   * typed before correction): a cue any reading has, unless an exception in any reading rules it out.
   */
  read(...texts: Array<string | undefined>): Set<Cue> {
    const readings = texts.filter((t): t is string => t !== undefined);
    const cues = new Set<Cue>();
    for (const cue of this.cues) {
      // An exception in any reading rules the cue out: "¿dónde entra X?" read in English is still no place question.
      const ruledOut = !!cue.unless && readings.some((t) => cue.unless!.test(t));
      if (!ruledOut && readings.some((t) => cue.match.test(t))) cues.add(cue.name);
    }
    return cues;
  }

  /**
   * The words without the phrases that only ask for a question type ("what caused the flood?" → "the
   * flood"): they say what kind of answer is wanted, not what it is about. Unchanged when nothing would be left.
   */
  withoutAsking(words: string[]): string[] {
    let text = words.join(' ');
    for (const cue of this.cues) {
      if (!cue.asking || cue.unless?.test(text)) continue;
      text = text.replace(cue.asking, ' ');
    }
    const left = text.split(' ').filter(Boolean);
    return left.length && left.length !== words.length ? left : words;
  }
}

/** A first word that asks for something else ("Name the steps…" asks for a list): replaced before cues are read. */
export function rewriteOpeners(words: string[], openers: EnglishData['openers']): string[] {
  for (const opener of openers) {
    if (words[0] === opener.word && !opener.notBefore.includes(words[1])) return [opener.becomes, ...words.slice(1)];
  }
  return words;
}
