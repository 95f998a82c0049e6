import { AnswerEngine, firstQuestion, reportedQuestion } from '../../src/engine/answer-engine';
import { articleOnly } from '../../src/knowledge/article-only';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const engine = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR));
/** The same engine from the article alone (`--article-only`): no curated questions, known gaps or glossary. */
const alone = new AnswerEngine(articleOnly(loadKnowledge(KNOWLEDGE_DIR)));

/** Runs messages as one person in one channel, passing each answer's state to the next. */
function converse(...messages: string[]) {
  return converseWith(engine, ...messages);
}

function converseWith(bot: AnswerEngine, ...messages: string[]) {
  let state: ReturnType<typeof engine.answer>['state'];
  return messages.map((m) => {
    const a = bot.answer(m, { state });
    state = a.state;
    return a;
  });
}

describe('AnswerEngine.answer', () => {
  it('keeps the idiom, cognate, concession and follow-up readings from overreaching (second review)', () => {
    // An idiom read word by word only for a message naming the article besides it, and not about the asker's life.
    expect(converse('how many were expelled?', 'my coworker has a blind spot for typos, how do I tell her?')[1].answered).toBe(false);
    expect(engine.answer('my small business is in the red, how do I turn the corner?').answered).toBe(false);
    expect(engine.answer('our bake sale made money hand over fist, what should we do with it?').answered).toBe(false);
    // Cognates only by endings that keep their sense: "públicos" is not read as "public" (→ citizens).
    expect(alone.answer('¿Por qué hay tan pocos detalles públicos sobre la expulsión?').text).toMatch(/segur|safety|scarce|escas/i);
    expect(engine.answer('¿Qué piensa la sociedad mexicana del fútbol?').answered).toBe(false);
    // A clause granting "cartel members" does not say the whole cartel is dismantled.
    for (const q of ['does expelling cartel members automatically dismantle the whole cartel?', 'were the alleged cartel members convicted?', 'is this action a positive step that will end the drug war?']) {
      expect(alone.answer(q).text).not.toMatch(/^Yes\./);
    }
    // "Not necessarily" over the whole-claim "though": "because it ended organized crime" is not granted.
    expect(engine.answer('was the expulsion significant because it ended organized crime?').text).not.toMatch(/^Yes\./);
    // Saying again all the last answer said of its part is a repeat.
    const [first, again] = converse('what does the article say about border control?', 'what is it supposed to prevent?');
    expect(again.text).not.toBe(first.text);
  });

  it('reads a Spanish word the dictionary lacks by its English cognate ("financieras" → financial)', () => {
    const a = engine.answer('¿Qué medidas financieras recomienda el autor contra los cárteles?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/redes financieras/);
  });

  it('keeps the thirteenth round\'s readings from overreaching (review)', () => {
    // A phrase's inner words are its own words, not their synonyms: "in the short term" says nothing of the long run.
    expect(alone.answer('will the expulsion hurt the cartels in the long run?').text).not.toMatch(/^Yes\. Disrupt operations temporarily/);
    // An aside before a bare ask leaves nothing of the topic: declined as before.
    expect(alone.answer("grocery list is eggs and milk. what's the strategy?").answered).toBe(false);
    expect(alone.answer("my laptop battery died again — what's the solution?").answered).toBe(false);
    // "which X Y…?" asks for X's Y, not for which X.
    for (const q of ['which cartel members got the message?', 'which expulsion strategy is effective?', 'which cartel networks launder money?']) {
      expect(alone.answer(q).text).not.toMatch(/haven't been explicitly detailed/);
    }
    // A yes/no question about all of them asks of each, not for the list.
    expect(engine.answer('Can all the expelled individuals be sources of information?').text).not.toMatch(/lists three effects/);
    // "However, it's crucial…" refers to nothing before it.
    expect(alone.answer('What does addressing root causes involve according to the article?').text).toMatch(/poverty/);
    // A follow-up whose answer the last answer said in its own words still gets that sentence.
    const [, helps] = converse('what does the article say about corruption?', 'how does it help the cartels?');
    expect(helps.text).toMatch(/rule of law|impunity/);
  });

  it('reads an idiom whose meaning is several words one word at a time when the whole meaning finds nothing', () => {
    // "hotbed" means "center of activity breeding ground": "breeding ground" alone meets nothing, "center" does not
    // mislead — read word by word, the border's vastness answers.
    expect(engine.answer("What's the 30,000-foot view of why the border is a hotbed for smuggling?").text).toMatch(/vast/);
    expect(engine.answer('what does the piece say about nipping the problem in the bud in poor neighborhoods?').text).toMatch(/vulnerable communities/);
    // Nothing of the article besides the idiom: still declined.
    expect(engine.answer('how do I nip my procrastination in the bud?').answered).toBe(false);
  });

  it('reads "While this action…" as about what the sentence before names: "good news or bad news?" from the article alone', () => {
    const tone = alone.answer('does the article frame the expulsion as good news or bad news?');
    expect(tone.answered).toBe(true);
    expect(tone.text).toMatch(/positive step/);
  });

  it('reads a word the article says only inside a phrase ("launder money") as said there, less than a sentence of its own', () => {
    const money = alone.answer('what does the piece say about going after cartel money?');
    expect(money.answered).toBe(true);
    expect(money.text).toMatch(/launder money/);
  });

  it('answers "which X…?" with the sentence saying X is not given, however the relation to X is worded or X misspelt', () => {
    // From the article alone: "belonged to" reads as the article's "cartel affiliation", said of the thing asked.
    for (const q of ['does the article actually say which cartels they belonged to?', 'wich cartles were invovled in the expulsoin']) {
      const a = alone.answer(q);
      expect(a.text).toMatch(/^The article doesn't say\./);
      expect(a.text).toMatch(/haven't been explicitly detailed/);
    }
    // "which point in the list…" asks for an item.
    expect(alone.answer('which point in the expulsions list is about getting info from the people expelled?').text).toMatch(/Provide valuable intelligence/);
  });

  it('answers a message asking for many things with the whole list when one of its items would answer, not when it names the item', () => {
    for (const bot of [engine, alone]) {
      const ways = bot.answer('list the ways expulsions can hurt cartels, per the piece');
      expect(ways.text).toMatch(/Disrupt operations[\s\S]*Send a message[\s\S]*Provide valuable intelligence/);
    }
    expect(engine.answer('run me through all the things expulsions can do to cartels').text).toMatch(/Send a message[\s\S]*Provide valuable intelligence/);
    // One item's own topic, or its name, asks for that item.
    const corruption = engine.answer('what measures does it propose against corruption?');
    expect(corruption.text).toMatch(/anti-corruption/);
    expect(corruption.text).not.toMatch(/Economic Development/);
    expect(engine.answer('what are the ways to strengthen law enforcement capacity?').text).not.toMatch(/Targeting Financial Networks/);
    // "whole" asks for all of one thing, not for many.
    expect(engine.answer("What's the upshot of this whole expulsion business?").text).not.toMatch(/lists three/);
  });

  it('weighs little an aside that names nothing the knowledge says, but not the guesses or the statement a question points back at', () => {
    // Before, "MD", "allergic" and "partial" outweighed the list asked for and the question was declined.
    const list = engine.answer('Lay out every key element of cross-border security the article lists — all of them, our MD is allergic to partial lists.');
    expect(list.answered).toBe(true);
    expect(list.text).toMatch(/Intelligence Sharing[\s\S]*Root Causes/);
    // The statement is the topic when the question points back at it; guesses after a question are what it asks.
    expect(engine.answer('hey bot the printer in the office is jammed again, how do i fix it').answered).toBe(false);
    expect(alone.answer('hey bot the printer in the office is jammed again, how do i fix it').answered).toBe(false);
    expect(alone.answer('were any other countries, like Guatemala or Colombia, involved in the operation?').answered).toBe(false);
    expect(alone.answer('which cartels were they with? sinaloa? CJNG?').answered).toBe(false);
  });

  it('answers with a concise text, a cited source with a quote from it, and related questions', () => {
    const a = engine.answer('how many people were expelled?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/26/);
    expect(a.text.length).toBeLessThan(1000);
    expect(a.sources).toHaveLength(1);
    const [source] = a.sources;
    expect(source.id).toBe('expulsion-details');
    expect(engine.section(source.id)!.text.replace(/\s+/g, ' ')).toContain(source.quote.replace(/…$/, ''));
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    expect(a.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['why does the frontier matter for security', 'cross-border-security'],
    ['what are the key elements of cross-border security', 'cross-border-security'],
    ['how can cartels launder money', 'strategy.financial-networks'],
    ['how many cartell members were expeled', 'expulsion-details'],
    ['fentanil', 'future.fentanyl'],
    ['sovreignty', 'future|cross-border-security.joint-operations'],
    ['¿Por qué importa la frontera?', 'cross-border-security'],
    ['¿Cuántos fueron expulsados?', 'expulsion-details'],
    ['which cartels were they from?', 'expulsion-details'],
  ])('answers %j from %s', (question, source) => {
    const a = engine.answer(question);
    expect({ answered: a.answered, source: a.sources[0]?.id ?? null }).toEqual({ answered: true, source: expect.stringMatching(new RegExp(`^(${source})$`)) });
  });

  it('says exactly what the article does not know instead of guessing', () => {
    const a = engine.answer('which cartels were they from?');
    expect(a.text).toMatch(/haven't been explicitly detailed|not.*detailed/i);
  });

  it.each([
    "what's the weather in Paris tomorrow?",
    'who won the world cup',
    'how do I reverse a string in python',
    'write me a poem about the ocean',
  ])('declines the unrelated %j with suggestions', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/can't answer|can only|article/i);
    expect(a.text.split('\n')).toHaveLength(1);
    expect(a.sources).toEqual([]);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ['what are the names of the people expelled?', /doesn't name/],
    ['which US agency was involved?', /agency|agencies/],
    ['what was the exact date of the expulsion?', /date/],
    ['how much money do cartels make a year?', /figures|money|revenue/],
  ])('declines the near-topic %j, saying what the article does not state', (q, says) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(says);
  });

  it.each([
    ['who was expelled?', 'who-was-expelled'],
    ['who did Mexico expel?', 'who-was-expelled'],
    ['¿A quiénes expulsaron?', 'who-was-expelled'],
    ['who expelled them?', 'who-expelled-them'],
    ['¿Quién los expulsó?', 'who-expelled-them'],
  ])('tells who did it from who it was done to: %j', (q, entry) => expect(engine.answer(q).entryId).toBe(entry));

  it.each([
    ['chat phrases are chat, not topics', 'my uncle keeps saying this expulsion will basically end the cartels. does the article actually back that up?', 'impact'],
    ['chat phrases are chat, not topics', 'we had a debate in class about whether poverty drives cartel recruitment. does the article take a side on that?', 'cross-border-security.root-causes'],
    ['a typo as people type it', 'wat r the root cuases', 'cross-border-security.root-causes'],
    ['a small number as people type it', 'the 3 effects', 'impact'],
    ['a small number as people type it', 'list the 5 components', 'strategy'],
    ['"which …" that the article answers', 'which law enforcement agencies share intelligence', 'cross-border-security.intelligence-sharing'],
    ['"which …" that the article answers', 'which cartels were involved?', 'expulsion-details'],
    ['a one-topic question', 'does it mention poverty', 'cross-border-security.root-causes'],
    ['a one-topic question', 'econ development', 'strategy.economic-development'],
  ])('answers from the right section — %s: %j', (_why, q, section) => {
    expect(engine.answer(q)).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: section })] });
  });

  it("answers a summary of the article with its opening, and declines a summary of something else", () => {
    const opening = engine.knowledge.sections[0].text.split('. ')[0];
    expect(engine.answer('ngl i skipped the reading, whats the article about in 1 sentence').text.startsWith(opening)).toBe(true);
    expect(engine.answer('can you summarize the latest CBO score on the farm bill').answered).toBe(false);
  });

  it('answers "what should be done" with the recommendation, not the diagnosis', () => {
    const a = engine.answer('Does the piece propose throttling the appetite for narcotics north of the border?');
    expect(a.sources[0]?.id).toBe('strategy.demand-reduction');
    expect(engine.answer('why is the border a prime area for trafficking?').sources[0]?.id).toBe('cross-border-security');
  });

  it.each(['how do i fix it', 'how do we fix this?'])('does not answer one generic word as if it were a topic: %j', (q) => {
    expect(engine.answer(q).answered).toBe(false);
  });

  it.each(['which officials were caught taking cartel money?', 'which companies are creating jobs in these vulnerable communities?', 'which Mexican states are these vulnerable communities in?'])(
    'declines asking for a named body or place the article never names: %j',
    (q) => expect(engine.answer(q).answered).toBe(false),
  );

  it('declines facts about particular ones of the 26, but answers what the article says of them all', () => {
    expect(engine.answer('did any of the 26 agree to become informants?').answered).toBe(false);
    expect(engine.answer('were any of them Americans?')).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'expulsion-details' })] });
  });

  it('declines durations the article never gives, but says how long the disruption lasts in its own words', () => {
    expect(engine.answer('How long did the investigation run before the 26 were identified?').answered).toBe(false);
    expect(engine.answer('How long is the US-Mexico border?').answered).toBe(false);
    expect(engine.answer('how long does the disruption last?')).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'impact.disrupt-operations' })] });
  });

  it('reads an English question naming El Paso as English, and "weather" as weather', () => {
    const a = engine.answer('weather in el paso tomorrow?');
    expect(a).toMatchObject({ answered: false, language: 'en' });
  });

  it.each(['define money laundering', 'definition of sovereignty', 'meaning of cartel'])('answers a glossary request: %j', (q) => {
    expect(engine.answer(q).answered).toBe(true);
  });

  it.each([
    'What is the poverty rate in the communities cartels recruit from?',
    'Have any new arrests already resulted from information the 26 provided?',
    'How long does it usually take a cartel to replace an expelled leader?',
  ])('declines rates, outcomes so far and typical durations: %j', (q) => expect(engine.answer(q).answered).toBe(false));

  it('answers a short follow-up from the previous question it is given, and nothing else', () => {
    const previousQuestion = 'What is intelligence sharing?';
    expect(engine.answer('who is supposed to be sharing it?', { previousQuestion })).toMatchObject({
      answered: true,
      followUp: true,
      question: 'who is supposed to be sharing it?',
      sources: [expect.objectContaining({ id: 'cross-border-security.intelligence-sharing' })],
    });
    expect(engine.answer('why not?').answered).toBe(false);
    expect(engine.answer("what's the weather like?", { previousQuestion }).answered).toBe(false);
    expect(engine.answer('thanks!', { previousQuestion }).text).toMatch(/^You're welcome/);
    // A question that stands on its own is answered on its own…
    expect(engine.answer('which cartels?', { previousQuestion }).followUp).toBeUndefined();
    // …unless it points back with "it" or "that".
    expect(engine.answer('why does it matter?', { previousQuestion: 'what about corruption?' })).toMatchObject({
      followUp: true,
      sources: [expect.objectContaining({ id: 'strategy.combating-corruption' })],
    });
  });

  it.each(['got it', 'good to know', "thanks, that's all for now", 'see you later', 'eso es todo', 'gracias, nada más'])(
    'takes the sign-off %j as small talk, never as a follow-up',
    (q) => {
      const a = engine.answer(q, { previousQuestion: 'How many people did Mexico expel?' });
      expect(a).toMatchObject({ answered: false });
      expect(a.followUp).toBeUndefined();
    },
  );

  it('answers Spanish sign-offs in Spanish', () => {
    expect(engine.answer('hasta luego').text).toMatch(/^¡Hasta pronto!/);
    expect(engine.answer('¿qué puedes?').text).toMatch(/^Soy BorderBrief/);
  });

  it.each([
    ['did US authorities say anything about the expulsion?', 'reaction'],
    ['how much money did the US spend to help Mexico?', 'amount'],
  ] as const)('reads the cue of %j', (q, cue) => {
    expect(engine['analyzer'].analyze(q).cues.has(cue)).toBe(true);
  });

  it.each([
    ['¿cuáles de los cárteles operan en México?', 'subset'],
    ['the day after the expulsion, what happened?', 'when'],
    ['¿cuánto tiempo dura la interrupción?', 'amount'],
  ] as const)('does not read the cue of %j', (q, cue) => {
    expect(engine['analyzer'].analyze(q).cues.has(cue)).toBe(false);
  });

  it('does not answer a message whose only topic is a time of day', () => {
    expect(engine.answer('alguien sabe si hay junta hoy a las 4?').answered).toBe(false);
  });

  it('tells a question about a sum of money from one about a degree', () => {
    expect(engine.answer('How much does the US spend on drug treatment programs?').answered).toBe(false);
    expect(engine.answer('how much does the sheer size of the border matter?')).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'cross-border-security' })],
    });
  });

  it('reads a Spanish question without accents or markers as Spanish, typos included', () => {
    const a = engine.answer('inteligensia compartida entre agensias');
    expect(a).toMatchObject({ answered: true, language: 'es', sources: [expect.objectContaining({ id: 'cross-border-security.intelligence-sharing' })] });
  });

  it('reads "¿cuánto vale X?" as what X is worth and "pone fin a" as "puts an end to", "vale" alone being chat', () => {
    expect(engine.answer('¿cuánto vale el narcotráfico?').text).toMatch(/no da ninguna cifra/);
    expect(engine.answer('¿esto pone fin a los cárteles?').text).toMatch(/^No necesariamente/);
  });

  it('reads peninsular Spanish: "¿qué pone el artículo sobre X?" asks what it says, "vale" and "de veras" are chat', () => {
    expect(engine.answer('Vale, ¿y qué pone sobre la corrupción exactamente?').sources[0]?.id).toBe('strategy.combating-corruption');
    expect(engine.answer('¿Menciona el fentanilo en algún sitio?').sources[0]?.id).toBe('future.fentanyl');
    expect(engine.answer('bot, esto de veras desmantela el cartel o nomás es puro show?').text).toMatch(/^No necesariamente/);
  });

  it('answers Spanish and English versions of a question from the same section', () => {
    expect(engine.answer('¿Qué es el lavado de dinero?').sources[0]?.id).toBe(engine.answer('what is money laundering?').sources[0]?.id);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['10,000 characters', 'why does the border matter '.repeat(400).slice(0, 10_000)],
    ['emoji', '🤔🇲🇽🌵🔥'],
    ['right-to-left', 'لماذا تهم الحدود؟ מה קרה'],
    ['binary-looking', '\u0000\u0001\u0002\uFFFD\u0007'.repeat(50)],
    ['markup', '<script>alert(1)</script><b>cartel</b>'],
    ['SQL-looking', "'; DROP TABLE question_log; --"],
    ['mentions', '<!everyone> @here <@U123> how many were expelled'],
    ['JavaScript property names', 'constructor __proto__ hasOwnProperty toString valueOf wich constructor'],
  ])('gives a clear answer or decline for %s input, never a crash', (_name, q) => {
    const a = engine.answer(q);
    expect(typeof a.answered).toBe('boolean');
    expect(a.text.length).toBeGreaterThan(0);
    expect(a.text.length).toBeLessThan(1000);
    expect(a.text).not.toMatch(/<!everyone>|<@U123>|@here/);
  });

  it.each([
    ['hello', /^Hi! I answer questions/],
    ['thanks!', /^You're welcome/],
    ['hola', /^¡Hola!/],
    ['muchas gracias', /^¡De nada!/],
    ["thanks, that's all for now", /^You're welcome/],
    ["perfect, that's what I needed", /^Glad that helped/],
    ["ok that's it for today, bye", /^Talk soon/],
    ['eso es todo', /^¡Hasta pronto!/],
  ])('answers the small talk %j kindly, with suggestions', (q, says) => {
    const a = engine.answer(q);
    expect(a).toMatchObject({ answered: false, text: expect.stringMatching(says) });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ['what can you do', /^I'm BorderBrief/],
    ['are you a bot?', /^I'm BorderBrief/],
    ['¿qué puedes hacer?', /^Soy BorderBrief/],
  ])('says what it is when asked about itself: %j', (q, says) => {
    const a = engine.answer(q);
    expect(a).toMatchObject({ answered: false, text: expect.stringMatching(says) });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('answers "what can you tell me about fentanyl" about fentanyl, not about itself', () => {
    expect(engine.answer('what can you tell me about fentanyl').sources[0]?.id).toBe('future.fentanyl');
  });

  it.each([
    'have there been more arrests since then?',
    'are the expelled currently in prison?',
    '¿ya hubo más arrestos hasta ahora?',
    'which cartel is the most powerful in Mexico right now?',
    'how many times has Mexico done expulsions like this before?',
    '¿Cuántas veces ha hecho México expulsiones así en el pasado?',
  ])(
    'declines what happened after the article: %s',
    (q) => expect(engine.answer(q).answered).toBe(false),
  );

  it.each([
    ['when did this happen', /exact date.*recently/],
    ['can you give me the names of the people Mexico expelled?', /doesn't name/],
    ['what did the US ambassador to Mexico say about the handover?', /doesn't/],
  ])('declines %j saying what the article does not state', (q, says) => {
    const a = engine.answer(q);
    expect(a).toMatchObject({ answered: false, text: expect.stringMatching(says) });
  });

  it('declines a question about costs: the article states no figures', () => {
    expect(engine.answer('How much did the operation cost?').answered).toBe(false);
  });

  it('prompts with an example when the question is empty', () => {
    expect(engine.answer('  ').text).toMatch(/Ask me a question.*for example/);
  });
});

describe('AnswerEngine.suggest', () => {
  it('suggests up to 25 answerable questions, fuzzily, as someone types', () => {
    const s = engine.suggest('fentanil');
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(25);
    expect(s.join(' ')).toMatch(/fentanyl/i);
    expect(engine.suggest('').length).toBe(25);
  });
});

describe('AnswerEngine with chatty messages', () => {
  it('answers the question sentence of a message that also gives context', () => {
    const a = engine.answer("I'm writing a school report on Latin American politics. How many suspects were kicked out?");
    expect(a).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'expulsion-details' })] });
    expect(a.question).toMatch(/^I'm writing/);
  });

  it('answers from the context when the question sentence names no topic, however chatty the context', () => {
    const a = engine.answer('My roommate keeps ranting over breakfast that Mexico booted some cartel guys. How many were there?');
    expect(a).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'expulsion-details' })] });
    expect(a.text).toMatch(/26/);
  });

  it.each([
    ['My editor asked me whether the article covers fentanyl at all. Can you check for me?', 'future.fentanyl'],
    ['Mi jefa pregunta si la nota habla del fentanilo. ¿Sí o no?', 'future.fentanyl'],
  ])('answers the question a message reports ("asked me whether…"): %s', (q, source) => {
    const a = engine.answer(q);
    expect(a).toMatchObject({ answered: true, question: q, sources: [expect.objectContaining({ id: source })] });
  });

  it.each(['what message do expulsions send', '¿por qué hay tan poca info sobre los expulsados?', 'how do you target cartel finances'])(
    'suggests related questions from the answer’s own part of the article: %s',
    (q) => {
      const a = engine.answer(q);
      const top = (id: string) => id.split('.')[0];
      const sourceOf = (phrasing: string) => engine.knowledge.questions.find((e) => e.phrasings.includes(phrasing))!.source;
      expect(a.suggestions).toHaveLength(3);
      const sameFamily = a.suggestions.filter((s) => top(sourceOf(s)) === top(a.sources[0].id));
      expect(sameFamily.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('reads "Name the…" as a list request, not a question about names', () => {
    expect(engine.answer('Name the possible effects of the expulsions.').sources[0]?.id).toBe('impact');
  });
});

describe('AnswerEngine with a topic named in a chatty frame', () => {
  it('answers the topic a declined message names ("does it mention X at all or is it all Y?")', () => {
    const a = engine.answer('hey bot does the article mention harm reduction at all or is it all cops and walls 😅');
    expect(a).toMatchObject({ answered: true, sources: [{ id: 'strategy.demand-reduction' }] });
  });
  it('sums up the part of the article a summary request names by its title, and the whole for "what happened"', () => {
    const part = engine.answer("what's the conclusion's bottom line, in like 1 sentence pls");
    expect(part).toMatchObject({ answered: true, sources: [{ id: 'conclusion' }] });
    const whole = engine.answer('our social team wants a 1-sentence summary of what happened');
    expect(whole).toMatchObject({ answered: true, sources: [{ id: 'intro' }] });
    expect(engine.answer('summarize the farm bill for me').answered).toBe(false);
  });

  it('answers from the part of the article a message names as a section, and sums up a part asked about "overall"', () => {
    const future = engine.answer('ok what else does the future section say needs to happen?');
    expect(future).toMatchObject({ answered: true, sources: [{ id: 'future' }] });
    const overall = engine.answer("prof said to focus on the conclusion — what's it say overall?");
    expect(overall).toMatchObject({ answered: true, sources: [{ id: 'conclusion' }] });
    expect(engine.answer('what does the weather section of the paper say?').answered).toBe(false);
  });

  it('quotes the sentence that goes on with "Its…" together with the one it continues', () => {
    const a = alone.answer('what makes the US-MX border such a headache?');
    expect(a.text).toMatch(/unique set of security challenges/);
    expect(a.text).toMatch(/vastness/);
  });

  it('reads "where does X show up / fit?" as where the article says X, not as a place', () => {
    for (const q of ['lol ok where does fentanyl even show up in this thing', 'and fentanyl, where does that fit?', 'where does fentanyl come up in the article?']) {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/continuous collaboration/);
    }
    expect(engine.answer('¿Dónde aparece el fentanilo en el artículo?').text).toMatch(/colaboración continua/);
    // A place asked of it is still a gap the article does not fill — also when the text is not named (review).
    for (const q of ['where is fentanyl made?', 'where did the 26 show up after they were expelled?', 'where does fentanyl show up first in the US?', 'where do most of the drugs show up?', 'where do the 26 fit in the cartel hierarchy?']) {
      expect(engine.answer(q).answered).toBe(false);
    }
  });

  it('answers "what does it propose about that X part?" with what the article prescribes for X, not the sentence naming X', () => {
    for (const ask of ['what does it propose about that demand part?', 'and what does the article want done about that demand?']) {
      const [, remedy] = converse('what makes the border so hard to secure?', ask);
      expect(remedy.text).toMatch(/prevention/i);
      expect(remedy.text).not.toMatch(/vastness/);
    }
    // A list's noun names no topic: "what measures does it propose there?" stays on the part the conversation is on.
    const [, measures] = converse('what does the article say about cartel financial networks?', 'what measures does it propose there?');
    expect(measures.text).not.toMatch(/five critical components/);
  });

  it('answers "which specific <kind> does it single out?" with the glossary term of that kind (is_a), only when asked so', () => {
    for (const q of ['hey bot which specific drug gets a shoutout in the article', 'any mention of a specific drug?', 'and which drug needs continuous collaboration?', '¿qué droga menciona específicamente?']) {
      expect(engine.answer(q).text).toMatch(/fentan/);
    }
    // The kind's word modifying a noun ("drug cartels", "the drug problem"), or other words the term's part does not
    // say ("which drug does the US have high demand for?"), ask something else.
    for (const q of ['which drug cartels were involved?', 'which drug does the US have high demand for?', 'does the article say anything about the American side of the drug problem?']) {
      expect(engine.answer(q).text).not.toMatch(/^\*\*fentanyl\*\*/);
    }
    // Naming the term is no kind asked: a detail of it the article lacks stays declined.
    expect(engine.answer('which fentanyl test strip brand do other border NGOs use').answered).toBe(false);
    // (Review) Words only the known gaps have, or that the knowledge never uses, ask of what the article lacks; and
    // "which drug do Americans use?" asks what someone else does.
    for (const q of ['does it mention a drug like cocaine?', 'which drug is it, meth?', 'does it mention a drug called carfentanil?', 'does it mention any drug overdose numbers?', 'any mention of a drug lab?', 'which drug was found in the trucks?', 'does it mention any drug legalization?']) {
      expect(engine.answer(q).answered).toBe(false);
    }
    expect(engine.answer('which drug do americans use the most?').text).not.toMatch(/^\*\*fentanyl\*\*/);
  });

  it('reads Spanish chat words for people and voseo fillers as chat ("vatos", "plebes", "decime"), and says what the article does say of charges', () => {
    expect(engine.answer('ey bot, qué onda, how many vatos did mexico expel fr?').text).toMatch(/26/);
    expect(engine.answer('oye bot, ¿a cuántos vatos kicked out México?').text).toMatch(/26/);
    expect(engine.answer('Illo, pa el briefing, ¿cuánta gente han expulsao exactly?').text).toMatch(/26/);
    expect(engine.answer('Púchica, ¿y qué dice del lavado de dinero?').answered).toBe(true);
    const charged = engine.answer('¿y de qué se les acusa?');
    expect(charged.answered).toBe(false);
    expect(charged.text).toMatch(/sospechos/);
  });

  it('reads "ty 🙏 last one: anything on X?" as the last question about X, not the last item of a list', () => {
    for (const q of ['hey bot ty for earlier 🙏 last one: anything on harm reduction?', 'last one: anything on harm reduction?']) {
      expect(engine.answer(q).text).toMatch(/[Hh]arm reduction/);
      expect(engine.answer(q).text).not.toMatch(/Financial Networks/);
    }
    // A preamble that asks is a question about the last one.
    expect(engine.answer('which is the last one: harm reduction?').text).toMatch(/Financial Networks/);
  });

  it('answers whether something is certain from how sure the article is, never with a plain "Yes." over a doubt', () => {
    const definitely = engine.answer('Does the article say the intelligence sharing definitely happened?');
    expect(definitely.answered).toBe(true);
    expect(definitely.text).toMatch(/likely/);
    expect(definitely.text).not.toMatch(/^Yes/);
    expect(engine.answer('were they confirmed cartel members?').text).toMatch(/^Not necessarily\. .*suspected/);
    expect(engine.answer('were they suspected cartel members?').text).toMatch(/^Yes/);
    // (Review) A doubt said of something else is no doubt of what is asked; asked whether it is a guess, it is a yes.
    expect(engine.answer('is it confirmed that 26 people were expelled?').text).toMatch(/^Yes/);
    expect(engine.answer('is it a guess that they were cartel members?').text).toMatch(/^Yes/);
    expect(engine.answer('is it certain that it will rain tomorrow?').answered).toBe(false);
  });

  it('reads chat shorthand ("prob"), but not "def", which is as often "definition"', () => {
    expect(engine.answer('for my notes: what does the article say prob led to the expulsion in the first place?').text).toMatch(/intelligence/);
    expect(engine.answer('def of organized crime?').text).toMatch(/organized crime/);
    expect(engine.answer('is the border def a prime area for trafficking?').text).not.toMatch(/^Not necessarily/);
  });

  it('does not make a chat message about something else a question about the article by an idiom in it (review)', () => {
    for (const q of ['the Dodgers have a deep bench this year', 'is my landlord a bent copper?', 'is the kitchen a hot zone?', 'your guess is as good as mine lol', 'is it a protection racket?']) {
      expect(engine.answer(q).answered).toBe(false);
    }
  });

  it('adds the reason a hedged claim rests on when the question asks why, and only then', () => {
    const why = engine.answer('What reasons does the piece give for why the long-term effect of the expulsion is uncertain?');
    expect(why.text).toMatch(/remains to be seen/);
    expect(why.text).toMatch(/does not necessarily dismantle/);
    // The yes/no question gets the hedge with its reason ("are cartels easy to take down?" is answered by the reason),
    // and "why not?" after it that reason again, alone and pointed back to — not the sentence after it, nor the whole
    // answer, nor the reason said again as news (sixteenth round).
    const [asked, whyNot] = converse('Does removing cartel leaders dismantle the whole organization?', 'why not?');
    expect(asked.text).toMatch(/^Not necessarily/);
    expect(asked.text).toMatch(/resilient/);
    expect(whyNot.text).toMatch(/^That is the reason the article gives: “Cartels are often resilient and adaptable[^]*”$/);
    expect(whyNot.text).not.toMatch(/However|dismantle/);
    expect(engine.answer('are cartels described as easy to take down?').text).toMatch(/^Not necessarily[^]*resilient/);
    // …and asked whether it is hard, the hedge says it is: likely (review) — only when difficulty is what is asked.
    expect(engine.answer('are cartels hard to take down?').text).toMatch(/^Likely, the article says\.[^]*does not necessarily dismantle[^]*resilient/);
    expect(engine.answer('is there hard proof the expulsion dismantled the organization?').text).toMatch(/^Not necessarily/);
    // "how so?" asks the same; "tell me more" moves on.
    const [, howSo] = converse('Does removing cartel leaders dismantle the whole organization?', 'how so?');
    expect(howSo.text).toMatch(/^That is the reason the article gives: “Cartels are often resilient/);
    const [, more] = converse('Does removing cartel leaders dismantle the whole organization?', 'tell me more');
    expect(more.text).not.toMatch(/Cartels are often resilient/);
    // …and only once: "why?" again moves on (review).
    const [, once, again] = converse('Does removing cartel leaders dismantle the whole organization?', 'why?', 'why?');
    expect(once.text).toMatch(/^That is the reason the article gives: “Cartels are often resilient/);
    expect(again.text).not.toBe(once.text);
    const [, como] = converse('¿Sacar a los líderes desmantela toda la organización?', '¿cómo es eso?');
    expect(como.text).toMatch(/resilient/);
    expect(engine.answer('What is the long-term effect of the expulsion?').text).not.toMatch(/dismantle/);
    // (Review) The clause that hedges must be the one asked of: "why is it a positive step?" is not asking about
    // "just one component".
    expect(engine.answer('why is the expulsion a positive step?').text).not.toMatch(/root causes of cartel activity/);
    // …also when the sentence read is the hedge itself ("why does removing X not bring down an organization?").
    expect(engine.answer('Why does removing individuals not necessarily bring down an organization?').text).toMatch(/resilient/);
  });

  it('reads "anything on X?", "any word on X?" after a preamble as a question about X', () => {
    expect(engine.answer("@BorderBrief we're prepping the fentanyl segment next week, anything in here on fentanyl?").text).toMatch(/continuous collaboration/);
    expect(engine.answer('doing a piece for tomorrow, any word on corruption?').text).toMatch(/corruption/);
    expect(engine.answer('anything on the weather for tomorrow?').answered).toBe(false);
  });

  it('keeps literal questions literal and past deeds no remedy (review: "weed", "grass", "crosshairs", "done about")', () => {
    for (const q of ['does the article say anything about weed out of mexico?', 'is there grass on the border?', 'are the cartels in the crosshairs?', 'what has already been done about corruption?']) {
      expect(engine.answer(q).answered).toBe(false);
    }
  });

  it('answers a quoted phrase the article uses, never one it does not ("translate \'good night\'")', () => {
    expect(engine.answer("my mom asked what 'harm reduction' is doing in an article about cartels lol").sources[0]?.id).toBe('strategy.demand-reduction');
    expect(engine.answer("translate 'good night' into French").answered).toBe(false);
  });

  it('keeps a known gap: "what did the president say about the expulsion?" is not about the expulsion', () => {
    const a = engine.answer('did Sheinbaum say anything about the expulsions?');
    expect(a.answered).toBe(false);
  });

  it("gives a known gap's reply only when the question asks the gap's own point, not for the words it shares with it", () => {
    // "research" is the gap's point; the question shares only words the article says.
    const alone = engine.answer('Will expulsions by themselves end cartel activity?');
    expect(alone.entryId).not.toBe('expulsion-effectiveness-research');
    expect(alone.text).not.toMatch(/research/i);
    expect(engine.answer('is there any research on whether expulsions reduce cartel activity?').entryId).toBe('expulsion-effectiveness-research');
    // A gap told by its question type, in words the article says, stays one.
    const count = engine.answer('How many cartels operate in Mexico?');
    expect(count.answered).toBe(false);
    expect(count.entryId).toBeDefined();
  });

  it('reads, for a question of a type ("how many…?"), the best sentence that gives a fact of that type', () => {
    // From the article alone: the sentence naming most of the words ("the expulsion of alleged cartel members…") has
    // no number; the one with the count answers.
    const a = alone.answer('how many alleged cartel members did mexico actually expel?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/26/);
  });

  it("reads a question's one distinctive word from the better of the few sentences saying it, in several parts", () => {
    // From the article alone: "sovereignty" is said in two parts, in one sentence each.
    const a = alone.answer("hey bot what's the bit about sovereignty in there?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/sovereignty/);
    // A word the article says in many places is no topic on its own; one it never says, neither.
    expect(alone.answer('who won the six nations?').answered).toBe(false);
  });

  it('answers from a sentence of the article only when it says the names the question asks of', () => {
    // From the article alone: no known gap says the article does not name them; the sentence sharing the rest is no
    // answer.
    expect(alone.answer('Did Guatemala or Colombia take part in the operation?').answered).toBe(false);
    // Capitals of a whole message, and chat's acronyms, are no names.
    expect(alone.answer('WHAT ARE THE KEY ELEMENTS OF CROSS-BORDER SECURITY. PLEASE AND THANK YOU').answered).toBe(true);
    expect(alone.answer('why are details so thin on this? is GoM being cagey on purpose?').answered).toBe(true);
  });

  it('reads "specifically" as a way of asking, not as the article\'s word for details', () => {
    const a = alone.answer('What does the article recommend specifically regarding financial networks?');
    expect(a.sources[0]?.id).toBe('strategy.financial-networks');
  });

  it('keeps to what review found: names of a list, a paragraph asked for, a count of what the sentence does not count', () => {
    expect(engine.answer('what are the names of the key elements?').sources[0]?.id).toBe('cross-border-security');
    expect(engine.answer('give me a paragraph on the future').sources[0]?.id).toMatch(/^future/);
    expect(alone.answer('is there a section about what happened?').answered).toBe(true);
    // "26" counts individuals, not agencies or high-ranking members.
    expect(alone.answer('how many law enforcement agencies were involved in the expulsion?').answered).toBe(false);
    expect(alone.answer('how many high-ranking members were expelled?').answered).toBe(false);
    expect(engine.answer('ok when individuals are removed does the organization survive?').answered).toBe(true);
    // A name the message is said to, and a language, are no names asked about; a place is.
    const maria = alone.answer('how many alleged cartel members did mexico actually expel, Maria?');
    expect(maria.answered).toBe(true);
    expect(maria.text).toMatch(/26/);
    expect(alone.answer('what does it say about mutual trust in English please?').answered).toBe(true);
    expect(alone.answer('did McAllen police take part in the operation?').answered).toBe(false);
    // A verb only asks for a remedy said of what was discussed ("reduce it"); "prevention" named is a topic.
    const [, prevention] = converse('what does the article say about the border?', 'what does it propose for prevention?');
    expect(prevention.text).toMatch(/prevent/i);
    // Words of their own that end like a diminutive are read as themselves.
    expect(alone.answer('¿Cómo capacita Estados Unidos a la policía mexicana?').sources[0]?.id).toBe('strategy.law-enforcement-capacity');
    // "wo" is a typo of "who" as often as chat for "without": not read as either.
    expect(engine.answer('wo are the 26?').text).toMatch(/26 individuals/);
  });

  it('reads "en algún lado" as "anywhere", a function word, not "side"', () => {
    expect(engine.answer('¿Se menciona el fentanilo en algún lado?').sources[0]?.id).toBe('future.fentanyl');
  });

  it('reads "which key element is about X?" — a list\'s label of several words after "which" — as which item', () => {
    expect(alone.answer('Which key element of cross-border security is about technology and personnel?').sources[0]?.id).toBe('cross-border-security.border-control');
    // The plural asks for the list.
    expect(engine.answer('Which key elements for cross-border security does the article name?').text).toMatch(/Joint Operations/);
  });

  it('reads "a chapter on X" the asker is writing as no part of the article; "the chapter on X" is one', () => {
    const drafting = engine.answer(
      "In drafting a chapter on the US-Mexico border, we would like to set out the article's reasoning. Why does it describe the border as presenting a unique set of security challenges?",
    );
    expect(drafting.sources[0]?.id).toBe('cross-border-security');
    expect(drafting.text).toMatch(/vastness/);
    expect(engine.answer('what does the chapter on the future say about fentanyl?').sources[0]?.id).toBe('future.fentanyl');
  });
});

describe('firstQuestion', () => {
  it.each([
    ["two things: what's the deal with corruption, and does it mention fentanyl?", "two things: what's the deal with corruption"],
    ['how many were expelled; why does the border matter', 'how many were expelled'],
    ['what about fentanyl and also does it mention money laundering', 'what about fentanyl'],
  ])('%j → %j', (message, first) => expect(firstQuestion(message)).toBe(first));

  it.each(['who were the 26 people mexico expelled? do we have names?', 'corruption and impunity', 'intelligence sharing and joint operations'])(
    'leaves one question alone: %j',
    (message) => expect(firstQuestion(message)).toBeUndefined(),
  );

  it('does not read the Spanish "autor" (writer) as "autoridades" (its stem): law enforcement is not a question about the author', () => {
    const a = engine.answer('hey bot what does the piece say law enforcement needs more of');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/training|technology|resources|investigative/);
  });

  it('reads "¿qué dijo sobre X?" with no one named as the article speaking, and "¿quién es el autor?" as the author gap', () => {
    expect(engine.answer('¿qué dijo sobre el fentanilo?')).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'future.fentanyl' })] });
    expect(engine.answer('¿Quién es el autor?')).toMatchObject({ answered: false, entryId: 'author-and-publication' });
  });

  it.each(['q dijo el embajador de EU sobre la expulsion?', 'cuantos de los expulsados ya fueron sentenciados en EU?'])(
    'declines a Spanish question about officials and courts the article never mentions: "%s"',
    (q) => expect(engine.answer(q).answered).toBe(false),
  );

  it('reads the question sentence after a preamble sentence even without a question mark', () => {
    const a = engine.answer('sorry its 2am. whats the fentnyl bit say');
    expect(a).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'future.fentanyl' })] });
  });

  it('answers a message asking two things with both answers, the first first', () => {
    expect(engine.answer("two things: what's the deal with corruption, and does it mention fentanyl?")).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'strategy.combating-corruption' }), expect.objectContaining({ id: 'future.fentanyl' })],
    });
  });
});


