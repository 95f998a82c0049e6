// The knowledge a running bot answers from, swapped whole when knowledge/ changes: a broken edit keeps the last good one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { watch as watchFiles, type FSWatcher } from 'chokidar';
import { AnswerEngine } from '../engine/answer-engine';
import type { Logger } from '../logger';
import { describeProblem, KnowledgeError, loadKnowledge } from './load-knowledge';

/** What admins see (`/brief knowledge`, `/knowledge`) and what a dashboard reads. */
export interface KnowledgeStatus {
  /** A hash of every knowledge file's content: the same files give the same version on every instance. */
  version: string;
  loadedAt: Date;
  /** Curated questions. */
  entries: number;
  /** Dated updates. */
  updates: number;
  /** Article sections and list items. */
  sections: number;
  /** The last reload that failed, while the knowledge in use is older than the files on disk. */
  lastError?: { file: string; line?: number; entry?: string; message: string; at: Date };
}

/** Reading the knowledge status and reloading it: what the bot facade exposes. */
export interface KnowledgeControl {
  status(): KnowledgeStatus;
  reload(): Promise<KnowledgeStatus>;
}

export interface LiveKnowledgeOptions {
  dir: string;
  logger: Logger;
  clock?: () => Date;
  /** Builds the engine for loaded knowledge (tests and benchmarks may pass options). */
  build?: (dir: string) => AnswerEngine;
  /** Changes arriving within this many ms are read as one edit (an editor's save often writes several times). */
  debounceMs?: number;
}

/** Files of knowledge/ that the loader reads (editor back-ups and hidden files are not knowledge). */
function isKnowledgeFile(name: string): boolean {
  return /\.(ya?ml|md)$/i.test(name) && !name.startsWith('.') && !name.endsWith('~');
}

/** A short hash of the knowledge files' names and contents. */
export function knowledgeVersion(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && isKnowledgeFile(entry.name)) hash.update(`${path.relative(dir, full)}\0`).update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 12);
}

/**
 * Holds the current engine. `reload()` loads and validates knowledge/ and builds a new engine beside the old one;
 * only a complete, valid one replaces it (one assignment: a question is answered wholly by the old or the new).
 * `watch()` reloads on every change to the files, debounced. Each process reloads on its own.
 */
export class LiveKnowledge implements KnowledgeControl {
  private current: AnswerEngine;
  private version: string;
  private loadedAt: Date;
  private lastError?: KnowledgeStatus['lastError'];
  private running?: Promise<KnowledgeStatus>;
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private readonly clock: () => Date;
  private readonly build: (dir: string) => AnswerEngine;

  /** Loads the knowledge now: at start-up a broken knowledge base is an error (there is no last good one). */
  constructor(private readonly opts: LiveKnowledgeOptions) {
    this.clock = opts.clock ?? (() => new Date());
    this.build = opts.build ?? ((dir) => new AnswerEngine(loadKnowledge(dir)));
    this.version = knowledgeVersion(opts.dir);
    this.current = this.build(opts.dir);
    this.loadedAt = this.clock();
  }

  /** The engine to answer with now. Read it per question: a reload replaces it. */
  get engine(): AnswerEngine {
    return this.current;
  }

  status(): KnowledgeStatus {
    const k = this.current.knowledge;
    return {
      version: this.version,
      loadedAt: this.loadedAt,
      entries: k.questions.length,
      updates: k.updates.length,
      sections: k.sections.length,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Loads knowledge/ again; a valid change replaces the engine, a broken one is recorded and the engine kept. */
  reload(): Promise<KnowledgeStatus> {
    // One reload at a time; a change during one is read by one more after it.
    if (this.running) {
      return this.running.then(() => this.reload());
    }
    this.running = new Promise<KnowledgeStatus>((resolve) => setImmediate(() => resolve(this.reloadNow()))).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private reloadNow(): KnowledgeStatus {
    const log = this.opts.logger;
    try {
      const version = knowledgeVersion(this.opts.dir);
      if (version !== this.version) {
        const engine = this.build(this.opts.dir);
        this.current = engine;
        this.version = version;
        this.loadedAt = this.clock();
        const k = engine.knowledge;
        log.info({ version, entries: k.questions.length, updates: k.updates.length }, `knowledge reloaded: version ${version}`);
      }
      this.lastError = undefined;
    } catch (err) {
      this.lastError = this.describeError(err);
      const problems = err instanceof KnowledgeError ? err.problems.map(describeProblem) : [(err as Error).message];
      log.error({ problems, version: this.version }, `knowledge change not applied, still answering from version ${this.version}: ${problems[0]}`);
    }
    return this.status();
  }

  private describeError(err: unknown): NonNullable<KnowledgeStatus['lastError']> {
    const at = this.clock();
    if (err instanceof KnowledgeError && err.problems.length) {
      const [first, ...more] = err.problems;
      const rest = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'}: see the log)` : '';
      return { file: first.file, line: first.line, entry: first.entry, message: `${first.message}${rest}`, at };
    }
    return { file: path.relative(process.cwd(), this.opts.dir) || this.opts.dir, message: (err as Error)?.message ?? String(err), at };
  }

  /** Watches knowledge/ and reloads after each change (debounced). Resolves once the watcher is ready. */
  async watch(): Promise<void> {
    if (this.watcher) return;
    const debounceMs = this.opts.debounceMs ?? 300;
    const watcher = watchFiles(this.opts.dir, {
      ignoreInitial: true,
      ignored: (file, stats) => !!stats?.isFile() && !isKnowledgeFile(path.basename(file)),
    });
    this.watcher = watcher;
    watcher.on('all', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), debounceMs);
    });
    watcher.on('error', (err) => this.opts.logger.error({ err }, 'knowledge watcher failed; SIGHUP still reloads'));
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  }

  /** Stops watching (shutdown); a reload under way finishes. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = undefined;
    await this.running;
  }
}

/** A knowledge control over an engine that never changes (tools and tests that build a Bot from one engine). */
export function fixedKnowledge(engine: AnswerEngine, loadedAt = new Date()): KnowledgeControl {
  const k = engine.knowledge;
  const version = createHash('sha256').update(JSON.stringify({ ...k, language: undefined })).digest('hex').slice(0, 12);
  const status = (): KnowledgeStatus => ({ version, loadedAt, entries: k.questions.length, updates: k.updates.length, sections: k.sections.length });
  return { status, reload: async () => status() };
}
