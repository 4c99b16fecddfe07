/**
 * The widget's styles, inside its shadow root: the host page's CSS cannot reach in (`all: initial` also
 * stops inherited fonts and colours), and these rules cannot leak out. Hosts theme it through CSS custom
 * properties, which do cross the shadow boundary on purpose: --policy-brand, --policy-brand-contrast,
 * --policy-font, --policy-radius. Colour pairs meet WCAG AA (text ≥ 4.5:1, chart and borders ≥ 3:1).
 */
const light = `
  --pc-bg: #ffffff; --pc-subtle: #f5f7fa; --pc-text: #1b1f24; --pc-muted: #4b5563; --pc-line: #d0d5dd; --pc-border: #6b7280;
  --pc-field: #ffffff; --pc-error: #b3261e; --pc-brand: var(--policy-brand, #0b5cad); --pc-on-brand: var(--policy-brand-contrast, #ffffff);
  --pc-focus: var(--policy-brand, #0b5cad);
  --pc-c1: #1d4ed8; --pc-c2: #6d28d9; --pc-c3: #047857; --pc-c4: #b45309; --pc-c5: #be123c;
  --pc-ok: #046c4e; --pc-no: #b3261e; --pc-na: #4b5563; --pc-note-bg: #fff8e1; --pc-note-line: #b45309;`;
const dark = `
  --pc-bg: #16181d; --pc-subtle: #1f232a; --pc-text: #e8eaed; --pc-muted: #b0b7c3; --pc-line: #3a404b; --pc-border: #8b93a1;
  --pc-field: #0f1115; --pc-error: #ffb4ab; --pc-brand: var(--policy-brand, #8ab4f8); --pc-on-brand: var(--policy-brand-contrast, #0b1b33);
  --pc-focus: var(--policy-brand, #8ab4f8);
  --pc-c1: #93c5fd; --pc-c2: #c4b5fd; --pc-c3: #6ee7b7; --pc-c4: #fcd34d; --pc-c5: #fda4af;
  --pc-ok: #6ee7b7; --pc-no: #ffb4ab; --pc-na: #b0b7c3; --pc-note-bg: #2a2416; --pc-note-line: #fcd34d;`;