describe('AnswerEngine conversations', () => {

  it('gives a part\'s concrete steps ("This includes…") with its claim, even asked in words the article does not use', () => {
    const [, money] = converse("what's in the comprehensive strategy the article describes?", 'and the money side?');
    expect(money.sources[0].id).toBe('strategy.financial-networks');
    expect(money.text).toMatch(/disrupting the financial networks/i);
    expect(money.text).toMatch(/shell companies and offshore accounts/);
  });

  it('answers list positions and counts as follow-ups to an answer that showed the list', () => {
    const [, second, last, count] = converse('what are the key elements of cross-border security?', 'and number two?', 'what about the last one?', 'how many are there?');
    expect(second).toMatchObject({ answered: true, sources: [{ id: 'cross-border-security.joint-operations' }] });
    expect(last.sources[0].id).toBe('cross-border-security.root-causes');
    expect(count.text).toMatch(/four key elements/);
  });

  it('answers the item before or after the one the conversation is on', () => {
    const [, , before, next] = converse('what are the components of the strategy?', 'the third one', 'and the one before it?', 'the next one');
    expect(before.sources[0].id).toBe('strategy.combating-corruption');
    expect(next.sources[0].id).toBe('strategy.economic-development');
  });

  it('answers "the X one" with the item X names, and "how many was that?" with the count, of the list the conversation is on', () => {
    const [, economic, count] = converse('what are the components of the strategy?', 'what does the economic one involve?', 'how many was that again?');
    expect(economic.sources[0].id).toBe('strategy.economic-development');
    expect(count.text).toMatch(/five\b/);
    // a word of the list's own title names the list, not an item
    const [, strategy] = converse('what are the components of the strategy?', 'is the strategy part the whole plan?');
    expect(strategy.sources[0]?.id).not.toMatch(/^strategy\./);
  });

  it('counts what a bare "how many" names — the number the article gives — not a list whose opening says the word', () => {
    const [count] = converse('expelled how many');
    expect(count.text).toMatch(/\b26\b/);
    expect(count.text).not.toMatch(/lists three/);
    // a list named by a list word or its items' label is still counted
    expect(converse('how many things can expulsions do?')[0].text).toMatch(/three/);
    expect(converse('How many potential effects of expulsions does the article list?')[0].text).toMatch(/three/);
  });

  it('answers "the money one" with the item that says the word, even inside a phrase it reads as one ("launder money")', () => {
    const [, money] = converse('what are the components of the strategy?', 'and the money one?');
    expect(money.sources[0].id).toBe('strategy.financial-networks');
    const [, , dinero] = converse('¿cuáles son los componentes de la estrategia integral?', '¿y el de la corrupción qué dice?', '¿Y lo del dinero?');
    expect(dinero.sources[0].id).toBe('strategy.financial-networks');
  });

  it('reads Spanish pointing back: "¿y qué más incluye eso?" goes on in the item', () => {
    const [, third, more] = converse('cuales son los componentes de la estrategia?', 'el 3ro', '¿y qué más incluye eso?');
    expect(third.sources[0].id).toBe('strategy.economic-development');
    expect(more).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.economic-development' }] });
  });

  it('reads Spanish chat: "xq" is why, "el 2do" the second', () => {
    const [, second] = converse('cuales son los elementos clave de la seguridad transfronteriza?', 'y el 2do?');
    expect(second.sources[0].id).toBe('cross-border-security.joint-operations');
    expect(engine.answer('xq hay tan pocos detalles de la expulsion?').text).toMatch(/seguridad de los involucrados/);
  });

  it('reads a list asked for with a misspelt list noun ("how many componets…?") as corrected, also from the article alone', () => {
    for (const e of [engine, alone]) {
      expect(e.answer('how many componets does the comprehensive strategy have?').text).toMatch(/five\b/);
      expect(e.answer('the 2nd componet of the strategy?').sources[0].id).toBe('strategy.combating-corruption');
    }
  });

  it('answers a position in a list the message names, with no conversation before', () => {
    expect(engine.answer('what is the third component of the strategy?').sources[0].id).toBe('strategy.economic-development');
    expect(engine.answer('how many components are listed?').text).toMatch(/five\b/);
  });

  it('asked more of an item already shown whole, says that is all and quotes the part that answers — once', () => {
    const [, , involve, again] = converse('what are the key elements of cross-border security?', 'and #3?', 'what does that one involve specifically?', 'how so?');
    expect(involve).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'cross-border-security.border-control' }] });
    expect(involve.text).toMatch(/^That's all the article says about Border Control: “.*technology and personnel/);
    expect(again.answered).toBe(false);
    expect(again.text).not.toBe(involve.text);
  });

  it('answers "which one of those is about X" from the conversation\'s list, by the word the item uses', () => {
    const [, money] = converse('what are the parts of a comprehensive strategy against organized crime?', 'and which one of those is about money?');
    expect(money.sources[0].id).toBe('strategy.financial-networks');
  });

  it('"why is it so deleterious?" asks the reason of what was just said; "why is it raining?" is no follow-up', () => {
    const [, so] = converse('what does the article say about corruption?', 'why is it so deleterious?');
    expect(so).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.combating-corruption' }] });
    expect(so.text).toMatch(/weakens the rule of law/);
    const [, such] = converse('what does the article say about corruption?', 'why is that such a bugbear?');
    expect(such).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.combating-corruption' }] });
    // Not the weather's "it", nor an everyday word the knowledge never uses: a topic of its own.
    for (const other of ['why is it snowing?', 'why is it so cold today?', 'why are they so tall?']) {
      const [, weather] = converse('what does the article say about corruption?', other);
      expect(weather.answered).toBe(false);
    }
  });

  it('a request for more said inside a message ("beyond that", "on top of that") names no topic: the part goes on', () => {
    const future = 'what does the article say about the future of US-Mexico cooperation?';
    for (const more of ['ok, so what is required on top of that?', 'and what is being asked for beyond that, according to the piece?']) {
      const [, next] = converse(future, more);
      expect(next).toMatchObject({ answered: true, followUp: true });
      expect(next.sources[0].id).toBe('future');
    }
  });

  it('asked "in what way?" of an item already shown whole, quotes the sentence that spells it out, not its opening claim', () => {
    // (Pointing back and a filler first: "and that, how so?" asks the same.)
    const [, , pointed] = converse('what is in the comprehensive strategy?', 'and the money side?', 'and that, how so?');
    expect(pointed.text).toMatch(/^That's all the article says about Targeting Financial Networks: “This includes strengthening financial regulations/);
    const [, , way] = converse('what is in the comprehensive strategy?', 'and the money side?', 'in what way?');
    expect(way).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.financial-networks' }] });
    expect(way.text).toMatch(/^That's all the article says about Targeting Financial Networks: “This includes strengthening financial regulations/);
  });

  it('asked more of an item already shown whole, quotes the sentence the message\'s own words find before the conversation\'s ("enhancing")', () => {
    // The question before says "both countries", which the item's first sentence has; the message says "enhancing".
    const [, , forensics] = converse('what does the law enforcement capacity point say?', 'for both countries or just one?', 'and enhancing, what does that cover?');
    expect(forensics).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.law-enforcement-capacity' }] });
    expect(forensics.text).toMatch(/enhancing forensic analysis/);
  });

  it('answers "which of the <list> is the X one?" by the item that says X, not by the words naming the list', () => {
    const money = engine.answer('which of the comprehensive strategy components is the money one?');
    expect(money.sources[0].id).toBe('strategy.financial-networks');
    // …even when X is also a word of the list's title — but not an item that does not say X.
    expect(engine.answer('which of the key elements is the border one?').sources[0].id).toBe('cross-border-security.border-control');
    expect(engine.answer('which of the components is the border one?').sources[0]?.id ?? '').not.toBe('strategy.law-enforcement-capacity');
  });

  it('answers a remedy asked of what was just discussed with the sentence of the article that prescribes for it', () => {
    // The prescription may be in another part of the article than the answer before: the demand side's own.
    const [, , fix] = converse('why is the US-Mexico border such a hotspot for trafficking?', "and who's driving the demand?", "what's the fix for that?");
    expect(fix).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.demand-reduction' }] });
    expect(fix.text).toMatch(/prevention programs/);
    // Asked again, it does not say the same again, nor drift to another part's prescription.
    const [, , , again] = converse('why is the US-Mexico border such a hotspot for trafficking?', "and who's driving the demand?", "what's the fix for that?", "what's the fix for that?");
    expect(again.text).not.toMatch(/prevention programs/);
    expect(again.sources[0]?.id ?? '').not.toMatch(/^strategy\.(?!demand)/);
  });

  it('reads "ok last one: <question>" as the last question, not the last item of the list just shown', () => {
    const [, last, item] = converse('what are the components of the strategy?', 'ok last one: what does it say about corruption?', 'and the last one?');
    expect(last.sources[0]?.id).toBe('strategy.combating-corruption');
    expect(item.sources[0]?.id).toBe('strategy.financial-networks');
    // A question naming no topic of its own asks of the last item.
    const [, work] = converse('what are the components of the strategy?', 'last one — what is it about?');
    expect(work.sources[0]?.id).toBe('strategy.financial-networks');
    const [, how] = converse('what are the key elements?', 'ok last one: how does it work?');
    expect(how.sources[0]?.id).toBe('cross-border-security.root-causes');
  });

  it('reads a verb of acting on the topic ("how does it propose to reduce it?") as asking for the remedy, not as a topic', () => {
    const [, reduce] = converse('What does the article say about drug demand?', 'How does it propose to reduce it?');
    expect(reduce).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.demand-reduction' }] });
    expect(reduce.text).toMatch(/prevention programs/);
  });

  it('asked for the remedy an answer about the part already gave, says that is all the part prescribes, quoting it', () => {
    const [first, fight] = converse('what does the article say about corruption?', "what's recommended to fight it?");
    expect(first.text).toMatch(/anti-corruption measures are essential/);
    // Not the answer before again, nor a sentence of the part that prescribes nothing: the prescription, said as all.
    expect(fight).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.combating-corruption' }] });
    expect(fight.text).toMatch(/^That's all the article says about Combating Corruption: “Vigorous anti-corruption measures are essential/);
    expect(fight.text).not.toBe(first.text);
    // An off-topic message between changes nothing.
    const [, , again] = converse('what does the article say about corruption?', 'can you pull the radar loop for Flagstaff?', 'and what does it recommend doing about it?');
    expect(again.text).toBe(fight.text);
  });

  it('answers "why not?" after a curated answer with the sentence after the one it retold, then the next', () => {
    // (The yes/no answer gave the hedge and its first reason, which hedges in turn: "why not?" gets the reason of that.)
    const [asked, whyNot, why] = converse('Does the article claim the expulsion will have a lasting impact on cartel operations?', 'Why not?', 'why?');
    expect(asked.text).toMatch(/remains to be seen[^]*Removing individuals/);
    expect(whyNot.text).toMatch(/^Cartels are often resilient and adaptable/);
    expect(why.text).not.toMatch(/resilient and adaptable/);
  });

  it('reads "and how many were there?" as its own question, never as "and then?", and never answers it with a sentence without a number', () => {
    const [, count] = converse('¿Qué hizo México con los presuntos miembros de cárteles?', '¿y cuántos fueron?');
    expect(count.text).toMatch(/26/);
    const [, again] = converse('what did mexico do with the alleged cartel members?', 'and how many were there?');
    expect(again.answered ? again.text : 'declined').toMatch(/26|declined/);
  });

  it('answers "and the caveat?" with the contrasting sentence of the part the conversation is on', () => {
    const [, caveat] = converse('What does the article anticipate for the future of US-Mexico security cooperation?', 'And the caveat?');
    expect(caveat).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'future' }] });
    expect(caveat.text).toMatch(/^However, /);
    // asked with the article and what it does around it
    const [, raised] = converse('What does the article anticipate for the future of US-Mexico security cooperation?', 'and is there a caveat the author raises about that?');
    expect(raised).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'future' }] });
    expect(raised.text).toMatch(/However, /);
    // a verb whose subject is not the article, or "but" with the article's verb, is no caveat question
    const future = 'What does the article anticipate for the future of US-Mexico security cooperation?';
    expect(converse(future, 'but why do you believe that?')[1].text).not.toMatch(/However, /);
    expect(converse(future, 'but what does it suggest we do?')[1].text).not.toMatch(/However, /);
  });

  it('reads "the one about X", "the part on X" as the item of the list the conversation is on that says X', () => {
    const [, demand] = converse('list the comprehensive strategy components pls', 'ok and the one about demand — what does it need?');
    expect(demand.sources[0].id).toBe('strategy.demand-reduction');
    const [, corruption] = converse('list the comprehensive strategy components pls', 'the part on corruption?');
    expect(corruption.sources[0].id).toBe('strategy.combating-corruption');
    // "is that the one about X?" asks whether; a name of two words is read by the rest of the engine
    expect(converse('what are the key elements of cross-border security?', 'is that the one about mexico?')[1].text).not.toMatch(/Intelligence Sharing\*\* —/);
    expect(converse('what are the things expulsions can do?', 'and the part on intelligence sharing?')[1].text).toMatch(/Intelligence sharing is the first key element/);
  });

  it('answers "what about X?" on an item of a list with the item of that list whose title names X', () => {
    const [, , corruption] = converse("what's on the comprehensive strategy list", 'and the money side?', "what about corruption, why's it there?");
    expect(corruption.sources[0].id).toBe('strategy.combating-corruption');
    // a common verb of another item's title names no item: the follow-up stays on the item
    const [, , why] = converse('what does strengthening LE capacity mean in the article?', 'and the economic development one?', 'why does that matter for fighting cartels?');
    expect(why.sources[0]?.id).toBe('strategy.economic-development');
    // a word the item does not say: not that item ("corruption and fentanyl")
    const [, , both] = converse("what's on the comprehensive strategy list", 'and the money side?', 'what about corruption and fentanyl?');
    expect(both.text).not.toMatch(/^\*\*Combating Corruption\*\*/);
    // a question of yes or no gets no item with a "Yes."
    const [, , yes] = converse("what's on the comprehensive strategy list", 'and the money side?', 'is corruption the reason?');
    expect(yes.text).not.toMatch(/^Yes\. \*\*Combating Corruption/);
  });

  it('answers which lists mention X with each list and its item that says it; "other" leaves out the one the conversation is on', () => {
    const both = engine.answer('Corruption shows up in two different lists in the article — which ones?');
    expect(both.text).toMatch(/two of the article's lists/);
    expect(both.text).toMatch(/Addressing Root Causes/);
    expect(both.text).toMatch(/Combating Corruption/);
    const [, , other, first] = converse('@bot what does the article say about corruption?', 'what should they do about it?', 'which other list in the article mentions corruption?', 'number one on that list?');
    expect(other.sources[0].id).toBe('cross-border-security.root-causes');
    expect(other.text).not.toMatch(/Combating Corruption/);
    expect(first.sources[0].id).toBe('cross-border-security.intelligence-sharing');
    expect(engine.answer('¿en qué listas aparece la corrupción?').text).toMatch(/^Aparece en 2 de las listas/);
    // listing is not asking which list, nor is the article's verb; a word nothing in the knowledge uses must be said too;
    // a word the article never says names no list
    expect(engine.answer('list the key elements').text).not.toMatch(/lists:/);
    expect(engine.answer('which of the components the article lists deal with corruption?').text).toMatch(/^\*\*Combating Corruption/);
    expect(engine.answer('which list mentions corruption in africa?').answered).toBe(false);
    expect(engine.answer('which list is most important?').text).not.toMatch(/lists:/);
    expect(engine.answer('which list includes extradition?').text).not.toMatch(/lists:/);
    expect(converse('tell me about combating corruption', 'which list mentions money?')[1].text).toMatch(/Targeting Financial Networks/);
    expect(engine.answer('which list mentions the ambassador?').text).not.toMatch(/lists:/);
    // a word said inside a phrase; lists asked for while on one of them; "it" for the item the conversation is on
    expect(engine.answer('which list mentions money?').text).toMatch(/Targeting Financial Networks/);
    expect(converse('what are the components of the strategy?', 'which lists mention corruption?')[1].text).toMatch(/two of the article's lists/);
    expect(converse('what does the article say about corruption?', 'which other list mentions it?')[1].text).toMatch(/Addressing Root Causes/);
  });

  it('does not answer "is the border vast?" with a "No." — the article calls it vast', () => {
    const a = engine.answer('is the border vast?');
    expect(a.text).not.toMatch(/^No\b/);
    expect(a.text).toMatch(/vast/);
  });

  it('answers "which list is that in?" after an item with where it stands in its list', () => {
    const [, where] = converse('what does the article say about corruption?', 'which list is that in?');
    expect(where.text).toMatch(/second of the five components/);
  });

  it('reads the article by position: "at the very end", "the last sentence", "the opening sentence", "el primer párrafo"', () => {
    const vital = engine.answer('@bot what does the article say is vital right at the very end? for my notes');
    expect(vital.text).toMatch(/open dialogue/);
    expect(engine.answer('@bot the ending says to keep an eye on 2 things, what r they').text).toMatch(/drug war strategy/);
    expect(engine.answer('hey bot what\'s the very last line of the conclusion basically saying?').text).toMatch(/open dialogue/);
    expect(engine.answer('Please quote the article\'s opening sentence exactly').text).toMatch(/^In a move signaling/);
    expect(engine.answer('¿qué dice el primer párrafo?').sources[0].id).toBe('intro');
    // a discourse "in the end" / "al final", or the end of a part the message names, is not the article's end
    expect(engine.answer('¿Cuántos expulsaron al final?').text).toMatch(/\b26\b/);
    expect(engine.answer('what happened at the end of the day?').sources[0]?.id).not.toBe('conclusion');
    expect(engine.answer('that fentanyl line at the very end of the future section — what does it actually say?').sources[0]?.id).toBe('future.fentanyl');
    // a part named by its title is that part's; a topic the part does not read is the rest of the engine's
    expect(engine.answer("what's the first sentence of the conclusion?").text).toMatch(/^The expulsion of alleged cartel members/);
    expect(engine.answer("what's the last line of the intro?").sources[0].id).toBe('intro');
    expect(engine.answer('what does the final line say about fentanyl?').sources[0].id).toMatch(/fentanyl/);
    // questions of yes or no, of a number, and other senses of "first line", "the very end", "last words"
    expect(engine.answer('does the first sentence mention fentanyl?').text).not.toMatch(/^Yes\. In a move/);
    expect(engine.answer('is this the very end of the cartels?').text).toMatch(/^Not necessarily/);
    expect(engine.answer('al final del artículo, ¿cuántos fueron expulsados?').text).toMatch(/\b26\b/);
    expect(engine.answer('what are the key elements? give me the first line of each').text).toMatch(/four key elements/);
    expect(engine.answer('what are the last words of the expelled members?').sources[0]?.id).not.toBe('conclusion');
  });

  it('sums up a part the message names with "wrap up" or "recap"', () => {
    expect(engine.answer('how does the conclusion wrap it all up?').sources[0].id).toBe('conclusion');
    expect(engine.answer('recap the outlook pls').sources[0].id).toBe('future');
  });

  it('picks the list a message names by its topic, not only by its label', () => {
    expect(engine.answer('second item on the expulsions list, what does that mean').sources[0].id).toBe('impact.send-message');
    expect(engine.answer('which item in the strategy list brings up shell companies').sources[0].id).toBe('strategy.financial-networks');
  });

  it('reads "what can X do" with misspelt question words and as "what are the things X can do"', () => {
    for (const q of ['wut can expulsons do to cartls', 'what are the things the article says expulsions can do']) {
      const a = engine.answer(q);
      expect(a.text).toMatch(/Disrupt/);
      expect(a.text).toMatch(/intelligence/);
    }
  });

  it('declines an off-topic message in the middle of a conversation, keeping the conversation it interrupted', () => {
    const [list, offTopic, after] = converse('what are the key elements of cross-border security?', "what's the weather in tijuana", 'ok back to it, and the third?');
    expect(offTopic.answered).toBe(false);
    expect(offTopic.state).toEqual(list.state);
    expect(after.sources[0].id).toBe('cross-border-security.border-control');
  });

  it('never repeats the previous answer word for word: "why?" and "how so?" move on, then say there is no more', () => {
    const answers = converse('is expelling them enough to beat the cartels?', 'why not?', 'how so?', 'and then?', 'tell me more');
    const answered = answers.filter((a) => a.answered).map((a) => a.text);
    expect(new Set(answered).size).toBe(answered.length);
    expect(answers.slice(1).every((a) => a.followUp || !a.answered)).toBe(true);
    const [, ...rest] = converse('what is the conclusion?', ...Array(12).fill('tell me more'));
    expect(rest.some((a) => /That's all the article says/.test(a.text))).toBe(true);
  });

  it('a follow-up naming only words of the answer just given gets the sentence that says them, not the whole answer again', () => {
    const [first, levels] = converse('what does the article recommend on corruption?', 'and at what levels of government?');
    expect(levels).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.combating-corruption' }] });
    expect(levels.text).toMatch(/all levels of government/);
    expect(levels.text).not.toBe(first.text);
    // ("where does that come in?" asks how it relates, not where: the part of the answer, or the article's own word
    // on it, which says the same.)
    const [future, sovereignty] = converse('what does the article see for the future of US-Mexico security cooperation?', 'and sovereignty, where does that come in?');
    expect(sovereignty.text).toMatch(/respects the sovereignty of both nations/);
    expect(sovereignty.text).not.toBe(future.text);
  });

  it('a list item asked about in words the article does not use is shown whole; asked for specifics, it quotes the steps as all there is', () => {
    const [, money, specifics] = converse('what is in the comprehensive strategy?', 'and the money side?', 'what specifically would they go after?');
    expect(money.sources[0].id).toBe('strategy.financial-networks');
    expect(money.text).toMatch(/shell companies/);
    expect(specifics).toMatchObject({ answered: true, followUp: true });
    expect(specifics.text).toMatch(/^That's all the article says about Targeting Financial Networks: “This includes strengthening financial regulations/);
  });

  it('"why does that matter?" about an item shown whole quotes the sentence that gives its reason', () => {
    const [, , why] = converse('what are the components of the strategy?', 'number two?', 'why does that one matter?');
    expect(why.text).toMatch(/^That's all the article says about Combating Corruption: “.*rule of law/);
  });

  it('"why not?" gets the next claim together with the sentence after it that gives its reason', () => {
    const [, why] = converse('What does the article say about the long-term impact on cartel operations?', 'Why?');
    expect(why).toMatchObject({ answered: true, followUp: true });
    expect(why.text).toMatch(/not necessarily dismantle/);
    expect(why.text).toMatch(/resilient and adaptable/);
  });

  it('"is that all it says?" gets what else the article says, with no yes/no lead', () => {
    const [first, more] = converse('what does the future of US-Mexico security cooperation look like?', 'is that all it says tho?');
    expect(more).toMatchObject({ answered: true, followUp: true });
    expect(more.text).not.toMatch(/^(Yes|No|Likely|Not necessarily)\b/);
    expect(first.text).not.toContain(more.text);
  });

  it('answers "what are the listed effects" in a section named by its title with the whole list', () => {
    const a = engine.answer('in the section on the impact of expulsions, what are the listed effects?');
    expect(a.text).toMatch(/three effects/);
  });

  it('"why so cautious?" leans on the answer before, whatever word it puts on it; "what does that include concretely?" too', () => {
    const [, why] = converse('can cartels recover after members get expelled?', 'why so cautious?');
    expect(why).toMatchObject({ answered: true, followUp: true });
    const [, concretely] = converse("what's 'targeting financial networks' about", 'what does that include concretely?');
    expect(concretely.text).toMatch(/shell companies/);
  });

  it('"is that confirmed or a guess?" says how sure the article is of what was just said', () => {
    const [, sure] = converse('how did this expulsion come about?', 'is that confirmed or a guess');
    expect(sure).toMatchObject({ answered: true, followUp: true });
    expect(sure.text).toMatch(/^Likely, the article says\. .*likely stemmed from intelligence sharing/);
    const [, seguro] = converse('¿cómo se originó la expulsión?', '¿eso es seguro?');
    expect(seguro.text).toMatch(/^Probablemente/);
    // (Longer, with chat words: still only the certainty asked.)
    const [, guess] = converse('how did mexico figure out who to kick out?', 'is that confirmed or just a guess?');
    expect(guess.text).toMatch(/^Likely, the article says\./);
    // (Not a longer question about something else: "…that they will do more of them?" — review.)
    const [, more] = converse('what does the article say about joint operations?', 'is it certain that they will do more of them?');
    expect(more.text).not.toMatch(/without hedging/);
  });

  it('"anything besides that?" asks for more of the same, whatever its words analyse to', () => {
    const [first, more] = converse('what does the future of US-Mexico security cooperation look like?', 'anything besides that?');
    expect(more).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'future' }] });
    expect(more.text).not.toBe(first.text);
    expect(first.text).not.toContain(more.text);
  });

  it('"that" points back even beside "the article"', () => {
    const [, , , why] = converse('what are the key elements of cross-border security?', 'the final one', 'and the one before it?', "why does that matter, in the article's view?");
    expect(why).toMatchObject({ followUp: true, sources: [{ id: 'cross-border-security.border-control' }] });
    expect(why.text).toMatch(/flow of drugs/);
  });

  it('an item never answers a question for a figure it does not give', () => {
    const [, , funding] = converse('what are the components of the strategy?', 'the first one', 'does it say how much funding is going in?');
    expect(funding.text).not.toMatch(/That's all the article says/);
  });

  it('declines a short off-topic message that points back with a word the knowledge never uses ("is it raining there?")', () => {
    const [, , rain, netflix] = converse('what are the key elements of cross-border security?', 'the third one', 'is it raining there?', 'is it on netflix?');
    expect(rain.answered).toBe(false);
    expect(netflix.answered).toBe(false);
  });

  it('declines a follow-up that names what only a known gap mentions ("which DEA officials handled it?"), not reading it with the question before', () => {
    const [, officials] = converse('how were the 26 identified?', 'Which specific DEA or FGR officials handled the handover?');
    expect(officials.answered).toBe(false);
  });

  it('answers a follow-up that names a new topic on its own', () => {
    const [, corruption] = converse('what can expulsions do?', 'what does it say about corruption?');
    expect(corruption.sources[0].id).toBe('strategy.combating-corruption');
  });

  it('gives yes/no questions a grounded lead', () => {
    expect(engine.answer('did mexico expel 30 people?').text).toMatch(/^No\. /);
    expect(engine.answer('Will expelling leaders dismantle the whole cartel?').text).toMatch(/^(Not necessarily|No)\b/);
  });

  it('splits words typed together', () => {
    expect(engine.answer('howmany ppl got kicked out?')).toMatchObject({ answered: true, sources: [{ id: 'expulsion-details' }] });
  });
});

describe('AnswerEngine paraphrases', () => {
  it('reads "what can X do?" as the question about its effects (a rule in dialogue.yaml)', () => {
    const a = engine.answer('hey bot what can expulsions do per the article?');
    expect(a).toMatchObject({ answered: true, question: 'hey bot what can expulsions do per the article?' });
    expect(a.sources[0].id).toMatch(/^impact/);
  });

  it.each(['List the ways the article says expulsions can still achieve something, even if they don\'t dismantle a cartel.', 'What are the things the article says expulsions can still achieve?'])(
    'reads %j as what expulsions can do, from the article alone too',
    (q) => expect(alone.answer(q).text).toMatch(/disrupt/i),
  );

  it('keeps the plainer reading with the question sentence it reads, when a sentence follows it', () => {
    const a = engine.answer('bot, what can expulsions actually do? need it for a one-pager 🙏');
    expect(a.sources[0]?.id).toMatch(/^impact/);
    expect(a.text).toMatch(/disrupt/i);
    expect(a.question).toBe('bot, what can expulsions actually do? need it for a one-pager 🙏');
  });

  it('answers "what is the point of this bot?" about itself, in a conversation too', () => {
    const state = engine.answer('what does the article say about corruption?').state;
    const about = engine.answer('what is the point of this bot?', { state });
    expect(about.answered).toBe(false);
    expect(about.text).toMatch(/BorderBrief/);
  });

  it.each(['what is the point of view of the article?', "what's the point of the article?", "what's the point of this bot?"])(
    'does not read "%s" as what expulsions can do',
    (q) => expect(engine.answer(q).sources[0]?.id ?? '').not.toMatch(/^impact/),
  );

  it.each(["what's the point of expelling them?", 'do expulsions do anything at all?'])(
    'reads "%s" as what the thing can do',
    (q) => expect(engine.answer(q).sources[0]?.id).toMatch(/^impact/),
  );

  it('reads "what\'s the point then?" and "what can it do?" as what the thing just discussed can do', () => {
    let state = engine.answer('does removing leaders dismantle the cartel?').state;
    const point = engine.answer("so what's the point then?", { state });
    expect(point).toMatchObject({ answered: true });
    expect(point.text).toMatch(/disrupt/i);
    state = engine.answer('does the expulsion hurt the cartels?').state;
    expect(engine.answer('ok but what CAN it do?', { state }).text).toMatch(/message/i);
  });
});

describe('AnswerEngine: a part of the article named by its title', () => {
  const q = "I'm writing a read-ahead on illicit finance for my colleagues. What specific measures would the strategy take against the cartels' financial networks?";
  it('prefers the list item the question names over the list that contains it (titleNamed weight)', () => {
    expect(engine.answer(q).sources[0].id).toBe('strategy.financial-networks');
  });
  it('without the weight, the whole list wins: the weight is what decides', () => {
    const plain = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR), { weights: { titleNamed: 0 } });
    expect(plain.answer(q).sources[0].id).toBe('strategy');
  });
  it('counts only the distinctive words of a name: the article subject named everywhere names no part', () => {
    // "the US and Mexico" is in the name of the outlook part, and in nearly every question.
    const a = engine.answer('Does it say the US and Mexico can improve things by working together?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).not.toBe('future');
  });
});

