// Turns a question or a phrasing into matchable terms: normalise, translate Spanish, drop filler, fix typos, stem, map synonyms.
import Fuse from 'fuse.js';
import { newStemmer } from 'snowball-stemmers';
import { ARTICLE_WORDS, FILLER_PHRASES, SPANISH_MARKERS, SPANISH_STOP_WORDS, STOP_WORDS } from './stop-words';

/** Question-type cues: what kind of answer the question wants. */
export type Cue = 'count' | 'amount' | 'why' | 'who' | 'agent' | 'named' | 'subset' | 'duration' | 'when' | 'where' | 'which' | 'list' | 'define' | 'since' | 'reaction';

export interface Analysis {
  /** Canonical stems, in order, without duplicates. */
  terms: string[];
  /**
   * Share of a term's weight, per term: the words of a multi-word concept ("united states", "law enforcement")
   * split one concept's weight instead of counting it twice.
   */
  shares: number[];
  cues: Set<Cue>;
  language: 'en' | 'es';
  /** Words that were fuzzy-corrected: typed → corrected. */
  corrections: Array<[string, string]>;
}

export interface AnalyzerOptions {
  synonyms: string[][];
  spanish: Record<string, string>;
  /** English text of the knowledge: decides which words are English when a question mixes languages. */
  englishText: string[];
  /** Real English words are never "corrected" into knowledge words (default: none known). */
  isEverydayWord?: (word: string) => boolean;
}

const PARTICLES = new Set(['out', 'back', 'over', 'down', 'away', 'off']);
const OBJECT_WORDS = new Set('them him her it these those people guys suspects folks men members everyone everybody all 26 individuals deportees'.split(' '));
const DETERMINERS = new Set('the these those all 26 some its their his her'.split(' '));

/**
 * "kicking people out", "sent the suspects back", "hand them over" → the verb and its particle side by side
 * ("kicking out people"), so the phrasal verb means what it means when written unbroken.
 */
export function joinPhrasalVerbs(words: string[]): string[] {
  let out = words;
  for (let i = 0; i + 2 < out.length; i++) {
    // The verb is a content word: "is it over" and "are they all out" stay as typed.
    if (OBJECT_WORDS.has(out[i]) || DETERMINERS.has(out[i]) || STOP_WORDS.has(out[i])) continue;
    const objectLength = DETERMINERS.has(out[i + 1]) && OBJECT_WORDS.has(out[i + 2]) && PARTICLES.has(out[i + 3]) ? 2 : OBJECT_WORDS.has(out[i + 1]) && PARTICLES.has(out[i + 2]) ? 1 : 0;
    if (!objectLength) continue;
    if (out === words) out = [...words];
    const object = out.slice(i + 1, i + 1 + objectLength);
    out.splice(i + 1, objectLength + 1, out[i + 1 + objectLength], ...object);
  }
  return out;
}

/** Misspelt question words, fixed before cues are read ("wich cartels" asks "which"). */
const QUESTION_WORD_TYPOS = new Map<string, string>(Object.entries({
  wich: 'which',
  whcih: 'which',
  whihc: 'which',
  wat: 'what',
  wut: 'what',
  waht: 'what',
  wen: 'when',
  wehn: 'when',
  wher: 'where',
  whre: 'where',
  hwo: 'how',
  hw: 'how',
  hos: 'how',
  hwy: 'why',
  mny: 'many',
  meny: 'many',
  mutch: 'much',
  wy: 'why',
}));

/** The term every "article" word becomes: it says "about the article" and weighs little. */
export const ARTICLE_TERM = '~article';

/** Questions longer than this are cut before analysis, so matching time stays bounded whatever is pasted in. */
export const MAX_QUESTION_CHARS = 1000;
const MAX_TERMS = 48;
const MIN_FUZZY_LENGTH = 4;

const english = newStemmer('english');
const spanishStemmer = newStemmer('spanish');

