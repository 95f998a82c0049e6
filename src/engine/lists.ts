// Lists are structure: a section's items answer positions ("number two", "the final one"), counts and "which of them…".
import type { Dialogue, Section } from '../knowledge/types';
import { editDistance, normalizeWords } from './analyzer';
import { CLAUSE_END } from './normalise';

/** Position words are long enough to misspell: "thrid", "secnd", "fouth" are one slip from the word meant. */
const MIN_MISSPELT_POSITION = 5;

/**
 * The position word a word is, or is one slip (a letter added, dropped, changed or swapped) from — unless it is a real
 * word of its own ("fist" is not a misspelt "first").
 */
function positionWord(word: string, d: Dialogue, isRealWord: (w: string) => boolean): string {
  if (d.ordinals[word] || word.length < MIN_MISSPELT_POSITION || /\d/.test(word) || isRealWord(word)) return word;
  let byLength = positionWordsOf.get(d);
  if (!byLength) {
    byLength = new Map();
    for (const w of [...Object.keys(d.ordinals), ...d.last_words, ...d.penultimate_words])
      if (w.length >= MIN_MISSPELT_POSITION) byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
    positionWordsOf.set(d, byLength);
  }
  // (One edit changes the length by one at most: words of other lengths need no distance worked out.)
  const near: string[] = [];
  for (const n of [word.length - 1, word.length, word.length + 1]) for (const w of byLength.get(n) ?? []) if (editDistance(w, word) === 1) near.push(w);
  return near.length === 1 ? near[0] : word;
}

interface ListWordSets {
  nouns: Set<string>;
  determiners: Set<string>;
  trailing: Set<string>;
  loose: Set<string>;
}

/** The word sets `readListAsk` reads with, made once per word data and list labels. */
function listWordSets(d: Dialogue, labels: string[]): ListWordSets {
  const key = labels.join('|');
  const kept = listWordSetsOf.get(d);
  if (kept?.key === key) return kept.sets;
  const sets: ListWordSets = {
    // The lists' own labels are nouns for their items too ("how many tips…" when items are titled "Tip: …").
    nouns: new Set([...d.list_nouns, ...labels.flatMap((l) => { const w = l.split(' ').pop()!; return [w, `${w}s`]; })]),
    determiners: new Set(d.position_determiners),
    trailing: new Set(d.position_trailing),
    loose: new Set(d.loose_list_nouns),
  };
  listWordSetsOf.set(d, { key, sets });
  return sets;
}

const listWordSetsOf = new WeakMap<Dialogue, { key: string; sets: ListWordSets }>();

/** The words of position a misspelling may be one edit from, by length, per word data. */
const positionWordsOf = new WeakMap<Dialogue, Map<number, string[]>>();

/** A section whose list items the article enumerates, in order. */
export interface ArticleList {
  /** The section that introduces the list. */
  id: string;
  /** What one item is called, from the items' titles ("Label: name" → "label"); may be empty. */
  label: string;
  /**
   * Other words that name the list: a list the article opens with a contrast after what its subject cannot do
   * ("It won't fix everything. However, it can: - …") lists its upsides (`upside_list_nouns`: "the benefits").
   */
  aliases: string[];
  items: Section[];
}

/** What a message asks of a list: some positions, how many there are, or which one is about something. */
export type ListAsk =
  | { kind: 'positions'; positions: number[] }
  | { kind: 'relative'; offset: number; anchor?: string }
  | { kind: 'count' }
  /** "what number is X in the list?": where an item stands (with any positions the message gave). */
  | { kind: 'rank'; positions: number[] }
  | { kind: 'which' }
  /** "the economic one": the item a word of its own names. */
  | { kind: 'named'; word: string };

/** The lists of the article: every section with two or more items. */
export function buildLists(sections: Section[], d?: Dialogue): ArticleList[] {
  const lists: ArticleList[] = [];
  for (const s of sections) {
    if (s.parent) continue;
    const items = sections.filter((i) => i.parent === s.id);
    if (items.length < 2) continue;
    const labels = items.map((i) => (i.title.includes(':') ? i.title.slice(0, i.title.indexOf(':')).trim().toLowerCase() : ''));
    // (The sentence that opens the items ends in, or names them after, a colon: "However, these can: a, b and c.")
    const leadIns = s.text.split(/(?<=[.!?])\s+/).filter((x) => x.includes(':'));
    const contrasted = !!d && leadIns.some((x) => d.contrast_starters.includes(normalizeWords(x)[0] ?? ''));
    lists.push({ id: s.id, label: labels.every((l) => l && l === labels[0]) ? labels[0] : '', aliases: contrasted ? d!.upside_list_nouns : [], items });
  }
  return lists;
}

