// The editors' gaps report: public questions the bot declined or that got 👎, near-duplicates grouped, each with what
// the knowledge holds closest and the fix to make (a phrasing, a not-covered topic, a new entry) as ready YAML.
import path from 'node:path';
import YAML from 'yaml';
import type { AnswerEngine, NearestMatch } from '../engine/answer-engine';
import { normalizeWords } from '../engine/analyzer';
import { UserError } from '../errors';
import type { Platform, QuestionWithVotes, Store } from '../store/store';

/**
 * How the report decides, in one place. Scores are the engine's (`AnswerEngine.nearest`: about 1 for a stored
 * phrasing asked as written, 0 for nothing in common); the engine itself answers from 0.55 (`DEFAULT_ANSWER_WEIGHTS`).
 */
export const GAP_RULES = {
  /** Two questions are near-duplicates when their analysed terms overlap this much (Jaccard, 0..1). Range 0.4–0.7. */
  sameQuestion: 0.5,
  /**
   * A curated entry or not-covered topic this close is what was meant: its wording is a phrasing to add there.
   * Range 0.55–0.8 (below the engine's own bar it would not have matched anyway).
   */
  addPhrasing: 0.6,
  /**
   * An article section or entry at least this close means the article may state it: a new entry from that section.
   * Below it the knowledge holds nothing near: a not-covered topic. Range 0.4–0.55 (at 0.4 one shared word such as
   * "safe" already proposes an entry).
   */
  newEntry: 0.5,
  /** How many distinct wordings a group lists (the count covers them all). */
  maxWordings: 20,
  /** Wordings put in a snippet: an entry holds at most 15 phrasings (knowledge/README.md). */
  maxSnippetPhrasings: 5,
  /** An entry holds at most this many phrasings; the snippet says to replace one when it is full. */
  maxPhrasings: 15,
  /** Days looked back and groups listed when not given. */
  defaultDays: 7,
  defaultLimit: 20,
  /** The longest window the report reads (question text is kept QUESTION_LOG_DAYS anyway). */
  maxDays: 366,
} as const;

export interface GapGroup {
  /** The wording asked most often (the latest among equals). */
  representative: string;
  /** The distinct wordings, most asked first (at most `GAP_RULES.maxWordings`). */
  questions: string[];
  /** Public questions in the group: `declined` + `downvoted`. */
  count: number;
  declined: number;
  downvoted: number;
  platforms: string[];
  lastAsked: Date;
  /** What the knowledge holds closest to the representative, with the engine's score. */
  closest?: { kind: 'entry' | 'section' | 'not-covered'; id: string; file?: string; score: number };
  suggestion: {
    kind: 'add-phrasing' | 'add-not-covered' | 'new-entry';
    /** The knowledge file to edit, relative to the project (`knowledge/questions/expulsion.yaml`). */
    file: string;
    /** YAML to paste into that file, indented as the file is. */
    snippet: string;
    /** The fix in a sentence. */
    text: string;
  };
}

export interface GapsReport {
  from: Date;
  to: Date;
  /** Questions (public and private) the bot declined with its plain "I can't answer" in the window. */
  totalDeclined: number;
  /** Answered questions (public and private) with more 👎 than 👍. */
  totalDownvoted: number;
  /** Of those, asked privately: counted above, never shown. */
  privateHidden: number;
  groups: GapGroup[];
  /** Declined with a not-covered topic's reply: the bot said what the article does not state, as designed. */
  notCoveredReplies: number;
  /** Declined then, answered by the knowledge as it is now (someone already fixed it). */
  nowAnswered: number;
  /** Small talk or questions about the bot ("thanks", "who are you?"): nothing to add. */
  chat: number;
}

/** What to report on: the last `days` days before `now`, on one platform or all, the `limit` largest groups. */
export interface GapsReportOptions {
  days?: number;
  platform?: string;
  limit?: number;
  now?: Date;
}

export interface GapsReportInput extends GapsReportOptions {
  store: Pick<Store, 'gapQuestions'>;
  engine: AnswerEngine;
}

const PLATFORMS: Platform[] = ['slack', 'discord', 'console'];
const DAY_MS = 86_400_000;

/** Checks the report's options; a user error says what is wrong and what is allowed. */
export function checkGapsOptions(opts: { days?: number; platform?: string; limit?: number }): void {
  const { days, platform, limit } = opts;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= GAP_RULES.maxDays))
    throw new UserError('COMMAND_USAGE', `Days must be a whole number from 1 to ${GAP_RULES.maxDays} (got ${days}).`);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1))
    throw new UserError('COMMAND_USAGE', `The limit must be a whole number of at least 1 (got ${limit}).`);
  if (platform !== undefined && !PLATFORMS.includes(platform as Platform))
    throw new UserError('COMMAND_USAGE', `The platform must be one of ${PLATFORMS.join(', ')} (got '${platform}').`);
}

interface Item {
  row: QuestionWithVotes;
  terms: string[];
  downvoted: boolean;
}