/** Lower-cases, strips accents and possessives, and splits into plain words. */
export function normalizeWords(text: string): string[] {
  const clipped = text.slice(0, MAX_QUESTION_CHARS);
  // Most knowledge text is plain ASCII: it needs no accent folding.
  return (/^[\x00-\x7f]*$/.test(clipped) ? clipped : clipped.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Words after which a lower-case "us" is the pronoun ("tell us", "for us"), not the United States. */
const US_PRONOUN_AFTER = new Set(
  'tell tells told give gives gave show shows showed let lets for to help helps affect affects affected affecting hurt hurts of with about teach remind protect protects make makes among you all keep keeps bring brings against from by like between'.split(' '),
);

/**
 * "US", "U.S.", "the us", "us-mexico" → "united states", so every way of naming the country is one concept; the
 * pronoun ("tell us", "for us") is dropped; "United Nations" becomes one word of its own.
 */
function resolveUs(words: string[]): string[] {
  if (!words.includes('us') && !words.includes('u') && !words.includes('nations')) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'united' && words[i + 1] === 'nations') {
      // The United Nations is not the United States.
      out.push('unitednations');
      i++;
    } else if (w === 'u' && words[i + 1] === 's') {
      out.push('united', 'states');
      i++;
      if (words[i + 1] === 'a') i++;
    } else if (w === 'us') {
      const before = words[i - 1];
      if (!before || !US_PRONOUN_AFTER.has(before) || words[i + 1] === 'mexico') out.push('united', 'states');
    } else out.push(w);
  }
  return out;
}

/** Words the Porter stemmer folds into a different word ("nationality" → "nation"): kept apart. */
const STEM_OVERRIDES = new Map<string, string>(Object.entries({
  nationality: 'nationality',
  nationalities: 'nationality',
  nationals: 'nationality',
  policy: 'policy',
  policies: 'policy',
  // A military "unit" is not the United States ("united" stems to "unit").
  unit: 'unit-',
  units: 'unit-',
  // "office" is not "officer" (both stem to "offic").
  office: 'office',
  offices: 'office',
  // "effective" is not "effect": "does it work / is it effective" asks about effectiveness, not about the effects.
  effective: 'effective',
  effectively: 'effective',
  effectiveness: 'effective',
  ineffective: 'effective',
  general: 'general',
  generally: 'general',
}));

/** Prefixes the stemmer folds too far, however the word ends (typos included: "nationalitys"). */
const STEM_PREFIXES: Array<[string, string]> = [['nationalit', 'nationality']];

/**
 * Irregular verb forms → base form (WordNet's exception list, via wink-lexicon): the stemmer leaves "sent", "took",
 * "brought" alone, so "the message sent" would miss "send a message". Forms that are also common words with another
 * meaning ("found", "left", "fed") keep their own stem, and so does "wrote": "who wrote it" asks for an author the
 * article does not name, where "writing" is chat.
 */
const VERB_BASE = new Map(Object.entries(require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>));
const OWN_MEANING = new Set('found fed left ground lay rose wound bound saw spoke lent felt shed axes wrote'.split(' '));

function baseForm(word: string): string {
  const base = VERB_BASE.get(word);
  return base === undefined || OWN_MEANING.has(word) ? word : base;
}

const stemCache = new Map<string, string>();
/** English stem of a word, memoised: a knowledge base of thousands of passages repeats its words. */
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = STEM_OVERRIDES.get(word) ?? STEM_PREFIXES.find(([p]) => word.startsWith(p))?.[1] ?? (/^\d+$/.test(word) ? word : english.stem(baseForm(word)));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const spanishStemCache = new Map<string, string>();

/** Snowball Spanish stem, cached like `stem` (language detection asks for the same words again and again). */
function spanishStem(word: string): string {
  let s = spanishStemCache.get(word);
  if (s === undefined) {
    s = spanishStemmer.stem(word);
    if (spanishStemCache.size > 200_000) spanishStemCache.clear();
    spanishStemCache.set(word, s);
  }
  return s;
}

