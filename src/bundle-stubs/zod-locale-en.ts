/**
 * Stands in for zod's English messages in the Worker bundle (wrangler.toml [alias]). The API words every
 * validation error itself, in Chinese and English (src/engine/input-issues.ts), and never shows zod's sentences,
 * so the Worker leaves them out; zod then says "Invalid input". Node (build scripts, unit tests) uses zod unchanged.
 */
export default function en() {
  return { localeError: () => 'Invalid input' };
}
