// Stage "idioms": figures of speech read as the plain words they mean ("does this move the needle?" → "does this make
// a real difference?"), so a question asked in an idiom meets the plain sentence that answers it. The idioms
// are language data (knowledge/language/idioms.yaml); this stage only finds them in a message, whatever their
// inflection ("kicking the can", "moved the needle") and with a varying part written `*` ("nip * in the bud").

/** A `*` in an idiom stands for this many words at most ("nip new recruitment in the bud"). */
const MAX_SLOT_WORDS = 3;
/** Articles an idiom may be said without, inside it ("sing like canaries"): English and Spanish. */
const ARTICLES = new Set(['a', 'an', 'the', 'el', 'la', 'los', 'las', 'un', 'una']);
/** Marks of a pause between two words: a word of degree is passed over inside an idiom only with none around it. */
const PAUSE = /[,;:.!?—–()]/;
/** At most this many words of degree are passed over in one idiom ("so very close to the chest"). */
const MAX_INSERTED = 2;
/** How a `*` is carried through tokenising (no word of any language). */
const SLOT = 'zzslotzz';
/** Symbols that join a word to the word after them into one token of their own ("R&D", "w/o", "U.S."): not a full stop that ends a sentence. */
const JOINERS = new Set(['&', '/', '.', '@', '#', '-', '_', '+']);
/** A Spanish verb of an idiom ("echar") matches its forms ("echa", "echan"): an infinitive of this many letters at least,
 * and an ending of at most this many after its root. */
const MIN_SHARED_START = 4;
const MAX_OTHER_ENDING = 4;

/** One word of a message: its normalised form and where it stands in the text as typed. */
interface Token {
  word: string;
  start: number;
  end: number;
  /** A mark of a pause (a comma, a dash, a full stop) stands between this word and the one before. */
  afterPause?: boolean;
}

interface Idiom {
  /** The idiom's words as terms; `*` for a slot. */
  terms: string[];
  /** What it means; a `*` in it takes the slot's words, else they follow the meaning. */
  plain: string;
}

/** Word → the term it is compared by (the language's stem of it), so inflections match. */
export type Stemmer = (word: string) => string;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'");

/** Idioms are looked up by their first word's first letters, so an inflected first word still finds them. */
const keyOf = (term: string) => term.slice(0, 3);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
    const word = fold(m[0]).replace(/'s$/, '').replace(/[^a-z0-9]/g, '');
    if (!word) continue;
    out.push({ word, start: m.index!, end: m.index! + m[0].length, afterPause: PAUSE.test(text.slice(end, m.index!)) });
    end = m.index! + m[0].length;
  }
  return out;
}

/**
 * A reader for one language's idioms that leaves alone those the knowledge already reads: an idiom its own texts use as
 * a phrase (`ownText`: the article, curated phrasings, synonyms…), or whose every word the article or the synonyms use
 * (`articleText`) — rewriting those would trade words that match for words that may not.
 */
export function idiomReader(
  entries: ReadonlyArray<readonly [string, string]>,
  stem: Stemmer,
  knowledge: { articleText: string[]; ownText: string[]; isStopWord: (word: string) => boolean },
  byEnding = false,
  insertable: ReadonlyArray<string> = [],
): IdiomReader {
  const termsOf = (text: string) => tokens(text).map((t) => stem(t.word));
  const known = new Set(knowledge.articleText.flatMap(termsOf));
  const ownTerms = knowledge.ownText.map(termsOf);
  const inOwn = new Set(ownTerms.flat());
  // Pairs of terms the texts say in a row: an idiom none of whose pairs they say is not their wording, without
  // scanning every text for it (the knowledge has thousands of phrasings).
  const pairs = new Set(ownTerms.flatMap((terms) => terms.slice(1).map((t, i) => `${terms[i]} ${t}`)));
  let ownTexts: string[] | undefined;
  const literal = (phrase: string) => {
    const words = tokens(phrase).map((t) => t.word);
    if (words.every((w) => known.has(stem(w)) || knowledge.isStopWord(w))) return true;
    const terms = words.map(stem);
    if (!terms.every((t) => inOwn.has(t))) return false;
    if (terms.length > 1 && !terms.slice(1).every((t, i) => pairs.has(`${terms[i]} ${t}`))) return false;
    const needle = ` ${terms.join(' ')} `;
    ownTexts ??= ownTerms.map((t) => ` ${t.join(' ')} `);
    return ownTexts.some((t) => t.includes(needle));
  };
  return new IdiomReader(entries, [stem], literal, byEnding, insertable);
}

