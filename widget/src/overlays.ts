/**
 * How a calculator's form and answer read to people, as the API publishes them with its JSON Schemas (`x-form` on
 * the input, `x-result` on the output; written in each calculator's docs): labels, help, option labels, item nouns
 * and controls by path. Everything not named there comes from the schema, so a field added to the API still appears.
 */
import type { FormOverlay } from './form-model';
import type { ResultOverlay } from './result-model';
import type { CalculatorInfo } from './types';

export const formOverlayOf = (info: CalculatorInfo): FormOverlay => (info.input['x-form'] as FormOverlay | undefined) ?? {};
export const resultOverlayOf = (info: CalculatorInfo): ResultOverlay => (info.output['x-result'] as ResultOverlay | undefined) ?? {};
