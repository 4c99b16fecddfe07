/**
 * End-to-end: the real Worker (`wrangler dev` → workerd) serves widget.js and the API; a separate static
 * host page on another localhost port embeds the widget (the cross-origin path a government site takes);
 * Debian's Chromium, driven by playwright-core, fills the forms as a citizen would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type Harness, startHarness } from './widget-harness';

const BRAND = 'rgb(122, 31, 92)';

let harness: Harness;
let api = '';
let site = '';

const hostPage = (title: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">${head}</head>
<body>
<h1>${title}</h1>
<script src="${api}/widget.js" defer></script>
<policy-calculator calculator="employee-medical-settlement" lang="zh-CN"></policy-calculator>
<p>After the widget.</p>
</body></html>`;

/** A government site we do not control: hostile global CSS, and (on /strict) a strict CSP. */
function hostPages(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? '/';
  if (url === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      hostPage(
        'Host page',
        `<style>
          * { color: rgb(255, 0, 0) !important; font-family: serif !important; letter-spacing: 3px !important; }
          button { display: none !important; } input, select { width: 5px !important; }
          html { font-size: 10px; } fieldset { border: 10px dashed lime !important; }
        </style>`,
      ),
    );
  } else if (url === '/strict') {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${api}; connect-src ${api}; style-src 'self'; img-src 'self' data:`,
    });
    res.end(hostPage('Strict host', '<link rel="stylesheet" href="/host.css">'));
  } else if (url === '/host.css') {
    res.writeHead(200, { 'Content-Type': 'text/css' });
    res.end(`policy-calculator { --policy-brand: ${BRAND}; --policy-brand-contrast: #ffffff; }`);
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
}

beforeAll(async () => {
  harness = await startHarness((req, res) => hostPages(req, res));
  api = harness.api;
  site = harness.site;
});

afterAll(async () => {
  await harness?.close();
});

/** A page that records console errors and uncaught exceptions. */
async function open(url: string, viewport = { width: 1000, height: 900 }) {
  const page = await harness.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const w = page.locator('policy-calculator').first();
  await w.locator('form').waitFor();
  return { page, w, errors };
}

/** A computed style property of the first element a locator finds (inside the shadow root too). */
const styleOf = (loc: Locator, prop: string) =>
  loc
    .first()
    .evaluate(
      (el, p) => (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[p]!,
      prop,
    );

const figure = (page: Page, key: string) => page.locator(`policy-calculator [data-figure="${key}"] .num`).first();
const activeId = (page: Page) => page.evaluate(`document.querySelector('policy-calculator').shadowRoot.activeElement?.id ?? null`);

/** WCAG 2.x contrast ratio of two rgb()/rgba() colours (opaque). */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('embedded on a host page (cross-origin)', () => {
  it('a citizen fills the worked example by hand, gets the split with its reasons, switches to English; no console errors', async () => {
    const { page, w, errors } = await open(`${site}/`);
    // The host's CSS reaches neither the widget's text nor its controls.
    await expect(w.getByRole('button', { name: '计算', exact: true }).isVisible()).resolves.toBe(true);
    const h2 = await styleOf(w.locator('h2'), 'color');
    expect(h2).not.toBe('rgb(255, 0, 0)');
    expect(
      await w
        // the first box to type in (the year is a select, then come radios)
        .locator('input:not([type=radio]):not([type=checkbox])')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width),
    ).toBeGreaterThan(100);

    // About the person: the year is chosen from the years the data covers, later ones marked as carried forward
    const years = await w.getByLabel('结算年度').locator('option').allTextContents();
    expect(years[0]).toBe('2015');
    expect(years[1]).toBe('2016（数值沿用，未经核对）');
    await w.getByLabel('结算年度').selectOption('2015');
    await w.getByRole('radio', { name: '统账二（设个人账户）' }).check();
    await w.getByRole('radio', { name: '退休' }).check();
    await w.getByLabel('出生日期').fill('1945-03-10');

    // Start from one bill, switch its type back and forth, then add two more
    const bill = (n: number) => w.getByRole('group', { name: `第 ${n} 笔费用`, exact: true });
    await w.getByRole('button', { name: '删除 第 3 笔费用' }).click();
    await w.getByRole('button', { name: '删除 第 2 笔费用' }).click();
    await expect(bill(2).count()).resolves.toBe(0);
    await bill(1).getByLabel('费用类别').selectOption('home-sickbed');
    await expect(bill(1).getByLabel('家庭病床月数').count()).resolves.toBe(1);
    await bill(1).getByLabel('费用类别').selectOption('outpatient');
    await bill(1).getByLabel('就诊日期').fill('2015-02-01');
    await bill(1).getByRole('radio', { name: '社区卫生服务机构' }).check();
    // amounts as people type them: thousands separators, full-width digits from an IME, a space
    await bill(1).getByLabel('符合规定的费用（元）').fill('1,500');

    await w.getByRole('button', { name: '＋ 添加费用' }).click();
    expect(await activeId(page)).toBe('pc.claims.1.kind'); // focus goes to the new bill
    await bill(2).getByLabel('就诊日期').fill('2015-03-01');
    await bill(2).getByRole('radio', { name: '其他医疗机构或药店' }).check();
    await bill(2).getByLabel('符合规定的费用（元）').fill('２０００');

    await w.getByRole('button', { name: '＋ 添加费用' }).click();
    await bill(3).getByLabel('费用类别').selectOption('inpatient');
    await bill(3).getByLabel('入院日期').fill('2015-05-01');
    await bill(3).getByRole('radio', { name: '三级（市级）' }).check();
    await bill(3).getByLabel('符合规定的费用（元）').fill('30 000');

    const sent = page.waitForRequest((r) => r.method() === 'POST');
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => figure(page, 'pooledFund').textContent(), { timeout: 15_000 }).toBe('25,460.00');
    // sent as the numbers they mean (the API's types do not change)
    expect((JSON.parse((await sent).postData()!) as { claims: { eligibleAmount: unknown }[] }).claims.map((c) => c.eligibleAmount)).toEqual(
      [1500, 2000, 30000],
    );
    expect(await figure(page, 'personalAccount').textContent()).toBe('1,920.00');
    expect(await figure(page, 'criticalIllness').textContent()).toBe('0.00');
    expect(await figure(page, 'selfBurden').textContent()).toBe('6,120.00');
    expect(await figure(page, 'selfPay').textContent()).toBe('0.00');
    expect(await figure(page, 'total').textContent()).toBe('33,500.00');
    expect(await w.locator('[data-figure="selfBurden"] .name').textContent()).toBe('个人自负');
    // the live region tells a screen reader what happened
    await expect.poll(() => w.getByRole('status').textContent()).toContain('统筹基金支付 25,460.00 元');
    // the chart: one bar segment per non-zero part, with a text alternative
    expect(await w.locator('svg.bar rect').count()).toBe(3);
    expect(await w.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    // how it was calculated, each step with its article
    const details = w.locator('details.steps');
    expect(await details.getAttribute('open')).toBeNull();
    await w.getByText('计算过程与依据').click();
    expect(await details.getAttribute('open')).toBe('');
    await expect(details.getByText('第2笔（2015-03-01 门诊）：门诊统筹').isVisible()).resolves.toBe(true);
    expect(await details.locator('cite').allTextContents()).toContain('嘉政发〔2014〕87号 第二十三条、第二十四条（一）');
    // the steps read in Chinese (the API sends each step in both languages)
    await expect(details.getByText(/个人账户（余额 420.00 元）先付 420.00 元/).isVisible()).resolves.toBe(true);
    // the notice that the values are carried forward stands above the figures; the disclaimer is the calculator's own
    expect(await w.locator('.notices').textContent()).toContain('数值已与公开文件核对至 2015-01-31');
    const resultText = (await w.locator('.result').textContent())!;
    expect(resultText.indexOf('请注意')).toBeLessThan(resultText.indexOf('费用分担'));
    expect(await w.locator('.disclaimer').textContent()).toBe('本结果按公开文件测算，仅供参考；实际报销以医保经办机构的结算为准。');
    await page.screenshot({ path: `${ARTIFACTS}/widget-zh.png`, fullPage: true });

    // Switch language: same figures, English words, focus stays on the switch
    await w.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => w.locator('[data-figure="pooledFund"] .name').textContent()).toBe('Pooled fund');
    expect(await figure(page, 'pooledFund').textContent()).toBe('25,460.00');
    expect(await w.locator('[data-figure="selfBurden"] .name').textContent()).toBe('Own share');
    await expect(w.getByLabel('Date of birth').inputValue()).resolves.toBe('1945-03-10');
    await expect(w.getByRole('group', { name: 'Bill 3', exact: true }).getByLabel('Admission date').inputValue()).resolves.toBe(
      '2015-05-01',
    );
    expect(await w.getAttribute('lang')).toBe('en');
    expect(await activeId(page)).toBe('pc-lang');
    expect(await w.locator('details.steps').textContent()).toContain('Bill 2 (2015-03-01 outpatient): outpatient pooling');
    await page.screenshot({ path: `${ARTIFACTS}/widget-en.png`, fullPage: true });

    // Print: no buttons on paper
    await page.emulateMedia({ media: 'print' });
    expect(await w.getByRole('button', { name: 'Calculate', exact: true }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks an answer stale when an input changes; shows the API's 422 errors next to their field in Chinese, naming the bill; works from the keyboard", async () => {
    const { page, w, errors } = await open(`${site}/`);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => figure(page, 'pooledFund').textContent(), { timeout: 15_000 }).toBe('25,460.00');
    expect(await w.locator('.result').getAttribute('class')).toBe('result');
    expect(await w.locator('.stale-note').count()).toBe(0);

    // A rule only the API knows: every bill must fall in the settlement year. Typing makes the answer stale at once.
    await w.locator('[data-pointer="/claims/0/date"] input').fill('2016-02-01');
    await expect.poll(() => w.locator('.result').getAttribute('class')).toBe('result stale');
    expect(await w.locator('.stale-note').textContent()).toBe('结果已过期，请重新计算。');
    expect(Number(await styleOf(w.locator('.result .body'), 'opacity'))).toBeLessThan(1);
    await w.locator('[data-pointer="/claims/0/eligibleAmount"] input').focus();
    await page.keyboard.press('Enter'); // implicit submission from a text field
    await expect.poll(() => activeId(page), { timeout: 15_000 }).toBe('pc-summary');
    expect(posts).toEqual([`${api}/v1/calculators/employee-medical-settlement`, `${api}/v1/calculators/employee-medical-settlement`]);
    // the failed submit leaves the old answer marked stale, not shown as if it answered the form
    expect(await w.locator('.stale-note').isVisible()).toBe(true);
    const fieldError = w.locator('[data-pointer="/claims/0/date"] .error');
    const said = (await fieldError.textContent())!.replace('⚠', '').trim();
    // in Chinese (the API's message.zh, or a sentence of the widget while the API sends English strings), never English
    expect(said).toMatch(/[\u4e00-\u9fff]/);
    expect(said).not.toMatch(/[A-Za-z]{2}/);
    expect(await w.locator('[data-pointer="/claims/0/date"] input').getAttribute('aria-invalid')).toBe('true');
    const describedBy = await w.locator('[data-pointer="/claims/0/date"] input').getAttribute('aria-describedby');
    expect(describedBy).toContain(await fieldError.getAttribute('id'));
    const summary = (await w.locator('#pc-summary li').allTextContents()).map((x) => x.trim());
    expect(summary).toContain(`第 1 笔费用 · 就诊日期：${said}`);
    expect(new Set(summary).size).toBe(summary.length); // the same line once
    expect(await w.locator('#pc-summary').textContent()).not.toMatch(/[{}"]|\/claims/);
    // Tab to the summary's link, Enter: focus lands in the field
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('pc.claims.0.date');

    // Checks the schema states happen before any request, in the widget's language
    await w.locator('[data-pointer="/claims/0/date"] input').fill('2015-02-01');
    await w.locator('[data-pointer="/claims/1/eligibleAmount"] input').fill('12.345');
    await w.locator('[data-pointer="/claims/2/eligibleAmount"] input').fill('1,2');
    await w.locator('[data-pointer="/person/birthDate"] input').fill('');
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => activeId(page)).toBe('pc-summary');
    expect(await w.locator('[data-pointer="/claims/1/eligibleAmount"] .error').textContent()).toContain('金额最多两位小数');
    expect(await w.locator('[data-pointer="/claims/2/eligibleAmount"] .error').textContent()).toContain('请检查千位分隔符');
    expect(await w.locator('[data-pointer="/person/birthDate"] .error').textContent()).toContain('请填写此项');
    expect(await w.locator('#pc-summary li').allTextContents()).toEqual([
      '出生日期：请填写此项',
      '第 2 笔费用 · 符合规定的费用（元）：金额最多两位小数',
      '第 3 笔费用 · 符合规定的费用（元）：请检查千位分隔符，例如 1,200',
    ]);
    expect(posts).toHaveLength(2);
    await page.screenshot({ path: `${ARTIFACTS}/widget-errors-zh.png`, fullPage: true });

    // corrected, the next answer replaces the stale one
    await w.locator('[data-pointer="/person/birthDate"] input').fill('1945-03-10');
    await w.locator('[data-pointer="/claims/1/eligibleAmount"] input').fill('2,000');
    await w.locator('[data-pointer="/claims/2/eligibleAmount"] input').fill('30,000');
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => w.locator('.result').getAttribute('class'), { timeout: 15_000 }).toBe('result');
    expect(await figure(page, 'pooledFund').textContent()).toBe('25,460.00');

    // the only console error is the browser's own report of the 422 response
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    await page.close();
  });

  it('says a problem that is not about fields in words of its own, never its English detail', async () => {
    const { page, w, errors } = await open(`${site}/`);
    // a limit reached (the answer has no message pair): a sentence for its code
    await page.route(`${api}/v1/calculators/employee-medical-settlement`, (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '60', 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({
          type: '/problems/rate-limited',
          title: 'Too many requests',
          status: 429,
          detail: 'Rate limit exceeded: 600 requests in 60 s',
        }),
      }),
    );
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => activeId(page), { timeout: 15_000 }).toBe('pc-summary');
    expect(await w.locator('#pc-summary').textContent()).toBe('无法计算请求过于频繁，请一分钟后再试。');
    await page.unroute(`${api}/v1/calculators/employee-medical-settlement`);
    await page.route(`${api}/v1/calculators/employee-medical-settlement`, (route) => route.abort('connectionrefused'));
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => w.locator('#pc-summary p').textContent(), { timeout: 15_000 }).toBe('无法连接计算服务，请稍后再试。');
    expect(errors.filter((e) => !/status of 429|ERR_CONNECTION_REFUSED|Failed to fetch/.test(e))).toEqual([]);
    await page.close();
  });

  it('fits a 320 px phone, moves focus sensibly when bills are added or removed, and meets AA contrast in both themes', async () => {
    const { page, w, errors } = await open(`${site}/`, { width: 320, height: 640 });
    const overflow = await page.evaluate(`[document.documentElement.scrollWidth, document.documentElement.clientWidth]`);
    expect((overflow as number[])[0]).toBeLessThanOrEqual((overflow as number[])[1]!);
    expect(await w.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);

    await w.getByRole('button', { name: '＋ 添加费用' }).click();
    expect(await activeId(page)).toBe('pc.claims.3.kind');
    expect(await w.getByRole('group', { name: /^第 \d 笔费用$/ }).count()).toBe(4);
    await w.getByRole('button', { name: '删除 第 4 笔费用' }).click();
    // focus goes to the bill now last (its legend is read), not lost to the page
    expect(await page.evaluate(`document.querySelector('policy-calculator').shadowRoot.activeElement?.dataset.pointer`)).toBe('/claims/2');
    expect(await w.getByRole('group', { name: /^第 \d 笔费用$/ }).count()).toBe(3);

    await w.getByRole('button', { name: '计算', exact: true }).click();
    await figure(page, 'pooledFund').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/widget-320.png`, fullPage: true });
    const overflowAfter = await page.evaluate(`[document.documentElement.scrollWidth, document.documentElement.clientWidth]`);
    expect((overflowAfter as number[])[0]).toBeLessThanOrEqual((overflowAfter as number[])[1]!);

    for (const theme of ['light', 'dark']) {
      await w.evaluate((el, t) => el.setAttribute('theme', t), theme);
      const colours = (await w.evaluate((host) => {
        const g = globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> };
        const r = (host as unknown as { shadowRoot: { querySelector(s: string): unknown } }).shadowRoot;
        const c = (sel: string, prop = 'color') => g.getComputedStyle(r.querySelector(sel))[prop]!;
        const bg = c('.wrap', 'backgroundColor');
        return {
          bg,
          pairs: {
            text: [c('.wrap'), bg],
            hint: [c('.hint'), bg],
            desc: [c('.desc'), bg],
            optional: [c('.optional'), bg],
            primary: [c('button.primary'), c('button.primary', 'backgroundColor')],
            secondary: [c('button.secondary'), bg],
            share: [c('.legend .share'), bg],
            key: [c('.k'), bg],
            inputBorder: [c('input[type=text]', 'borderTopColor'), bg],
            chart: [c('rect.seg-pooledFund', 'fill'), bg],
          },
        };
      })) as { bg: string; pairs: Record<string, [string, string]> };
      for (const [name, [fg, bgc]] of Object.entries(colours.pairs)) {
        const min = name === 'inputBorder' || name === 'chart' ? 3 : 4.5;
        expect({ theme, name, ok: contrast(fg, bgc) >= min, ratio: contrast(fg, bgc).toFixed(2) }).toMatchObject({ ok: true });
      }
      if (theme === 'dark') expect(colours.bg).toBe('rgb(22, 24, 29)');
    }
    await page.screenshot({ path: `${ARTIFACTS}/widget-320-dark.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a strict host CSP, themed with the host brand colour (--policy-brand)', async () => {
    const { page, w, errors } = await open(`${site}/strict`);
    expect(await styleOf(w.locator('button.primary'), 'backgroundColor')).toBe(BRAND);
    await w.getByRole('button', { name: '计算', exact: true }).click();
    await expect.poll(() => figure(page, 'pooledFund').textContent(), { timeout: 15_000 }).toBe('25,460.00');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the demo page served by the Worker', () => {
  it('shows a working widget for every calculator under the Worker CSP (script-src self), with the snippet', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${api}/widget/demo`);
    const list = (await (await fetch(`${api}/v1/calculators`)).json()) as { calculators: { id: string; titles: { zh: string } }[] };
    for (const c of list.calculators) {
      const w = page.locator(`policy-calculator[calculator="${c.id}"]`).first();
      await w.locator('form').waitFor();
      expect(await w.locator('h2').textContent()).toBe(c.titles.zh);
      // every shape of input is a control to fill: no JSON to type
      expect(await w.locator('textarea').count()).toBe(0);
    }
    expect(await page.locator('pre code').first().textContent()).toContain(`<script src="${api}/widget.js" defer></script>`);
    const dark = page.locator('policy-calculator[theme="dark"]');
    await dark.locator('form').waitFor();
    expect(await dark.locator('h2').textContent()).toMatch(/[A-Za-z]/);
    await dark.getByRole('button', { name: 'Calculate', exact: true }).click();
    await expect.poll(() => dark.locator('[data-figure="pooledFund"] .num').textContent(), { timeout: 15_000 }).toBe('25,460.00');
    // 23 widgets on one page: a tall shot, slow on a shared machine
    await page.screenshot({ path: `${ARTIFACTS}/widget-demo.png`, fullPage: true, timeout: 90_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
