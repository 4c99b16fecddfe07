/**
 * @policy-edge/client: a typed client of the policy-edge API. The types (`./schema`) and the default base URL and
 * calculator ids (`./generated`) are generated from the API's OpenAPI document by `npm run sdk:build` (openapi-typescript
 * with its default options); requests go through openapi-fetch, which checks paths, parameters and bodies at compile
 * time and adds nothing at run time but `fetch`.
 */
import createClient, { type ClientOptions } from 'openapi-fetch';
import { CALCULATOR_IDS, DEFAULT_BASE_URL } from './generated.js';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export { CALCULATOR_IDS, DEFAULT_BASE_URL };

/** A calculator's id: `POST /v1/calculators/{id}`. */
export type CalculatorId = (typeof CALCULATOR_IDS)[number];
type CalculatorPath<Id extends CalculatorId> = `/v1/calculators/${Id}`;
type CalculatorOperation<Id extends CalculatorId> = paths[CalculatorPath<Id>]['post'];

/** The request body of a calculator (fields with a default are optional). */
export type CalculatorRequest<Id extends CalculatorId> = CalculatorOperation<Id>['requestBody']['content']['application/json'];
type Answers<Id extends CalculatorId> = CalculatorOperation<Id>['responses'][200]['content']['application/json'];
/** A calculator's 200 answer: its figures, `trace`, `notices`, `data` and `defaultsApplied`. */
export type CalculatorAnswer<Id extends CalculatorId> = Exclude<Answers<Id>, { baseline: unknown }>;
/** The 200 answer to a request with a what-if `reform`: `{ baseline, reform, difference }`. */
export type CalculatorReformAnswer<Id extends CalculatorId> = Extract<Answers<Id>, { baseline: unknown }>;
/** A request with a what-if `reform` (README › What-if reforms). */
type ReformRequest<Id extends CalculatorId> = CalculatorRequest<Id> & { reform: NonNullable<CalculatorRequest<Id>['reform']> };
/** An RFC 9457 problem (application/problem+json): what every error answer carries. */
export type Problem = components['schemas']['Problem'];

/** The answer of `calculate`: the data, or the problem, and the raw response (headers: X-Request-Id, RateLimit-Policy…). */
export type CalculatorResult<Id extends CalculatorId, A = CalculatorAnswer<Id>> =
  | { data: A; error?: undefined; response: Response }
  | { data?: undefined; error: Problem; response: Response };

/**
 * A client of the API at `baseUrl` (default: the server of the OpenAPI document it was generated from). Every route
 * is typed: `GET`/`POST` take a path of the document, its parameters and body, and resolve to `{ data }` or
 * `{ error }`; `calculate(id, body)` is `POST /v1/calculators/{id}` for any calculator.
 */
export function createPolicyEdgeClient(options: ClientOptions = {}) {
  const client = createClient<paths>({ baseUrl: DEFAULT_BASE_URL, ...options });
  // a request with a reform is answered { baseline, reform, difference }; one without it, the plain answer
  function calculate<Id extends CalculatorId>(id: Id, body: ReformRequest<Id>): Promise<CalculatorResult<Id, CalculatorReformAnswer<Id>>>;
  function calculate<Id extends CalculatorId>(id: Id, body: CalculatorRequest<Id> & { reform?: never }): Promise<CalculatorResult<Id>>;
  function calculate(id: CalculatorId, body: unknown): Promise<unknown> {
    // one call for every calculator: the path is typed per id by CalculatorRequest / CalculatorAnswer above
    const post = client.POST as unknown as (path: string, init: { body: unknown }) => Promise<unknown>;
    return post(`/v1/calculators/${id}`, { body });
  }
  return Object.assign(client, { calculate });
}

export type PolicyEdgeClient = ReturnType<typeof createPolicyEdgeClient>;