const CUE_PATTERNS: Array<[Cue, RegExp]> = [
  ['count', /\b(how many|number of|count of|head ?count|tally|in total|cuantos|cuantas)\b/],
  // "How much does the US spend" asks for a sum; "how much does the border's size matter" asks for a degree.
  ['amount', /^(?!(?!.*\b(?:money|dollars?|spend|spent|spending|costs?|budget)\b).*\b(?:how much|cuanto) (?:\w+ ){0,8}?(?:matters?|help|helps|affects?|impacts?|influence|hurts?|change|changes|weaken|disrupts?|damages?|importa|afecta)\b).*\b(how much|cuanto(?! tiempo| dura)|cuanta|dollars?|revenue|budget|cost|worth|statistics|stats|percentage|percent|rates?|numbers on|data on|estadisticas|cifras|tasa)\b/],
  ['why', /\b(why|reason|reasons|por que|motivo)\b/],
  // "when", "who" and "where" ask only at the start or before a verb: "what happens when…" is not a date question.
  ['who', /^(who|whom|whose)\b|\bwho exactly\b|\bnames?\b|\bquien(es)?\b/],
  // How long something lasts or took: the article gives no durations, only "temporarily" and "long-term".
  ['duration', /\b(how long|how quickly|how soon|how fast|cuanto tiempo|cuanto dura|cuanto duro)\b/],
  // Facts about particular ones of the 26 ("did any of them become informants?"): the article speaks only of all of them.
  ['subset', /\b(?:any|some|one|none|all|most|each|either|which|how many) of (?:the |these |those )?(?:26|them|expelled|deportees|suspects|individuals|people expelled|men)\b|\b(?:alguno|algunos|ninguno|cuantos|cuales) de (?:los |estos |esos )?(?:26|ellos|expulsados|deportados)\b/],
  // Which named body, place or text: the article names none but Mexico and the US ("which ministry carried it out?").
  [
    'named',
    /\b(?:which|what|name (?:a|the|some|any|one))\s+(?:(?!(?:is|are|was|were|do|does|did|should|can|could|would|will|about|kind|type|sort|the|this|that|it|happens?|happened|becomes?|became)\b)\w+\s+){0,2}?(?:ministry|ministries|agency|agencies|department|departments|unit|units|officials?|company|companies|firms?|outlets?|newspapers?|banks?|(?<!united )states|city|cities|prisons?|courts?|judges?|laws?|treaty|treaties|programs?|programmes?|operations?|politicians?|ministers?|president|leaders?|universit(?:y|ies)|studies|study|routes?)\b|\bwhich (?:\w+ ){1,3}(?:is|are|was|were) (?:the )?(?:most|least|biggest|largest|strongest|worst|best|main|top)\b/,
  ],
  // Who did it, not who it was done to: "who expelled them?" (Mexico) against "who was expelled?" (26 suspects).
  [
    'agent',
    /(?<!\b(?:a|to) )\b(?:who|which (?:country|government|side|nation)|what (?:country|government|nation)|quien|que pais|que gobierno)\s+(?:(?:actually|really|los|les)\s+)?(?:expelled|expels|deported|deports|removed|ousted|kicked|booted|threw|sent|handed|carried|ordered|led|did (?:the|it|this|that)|(?:is|was|were) (?:responsible|behind)|expulso|deporto|saco|corrio|hizo)\b/,
  ],
  ['when', /^when\b|\bwhen (did|was|were|is|will|does|do|exactly)\b|\b((?:what|which) (?:exact |specific |precise |actual )?(?:date|day|year|month)|the (?:exact |specific |precise |actual )?date|cuando|fecha)\b/],
  // …but "where does the article mention it?" asks for a passage, not a place.
  ['where', /^where\b(?! (?:does|do|did|is) (?:the |this )?(?:article|piece|story|text|author|writer|report|it) )|\bwhere (did|was|were|is|are|will|does|do|exactly|to)\b(?! (?:the |this )?(?:article|piece|story|text|author|writer|report|it) )|\b(which country|what country|donde)\b/],
  ['which', /\b(which|what kind of|what type of|what sort of|cual|cuales|de que)\b/],
  ['list', /\b(list|what are|which are|elements|components|effects|ways|steps|key|main)\b/],
  ['define', /^(what is|what s|whats|define|meaning of|que es)\b/],
  // What somebody said or how they reacted: the article quotes nobody ("what did the ambassador say?").
  ['reaction', /\b(?:did|has|have) (?:the |any |a )?(?!it |they |this |that )(?:(?!(?:article|piece|story|author|writer|report|text)\b)\w+ ){1,5}(?:say|said|comment|commented|react|reacted|respond|responded)\b|\b(?:statements?|reactions?|reacted|responded|commented|spokes(?:man|woman|person))\b/],
  // What happened after the article, or before it: it cannot know ("any arrests yet?", "how many last year?").
  ['since', /\b((?<!known )yet|already|currently|right now$|so far|since then|as of now|at the moment|latest|nowadays|these days|last year|previous years?|years? ago|in the past|previously|ever before|(?:has|have|had)(?: \w+){0,3} ever|(?:has|have|had)(?: \w+){0,6} been (?:cut|increased|reduced|raised|slashed|boosted|doubled|expanded)|gone (?:up|down)|risen|fallen|spiked|surged|plummeted|(?:like this|this) before|before$|how often|how many times|for comparison|todavia|actualmente|ahorita|hasta ahora|el ano pasado|cuantas veces|en el pasado|anteriormente|ahora mismo$|con que frecuencia)\b/],
];

