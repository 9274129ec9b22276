// fast-check arbitraries for hostile input: wrong types, sizes, encodings, characters and dates,
// and values shaped by an operation's JSON Schema (from GET /api/openapi.json) with hostile leaves,
// so a request gets past the outer checks often enough to reach the code behind them.
import fc from 'fast-check';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
};

const join = (parts: string[]) => parts.join('');

export const farDates = ['0001-01-01', '9999-12-31', '0000-00-00', '1900-02-29', '2026-02-30', '1970-01-01', '2026-13-01'];
export const farInstants = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59+14:00',
  '0001-01-01T00:00:00-12:00',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2026-03-08T02:30:00-05:00',
];
export const brokenPercent = ['%', '%Z', '%ZZ', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00', '%u0041', '%%', '%ED%A0%80'];

// NUL most often: Postgres refuses it in any text, where the other controls are only nonsense.
const controls = fc.oneof(
  { arbitrary: fc.constant('\u0000'), weight: 3 },
  fc.constantFrom('\u0001', '\u0007', '\u000b', '\u001b', '\u001f'),
);
const loneSurrogates = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');
const around = (middle: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 8 }), middle, fc.string({ maxLength: 8 })).map(join);

/** Weighted towards what broke before: characters Postgres or UTF-8 cannot carry, odd encodings and dates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: around(controls), weight: 3 },
  { arbitrary: around(loneSurrogates), weight: 3 },
  { arbitrary: fc.constantFrom(...brokenPercent, ...farDates, ...farInstants), weight: 2 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.fullUnicodeString({ maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\t',
      'null',
      'undefined',
      'NaN',
      '-1',
      '1e400',
      '0x10',
      '../../etc/passwd',
      "' OR 1=1 --",
      '<script>x</script>',
      '__proto__',
      'constructor',
      'America/Nowhere',
      'a@b',
      '\u202e',
      '\ufeff',
      '😀',
    ),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: 300, max: 70_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    -0.5,
    1e-300,
    1e308,
    -1e308,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    253402300800000,
    -62135596800001,
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/**
 * What only storage refuses: put into one string of an otherwise fitting request (free text fits
 * its schema with a NUL inside), it reaches the database unless the edge stops it.
 */
export const unstorable = fc.record({
  at: fc.nat(),
  text: fc.oneof({ arbitrary: fc.constant('\u0000'), weight: 3 }, loneSurrogates, controls),
});

/** Appends `text` to the `at`-th string leaf (modulo their number, in the top 20 levels); copies only along that path. */
export function poisonOneString<T>(value: T, at: number, text: string): T {
  const leaves: string[][] = [];
  const collect = (v: unknown, path: string[]) => {
    if (typeof v === 'string') leaves.push(path);
    else if (v && typeof v === 'object' && path.length < 20)
      for (const [k, item] of Object.entries(v)) collect(item, [...path, k]);
  };
  collect(value, []);
  const path = leaves[at % Math.max(leaves.length, 1)];
  if (!path) return value;
  const replace = (v: unknown, rest: string[]): unknown => {
    if (rest.length === 0) return `${(v as string).slice(0, 20)}${text}x`;
    const [key, ...tail] = rest as [string, ...string[]];
    const copy: Record<string, unknown> = Array.isArray(v)
      ? ([...v] as unknown as Record<string, unknown>)
      : { ...(v as object) };
    copy[key] = replace(copy[key], tail);
    return copy;
  };
  return replace(value, path) as T;
}

/** Nested arrays or objects far deeper than any schema. */
const deep = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant({}),
    fc.constant([]),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileJson, weight: 6 },
  { arbitrary: deep, weight: 1 },
);

/** null five times in six (fc.option's `freq` is the other way round: 1 in freq is null). */
export function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary, weight: 1 });
}

function typesOf(schema: JsonSchema): string[] {
  return schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
}

/**
 * A value that fits `schema` most of the time, with a hostile value in place of about one leaf in
 * ten: a request then often passes validation except for one field, or passes it entirely while
 * carrying text no column can store (NUL inside an otherwise valid note), which is what reaches the
 * code behind the schema.
 */
export function fromSchema(schema: JsonSchema | undefined, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  const fitting = fittingValue(schema ?? {}, ids, depth);
  return fc.oneof({ arbitrary: fitting, weight: 9 }, { arbitrary: hostileValue, weight: 1 });
}

function fittingValue(schema: JsonSchema, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return hostileJson;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const members = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (members?.length) return fc.oneof(...members.map((m) => fittingValue(m, ids, depth + 1)));
  const types = typesOf(schema);
  if (types.length > 1) return fc.oneof(...types.map((type) => fittingValue({ ...schema, type }, ids, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1_000_000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1_000_000;
      const inRange = fc.integer({ min: Math.max(Math.ceil(min), -1e9), max: Math.min(Math.floor(max), 1e9) });
      return fc.oneof({ arbitrary: inRange, weight: 4 }, { arbitrary: hostileNumber, weight: 1 });
    }
    case 'string':
      return stringFor(schema, ids);
    case 'array':
      return fc.array(fromSchema(schema.items, ids, depth + 1), { maxLength: 4 });
    case 'object': {
      const properties = schema.properties ?? {};
      if (Object.keys(properties).length === 0) return fc.dictionary(hostileString, hostileJson, { maxKeys: 3 });
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, fromSchema(s, ids, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k) => k in properties) },
      );
      // Sometimes an unknown extra field, or a hostile field name.
      return fc
        .tuple(record, rarely(fc.tuple(hostileString, hostileJson)))
        .map(([r, extra]) => (extra ? { ...r, [extra[0]]: extra[1] } : r));
    }
    default:
      return hostileJson;
  }
}

function matching(pattern: string): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return null; // a regex feature fast-check cannot generate from
  }
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const calendarDay = fc.oneof(
  { arbitrary: fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map(day), weight: 3 },
  { arbitrary: fc.constantFrom(...farDates), weight: 1 },
);
const instant = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    weight: 3,
  },
  { arbitrary: fc.constantFrom(...farInstants), weight: 1 },
);

function stringFor(schema: JsonSchema, ids: readonly string[]): fc.Arbitrary<string> {
  const maxLength = Math.min(schema.maxLength ?? 40, 200);
  const text = fc.string({ minLength: schema.minLength ?? 0, maxLength });
  const shaped =
    schema.format === 'date' || schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}$')
      ? calendarDay
      : schema.format === 'date-time'
        ? instant
        : schema.format === 'email'
          ? fc.emailAddress()
          : schema.pattern
            ? matching(schema.pattern)
            : null;
  const fitting = shaped
    ? [{ arbitrary: shaped, weight: 6 }]
    : [
        { arbitrary: text, weight: 3 },
        { arbitrary: fc.constantFrom(...ids), weight: 3 },
      ];
  return fc.oneof(
    ...fitting,
    { arbitrary: hostileString, weight: 1 },
    ...(schema.maxLength !== undefined ? [{ arbitrary: fc.constant('y'.repeat(schema.maxLength + 1)), weight: 1 }] : []),
  );
}