export class IdiomReader {
  /** Idioms by the first letters of their first term (the longest match at a place wins). */
  private readonly byFirst = new Map<string, Idiom[]>();
  private readonly stems: Stemmer[];
  /** Terms some idiom writes as they are: a word typed as another's stem ("bot" of "botar") matches only these. */
  private readonly whole = new Set<string>();
  private readonly insertable: Set<string>;

  /**
   * @param entries [idiom, plain meaning] pairs.
   * @param stems one stemmer a language: a message word matches an idiom word when any of them makes them alike.
   * @param literal whether a phrase is the knowledge's own wording: an idiom the article itself uses is read as written
   *   (its words are what a question quoting it should match).
   */
  constructor(
    entries: ReadonlyArray<readonly [string, string]>,
    stems: Stemmer[],
    literal: (phrase: string) => boolean = () => false,
    /** Whether a word may also match by its start ("echa" for "echar"): for a stemmer that leaves short verbs whole. */
    private readonly byEnding = false,
    /** Words of degree a speaker may put inside an idiom ("play your cards so close to the chest"): passed over there. */
    insertable: ReadonlyArray<string> = [],
  ) {
    this.insertable = new Set(insertable);
    this.stems = stems;
    for (const [idiom, plain] of entries) {
      const words = tokens(idiom.replace(/\*/g, ` ${SLOT} `)).map((t) => (t.word === SLOT ? '*' : t.word));
      if (!words.length || words[0] === '*' || literal(words.filter((w) => w !== '*').join(' '))) continue;
      const terms = words.map((w) => (w === '*' ? w : this.term(w)));
      words.forEach((w, k) => w === terms[k] && this.whole.add(w));
      const list = this.byFirst.get(keyOf(terms[0])) ?? [];
      list.push({ terms, plain });
      this.byFirst.set(keyOf(terms[0]), list);
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /**
   * The message with every idiom in it replaced by its plain meaning; the rest as typed. With `useful`, a meaning keeps
   * only its words that are (words nobody can match only weigh a question down: "shown the door" → "expel remove",
   * not "expel remove dismiss"): `'content'` for a word of content kept, true for a small word kept; a meaning that
   * keeps too little of its sense (`usefulMeaning`) leaves the idiom as typed.
   */
  rewrite(message: string, useful?: (word: string) => boolean | 'content', pick?: number): string {
    return this.replaceIdioms(message, (idiom, slot) => {
      let meaning = useful ? this.usefulMeaning(idiom.plain, useful) : idiom.plain;
      if (meaning === undefined) return undefined;
      // (One word of the meaning alone, the `pick`th of its words of meaning: "center breeding ground" read as
      // "center", then as "ground"…)
      if (pick !== undefined) {
        const words = meaning.split(/\s+/).filter((w) => w !== '*' && (!useful || useful(w) === 'content'));
        if (pick >= words.length || words.length < 2) return undefined;
        meaning = meaning.includes('*') ? `${words[pick]} *` : words[pick];
      }
      return meaning.includes('*') ? meaning.replace('*', slot) : `${meaning}${slot ? ` ${slot}` : ''}`;
    });
  }

  /** The message without its idioms: what it says besides them ("is the kitchen a hot zone?" → "is the kitchen a ?"). */
  without(message: string): string {
    return this.replaceIdioms(message, (_, slot) => (slot ? ` ${slot} ` : ''));
  }

  /**
   * The message with each idiom found in it replaced by what `by` gives for it and its slot's words (undefined: left as
   * typed); the rest as typed.
   */
  private replaceIdioms(message: string, by: (idiom: Idiom, slot: string) => string | undefined): string {
    if (!this.byFirst.size) return message;
    const toks = tokens(message);
    const parts: string[] = [];
    let cursor = 0;
    for (let i = 0; i < toks.length; ) {
      const found = this.matchAt(toks, i);
      // A word joined to another by a symbol ("R&D", "w/o", "U.S.") is part of that, not the idiom or shorthand.
      const word = /[\p{L}\p{N}]/u;
      const joinedAt = (symbol: number, beyond: number) => JOINERS.has(message[symbol] ?? '') && word.test(message[beyond] ?? '');
      const joined = found && (joinedAt(toks[i].start - 1, toks[i].start - 2) || joinedAt(toks[found.next - 1].end, toks[found.next - 1].end + 1));
      if (!found || joined) {
        i++;
        continue;
      }
      const replaced = by(found.idiom, found.slot.map((t) => message.slice(t.start, t.end)).join(' '));
      if (replaced !== undefined) {
        parts.push(message.slice(cursor, toks[i].start), replaced);
        cursor = toks[found.next - 1].end;
      }
      i = found.next;
    }
    if (!parts.length) return message;
    parts.push(message.slice(cursor));
    return parts.join('');
  }

  /**
   * The meaning's words `useful` keeps — when they keep its sense: at least one word of content (`useful` says
   * "content" of it; a small word it keeps, true, is none), half of its words of content at least, and not one alone
   * of several ("blame" alone is not "betray blame", for "thrown under the bus"). Else none.
   */
  private usefulMeaning(plain: string, useful: (word: string) => boolean | 'content'): string | undefined {
    const words = plain.split(/\s+/).filter(Boolean);
    const judged = words.map((w) => (w === '*' ? true : useful(w)));
    const content = judged.filter((j) => j !== true).length;
    const kept = judged.filter((j) => j === 'content').length;
    // (One word kept of several is a guess at the sense: "betray blame" is not "blame".)
    if (!kept || kept * 2 < content || (kept === 1 && content > 1)) return undefined;
    return words.filter((_, k) => judged[k]).join(' ');
  }

  private term(word: string): string {
    return this.stems[0] ? this.stems[0](word) : word;
  }

  /** Same term (by the language's stemmer), or — where asked for — a form of a verb the stemmer leaves whole. */
  private alike(idiomTerm: string, word: string): boolean {
    // ("bot" is no form of "botar", whose stem it is: a word is its own stem only where the idiom says it so.)
    if (idiomTerm === word) return this.whole.has(word);
    if (this.stems.some((s) => s(word) === idiomTerm)) return true;
    // (Only an infinitive the idiom writes whole: "punter" of "puntero" or "mar" of "mara" is no verb.)
    if (!this.byEnding || !/(?:ar|er|ir)$/.test(idiomTerm) || !this.whole.has(idiomTerm)) return false;
    // A verb's root without its infinitive ending ("ech" of "echar"), then a short ending of its own ("echa", "echan").
    const root = idiomTerm.length >= MIN_SHARED_START + 1 ? idiomTerm.replace(/(?:ar|er|ir)$/, '') : idiomTerm;
    return root.length >= MIN_SHARED_START - 1 && word.length > root.length && word.startsWith(root) && word.length - root.length <= MAX_OTHER_ENDING;
  }

  private matchAt(toks: Token[], i: number): { idiom: Idiom; next: number; slot: Token[] } | undefined {
    const first = toks[i].word;
    const candidates = new Set<Idiom>();
    for (const key of new Set([first, ...this.stems.map((s) => s(first))].map(keyOf))) for (const idiom of this.byFirst.get(key) ?? []) candidates.add(idiom);
    let best: { idiom: Idiom; next: number; slot: Token[] } | undefined;
    for (const idiom of candidates) {
      const m = this.matchFrom(idiom.terms, 0, toks, i, []);
      if (m && (!best || idiom.terms.length > best.idiom.terms.length)) best = { idiom, ...m };
    }
    return best;
  }

  /** Matches `terms[k..]` against the message from token `i`; a slot takes the fewest words that let the rest match. */
  private matchFrom(terms: string[], k: number, toks: Token[], i: number, slot: Token[]): { next: number; slot: Token[] } | undefined {
    if (k === terms.length) return { next: i, slot };
    if (terms[k] === '*') {
      for (let n = 1; n <= MAX_SLOT_WORDS && i + n <= toks.length; n++) {
        const m = this.matchFrom(terms, k + 1, toks, i + n, [...slot, ...toks.slice(i, i + n)]);
        if (m) return m;
      }
      return undefined;
    }
    // ("cards so close to the chest": up to `MAX_INSERTED` words of degree inside the idiom, after its first word and
    // with no pause around them, are passed over — "a game, even changer" is no "game changer".)
    if (k > 0 && i < toks.length && this.insertable.has(toks[i].word) && !this.alike(terms[k], toks[i].word)) {
      let j = i;
      while (j < toks.length && j - i < MAX_INSERTED && this.insertable.has(toks[j].word) && !toks[j].afterPause) j++;
      if (j > i && j < toks.length && !toks[j].afterPause && !this.insertable.has(toks[j].word)) {
        const m = this.matchFrom(terms, k, toks, j, slot);
        if (m) return m;
      }
    }
    if (i >= toks.length || !this.alike(terms[k], toks[i].word)) {
      // An article of the idiom may go unsaid: "sing like canaries" is "sing like a canary".
      // (Not after a slot, which would take the article itself: "show them the door".)
      return ARTICLES.has(terms[k]) && k > 0 && terms[k - 1] !== '*' ? this.matchFrom(terms, k + 1, toks, i, slot) : undefined;
    }
    return this.matchFrom(terms, k + 1, toks, i + 1, slot);
  }
}