/** Function words only English uses: enough of them make a sentence English whatever names it quotes. */
const ENGLISH_MARKERS = new Set(
  'the is are was were does did do what how why and of to about this that with have has it they she he you my your any anything say says from who which when where will would could should not in on at for by can there if or be been today tomorrow please'.split(' '),
);

/** Builds the analyzer for one knowledge base. Vocabulary for typo correction is added with `learn`. */
export class Analyzer {
  private readonly spanishPhrases = new Map<string, string[]>();
  private readonly spanishStems = new Map<string, string[]>();
  private readonly maxSpanishPhrase: number;
  private readonly synonymPhrases = new Map<string, string[]>();
  private readonly maxSynonymPhrase: number;
  /** Multi-word synonyms keyed by the stems of all their words, stop words included ("go after", "keep an eye on"). */
  private readonly idiomPhrases = new Map<string, string[]>();
  /** First stem of each multi-word idiom → the idioms' lengths, longest first: most words start none. */
  private readonly idiomStarts = new Map<string, number[]>();
  private readonly spanishStarts = new Set<string>();
  private readonly synonymStarts = new Set<string>();
  private readonly englishWords = new Set<string>();
  private readonly knownStems = new Set<string>();
  /** Words typos are corrected against, per language: an English typo must not become a Spanish word. */
  private readonly vocabulary = { en: new Set<string>(), es: new Set<string>() };
  private fuzzy = { en: new Map<string, () => Fuse<string>>(), es: new Map<string, () => Fuse<string>>() };
  private fuzzyDirty = true;
  private readonly correctionCache = new Map<string, string | null>();

  readonly isEverydayWord: (word: string) => boolean;

