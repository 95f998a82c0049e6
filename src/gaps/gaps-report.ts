// STAND-IN until the gaps branch lands (issue 13): the same types and facade, a plain implementation — public
// declined and 👎 questions grouped by their words, the closest knowledge from the engine, and a YAML fix to paste.
import YAML from 'yaml';
import type { AnswerEngine } from '../engine/answer-engine';
import type { Platform, Store } from '../store/store';

export interface GapGroup {
  representative: string;
  questions: string[];
  count: number;
  declined: number;
  downvoted: number;
  platforms: string[];
  lastAsked: Date;
  closest?: { kind: 'entry' | 'section' | 'not-covered'; id: string; file?: string; score: number };
  suggestion: { kind: 'add-phrasing' | 'add-not-covered' | 'new-entry'; file: string; snippet: string; text: string };
}

export interface GapsReport {
  from: Date;
  to: Date;
  totalDeclined: number;
  totalDownvoted: number;
  privateHidden: number;
  groups: GapGroup[];
}

export interface GapsOptions {
  days?: number;
  platform?: string;
  limit?: number;
}

const key = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Builds the report over the last `days` (default 7). */
export async function buildGapsReport(engine: AnswerEngine, store: Store, now: Date, opts: GapsOptions = {}): Promise<GapsReport> {
  const from = new Date(now.getTime() - (opts.days ?? 7) * 86_400_000);
  const platform = ['slack', 'discord', 'console'].includes(opts.platform ?? '') ? (opts.platform as Platform) : undefined;
  const base = { from, to: now, ...(platform ? { platform } : {}) };
  const declined = await store.listQuestions({ ...base, answered: false }, 5_000, 0);
  const downvoted = await store.listQuestions({ ...base, answered: true, feedback: 'down' }, 5_000, 0);
  const groups = new Map<string, GapGroup>();
  for (const [rows, kind] of [[declined.rows, 'declined'], [downvoted.rows, 'downvoted']] as const) {
    for (const r of rows) {
      const g = groups.get(key(r.question)) ?? { representative: r.question, questions: [], count: 0, declined: 0, downvoted: 0, platforms: [], lastAsked: r.at, suggestion: undefined! };
      g.count++;
      g[kind]++;
      if (!g.questions.includes(r.question)) g.questions.push(r.question);
      if (!g.platforms.includes(r.platform)) g.platforms.push(r.platform);
      if (r.at > g.lastAsked) g.lastAsked = r.at;
      groups.set(key(r.question), g);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime()).slice(0, opts.limit ?? 20);
  for (const g of sorted) Object.assign(g, fixFor(engine, g.representative));
  return { from, to: now, totalDeclined: declined.total + declined.privateCount, totalDownvoted: downvoted.total, privateHidden: declined.privateCount, groups: sorted };
}

function fixFor(engine: AnswerEngine, question: string): Pick<GapGroup, 'closest' | 'suggestion'> {
  const top = engine.explain(question, 1).candidates[0];
  const k = engine.knowledge;
  const entry = top && (top.kind === 'question' ? k.questions.find((q) => q.id === top.id) : undefined);
  const gap = top && (top.kind === 'not-covered' ? k.notCovered.find((n) => n.id === top.id) : undefined);
  const phrasing = YAML.stringify([question]).trim();
  if (entry && top.score >= 0.35) {
    return {
      closest: { kind: 'entry', id: entry.id, file: entry.file, score: top.score },
      suggestion: { kind: 'add-phrasing', file: entry.file, text: `Add this wording to the phrasings of '${entry.id}'.`, snippet: `  - id: ${entry.id}\n    phrasings:\n${indent(phrasing, 6)}` },
    };
  }
  if (gap) {
    return {
      closest: { kind: 'not-covered', id: gap.id, file: gap.file, score: top.score },
      suggestion: { kind: 'add-not-covered', file: gap.file, text: `Add this wording to the not-covered topic '${gap.id}'.`, snippet: `  - id: ${gap.id}\n    phrasings:\n${indent(phrasing, 6)}` },
    };
  }
  const section = top?.source ?? k.sections[0]?.id ?? 'intro';
  return {
    closest: top ? { kind: top.kind === 'section' ? 'section' : 'entry', id: top.id, score: top.score } : undefined,
    suggestion: {
      kind: 'new-entry',
      file: `knowledge/questions/${section}.yaml`,
      text: 'If the article states it, add a new entry citing its section; if it does not, add a not-covered topic.',
      snippet: `  - id: new-entry-id\n    source: ${section}\n    phrasings:\n${indent(phrasing, 6)}\n    answer: >-\n      (an answer drawn only from the article)`,
    },
  };
}

const indent = (text: string, n: number) => text.split('\n').map((l) => `${' '.repeat(n)}${l}`).join('\n');