/** What the article says of a list item, without the name it opens with: "Name: text" → "text". */
export function itemBody(text: string): string {
  return text.slice(text.indexOf(':') + 1).trim();
}

/** The name of an item without its label: "Label: Name" → "Name". */
export function itemName(item: Section): string {
  return item.title.includes(':') ? item.title.slice(item.title.indexOf(':') + 1).trim() : item.title;
}

/** A message without a question mark opening with a position asks for the entry only when this short. */
const MAX_UNMARKED_ASK_WORDS = 6;

/**
 * A message whose opening clause is the whole question: no colon or dash after it, more than a position and a noun, and
 * no question of its own after its comma ("…, who paid for it?").
 */
function opensWholeAsk(message: string, d: Dialogue): boolean {
  if (/[:;—–]/.test(message)) return false;
  // (Clauses of chat alone — "hey bot," — are no clause of the question.)
  const [first, ...rest] = message
    .split(CLAUSE_END)
    .map((c) => normalizeWords(c))
    .filter((c) => c.some((w) => !d.leading_words.includes(w)));
  if (!first) return false;
  const askers = new Set([...d.open_question_words, ...d.yes_no_starters.en, ...d.yes_no_starters.es]);
  // (…and a question, not a statement: "second thing that bugs me is the X issue".)
  const asking = message.includes('?') || first.length <= MAX_UNMARKED_ASK_WORDS;
  return first.length > 2 && asking && !rest.some((c) => askers.has(c.find((w) => !d.leading_words.includes(w)) ?? ''));
}

/**
 * Reads what a message asks of a list, from its words alone: "and number two?", "the last one", "the first two",
 * "how many are there?", "which of them is about X?". Undefined when it asks none of these.
 */
