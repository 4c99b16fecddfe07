/**
 * Stands in for zod's `core/regexes.js` in the Worker bundle (wrangler.toml [alias]). zod builds every string
 * format (e-mail, UUID, IP address, hash…) from this module, and the bundler cannot leave the unused ones out. The
 * Worker's schemas use none of them: the patterns of plain strings, numbers, booleans and the ISO date, time and
 * date-time are zod's own (re-exported below); a string format reached in the Worker refuses to test a value
 * instead of silently answering (test/worker/bundle-stubs.test.ts). Node uses zod unchanged.
 */
// zod's own regexes, from its file (not through the alias)
export {
  anyString,
  bigint,
  boolean,
  date,
  datetime,
  duration,
  extendedDuration,
  integer,
  lowercase,
  null,
  number,
  string,
  time,
  undefined,
  uppercase,
} from '../../node_modules/zod/v4/core/regexes.js';

/** A string format the Worker bundle does not carry. */
const absent = {
  source: '(?!)',
  flags: '',
  test(): boolean {
    throw new Error('this zod string format is not in the Worker bundle (src/bundle-stubs/zod-regexes.ts)');
  },
} as unknown as RegExp;
const absentOfLength = () => absent;

export {
  absent as base64,
  absent as base64url,
  absent as browserEmail,
  absent as cidrv4,
  absent as cidrv6,
  absent as creditCard,
  absent as cuid,
  absent as cuid2,
  absent as currencyCode,
  absent as domain,
  absent as e164,
  absent as email,
  absent as emoji,
  absent as guid,
  absent as hex,
  absent as hostname,
  absent as html5Email,
  absent as httpProtocol,
  absent as iban,
  absent as idnEmail,
  absent as ipv4,
  absent as ipv6,
  absent as ksuid,
  absent as mac,
  absent as md5_base64,
  absent as md5_base64url,
  absent as md5_hex,
  absent as nanoid,
  absent as rfc5322Email,
  absent as sha1_base64,
  absent as sha1_base64url,
  absent as sha1_hex,
  absent as sha256_base64,
  absent as sha256_base64url,
  absent as sha256_hex,
  absent as sha384_base64,
  absent as sha384_base64url,
  absent as sha384_hex,
  absent as sha512_base64,
  absent as sha512_base64url,
  absent as sha512_hex,
  absent as ulid,
  absent as unicodeEmail,
  absent as uuid4,
  absent as uuid6,
  absent as uuid7,
  absent as xid,
  absentOfLength as nanoidOfLength,
  absentOfLength as uuid,
};
