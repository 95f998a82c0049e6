import { Analyzer, editDistance, joinPhrasalVerbs, namesWritten, normalizeWords } from '../../src/engine/analyzer';
import { isEverydayWord } from '../../src/engine/everyday-words';
import { realLanguage } from '../support/language';

const language = realLanguage();
const stopWords = new Set([...language.en.stopWords, ...language.en.fillerWords, ...language.es.stopWords]);
const join = (words: string[]) => joinPhrasalVerbs(words, language.en.phrasalVerbs, (w) => stopWords.has(w));

const analyzer = new Analyzer({
  synonyms: [
    ['expel', 'deport', 'kick out', 'kicked out'],
    ['cartel', 'narcos', 'gangs'],
    ['target', 'go after'],
  ],
  language,
  spanish: { cuántos: 'how many', expulsados: 'expelled', frontera: 'border', 'por qué': 'why', importa: 'matter' },
  englishText: ['Mexico expelled 26 individuals suspected of cartel affiliation along the border; sovereignty matters.'],
  isEverydayWord,
});
analyzer.learn('Mexico expelled 26 individuals suspected of cartel affiliation along the border; sovereignty and fentanyl.');

describe('normalizeWords', () => {
  it.each([
    ['¿Cuántos fueron EXPULSADOS?', ['cuantos', 'fueron', 'expulsados']],
    ["Mexico's border", ['mexico', 'border']],
    ['<b>bold</b> & "quotes"', ['b', 'bold', 'b', 'quotes']],
    ['   ', []],
  ])('%j → %j', (input, words) => expect(normalizeWords(input)).toEqual(words));
});