describe('AnswerEngine: a part of the article answers only with the kind of fact asked', () => {
  it('declines "when…? I need the date" from the article alone when no part of it gives a date', () => {
    const a = alone.answer('when exactly did the expulsion take place? I need the date for my timeline');
    expect(a.answered).toBe(false);
  });
});

describe('AnswerEngine: "in what context does it bring up X?" asks where the article says X', () => {
  it('answers with what the article says of X, not with the part that speaks of "the broader context"', () => {
    for (const e of [engine, alone]) {
      expect(e.answer('The article mentions fentanyl near the end. In what context does it bring it up?').text).toMatch(/fentanyl trafficking/);
      expect(e.answer('my editor asks: where does sovereignty come up in the piece, and in what context?').text).toMatch(/sovereignty/);
    }
  });

  it('keeps "in what context does it…?" a question for something: no yes/no lead (review)', () => {
    expect(engine.answer('in what context does it use the word puzzle?').text).not.toMatch(/^(No|Yes|Not necessarily)\b/);
  });

  it('still answers a question about the context the article itself gives', () => {
    expect(engine.answer('what is the broader context of the expulsion?').sources[0].id).toBe('intro');
    // …and a request for context itself (review).
    for (const q of ['can you give me some context first?', 'my editor needs context']) expect(engine.answer(q).sources[0]?.id).toBe('intro');
  });
});