export function readListAsk(message: string, d: Dialogue, labels: string[] = [], isRealWord: (w: string) => boolean = () => false): ListAsk | undefined {
  // "#3" is "number 3".
  // ("what item # is that?": a lone "#" is "number" too.)
  const words = normalizeWords(message.replace(/#\s?(\d)/g, 'number $1').replace(/(^|\s)#(?=[\s?!.]|$)/g, '$1number')).map((w) => positionWord(w, d, isRealWord));
  if (!words.length) return undefined;
  const joined = ` ${words.join(' ')} `;
  const { nouns, determiners, trailing, loose } = listWordSets(d, labels);
  const has = (list: string[]) => list.some((p) => joined.includes(` ${p} `));
  // "how many are there", "how many of them": a count of a list, not "how many people were there?".
  if (has(d.count_phrases)) {
    const after = words.slice(words.findIndex((w) => d.count_phrases.some((p) => p.split(' ').pop() === w)) + 1);
    const ofThem = (after[0] === 'of' || after[0] === 'de') && (d.list_pronouns.includes(after[1]) || nouns.has(after[2] ?? ''));
    // "how many tips", "how many possible tips", "how many are there", "how many of them".
    const noun = nouns.has(after[0]) || (after.length > 1 && nouns.has(after[1]));
    // "how many was that again?": a form of "to be" and a word pointing back at the list.
    const pointedAt = d.count_copulas.includes(after[0]) && d.count_back_references.includes(after[1] ?? '');
    // "how many are there", "how many r there", "¿cuántos hay?"
    const thereAre = d.count_copulas.includes(after[0]) && (after.length === 1 || ['there', 'hay'].includes(after[1]));
    if (!after.length || noun || ['are', 'hay', 'son'].includes(after[0]) || thereAre || ofThem || pointedAt) return { kind: 'count' };
    return undefined;
  }
  const isPosition = (w: string) => !!d.ordinals[w] || d.last_words.includes(w) || d.penultimate_words.includes(w);
  // What follows "third in/on/among …" names one of the lists: a word for its items ("the steps", "the main
  // tips"), "the X list" ending the message, or "the list of <items>" — not "the list of towns nearby", nor "first in
  // importance among the tools".
  const item = (w: string | undefined) => !!w && nouns.has(w) && !loose.has(w);
  const namesList = (after: string[]): boolean => {
    const rest = after.slice(after.findIndex((w) => !d.position_determiners.includes(w)));
    if (item(rest[0]) || (!nouns.has(rest[0] ?? '') && item(rest[1]) && !d.position_scope_words.includes(rest[0] ?? ''))) return true;
    const at = rest.slice(0, 4).findIndex((w) => d.list_words_plain.includes(w));
    if (at < 0) return false;
    if (at + 1 === rest.length) return true;
    const of = rest.slice(at + 2);
    return (rest[at + 1] === 'of' || rest[at + 1] === 'de') && item(of.find((w) => !d.position_determiners.includes(w)));
  };
  const positions: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const prev = words[i - 1];
    const ordinal = d.ordinals[w];
    const isNumber = /^\d{1,2}$/.test(w) ? Number(w) : undefined;
    // "the first two", "los primeros dos": that many from the start.
    if ((w === 'first' || w === 'primeros' || w === 'primeras') && next && d.ordinals[next] && !/(st|nd|rd|th)$/.test(next)) {
      for (let k = 1; k <= d.ordinals[next]; k++) positions.push(k);
      i++;
      continue;
    }
    // "second to last", "third from the end": counted back from the end.
    // (Past the word of the end too: "second to the last" is one position, not the last as well.)
    const endAt = ordinal && !d.cardinals.includes(w) && d.from_end_links.includes(next ?? '') ? words.findIndex((x, j) => j >= i + 2 && j < i + 4 && !d.position_determiners.includes(x)) : -1;
    if (endAt > 0 && (d.last_words.includes(words[endAt]) || d.end_words.includes(words[endAt]))) {
      positions.push(-ordinal);
      i = endAt;
      continue;
    }
    // "the last two", "los últimos dos": that many from the end.
    if (d.last_words.includes(w) && next && d.cardinals.includes(next) && d.ordinals[next] > 1) {
      for (let k = d.ordinals[next]; k >= 1; k--) positions.push(-k);
      i++;
      continue;
    }
    // A position word points into a list when a determiner leads to it or a list noun follows: "the last one", "and
    // the second?", "2nd item" — not "how long will it last?" or "which regions would be targeted first?".
    // "the first and last items", "2nd and 4th": a position joined to another one shares its noun.
    const joined = !!next && ['and', 'or', 'y', 'o'].includes(next) && !!words[i + 2] && isPosition(words[i + 2]);
    const pointed =
      joined ||
      (!!prev && d.position_verbs.includes(prev)) ||
      // "what's 3rd on the X list?", "what is third in the list of steps?": after "what"/"is", a list named just after.
      (!!prev && d.position_copulas.includes(prev) && d.position_scope_words.includes(next ?? '') && namesList(words.slice(i + 2))) ||
      (!!next && nouns.has(next) && !loose.has(next)) ||
      // "the fourth budget item", "first main point": a word of the list's name between them.
      (!!next && !!words[i + 2] && nouns.has(words[i + 2]) && !loose.has(words[i + 2]) && !nouns.has(next)) ||
      // "3rd thing": an ordinal in digits makes even a loose noun a list's entry.
      (/^\d/.test(w) && !!next && nouns.has(next)) ||
      // "second thing X can do?": a message that opens with an ordinal past the first (after its chat) leads to it as a
      // determiner would ("last thing, I promise", "first thing's first" are chat) — when that is all it asks ("second
      // thing: was it legal?", "third thing that worries me, are they…?" ask another question).
      ((ordinal ?? 0) >= 2 && words.slice(0, i).every((x) => d.leading_words.includes(x)) && !!next && nouns.has(next) && opensWholeAsk(message, d)) ||
      (!!prev && determiners.has(prev) && (!next || nouns.has(next) || trailing.has(next))) ||
      (!!prev && d.position_determiners_alone.includes(prev));
    if (d.last_words.includes(w) && pointed) positions.push(-1);
    else if (d.penultimate_words.includes(w) && pointed) positions.push(-2);
    else if (d.middle_words.includes(w) && (!next || nouns.has(next))) positions.push(0);
    else if ((ordinal || isNumber) && prev && d.position_markers.includes(prev)) positions.push(ordinal ?? isNumber!);
    // "the second one", "the 3rd item", "and the second?": an ordinal word, not a cardinal ("two countries").
    else if (ordinal && !d.cardinals.includes(w) && pointed) positions.push(ordinal);
    // "the 3rd benefit", "the 2nd of those": an ordinal written in digits after a determiner is a position whatever follows.
    else if (ordinal && /^\d/.test(w) && !!prev && determiners.has(prev)) positions.push(ordinal);
  }
  // "what number is X in the list?", "where does X fall — first, second or third?": where an item stands — asked with
  // a phrase of rank and a word for a list, or "where does X…" with a word of rank too, or offering positions to choose
  // from. ("what's number two on the list?" gives its position: it asks for the item.) The positions read are kept:
  // when no item is named, they are what was asked.
  const listed = words.some((w) => d.rank_list_words.includes(w) || labels.some((l) => l.split(' ').pop() === w || `${l.split(' ').pop()}s` === w));
  const offered = words.filter((w) => (d.ordinals[w] && !d.cardinals.includes(w)) || d.last_words.includes(w)).length >= 2;
  const pointsBack = words.some((w) => d.back_references.includes(w));
  const ranked = has(d.rank_phrases) || (has(d.rank_list_phrases) && pointsBack) || (has(d.rank_where_phrases) && words.some((w) => d.rank_words.includes(w)));
  if ((offered && (has(d.rank_phrases) || has(d.rank_where_phrases))) || (ranked && listed && !positions.length)) {
    return { kind: 'rank', positions: [...new Set(positions)] };
  }
  if (positions.length) return { kind: 'positions', positions: [...new Set(positions)] };
  // "and the one before it?", "the next one", "what comes after that?": relative to the item the conversation is on.
  const relative = (list: string[]) => words.some((w, i) => list.includes(w) && (nouns.has(words[i + 1] ?? '') || nouns.has(words[i - 1] ?? '') || ['it', 'that', 'this', 'ese', 'eso'].includes(words[i + 1] ?? '') || !words[i + 1]));
  if (relative(d.previous_words)) return { kind: 'relative', offset: -1 };
  if (relative(d.next_words)) return { kind: 'relative', offset: 1 };
  // "what comes right after X?", "what's before X in the list?": next to the item the words after it name.
  // (A verb of order just before it: "at the next forum" names no neighbour.)
  // ("is X listed before or after Y?" compares two: not this.)
  const before = [...d.previous_words, ...d.anchored_previous_words];
  const after = d.next_words;
  // ("the one right after X", "the item before X": a word for an entry there too.)
  const entry = (v: string) => d.relative_verbs.includes(v) || d.relative_entry_words.includes(v) || (nouns.has(v) && !loose.has(v));
  const at = words.findIndex((w, i) => (before.includes(w) || after.includes(w)) && i < words.length - 1 && words.slice(Math.max(0, i - 2), i).some(entry));
  const both = words.some((w) => before.includes(w)) && words.some((w) => after.includes(w));
  if (at >= 0 && !both) return { kind: 'relative', offset: before.includes(words[at]) ? -1 : 1, anchor: words.slice(at + 1, at + 9).join(' ') };
  // "which one is about X?", "which of them…", "cuál de ellos…".
  const which = words.findIndex((w) => d.which_words.includes(w));
  if (which >= 0) {
    const next = words[which + 1];
    const after = words[which + 2];
    // "which step sits third?", "which tip is last?": the item at that position.
    const rank = next && nouns.has(next) ? words.slice(which + 2).find((w) => (!!d.ordinals[w] && !d.cardinals.includes(w)) || d.last_words.includes(w)) : undefined;
    if (rank) return { kind: 'positions', positions: [d.last_words.includes(rank) ? -1 : d.ordinals[rank]] };
    if (next && (nouns.has(next) || d.list_pronouns.includes(next))) return { kind: 'which' };
    // "which main point is about X?": a list's whole label of several words after "which", singular ("which main
    // points does it name?" asks for the list).
    const label = labels.find((l) => l.includes(' ') && words.slice(which + 1, which + 1 + l.split(' ').length).join(' ') === l);
    if (label) return { kind: 'which' };
    if (next === 'of' || next === 'de') if (after && (d.list_pronouns.includes(after) || after === 'the' || after === 'los' || after === 'las')) return { kind: 'which' };
    // "among the steps listed, which concerns X?": an item noun just after a word of scope, shortly before "which" —
    // not a loose one nor "other" ones ("among other things, which country…?"), and "which" asks of them: a word of
    // asking or a verb comes next ("which concerns", "which is"), not a noun of its own ("which country").
    const asksOfThem = !!next && (d.which_scope_verbs_before.includes(next) || (/[a-z]{3,}s$/.test(next) && !nouns.has(next)));
    const noun = words.findIndex(
      (w, i) =>
        i < which && i >= which - 4 && nouns.has(w) && !loose.has(w) && !d.which_scope_excluded.includes(words[i - 1] ?? '') &&
        words.slice(Math.max(0, i - 3), i).some((v) => d.which_scope_words.includes(v)),
    );
    if (noun >= 0 && asksOfThem) return { kind: 'which' };
  }
  // "what does the blue one involve?", "the second-hand part": a determiner, a word of the item's own, an item noun.
  // (Not "X is the US part of the problem": a part *of* something is what X belongs to, not an item named.)
  const named = words.findIndex(
    (w, i) =>
      i >= 2 && d.item_nouns.includes(w) && determiners.has(words[i - 2]) && !isPosition(words[i - 1]) && !determiners.has(words[i - 1]) && !nouns.has(words[i - 1]) && words[i + 1] !== 'of' && words[i + 1] !== 'de',
  );
  if (named >= 0) return { kind: 'named', word: words[named - 1] };
  // The one word naming an item ends its clause ("…about taxes?", "…on prices — why?"): "the part on sales
  // taxes" names more than one word, left to the rest of the engine.
  const folded = message.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const ending = (word: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${word}\\s*(?:[^\\p{L}\\p{N}\\s]|$)`, 'u').test(folded);
  const namedAt = (at: number) => {
    const word = words[at];
    return word && !isPosition(word) && !nouns.has(word) && ending(word) ? ({ kind: 'named', word } as const) : undefined;
  };
  // "the one about taxes", "the part on prices": a determiner, an item noun, "about", an article maybe, the word — not
  // "is that the one about X?", which asks whether what was said is about X.
  const about = words.findIndex((w, i) => i >= 2 && d.item_about_words.includes(w) && d.item_nouns.includes(words[i - 1]) && determiners.has(words[i - 2]));
  if (about >= 0 && !words.slice(0, about - 2).some((w) => d.count_copulas.includes(w))) {
    const named = namedAt(determiners.has(words[about + 1] ?? '') ? about + 2 : about + 1);
    if (named) return named;
  }
  // "¿y lo del dinero?", "¿el de la corrupción qué dice?": a pronoun, "de", an article maybe, the item's word, at the
  // start of a short message.
  const lead = d.clause_joiners.includes(words[0] ?? '') ? 1 : 0;
  if (d.item_of_pronouns.includes(words[lead] ?? '') && d.item_of_words.includes(words[lead + 1] ?? '') && words.length <= lead + 10) {
    const named = namedAt(determiners.has(words[lead + 2] ?? '') ? lead + 3 : lead + 2);
    if (named) return named;
  }
  return undefined;
}

/** The items at the asked positions (1-based; -1 the last, -2 the one before, 0 the middle); none out of range. */
export function itemsAt(list: ArticleList, positions: number[]): Section[] {
  const n = list.items.length;
  const out: Section[] = [];
  for (const p of positions) {
    const index = p === 0 ? Math.floor((n - 1) / 2) : p < 0 ? n + p : p - 1;
    const item = list.items[index];
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * The names of a text's bullets ("- **Planning**", "- **The city's budget plan**: …" → "Planning", "The city's budget
 * plan"): the bold name, else the line up to a colon.
 */
export function bulletNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const bullet = /^\s*[-*•]\s+(.+)$/.exec(line);
    if (!bullet) continue;
    const bold = /^\*\*(.+?)\*\*/.exec(bullet[1]);
    const name = (bold ? bold[1] : bullet[1].split(':')[0]).trim();
    if (name) names.push(name);
  }
  return names;
}