describe('Analyzer', () => {
  it("leaves out the article's own verb: \"what reason does the article offer\" names no topic of offering", () => {
    expect(analyzer.analyze('what reason does the article offer for the expulsion?').terms).not.toContain(analyzer.analyze('offer').terms[0]);
    expect(analyzer.analyze('what does it describe?').terms).toEqual([]);
    // …not the same verb with another subject
    expect(analyzer.analyze('what did the government offer?').terms).toContain(analyzer.analyze('offer').terms[0]);
  });

  it('language data stem overrides keep apart words one stem joins: "sustainable" (able to last) is not "sustained" (kept up)', () => {
    expect(analyzer.analyze('a sustainable deal').terms).not.toEqual(analyzer.analyze('a sustained deal').terms);
    expect(analyzer.analyze('sustainability').terms).toEqual(analyzer.analyze('sustainable').terms);
  });

  it('maps synonyms, including phrases made of stop words, to one term', () => {
    expect(analyzer.analyze('how many narcos got kicked out').terms).toEqual(['cartel', 'expel']);
    expect(analyzer.analyze('how do you go after gangs').terms).toEqual(['target', 'cartel']);
  });

  it('prefers a content word to a function word between equally close corrections', () => {
    const a = new Analyzer({ language, synonyms: [], spanish: {}, englishText: ['What happened with the expulsion?'], isEverydayWord });
    a.learn('What happened with the expulsion?');
    expect(a.analyze('waht happend').corrections).toEqual([['happend', 'happened']]);
  });

  it('keeps an English sentence English when it quotes an accented name', () => {
    expect(analyzer.analyze('my roommate is from Juárez and she says it is about the border, does the article say that?').language).toBe('en');
    expect(analyzer.analyze('¿qué dice sobre la frontera?').language).toBe('es');
    expect(analyzer.analyze('qué dice el artículo de la frontera').language).toBe('es');
  });

  it('does not read a name as a typo of a function word', () => {
    expect(analyzer.analyze('¿Cuál es la capital de Perú?').corrections).toEqual([]);
    // …while a Spanish typo in a Spanish question still is one.
    expect(analyzer.analyze('cuántos fueron expulsdos').corrections).toEqual([['expulsdos', 'expulsados']]);
  });

  it('reads a phrasal verb split by its object as the phrasal verb', () => {
    expect(analyzer.analyze('why did mexico kick them out').terms).toEqual(['mexico', 'expel']);
    expect(analyzer.analyze('they kicked the suspects out').terms).toEqual(['expel', 'suspect']);
    expect(join(['kicking', 'people', 'out', 'of', 'mexico'])).toEqual(['kicking', 'out', 'people', 'of', 'mexico']);
    // An unbroken phrasal verb, or one with a long object ("kick the alleged cartel bosses out"), is left as typed.
    expect(join(['figure', 'out', 'the', 'cartels'])).toEqual(['figure', 'out', 'the', 'cartels']);
    // A function word is not the verb: "is it over" stays as typed.
    expect(join(['is', 'it', 'over'])).toEqual(['is', 'it', 'over']);
    const long = ['kick', 'the', 'alleged', 'cartel', 'bosses', 'out'];
    expect(join(long)).toEqual(long);
  });

  it('understands Spanish through the term list', () => {
    const a = analyzer.analyze('¿Por qué importa la frontera?');
    expect(a.language).toBe('es');
    expect(a.terms).toEqual(['matter', 'border']);
    expect(a.cues.has('why')).toBe(true);
  });

  it('corrects typos against the knowledge vocabulary, but not into another word', () => {
    const a = analyzer.analyze('sovreignty and fentanil');
    expect(a.corrections).toEqual([
      ['sovreignty', 'sovereignty'],
      ['fentanil', 'fentanyl'],
    ]);
    expect(analyzer.analyze('weather').corrections).toEqual([]);
  });

  it.each([
    ['and who do the cartels hurt?', 'who'],
    ['so who gets hurt by the cartels?', 'who'],
  ])('reads the question type of %j without the words it opens with', (q, cue) => {
    expect([...analyzer.analyze(q).cues]).toContain(cue);
  });

  it('reads the question type after the words a question opens with: "and when?" asks a date', () => {
    expect([...analyzer.analyze('and when?').cues]).toContain('when');
  });

  it('reads the question’s cues after correcting its typos ("wehre" asks where)', () => {
    const a = analyzer.analyze('wehre were they sent');
    expect(a.corrections).toEqual([['wehre', 'where']]);
    expect(a.cues.has('where')).toBe(true);
  });

  it('reads the article’s verb in the passive as no topic ("is the border described as vast?")', () => {
    const a = analyzer.analyze('is the border described as vast?');
    expect(a.terms).not.toContain(analyzer.stem('described'));
    // …not a verb that is no reporting verb, nor one without "as".
    expect(analyzer.analyze('is the border guarded as well?').terms).toContain(analyzer.stem('guarded'));
    expect(analyzer.analyze('which cartels were described?').terms).toContain(analyzer.stem('described'));
  });

  it('reads a corrected word with the phrase around it ("kicekd out" is "kicked out")', () => {
    const a = analyzer.analyze('how many got kickd out');
    expect(a.corrections.map(([typed]) => typed)).toEqual(['kickd']);
    expect(a.terms).toContain(analyzer.analyze('expel').terms[0]);
  });

  it('never "corrects" a real English word the knowledge does not use into one it does', () => {
    const a = new Analyzer({ language, synonyms: [], spanish: {}, englishText: ['colombians regard'], isEverydayWord: (w) => ['colombia', 'reward'].includes(w) });
    a.learn('colombians regard');
    expect(a.analyze('colombia reward').corrections).toEqual([]);
    expect(a.analyze('colombains').corrections).toEqual([['colombains', 'colombians']]);
  });

  it('prefers the word with the same letters when two corrections are one edit away', () => {
    const a = new Analyzer({ language, synonyms: [], spanish: {}, englishText: ['the price of the piece'] });
    a.learn('the price of the piece');
    expect(a.analyze('peice').corrections).toEqual([['peice', 'piece']]);
    expect(a.analyze('prize').corrections).toEqual([['prize', 'price']]);
  });

  it('reads US, U.S. and "the us" as the United States, and "tell us" as a pronoun', () => {
    const a = new Analyzer({ language, synonyms: [['united states', 'america']], spanish: {}, englishText: ['united states'] });
    const terms = (q: string) => a.analyze(q).terms;
    expect(terms('what does the US want')).toEqual(terms('what does america want'));
    expect(terms('U.S. demand')).toEqual(terms('united states demand'));
    expect(terms('us-mexico ties')).toEqual(terms('united states mexico ties'));
    expect(terms('tell us about demand')).toEqual(['demand']);
    expect(terms('what did the United Nations say')).toEqual(['unitedn']);
  });

  it('reads a name of two words as one word: "the state" alone is not half of the United States, in English or Spanish', () => {
    const a = new Analyzer({ language, synonyms: [['united states', 'america']], spanish: { 'estados unidos': 'united states', estado: 'state' }, englishText: ['united states'] });
    const terms = (q: string) => a.analyze(q).terms;
    expect(terms('the United States')).toHaveLength(1);
    expect(terms('what does corruption do to the state')).not.toEqual(expect.arrayContaining(terms('the United States')));
    expect(terms('¿Qué hace Estados Unidos?')).toEqual(expect.arrayContaining(terms('the United States')));
  });

  it('reads a group headed by an article word as the article itself ("in a sentence" asks for a summary)', () => {
    const a = new Analyzer({ language, synonyms: [['summary', 'in a sentence']], spanish: {}, englishText: [] });
    expect(a.analyze('the expulsion in a sentence').terms).toEqual(a.analyze('the expulsion summary').terms);
    expect(a.analyze('in a sentence').terms).toEqual(['~article']);
  });

  it('stems an irregular verb form like its base form', () => {
    expect(analyzer.analyze('what message was sent').terms).toEqual(analyzer.analyze('what message did they send').terms);
    expect(analyzer.analyze('brought').terms).toEqual(analyzer.analyze('bring').terms);
  });

  it('drops chat filler and keeps question-type cues', () => {
    const a = analyzer.analyze('hey bot quick q lol, how many people did Mexico deport?');
    expect(a.terms).toEqual(['mexico', 'expel']);
    expect([...a.cues]).toContain('count');
  });

  it('bounds the work on huge input', () => {
    const a = analyzer.analyze('border '.repeat(5000) + 'x'.repeat(10000));
    expect(a.terms.length).toBeLessThanOrEqual(48);
  });
});