  constructor(opts: AnalyzerOptions) {
    this.isEverydayWord = opts.isEverydayWord ?? (() => false);
    for (const text of opts.englishText) for (const w of normalizeWords(text)) this.englishWords.add(w);
    let maxEs = 1;
    for (const [key, value] of Object.entries(opts.spanish)) {
      const words = normalizeWords(key);
      if (!words.length) continue;
      const target = normalizeWords(value);
      this.spanishPhrases.set(words.join(' '), target);
      if (words.length > 1) this.spanishStarts.add(words[0]);
      if (words.length === 1) this.spanishStems.set(spanishStem(words[0]), target);
      maxEs = Math.max(maxEs, words.length);
    }
    this.maxSpanishPhrase = maxEs;
    let maxSyn = 1;
    for (const group of opts.synonyms) {
      const head = normalizeWords(group[0]).filter((w) => !STOP_WORDS.has(w));
      // A group headed by an "article" word ("summary": "in a sentence", "in a nutshell") means the article itself.
      const canonical = head.length && head.every((w) => ARTICLE_WORDS.has(w)) ? [ARTICLE_TERM] : this.stemAll(head);
      if (!canonical.length) continue;
      for (const member of group) {
        const all = normalizeWords(member);
        if (all.length >= 2) this.addIdiom(all, canonical);
        const key = this.stemAll(all.filter((w) => !STOP_WORDS.has(w)));
        // "on many fronts" must not make every "front" mean multifaceted: a phrase that shrinks to one word
        // without its stop words is matched whole (as an idiom above), never as that word alone.
        if (!key.length || (all.length > 1 && key.length === 1)) continue;
        // The first group to claim a word keeps it: synonyms.yaml reads top-down.
        if (!this.synonymPhrases.has(key.join(' '))) this.synonymPhrases.set(key.join(' '), canonical);
        if (key.length > 1) this.synonymStarts.add(key[0]);
        maxSyn = Math.max(maxSyn, key.length);
      }
    }
    this.maxSynonymPhrase = maxSyn;
    for (const phrase of FILLER_PHRASES) this.addIdiom(normalizeWords(phrase), []);
    for (const w of STOP_WORDS) if (w.length >= MIN_FUZZY_LENGTH) this.vocabulary[SPANISH_STOP_WORDS.has(w) ? 'es' : 'en'].add(w);
    for (const w of ARTICLE_WORDS) if (w.length >= MIN_FUZZY_LENGTH) this.vocabulary.en.add(w);
    for (const key of this.spanishPhrases.keys()) for (const w of key.split(' ')) if (w.length >= MIN_FUZZY_LENGTH) this.vocabulary.es.add(w);
    for (const group of opts.synonyms) for (const member of group) this.learn(member);
  }

  /** A multi-word phrase matched whole, stop words included, and read as `canonical` (nothing, for chat filler). */
  private addIdiom(words: string[], canonical: string[]): void {
    const key = this.stemAll(words).join(' ');
    if (this.idiomPhrases.has(key)) return;
    this.idiomPhrases.set(key, canonical);
    const lengths = this.idiomStarts.get(stem(words[0])) ?? [];
    if (!lengths.includes(words.length)) this.idiomStarts.set(stem(words[0]), [...lengths, words.length].sort((a, b) => b - a));
  }

  /** Adds the words of an English knowledge text to the vocabulary that typos are corrected against. */
  learn(text: string): void {
    const words = normalizeWords(text);
    this.learnWords(words, this.detectLanguage(text, words));
  }

  /** Spanish phrasings teach the Spanish typo vocabulary; English text the English one. */
  private learnWords(words: string[], language: 'en' | 'es'): void {
    const vocabulary = this.vocabulary[language];
    for (const w of words) {
      if (vocabulary.has(w)) continue;
      if (!STOP_WORDS.has(w)) this.knownStems.add(stem(w));
      if (w.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(w) && (language === 'es' || this.englishWords.has(w) || !this.spanishPhrases.has(w))) {
        vocabulary.add(w);
        this.fuzzyDirty = true;
      }
    }
  }

  /**
   * Analyses knowledge text (phrasings, answers): no typo correction, since the knowledge defines the vocabulary.
   * With `learn`, its words also join that vocabulary (one pass over the text).
   */
  analyzeKnown(text: string, learn = false): Analysis {
    return this.run(text, false, learn);
  }

  /** Analyses a user's question, correcting typos against the knowledge's vocabulary. */
  analyze(text: string): Analysis {
    return this.run(text, true);
  }

