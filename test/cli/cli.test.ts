// The command-line entry points, run as a user would: real processes, real stdin/stdout.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyKnowledge, tempDir } from '../support/knowledge-fixture';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

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
    expect(Object.keys(json).sort()).toEqual(['answered', 'confidence', 'question', 'sources', 'suggestions', 'text']);
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

  it('explains how to use it when given nothing or a bad flag', () => {
    expect(run('src/cli/ask.ts', [])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Give a question.*Usage/s) });
    expect(run('src/cli/ask.ts', ['--jsn', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown option --jsn/) });
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
    expect(r.stderr).toMatch(/could not start[\s\S]*questions\/impact\.yaml \[[a-z-]+\]: source 'nowhere' is not a section id/);
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
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/questions\/impact\.yaml long-term-impact: "what does the article say about fentanyl trafficking" → future\.fentanyl/);
    expect(r.stdout).toMatch(/^\d+\/\d+ phrasings reach their own entry's section/m);
  });
});
