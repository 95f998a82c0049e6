import { isEverydayWord } from '../../src/engine/everyday-words';
import { buildLists, itemName, itemsAt, readListAsk } from '../../src/engine/lists';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const d = knowledge.dialogue;

describe('readListAsk', () => {
  it.each([
    ['and number two?', [2]],
    ['what about the last one?', [-1]],
    ['the final one', [-1]],
    ['the 3rd element', [3]],
    ['and the second?', [2]],
    ['name the first two key elements', [1, 2]],
    ['¿y el segundo?', [2]],
    ['item 4 please', [4]],
    // A message that opens with the position needs no determiner: "second thing expulsions can do?"
    ['second thing expulsions can do per the article?', [2]],
    ['hey bot, third thing on that list?', [3]],
    // one slip from a position word: a letter swapped, dropped or changed
  ])('reads the position in "%s"', (message, positions) => {
    expect(readListAsk(message, d)).toEqual({ kind: 'positions', positions });
  });

  it.each([
    "where does 'send a message' fall, first second or third?",
    'what number is corruption in the strategy list',
    'which position does it have in the list?',
    '¿en qué lugar de la lista está?',
  ])('reads "%s" as asking where an item stands', (message) => {
    expect(readListAsk(message, d)?.kind).toBe('rank');
  });

  it.each(['where do the cartels come from?', 'where is the border?', 'where does it say that?', "what's number two on the list?", 'where does economic development take place, per the components?', '¿dónde está la frontera más vulnerable según la lista de elementos?'])(
    'does not read "%s" as asking where an item stands',
    (message) => expect(readListAsk(message, d)?.kind).not.toBe('rank'),
  );

  it('reads "what comes right after X?" as the item next to the one X names', () => {
    expect(readListAsk('what comes right after intelligence sharing?', d)).toEqual({ kind: 'relative', offset: 1, anchor: 'intelligence sharing' });
    expect(readListAsk('what happened after they were expelled?', d)).toBeUndefined();
  });

  it.each([
    ['and teh thrid one??', [3]],
    ['the fouth item', [4]],
    ['the secnd one', [2]],
  ])('reads a position word one slip off in "%s"', (message, positions) => {
    expect(readListAsk(message, d, [], isEverydayWord)).toEqual({ kind: 'positions', positions });
  });

  it('never reads a real word as a misspelt position: "prime" is not "primer"', () => {
    expect(readListAsk('why is the border a prime area for trafficking?', d, [], isEverydayWord)).toBeUndefined();
  });

  it.each([
    ['and the one before it?', -1],
    ['the next one', 1],
    ['what comes after that?', 1],
    ['and the one that follows?', 1],
    ['¿y el que sigue?', 1],
  ])('reads a position relative to the current item in "%s"', (message, offset) => {
    expect(readListAsk(message, d)).toEqual({ kind: 'relative', offset });
  });

  it.each([
    ['y el 2do?', [2]],
    ['el 4to?', [4]],
    ['la 3ra', [3]],
    ['el ultimo como funciona?', [-1]],
  ])('reads the Spanish chat position in "%s"', (message, positions) => {
    expect(readListAsk(message, d)).toEqual({ kind: 'positions', positions });
  });

  it('reads an ordinal in digits after a determiner as a position whatever follows: "the 3rd benefit, explain?"', () => {
    expect(readListAsk('back to it — the 3rd benefit, explain?', d)).toEqual({ kind: 'positions', positions: [3] });
    expect(readListAsk('how many r there', d, [], isEverydayWord)).toEqual({ kind: 'count' });
  });

  it.each([
    ['the fourth strategy component?', [4]],
    ['first key element and what it involves', [1]],
    ['3rd thing expulsions can do?', [3]],
    ['what are the last two components of the strategy?', [-2, -1]],
  ])('reads the position in "%s" across a word of the list\'s name, in digits, or from the end', (message, positions) => {
    expect(readListAsk(message, d, [], isEverydayWord)).toEqual({ kind: 'positions', positions });
  });

  it('does not read "the last time" as a position', () => {
    expect(readListAsk('when was the last time mexico did this?', d)).toBeUndefined();
  });

  it.each(['how many was that again?', 'how many are those?', '¿cuántos son esos?'])('reads "%s" as the count of the list pointed at', (message) => {
    expect(readListAsk(message, d)).toEqual({ kind: 'count' });
  });

  it('does not read "how many were there?" or "how many was it?" as a list count', () => {
    expect(readListAsk('how many were there?', d)).toBeUndefined();
    expect(readListAsk('how many was it?', d)).toBeUndefined();
  });

  it('reads an item named by a word of its own: "the economic one", "the money part"', () => {
    expect(readListAsk('what does the economic one involve?', d)).toEqual({ kind: 'named', word: 'economic' });
    expect(readListAsk('lol the corruption part — why is it a big deal', d)).toEqual({ kind: 'named', word: 'corruption' });
    // not a list noun or a position before the noun: "the piece, one line", "the first one"
    expect(readListAsk('why does it matter per the piece, one line pls', d)).toBeUndefined();
    expect(readListAsk('the first one', d)).toEqual({ kind: 'positions', positions: [1] });
  });

  it('reads "which list is that in?", "what item # is that?" as where the item stands', () => {
    expect(readListAsk('which list is that in?', d)).toMatchObject({ kind: 'rank' });
    expect(readListAsk('what item # is that on its list?', d)).toMatchObject({ kind: 'rank' });
    expect(readListAsk('¿en qué lista está eso?', d)).toMatchObject({ kind: 'rank' });
    expect(readListAsk('what is item #3?', d)).toEqual({ kind: 'positions', positions: [3] });
  });

  it('reads an item named after "about"/"on": "the one about demand", "the part on corruption"', () => {
    expect(readListAsk('ok and the one about demand — what does it need?', d)).toEqual({ kind: 'named', word: 'demand' });
    expect(readListAsk('the part on the corruption', d)).toEqual({ kind: 'named', word: 'corruption' });
    // "about" without an item noun before it names nothing
    expect(readListAsk('what does it say about demand?', d)).toBeUndefined();
  });

  it('reads a Spanish item named by "lo del X", "el de la X" at the start of a short message', () => {
    expect(readListAsk('¿Y lo del dinero?', d)).toEqual({ kind: 'named', word: 'dinero' });
    expect(readListAsk('y el de la corrupción, qué dice?', d)).toEqual({ kind: 'named', word: 'corrupcion' });
    // not further into a sentence, nor a long one
    expect(readListAsk('qué dice el artículo de la corrupción', d)).toBeUndefined();
    expect(readListAsk('lo del dinero que se usa para pagar a los policías en cada estado del país', d)).toBeUndefined();
    expect(readListAsk('y lo del dinero, ¿por qué es importante?', d)).toEqual({ kind: 'named', word: 'dinero' });
    expect(readListAsk('¿y el punto sobre el dinero?', d)).toEqual({ kind: 'named', word: 'dinero' });
  });

  it('reads a position after a verb of order: "which one comes first?"', () => {
    expect(readListAsk('which component comes first?', d)).toEqual({ kind: 'positions', positions: [1] });
    // …or any verb: "which <item noun> … <ordinal>?" asks for the item at that position.
    expect(readListAsk('Which component sits third in the strategy list?', d)).toEqual({ kind: 'positions', positions: [3] });
    expect(readListAsk('which step is last?', d)).toEqual({ kind: 'positions', positions: [-1] });
    expect(readListAsk('which step is about money?', d)).toEqual({ kind: 'which' });
  });

  it('reads a position after "what\'s"/"is" when a list is named right after: "what\'s 3rd on the strategy list?"', () => {
    expect(readListAsk("what's 3rd on the comprehensive strategy list?", d)).toEqual({ kind: 'positions', positions: [3] });
    expect(readListAsk('what is third in the list of components?', d)).toEqual({ kind: 'positions', positions: [3] });
    // (…not a position said of something else: "what is first in importance for the US?")
    expect(readListAsk('what is first in importance for the US?', d)).toBeUndefined();
  });

  it.each(['how many are there?', 'how many components are listed?', 'how many of them are there'])('reads a count in "%s"', (m) => {
    expect(readListAsk(m, d)).toEqual({ kind: 'count' });
  });

  it.each(['which one is about money?', 'which of them deals with drugs?', '¿cuál de ellos habla de dinero?'])('reads "which of them" in "%s"', (m) => {
    expect(readListAsk(m, d)).toEqual({ kind: 'which' });
  });

  it.each(['among the items listed, which concerns getting information?', 'of the four components, which deals with money?', 'entre los componentes, ¿cuál habla de dinero?'])(
    'reads "which" after the items were named with a word of scope: "%s"',
    (m) => expect(readListAsk(m, d)).toEqual({ kind: 'which' }),
  );

  it.each(['what are the effects of the expulsion, which some call historic?', 'the steps of the plan, which the mayor wrote, seem fine'])('"%s" asks no "which of them": no word of scope before the items', (m) => {
    expect(readListAsk(m, d)?.kind).not.toBe('which');
  });

  it.each([
    'how many people were expelled?',
    'how many of the 26 were bosses?',
    'how long will the chaos last?',
    'which regions would be targeted first?',
    'why do people join cartels in the first place?',
    'okay last thing I promise: what about police?',
    // An opening "second thing" before a question of its own is chat.
    'second thing: was the expulsion legal?',
    'second thing, who paid for the flights?',
    'third thing that worries me: are the cartels getting stronger?',
    'is this the first time Mexico did this?',
    'what part does intelligence play?',
  ])('asks nothing of a list in "%s"', (m) => {
    expect(readListAsk(m, d)).toBeUndefined();
  });
});

describe('buildLists', () => {
  const lists = buildLists(knowledge.sections);

  it("finds every section with two or more items, labelled by its items' titles", () => {
    expect(lists.map((l) => [l.id, l.label, l.items.length])).toEqual([
      ['cross-border-security', 'key element', 4],
      ['impact', 'effect', 3],
      ['strategy', 'component', 5],
    ]);
    expect(itemName(lists[0].items[1])).toBe('Joint Operations');
  });

  it('picks items by position, from the end for negative ones, and none out of range', () => {
    const strategy = lists[2];
    expect(itemsAt(strategy, [-1]).map(itemName)).toEqual(['Targeting Financial Networks']);
    expect(itemsAt(strategy, [0]).map(itemName)).toEqual(['Economic Development']);
    expect(itemsAt(strategy, [9])).toEqual([]);
  });
});