export const CSS = `
:host { all: initial; display: block; ${light} }
:host([hidden]) { display: none; }
:host([theme="dark"]) { ${dark} }
@media (prefers-color-scheme: dark) { :host([theme="auto"]) { ${dark} } }
*, *::before, *::after { box-sizing: border-box; }
.wrap { all: initial; display: block; background: var(--pc-bg); color: var(--pc-text); border: 1px solid var(--pc-line); border-radius: var(--policy-radius, 8px);
  padding: 1em; max-width: 60em; text-align: left; font-size: medium; line-height: 1.5;
  font-family: var(--policy-font, system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif); }
/* .wrap resets everything it could inherit from the host element (even the host page's !important rules on it);
   sizes are in em of the user's default font size (medium), never em of a host page's root. */
header { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: flex-start; justify-content: space-between; }
h2 { font-size: 1.25em; line-height: 1.3; margin: 0; flex: 1 1 12em; }
h3 { font-size: 1.125em; margin: 0 0 .5em; }
.desc { color: var(--pc-muted); margin: .25em 0 1em; }
p { margin: 0; }
fieldset { border: 1px solid var(--pc-line); border-radius: 6px; margin: 0 0 1em; padding: .75em; min-width: 0; }
legend { font-weight: 600; padding: 0 .25em; }
.item { background: var(--pc-subtle); }
.grid { display: grid; gap: .75em 1em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr)); align-items: start; }
/* a list or group among fields takes the whole row, not one narrow column */
.grid > .list, .grid > .group { grid-column: 1 / -1; }
.field { display: flex; flex-direction: column; gap: .25em; min-width: 0; }
.field > label { font-weight: 600; }
.optional { font-weight: 400; color: var(--pc-muted); white-space: nowrap; }
input[type="text"], input[type="date"], input[type="datetime-local"], input[type="month"], select, textarea { font: inherit; color: var(--pc-text); background: var(--pc-field); border: 1px solid var(--pc-border);
  border-radius: 4px; padding: .5em; width: 100%; min-height: 2.75em; max-width: 100%; }
:host([theme="dark"]) input, :host([theme="dark"]) select { color-scheme: dark; }
.with-unit { display: flex; align-items: center; gap: .5em; }
.with-unit input { flex: 1; min-width: 0; }
.unit { color: var(--pc-muted); }
.radios { border: none; padding: 0; margin: 0; }
.radios > legend { padding: 0; margin-bottom: .25em; }
.choices { display: flex; flex-wrap: wrap; gap: 0 1em; }
.choice { display: inline-flex; align-items: center; gap: .5em; min-height: 2.75em; cursor: pointer; }
input[type="radio"] { width: 1.25em; height: 1.25em; margin: 0; accent-color: var(--pc-brand); flex: none; }
form > .field { max-width: 26em; }
.hint { color: var(--pc-muted); font-size: .875em; }
/* a long identifier or address in prose wraps rather than widening a phone's page */
.hint, .error, label, legend, .desc, dd { overflow-wrap: anywhere; }
.error { color: var(--pc-error); font-weight: 600; }
[aria-invalid="true"] { border-color: var(--pc-error) !important; border-width: 2px !important; }
:focus-visible { outline: 3px solid var(--pc-focus); outline-offset: 2px; }
fieldset:focus { outline: none; }
fieldset:focus-visible { outline: 3px solid var(--pc-focus); }
button { font: inherit; font-weight: 600; border-radius: 4px; padding: .5em 1em; min-height: 2.75em; cursor: pointer; border: 2px solid var(--pc-brand); }
button.primary { background: var(--pc-brand); color: var(--pc-on-brand); }
button.secondary { background: transparent; color: var(--pc-brand); }
button[aria-disabled="true"] { opacity: .7; cursor: progress; }
.remove { margin-top: .75em; }
.actions { display: flex; flex-wrap: wrap; gap: .75em; margin-top: .5em; }
.summary { border: 2px solid var(--pc-error); border-radius: 6px; padding: .75em; margin: 0 0 1em; }
.summary:focus { outline: 3px solid var(--pc-focus); }
.summary h3 { color: var(--pc-error); font-size: 1em; }
.summary ul { margin: .25em 0 0; padding-left: 1.25em; }
.summary button { border: none; padding: 0; min-height: 0; background: none; color: var(--pc-error); text-decoration: underline; text-align: left; font-weight: 600; }
.result { margin-top: 1.5em; border-top: 2px solid var(--pc-line); padding-top: 1em; }
.result h3:focus { outline: none; }
.split-title { font-weight: 600; margin-bottom: .5em; }
.bar { display: block; width: 100%; height: 2em; border-radius: 4px; overflow: hidden; background: var(--pc-subtle); }
.seg { stroke: var(--pc-bg); stroke-width: 2px; vector-effect: non-scaling-stroke; }
rect.seg-pooledFund { fill: var(--pc-c1); } rect.seg-criticalIllness { fill: var(--pc-c2); } rect.seg-personalAccount { fill: var(--pc-c3); }
rect.seg-selfBurden { fill: var(--pc-c4); } rect.seg-selfPay { fill: var(--pc-c5); }
.swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px; }
span.seg-pooledFund { background: var(--pc-c1); } span.seg-criticalIllness { background: var(--pc-c2); } span.seg-personalAccount { background: var(--pc-c3); }
span.seg-selfBurden { background: var(--pc-c4); } span.seg-selfPay { background: var(--pc-c5); }
.legend { list-style: none; padding: 0; margin: .75em 0 0; }
.legend li { display: grid; grid-template-columns: 1em minmax(0, 1fr) auto 3.4em; gap: .5em; align-items: center; padding: .35em 0; border-bottom: 1px solid var(--pc-line); }
.legend .amount, .legend .share { text-align: right; white-space: nowrap; }
.legend .share { font-size: .8125em; }
.legend .share { color: var(--pc-muted); font-size: .875em; }
.legend .total { font-weight: 700; border-bottom: none; }
.num { font-variant-numeric: tabular-nums; font-weight: 600; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr)); gap: .5em 1em; margin: 1em 0; }
.figures dt { color: var(--pc-muted); font-size: .875em; }
.figures dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 1em 0;
  background: linear-gradient(to right, var(--pc-bg) 30%, transparent) left / 2em 100% no-repeat local, linear-gradient(to left, var(--pc-bg) 30%, transparent) right / 2em 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), transparent) left / .75em 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), transparent) right / .75em 100% no-repeat scroll; }
table { border-collapse: collapse; width: 100%; font-size: .875em; }
caption { text-align: left; font-weight: 600; padding-bottom: .25em; }
th, td { border-bottom: 1px solid var(--pc-line); padding: .35em .5em; text-align: left; white-space: nowrap; }
thead th { white-space: normal; vertical-align: bottom; min-width: 3em; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
.basis { margin: 1em 0 0; font-size: .875em; }
.nw { white-space: nowrap; }
details.steps { margin: 1em 0; }
details.steps > summary { cursor: pointer; font-weight: 600; color: var(--pc-brand); padding: .5em 0; }
.steps ol { padding-left: 1.5em; margin: .25em 0; }
.steps li { margin: 0 0 .75em; }
.step-title { font-weight: 600; }
.k { color: var(--pc-muted); }
cite { font-style: normal; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; white-space: pre-wrap; overflow-wrap: anywhere; }
.disclaimer { font-size: .8125em; color: var(--pc-muted); margin-top: 1em; }
.item-row { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5em 1em; margin: 0 0 .75em; }
.item-row > .field { flex: 1 1 12em; }
.item-row > .remove { margin-top: 0; }
.notices { background: var(--pc-note-bg); border-left: 4px solid var(--pc-note-line); border-radius: 4px; padding: .5em .75em; margin: 0 0 1em; }
.notices h4 { margin: 0 0 .25em; font-size: 1em; }
.notices ul { margin: 0; padding-left: 1.25em; }
.part { margin: 1em 0; }
.part h4, .part h5 { font-size: 1em; margin: 0 0 .25em; }
.part .part { margin: .5em 0 .5em .75em; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .5em; }
.card { border: 1px solid var(--pc-line); border-radius: 6px; padding: .5em .75em; }
.card-title { font-weight: 600; }
.card .figures { margin: .25em 0 0; }
.badge { display: inline-block; font-weight: 700; font-size: .875em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35em; white-space: nowrap; }
.badge.neutral { color: var(--pc-text); } .badge.met { color: var(--pc-ok); } .badge.not_met { color: var(--pc-no); } .badge.not_applicable, .badge.not_assessed, .badge.undetermined { color: var(--pc-na); }
.reason { color: var(--pc-muted); font-weight: 400; }
.stale-note { font-weight: 700; color: var(--pc-error); margin: 0 0 .5em; }
.stale .body { opacity: .5; filter: grayscale(1); }
@media (max-width: 30em) { .wrap { padding: .75em; } fieldset { padding: .5em; } }
/* a table on a phone: one card per row, each value under its column's name, nothing cut off at the right */
@media (max-width: 30em) {
  .table-wrap thead { position: absolute; left: -9999px; }
  .table-wrap caption { display: block; text-align: left; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr, .table-wrap th, .table-wrap td { display: block; width: auto; }
  .table-wrap tr { border: 1px solid var(--pc-line); border-radius: 6px; padding: .25em .5em; margin: 0 0 .5em; }
  .table-wrap th, .table-wrap td { border: none; text-align: left; white-space: normal; padding: .15em 0; }
  .table-wrap [data-label]::before { content: attr(data-label); display: block; color: var(--pc-muted); font-size: .8125em; font-weight: 400; }
}
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (forced-colors: active) { .swatch, .seg { forced-color-adjust: none; } }
@media print {
  :host { ${light} color: #000; }
  .wrap { border: none; padding: 0; background: #fff; }
  button, .actions, .lang { display: none !important; }
  .stale .body { opacity: 1; filter: none; }
  fieldset, .item { break-inside: avoid; background: none; }
  .table-wrap { overflow: visible; background: none; }
  th, td { white-space: normal; }
  .bar, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
