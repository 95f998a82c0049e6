// A Spanish question gets the Spanish text of what answers it — one generated test per curated entry and known gap.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { withoutWrittenLead } from '../../src/engine/yes-no';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const engine = new AnswerEngine(knowledge);
/** Entry id → a Spanish question, for entries whose phrasings have none the engine answers from them. */
const translated: Record<string, string> =
  YAML.parse(fs.readFileSync(path.join(__dirname, 'spanish-questions.yaml'), 'utf8'))?.questions ?? {};

/** The entry's Spanish phrasing that it answers (the knowledge's own), else the test data's translation of its first. */
function spanishQuestion(id: string, phrasings: string[]): string | undefined {
  const spanish = phrasings.filter((p) => engine.answer(p).language === 'es');
  return spanish.find((p) => engine.answer(p).entryId === id) ?? translated[id];
}

describe('a Spanish question gets the Spanish answer of every curated entry', () => {
  it.each(knowledge.questions.map((q) => [q.id, q] as const))('%s', (id, q) => {
    const question = spanishQuestion(id, q.phrasings);
    if (!question) throw new Error(`${id}: add a Spanish phrasing the entry answers, or its translation to spanish-questions.yaml`);
    const a = engine.answer(question);
    expect(a).toMatchObject({ answered: true, language: 'es', entryId: id });
    // (An answer written to open with a probability, "Potencialmente.", may open with the lead the question gets.)
    expect(a.text).toContain(withoutWrittenLead(q.answerEs, knowledge.dialogue));
    expect(a.english).toContain(withoutWrittenLead(q.answer, knowledge.dialogue));
    expect(a.text).not.toContain(q.answer);
    // The citation keeps its section and English quote, under the section's Spanish title.
    const section = knowledge.sections.find((s) => s.id === q.source)!;
    expect(a.sources[0]).toMatchObject({ id: q.source, title: section.titleEs });
  });
});

describe('the test data’s translated questions get their entry’s Spanish answer', () => {
  it.each(Object.entries(translated))('%s', (id, question) => {
    const entry = knowledge.questions.find((q) => q.id === id)!;
    expect(engine.answer(question)).toMatchObject({ language: 'es', entryId: id, text: expect.stringContaining(entry.answerEs) });
  });
});

describe('a Spanish question gets the Spanish reply of every known gap', () => {
  it.each(knowledge.notCovered.map((t) => [t.id, t] as const))('%s', (id, t) => {
    const question = spanishQuestion(id, t.phrasings);
    if (!question) throw new Error(`${id}: add a Spanish phrasing the topic answers, or its translation to spanish-questions.yaml`);
    const a = engine.answer(question);
    expect(a).toMatchObject({ answered: false, language: 'es', entryId: id, text: t.replyEs, english: t.reply });
  });
});

describe('Spanish answers in every form', () => {
  it('reads "medidas" as measures, not as a misspelling of another Spanish word', () => {
    const a = engine.answer('¿qué medidas pide el texto contra el lavado de dinero?');
    expect(a).toMatchObject({ answered: true, language: 'es' });
    expect(a.sources[0]?.id).toBe('strategy.financial-networks');
  });

  it('defines a glossary term in Spanish, under its Spanish name', () => {
    const term = knowledge.glossary.find((g) => g.term === 'cartel')!;
    const a = engine.answer('¿Qué significa cártel?');
    expect(a).toMatchObject({ entryId: 'cartel', language: 'es', text: `**${term.es[0]}** — ${term.definitionEs}` });
  });

  it('gives a list item by position in Spanish, and the next one in the conversation', () => {
    const third = engine.answer('¿Cuál es el tercer componente?');
    const item = knowledge.sections.find((s) => s.id === 'strategy.economic-development')!;
    expect(third.text).toBe(`**Desarrollo económico** — ${item.textEs!.slice(item.textEs!.indexOf(':') + 1).trim()}`);
    expect(third.english).toContain('**Economic Development** — Providing economic opportunities');
    expect(third.sources[0].title).toBe('Componente: Desarrollo económico');
    const next = engine.answer('¿y el siguiente?', { state: third.state });
    expect(next.text).toMatch(/^\*\*Reducción de la demanda de drogas\*\* — Reducir la demanda/);
  });

  it('counts a list in Spanish, with the items named in Spanish', () => {
    const a = engine.answer('¿Cuántos elementos clave hay?');
    expect(a.text).toBe(
      'El artículo enumera cuatro elementos clave: Intercambio de inteligencia, Operaciones conjuntas, Control fronterizo y Atención de las causas de fondo.',
    );
    expect(a.english).toBe(
      'The article lists four key elements: Intelligence Sharing, Joint Operations, Border Control and Addressing Root Causes.',
    );
  });

  it('opens a yes/no answer with the Spanish lead, read off the same English text', () => {
    const a = engine.answer('¿Expulsar a los miembros basta para desmantelar el cártel?');
    const leads = knowledge.dialogue.leads;
    expect(Object.values(leads.es).some((l) => a.text.startsWith(l))).toBe(true);
    const lead = (Object.keys(leads.es) as Array<keyof typeof leads.es>).find((k) => a.text.startsWith(leads.es[k]))!;
    expect(a.english!.startsWith(leads.en[lead])).toBe(true);
  });

  it('quotes the English article behind a Spanish lead-in when a follow-up is answered from its sentences', () => {
    const first = engine.answer('¿Qué dice el artículo sobre el impacto a largo plazo?');
    const why = engine.answer('¿y por qué?', { state: first.state });
    expect(why.followUp).toBe(true);
    expect(why.text).toMatch(/^Del artículo \(en inglés\): “[A-Z]/);
    expect(why.text).toContain(why.english);
  });

  it('says in Spanish that a list item shown whole is all the article says, quoting the part that answers', () => {
    const first = engine.answer('¿Cuál es el segundo efecto?');
    const why = engine.answer('¿y por qué?', { state: first.state });
    expect(why.text).toMatch(/^Eso es todo lo que dice el artículo sobre Enviar un mensaje: “[A-Z]/);
  });

  it('declines in Spanish and offers the entries’ Spanish phrasings', () => {
    const a = engine.answer('¿Quién ganó el mundial de fútbol?');
    expect(a).toMatchObject({ answered: false, text: knowledge.replies.replies.decline.es });
    const spanishPhrasings = new Set(knowledge.questions.flatMap((q) => q.phrasings).filter((p) => /^¿/.test(p)));
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(spanishPhrasings).toContain(s);
  });

  it('still answers an English question in English, with no English copy beside it', () => {
    const a = engine.answer('How many people did Mexico expel?');
    const entry = knowledge.questions.find((q) => q.id === 'how-many-expelled')!;
    expect(a).toMatchObject({ language: 'en', entryId: entry.id, text: entry.answer });
    expect(a.english).toBeUndefined();
    expect(a.sources[0].title).toBe('What Happened? The Expulsion Details');
    expect(a.suggestions).toContain('What happened?');
  });
});