/** Builds the report from the question log and the engine (which is asked, never changed). */
export async function buildGapsReport(input: GapsReportInput): Promise<GapsReport> {
  checkGapsOptions(input);
  const { engine } = input;
  const to = input.now ?? new Date();
  const from = new Date(to.getTime() - (input.days ?? GAP_RULES.defaultDays) * DAY_MS);
  const rows = await input.store.gapQuestions(from, to, input.platform as Platform | undefined);
  const report: GapsReport = { from, to, totalDeclined: 0, totalDownvoted: 0, privateHidden: 0, groups: [], notCoveredReplies: 0, nowAnswered: 0, chat: 0 };
  const items: Item[] = [];
  // The same wording is asked again and again: the engine reads each once.
  const readings = new Map<string, { near: NearestMatch; answersNow?: boolean }>();
  const read = (q: string) => readings.get(q) ?? readings.set(q, { near: engine.nearest(q) }).get(q)!;
  for (const row of rows) {
    const downvoted = row.answered && row.notHelpful > row.helpful;
    if (row.answered && !downvoted) continue;
    if (!row.answered && row.entryId) {
      report.notCoveredReplies++;
      continue;
    }
    const reading = read(row.question);
    const { near } = reading;
    if (near.chat) {
      report.chat++;
      continue;
    }
    if (!row.answered && (reading.answersNow ??= engine.answer(row.question).answered)) {
      report.nowAnswered++;
      continue;
    }
    if (downvoted) report.totalDownvoted++;
    else report.totalDeclined++;
    // Private questions count; their text goes no further than this line.
    if (row.private) report.privateHidden++;
    else items.push({ row, terms: near.terms, downvoted });
  }
  const groups = groupNearDuplicates(items).map((members) => describeGroup(members, engine));
  groups.sort((a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime() || a.representative.localeCompare(b.representative));
  report.groups = groups.slice(0, input.limit ?? GAP_RULES.defaultLimit);
  return report;
}

/** Jaccard similarity of two term sets: shared terms over all terms. */
export function termSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const setB = new Set(b);
  const shared = new Set(a.filter((t) => setB.has(t))).size;
  return shared / new Set([...a, ...b]).size;
}

/**
 * Near-duplicates by meaning, not by text: a question joins the first group whose terms it overlaps enough (analysed
 * terms fold synonyms, typos and Spanish); a question with no content terms groups only with the same words.
 */
function groupNearDuplicates(items: Item[]): Item[][] {
  const groups: Array<{ terms: string[]; key?: string; members: Item[] }> = [];
  for (const item of items) {
    const key = item.terms.length ? undefined : normalizeWords(item.row.question).join(' ');
    const group = groups.find((g) =>
      key !== undefined ? g.key === key : g.key === undefined && termSimilarity(item.terms, g.terms) >= GAP_RULES.sameQuestion,
    );
    // Compared with the group's first question only, so a chain of small steps never joins two different questions.
    if (group) group.members.push(item);
    else groups.push({ terms: item.terms, key, members: [item] });
  }
  return groups.map((g) => g.members);
}

function describeGroup(members: Item[], engine: AnswerEngine): GapGroup {
  // Wordings by how often they were asked (case and spacing aside), then by how recently.
  const wordings = new Map<string, { text: string; n: number; last: number }>();
  for (const { row } of members) {
    const key = normalizeWords(row.question).join(' ') || row.question.trim().toLowerCase();
    const w = wordings.get(key) ?? { text: row.question.trim(), n: 0, last: 0 };
    w.n++;
    w.last = Math.max(w.last, row.at.getTime());
    wordings.set(key, w);
  }
  const ranked = [...wordings.values()].sort((a, b) => b.n - a.n || b.last - a.last || a.text.localeCompare(b.text));
  const representative = ranked[0].text;
  const downvoted = members.filter((m) => m.downvoted).length;
  const answeredBy = new Set(members.filter((m) => m.downvoted).map((m) => m.row.entryId));
  const near = engine.nearest(representative);
  const closest = closestOf(near, engine);
  return {
    representative,
    questions: ranked.slice(0, GAP_RULES.maxWordings).map((w) => w.text),
    count: members.length,
    declined: members.length - downvoted,
    downvoted,
    platforms: [...new Set(members.map((m) => m.row.platform))].sort(),
    lastAsked: new Date(Math.max(...members.map((m) => m.row.at.getTime()))),
    closest,
    suggestion: suggest(ranked.map((w) => w.text), near, closest, engine, downvoted === members.length ? answeredBy : new Set()),
  };
}

type Closest = NonNullable<GapGroup['closest']>;

/** The best curated entry, not-covered topic or article section (glossary terms only define words: left out). */
function closestOf(near: NearestMatch, engine: AnswerEngine): Closest | undefined {
  const hit = near.hits.find((h) => h.kind !== 'glossary');
  if (!hit) return undefined;
  if (hit.kind === 'question') {
    const entry = engine.knowledge.questions.find((q) => q.id === hit.id);
    return { kind: 'entry', id: hit.id, file: entry && questionsFile(entry.file), score: hit.score };
  }
  if (hit.kind === 'not-covered') return { kind: 'not-covered', id: hit.id, file: NOT_COVERED_FILE, score: hit.score };
  return { kind: 'section', id: hit.id, file: 'knowledge/article.yaml', score: hit.score };
}