describe('editDistance', () => {
  it.each([
    ['trust', 'trsut', 1],
    ['fentanyl', 'fentanil', 1],
    ['cartel', 'cartell', 1],
    ['price', 'proceso', 3],
    ['', 'abc', 3],
  ])('%s ↔ %s = %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('Analyzer.analyze keeps the analyses of recent questions', () => {
  it('gives the same frozen analysis for the same question, and a new one after the vocabulary changes', () => {
    const first = analyzer.analyze('how many cartls were expelled?');
    expect(analyzer.analyze('how many cartls were expelled?')).toBe(first);
    expect(Object.isFrozen(first.terms)).toBe(true);
    analyzer.learn('cartls');
    expect(analyzer.analyze('how many cartls were expelled?')).not.toBe(first);
  });

  it('does not keep a huge pasted message', () => {
    const huge = `${'the border and the cartels '.repeat(300)}how many were expelled?`;
    expect(analyzer.analyze(huge)).not.toBe(analyzer.analyze(huge));
    expect(analyzer.analyze(huge).terms).toEqual(analyzer.analyze(huge).terms);
  });
});

describe('namesWritten: words a message writes as names', () => {
  it('a capital inside a sentence, not a first word, and none in a text of capitalised words', () => {
    expect([...namesWritten('Which gangs were they, Sinaloa or CJNG?')]).toEqual(['sinaloa']);
    expect([...namesWritten('Did it happen? Yes it did')]).toEqual([]);
    expect([...namesWritten('What Is The Plan For Mexico')]).toEqual([]);
  });
});

describe('Analyzer: a name written with a capital is corrected only into a name the knowledge writes', () => {
  it('a name two slips from a common word stays itself, a long word one slip away is a capital of emphasis, "Mexcio" is still Mexico', () => {
    const names = new Analyzer({ synonyms: [], language, spanish: {}, englishText: ['A signal was sent from Mexico.'], isEverydayWord });
    names.learn('A signal was sent from Mexico to the Senate.');
    expect(names.analyze('was it from Sagnial or not').corrections).toEqual([]);
    expect(names.analyze('was it from sagnial or not').corrections).toEqual([['sagnial', 'signal']]);
    expect(names.analyze('was it from Sginal or not').corrections).toEqual([['sginal', 'signal']]);
    expect(names.analyze('was it from Signl or not').corrections).toEqual([]);
    expect(names.analyze('was it sent from Mexcio').corrections).toEqual([['mexcio', 'mexico']]);
  });
});

describe('the words inside a phrase (knowledge text)', () => {
  it('reads each word of a multi-word synonym alone as well, beside the phrase’s own term', () => {
    const known = analyzer.analyzeKnown('they kick out garden gangs');
    expect(known.terms).toContain(analyzer.analyzeKnown('expel').terms[0]);
    expect(known.inner).toEqual(expect.arrayContaining([analyzer.analyzeKnown('kick').terms[0]]));
    // A question is read as typed: no inner words.
    expect(analyzer.analyze('they kick out garden gangs').inner).toBeUndefined();
    expect(analyzer.analyzeKnown('garden sheds').inner).toBeUndefined();
  });
});
