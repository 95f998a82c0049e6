// The command-line entry points, run as a user would: real processes, real stdin/stdout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, KNOWLEDGE_DIR, tempDir } from '../support/knowledge-fixture';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const knowledge = loadKnowledge(KNOWLEDGE_DIR);

function run(script: string, args: string[], input = '', env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL)/.test(k)));
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...clean, DATA_DIR: tempDir('bb-cli-'), ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ask', () => {
  it('prints an answer for a person, with its source', () => {
    const r = run('src/cli/ask.ts', ['how many people were expelled?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/26 individuals/);
    expect(r.stdout).toMatch(/Source: .*\[expulsion-details\]/);
  });

  it('prints one JSON object with --json', () => {
    const r = run('src/cli/ask.ts', ['--json', 'why does the border matter?']);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual([
      'answered',
      'confidence',
      'entryId',
      'followUp',
      'question',
      'sources',
      'suggestions',
      'text',
    ]);
    expect(json).toMatchObject({ question: 'why does the border matter?', answered: true, sources: [{ id: 'cross-border-security', title: expect.any(String), quote: expect.any(String) }] });
  });

  it('reads one question a line with --jsonl and prints one JSON line each, in order, nothing else', () => {
    const r = run('src/cli/ask.ts', ['--jsonl'], 'how many were expelled?\n\nwhat is the weather\n¿Qué es el fentanilo?\n');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.map((p) => p.question)).toEqual(['how many were expelled?', 'what is the weather', '¿Qué es el fentanilo?']);
    expect(parsed.map((p) => p.answered)).toEqual([true, false, true]);
  });

  it('reads a conversation with --jsonl --session: a follow-up leans on the turn before, an empty line resets', () => {
    const followUp = 'who is supposed to be sharing it?';
    const chat = `What is intelligence sharing?\n${followUp}\n\n${followUp}\n`;
    const r = run('src/cli/ask.ts', ['--jsonl', '--session'], chat);
    expect(r.code).toBe(0);
    const turns = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(turns.map((t) => t.question)).toEqual(['What is intelligence sharing?', followUp, followUp]);
    expect(turns.map((t) => t.followUp)).toEqual([false, true, false]);
    expect(turns[1]).toMatchObject({ answered: true, entryId: expect.any(String) });
  });

  it('reads each line on its own with --jsonl alone: no follow-ups', () => {
    const r = run('src/cli/ask.ts', ['--jsonl'], 'What is intelligence sharing?\nwho is supposed to be sharing it?\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).followUp)).toEqual([false, false]);
  });

  it('answers a --session conversation for a person when --jsonl is not given', () => {
    const r = run('src/cli/ask.ts', ['--session'], 'what about corruption?\nwhy does it matter?\n');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^Source: /gm)).toHaveLength(2);
  });

  describe('--article-only', () => {
    const curated = new Set([...knowledge.questions.map((q) => q.id), ...knowledge.notCovered.map((t) => t.id)]);
    const asked = ['how many people were expelled?', 'what are the names of those expelled?', 'what is fentanyl?'];
    const entryIds = (args: string[]) =>
      run('src/cli/ask.ts', args, `${asked.join('\n')}\n`)
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l).entryId as string | null);

    it('never answers from a curated question or a not-covered topic, with --jsonl and --session', () => {
      expect(entryIds(['--jsonl']).some((id) => id && curated.has(id))).toBe(true);
      for (const args of [['--jsonl', '--article-only'], ['--jsonl', '--session', '--article-only']])
        expect({ args, curated: entryIds(args).filter((id) => id && curated.has(id)) }).toEqual({ args, curated: [] });
    });

    it('works with --json and for a person', () => {
      const json = JSON.parse(run('src/cli/ask.ts', ['--article-only', '--json', asked[1]]).stdout);
      expect(json).toMatchObject({ question: asked[1] });
      expect(curated.has(json.entryId)).toBe(false);
      const plain = run('src/cli/ask.ts', ['--article-only', asked[2]]);
      expect(plain).toMatchObject({ code: 0, stdout: expect.stringMatching(/\w/) });
      expect(() => JSON.parse(plain.stdout)).toThrow();
    });
  });

  it('explains how to use it when given nothing or a bad flag', () => {
    expect(run('src/cli/ask.ts', [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give a question.*Usage/s) });
    expect(run('src/cli/ask.ts', ['--jsn', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option --jsn/) });
    const session = run('src/cli/ask.ts', ['--session', 'x']);
    expect(session).toMatchObject({ code: 2, stderr: expect.stringMatching(/stdin/) });
  });
});

