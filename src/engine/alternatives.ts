import { DOCUMENTED } from '../documented';
import { z } from '@hono/zod-openapi';
import { type Localized, localizedSchema } from '../tables/model';
import type { Notice } from './notices';

/**
 * Where the text admits two readings and the answer depends on which: the answer is computed on one reading and says
 * which (`reading`), and lists the others (`alternatives`), each with its reading and only the answer's fields that
 * would differ under it. A notice `alternative-reading` tells the reader in plain words. One shape for every
 * calculator:
 *
 *   { …fields, reading: { zh, en }, alternatives: [{ reading: { zh, en }, …the fields that differ }] }
 *
 * `alternatives` is empty when the readings agree on this case (the `reading` is still named).
 */
export interface Alternative<T> {
  reading: Localized;
  /** the fields of the answer that differ under this reading */
  differs: Partial<T>;
}

// output-only schemas: written DOCUMENTED && … (src/documented.ts), so the Worker never builds them
export const readingSchema =
  DOCUMENTED && localizedSchema.openapi({ description: 'The reading of the text this answer uses, where the text admits more than one' });

/** `alternatives` of an answer whose differing fields are those of `fields` (each optional: only those that differ). */
export const alternativesSchema = <S extends z.ZodRawShape>(fields: S) =>
  DOCUMENTED &&
  z
    .array(
      z
        .object({ reading: localizedSchema, ...fields })
        .partial()
        .required({ reading: true }),
    )
    .openapi(
      DOCUMENTED && {
        description:
          'The other readings of the text and the fields of the answer that would differ under each (only those); empty when the readings agree here',
      },
    );

/** The alternatives as the answer lists them: each reading with the fields that differ. */
export const listAlternatives = <T>(alts: Alternative<T>[]): ({ reading: Localized } & Partial<T>)[] =>
  alts.map((a) => ({ reading: a.reading, ...a.differs }));

/** The notice of an answer resting on one of two readings of `article`, when the other would change it. */
export const alternativeReadingNotice = (article: string, used: Localized, other: Localized): Notice => ({
  code: 'alternative-reading',
  zh: `${article}可有两种理解。本结果按“${used.zh}”计算；如按“${other.zh}”，结果不同（另一种理解下的结果一并列出）。`,
  en: `${article} can be read two ways. This answer reads it as: ${used.en}; read as: ${other.en}, the answer differs (listed as the other reading).`,
});
