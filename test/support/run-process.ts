// Collects a child process's output and exit code: what the tests that run the bot's commands assert on.
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Resolves when the process closes, with everything it wrote. */
export function outputOf(child: ChildProcessByStdio<null, Readable, Readable>): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