  private run(text: string, correct: boolean, learn = false): Analysis {
    let words = resolveUs(normalizeWords(text));
    const typed = words.join(' ');
    const language = this.detectLanguage(text, words);
    if (learn) this.learnWords(words, language);
    words = this.translateSpanish(words, language);
    if (language === 'en') words = joinPhrasalVerbs(words);
    if (correct) words = words.map((w) => QUESTION_WORD_TYPOS.get(w) ?? w);
    // "Name the effects…" asks for a list, not for names.
    if (words[0] === 'name' && words[1] !== 'of') words = ['list', ...words.slice(1)];
    const joined = words.join(' ');
    const cues = new Set<Cue>();
    // Spanish cues are read as typed too: "el año pasado" asks about last year before it is translated word by word.
    for (const [cue, re] of CUE_PATTERNS) if (re.test(joined) || (language === 'es' && re.test(typed))) cues.add(cue);

    const corrections: Array<[string, string]> = [];
    const stems: string[] = [];
    const wordStems = words.map(stem);
    for (let i = 0; i < words.length; i++) {
      const idiom = this.matchIdiom(wordStems, i);
      if (idiom) {
        stems.push(...idiom.canonical);
        i += idiom.length - 1;
        continue;
      }
      const w = words[i];
      if (STOP_WORDS.has(w) || STOP_WORDS.has(baseForm(w))) continue;
      if (ARTICLE_WORDS.has(w)) {
        stems.push(ARTICLE_TERM);
        continue;
      }
      let s = stem(w);
      if (correct && !this.knownStems.has(s) && w.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(w)) {
        const fixed = this.correct(w, language);
        if (fixed) {
          corrections.push([w, fixed]);
          const fixedWords = this.translateSpanish([fixed], 'es' === language ? 'es' : 'en');
          if (fixedWords.every((x) => ARTICLE_WORDS.has(x))) {
            stems.push(ARTICLE_TERM);
            continue;
          }
          const kept = fixedWords.filter((x) => !STOP_WORDS.has(x) && !ARTICLE_WORDS.has(x));
          if (!kept.length) continue;
          for (const k of kept.slice(0, -1)) stems.push(stem(k));
          s = stem(kept[kept.length - 1]);
        }
      }
      stems.push(s);
    }
    const terms: string[] = [];
    const share = new Map<string, number>();
    for (let i = 0; i < stems.length && terms.length < MAX_TERMS; ) {
      let matched = false;
      const longest = this.synonymStarts.has(stems[i]) ? Math.min(this.maxSynonymPhrase, stems.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const canonical = this.synonymPhrases.get(n === 1 ? stems[i] : stems.slice(i, i + n).join(' '));
        if (canonical) {
          terms.push(...canonical);
          for (const t of canonical) share.set(t, Math.max(share.get(t) ?? 0, 1 / canonical.length));
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) {
        share.set(stems[i], 1);
        terms.push(stems[i++]);
      }
    }
    const unique = [...new Set(terms)];
    return { terms: unique, shares: unique.map((t) => share.get(t) ?? 1), cues, language, corrections };
  }

  /** The longest multi-word synonym starting at word i, matched on stems with stop words kept. */
  private matchIdiom(wordStems: string[], i: number): { canonical: string[]; length: number } | undefined {
    const lengths = this.idiomStarts.get(wordStems[i]);
    if (!lengths) return undefined;
    for (const n of lengths) {
      if (i + n > wordStems.length) continue;
      const canonical = this.idiomPhrases.get(wordStems.slice(i, i + n).join(' '));
      if (canonical) return { canonical, length: n };
    }
    return undefined;
  }

  /**
   * Spanish when it says so (¿, ¡), when it has accents and is not plainly English around a quoted name, or when more
   * of its words are Spanish than English.
   */
  private detectLanguage(raw: string, words: string[]): 'en' | 'es' {
    if (/[¿¡]/.test(raw)) return 'es';
    if (!words.length) return 'en';
    let spanish = 0;
    let english = 0;
    for (const w of words) {
      if (SPANISH_MARKERS.has(w)) spanish++;
      // A Spanish word, or a form of one ("compartida" of "compartir"), that English does not use.
      else if (!this.englishWords.has(w) && (this.spanishPhrases.has(w) || (w.length >= 5 && this.spanishStems.has(spanishStem(w))))) spanish++;
      else if (ENGLISH_MARKERS.has(w)) english++;
    }
    // Accents mark Spanish, unless they are a name in an English sentence ("my roommate is from Juárez and she says…").
    if (/[áéíóúñ]/i.test(raw)) return english >= 3 && english > 2 * (spanish + 1) ? 'en' : 'es';
    return (spanish >= 2 || spanish / words.length >= 0.3) && spanish > english ? 'es' : 'en';
  }

  /** Replaces Spanish words and phrases by their English equivalents (longest phrase first). */
  private translateSpanish(words: string[], language: 'en' | 'es'): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let done = false;
      const longest = this.spanishStarts.has(words[i]) ? Math.min(this.maxSpanishPhrase, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const key = n === 1 ? words[i] : words.slice(i, i + n).join(' ');
        const target = this.spanishPhrases.get(key);
        // In an English question, a single word that English also uses stays English.
        if (target && (language === 'es' || n > 1 || !this.englishWords.has(key))) {
          out.push(...target);
          i += n;
          done = true;
          break;
        }
      }
      if (done) continue;
      const w = words[i++];
      const viaStem = language === 'es' && !this.englishWords.has(w) && !STOP_WORDS.has(w) ? this.spanishStems.get(spanishStem(w)) : undefined;
      if (viaStem) out.push(...viaStem);
      else out.push(w);
    }
    return out;
  }

  /** The closest vocabulary word to a typo, or null. fuse.js scores short strings well: this is its job here. */
  private correct(word: string, language: 'en' | 'es'): string | null {
    const cacheKey = `${language}:${word}`;
    const cached = this.correctionCache.get(cacheKey);
    if (cached !== undefined) return cached;
    // A real English word is not a typo, in an English question or in Spanglish ("weather in el paso" is not "whether").
    if (this.isEverydayWord(word)) return null;
    if (this.fuzzyDirty) this.rebuildFuzzy();
    // fuse.js proposes candidates; an edit-distance check keeps only real typos (one slip in a short word, two from
    // seven letters: "artical").
    const maxEdits = word.length >= 7 ? 2 : 1;
    let best: string | null = null;
    // The fewest edits wins; between equals, the word with the same letters ("peice" is "piece" swapped, not "price").
    const sorted = [...word].sort().join('');
    for (const lang of language === 'es' ? (['es', 'en'] as const) : (['en'] as const)) {
      const fuse = this.fuzzy[lang].get(word[0])?.();
      if (!fuse) continue;
      let bestCost = Infinity;
      for (const { item } of fuse.search(word, { limit: 10 })) {
        const edits = editDistance(word, item);
        // Between equally close words: the same letters ("peice" → piece), then a word over a function word ("happend"
        // → happened, not happens).
        const cost = edits + ([...item].sort().join('') === sorted ? 0 : 0.5) + (STOP_WORDS.has(item) ? 0.2 : 0);
        if (edits <= maxEdits && cost < bestCost) [best, bestCost] = [item, cost];
      }
      if (best) break;
    }
    if (this.correctionCache.size > 5000) this.correctionCache.clear();
    this.correctionCache.set(cacheKey, best);
    return best;
  }

  private rebuildFuzzy(): void {
    this.fuzzy = { en: bucketed(this.vocabulary.en), es: bucketed(this.vocabulary.es) };
    this.fuzzyDirty = false;
    this.correctionCache.clear();
  }

  private stemAll(words: string[]): string[] {
    return words.map(stem);
  }
}

/** Typos rarely change the first letter: one small fuse.js index per first letter keeps each lookup short. */
function bucketed(words: Set<string>): Map<string, () => Fuse<string>> {
  const buckets = new Map<string, string[]>();
  for (const w of words) {
    const list = buckets.get(w[0]);
    if (list) list.push(w);
    else buckets.set(w[0], [w]);
  }
  // Each letter's index is built the first time a typo starting with that letter needs it.
  return new Map(
    [...buckets].map(([letter, list]) => {
      let fuse: Fuse<string> | undefined;
      const get = () => (fuse ??= new Fuse(list, { includeScore: true, threshold: 0.45, ignoreLocation: true, minMatchCharLength: 2, isCaseSensitive: true }));
      return [letter, get];
    }),
  );
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swapped neighbours ("trsut"). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

