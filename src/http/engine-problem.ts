import type { EngineError, EngineErrorKind } from '../engine/errors';
import { type Problem, type ProblemType, problem, validationProblem } from './problem';

const TYPES: Record<Exclude<EngineErrorKind, 'invalid-input'>, ProblemType> = {
  'not-published': 'not-published',
  'not-in-force': 'not-in-force',
  refused: 'calculation-refused',
  'too-large': 'calculation-refused',
};

/** The problem+json of an engine error: where the pure engine's reasons become HTTP answers. */
export function problemOf(e: EngineError): Problem {
  const { fields, ...members } = e.details;
  if (e.kind === 'invalid-input') return validationProblem('body', fields ?? []);
  return problem(TYPES[e.kind], e.text, members);
}
