/**
 * widget.js — embed with
 *   <script src="https://<worker-host>/widget.js" defer></script>
 *   <policy-calculator calculator="employee-medical-settlement" lang="zh-CN"></policy-calculator>
 * The API is the origin (and path) this script was loaded from, read once while the script runs
 * (document.currentScript); a widget's `api` attribute overrides it.
 */
import { definePolicyCalculator } from './element';

function scriptBase(): string {
  const current = document.currentScript;
  const src =
    current instanceof HTMLScriptElement && current.src
      ? current.src
      : Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).find((s) => /\/widget\.js(\?|#|$)/.test(s.src))?.src;
  return new URL('./', src ?? document.baseURI).href;
}

definePolicyCalculator(scriptBase());
