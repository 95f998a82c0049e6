// Where the project's files (knowledge/, package.json) are at run time, whether running from src/ through tsx or from dist/.
import fs from 'node:fs';
import path from 'node:path';

let root: string | undefined;

/** The nearest directory above this file holding package.json: the repository root (or /app in the container). */
export function projectRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return (root = dir);
    if (path.dirname(dir) === dir) return (root = process.cwd());
  }
}

/** The knowledge base shipped with the code; KNOWLEDGE_DIR overrides it. */
export function defaultKnowledgeDir(): string {
  return path.join(projectRoot(), 'knowledge');
}
