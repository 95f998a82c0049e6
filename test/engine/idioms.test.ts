import { IdiomReader } from '../../src/engine/idioms';
import { EnglishStemmer, SpanishStemmer } from '../../src/engine/stem';

const en = new EnglishStemmer({ stemOverrides: {}, stemPrefixes: {}, ownMeaningVerbForms: [] });
const es = new SpanishStemmer();
const stemEn = (w: string) => en.stem(w);

describe('IdiomReader (stage "idioms")', () => {
  const reader = new IdiomReader(
    [
      ['move the needle', 'make a significant difference'],
      ['nip * in the bud', 'prevent * early'],
      ['keep tabs on *', 'monitor'],
      ['end of the day', 'finally'],
      ['at the end of the day', 'in conclusion'],
      ['upshot', 'overall result'],
    ],
    [stemEn],
  );

  it('replaces an idiom with its plain meaning and keeps the rest as typed', () => {
    expect(reader.rewrite('Does this move the needle on crime?')).toBe('Does this make a significant difference on crime?');
    expect(reader.rewrite("What's the upshot?")).toBe("What's the overall result?");
  });

  it('matches inflected forms and any case', () => {
    expect(reader.rewrite('Is it MOVING the needle')).toBe('Is it make a significant difference');
    expect(reader.rewrite('it moved the needles')).toBe('it make a significant difference');
  });

  it('puts the words of a * slot where the meaning says, or after it', () => {
    expect(reader.rewrite('how do they nip recruitment in the bud?')).toBe('how do they prevent recruitment early?');
    expect(reader.rewrite('who keeps tabs on the money flows')).toBe('who monitor the money flows');
  });

  it('reads an idiom said without one of its articles ("sing like canaries"), but not without its first word', () => {
    const canary = new IdiomReader([['sing like a canary', 'inform'], ['a drop in the bucket', 'tiny amount']], [stemEn]);
    expect(canary.rewrite('will they sing like canaries?')).toBe('will they inform?');
    expect(canary.rewrite('will they sing like a canary?')).toBe('will they inform?');
    expect(canary.rewrite('a drop in bucket')).toBe('tiny amount');
    expect(canary.rewrite('drop in the bucket')).toBe('drop in the bucket');
  });

  it('keeps only the words of a meaning it is told are useful, and the idiom as typed when they lose its sense', () => {
    const door = new IdiomReader(
      [['show * the door', 'expel remove *'], ['shown the door', 'expel remove dismiss'], ['thrown under the bus', 'betray blame'], ['in hot water', 'in trouble']],
      [stemEn],
    );
    const useful = (w: string) => (['expel', 'remove', 'blame'].includes(w) ? 'content' : w === 'in');
    expect(door.rewrite('how many got shown the door?', useful)).toBe('how many got expel remove?');
    expect(door.rewrite('they showed them the door', useful)).toBe('they expel remove them');
    // One word kept of two, or only a small word, is no longer the idiom's sense.
    expect(door.rewrite('were they thrown under the bus?', useful)).toBe('were they thrown under the bus?');
    expect(door.rewrite('are they in hot water?', useful)).toBe('are they in hot water?');
    expect(door.rewrite('how many got shown the door?', () => false)).toBe('how many got shown the door?');
    expect(door.rewrite('how many got shown the door?')).toBe('how many got expel remove dismiss?');
  });

  it('gives the message without its idioms, the words of a slot kept ("without")', () => {
    expect(reader.without('Does this move the needle on crime?')).toBe('Does this  on crime?');
    expect(reader.without('how do they nip recruitment in the bud?')).toBe('how do they  recruitment ?');
    expect(reader.without('no idiom here')).toBe('no idiom here');
  });

  it('a slot takes at most three words', () => {
    expect(reader.rewrite('nip a b c d in the bud')).toBe('nip a b c d in the bud');
  });

  it('prefers the longest idiom at a place', () => {
    expect(reader.rewrite('at the end of the day, what matters?')).toBe('in conclusion, what matters?');
  });

  it('leaves a message without idioms unchanged, and needs the whole idiom', () => {
    expect(reader.rewrite('How many people were expelled?')).toBe('How many people were expelled?');
    expect(reader.rewrite('move the car')).toBe('move the car');
    expect(reader.rewrite('')).toBe('');
  });

  it('reads an idiom the knowledge itself uses as written', () => {
    const literal = (phrase: string) => phrase === 'move the needle';
    const r = new IdiomReader([['move the needle', 'make a difference'], ['upshot', 'result']], [stemEn], literal);
    expect(r.rewrite('does it move the needle, and the upshot?')).toBe('does it move the needle, and the result?');
    expect(r.size).toBe(1);
  });

  it('matches Spanish idioms with accents or without, and inflected', () => {
    const r = new IdiomReader([['echar leña al fuego', 'empeorar'], ['en pocas palabras', 'en resumen']], [(w) => es.stem(w)], () => false, true);
    expect(r.rewrite('¿Esto echa lena al fuego?')).toBe('¿Esto empeorar?');
    expect(r.rewrite('En pocas palabras, ¿qué pasó?')).toBe('en resumen, ¿qué pasó?');
  });
});

