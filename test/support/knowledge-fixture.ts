// Copies the real knowledge directory to a temp dir so a test can break one file and load it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const KNOWLEDGE_DIR = path.join(__dirname, '../../knowledge');

export function copyKnowledge(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-knowledge-'));
  fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

export function tempDir(prefix = 'bb-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
