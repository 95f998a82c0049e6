// Dated updates as the engine reads them: sections of passages cited with their title and date, newest first.
import type { Replies, Section, Update } from '../knowledge/types';
import type { Analysis, Analyzer } from './analyzer';
import type { ArticleReader, Passage, Reading } from './article-reader';

/** The section id an update is read and cited under: `update:<file name without .md>`. */
export function updateSectionId(update: Pick<Update, 'id'>): string {
  return `update:${update.id}`;
}

export function isUpdateSection(sectionId: string | undefined): boolean {
  return !!sectionId?.startsWith('update:');
}

/** "1 Dec 2026" / "1 dic 2026": a date as people write it, not as a file name. */
export function humanDate(date: string, language: 'en' | 'es'): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const format = new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(d).replace(/\./g, '');
}

/** Fills `{name}` placeholders of a reply text. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

/**
 * An update's body as sentences the reader can quote: Markdown emphasis and links dropped, each bullet a sentence of
 * its own (ended with a full stop when it has none), paragraphs joined.
 */
export function updatePlainText(body: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (!line || /^#+\s/.test(line)) flush();
    if (bullet) {
      flush();
      paragraph.push(bullet[1]);
      flush();
    } else if (line && !/^#+\s/.test(line)) paragraph.push(line);
  }
  flush();
  return blocks
    .map((b) => b.replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean)
    .map((b) => (/[.!?…:]["”)]?$/.test(b) ? b : `${b}.`))
    .join(' ');
}

/** How an update is cited: "Update, 1 Dec 2026 — <title>" (the words are data: replies.yaml `updates.citation`). */
export function updateCitation(update: Update, replies: Replies, language: 'en' | 'es'): string {
  return fill(replies.updates.citation[language], { date: humanDate(update.date, language), title: update.title, source: update.source });
}

/** The section an update is read as: its citation as the title, its body as sentences. */
export function updateAsSection(update: Update, replies: Replies): Section {
  return { id: updateSectionId(update), title: updateCitation(update, replies, 'en'), text: updatePlainText(update.body) };
}

/** Updates newer than the article (all of them when the article has no date), newest first. */
export function updatesAfter(updates: Update[], articleDate: string | undefined): Update[] {
  return updates.filter((u) => !articleDate || u.date > articleDate).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

/** What the engine lends the update layer: its reader, analysis, weights and the article's sections. */
export interface UpdateReaderDeps {
  reader: ArticleReader;
  analyzer: Analyzer;
  /** The question terms' weights (the answer index's IDF). */
  weightsOf(analysis: Analysis): number[];
  /** A section with its list items and the section it belongs to: the part of the article a `related` update bears on. */
  familyOf(sectionId: string): string[];
  /** Whether a passage gives the kind of fact the question asks for (a number for "how many"…). */
  givesAnswerType(analysis: Analysis, passage: Passage): boolean;
  /** A related update leads when its best sentence covers this much of the question (the engine's list-topic share). */
  relatedCoverage: number;
  /** An unrelated update leads when its sentence covers this much, and at least as much as the article's best. */
  readCoverage: number;
}

/** An update that leads an answer: the update, its sentence that answers, how well. */
export interface LatestFact {
  update: Update;
  reading: Reading;
}

/**
 * The dated updates over the article: which one, if any, has a newer fact on what a question asks. The newest update
 * that answers leads; one `related` to the answered section needs less evidence than one that merely matches words.
 */
export class UpdateReader {
  /** Newer than the article, newest first. */
  readonly recent: Update[];

  constructor(
    private readonly deps: UpdateReaderDeps,
    updates: Update[],
    articleDate: string | undefined,
  ) {
    this.recent = updatesAfter(updates, articleDate);
  }

  byId(sectionId: string): Update | undefined {
    return this.recent.find((u) => updateSectionId(u) === sectionId);
  }

  /**
   * The question analysed, with its terms' weights. "…since then?", "…so far?": a question about what happened after
   * the article has a time word the article and its updates never use; one such word is forgiven, a second unknown
   * word is a topic of its own.
   */
  private weigh(question: string): { analysis: Analysis; weights: number[] } {
    const analysis = this.deps.analyzer.analyze(question);
    const weights = this.deps.weightsOf(analysis);
    const unknown = analysis.terms.map((t, i) => (this.deps.reader.has(t) ? -1 : i)).filter((i) => i >= 0);
    if (analysis.cues.has('since') && unknown.length === 1) weights[unknown[0]] = 0;
    return { analysis, weights };
  }

  /** The newest update with a sentence answering `question` on the fact an answer from `sectionId` gave. */
  latestOn(question: string, sectionId: string): LatestFact | undefined {
    if (!this.recent.length || isUpdateSection(sectionId)) return undefined;
    const { reader } = this.deps;
    const { analysis, weights } = this.weigh(question);
    const family = this.deps.familyOf(sectionId);
    const article = reader.readIn(family, analysis, weights, 1)[0];
    for (const update of this.recent) {
      const reading = reader.readIn([updateSectionId(update)], analysis, weights, 1, undefined, question)[0];
      if (!reading || !this.deps.givesAnswerType(analysis, reading.passage)) continue;
      const related = !!update.related && family.includes(update.related);
      const enough = related
        ? reading.coverage >= this.deps.relatedCoverage
        : reading.coverage >= this.deps.readCoverage && reading.coverage >= (article?.coverage ?? 0);
      if (enough) return { update, reading };
    }
    return undefined;
  }

  /**
   * An update sentence that answers the question on its own (for what the article cannot answer: what happened since):
   * it covers the question as an article sentence must (`readCoverage`), in its own words, with the kind of fact asked.
   */
  answering(question: string): Reading | undefined {
    if (!this.recent.length) return undefined;
    const { reader } = this.deps;
    const { analysis, weights } = this.weigh(question);
    const reading = reader.readIn(this.recent.map(updateSectionId), analysis, weights, 1, undefined, question)[0];
    const enough = reading && reading.coverage >= this.deps.readCoverage && reading.ownCoverage >= this.deps.readCoverage - 0.1;
    return enough && this.deps.givesAnswerType(analysis, reading.passage) ? reading : undefined;
  }

  /**
   * For an answer given from an update: the article’s sentence saying what the update’s sentence changes — the one
   * most like it, in the update's `related` part of the article when it names one — of the kind of fact asked.
   */
  articleBefore(question: string, update: Update, said: Passage): Reading | undefined {
    const { reader } = this.deps;
    const { analysis } = this.weigh(question);
    const terms = [...said.terms];
    const like: Analysis = { terms, shares: terms.map(() => 1), cues: new Set(), language: 'en', corrections: [] };
    // The figures are what changed: the sentence that says the same thing is found by its other words.
    const weights = this.deps.weightsOf(like).map((w, i) => (/\d/.test(terms[i]) ? 0 : w));
    const article = (p: Passage) => !isUpdateSection(p.sectionId) && this.deps.givesAnswerType(analysis, p);
    const reading = update.related
      ? reader.readIn(this.deps.familyOf(update.related), like, weights, 1, article, said.text)[0]
      : reader.read(like, weights, 1, article, said.text)[0];
    return reading && reading.coverage >= this.deps.relatedCoverage ? reading : undefined;
  }

  /**
   * The newest update on what a sentence of the article says (for digests): one `related` to its section, or one
   * with a sentence whose weighty words the article's sentence mostly shares.
   */
  latestAbout(sectionId: string, text: string): LatestFact | undefined {
    const family = this.deps.familyOf(sectionId);
    const { reader, analyzer } = this.deps;
    const said = new Set(analyzer.analyzeKnown(text).terms);
    for (const update of this.recent) {
      const sentences = reader.sentences(updateSectionId(update));
      if (!sentences.length) continue;
      if (update.related && family.includes(update.related)) return { update, reading: { passage: sentences[0], coverage: 1, ownCoverage: 1, matched: [] } };
      for (const passage of sentences) {
        const terms = [...passage.terms];
        const weights = this.deps.weightsOf({ terms, shares: terms.map(() => 1), cues: new Set(), language: 'en', corrections: [] });
        const total = weights.reduce((a, b) => a + b, 0);
        const shared = terms.reduce((sum, t, i) => sum + (said.has(t) ? weights[i] : 0), 0);
        if (total && shared / total >= this.deps.relatedCoverage + 0.1) return { update, reading: { passage, coverage: shared / total, ownCoverage: shared / total, matched: [] } };
      }
    }
    return undefined;
  }
}