describe('IdiomReader: words alike but for an ending', () => {
  it('does not take a different word with the same start for an idiom word', () => {
    const r = new IdiomReader([['backfire', 'fail']], [stemEn]);
    expect(r.rewrite('can they backfill the jobs?')).toBe('can they backfill the jobs?');
    expect(r.rewrite('did it backfire?')).toBe('did it fail?');
  });
});

describe('IdiomReader: only whole words, and not words joined by symbols', () => {
  it('does not take a longer or shorter word for an idiom word without a stemmer saying so', () => {
    const r = new IdiomReader([['fishy', 'suspicious'], ['dept', 'department'], ['kinda', 'kind of']], []);
    expect(r.rewrite('any big fish?')).toBe('any big fish?');
    expect(r.rewrite('in depth')).toBe('in depth');
    expect(r.rewrite('what kind of step')).toBe('what kind of step');
    expect(r.rewrite('kinda fishy')).toBe('kind of suspicious');
  });
  it('leaves a word joined to another by a symbol', () => {
    const r = new IdiomReader([['r', 'are'], ['w', 'with']], []);
    expect(r.rewrite('R&D budget, w/o limits')).toBe('R&D budget, w/o limits');
    expect(r.rewrite('what r the effects')).toBe('what are the effects');
  });
  it('matches the forms of a Spanish verb only when asked to', () => {
    const loose = new IdiomReader([['echar leña al fuego', 'empeorar']], [(w) => es.stem(w)], () => false, true);
    const strict = new IdiomReader([['echar leña al fuego', 'empeorar']], [(w) => es.stem(w)]);
    expect(loose.rewrite('echan leña al fuego')).toBe('empeorar');
    expect(strict.rewrite('echan leña al fuego')).toBe('echan leña al fuego');
  });
});

describe('IdiomReader: a full stop ends a word, it does not join it', () => {
  it('reads shorthand and idioms before a full stop, not inside "U.S."', () => {
    const r = new IdiomReader([['ppl', 'people'], ['u', 'you']], []);
    expect(r.rewrite('how many ppl.')).toBe('how many people.');
    expect(r.rewrite('the U.S. said')).toBe('the U.S. said');
  });
  it('matches a Spanish idiom word by its ending only for a verb', () => {
    const r = new IdiomReader([['a dedo', 'arbitrariamente'], ['hacer agua', 'fallar']], [(w) => es.stem(w)], () => false, true);
    expect(r.rewrite('¿va a deducir algo?')).toBe('¿va a deducir algo?');
    expect(r.rewrite('el plan empieza a hace agua')).toBe('el plan empieza a fallar');
  });
});