describe('AnswerEngine: "the article adds" never quotes again what the answer already says', () => {
  it.each([
    ['hey bot, for the money angle 💶 what does the article say about going after cartel finances?', /disrupting the financial networks/gi],
    ['@bot can expelled people be useful to law enforcement? our security consultant says yes but idk', /can be sources of information/gi],
    ['hey bot how does economic development help here? my board loves this angle tbh', /providing economic opportunities/gi],
  ])('%s', (q, sentence) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.match(sentence)?.length).toBe(1);
  });
});

describe('AnswerEngine: "is X the whole strategy, or just part of it?"', () => {
  it('answers with the sentence calling X one part of something larger, and what that is', () => {
    for (const e of [engine, alone]) {
      const a = e.answer('hey bot is the expulsion the whole strategy or just one part of it? my boss asked');
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/just one piece of a much larger puzzle\. A comprehensive strategy/);
    }
    // As a yes/no question: "No."; in Spanish too.
    expect(engine.answer('Is this expulsion the whole answer to organized crime?').text).toMatch(/^No\. .*one piece of a much larger puzzle/);
    expect(engine.answer('¿la expulsión es toda la estrategia o solo una parte?').text).toMatch(/one piece of a much larger puzzle/);
  });

  it('never says "No." to a part of the whole, a whole said of the subject, or a thing the part sentence does not name (review)', () => {
    expect(engine.answer('is combating corruption part of the full strategy?').text).not.toMatch(/^No\./);
    for (const q of ['is the whole thing a positive step?', 'was the whole group Mexican?', 'is trust the answer?', 'is law enforcement capacity the solution?', 'is cooperation full?', '¿es todo lo que dice sobre la cooperación?', 'in plain terms, is the author\'s glass half full on this expulsion?']) {
      expect(engine.answer(q).text).not.toMatch(/^No\. (Expelling|While this action)/);
    }
  });

  it('leaves alone a whole that is not said of the thing asked about', () => {
    // …an effect on a whole, a request for a full list, the whole text, a means to an end.
    expect(engine.answer('Does removing high-ranking cartel members dismantle the whole organization?').text).toMatch(/does not necessarily dismantle/);
    expect(engine.answer('Give me the full rundown of root causes the piece names, please.').text).not.toMatch(/one piece of|one component of/);
    expect(engine.answer('is the whole article about the expulsion?').text).not.toMatch(/one piece of/);
    expect(engine.answer('what are the complete components of the strategy?').text).toMatch(/five critical components/);
  });
});

describe('AnswerEngine: where an item stands in its list', () => {
  it('names the position and the list, quoting the item', () => {
    const a = engine.answer("in the list of what expulsions can do, where does 'send a message' fall — first, second or third?");
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).toBe('impact.send-message');
    expect(a.text).toMatch(/\*\*Send a message\*\* is the second of the three .*under “The Impact of Expulsions on Cartel Operations”/);
  });

  it('answers in Spanish with the Spanish ordinal', () => {
    const a = engine.answer('¿qué número es el combate a la corrupción en la lista de la estrategia?');
    expect(a.text).toMatch(/es el segundo de los cinco .*«Más allá de las expulsiones: una estrategia integral»/);
  });

  it('after an item, "which position does it have in the list?" is where that item stands', () => {
    const state = engine.answer('what does the article say about joint operations?').state;
    expect(engine.answer('which position does it have in the list?', { state }).text).toMatch(/is the second of the four/);
  });

  it('with positions and no item named, answers the positions', () => {
    const a = engine.answer('where does the article put the second and third components in the list?');
    expect(a.text).toMatch(/Combating Corruption/);
    expect(a.text).toMatch(/Economic Development/);
  });

  it('does not read "where does X take place" as a rank', () => {
    expect(engine.answer('where does economic development take place, per the components?').text).not.toMatch(/ is the \w+ of the /);
  });

  it('leaves a question naming no item to the rest of the engine', () => {
    expect(engine.answer('where do the cartels come from?').text).not.toMatch(/ is the \w+ of the /);
  });

  it('finds the item by what it is about when the message does not name it ("which X is about Y, and what number?")', () => {
    for (const e of [engine, alone]) {
      const a = e.answer('which key element talks about technology and personnel, and what number is it?');
      expect(a.sources[0].id).toBe('cross-border-security.border-control');
      expect(a.text).toMatch(/\*\*Border Control\*\* is the third of the four key elements/);
    }
    expect(engine.answer('which strategy component talks about harm reduction, and which number is it').text).toMatch(/Drug Demand Reduction\*\* is the fourth of the five/);
  });

  it('names no item when two fit the message as well (review)', () => {
    expect(engine.answer('which component is about cartels, and what number is it?').text).not.toMatch(/ is the \w+ of the five/);
  });

  it('keeps to the list the message names by its label, though an item of another list has the word in its name', () => {
    const a = engine.answer('Which of the listed effects of expulsions concerns intelligence, and what number is it in the list?');
    expect(a.text).toMatch(/\*\*Provide valuable intelligence\*\* is the third of the three effects/);
  });

  it('a follow-up naming only the list is where the item the conversation is on stands, not an item its title words match', () => {
    const state = engine.answer('hey bot, what does the article say about corruption?').state;
    expect(engine.answer('which number is it in the comprehensive strategy list?', { state }).text).toMatch(/Combating Corruption\*\* is the second of the five/);
  });

  it('an item named by its whole name is where it stands in its own list, whatever list the message names (review)', () => {
    expect(engine.answer('what number is joint operations among the components?').text).toMatch(/^\*\*Joint Operations\*\* is the second of the four key elements/);
    expect(engine.answer('where does send a message rank among the components?').text).toMatch(/^\*\*Send a message\*\* is the second of the three effects/);
  });

  it('"what number is <item name>?" with no word for a list is a rank; "what number of …" asks a count', () => {
    expect(engine.answer('what number is border control?').text).toMatch(/Border Control\*\* is the third of the four/);
    expect(engine.answer('what number of border control agents are there?').text).not.toMatch(/ is the \w+ of the /);
    expect(engine.answer('what number of people were expelled?').text).toMatch(/26/);
  });
});

describe('AnswerEngine: the item next to one the question names', () => {
  it.each([
    ['in the key elements list, what comes right after border control?', 'cross-border-security.root-causes'],
    ['what comes just before combating corruption in the strategy list?', 'strategy.law-enforcement-capacity'],
    ['¿cuál va antes del combate a la corrupción?', 'strategy.law-enforcement-capacity'],
  ])('"%s" → %s', (q, id) => {
    expect(engine.answer(q).sources[0].id).toBe(id);
  });

  it('says where the item stands when nothing comes after it', () => {
    expect(engine.answer('what comes after targeting financial networks?').text).toMatch(/is the fifth of the five/);
  });

  it.each(['is border control listed before or after joint operations?', 'what follows after joint operations are carried out?'])(
    'does not read "%s" as asking for a neighbour',
    (q) => expect(engine.answer(q).text).not.toMatch(/^\*\*Border Control\*\* —/),
  );

  it('does not read "¿qué va a pasar después de X?" as the item after X', () => {
    expect(engine.answer('¿qué va a pasar después de la cooperación en inteligencia?').text).not.toMatch(/^\*\*Operaciones conjuntas\*\*/);
  });

  it('does not read "following up on X" as the item after X', () => {
    const a = engine.answer("following up on the effects thing, the disruption one. does it say it's permanent or just temporary?");
    expect(a.sources[0].id).toBe('impact.disrupt-operations');
  });
});

describe('AnswerEngine: a quoted claim to check', () => {
  it('answers whether the article backs the claim, with a grounded lead', () => {
    const a = engine.answer("from the script: 'Experts say the expulsion will cripple the cartels for good.' is that supported by the article?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^(Not necessarily|No)\b/);
    expect(a.text).toMatch(/remains to be seen|not necessarily dismantle/);
  });

  it('keeps the question the message itself asks when the quote is only its context', () => {
    const a = engine.answer("Our host keeps saying 'the border is a sieve' on air. What does the article say strengthening border control should include?");
    expect(a.sources[0].id).toBe('cross-border-security.border-control');
  });
});

describe('AnswerEngine: one word said in several parts of the article', () => {
  it('is the topic of the part whose title has it, read from the article alone', () => {
    const a = alone.answer('what about corruption?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).toBe('strategy.combating-corruption');
  });
});

describe('AnswerEngine: what came after the article', () => {
  it.each(['what happened to the 26 after they were handed over', '¿qué pasó con ellos después?'])('declines "%s" with what the article does not say', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.entryId).toBe('aftermath-of-expelled');
  });

  it('still answers what happens to a cartel after its people are removed (what the article explains)', () => {
    expect(engine.answer('what happens to a cartel right after its key people are removed?').sources[0]?.id).toMatch(/^impact/);
  });
});

describe('AnswerEngine: yes/no leads', () => {
  it('puts no plain "Yes." in front of what the article says when the match is of topic only', () => {
    expect(engine.answer('does joint operations violate sovereignty?').text).not.toMatch(/^Yes\b/);
  });

  it('does not hedge a quoted claim that makes the article\'s own hedge', () => {
    const a = engine.answer("the script says 'the long-term impact on cartel operations remains to be seen' — accurate?");
    expect(a.text).not.toMatch(/^Not necessarily/);
    expect(a.text).toMatch(/remains to be seen/);
  });
});

describe('AnswerEngine: the headline and the gist', () => {
  it.each(["what's the exact headline of the article? for my notes", '¿Cuál es el titular del artículo?'])('gives the title and the opening for "%s"', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(`${a.text} ${a.english ?? ''}`).toContain('Mexico Expels Alleged Cartel Members');
  });

  it.each(['what is the title of the first component?', "what's the title of the list?", 'is the headline accurate?', '¿es exacto el titular?'])(
    'does not read "%s" as asking for the headline',
    (q) => expect(engine.answer(q).text).not.toMatch(/headline is|titular del artículo/),
  );

  it('answers the topic the rest of a message names, not the gist: "what\'s it about? specifically X"', () => {
    expect(engine.answer("what's the article about? specifically the demand reduction part").sources[0].id).toBe('strategy.demand-reduction');
  });

  it('keeps a known gap when a length is asked: "in one line, when did it happen?"', () => {
    expect(engine.answer('in one line, when did it happen?').answered).toBe(false);
  });

  it('reads "what\'s the article even about? tryna decide if i read it" as asking for the gist', () => {
    const a = engine.answer("hey bot what's the article even about? tryna decide if i read it 😴");
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).toBe('intro');
  });
});

describe('AnswerEngine: a typed follow-up naming nothing of its own', () => {
  it.each([
    ["what's this story about?", 'and how many was it?'],
    ['¿de qué se trata la nota?', '¿y cuántos eran?'],
  ])('after "%s", "%s" gets the number from the part the conversation is on', (first, second) => {
    const before = engine.answer(first);
    const a = engine.answer(second, { state: before.state });
    expect(a.answered).toBe(true);
    expect(`${a.text} ${a.english ?? ''}`).toMatch(/26/);
    expect(a.text).not.toBe(before.text);
  });

  it.each(['how many more?', 'how many parts are there?'])('does not read "%s" as asking the number just given', (q) => {
    const state = engine.answer('what did mexico do?').state;
    expect(engine.answer(q, { state }).text).not.toMatch(/26 individuals/);
  });

  it('leaves a better follow-up answer alone: "how long?" after the effects is the short term', () => {
    const state = engine.answer('what is the impact of expulsions?').state;
    expect(engine.answer('how long?', { state }).text).toMatch(/temporarily|short term/);
  });
});

describe('AnswerEngine: chat shorthand read as the words it stands for (en.yaml shorthand)', () => {
  it('answers a message in shorthand, and declines it without the shorthand list', () => {
    const q = 'whr did the intel come frm for this';
    expect(engine.answer(q).text).toMatch(/intelligence sharing/);
    const k = loadKnowledge(KNOWLEDGE_DIR);
    const plain = new AnswerEngine({ ...k, language: { ...k.language, en: { ...k.language.en, shorthand: {} } } });
    expect(plain.answer('wht abt the msg it sends').answered).toBe(false);
    expect(engine.answer('wht abt the msg it sends').text).toMatch(/clear signal/);
    expect(engine.answer('is the longterm impakt knwn yet or nah').text).toMatch(/remains to be seen/);
  });
});

describe('AnswerEngine from the article alone: "is X mentioned?" (mention cue)', () => {
  it('answers with a sentence that says the word, though several parts say it', () => {
    const a = alone.answer('is sovereignty mentioned at all?');
    expect(a).toMatchObject({ answered: true });
    expect(a.text).toMatch(/sovereignty/);
    // Asked about the word without asking whether it is mentioned, a word said in many sentences is not enough.
    expect(alone.answer('intelligence?').answered).toBe(false);
  });
});

