/**
 * The rule for an answer on screen: it is the answer to the form as it was sent. As soon as an input changes or a
 * submit fails (the form's checks, the API's problem, the network) it no longer answers what the form says, so it is
 * marked stale (greyed, "结果已过期，请重新计算") until the next answer replaces it; a reset clears it.
 */
export interface Shown<T> {
  output: T | null;
  stale: boolean;
}

export type ShownEvent<T> = { t: 'edited' } | { t: 'failed' } | { t: 'answered'; output: T } | { t: 'reset' };

export function nextShown<T>(s: Shown<T>, e: ShownEvent<T>): Shown<T> {
  switch (e.t) {
    case 'answered':
      return { output: e.output, stale: false };
    case 'reset':
      return { output: null, stale: false };
    default:
      return { output: s.output, stale: s.output !== null };
  }
}
