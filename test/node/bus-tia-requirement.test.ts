import { describe, expect, it } from 'vitest';
import { busTiaRequirement as calc } from '../../src/policy/bus-priority-city/bus-tia-requirement';
import { refusal, run } from '../helpers/calc';

/**
 * Cases B1–B15 (嘉政办发〔2014〕104号 三（一）2):
 * 24班以上 (≥ 24 classes), 500床以上 (≥ 500 beds), 大于5万平方米 (> 50 000 m², strict), 大于10万平方米
 * (> 100 000 m², strict), venue / attraction / sports / road types with no size; 新建或改建 only; veto
 * 「一律不予审批、验收」. Rows start on the signing date 2014-12-09.
 */

const base = { date: '2015-03-01', works: 'new' } as const;
const required = (x: Record<string, unknown>) => run(calc, { ...base, ...x } as never).tiaRequired;

describe('size thresholds, each side of every bound', () => {
  it('B1/B2: school 24 classes → required (24 ≥ 24, 以上 inclusive); 23 → not (23 < 24)', () => {
    const r = run(calc, { ...base, projectType: 'school', classes: 24 });
    expect(r).toMatchObject({
      tiaRequired: true,
      listed: true,
      reason: 'school with 24 classes ≥ 24',
      threshold: { key: 'tia.school_classes_min', value: 24, bound: 'inclusive (以上)' },
    });
    expect(r.assessmentCovers).toEqual(['公交枢纽站', '首末站', '中途站']);
    expect(r.citation).toBe('嘉政办发〔2014〕104号 三（一）2');
    const step = r.trace.steps[0]!;
    expect(step.name.en).toBe('is a traffic impact assessment of bus facilities required?');
    expect(step.parameters).toContain('tia.school_classes_min');
    expect(r.trace.parameters['tia.school_classes_min']).toMatchObject({ value: 24, unit: 'count', table: 'bus-priority-city' });
    expect(step.formula).toEqual({
      zh: '新建学校 24 个班，达到“24 班以上”（含 24）→ 须做交通影响评价',
      en: 'new works; type school (学校): school with 24 classes ≥ 24 → required',
    });
    // the assessment is decided; only the veto is open (busFacilitiesPerTiaConclusion not given)
    expect(r.veto!.applies).toBeNull();
    expect(r.notAssessed.map((x) => [x.item, x.reason, x.fields])).toEqual([
      ['veto', 'input-not-given', ['busFacilitiesPerTiaConclusion']],
    ]);
    expect(required({ projectType: 'school', classes: 23 })).toBe(false);
  });

  it('B3/B4: hospital rebuilt with 500 beds → required (500 ≥ 500); new with 499 → not', () => {
    expect(run(calc, { ...base, works: 'rebuild', projectType: 'hospital', beds: 500 }).tiaRequired).toBe(true);
    expect(required({ projectType: 'hospital', beds: 499 })).toBe(false);
  });

  it('B5/B6: commercial/office 50 000 m² → not (5 000 000 hundredths is not > 5 000 000); 50 000.01 → required', () => {
    const at = run(calc, { ...base, projectType: 'commercial_office', floorAreaM2: 50000 });
    expect(at).toMatchObject({
      tiaRequired: false,
      threshold: { key: 'tia.commercial_office_floor_area_exceeds', value: 50000, bound: 'exclusive (大于)' },
      veto: null,
      assessmentCovers: [],
    });
    expect(at.reason).toBe('commercial_office with 50000 m² ≤ 50000 m²');
    expect(required({ projectType: 'commercial_office', floorAreaM2: 50000.01 })).toBe(true);
  });

  it('B7: residential total floor area 100 000 → not; 100 000.01 → required (strict)', () => {
    expect(required({ projectType: 'residential', totalFloorAreaM2: 100000 })).toBe(false);
    expect(required({ projectType: 'residential', totalFloorAreaM2: 100000.01 })).toBe(true);
  });
});