describe('npm start without credentials', () => {
  it('answers each line of piped input in the console and exits at end of input', () => {
    const r = run('adapters/main.ts', [], 'how many were expelled?\n/topics\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/26/);
    expect(r.stdout).toContain('What I can answer');
    expect(r.stderr).toMatch(/console chat.*SLACK_BOT_TOKEN.*DISCORD_TOKEN/);
  });

  it('refuses to start on broken knowledge, naming the file and entry', () => {
    const dir = copyKnowledge();
    const file = path.join(dir, 'questions/impact.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^    source: [a-z.-]+/m, '    source: nowhere'));
    const r = run('adapters/main.ts', [], '', { KNOWLEDGE_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/could not start[\s\S]*questions\/impact\.yaml:\d+ \[[a-z-]+\]: source 'nowhere' is not a section id/);
  });

  it('refuses a malformed setting, naming the variable', () => {
    const r = run('adapters/main.ts', [], '', { QUESTION_LOG: 'maybe' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/QUESTION_LOG: must be 'on' or 'off'/);
  });
});

describe('npm run knowledge:check', () => {
  it('lists a phrasing the bot answers from another section, and counts the rest', () => {
    const dir = copyKnowledge();
    const file = path.join(dir, 'questions/impact.yaml');
    // A fentanyl question filed under the long-term impact entry: the bot answers it from the fentanyl section.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('      - What is the long-term impact?\n', '      - What is the long-term impact?\n      - what does the article say about fentanyl trafficking\n'));
    const r = run('test/eval/check-knowledge.ts', ['impact.yaml'], '', { KNOWLEDGE_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/questions\/impact\.yaml long-term-impact: "what does the article say about fentanyl trafficking" → future\.fentanyl/);
    expect(r.stdout).toMatch(/^\d+\/\d+ phrasings reach their own entry's section/m);
    expect(r.stdout).toMatch(/^\d+ phrasings? failed — reword or move each one listed above/m);
  });

  it('exits 0 when every phrasing reaches its own entry', () => {
    // Each entry keeps only its main phrasing, which the knowledge tests require to reach the entry itself.
    const dir = copyKnowledge();
    const files = fs.readdirSync(path.join(dir, 'questions')).filter((f) => f.endsWith('.yaml'));
    for (const f of files) {
      const file = path.join(dir, 'questions', f);
      const doc = YAML.parse(fs.readFileSync(file, 'utf8')) as { questions: { phrasings: string[] }[] };
      for (const q of doc.questions) q.phrasings = q.phrasings.slice(0, 1);
      fs.writeFileSync(file, YAML.stringify(doc));
    }
    const r = run('test/eval/check-knowledge.ts', files, '', { KNOWLEDGE_DIR: dir });
    expect(r.stdout).toMatch(/^(\d+)\/\1 phrasings reach/m);
    expect(r.stdout).not.toMatch(/failed/);
    expect(r.code).toBe(0);
  });
});

describe('npm run gaps', () => {
  it('prints one JSON object with --json, from the store under DATA_DIR', () => {
    const r = run('src/cli/gaps.ts', ['--json', '--days', '7']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ totalDeclined: 0, totalDownvoted: 0, privateHidden: 0, groups: [] });
  });

  it('says in one line that the store cannot be reached, and which setting names it', () => {
    const r = run('src/cli/gaps.ts', [], '', { DATABASE_URL: 'postgres://bb:s3cret@127.0.0.1:9/bb' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/DATABASE_URL/);
    expect(r.stderr).not.toContain('s3cret');
  });

  it('shows the usage for a bad option (exit 2)', () => {
    const r = run('src/cli/gaps.ts', ['--platform', 'teams']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The platform must be one of slack, discord, console \(got 'teams'\)/);
    expect(r.stderr).toMatch(/Usage: npm run gaps/);
  });
});
