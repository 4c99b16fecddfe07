import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * LibreOffice Calc, headless, to save workbooks the way an officer using Calc does (open, save as .xlsx). Debian's
 * package libreoffice-calc-nogui provides `soffice`; .ci/run installs it when missing. Tests that need it fail, with
 * this message, when it is not there: they are never skipped.
 */

export const NO_SOFFICE =
  'LibreOffice Calc is not installed (no soffice on the PATH): apt-get install -y libreoffice-calc-nogui (.ci/run installs it). The office round-trip test fails rather than skip without it.';

/** The soffice command, or null when LibreOffice is not installed. */
export function soffice(): string | null {
  for (const cmd of [process.env.SOFFICE, 'soffice', 'libreoffice']) {
    if (cmd && spawnSync(cmd, ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0) return cmd;
  }
  return null;
}

/**
 * Opens each file in LibreOffice Calc and saves it as .xlsx into `outDir` (same base name), all in one soffice run
 * with a private profile (so it neither uses nor waits for an officer's running LibreOffice). The inputs must not be
 * in `outDir`. Throws with soffice's output when a file was not written.
 */
export function saveWithLibreOffice(files: string[], outDir: string, timeoutMs = 280_000): string[] {
  const cmd = soffice();
  if (!cmd) throw new Error(NO_SOFFICE);
  const profile = mkdtempSync(join(tmpdir(), 'policy-edge-soffice-'));
  try {
    const r = spawnSync(
      cmd,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, HOME: profile } },
    );
    const out = files.map((f) => join(outDir, basename(f)));
    const missing = out.filter((f) => !existsSync(f));
    if (r.error || missing.length)
      throw new Error(`soffice did not save ${missing.join(', ') || 'the files'}: ${r.error?.message ?? ''}\n${r.stdout}\n${r.stderr}`);
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
