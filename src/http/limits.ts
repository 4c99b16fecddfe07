/** Request limits (not policy values): documented in the OpenAPI document and the README. */

/** A single request's body. */
export const MAX_BODY_BYTES = 64 * 1024;
/** The requests of one batch (POST /v1/calculators/{id}/batch). */
export const MAX_BATCH_REQUESTS = 1000;
/** A batch's body. */
export const MAX_BATCH_BYTES = 1024 * 1024;

/** The body limit of a path: 1 MB for a batch, `single` for anything else. */
export const bodyLimitOf = (path: string, single: number) => (path.endsWith('/batch') ? MAX_BATCH_BYTES : single);
