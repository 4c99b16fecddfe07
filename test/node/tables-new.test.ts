import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UNITS } from '../../src/tables/units';
import { runScript, tempRepo, type TempRepo } from '../helpers/git-repo';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});
/** A copy of the project (scripts, src, tables, package.json; node_modules linked) in a temporary git repository. */
const project = () => {
  const r = tempRepo({ project: true, tables: ['employee-medical-insurance'] });
  repos.push(r);
  return r.dir;
};
const scaffold = (dir: string, ...args: string[]) => runScript('scripts/new-table.ts', args, dir);
/** Runs the copy's own script (so it sees the copy's src/policy/). */
const own = (dir: string, script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
  });

const sheetXml = (file: string, index: number) => {
  const zip = XLSX.CFB.read(readFileSync(file), { type: 'buffer' });
  return Buffer.from(XLSX.CFB.find(zip, `/xl/worksheets/sheet${index}.xml`)!.content as Uint8Array).toString('utf8');
};

describe('npm run tables:new', { timeout: 180_000 }, () => {
  it('scaffolds a workbook and its document folder with the schema, and the result builds, checks and type-checks', () => {
    const dir = project();
    const r = scaffold(dir, 'bus-stops', '--domain', 'land', '--title-zh', '公交站点', '--title-en', 'Bus stops');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ 已创建 tables/bus-stops.xlsx（meta, sources, changelog, parameters, example_brackets, _说明, _lists）');
    expect(r.stdout).toContain('✓ 已创建 src/policy/bus-stops/table.ts（结构定义）');
    // the folder is the registration: the build finds the schema by its name
    const stub = readFileSync(join(dir, 'src/policy/bus-stops/table.ts'), 'utf8');
    expect(stub).toContain("export const busStops = defineTable({\n  id: 'bus-stops',");

    // the workbook: sheets, frozen header, drop-downs (units from _lists, yes/no, bounds)
    const file = join(dir, 'tables/bus-stops.xlsx');
    const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['meta', 'sources', 'changelog', 'parameters', 'example_brackets', '_说明', '_lists']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.meta!, { header: 1 })).toContainEqual(['title_zh', '公交站点']);
    const params = sheetXml(file, 4);
    expect(params).toContain('state="frozen"');
    // the unit drop-down: one unit a row of _lists, below its header
    expect(params).toMatch(
      new RegExp(`<dataValidation type="list"[^>]*sqref="E2:E\\d+"><formula1>'_lists'!\\$A\\$2:\\$A\\$${UNITS.length + 1}</formula1>`),
    );
    expect(
      XLSX.utils
        .sheet_to_json(wb.Sheets._lists!, { header: 1 })
        .slice(1)
        .map((r) => (r as string[])[0]),
    ).toEqual([...UNITS]);
    const brackets = sheetXml(file, 5);
    expect(brackets).toContain('<formula1>"yes,no"</formula1>');
    expect(brackets).toContain('<formula1>"inclusive,exclusive"</formula1>');
    expect(brackets).toContain('<formula1>"a,b"</formula1>');

    // the copy's own build refuses the scaffold's placeholders (a TODO must not go live), naming each cell…
    const refused = own(dir, 'scripts/build-tables.ts', '--out', join(dir, 'compiled/tables.json'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/✗ \d+ cell\(s\) still hold placeholder text; nothing written/);
    expect(refused.stderr).toContain('bus-stops.xlsx › parameters!B2');
    // …and compiles both tables with --allow-placeholders (a local try-out)
    const build = own(dir, 'scripts/build-tables.ts', '--out', join(dir, 'compiled/tables.json'), '--allow-placeholders');
    expect(build.stderr).toBe('');
    expect(build.stdout).toMatch(/^✓ 2 table\(s\)/);
    const compiled = JSON.parse(readFileSync(join(dir, 'compiled/tables.json'), 'utf8')) as {
      tables: Record<string, { domain: string; parameters: unknown[]; scales: { rows: unknown[] }[] }>;
    };
    expect(compiled.tables['bus-stops']).toMatchObject({
      domain: 'land',
      parameters: [expect.objectContaining({ key: 'example.amount' })],
    });
    expect(compiled.tables['bus-stops']!.scales[0]!.rows).toHaveLength(2);

    // tables:check lists every placeholder left, as errors (the build refuses them)
    const check = own(dir, 'scripts/check-tables.ts', 'tables/bus-stops.xlsx', '--lang', 'en');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      '✗ bus-stops.xlsx › parameters!B2\n      problem: a placeholder is still there: "TODO 示例金额（请替换或删除本行）"',
    );

    // the schema stub type-checks with the rest of the project
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('refuses to overwrite a workbook or a schema', () => {
    const dir = project();
    expect(scaffold(dir, 'bus-stops').status).toBe(0);
    const before = [readFileSync(join(dir, 'tables/bus-stops.xlsx')), readFileSync(join(dir, 'src/policy/bus-stops/table.ts'), 'utf8')];
    const again = scaffold(dir, 'bus-stops', '--lang', 'en');
    expect(again.status).toBe(1);
    expect(again.stderr).toBe('✗ tables/bus-stops.xlsx already exists; nothing was overwritten\n');
    expect(readFileSync(join(dir, 'tables/bus-stops.xlsx')).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(join(dir, 'src/policy/bus-stops/table.ts'), 'utf8')).toBe(before[1]);
    // an existing schema file alone is enough to refuse
    mkdirSync(join(dir, 'src/policy/other-table'));
    writeFileSync(join(dir, 'src/policy/other-table/table.ts'), '// hand-written\n');
    const schema = scaffold(dir, 'other-table', '--lang', 'en');
    expect(schema.status).toBe(1);
    expect(schema.stderr).toContain('src/policy/other-table/table.ts already exists');
    expect(readFileSync(join(dir, 'src/policy/other-table/table.ts'), 'utf8')).toBe('// hand-written\n');
    // and the real workbook of the project
    expect(scaffold(dir, 'employee-medical-insurance').status).toBe(1);
  });

  it('rejects a bad id or domain', () => {
    const dir = project();
    const bad = scaffold(dir, 'Bus_Stops', '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/table id "Bus_Stops" must be lower-case words joined by hyphens/);
    expect(scaffold(dir, 'bus-stops', '--domain', 'transport').status).toBe(2);
  });
});
