import { askedTopic } from '../../src/engine/topic';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const d = loadKnowledge(KNOWLEDGE_DIR).dialogue;

describe('askedTopic', () => {
  it.each([
    ['hey bot does the article mention harm reduction at all or is it all cops and walls 😅', 'harm reduction at all'],
    ['does it say anything about poverty being part of the problem? asking bc that is our mission', 'poverty being part of the problem'],
    ["what's the deal w/ corruption in all this", 'corruption in all this'],
    ['wat dose it say abt monney laundring', 'monney laundring'],
    ['¿el artículo habla de la corrupción?', 'la corrupcion'],
  ])('reads the topic of "%s"', (message, topic) => {
    expect(askedTopic(message, d)).toBe(topic);
  });

  it('reads a phrase in quotes as the topic, whatever the frame — not an apostrophe inside a word', () => {
    expect(askedTopic("hey bot, ¿qué significa 'harm reduction' en el contexto de la nota?", d)).toBe('harm reduction');
    expect(askedTopic('does the piece explain what “joint operations” means or just name-drop it', d)).toBe('joint operations');
    expect(askedTopic("what's the article's take, doesn't it say?", d)).toBeUndefined();
  });

  it('names no topic when someone else is the one saying, or no marker is there', () => {
    expect(askedTopic('what did the US ambassador say about the expulsion?', d)).toBeUndefined();
    expect(askedTopic('how many were expelled?', d)).toBeUndefined();
    expect(askedTopic('does it mention', d)).toBeUndefined();
  });
});