describe('types without a size, unlisted types, works', () => {
  it('B8: a new sports venue needs one whatever its size (no threshold given); so do the other unsized types', () => {
    const r = run(calc, { ...base, projectType: 'sports_venue' });
    expect(r).toMatchObject({ tiaRequired: true, listed: true, threshold: null });
    for (const t of ['large_cultural_entertainment_venue', 'tourist_attraction', 'urban_arterial_secondary_road'])
      expect(required({ projectType: t })).toBe(true);
  });

  it('B9: an unlisted type → undetermined (null, was false: the list ends with 等), not listed, with the 等 note', () => {
    const r = run(calc, { ...base, projectType: 'other' });
    expect(r).toMatchObject({ tiaRequired: null, listed: false, veto: null, assessmentCovers: [], threshold: null });
    expect(r.reason).toBe('project type not named in 三（一）2, whose list ends with 等 (and others): undetermined');
    expect(r.notes[0]).toMatch(/等/);
    expect(r.trace.steps[0]).toMatchObject({
      result: null,
      formula: {
        en: expect.stringMatching(/→ undetermined \(not published whether one is required\)$/),
        zh: expect.stringMatching(/是否须做交通影响评价原文没有规定，无法判定$/),
      },
    });
    // the undetermined decision is explained: the workbook has no row for the type, the text does not say
    expect(r.notAssessed).toEqual([
      {
        item: 'tiaRequired',
        reason: 'not-published',
        fields: ['tia_project_types'],
        text: { zh: expect.stringMatching(/等项目/), en: expect.stringMatching(/^project type not named in 三（一）2/) },
      },
    ]);
    expect(calc.output.safeParse(r).success).toBe(true);
  });

  it('B9b: an unlisted type with works other than 新建 / 改建 is not required (the works are named exhaustively)', () => {
    expect(run(calc, { ...base, works: 'other', projectType: 'other' })).toMatchObject({
      tiaRequired: false,
      listed: false,
      reason: 'only new (新建) or rebuilt (改建) projects are covered',
    });
    // a rebuilt unlisted type is as open as a new one
    expect(required({ works: 'rebuild', projectType: 'other' })).toBeNull();
  });

  it('B10: a 40-class school with works "other" → not required (only 新建 or 改建)', () => {
    const r = run(calc, { ...base, works: 'other', projectType: 'school', classes: 40 });
    expect(r).toMatchObject({ tiaRequired: false, listed: true, reason: 'only new (新建) or rebuilt (改建) projects are covered' });
  });
});

describe('the veto', () => {
  it('B11: required and the concluded facilities not built → veto applies', () => {
    const r = run(calc, { ...base, projectType: 'school', classes: 30, busFacilitiesPerTiaConclusion: false });
    expect(r.veto).toEqual({ applies: true, effect: '一律不予审批、验收 (no approval, no acceptance)' });
    const veto = r.trace.steps[1]!;
    expect(veto.name.en).toBe('one-vote veto');
    expect(veto.parameters).toEqual(['tia.veto']);
    expect(r.trace.parameters['tia.veto']).toMatchObject({ value: true, unit: 'boolean' });
    expect(veto.formula).toEqual({
      zh: '未按交通影响评价结论配套建设公交站场设施 → 一律不予审批、验收',
      en: 'bus facilities per the assessment conclusion not built → veto applies',
    });
    expect(r.notAssessed).toEqual([]);
  });

  it('B12: built as concluded → veto does not apply; not said → null', () => {
    expect(run(calc, { ...base, projectType: 'school', classes: 30, busFacilitiesPerTiaConclusion: true }).veto!.applies).toBe(false);
    const unsaid = run(calc, { ...base, projectType: 'school', classes: 30 });
    expect(unsaid.veto!.applies).toBeNull();
    expect(unsaid.notAssessed).toEqual([
      {
        item: 'veto',
        reason: 'input-not-given',
        fields: ['busFacilitiesPerTiaConclusion'],
        text: {
          zh: '未说明是否按交通影响评价结论配套建设公交站场设施，一票否决是否适用无法判断',
          en: 'busFacilitiesPerTiaConclusion not given: whether the veto applies is not assessed',
        },
      },
    ]);
  });

  it('B13: 20 classes → no assessment, so no veto even if facilities are not built', () => {
    const r = run(calc, { ...base, projectType: 'school', classes: 20, busFacilitiesPerTiaConclusion: false });
    expect(r).toMatchObject({ tiaRequired: false, veto: null });
  });
});

describe('dates and validation', () => {
  it('B14: 2014-12-08 (before the rows) → 422 not-in-force naming the tia keys; 2014-12-09 → required', () => {
    const p = refusal(calc, { ...base, date: '2014-12-08', projectType: 'school', classes: 30 }) as unknown as {
      type: string;
      missing: { key: string }[];
    };
    expect(p.type).toBe('/problems/not-in-force');
    expect(p.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['tia.school_classes_min', 'tia.hospital_beds_min', 'tia.veto']));
    expect(required({ date: '2014-12-09', projectType: 'school', classes: 30 })).toBe(true);
  });

  it('B15: missing size for the type, a fractional class count, three-decimal area', () => {
    const paths = (x: unknown) => calc.input.safeParse(x).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...base, projectType: 'hospital' })).toEqual(['beds']);
    expect(paths({ ...base, projectType: 'school', classes: 24.5 })).toEqual(['classes']);
    expect(paths({ ...base, projectType: 'commercial_office', floorAreaM2: 50000.001 })).toEqual(['floorAreaM2']);
    expect(paths({ ...base, projectType: 'residential', floorAreaM2: 1 })).toEqual(['totalFloorAreaM2']);
    // sizes of other types are ignored
    expect(calc.input.safeParse({ ...base, projectType: 'sports_venue', classes: 3 }).success).toBe(true);
  });
});