const NOT_COVERED_FILE = 'knowledge/not-covered.yaml';
const questionsFile = (file: string) => `knowledge/questions/${path.basename(file)}`;

/**
 * The fix, from the closest match's score (GAP_RULES): close to an entry or topic → add the wording as its phrasing;
 * near an article section → a new entry citing it; nothing near → a not-covered topic. An entry whose answer people
 * voted down even though their wording reached it needs its own entry, not another phrasing.
 */
function suggest(wordings: string[], near: NearestMatch, closest: Closest | undefined, engine: AnswerEngine, answeredBy: Set<string | undefined>): GapGroup['suggestion'] {
  const phrasings = wordings.slice(0, GAP_RULES.maxSnippetPhrasings);
  const score = closest?.score ?? 0;
  const reachedAlready = closest?.kind === 'entry' && answeredBy.has(closest.id);
  if (closest && closest.kind !== 'section' && score >= GAP_RULES.addPhrasing && !reachedAlready) {
    const stored =
      closest.kind === 'entry'
        ? engine.knowledge.questions.find((q) => q.id === closest.id)?.phrasings
        : engine.knowledge.notCovered.find((t) => t.id === closest.id)?.phrasings;
    const room = GAP_RULES.maxPhrasings - (stored?.length ?? 0);
    const full = room < phrasings.length ? ` It holds ${stored?.length} phrasings (at most ${GAP_RULES.maxPhrasings}): replace near-duplicates.` : '';
    const what = closest.kind === 'entry' ? 'entry' : 'not-covered topic';
    const file = closest.file ?? NOT_COVERED_FILE;
    return {
      kind: 'add-phrasing',
      file,
      snippet: `# ${file} — add under \`phrasings:\` of ${what} ${closest.id}\n${indent(toYaml(phrasings), 6)}`,
      text: `Add a phrasing to ${what} ${closest.id} (${file}).${full}`,
    };
  }
  const id = uniqueId(slug(near.words), engine);
  const section = score >= GAP_RULES.newEntry ? sectionOf(closest, near, engine) : undefined;
  if (section) {
    const file = fileForSection(section, engine);
    const title = engine.section(section)?.title ?? section;
    const entry = {
      id,
      source: section,
      phrasings,
      answer: `TODO: answer from the article section "${title}" only — never add a fact.`,
      answer_es: 'TODO: la misma respuesta en español, traducida fielmente.',
    };
    const text = reachedAlready
      ? `New entry: people voted down entry ${closest!.id}'s answer although their wording reached it — write an answer from section ${section} in ${file}.`
      : `New entry: write an answer from section ${section} in ${file} (if the article does not state it, add a not-covered topic instead).`;
    return { kind: 'new-entry', file, snippet: `# ${file} — add at the end of \`questions:\`\n${indent(toYaml([entry]), 2)}`, text };
  }
  const related = sectionOf(closest, near, engine);
  const topic = {
    id,
    phrasings,
    reply: 'TODO: one sentence saying what the article does not state.',
    reply_es: 'TODO: la misma frase en español, traducida fielmente.',
    ...(related ? { related } : {}),
  };
  return {
    kind: 'add-not-covered',
    file: NOT_COVERED_FILE,
    snippet: `# ${NOT_COVERED_FILE} — add at the end of \`topics:\`\n${indent(toYaml([topic]), 2)}`,
    text: `Add a not-covered topic (${NOT_COVERED_FILE}): the knowledge holds nothing close${closest ? ` (best: ${closest.id}, ${score})` : ''}.`,
  };
}

/** The article section the closest match cites (a section itself, or an entry's or topic's source). */
function sectionOf(closest: Closest | undefined, near: NearestMatch, engine: AnswerEngine): string | undefined {
  if (!closest) return undefined;
  if (closest.kind === 'section') return closest.id;
  const source = near.hits.find((h) => h.id === closest.id)?.source;
  return source && engine.section(source) ? source : undefined;
}

/** The questions file whose entries cite this section (or its parent, or a sibling); else the overview. */
function fileForSection(section: string, engine: AnswerEngine): string {
  const { questions } = engine.knowledge;
  const parent = engine.section(section)?.parent;
  const entry =
    questions.find((q) => q.source === section) ??
    (parent ? questions.find((q) => q.source === parent || engine.section(q.source)?.parent === parent) : undefined) ??
    questions.find((q) => engine.section(q.source)?.parent === section);
  return entry ? questionsFile(entry.file) : 'knowledge/questions/overview.yaml';
}

/** "Who won the World Cup?" → "won-world-cup": content words joined by hyphens, as the knowledge ids are. */
function slug(words: string[]): string {
  const ascii = words.map((w) => w.normalize('NFD').replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return ascii.slice(0, 4).join('-') || 'new-question';
}

function uniqueId(base: string, engine: AnswerEngine): string {
  const taken = new Set([...engine.knowledge.questions.map((q) => q.id), ...engine.knowledge.notCovered.map((t) => t.id)]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** YAML as an editor writes it: one line per value, never folded. */
const toYaml = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