describe('IdiomReader: a word typed as another word’s stem is no form of it', () => {
  it('"bot" is not "botar", whose stem it is; "botó" and "botaron" are', () => {
    const only = new IdiomReader([['botar', 'expulsar']], [(w) => es.stem(w)], () => false, true);
    expect(only.rewrite('bot, ¿cuántos eran?')).toBe('bot, ¿cuántos eran?');
    expect(only.rewrite('¿a cuántos botó México?')).toBe('¿a cuántos expulsar México?');
    expect(only.rewrite('los botaron')).toBe('los expulsar');
  });
});

describe('IdiomReader: a Spanish noun whose stem ends like an infinitive is no verb', () => {
  it('"puntero" does not take "punto", nor "mara" "marca"', () => {
    const r = new IdiomReader([['puntero', 'vigía'], ['mara', 'pandilla'], ['echar', 'expulsar']], [(w) => es.stem(w)], () => false, true);
    expect(r.rewrite('¿en qué punto está?')).toBe('¿en qué punto está?');
    expect(r.rewrite('¿qué marca es?')).toBe('¿qué marca es?');
    expect(r.rewrite('los echan')).toBe('los expulsar');
  });
});

describe('IdiomReader.rewrite, one word of the meaning at a time', () => {
  const reader = new IdiomReader([['hotbed', 'center breeding ground'], ['nip * in the bud', 'prevent stop *'], ['silver bullet', 'cure']], [stemEn]);
  const useful = (w: string): boolean | 'content' => (['center', 'ground', 'prevent', 'stop', 'cure'].includes(w) ? 'content' : false);
  it('keeps the picked word of meaning, the slot after it', () => {
    expect(reader.rewrite('a hotbed of weeds', useful, 0)).toBe('a center of weeds');
    expect(reader.rewrite('a hotbed of weeds', useful, 1)).toBe('a ground of weeds');
    expect(reader.rewrite('nip the weeds in the bud', useful, 1)).toBe('stop the weeds');
  });
  it('leaves an idiom as typed past its words, or when its meaning is one word', () => {
    expect(reader.rewrite('a hotbed of weeds', useful, 2)).toBe('a hotbed of weeds');
    expect(reader.rewrite('no silver bullet here', useful, 0)).toBe('no silver bullet here');
  });

  it('passes over a word of degree a speaker puts inside an idiom — only inside, and only the words given', () => {
    const r = new IdiomReader([['play * cards close to the chest', 'be secretive'], ['move the needle', 'make a difference']], [stemEn], () => false, false, ['so', 'really']);
    expect(r.rewrite('why are they playing their cards so close to the chest?')).toBe('why are they be secretive their?');
    expect(r.rewrite('did it move the really needle')).toBe('did it make a difference');
    // (A word that is no word of degree still breaks the idiom; one before it is no part of it.)
    expect(r.rewrite('did it move the big needle')).toBe('did it move the big needle');
    expect(r.rewrite('so move the needle')).toBe('so make a difference');
    const none = new IdiomReader([['move the needle', 'make a difference']], [stemEn]);
    expect(none.rewrite('did it move the really needle')).toBe('did it move the really needle');
  });

  it('review: passes over at most two words of degree, none across a pause — and thousands of them neither overflow nor match', () => {
    const r = new IdiomReader([['play * cards close to the chest', 'be secretive'], ['game changer', 'decisive development']], [stemEn], () => false, false, ['so', 'very', 'even']);
    expect(r.rewrite('playing their cards so very close to the chest')).toBe('be secretive their');
    expect(r.rewrite('is it a game, even changer?')).toBe('is it a game, even changer?');
    expect(r.rewrite('is it a game even, changer?')).toBe('is it a game even, changer?');
    const many = `playing their cards ${'so '.repeat(5000)}close to the chest`;
    expect(() => r.rewrite(many)).not.toThrow();
    expect(r.rewrite(many)).toBe(many);
  });
});