describe('AnswerEngine: "A or B?" answered by the alternative the article speaks to', () => {
  it('answers the alternative the article speaks to when the question as a whole finds nothing', () => {
    const q = 'is the article sanguine about the long haul, or does it hedge its bets?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/remains to be seen/);
    expect(a.question).toBe(q);
    // The whole, read as one question, finds nothing: it is the first alternative that answers.
    expect(engine.answer('does it hedge its bets?').answered).toBe(false);
  });
  it('leaves a known gap\'s reply as it is ("expelled or extradited?" is told the article says expulsion only)', () => {
    const a = engine.answer("for the web headline, is it 'expelled' or 'extradited'?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/only as an expulsion/);
  });
  it('keeps declining when neither alternative is something the article names, or the "or" is open-ended', () => {
    expect(engine.answer('which agency did the intel sharing, DEA or FBI?').answered).toBe(false);
    expect(engine.answer('did canada or any other country help with the operation?').answered).toBe(false);
  });
});

describe('AnswerEngine: idioms and shorthand never change an ordinary question', () => {
  it('reads a literal phrase as typed when it finds an answer that way, and keeps languages apart', () => {
    const k = loadKnowledge(KNOWLEDGE_DIR);
    const plain = new AnswerEngine({ ...k, language: { ...k.language, idioms: { en: [], es: [] }, en: { ...k.language.en, shorthand: {} } } });
    for (const q of ['were any big fish expelled?', 'explain the strategy in depth', 'is this a quid pro quo?', 'ya hay resultados?', 'were there armed convoys?']) {
      expect([q, engine.answer(q).text]).toEqual([q, plain.answer(q).text]);
    }
  });
  it('gives no yes/no lead to a question between two alternatives ("were they convicted or just suspected?")', () => {
    const a = engine.answer('were the 26 convicted or just suspected?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/suspected/);
    expect(a.text).not.toMatch(/^(Yes|No|Not necessarily)\./);
  });
  it('keeps a concessive clause in a yes/no question or a claim to check: it is the claim', () => {
    const check = engine.answer("the script says 'Mexico expelled 26 people even though the US asked for none' — accurate?");
    expect(check.text).not.toMatch(/^Likely/);
    expect(engine.answer('hey bot what can these expulsions do even if they do not kill the cartel?').text).toMatch(/Send a message/);
  });
  it('does not answer an off-topic comparison whose alternatives are only names ("is Mexico or Canada bigger?")', () => {
    expect(engine.answer('is Mexico or Canada bigger?').answered).toBe(false);
    expect(engine.answer('¿es México o Canadá más grande?').answered).toBe(false);
  });
  it('reads an idiom before a full stop ("… move the needle.")', () => {
    expect(engine.answer('Long term, does this move the needle.').text).toMatch(/remains to be seen/);
  });
});

describe('AnswerEngine: idioms read as the plain words they mean (knowledge/language/idioms.yaml)', () => {
  it('answers a question asked in an idiom the knowledge has no words for', () => {
    const a = engine.answer('Does this expulsion really move the needle on the cartels?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/remains to be seen/);
    expect(engine.answer("What's the article's prescription for nipping cartel recruitment in the bud?").text).toMatch(/prevent/);
  });
  it('without the idioms the same question is declined: the stage is what answers it', () => {
    const k = loadKnowledge(KNOWLEDGE_DIR);
    const plain = new AnswerEngine({ ...k, language: { ...k.language, idioms: { en: [], es: [] } } });
    expect(plain.answer('Does this expulsion really move the needle on the cartels?').answered).toBe(false);
  });
  it('leaves an idiom the knowledge already reads as it is (a synonym group has "silver bullet")', () => {
    expect(engine.answer('is this expulsion a silver bullet?').text).toMatch(/one piece|puzzle/);
  });
});

describe('AnswerEngine: a remedy asked for a topic of its own is the article’s prescription for it', () => {
  it('answers "what does it propose to fix X?" with the sentence that prescribes for X, whole item', () => {
    const a = engine.answer('what does the article propose to fix demand?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Reducing the demand for illegal drugs in the United States is crucial/);
    expect(a.text).toMatch(/prevention programs/);
    expect(a.sources[0].id).toBe('strategy.demand-reduction');
  });

  it('from the article alone too, and never for a topic the article prescribes nothing for', () => {
    expect(alone.answer('what does the article propose to fix demand?').text).toMatch(/prevention programs/);
    expect(engine.answer('what should be done about the weather?').answered).toBe(false);
    expect(alone.answer('what should be done about the weather?').answered).toBe(false);
  });
});

describe('AnswerEngine: a word asking for a remedy names no topic of its own', () => {
  it('reads "and X, what does it propose to fix that?" as a remedy for X, not for the word "fix"', () => {
    const first = engine.answer('what makes the us-mexico border such a hotspot for trafficking?');
    const a = engine.answer('and the demand side, what does the article propose to fix that?', { state: first.state });
    expect(a.text).toMatch(/prevention programs/);
    expect(engine.answer('and the demand side, what does the article propose to fix that?').text).toMatch(/prevention programs/);
  });
});

describe('AnswerEngine: a follow-up pointing back whose own sure answer shows more of the same part', () => {
  it('gets that answer: the list the previous reply only named, whole', () => {
    const first = engine.answer('does the article think the expulsion will cripple the cartels?');
    const why = engine.answer('why not?', { state: first.state });
    expect(why.text).toMatch(/resilient/);
    const more = engine.answer('so what good does it do then?', { state: why.state });
    expect(more.text).toMatch(/Disrupt operations temporarily/);
    expect(more.text).toMatch(/Send a message/);
    expect(more.text).toMatch(/intelligence/);
    expect(more.text).not.toBe(why.text);
  });
});

describe('AnswerEngine: a known gap and a follow-up pointing back', () => {

  it('reads "so does that mean more arrests?" with what was just said, not as the gap about arrest figures', () => {
    const [, , arrests] = converse('what can expulsions do even if they don’t take down the cartel?', 'the 3rd one — explain that', 'so does that mean more arrests?');
    expect(arrests.answered).toBe(true);
    expect(arrests.text).toMatch(/further arrests/);
    // On its own the question is the known gap.
    expect(engine.answer('so does that mean more arrests?').answered).toBe(false);
  });

  it('keeps the gap for a fact of a type the article does not give ("what day did it happen?")', () => {
    const [, day] = converse('why does the expulsion matter?', 'what day did it happen?');
    expect(day.answered).toBe(false);
    expect(day.text).toMatch(/date/);
  });
});

describe('AnswerEngine: a short why-question after words pointing back leans on the answer before', () => {
  it('reads "¿Y eso por qué es tan grave?" as why of what was just said, whatever word it puts on it', () => {
    const first = engine.answer('¿Qué dice el artículo de la corrupción?');
    const why = engine.answer('¿Y eso por qué es tan grave?', { state: first.state });
    expect(why.answered).toBe(true);
    expect(why.english ?? why.text).toMatch(/weakens the rule of law/);
  });

  it.each(['and that, why did my code crash?', 'this is why nobody trusts journalists', 'it’s why my rent went up'])(
    'but not a why of its own, nor a statement: %s',
    (q) => {
      const first = engine.answer('how many did mexico expel?');
      expect(engine.answer(q, { state: first.state }).answered).toBe(false);
    },
  );
});

describe('AnswerEngine: a sentence that continues the one before is quoted with it', () => {

  it('names what a "This requires…" sentence is about', () => {
    const a = alone.answer('which strategy component covers prevention programs and treatment');
    expect(a.text).toMatch(/Drug Demand Reduction: Reducing the demand[^]*This requires investing in prevention programs/);
  });

  it('gives the reason a "Consequently, …" sentence draws on, for a why-question', () => {
    const a = alone.answer('In the article’s view, why are robust cross-border security measures essential for both nations?');
    expect(a.text).toMatch(/security of Mexican citizens[^]*Consequently, robust cross-border security measures/);
  });
});

describe('AnswerEngine: a list item read whole', () => {
  it('answers a question whose words are in an item’s claim and in the steps after it, quoting the item', () => {
    const a = alone.answer('Which strategy component talks about training and forensic analysis?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).toBe('strategy.law-enforcement-capacity');
    expect(a.text).toMatch(/Strengthening Law Enforcement Capacity[^]*forensic analysis/);
  });
});

describe('AnswerEngine: run-together words', () => {
  it.each(['will it uproot the cartels?', 'is their stance inflexible?', 'is there a byproduct of the expulsion?', 'does the article talk about drugstores?'])(
    'leaves a real English word whole, however rare: %s',
    (q) => {
      const a = engine.answer(q);
      expect(a.text).not.toMatch(/root causes|resilient and adaptable|^Two countries|sovereignty twice/);
    },
  );

  it('splits words typed together, one of them misspelt ("moneylaundring")', () => {
    expect(engine.answer('wat does it say abt finacial netwroks n moneylaundring').text).toMatch(/launder/);
    expect(engine.answer('corupsion wat does it do 2 the ruleoflaw').text).toMatch(/rule of law/);
  });

  it('splits a country written together with "us" ("usmexico"), here and from the article alone', () => {
    for (const e of [engine, alone]) expect(e.answer('why is drugtrafficking so bad at the usmexico bordr').text).toMatch(/vastness/);
  });
});

describe('AnswerEngine: what the second review found', () => {

  it.each(['what should we do about poverty in Africa?', '¿qué se debe hacer con la pobreza en África?', 'how do I fix my own addiction treatment?', 'how can I fix my investing?'])(
    'declines a remedy asked for a topic not the article’s, or for the asker’s own life: %s',
    (q) => {
      expect(engine.answer(q).answered).toBe(false);
      expect(alone.answer(q).answered).toBe(false);
    },
  );

  it.each(['so was the National Guard involved in that?', 'so will the cartels retaliate for that?', 'does that mean they were high-ranking leaders?'])(
    'keeps the known gap for a follow-up naming what the answer it would lean on does not say: %s',
    (q) => {
      const [, , last] = converse('what can expulsions do even if they don’t take down the cartel?', 'the 3rd one — explain that', q);
      expect(last.answered).toBe(false);
      expect(last.text).toMatch(/doesn.t/);
    },
  );

  it('does not give the same list again with only a sentence added after it', () => {
    const [first, second] = converse('what impact will the expulsion have?', 'so what good does that do?');
    expect(first.text).toMatch(/Disrupt operations temporarily/);
    expect(second.text.split('\n\n')[0]).not.toBe(first.text.split('\n\n')[0]);
  });
});

describe('AnswerEngine: "is it fair to say X?" asks whether the article backs X', () => {
  it('checks the claim, not the word "fair"', () => {
    const a = engine.answer('is it fair to say mexico expelled 26 ppl? y/n');
    expect(a.text).toMatch(/^Yes\. .*26 individuals/);
    expect(engine.answer('is it fair to say the expulsion dismantles the cartels?').text).toMatch(/^Not necessarily\./);
  });
});

describe('reportedQuestion: a question reported inside a sentence', () => {
  const d = loadKnowledge(KNOWLEDGE_DIR).dialogue;
  it.each([
    ['my editor wants to know whether fentanyl comes up', 'whether fentanyl comes up'],
    ['Buenas, un usuario pregunta cuántas personas expulsó México según el artículo.', 'cuantas personas expulso mexico segun el articulo'],
    ['A patron inquires which passage discusses corruption. Thanks!', 'which passage discusses corruption'],
  ])('%s → %s', (message, question) => expect(reportedQuestion(message, d)).toBe(question));

  it('is undefined for a message that reports none', () => {
    expect(reportedQuestion('what does the article say about corruption?', d)).toBeUndefined();
  });

  it('lets the bot answer the reported question', () => {
    expect(engine.answer('Buenas, un usuario pregunta cuántas personas expulsó México según el artículo.').text).toMatch(/26/);
  });
});

describe('AnswerEngine: the yes/no lead of an answer quoting the sentence its answer continues', () => {
  it('is read off the answering sentence, not the one quoted before it', () => {
    const a = alone.answer('are robust cross-border security measures essential for both nations?');
    expect(a.text).toMatch(/^Yes\. .*Consequently, robust cross-border security measures are essential/);
    expect(a).not.toHaveProperty('leadText');
  });
});

describe('AnswerEngine: "where does X fit in / come into it?" asks how X relates', () => {
  it('answers it from the article, while "where does X come in from?" stays a place question', () => {
    expect(engine.answer('ok different thing — where does fentanyl come into it?')).toMatchObject({ answered: true, text: expect.stringMatching(/fentanyl/) });
    expect(engine.answer('where does the fentanyl come in from?')).toMatchObject({ answered: false, text: expect.stringMatching(/doesn.t say where fentanyl/) });
  });
});

describe('AnswerEngine: "the full list of X" asks for the list of X', () => {
  it('reads "full", "complete", "whole" before "list" as the answer’s form, not a topic', () => {
    expect(engine.answer('give me the full list of the effects of expulsions').text).toMatch(/Disrupt operations temporarily[^]*Send a message/);
    expect(engine.answer('what is the complete list of key elements?').text).toMatch(/Intelligence Sharing[^]*Root Causes/);
  });
});

describe('AnswerEngine: a count asked of a list named in other words', () => {
  it('is the count of the list the question is answered with ("how many upsides…" → three effects)', () => {
    expect(engine.answer('How many benefits of expulsions does the article list?').text).toMatch(/^The article lists three effects/);
    // A count of something else stays its own answer.
    expect(engine.answer('how many people were expelled?').text).toMatch(/26/);
  });
});

describe('AnswerEngine: a question asking what brought something about (cause cue)', () => {
  it.each(['what caused the expulsion?', 'what most likely triggered the removal of the 26?', 'so what was behind the expulsions'])(
    '%s → where it came from, not what it means',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/intelligence sharing/);
      expect(a.text).not.toMatch(/effectiveness/);
    },
  );

  it('asks it of the topic the conversation is on when it names none of its own', () => {
    const [, cause] = converse('how many suspects did Mexico expel?', 'and what caused that?');
    expect(cause.followUp).toBe(true);
    expect(cause.text).toMatch(/intelligence sharing/);
    // (not the rest of the part read on: the sentences after the count)
    expect(cause.text).not.toMatch(/specific cartels/);
  });

  it('is no question of cause with a noun before the verb, nor a passive asking for an effect (review)', () => {
    expect(engine.explain('what steps led to the identification?').analysis.cues).not.toContain('cause');
    expect(engine.explain('what was triggered by the expulsion?').analysis.cues).not.toContain('cause');
    expect(engine.answer('what steps led to the identification?').text).toMatch(/two steps/);
  });

  it('from the article alone: the sentence of the part that says where it came from ("stemmed from")', () => {
    const a = alone.answer('so what brought about the expulsion, per the piece?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/stemmed from intelligence sharing/);
  });

  it('a why-question is not a question of cause: "why did Mexico expel them?" is not answered by the tip-off alone', () => {
    expect(engine.explain('why did Mexico expel them?').analysis.cues).not.toContain('cause');
  });
});

describe('AnswerEngine: "what does that involve?" about an item shown whole', () => {
  it('quotes the sentence that spells the item out, not its opening claim again', () => {
    const [, involve] = converse('what is the final component of the comprehensive strategy?', 'so what would that one involve?');
    expect(involve.followUp).toBe(true);
    expect(involve.text).toMatch(/shell companies/);
    expect(involve.text).not.toMatch(/enable cartels to launder/);
  });

  it('not for a yes/no question naming what it asks about: "does it include X?" (review)', () => {
    const [, laundering] = converse('what is the final component of the comprehensive strategy?', 'does it include money laundering?');
    expect(laundering.text).toMatch(/launder/);
  });
});

describe('AnswerEngine: a yes/no question about a name the article never says', () => {
  it('gets "The article doesn\'t say." rather than a "Yes." for a match of topic', () => {
    for (const q of ['Did Belize or any other country take part in the operation?', 'Was Belize part of the cooperation as well?']) {
      const a = engine.answer(q);
      expect(a.text).not.toMatch(/^Yes\./);
      if (a.answered) expect(a.text).toMatch(/^The article doesn't say\./);
    }
  });

  it('reads only the asking sentence, not a handle, an aside or what follows it (review)', () => {
    for (const q of ['Did Mexico expel 26 people? Asking for my class at UCLA', 'Did Mexico expel 26 people (per the NYT)?', 'Did Mexico expel 26 people? via @BorderBriefBot'])
      expect(engine.answer(q).text).not.toMatch(/^The article doesn't say/);
  });

  it('leaves a Spanish question\'s names to Spanish: "Estados Unidos" is no unsaid name (review)', () => {
    expect(engine.answer('¿Es cierto que México y Estados Unidos comparten inteligencia?').text).not.toMatch(/^El artículo no lo dice/);
  });

  it('keeps "Yes." when the name is the article\'s own, of one word or several', () => {
    expect(engine.answer("Does the article mention Mexico's commitment to fighting organized crime?").text).toMatch(/^Yes\./);
    expect(engine.answer('Is the United States part of the cooperation?').text).not.toMatch(/^The article doesn't say/);
  });

});

describe('AnswerEngine: a cause asked after an answer that gave it', () => {
  it('quotes the sentence of that part that gives the cause, not the next sentence', () => {
    const [, cause] = converse('tldr — what did MX do?', 'so what set it off?');
    expect(cause.followUp).toBe(true);
    expect(cause.text).toMatch(/stemmed from intelligence sharing/);
    expect(cause.text).not.toMatch(/Details are scarce/);
  });
});

describe('AnswerEngine: "which of <another list> goes with that?"', () => {
  it('is the item of the list named that shares most with what the conversation is on', () => {
    const [, , related] = converse('what economic measures does the article recommend?', 'tell me about the economic development one', 'which of the key elements of border security is closest to that?');
    expect(related.text).toMatch(/Addressing Root Causes/);
  });

  it('on the list the conversation is on, "that" is the item it is on', () => {
    const [, , same] = converse('what are the root causes it names?', 'and how would tackling them help?', 'which of the cross-border key elements is that one?');
    expect(same.text).toMatch(/Addressing Root Causes/);
  });

  it('still reads a word the message names: "which of them mentions X?"', () => {
    const [, which] = converse('what are the key elements of cross-border security?', 'which of them mentions technology?');
    expect(which.text).toMatch(/Border Control/);
  });
});

describe('AnswerEngine: a question quoted for the article to answer', () => {
  it('answers the quoted question, framed by words that name nothing the article covers', () => {
    const a = engine.answer('a caller from Winnipeg wants to know: "how many people did Mexico kick out?" — what should we tell her?');
    expect(a.text).toMatch(/26/);
  });

  it('reads a name in the quoted question as asked: "is Peru part of this?"', () => {
    expect(engine.answer('text from a listener: "is Peru part of any of this?" — does the article say?').text).not.toMatch(/^Yes\./);
  });
});

describe('AnswerEngine: "how do we <act on> it?" after a topic asks the article\'s remedy for it', () => {
  it('is the prescription for the topic the conversation is on', () => {
    const [, how] = converse('what does the piece say about the appetite for drugs in the US?', 'how can we cut that?');
    expect(how.text).toMatch(/prevention programs/);
  });
});

describe('AnswerEngine: a curated answer written with a yes/no lead', () => {
  it('keeps its lead for a question of yes or no, and drops it for a question of another kind', () => {
    expect(engine.answer('is expelling them enough on its own?').text).toMatch(/^No\./);
    const what = engine.answer('what does the article say about a comprehensive strategy beyond expulsions?');
    expect(what.text).toMatch(/one piece of a much larger puzzle/);
    expect(what.text).not.toMatch(/^No\./);
  });
});

describe('AnswerEngine: discourse phrases name no topic (en.yaml fillerPhrases, dialogue more_phrases)', () => {
  it('"to begin with", "in the first place" are not the article\'s introduction', () => {
    for (const q of ['why is the border a trafficking hotspot to begin with?', 'why does the border matter for security to begin with?'])
      expect(engine.answer(q).text).toMatch(/vast/);
  });

  it('"anything beyond that?" asks for more of the same part, not the part titled "Beyond…"', () => {
    const [, more] = converse('@bot what does it say future coop will involve?', 'anything beyond that?');
    expect(more.followUp).toBe(true);
    expect(more.sources[0].id).toMatch(/^future/);
  });
});

describe('AnswerEngine: what the review of the fourth round found', () => {
  it('"how can they afford that?" is no remedy question; "how can we cut it?" is', () => {
    const [, afford] = converse('what does the piece say about the appetite for drugs in the US?', 'how can they afford that?');
    expect(afford.text).not.toMatch(/prevention programs/);
  });

  it('keeps the lead of a yes/no question whose clause asks it after another ("what about X — does that…?")', () => {
    expect(engine.answer('what about removing the leaders — does that dismantle the cartel?').text).toMatch(/^Not necessarily\./);
    expect(engine.answer('any chance expelling them is enough on its own?').text).toMatch(/^No\./);
  });

  it('drops it for a what-question after a comma', () => {
    expect(engine.answer('according to the article, what else is needed besides expulsions?').text).not.toMatch(/^No\./);
  });

  it('a cause asked after an answer that gave none is not the cause of something else', () => {
    const [, cause] = converse('why are details scarce?', 'so what set that off?');
    expect(cause.text).not.toMatch(/stemmed from intelligence sharing/);
  });

  it('"which of <list> overlaps with that?" wants clearly most in common, and "it" alone is the article', () => {
    const [, related] = converse('what valuable intelligence can expelled people provide?', 'which of the key elements overlaps with that?');
    expect(related.text).toMatch(/Intelligence Sharing/);
    const [, none] = converse('tell me about targeting financial networks', 'which of the key elements overlaps with that?');
    expect(none.text).not.toMatch(/^\*\*Joint Operations\*\*/);
  });
});

describe('AnswerEngine: a position or count asked of the bullets an answer showed (the parts of one sentence)', () => {
  it('"and number three?" after the root causes is the third cause, not the third item of the list it sits in', () => {
    const [causes, third, count] = converse('which root causes does it name?', 'and number three?', 'how many is that?');
    expect(causes.text).toMatch(/\*\*Poverty\*\*/);
    expect(third.followUp).toBe(true);
    expect(third.text).toMatch(/^\*\*Lack of opportunity\*\* is the third of the three/);
    expect(third.text).toMatch(/“Addressing Root Causes: Tackling poverty/);
    expect(third.text).not.toMatch(/Border Control/);
    expect(count.text).toMatch(/^There are three: \*\*Poverty\*\*, \*\*Corruption\*\* and \*\*Lack of opportunity\*\*/);
  });

  it('a position past the end says how many there are; the bullets stay pickable while the conversation picks from them', () => {
    const [, fifth, first] = converse('which root causes does it name?', 'the fifth one?', 'ok the first one then');
    expect(fifth.text).toMatch(/^There are three/);
    expect(first.text).toMatch(/^\*\*Poverty\*\* is the first/);
  });

  it("the article's own lists still answer positions as lists do", () => {
    const [, second] = converse('what are the key elements of cross-border security?', 'the second one?');
    expect(second.text).toMatch(/^\*\*Joint Operations\*\*/);
  });

  it('a question naming its own topic is not read against the bullets', () => {
    const [, other] = converse('which root causes does it name?', 'what is the second key element?');
    expect(other.text).toMatch(/Joint Operations/);
  });

  it('Spanish: the Spanish bullet, with its number', () => {
    const [, second] = converse('¿qué causas de fondo menciona?', '¿y la segunda?');
    expect(second.text).toMatch(/^\*\*La corrupción\*\* \(n\.º 2 de tres\)/);
  });
});

describe('AnswerEngine: a curated answer whose bullets retell a sentence does not quote it again', () => {
  it('no "The article adds" with the same sentence; the sentence counts as shown, so "and then?" moves on', () => {
    const [watched, next] = converse('what does the conclusion want watched?', 'and then?');
    expect(watched.text).toMatch(/\*\*US aid to Mexico for security\*\*/);
    expect(watched.text).not.toMatch(/adds/);
    expect(next.followUp).toBe(true);
    expect(next.text).not.toMatch(/Monitoring ongoing efforts/);
  });

  it('a sentence that says more than the bullets (a name they lack) is still added', () => {
    const answer = engine.answer('which key element is the one about smuggling routes?');
    expect(answer.text).toMatch(/Intelligence Sharing/);
  });
});

describe('AnswerEngine: a follow-up asking where the part the conversation is on puts things', () => {
  it('a place asked of the part with its own word for it and pointing back: "and that demand, which country is it in?"', () => {
    const [, where] = converse('what is the fourth part of the comprehensive strategy?', 'and that demand, which country is it in?');
    expect(where).toMatchObject({ answered: true, followUp: true, sources: [{ id: 'strategy.demand-reduction' }] });
    expect(where.text).toMatch(/in the United States is crucial/);
  });

  it('"and in which country is that?" after the demand item: its sentence naming the country', () => {
    const [, where] = converse('what is the fourth part of the comprehensive strategy?', 'and in which country is that?');
    expect(where.followUp).toBe(true);
    expect(where.text).toMatch(/in the United States is crucial/);
    expect(where.text).not.toMatch(/removed/);
  });

  it('Spanish: "¿y eso en qué país?"', () => {
    const [, where] = converse('¿qué dice sobre reducir la demanda de drogas?', '¿y eso en qué país?');
    expect(where.text).toMatch(/United States/);
  });

  it('"and the US side of it?" after the cartels\' influence: the sentence of that part that names the US', () => {
    const [, side] = converse('who is affected by the cartels according to the article?', 'and the US side of it?');
    expect(side.text).toMatch(/drug-related issues within the US/);
    expect(side.text).not.toMatch(/^\*\*Mexico\*\* did/);
  });

  it('"and the US role?" after who expelled them: the sentence of that part naming the US (written "US" in the article)', () => {
    const [, role] = converse('which country did the expelling?', 'and the US role?');
    expect(role.text).toMatch(/intelligence sharing between US and Mexican/);
  });

  it('a question naming a topic of its own is not read so', () => {
    const [, own] = converse('what is the fourth part of the comprehensive strategy?', 'what does the article say about corruption in each country?');
    expect(own.text).toMatch(/[Cc]orruption/);
  });
});

describe('AnswerEngine: "sustainable" is not read as "sustained"', () => {
  it('what would make the partnership sustainable is the sentence about trust, not the one about continued dialogue', () => {
    const answer = engine.answer('what is needed for a sustainable partnership between them?');
    expect(answer.text).toMatch(/mutual trust/);
    expect(answer.text).not.toMatch(/open dialogue/);
  });
});

describe('AnswerEngine: who/which of a kind of person the article never mentions (person_nouns, not_named)', () => {
  it('the answer opens by saying the article does not say which — then what it does say', () => {
    const answer = engine.answer('who is the spokesperson for intelligence sharing?');
    expect(answer.text).toMatch(/^The article doesn't say which spokesperson — it names no one\. /);
    expect(answer.text).toMatch(/share information/);
  });

  it('from the article alone too', () => {
    expect(alone.answer('Who is the Mexican official who ordered the expulsion?').text).toMatch(/^The article doesn't say which official/);
  });

  it('a Spanish answer that already says it names no official gets no second saying (review)', () => {
    const text = engine.answer('¿qué funcionario ordenó la expulsión?').text;
    expect(text).not.toMatch(/^El artículo no dice qué funcionario/);
    expect(text).toMatch(/ningún funcionario/);
  });

  it('only the person asked for: not a noun elsewhere in the message, nor a word that is also an adjective (review)', () => {
    for (const q of ['which steps should officials take?', 'which part do politicians play in corruption?', 'in general, which key element matters most?', 'Who are the expelled? A judge said they were dangerous'])
      expect(engine.answer(q).text).not.toMatch(/doesn't say which/);
  });

  it('not when the answer speaks of that kind of person, nor for a question of another kind', () => {
    // The curated answer itself says it names no official.
    expect(engine.answer('Who is the Mexican official who ordered the expulsion?').text).not.toMatch(/^The article doesn't say which/);
    expect(engine.answer('why does the president matter here? what about the expulsion?').text).not.toMatch(/doesn't say which president/);
    expect(engine.answer('who was expelled?').text).not.toMatch(/doesn't say which/);
  });
});

describe('AnswerEngine: "is that enough?" after a part asks for that part’s own caveat (sufficiency_words)', () => {
  it('after the outlook for cooperation: its "However…" sentence', () => {
    const [, enough] = converse('how does the article see cooperation going forward?', 'would that be sufficient though?');
    expect(enough.followUp).toBe(true);
    expect(enough.text).toMatch(/nuanced and collaborative approach/);
    expect(enough.text).not.toMatch(/piece of a much larger puzzle/);
  });

  it("a caveat of the part above is not the part's own: after one effect of expulsions, the answer on expulsions being enough", () => {
    const [, enough] = converse('how do expulsions disrupt cartels in the short term?', 'but would that be enough?');
    expect(enough.text).not.toMatch(/^(?:Not necessarily\. )?While the expulsion/);
  });
});

describe('AnswerEngine: a plainer reading (paraphrases) adds only what it rewrote, not the chat before it', () => {
  it('"i missed the standup. what can these expulsions actually do?" — "missed" in the preamble is not read twice', () => {
    const answer = engine.answer('i missed the standup. what can these expulsions actually do, per the article?');
    expect(answer.text).toMatch(/^The article says expulsions can:/);
  });
});

describe('AnswerEngine: a yes/no question naming the opposite of what the article says (antonyms)', () => {
  it('"permanently?" is answered by what the article says is temporary, with "No."', () => {
    expect(engine.answer('do expulsions disrupt the cartels permanently?').text).toMatch(/^No\. It can, temporarily/);
  });

  it('"tiny?" by the border\'s vastness; "low?" by the high demand', () => {
    expect(engine.answer('is the border described as tiny?').text).toMatch(/^No\. .*vast/);
    expect(engine.answer('is US demand for drugs low according to the article?').text).toMatch(/^No\. .*high demand/);
  });

  it('not a quality the article itself speaks to: "long term" keeps its own answer', () => {
    const answer = engine.answer('will this hurt the cartels in the long term?');
    expect(answer.text).not.toMatch(/temporarily/);
    expect(answer.text).toMatch(/long-term impact/);
  });

  it('not a question of another kind: "what is temporary about it?" gets no "No."', () => {
    expect(engine.answer('what is temporary about the disruption?').text).not.toMatch(/^No\./);
  });
});

describe('AnswerEngine: what the review of the fifth round found', () => {
  it('"is that enough?" never takes a contrast that opens a list ("However, these actions can:") and gets no "Yes."', () => {
    const [, enough] = converse('what is the impact of expulsions on cartels?', 'is that enough?');
    expect(enough.text).not.toMatch(/^Yes\./);
    expect(enough.text).not.toMatch(/these actions can/);
  });

  it('"that\'s enough, thanks" is no question of sufficiency', () => {
    const [, thanks] = converse('how does the article see cooperation going forward?', "ok that's enough, thanks");
    expect(thanks.text).not.toMatch(/^(?:Not necessarily\. )?However, it's crucial/);
  });

  it('place follow-ups only in a follow-up\'s form: "which countries are mentioned?" is its own question', () => {
    const [, countries] = converse('what is the fourth part of the comprehensive strategy?', 'which countries are mentioned?');
    expect(countries.text).toMatch(/Two countries/);
  });

  it('"and the US side?" does not repeat the sentence just shown, nor count "US-Mexico" as the US side', () => {
    const [first, side] = converse('how does the article see cooperation going forward?', 'and the US side?');
    expect(first.text).toMatch(/future of US–Mexico security cooperation/);
    expect(side.text).not.toMatch(/^The future of US-Mexico security cooperation/);
  });

  it('an answer of its own from the part the conversation is on stands: "what happened?" → "in which country?"', () => {
    const [, where] = converse('what happened?', 'in which country?');
    expect(where.text).toMatch(/from Mexico/);
  });

  it('Spanish masculine ordinals and "the middle one" pick from the bullets shown', () => {
    expect(converse('¿qué causas de fondo menciona?', '¿y el segundo?')[1].text).toMatch(/^\*\*La corrupción\*\*/);
    expect(converse('which root causes does it name?', 'the middle one?')[1].text).toMatch(/^\*\*Corruption\*\*/);
  });

  it('bullets that name one item of a list among other things are still bullets of their own', () => {
    const [, second] = converse('what does the conclusion recommend both governments do?', 'the second one?');
    expect(second.text).toMatch(/^\*\*Strengthening law enforcement capacity\*\* is the second of the three/);
  });

  it('"sustainably" is "sustainable", not "sustained"', () => {
    expect(engine.answer('how can the partnership work sustainably?').text).toMatch(/mutual trust/);
  });

  it('a curated answer drawing on another part cites it too (also_cites)', () => {
    const answer = engine.answer('what role does US drug demand play?');
    expect(answer.sources.map((s) => s.id)).toEqual(['cross-border-security', 'strategy.demand-reduction']);
  });
});

describe('AnswerEngine: "¿cuánta gente…?" asks how many people, not how much', () => {
  it('is the count of the expelled, not a known gap about sums or durations', () => {
    expect(engine.answer('¿a cuánta gente expulsaron al final?').text).toMatch(/26 personas/);
    expect(engine.answer('oigan, ¿cuánta gente expulsaron en total?').text).toMatch(/26 personas/);
  });
});

describe('AnswerEngine: one word of the topic among words the knowledge never uses (topicWordCount)', () => {
  it('answers from a word rare in everyday English, the asker’s unknown words aside', () => {
    const a = engine.answer('what does the author say about palm-greasing in officialdom?');
    expect(a.answered).toBe(true);
    expect(a.sources[0].id).toBe('strategy.combating-corruption');
  });

  it('an everyday word matched among unknown words is still a lucky one, and so are everyday words set beside one', () => {
    for (const q of [
      'How do I change a flat tire?',
      'hey bot tell me a joke to survive the night shift 😩',
      'which ingredients go in a margarita?',
      'how to bounce back after a breakup in mexico',
      'what does it say about bribes in soccer?',
      'how do i deal with a sketchy landlord?',
    ])
      expect(engine.answer(q).answered).toBe(false);
  });

  it('names are no words of the topic, nor asides: capitalised, in capitals, or mostly written so', () => {
    for (const q of ['who won the Nationals game last night?', 'did the nationals win last night?', 'what does it say about corruption in FIFA?', 'what should we do about poverty in Africa?'])
      expect(engine.answer(q).answered).toBe(false);
  });

  it('is not used for Spanish, whose words the English counts do not know', () => {
    expect(engine.answer('¿qué dice sobre los sobornos en el fútbol?').answered).toBe(false);
  });

  it('turned off (0), the one word stays a lucky one', () => {
    const strict = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR), { weights: { topicWordCount: 0 } });
    expect(strict.answer('what does the author say about palm-greasing in officialdom?').answered).toBe(false);
  });
});

describe('AnswerEngine: set phrases that are no topic ("of course", "por supuesto")', () => {
  it('"por supuesto" is "of course", not "supuesto" (alleged)', () => {
    expect(engine.answer('¿Me recomendáis una receta de tortilla de patatas? Con cebolla, por supuesto; vale, sé que es polémico.').answered).toBe(false);
    expect(engine.answer('por supuesto, ¿cuántos expulsaron?').text).toMatch(/26/);
    expect(engine.answer('¿son supuestos miembros de cárteles?').text).toMatch(/sospechos|presunt/);
  });
});

describe('AnswerEngine: a follow-up never repeats the last answer, lead or not', () => {

  it('the message’s own new answer, when read with the question before would repeat the last one without its lead', () => {
    const [first, second] = converse('were they confirmed cartel members?', 'does it say which cartels?');
    expect(first.text).toMatch(/^Not necessarily\./);
    expect(second.text).toMatch(/haven't been explicitly detailed/);
  });
});

describe('AnswerEngine: "which ones?" stands for a thing the conversation named (dialogue pro_forms)', () => {
  it('is asked again with the plural nouns of the question and answer before', () => {
    const [, second] = converse('were they confirmed cartel members?', 'does it say which ones?');
    expect(second.text).toMatch(/no personal details/);
    expect(second.text).not.toMatch(/^Not necessarily/);
  });

  it('not after a list, and only for an answer from the part the conversation is on', () => {
    const [, which] = converse('what are the key elements of cross-border security?', 'which ones?');
    expect(which.text).not.toMatch(/root causes/i);
  });

  it('in Spanish too: "¿y dice cuáles?"', () => {
    expect(converse('¿sospechaban de qué cárteles?', '¿y dice cuáles?')[1].text).toMatch(/no se han detallado/);
  });

  it('stops at the first noun whose answer is the last one again: that noun was the one meant', () => {
    const [first, which] = converse('¿eran miembros de cárteles?', '¿y dice cuáles?');
    expect(which.text).not.toMatch(/no se han detallado/);
    expect(first.answered).toBe(true);
  });

  it('a message with words of its own is no pro-form question ("which ones are about money?")', () => {
    const [, money] = converse('what are the key elements of cross-border security?', 'which ones are about money?');
    expect(money.text).not.toMatch(/specific cartels/);
  });
});

describe('AnswerEngine: idioms whose words the knowledge uses are read last (loose idioms)', () => {
  it('reads them plainly when the message as typed and with the other idioms found nothing', () => {
    expect(engine.answer('When one capo gets the boot, does somebody else just step into his shoes?').text).toMatch(/resilient and adaptable/);
    expect(engine.answer('Is this roundup a silver bullet, or just a drop in the bucket?').text).toMatch(/one piece of a much larger puzzle/);
  });

  it('not for a message about nothing of the article besides them', () => {
    for (const q of ['my landlord kicked me to the curb lol any advice?', 'is a drop in the bucket of paint enough for the wall?'])
      expect(engine.answer(q).answered).toBe(false);
  });
});

describe('AnswerEngine: a number the knowledge never says is the asker’s claim (count_question, claim_number_before)', () => {
  it('answers the count, and "No." to a yes/no question about another number', () => {
    expect(engine.answer('wait was it 50 ppl that got expelled?').text).toMatch(/^No\. Mexico expelled \*\*26 individuals\*\*/);
    expect(engine.answer('¿fueron 40 los expulsados?').text).toMatch(/^No\. México expulsó a \*\*26 personas\*\*/);
    const told = engine.answer('hey bot my debate partner swears mexico deported like 100 cartel guys?? whats the actual number no cap');
    expect(told.text).toMatch(/26 individuals/);
    expect(told.text).not.toMatch(/^No\./);
  });

  it('a number the article says is no claim, and a number after a noun is a label', () => {
    expect(engine.answer('was it 26 people?').text).toMatch(/^Yes\./);
    // (…nor a bound: 26 is more than 20.)
    expect(engine.answer('were more than 20 people expelled?').text).not.toMatch(/^No\./);
    expect(engine.answer('Did Mexico invoke Article 33 of its constitution to expel them?').text).not.toMatch(/26/);
  });
});

describe('AnswerEngine: which item of a list, read only where an item fits best (eleventh round)', () => {
  it('answers "which factors…?" from the sentence outside the lists that says it, not from the item nearest', () => {
    const a = engine.answer('which factors does the article cite to explain why the US-Mexico border is a prime area for drug trafficking?');
    expect(a.text).toMatch(/vastness/);
    expect(a.text).toMatch(/demand/);
  });

  it('still picks the item when the words naming the list are what the other sentence shares', () => {
    expect(engine.answer('which item in the comprehensive strategy is about cops?').sources[0].id).toBe('strategy.law-enforcement-capacity');
    expect(engine.answer('which element is about technology?').sources[0].id).toBe('cross-border-security.border-control');
  });

  it('reads "among the effects listed, which concerns X?" as which of them', () => {
    const a = engine.answer('Among the listed effects of expulsions, which concerns getting information out of the people expelled?');
    expect(a).toMatchObject({ answered: true, sources: [{ id: 'impact.provide-intelligence' }] });
  });
});

describe('AnswerEngine: a summary of something the knowledge never speaks of', () => {
  it('declines it, though one of its words reads as a part of the article', () => {
    expect(engine.answer('hey bot can u summarize last nights Champions League results').answered).toBe(false);
    expect(engine.answer('summarize the impact part').answered).toBe(true);
  });
});

describe('AnswerEngine from the article alone: a part answered by the item its question names', () => {
  it('answers "what does it say about X?" from the item named X, not the sentence of the part that lists the items', () => {
    for (const q of ['what does the piece say about corruption?', '¿Qué dice el artículo sobre la corrupción?']) {
      const a = alone.answer(q);
      expect(a.sources[0].id).toBe('strategy.combating-corruption');
      expect(a.english ?? a.text).toMatch(/rule of law/);
    }
  });

  it('not for a word the part’s own title has too, nor for the word of the list’s label', () => {
    expect(alone.answer('why does the border even matter that much?').sources[0].id).toBe('cross-border-security');
    expect(alone.answer('pillars of the strategy').sources[0].id).toBe('strategy');
  });
});

describe('AnswerEngine from the article alone: a count asked with one word the article says often', () => {
  it('answers from the few sentences with a figure in digits ("26"), not "one piece of…"', () => {
    for (const q of ['How many people were expelled?', 'how many ppl got expelled?']) {
      const a = alone.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/26 individuals/);
    }
  });

  it('still declines a count of something the figure does not count, or a count asked with "which"', () => {
    expect(alone.answer('how many cartels?').answered).toBe(false);
    expect(alone.answer('how many were arrested?').answered).toBe(false);
    expect(alone.answer('how long did the disruption last?').answered).toBe(false);
  });
});

describe('AnswerEngine from the article alone: "the 3 things X can do" asks for the list of that many items', () => {
  it('gives the whole list when the number is its count', () => {
    const a = alone.answer('hey bot the 3 things expulsions can do per the article? my director wants bullets lol');
    expect(a.text).toMatch(/Disrupt operations temporarily/);
    expect(a.text).toMatch(/Send a message/);
    expect(a.text).toMatch(/Provide valuable intelligence/);
  });

  it('not a list of another count ("what two factors…" are two things one sentence names)', () => {
    const a = alone.answer('What two factors does the article cite as making the US-Mexico border a prime area for drug trafficking?');
    expect(a.text).toMatch(/vastness/);
    expect(a.text).not.toMatch(/Intelligence Sharing/);
  });
});

describe('AnswerEngine: what the eleventh round’s review found', () => {
  it('"among other things, which country…?" asks of no list: "which" names a kind of its own', () => {
    expect(engine.answer('Among other things, which country expelled the 26?').text).toMatch(/Mexico/);
    expect(engine.answer('Of the things it covers, which drug gets named?').text).toMatch(/fentanyl/);
    expect(engine.answer('Of all the points, which nation expelled them?').text).toMatch(/Mexico/);
    expect(engine.answer('Of all the points, which nation expelled them?').sources[0].id).not.toBe('cross-border-security.joint-operations');
  });

  it('a part named by a word of its own title is summed up, whoever the summary is for', () => {
    for (const q of ['summarize the impact part for my grandma and grandpa', 'summarize the conclusion for my homework assignment', 'summarize the impact section for Jennifer and Priya'])
      expect(engine.answer(q).answered).toBe(true);
  });

  it('a rare real word two edits from a word it is a form of is still read as that word', () => {
    expect(engine.answer('were any Guatemalans expelled?').text).toMatch(/Colombia, Central America/);
  });
});

describe('AnswerEngine from the article alone: what the second review of the eleventh round found', () => {
  it('a number in a yes/no or why-question asks for no list', () => {
    expect(alone.answer('in 3 points: does removing individuals dismantle an entire organization?').text).toMatch(/^Not necessarily/);
    expect(alone.answer('3 points on why cartels are resilient').text).toMatch(/resilient and adaptable/);
    expect(alone.answer('3 points on why cartels are resilient').text).not.toMatch(/^The article lists three/);
    expect(alone.answer('¿Qué tres cosas pueden lograr las expulsiones, según la nota?').text).toMatch(/tres efectos/);
  });

  it('a figure answers a count only of what follows it ("how many drugs?" is not "26 individuals")', () => {
    for (const q of ['how many drugs?', '¿cuántas drogas?', 'how many operations?', 'how many expulsions have there been in total?']) expect(alone.answer(q).answered).toBe(false);
    expect(alone.answer('¿Cuántos expulsaron?').english ?? '').toMatch(/26 individuals/);
    // (In the words asked, not a word meaning the same: "men" is no "individuals", and the known gap answers.)
    expect(engine.answer('how many men and how many women').answered).toBe(false);
  });

  it('a word the part says itself names no item of it ("combating" is the strategy’s own word)', () => {
    expect(alone.answer('what does the article say about combating cartels?').sources[0].id).toBe('strategy');
  });
});

describe('AnswerEngine: "it" that says something is the article, not the topic before (dialogue article_report_verbs)', () => {
  it('"does it say which cartels tho" after a count gets its own answer, not the part the count came from', () => {
    const [, , third] = converse('how many people did mexico kick out?', 'and what were they suspected of?', 'does it say which cartels tho');
    expect(third.text).toMatch(/haven't been explicitly detailed/);
  });

  it('"it" of anything else still points back: "why does it matter?" leans on the answer before', () => {
    const [, second] = converse('what does the article say about corruption?', 'why does it matter?');
    expect(second.followUp).toBe(true);
  });
});

describe('AnswerEngine: "how so?" after a claim is the claim that comes next and its reason, as "why not?" is', () => {
  it('from the article alone: the hedge, then the claim and the sentence giving its reason', () => {
    const [first, second] = converseWith(alone, 'does kicking out 26 guys actually end the cartels?', 'how so?');
    expect(first.text).toMatch(/remains to be seen/);
    // (The hedge's grounds come with the yes/no answer already; "how so?" goes on from there, repeating nothing.)
    expect(`${first.text} ${second.text}`).toMatch(/does not necessarily dismantle/);
    expect(second.text).toMatch(/resilient and adaptable/);
    expect(second.text).not.toMatch(/remains to be seen/);
  });

  it('an item already shown whole still gets the detail that spells it out, not its reason', () => {
    const [, , third] = converse('what are the critical components of the comprehensive strategy?', 'and the money side?', 'how so?');
    expect(third.text).toMatch(/financial regulations/);
  });
});

describe('AnswerEngine: "which X?" answered by the sentence saying X is not given (dialogue disclosure_words)', () => {
  it('from the article alone: the sentence saying which ones were not detailed, not one that only mentions them', () => {
    expect(alone.answer('which cartels were involved in the expulsion').text).toMatch(/haven't been explicitly detailed/);
    expect(alone.answer('¿Qué cárteles estaban involucrados en la expulsión?').text).toMatch(/haven't been explicitly detailed/);
  });

  it('"does the article specify/name X?" leads with "The article doesn\'t say."', () => {
    const a = alone.answer('Does the article specify the nationalities of the 26 individuals who were expelled?');
    expect(a.text).toMatch(/^The article doesn't say\. .*nationalities of those expelled haven't been explicitly detailed/);
  });

  it('not a claim asked of, nor a question naming what that part of the article never says', () => {
    expect(alone.answer('Does the article say the expulsion will dismantle the cartels?').text).not.toMatch(/explicitly detailed/);
    expect(alone.answer("does the article say expulsions are all that's needed?").text).not.toMatch(/explicitly detailed/);
    expect(alone.answer('Which specific cartels, Sinaloa or CJNG, were the expelled individuals affiliated with?').text).not.toMatch(/^The article doesn't say\. While/);
    expect(alone.answer('Who won the Nationals game last night?').answered).toBe(false);
  });

  it('also as a follow-up that asks it in full', () => {
    const [, second] = converse('how many people did mexico expel?', 'do we know which cartels they were with?');
    expect(second.text).toMatch(/haven't been explicitly detailed/);
  });
});

describe('AnswerEngine: what a thing can do, counted, and where a thing came from', () => {
  it('"what 3 things can X do?" is the list of what X can do (dialogue paraphrases)', () => {
    expect(engine.answer('@BorderBrief what 3 things can expulsions do according to the article? pls list').text).toMatch(/Disrupt operations temporarily/);
    expect(engine.answer('which three things can the expulsions do according to the piece?').text).toMatch(/Send a message/);
  });

  it('"what did X probably come out of?" asks for its cause (cues.yaml cause patterns), not for X', () => {
    expect(engine.answer('pls what does the article say the expulsion probably came out of? 🙏').text).toMatch(/intelligence sharing/);
    expect(engine.answer('does the piece say what countries the deportees come from').text).toMatch(/^Two countries/);
  });
});

describe('AnswerEngine from the article alone: a name the article never writes is no typo of a common word', () => {
  it('"which cartels, Sinaloa or CJNG?" is declined, not read as "signal"', () => {
    expect(alone.answer('Which cartels did the 26 individuals belong to, Sinaloa or CJNG?').answered).toBe(false);
    expect(alone.answer('did Mexcio expel them?').text).toMatch(/Mexico/);
  });
});

describe('AnswerEngine: "list", "listed" ask for a list and weigh little as words of a topic (en.yaml weakWords)', () => {
  it('"which root causes are listed under the heading…?" is answered with the root causes', () => {
    expect(engine.answer('Which root causes are listed under the heading about addressing root causes?').text).toMatch(/poverty/i);
    expect(engine.answer('all the financial-network measures listed?? need the full rundown 💸').text).toMatch(/shell companies/);
  });
});

describe('AnswerEngine: a task asked of the bot about something else is declined (dialogue task_verbs)', () => {
  it('"recommend a true crime podcast", "write me a pandas groupby…", "translate…", "¿qué me recomiendas…?"', () => {
    for (const q of [
      '@BorderBrief recommend a true crime podcast pls 🎧',
      'hey bot can you write me a pandas groupby that counts rows per county?',
      'translate "I miss you" into Portuguese pls',
      '¿Qué me recomiendas para la gripa?',
      'pls help me write a birthday message for my boss 🎂',
    ]) {
      expect([q, engine.answer(q).answered]).toEqual([q, false]);
      expect([q, alone.answer(q).answered]).toEqual([q, false]);
    }
  });

  it('a task about the article, or a question that is no task, is answered', () => {
    expect(engine.answer('can you recommend what the article says about fentanyl?').answered).toBe(true);
    expect(engine.answer('write me a summary of the article').answered).toBe(true);
    expect(engine.answer('Give me the fourth item of the comprehensive strategy list.').text).toMatch(/demand/i);
    expect(engine.answer('do the expulsons realy dismantel the cartles???').answered).toBe(true);
  });

  it('keeps the conversation: a list asked before is still the list after the declined task', () => {
    const [, declined, next] = converse('what are the key elements of cross-border security?', 'recommend a good VPN pls', 'and number two?');
    expect(declined.answered).toBe(false);
    expect(next.text).toMatch(/joint operations/i);
  });
});

describe('AnswerEngine: "how would they do that?" and "how does it propose addressing that X?" as follow-ups', () => {
  it('asked how, an item shown gives the sentence that spells out how (dialogue manner_words)', () => {
    const turns = converse('whats in the comprehensive strategy list', 'and the money side?', 'and number four?', 'how would they do that?');
    expect(turns[3].text).toMatch(/prevention programs/);
    const [, combat] = converse('¿qué dice el artículo sobre la corrupción?', '¿y cómo se combate?');
    expect(combat.english ?? combat.text).toMatch(/anti-corruption measures/);
  });

  it('a remedy asked for a word of the answer before is the article’s prescription for it, not that answer again', () => {
    const [, second] = converse('Why is the US-Mexico border a prime area for drug trafficking, per the piece?', 'How does the article propose addressing that demand?');
    expect(second.text).toMatch(/prevention programs/);
  });

  it('"how many" and "how come" are no manner: "and how many are there?" still counts', () => {
    const [, count] = converse('what are the key elements of cross-border security?', 'and how many are there?');
    expect(count.text).toMatch(/four|4/);
  });
});

describe('AnswerEngine: what the attacker review of the twelfth round found', () => {
  it('"does the article mention X?" about what it does say is no "The article doesn\'t say."', () => {
    for (const q of ['does the article mention the expulsion?', 'does it give details on the expulsion?', 'does it mention any involvement by the US?']) {
      expect([q, engine.answer(q).text]).not.toEqual([q, expect.stringMatching(/^The article doesn't say\. While/)]);
      expect([q, alone.answer(q).text]).not.toEqual([q, expect.stringMatching(/^The article doesn't say\. While/)]);
    }
  });

  it('Spanish "¿puedes/podrías…?" asks the article; "recommend next steps" and "the US" are no task of another topic', () => {
    expect(engine.answer('¿podrías decirme cuántas personas expulsaron?').text).toMatch(/26/);
    expect(engine.answer('can you recommend next steps for policymakers?').answered).toBe(true);
    expect(engine.answer('recommend what the US should do next').answered).toBe(true);
    expect(engine.answer('suggest what to monitor going forward').answered).toBe(true);
    expect(engine.answer('recommend ways to stop smuggling').answered).toBe(true);
  });

  it('a capital of emphasis on a misspelt word one slip away is still corrected', () => {
    expect(engine.answer('Does the Aricle say Mexico expelled 26?').text).toMatch(/^Yes\./);
    expect(engine.answer('Are the Cartles resilient?').answered).toBe(true);
    expect(engine.answer('Why are Detials scarce?').text).toMatch(/safety/);
  });

  it('"what 3 things can the US do?" asks what a country can do, not the effects of it', () => {
    expect(engine.answer('what 3 things can the US do?').text).toMatch(/work together/);
  });

  it('"does it cover/address X?" after a part keeps pointing at that part', () => {
    const [, cover] = converse('tell me about border control', 'does it cover technology?');
    expect(cover.text).toMatch(/^Yes\./);
    const [, address] = converse('what is the comprehensive strategy?', 'does it address corruption?');
    expect(address.text).toMatch(/Combating Corruption/);
  });

  it('"how so?" adds no sentence that turns to the other side', () => {
    const [, second] = converseWith(alone, 'will the expulsion dismantle the cartels?', 'how so?');
    expect(second.text).toMatch(/resilient/);
    expect(second.text).not.toMatch(/However, these actions/);
  });

  it('"write that as bullet points" after an answer is no task about something else', () => {
    const [, second] = converse('what are the key elements?', 'write that as bullet points');
    expect(second.answered).toBe(true);
  });
});

describe('AnswerEngine from the article alone: a why-question reads the sentence that gives a reason a little ahead', () => {
  it('"why are there so few details?" is answered by the reason, not by the sentence that only says they are few', () => {
    expect(alone.answer('why are there so few details about the expulsion?').text).toMatch(/safety/);
    expect(alone.answer('¿Por qué hay tan pocos detalles sobre la expulsión?').english ?? '').toMatch(/safety/);
  });
});

describe('AnswerEngine: a yes/no question answered by what the article does not give is led "The article doesn\'t say."', () => {
  it('"were any of the 26 Colombian nationals?" is no "No.", while "does the article name the cartels?" is', () => {
    expect(engine.answer('were any of the 26 Colombian nationals?').text).toMatch(/^The article doesn't say\./);
    expect(engine.answer('does the article name the cartels?').text).toMatch(/^No\./);
  });
});

describe('AnswerEngine: Spanish "¿de dónde surgió X?" asks a cause, "en algún momento" is an aside', () => {
  it('answers with where the action likely came from, and "¿menciona X en algún momento?" as "¿menciona X?"', () => {
    const cause = engine.answer('Según el artículo, ¿de dónde surgió probablemente esta acción?');
    expect(cause.english ?? cause.text).toMatch(/intelligence sharing/);
    expect(engine.answer('¿Menciona el fentanilo en algún momento?').answered).toBe(true);
  });
});

describe('AnswerEngine: what the second review of the twelfth round found', () => {
  it('"The article doesn\'t say." only for a question about what is not given, not one about its being given or a wrong number', () => {
    expect(engine.answer('is it possible that some of the 26 were Colombian nationals?').text).toMatch(/^The article doesn't say\./);
    expect(engine.answer('were the nationalities explicitly detailed in all reporting?').text).toMatch(/^No\./);
    expect(engine.answer('were the 30 deportees alleged cartel members?').text).toMatch(/^No\./);
  });

  it('a follow-up whose own answer is the last one without its lead points back instead of repeating it', () => {
    const [first, second] = converse('does it mention aid?', 'does it explain what kind of aid?');
    expect(second.text.replace(/^Yes\. /, '')).not.toBe(first.text.replace(/^Yes\. /, ''));
  });

  it('a why-question\'s bonus goes to a reason for what is asked, not to a sentence whose reason is what is asked', () => {
    expect(alone.answer('why does sharing information help?').text).not.toMatch(/stemmed from/);
    expect(alone.answer('why are there so few details about the expulsion?').text).toMatch(/safety/);
  });

  it('a task for the asker\'s own life is declined even when it asks for steps', () => {
    expect(engine.answer('suggest steps to fix my wifi').answered).toBe(false);
    expect(engine.answer('can you recommend next steps for policymakers?').answered).toBe(true);
  });
});

describe('AnswerEngine: after the sealed batches of the twelfth round', () => {
  it('who told the asker ("my teacher said", "my mom asked") changes no answer (en.yaml fillerWords)', () => {
    expect(engine.answer('@BorderBrief hey so my teacher said mexico kicked out some ppl?? how many was it 🤔').text).toMatch(/26/);
    expect(alone.answer('why are the authorities keeping mum on the particulars?').answered).toBe(true);
  });

  it('a task about figures alone is declined: "can you help me solve 3x + 5 = 20?"', () => {
    expect(engine.answer('can you help me solve 3x + 5 = 20?').answered).toBe(false);
    expect(engine.answer('how many people did mexico expel?').text).toMatch(/26/);
  });
});

describe('AnswerEngine: "does the article mention technology?" is no "No." when it says technology is included', () => {
  it('keeps the answer without a wrong lead', () => {
    expect(engine.answer('does the article mention technology?').text).not.toMatch(/^No\./);
  });
});

describe('AnswerEngine: the fourteenth round', () => {
  it('a why-question read from the article gets the sentence its hedge rests on, not the hedge alone', () => {
    const text = alone.answer("why doesn't removing individuals dismantle the organization?").text;
    expect(text).toMatch(/does not necessarily dismantle/);
    expect(text).toMatch(/resilient and adaptable/);
    // The commas of an aside ("Removing individuals, even high-ranking ones, …") do not part the claim from its hedge.
    expect(alone.answer('For a policy explainer: the article argues that removing individuals, even senior figures, may not bring a cartel down. What reasoning does it give for that?').text).toMatch(/resilient/);
    // Asked whether, the hedge and its grounds too (sixteenth round: "Not necessarily." alone leaves out why).
    expect(alone.answer('does removing individuals dismantle the organization?').text).toMatch(/^Not necessarily\.[\s\S]*resilient/);
  });

  it('a clause opened by a word of contrast is not the hedge: "is it a positive step?" gets no reason for "just one component"', () => {
    expect(engine.answer('is the expulsion a positive step according to the article?').text).not.toMatch(/The article adds/);
  });

  it('"why, per the article, are…?" and "…may not do Y. What reasoning does it give?" ask why, not yes or no', () => {
    expect(engine.answer('For a sidebar: why, per the article, are cartels hard to take down through arrests or expulsions alone?').text).not.toMatch(/^(?:Yes|No|Not necessarily)\./);
    expect(engine.answer('For a policy explainer: the article argues that removing individuals, even senior figures, may not bring a cartel down. What reasoning does it give for that?').text).not.toMatch(/^Not necessarily\./);
  });

  it('slang of chat ("lowkey", "deadass") changes no answer, also from the article alone', () => {
    expect(alone.answer('@BorderBrief lowkey what does border control involve in this article').text).toMatch(/technology and personnel/);
  });

  it('"where did X stem from?" said of a thing asks what it came out of, not a place; of people, a place', () => {
    expect(alone.answer('where did the expulsion stem from?').text).toMatch(/intelligence sharing/);
    expect(alone.answer('where did the drugs likely come from?').answered).toBe(false);
    expect(alone.answer('¿De dónde salió probablemente la información para identificar a estas personas?').text).toMatch(/intelligence|inteligencia/);
    expect(alone.answer('where did the 26 come from?').answered).toBe(false);
  });
});

describe('AnswerEngine: a why-question and the part that gives a reason (fourteenth round)', () => {
  it('a part found by the question\'s common words gives way to the sentence elsewhere that gives the reason', () => {
    expect(alone.answer('hey bot what makes the US/MX border such a hotspot for drug trafficking per the article').text).toMatch(/vastness/);
    expect(alone.answer('¿Por qué la frontera entre México y Estados Unidos es tan atractiva para el narcotráfico?').text).toMatch(/vastness|vastedad|extens/);
    // Not a why-question: the part found stays.
    expect(alone.answer('what does the article say about trafficking across the US Mexico border?').text).not.toMatch(/vastness/);
  });
});

describe('AnswerEngine: a remedy asked of an item already shown (fourteenth round)', () => {
  it('quotes the prescription that says how, not the one that restates the item\'s name', () => {
    const [, , fix] = converse('why is the border such a prime area for trafficking?', 'and whose demand are we talking about?', 'what does the article want done about that?');
    expect(fix.text).toMatch(/prevention programs/);
  });

  it('"what does the article suggest on that…?" asks for a remedy; "what suggests…?" and "what does it suggest was…?" do not', () => {
    const [, suggested] = converse('hey bot why is the US/MX border such a prime trafficking area?', 'what does the article suggest on that demand piece?');
    expect(suggested.text).toMatch(/prevention|treatment|harm reduction/);
    expect(engine.answer('the article hints at how the expelled individuals were identified. What does it suggest was behind it?').text).toMatch(/intelligence/);
  });
});

describe('AnswerEngine: a task after chat of its own (fourteenth round)', () => {
  it('"cool, also can u recommend a true crime podcast?" is the same task as without the chat, declined; a task about the article is not', () => {
    expect(engine.answer('cool, also can u recommend a true crime podcast?').answered).toBe(false);
    expect(engine.answer('thanks! can u recommend a true crime podcast?').answered).toBe(false);
    expect(engine.answer('thanks! can u recommend next steps for policymakers?').answered).toBe(true);
    const [, , , podcast] = converse('why is the border such a prime area for trafficking?', 'and whose demand are we talking about?', 'what does the article want done about that?', 'cool, also can u recommend a true crime podcast?');
    expect(podcast.answered).toBe(false);
  });
});

describe('AnswerEngine: a word for all before a word for items asks for the whole list (fourteenth round)', () => {
  it('"give me every component of X, all of them please" gets the list from the article alone; "all the things" does not', () => {
    expect(alone.answer('Give me every component of the comprehensive strategy against organized crime, all of them please.').text).toMatch(/Economic Development[\s\S]*Targeting Financial Networks/);
  });
});

describe('AnswerEngine: the fourteenth round\'s first review', () => {
  it('"where did the intel come from?" keeps its answer; "where do the drugs come from?" asks a place the article never gives', () => {
    expect(engine.answer('where did the intel come from?').text).toMatch(/stemmed from intelligence sharing/);
    expect(engine.answer('where did the drugs come from?').answered).toBe(false);
    expect(alone.answer('where did the funding for this come from?').answered).toBe(false);
  });

  it('"why, per the article, are X…?" keeps the reason; a sentence of means after a hedge is no reason', () => {
    expect(engine.answer('why, per the article, are cartels so hard to take down?').text).toMatch(/resilient/);
    expect(engine.answer('why is this just one component of a larger strategy?').text).not.toMatch(/By addressing the root causes/);
    expect(alone.answer('why is this just one component of a larger strategy?').text).not.toMatch(/By addressing the root causes/);
  });

  it('"what does the expulsion suggest about X?" asks what it shows, not a remedy', () => {
    expect(engine.answer('what does the expulsion suggest about US-Mexico ties?').text).toMatch(/collaboration/);
    expect(engine.answer('From a policy standpoint, which specific financial measures does the article recommend against the cartels?').text).toMatch(/financial regulations/);
  });

  it('an opening "second thing" before a question of its own is chat, not the second item', () => {
    const [, second] = converse('What are the components of the strategy?', 'second thing: was the expulsion legal?');
    expect(second.text).not.toMatch(/Combating Corruption/);
  });
});

describe('AnswerEngine: the fourteenth round\'s second review', () => {
  it('a task after a question of its own leaves the question answered; "the U.S." is no clause', () => {
    expect(engine.answer('how many were expelled? also can you recommend a good podcast on this?').text).toMatch(/26/);
    expect(engine.answer('what does the article say about money laundering, fix my typos too').answered).toBe(true);
    expect(engine.answer('did the U.S. order the raid?').text).not.toBe(engine.answer('can you recommend a podcast?').text);
  });

  it('"every element…" in a why or yes/no question is no request for the whole list', () => {
    expect(alone.answer('why does every element of cross-border security need both countries?').text).not.toMatch(/Joint Operations[\s\S]*Border Control[\s\S]*Root Causes/);
    expect(alone.answer('does every element of cross-border security need both countries?').text).not.toMatch(/Joint Operations[\s\S]*Border Control[\s\S]*Root Causes/);
  });

  it('a hedge the answer is written with stays after "No."; only a second likelihood is dropped', () => {
    expect(engine.answer('Will the expulsions definitely lead to further arrests?').text).not.toMatch(/^Potentially\./);
  });

  it('a causing verb in a clause saying which thing is meant gives no reason; "EE.UU." ends no sentence', () => {
    expect(alone.answer('why is the story significant?').text).not.toMatch(/Targeting Financial Networks/);
    expect(engine.answer('¿Por qué la frontera entre México y EE.UU. es un punto clave para el narcotráfico?').text).not.toMatch(/^Sí\./);
  });

  it('"does the article suggest X is Y?" asks whether it says so; "second thing that bugs me is X" is a statement', () => {
    expect(engine.answer('Does the article suggest US demand for drugs is part of the problem?').text).toMatch(/demand/);
    const [, bugs] = converse('What are the components of the strategy?', 'second thing that bugs me is the sovereignty issue');
    expect(bugs.text).not.toMatch(/^\*\*Combating Corruption/);
  });
});

describe('AnswerEngine: the fifteenth round', () => {
  it('asked why, a curated answer is followed by the reason for its own claim, not by another sentence of its section', () => {
    const text = engine.answer('Per the article, why is removing members unlikely to take down a cartel by itself?').text;
    expect(text).toMatch(/does not necessarily dismantle/);
    expect(text).toMatch(/resilient and adaptable/);
    expect(text).not.toMatch(/remains to be seen/);
  });

  it('a word a sentence writes inside one of its phrases ("launder money") counts for it, from the article alone too', () => {
    const q = 'For the business desk: what specific financial measures does the article recommend for going after cartel money?';
    expect(alone.answer(q).text).toMatch(/financial regulations/);
  });

  it('"what does X include?" asked of a part that introduces a list gets the list; asked of one item, its own steps', () => {
    expect(alone.answer('what does the article say the comprehensive strategy includes?').text).toMatch(/Combating Corruption[\s\S]*Targeting Financial Networks/);
    const item = alone.answer('what does economic development include?').text;
    expect(item).toMatch(/job creation/);
    expect(item).not.toMatch(/Combating Corruption/);
    // (Asked why, or whether, it is no request for the list.)
    expect(alone.answer('does the comprehensive strategy include expulsions?').text).not.toMatch(/Targeting Financial Networks/);
  });

  it('two words of a question side by side in a sentence, as the article rarely writes them, make it readable from the article alone', () => {
    expect(alone.answer('Chamo, what does it say sobre los financial networks? Lo necesito for the deck').text).toMatch(/launder/);
    // (…not a pair the article writes all over: "how many cartel members are there in Mexico?" is still a gap.)
    expect(alone.answer('How many cartel members are there in Mexico in total?').answered).toBe(false);
  });

  it('"which part of the big strategy…?" asks of the list that title names, not the one the conversation is on', () => {
    const first = engine.answer('what root causes does the article mention');
    const text = engine.answer('which part of the big strategy deals w the opportunity thing?', { state: first.state }).text;
    expect(text).toMatch(/Economic Development/);
    expect(text).not.toMatch(/Addressing Root Causes/);
  });

  it('a why-question read from the article gets the sentence giving a reason for it, its "Its…" read with the sentence before', () => {
    expect(alone.answer('why is the border such a hotspot for trafficking?').text).toMatch(/vastness/);
  });

  it('what the first review of the round found', () => {
    // A pair of words one of which the article writes all over ("cartel violence") makes no sentence readable.
    expect(alone.answer('Will cartel violence drop next year?').answered).toBe(false);
    // "law" of "law enforcement" is not the sentence's own word: "Mexican law" is not "Mexican law enforcement".
    expect(alone.answer('What legal authority under Mexican law did the government use to expel them?').answered).toBe(false);
    // "including" in passing, or "include" asked of one item, asks for no whole list.
    expect(alone.answer('what does it say about mexican citizens, including their security?').text).not.toMatch(/Intelligence Sharing/);
    expect(alone.answer('what does intelligence sharing include?').text).not.toMatch(/The article lists/);
    // "which part of the strategy…" naming nothing any of its items says keeps the list the question is about.
    expect(engine.answer('which part of the strategy deals with intelligence?').text).not.toMatch(/Drug Demand Reduction/);
    // A message all in capitals is shouted: its words typed together are split as any others.
    expect(engine.answer('HOWMANY PEOPLE WERE EXPELLED').text).toMatch(/26/);
  });

  it('"the only piece", "just a piece of political theater" get no "Yes." (the second review; "only part" read as a yes was dropped)', () => {
    for (const e of [engine, alone]) expect(e.answer('is expulsion the only piece of the strategy?').text).not.toMatch(/^Yes\./);
    expect(engine.answer('is the expulsion just a piece of political theater?').text).not.toMatch(/^Yes\./);
  });

  it('what the second review of the round found', () => {
    // The sentence before an "Its…" sentence counts as its own only for a why-question.
    expect(alone.answer('what does the author think the US should do about its own drug demand?').text).toMatch(/prevention programs/);
    // A word asking for contents anywhere in the question, in Spanish word order too.
    expect(alone.answer('¿Qué incluye la estrategia integral contra el crimen organizado?').text).toMatch(/cinco componentes/);
    // "which one of the strategy parts is about money?": an item saying "money" inside "launder money" says it.
    expect(engine.answer('which one of the strategy parts is about money?').text).toMatch(/Targeting Financial Networks/);
  });

  it('"X is the US part of the problem" names no item of a list: a part of something is what X belongs to', () => {
    expect(engine.answer('is demand for drugs in the US part of the problem?').text).toMatch(/demand for illegal drugs/);
  });

  it('"USAID" written in capitals is one acronym, not "us aid"', () => {
    // (Read as "us aid", it was answered with the list; as a name the article never gives, it is a gap.)
    expect(engine.answer('Does USAID fund any of this economic development?').answered).toBe(false);
  });
});

describe('AnswerEngine: the sixteenth round', () => {
  it('a yes/no question answered by a hedged sentence of the article gets the sentence the hedge rests on, as a why does', () => {
    const text = alone.answer('When the big fish get hooked, do the cartels simply close ranks and plug the gap?').text;
    expect(text).toMatch(/^Not necessarily\./);
    expect(text).toMatch(/does not necessarily dismantle/);
    expect(text).toMatch(/filling voids/);
  });

  it('"where does it sit in the list?" asks where an item stands, as "where does it fall?" does', () => {
    expect(engine.answer('where does border control sit in the list?').text).toMatch(/third of the four key elements/);
    expect(alone.answer('where does border control appear in the list?').text).toMatch(/third of the four key elements/);
  });

  it('"which one is about X, and where does it sit?" gets the item with its place once, not the item and then the same again', () => {
    const text = engine.answer('Which key element is about poverty and corruption, and where does it sit in the list?').text;
    expect(text).toMatch(/fourth of the four key elements/);
    expect(text.match(/Tackling poverty/g)).toHaveLength(1);
    // (A second answer that does not quote the first whole is joined to it as before.)
    const two = engine.answer('According to the article, what action did Mexico take, and how many people did it involve?').text;
    expect(two).toMatch(/26/);
    expect(two).toMatch(/expel/);
  });

  it('"what does X require?" asked of a part that introduces a list gets the part\'s own sentence saying so, then the list', () => {
    for (const bot of [engine, alone]) {
      const text = bot.answer('what does a comprehensive strategy against organized crime require?').text;
      expect(text).toMatch(/^A comprehensive strategy to combat organized crime requires a multifaceted approach/);
      expect(text).toMatch(/Combating Corruption[\s\S]*Targeting Financial Networks/);
    }
    // (Asked with a word the part does not say, the list alone; asked of one item, that item's own steps.)
    expect(engine.answer('what does the comprehensive strategy include?').text).toMatch(/^The article lists five/);
    expect(engine.answer('what does drug demand reduction require?').text).not.toMatch(/Combating Corruption/);
  });

  it('a yes/no follow-up with a claim of its own ("is that enough to take down a cartel?") is not answered by the item just shown, again', () => {
    const [, second, third] = converse('what can expulsions actually do according to the article', 'the 3rd one — how so?', 'and is that enough to take down a cartel?');
    expect(second.text).toMatch(/sources of information/);
    expect(third.text).not.toMatch(/sources of information/);
    expect(third.text).toMatch(/one piece of a much larger puzzle|does not necessarily dismantle/);
    // (A follow-up asking what it is for, with no claim, still gets what the item says.)
    const [, , purpose] = converse('what are the key elements of cross-border security?', 'and the third?', 'what is that for?');
    expect(purpose.text).toMatch(/preventing the flow of drugs/);
  });

  it('a word the article writes only inside one of its phrases ("launder money") is asked about by name, from the article alone', () => {
    expect(alone.answer('what about money?').text).toMatch(/launder money/);
    // (…as typed: a word that only reads as it, slang or translated, is not: "día feriado" is a holiday.)
    expect(alone.answer('¿Saben si hay clases el lunes por el día feriado?').answered).toBe(false);
    expect(alone.answer('how can I save money?').answered).toBe(false);
  });

  it('a token only near a word is split when its parts are words as written ("expulsionsdo"), not when one slip makes it a word ("usefull")', () => {
    expect(engine.answer('wat can expulsionsdo to the cartels').text).toMatch(/Disrupt operations temporarily/);
    expect(engine.answer('waht hapens to cartel opertions in the shortterm').text).toMatch(/short term/);
    expect(engine.answer('can expeled people give usefull info').text).toMatch(/sources of information/);
  });

  it('review: a position after "what is" points into a list only when one of the article\'s lists is named after it', () => {
    expect(engine.answer('which is first on the list of cartels that were targeted?').text).not.toMatch(/Strengthening Law Enforcement Capacity/);
    expect(engine.answer('what is first on the list of countries involved?').text).toMatch(/Mexico/);
    expect(engine.answer('what is third in the list of components?').text).toMatch(/Economic Development/);
    // (Nor does "where do they come from, according to the list?" ask where an item stands.)
    expect(engine.answer('where do the cartel members come from, according to the list?').text).not.toMatch(/is the \w+ of the/);
  });

  it('review: "what does X require?" gets the list only when X is a distinctive word of the list part\'s title, asked about the article\'s own words', () => {
    expect(engine.answer('what do expulsions require to be effective?').text).toMatch(/sustained and multifaceted approach/);
    expect(engine.answer('how much money does the comprehensive strategy require?').text).not.toMatch(/Targeting Financial Networks/);
    expect(alone.answer('what does a strategy for losing weight require?').text).not.toMatch(/Combating Corruption/);
    // (Asked in Spanish, the part's own sentence leads too.)
    expect(engine.answer('¿qué requiere una estrategia integral?').text).toMatch(/multifaceted approach[\s\S]*cinco componentes/);
  });

  it('review: a second clause asking yes or no keeps its own lead, and a recap is not the answer to a first message', () => {
    expect(alone.answer('how did they figure out who to expel? was it the US govt?').text).not.toMatch(/^No\./);
  });

  it('review: a word written only inside a phrase answers a question, not chat about oneself', () => {
    for (const chat of ['I need money', 'money talks', 'show me the money', 'do I have money?']) expect(alone.answer(chat).answered).toBe(false);
  });
});


describe('AnswerEngine: the seventeenth round', () => {
  it('a word describing the asking before a noun for the question itself ("pedantic question", "dumb q") is chat; a topic there stays', () => {
    const terms = (q: string) => engine.explain(q).analysis.terms.map((t) => t.term);
    expect(terms('pedantic question: how many people were expelled?')).not.toContain(terms('pedantic')[0]);
    expect(terms('easy question lol, who expelled them?')).not.toContain(terms('easy')[0]);
    // (The topic named before "question" stays: "the sovereignty question" asks about sovereignty.)
    expect(terms('what about the sovereignty question?')).toContain(terms('sovereignty')[0]);
    expect(engine.answer('what about the sovereignty question?').text).toMatch(/sovereignty/);
  });

  it('"which country…?" is answered by the sentence that says all else asked and then names a place the question does not', () => {
    for (const bot of [engine, alone]) {
      const a = bot.answer('which country has the high demand for drugs?');
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/high demand for illegal drugs in the United States/);
    }
    // (A place the question names itself is no answer of where: nor is a sentence that leaves a word asked unsaid.)
    expect(alone.answer('where in Mexico do the cartels operate?').text).not.toMatch(/in the United States/);
    expect(alone.answer('where were they sent?').text).not.toMatch(/United States/);
  });

  it('a follow-up naming another part of the article by its own name is answered from that part, not the part before', () => {
    const turns = converse('what root causes does it list?', 'and how does economic development address that?');
    expect(turns[1].text).toMatch(/job creation/);
    // (A follow-up on the same part still leans on it.)
    expect(converse('what root causes does it list?', 'and how do you tackle those?')[1].text).not.toMatch(/job creation/);
  });

  it('a yes/no question whose idiom of several words the knowledge never uses is answered with the idiom read plainly, when that is surer', () => {
    const a = engine.answer('Does booting out these 26 nip the cartels in the bud?');
    expect(a.text).toMatch(/^Not necessarily/);
    // (Asked as the idiom means it, the same answer.)
    expect(engine.answer('Does booting out these 26 stop the cartels?').text).toMatch(/^Not necessarily/);
  });

  it('a statement around the question naming no word the article says is an aside, whatever words a curated question shares with it', () => {
    expect(engine.answer('A classmate asks why Mexico hasn\'t released more details about the expulsion, such as names. Does the piece offer an explanation?').text).toMatch(/safety/);
    expect(engine.answer('hey bot what\'s the \'one piece of a larger puzzle\' thing about, my prof keeps quoting it').text).toMatch(/comprehensive strategy/);
  });

  it('a question asking a reason is not given a known gap\'s reply when none of that gap\'s questions in its language asks one', () => {
    const why = engine.answer('why is the border such a hot spot for smuggling?');
    expect(why.answered).toBe(true);
    expect(why.text).toMatch(/vastness/);
    // (Asked what the gap is about, its reply stands.)
    const which = engine.answer('Which border cities are the hot spots?');
    expect(which.answered).toBe(false);
    expect(which.text).toMatch(/doesn't name any cities/);
  });

  it('"is there a catch?" after an answer gets the caveat that follows it, led by a yes — not a known gap its word may name', () => {
    const turns = converse('does removing them dismantle the cartel?', 'is there a catch?');
    expect(turns[1].answered).toBe(true);
    expect(turns[1].text).toMatch(/^Yes\. While the expulsion of 26 alleged cartel members is a significant step/);
    expect(converse('does removing them dismantle the cartel?', 'is there a caveat?')[1].text).toMatch(/^Yes\. /);
  });

  it('chat contractions ("outta", "wats", "teh") and a question word\'s typo ("wat r…") are read before anything asks what a message opens with', () => {
    expect(engine.answer('howmany cartel dudes got kickd outta mexico').text).toMatch(/26/);
    expect(engine.answer('wats the fentanil part about').text).toMatch(/fentanyl/);
    // ("wat r the…?" asks what they are: no yes/no lead.)
    expect(engine.answer('wat r the 5 peices of the biger stratgy').text).not.toMatch(/^(Yes|No|Not necessarily)\b/);
  });

  it('a lower-case word one slip from exactly one word pointing into a list ("lasst", "lsit", "thrid") is that word; names are not', () => {
    expect(engine.answer('wats the lasst item in teh strategy lsit').text).toMatch(/Targeting Financial Networks/);
    expect(engine.answer('whats the thrid elemnt of the key elements').text).toMatch(/Border Control/);
    // (Capitalised, a word is a name: "UTEP" is no "step".)
    expect(engine.answer('when does UTEP basketball play next').answered).toBe(false);
  });

  it('"which X…?" answered by the article\'s sentence that X is not given keeps "The article doesn\'t say." however "which" is typed', () => {
    for (const q of ['which cartels were involved in the expulsion', 'wich cartles were invovled in the expulsoin']) expect(alone.answer(q).text).toMatch(/^The article doesn't say\. While the specific cartels/);
  });

  it('asked for a list and found equally by several items of one list, the whole list answers, from the article alone', () => {
    const a = alone.answer('list the key elements');
    expect(a.text).toMatch(/Intelligence Sharing[\s\S]*Joint Operations[\s\S]*Border Control[\s\S]*Addressing Root Causes/);
    // (One item named is still that item.)
    expect(alone.answer('list the root causes').text).toMatch(/^Addressing Root Causes/);
    // (…and "does it name X?" keeps its "No.")
    expect(alone.answer('does the article name the specific cartels involved?').text).toMatch(/^No\./);
  });

  it('review: the word before "question" stays when it is the topic asked ("the climate question", "the Taiwan question")', () => {
    for (const q of ['how does the article answer the climate question?', 'what does the piece say on the Irish question?', 'does the article address the Taiwan question?'])
      expect(engine.answer(q).answered).toBe(false);
    expect(alone.answer("what's the article's take on the gun question?").answered).toBe(false);
  });

  it('review: a place is read only for "which country…?" asked plainly — not an origin, a negation or the least of something', () => {
    expect(alone.answer('where do illegal drugs come from?').answered).toBe(false);
    expect(engine.answer('where do illegal drugs come from?').answered).toBe(false);
    for (const q of ['where are illegal drugs made?', 'which country has no demand for illegal drugs?', '¿En qué país hay menos demanda de drogas ilegales?'])
      expect(alone.answer(q).answered).toBe(false);
  });

  it('review: "does the introduction mention it?" is not read as a question about the introduction itself', () => {
    expect(converse('what does economic development involve?', 'does the introduction mention it?')[1].text).not.toMatch(/In a move signaling/);
  });

  it('review: a question of two alternatives is not re-read through its idiom as yes or no', () => {
    expect(engine.answer('Is this booting of alleged narcos a knockout blow or more of a flesh wound for the syndicates?').text).not.toMatch(/^(No|Yes)\./);
  });

  it('review: asked why the article leaves something out, the known gap\'s reply stands', () => {
    expect(engine.answer("why doesn't the article mention a border wall?").text).toMatch(/doesn't mention a border wall/);
    expect(engine.answer("why isn't El Chapo mentioned?").answered).toBe(false);
    expect(engine.answer("why isn't El Chapo mentioned?").text).not.toMatch(/^Sorry/);
    expect(engine.answer('what caused the tariffs?').text).toMatch(/tariffs/);
    expect(converse('who did mexico expel?', "why weren't any bosses among them?")[1].text).toMatch(/high-ranking/);
  });

  it('review: "catch" as a verb asks no caveat ("did they catch anyone?")', () => {
    expect(converse('how many people were expelled?', 'did they catch anyone?')[1].text).not.toMatch(/^Yes\./);
  });

  it('review: Spanish words and short number words are not read as list words ("tarea", "carta", "trem", "fite")', () => {
    expect(engine.answer('what was in the carta from mexico?').text).not.toMatch(/Addressing Root Causes/);
    expect(engine.answer("what's the long trem impact?").text).toMatch(/remains to be seen/);
    expect(engine.answer('how do cartels fite each other?').answered).toBe(false);
  });
});

describe('AnswerEngine: the eighteenth round', () => {
  it('"second to last", "third from the end" count back from the end of a list', () => {
    for (const bot of [engine, alone]) {
      expect(bot.answer('Second-to-last component of the comprehensive strategy?').text).toMatch(/Demand Reduction/);
      expect(bot.answer("what's third from the end in the comprehensive strategy list?").text).toMatch(/Economic Development/);
    }
    // ("second to the last" is that one item, not the last one as well.)
    const one = engine.answer("what's the second to the last component of the comprehensive strategy?").text;
    expect(one).toMatch(/Demand Reduction/);
    expect(one).not.toMatch(/Targeting Financial Networks/);
    // ("second to none" counts nothing back.)
    expect(engine.answer('is the strategy second to none?').text).not.toMatch(/^\*\*Targeting Financial/);
  });

  it('"the one right after X" is the item after X, as "what comes after X" is', () => {
    for (const bot of [engine, alone]) {
      expect(bot.answer('the one right after combating corruption in the strategy list is?').text).toMatch(/Economic Development/);
    }
  });

  it('a yes/no question asked of the article that a known gap answers gets "No." and the gap, cited — asked of the world, the gap stays a decline', () => {
    const a = engine.answer('does the article give an exact date for when the expulsion happened?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\. The article doesn't give an exact date/);
    expect(a.sources.length).toBeGreaterThan(0);
    // (Asked of the world, not of the article: still the gap's decline.)
    const world = engine.answer('on what exact date did the expulsion happen?');
    expect(world.answered).toBe(false);
    expect(world.text).toMatch(/doesn't give an exact date/);
    // ("Article 33" is no article asked of.)
    expect(engine.answer('Did Mexico invoke Article 33 of its constitution to expel them?').answered).toBe(false);
  });

  it('a curated "the article doesn\'t give X" matched by a question of something else with a word the knowledge never uses is the plain decline', () => {
    for (const q of ['What did the US ambassador to Mexico say about this?', 'Which detention facility are the expelled individuals being held in now?']) {
      const a = engine.answer(q);
      expect(a.answered).toBe(false);
      expect(a.text).not.toMatch(/nationalities/);
    }
    // (Asked what is not given, the answer stands.)
    expect(engine.answer('what nationalities were the 26?').text).toMatch(/nationalities of those expelled/);
    expect(engine.answer('which cartels were they from?').text).toMatch(/specific cartels involved/);
  });

  it('a list the article opens with a contrast ("However, these actions can:") is named by its upsides: "the first benefit", "how many benefits"', () => {
    for (const bot of [engine, alone]) {
      expect(bot.answer("what's the first benefit of expulsions?").text).toMatch(/^\*\*Disrupt operations temporarily\*\*/);
      expect(bot.answer('How many benefits of expulsions does the article list?').text).toMatch(/three effects/);
      expect(bot.answer('what are the upsides of the expulsion?').text).toMatch(/Send a message[\s\S]*Provide valuable intelligence/);
    }
    // (Benefits of something the article does not say are not that list; nor is "a positive step".)
    expect(alone.answer('what are the benefits of yoga?').answered).toBe(false);
    expect(engine.answer('is the expulsion a positive step per the article?').text).not.toMatch(/three effects/);
  });

  it('"what does that one entail?" after an item asks what more is said of it, in either language; "what are their names?" asks for a thing', () => {
    const turns = converse('In the comprehensive strategy list, what is the first component?', 'What does that one entail?');
    expect(turns[1].answered).toBe(true);
    expect(turns[1].text).toMatch(/investigative capabilities/);
    const es = converse('¿Cuáles son los componentes de la estrategia integral?', '¿Y el cuarto?', '¿Qué implica eso concretamente?');
    expect(es[2].answered).toBe(true);
    expect(es[2].text).toMatch(/prevention programs|programas de prevención/);
    const names = converseWith(alone, 'how many people did Mexico expel?', 'what are their names?');
    expect(names[1].text).not.toMatch(/^That's all/);
  });

  it('asked what the part listing items says of one item by its name, the answer is that item — not the whole list or the part\'s opening', () => {
    for (const bot of [engine, alone]) {
      const a = bot.answer('What does the comprehensive strategy say about combating corruption?');
      expect(a.text).toMatch(/impunity/);
      expect(a.text).not.toMatch(/Economic Development/);
    }
    // (The whole list asked for stays whole; "why is the border so hard to control?" is not the item "Border Control".)
    expect(engine.answer('what are the components of the comprehensive strategy?').text).toMatch(/Combating Corruption[\s\S]*Economic Development/);
    expect(engine.answer('why is the border so hard to lock down').text).toMatch(/vastness/);
  });

  it('"who was expelled?" from the article alone: one word of the headline, answered by the best-read sentence that names who', () => {
    for (const q of ['who was expelled?', 'who got expelled?']) {
      const a = alone.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/26 individuals/);
    }
    // (A word the headline does not have stays a decline when it is said all over: nothing singles one sentence out.)
    expect(alone.answer('who is resilient?').text).not.toMatch(/26 individuals/);
  });

  it('an idiom said with a word of degree inside it ("cards so close to the chest") is read as the idiom', () => {
    expect(engine.answer('Why are the authorities playing their cards so close to the chest on the particulars, per the article?').text).toMatch(/safety/);
  });

  it('asked how the article rates or frames something ("good move or meh?", "a success or a first step?"), the answer is how significant it says that is', () => {
    for (const bot of [engine, alone]) {
      for (const q of ['how does the article rate this expulsion overall — good move or meh?', 'Does it present the expulsion as a major success, a mixed result, or a first step?', 'hey bot, colleague asks: how does the piece describe the expulsion — big deal or minor?']) {
        expect(bot.answer(q).text).toMatch(/significant step/);
      }
    }
    // (How it describes something, with no word of worth, is not asked how significant it is.)
    expect(engine.answer('how does the article describe the border?').text).not.toMatch(/significant step/);
  });

  it('"the corruption one" is the item named so, in any list, over an item of the list at hand that only says the word in its text', () => {
    for (const bot of [engine, alone]) {
      const turns = converseWith(bot, 'what are the key elements of cross-border security?', 'and the corruption one — why does it matter?');
      expect(turns[1].text).toMatch(/impunity/);
    }
    // (An item of the list at hand named by the word stays the one.)
    expect(converse('what are the key elements of cross-border security?', 'and the intelligence one?')[1].text).toMatch(/^\*\*Intelligence Sharing\*\*/);
  });

  it('a yes/no question of the world answered by a curated "X is not given" is not answered "No." — the article doesn\'t say; asked of the article, "No." stands', () => {
    expect(engine.answer('Were any of the expelled individuals US citizens?').text).toMatch(/^The article doesn't say\. /);
    expect(engine.answer('Did the article name the cartels?').text).toMatch(/^No\. /);
  });

  it('review: "No." and a gap only when the article is the subject of a verb of giving a detail — not "according to the article, was X…?"', () => {
    for (const q of ['Were US agencies involved, according to the article?', 'Is the US-Mexico border described as vast in the article?', 'did outlets report this widely', 'Could the expelled individuals be of use to investigators, according to the article?']) {
      expect(engine.answer(q).text).not.toMatch(/^No\. /);
    }
    expect(engine.answer('Does the article specify a dollar amount for US security aid to Mexico?').text).toMatch(/^No\. The article doesn't give any amount/);
  });

  it('review: a chat sentence after the question ("asking for my grandmother") does not turn a "not given" answer into the plain decline', () => {
    for (const q of ['which cartels? asking for my grandmother', 'which cartels? the homework is due tomorrow']) {
      expect(engine.answer(q).text).toMatch(/specific cartels involved/);
    }
  });

  it('review: "benefits" names the list only as a noun, with its part\'s subject, and "which benefit…" only by words the knowledge uses', () => {
    expect(alone.answer('who benefits from the expulsion?').text).not.toMatch(/three effects/);
    expect(alone.answer('what are the benefits of being a cartel member?').text).not.toMatch(/three effects/);
    for (const bot of [engine, alone]) expect(bot.answer('which benefit of expulsions involves paella?').text).not.toMatch(/^\*\*Disrupt operations temporarily\*\*/);
    expect(alone.answer('¿Qué beneficios pueden tener las expulsiones?').text).toMatch(/Send a message|Enviar un mensaje/);
  });

  it('review: an item named as the neighbour of the one asked ("the entry before X") is not answered as X', () => {
    expect(alone.answer('the entry before combating corruption in the strategy?').text).not.toMatch(/^\*\*Combating Corruption\*\*/);
  });

  it('review: "what\'s that smell?" after an answer is a topic of its own, not what more the answer\'s part says', () => {
    for (const q of ["what's that smell?", 'where is that restaurant?', 'what does that mean for bitcoin?']) {
      expect(converse('what does the strategy say about corruption?', q)[1].text).not.toMatch(/impunity/);
    }
  });

  it('review: "who was expelled?" is read only in the passive — not by whom, or who did it', () => {
    for (const q of ['who were they expelled by?', 'who alleged it?']) expect(alone.answer(q).text).not.toMatch(/26 individuals/);
  });

  it('review: a paraphrase of assessment leaves "rate my essay" alone, and a question it declines is answered as typed', () => {
    expect(engine.answer('how would the author rate my essay?').text).not.toMatch(/significan/);
    expect(engine.answer('for my current events log I have to rate the story. how does the article characterize this expulsion overall — big win, nothing burger, or somewhere in between?').answered).toBe(true);
  });
});

describe('AnswerEngine: the nineteenth round', () => {
  it('a yes/no question asking whether the article says X, answered by "the article says" X in every word, opens with "Yes."', () => {
    for (const q of [
      'does the article bring up harm reduction?',
      'Is the cartel described as adaptable?',
      // (A word the knowledge holds the same as another, "allows" for "enables", is the same word.)
      'Does the piece claim that corruption allows cartels to operate with impunity?',
    ]) {
      expect(engine.answer(q).text).toMatch(/^Yes\. /);
    }
    // (A word of the claim the answer does not say — "violates" — is no yes: the answer may say the opposite.)
    for (const q of ['does the article say the expulsion violates sovereignty?', 'does the article say expulsions destroy the cartels?']) {
      expect(engine.answer(q).text).not.toMatch(/^Yes\./);
    }
  });

  it('an item named by its name without the word of action it opens with is that item, not the whole list — and "the one after it" follows it', () => {
    const first = engine.answer("what's in the law enforcement capacity component?");
    expect(first.text).toMatch(/Strengthening Law Enforcement Capacity/);
    expect(first.text).not.toMatch(/Combating Corruption/);
    expect(engine.answer('and the one after it?', { state: first.state }).text).toMatch(/Combating Corruption/);
  });

  it('"can X be Y?" answered by an answer written to open with a probability whose claim says "X can be Y" gets "Yes."', () => {
    expect(engine.answer('could the expelled people be sources of info?').text).toMatch(/^Yes\. /);
    expect(engine.answer('¿Pueden los expulsados ser fuentes de información?').text).toMatch(/^Sí\. /);
    // (Asked whether it will be, the written lead stands; asked with a negation, no yes.)
    expect(engine.answer('will the expelled people give information to police?').text).toMatch(/^Potentially\. /);
    expect(engine.answer('can expelled people not be sources?').text).not.toMatch(/^Yes/);
  });

  it('asked what a list says about a thing only one item\'s text says, the answer is that item — not the whole list', () => {
    const a = engine.answer('what does the comprehensive strategy section say about harm reduction?');
    expect(a.text).toMatch(/Drug Demand Reduction/);
    expect(a.text).not.toMatch(/Combating Corruption/);
    // (Not a yes/no question about the whole, nor a word every item could say.)
    expect(engine.answer('Will expulsions by themselves end cartel activity?').text).not.toMatch(/Send a message/);
    expect(engine.answer('what does the comprehensive strategy say about the work?').text).not.toMatch(/^\*\*/);
  });

  it('"¿Qué incluye?" leaves its subject out, as Spanish does: it asks what the thing just discussed holds', () => {
    const list = engine.answer('¿Cuáles son los componentes de la estrategia integral?');
    const third = engine.answer('¿Y el tercero?', { state: list.state });
    const a = engine.answer('¿Qué incluye?', { state: third.state });
    expect(a.text).toMatch(/job creation|empleo/);
    expect(a.text).not.toMatch(/cinco componentes/);
    // (With nothing discussed before, it asks of nothing.)
    expect(engine.answer('¿Qué incluye?').answered).toBe(false);
  });

  it('a curated entry nearly always asked as a question of who weighs less for a question of another kind', () => {
    const q = 'How might expelled individuals contribute to law enforcement efforts, according to the article?';
    expect(engine.answer(q).text).not.toMatch(/^\*\*Mexico\*\* did/);
    // (Without the weight, the question of how was answered by who did it.)
    const unweighted = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR), { weights: { otherKind: 0 } });
    expect(unweighted.answer(q).text).toMatch(/^\*\*Mexico\*\* did/);
    expect(engine.answer('who did the expelling?').text).toMatch(/^\*\*Mexico\*\* did/);
  });

  it('"alone", "by itself", "on its own" make a claim absolute: not said so, the lead is "Not necessarily."', () => {
    expect(alone.answer('Does the piece say the expulsion by itself will fix the cartel problem?').text).toMatch(/^Not necessarily\. /);
    expect(alone.answer('Does the article say the expulsion alone will solve the cartel problem?').text).not.toMatch(/^Yes\./);
  });

  it('a list asked for by its own word for its items ("what potential effects does it list?") is the whole list, whatever item a modifier matches', () => {
    const text = engine.answer('What potential effects of expelling them does the article list?').text;
    for (const item of [/Disrupt operations/, /Send a message/, /Provide valuable intelligence/]) expect(text).toMatch(item);
  });

  it('"en cuanto a X", "con respecto a X" mean "regarding X" in Spanish — no question of how much', () => {
    const a = engine.answer('¿Qué propone el artículo en cuanto a las redes financieras de los cárteles?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/redes financieras/);
    // ("¿cuánto dinero…?" still asks how much.)
    expect(engine.answer('¿cuánto dinero ganan los cárteles?').answered).toBe(false);
  });

  it('the review of the round: no "Yes." for a negated claim, a claim of disclosure or roles reversed; one lead; a pointed question keeps its item', () => {
    for (const q of [
      'Does the article mention that cartels are not resilient?',
      'does the article give specific details about the government agencies?',
      'Can law enforcement be a source of information for expelled individuals?',
      'Can the expelled be sources of information for the cartels?',
      "can't the expelled be sources of information?",
    ]) {
      expect(engine.answer(q).text).not.toMatch(/^(Yes|Sí)\./);
    }
    // (A hedge takes the place of the lead an answer was written with: one lead, not two.)
    expect(engine.answer('Can the expelled individuals be sources of information for law enforcement alone?').text).toMatch(/^Not necessarily\. The article says/);
    // ("what effects … in the short term?" asks the one effect about the short term, not the whole list.)
    expect(engine.answer('what effects can expulsions have in the short term?').text).not.toMatch(/Send a message/);
  });
});
