import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/**
 * Hostile requests generated from the OpenAPI document: for each operation, its path parameters,
 * query parameters, header parameters and body (JSON or multipart) filled with plausible,
 * hostile or invalid values. A request is "poisoned" when at least one part breaks the
 * document's schema in a way the API must refuse (a wrong type, a value outside an enum, a
 * string over its maxLength, a malformed uuid, date or URI, a missing required field, a field
 * the schema does not know, a body that is not a JSON object, an id that names nothing).
 */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface HostileRequest {
  /** The path with its parameters filled in and encoded, and the query string if any. */
  url: string;
  headers: Record<string, string>;
  body?: { contentType: string; payload: string | Buffer };
  /** What breaks the schema, for the failure message; empty when nothing does. */
  poisons: string[];
}

/** Strings an attacker would try; none of them is a uuid, a date or a URI. */
export const nasty: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE cases; --',
    '$1',
    '../../etc/passwd',
    '\u0000',
    '\ud800',
    '🙈'.repeat(200),
    'a'.repeat(70_000),
    '{"$gt": ""}',
    '<script>alert(1)</script>',
    '9'.repeat(400),
    '-1',
    'NaN',
    '1e309',
    '2026-13-45T99:99:99Z',
    '__proto__',
    'constructor',
  ),
);

/** Any JSON value, nested a little. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(nasty, tie('any'), { maxKeys: 4 }),
  ),
})).any;

const notAUuid = fc.oneof(
  nasty.filter((text) => !/^[0-9a-f-]{36}$/i.test(text)),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-00000000000g', "' OR '1'='1"),
);
const BAD_FORMATS: Record<string, fc.Arbitrary<string>> = {
  uuid: notAUuid,
  'date-time': fc.constantFrom('2026-13-45T99:99:99Z', 'yesterday', '2026-02-30T25:00:00Z', "now'; --", ''),
  date: fc.constantFrom('2026-13-45', 'not-a-date', '31/12/2026', "'; --", ''),
  uri: fc.constantFrom('not a url', 'http://', '://example.org', '\u0000', 'javascript:alert(1)'),
};

const wellFormed = (text: string) => text.toWellFormed();

export class SchemaReader {
  constructor(private readonly document: OpenApiDocument) {}

  resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    return this.resolve(this.document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  }

  /** A value the schema allows, or a hostile one where the schema says little (free text). */
  plausible(input: Schema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const value = this.plausibleNotNull(schema, ids);
    return schema.nullable ? fc.oneof(value, fc.constant(null)) : value;
  }

  private plausibleNotNull(schema: Schema, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
    if (schema.oneOf) return fc.oneof(...schema.oneOf.map((variant) => this.plausible(variant, ids)));
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type ?? 'unknown') {
      case 'string':
        if (schema.format === 'uuid') return ids;
        if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
        if (schema.format === 'date') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
        if (schema.format === 'uri') return fc.webUrl();
        return nasty.map((text) => (schema.maxLength === undefined ? text : text.slice(0, schema.maxLength)));
      case 'number':
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(schema.items ? this.plausible(schema.items, ids) : anyJson, { maxLength: 3 });
      case 'object':
        if (schema.properties) return this.plausibleObject(schema, ids);
        return anyJson;
      default:
        return anyJson;
    }
  }

  plausibleObject(schema: Schema, ids: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> {
    const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => !isFile(property));
    return fc.record(Object.fromEntries(properties.map(([name, property]) => [name, this.plausible(property, ids)])), {
      requiredKeys: (schema.required ?? []).filter((name) => properties.some(([known]) => known === name)),
    });
  }

  /**
   * A value the schema forbids whatever the rest of the request says, or null when the schema
   * allows anything of its type (free text). `textual`: the value travels as text (a query or a
   * form field), so only text can break it.
   */
  violation(input: Schema, textual = false): fc.Arbitrary<unknown> | null {
    const schema = this.resolve(input);
    const wrongType = (...values: unknown[]) => (textual ? null : fc.constantFrom(...values));
    const options: (fc.Arbitrary<unknown> | null)[] = [];
    if (schema.enum) {
      const allowed = new Set(schema.enum);
      options.push(nasty.filter((text) => !allowed.has(text)));
      options.push(wrongType(42, true, { $ne: null }, ['x']));
    } else {
      switch (schema.type ?? 'unknown') {
        case 'string':
          if (schema.format && BAD_FORMATS[schema.format]) options.push(BAD_FORMATS[schema.format]);
          if (schema.maxLength !== undefined) {
            const limit = schema.maxLength;
            options.push(fc.integer({ min: 1, max: 100 }).map((extra) => 'x'.repeat(limit + extra)));
          }
          options.push(wrongType(42, true, { $gt: '' }, ['x']));
          break;
        case 'number':
        case 'integer': {
          const numeric: unknown[] = textual ? ['abc', 'NaN', '1e309', ''] : ['1', { $gt: 0 }, [1], true];
          if (schema.type === 'integer') numeric.push(textual ? '1.5' : 1.5);
          if (schema.minimum !== undefined) numeric.push(textual ? String(schema.minimum - 1) : schema.minimum - 1);
          if (schema.maximum !== undefined) numeric.push(textual ? String(schema.maximum + 1) : schema.maximum + 1);
          options.push(fc.constantFrom(...numeric));
          break;
        }
        case 'boolean':
          options.push(fc.constantFrom(...(textual ? ['maybe', 'yes please', '2'] : ['true', 1, { $ne: false }])));
          break;
        case 'array': {
          options.push(wrongType({ $in: [] }, 'x', 42));
          const item = schema.items && this.violation(schema.items, textual);
          if (item) options.push(fc.array(item, { minLength: 1, maxLength: 2 }));
          break;
        }
        default:
          break;
      }
    }
    const possible = options.filter((option): option is fc.Arbitrary<unknown> => option !== null);
    if (!possible.length) return null;
    // An empty query value or form field may fairly be read as "not given".
    return textual ? fc.oneof(...possible).filter((value) => value !== '') : fc.oneof(...possible);
  }
}

const isFile = (schema: Schema) => schema.type === 'string' && schema.format === 'binary';

/** One way a part of the request can be: fine, or (when possible) poisoned with what it breaks. */
interface Part<T> {
  fine: fc.Arbitrary<T>;
  poisoned: fc.Arbitrary<{ value: T; poison: string }> | null;
}

/** A JSON object body: plausible fields, or one broken field, a missing required one, an unknown one. */
function objectBodyPart(reader: SchemaReader, schema: Schema, ids: fc.Arbitrary<string>): Part<unknown> {
  const fine = reader.plausibleObject(schema, ids);
  const known = new Set(Object.keys(schema.properties ?? {}));
  const poisons: fc.Arbitrary<{ value: unknown; poison: string }>[] = [
    fc
      .tuple(fine, nasty.filter((key) => !known.has(key)).map(wellFormed), anyJson)
      .map(([body, key, value]) => ({ value: withOwnKey(body, key, value), poison: `body field "${key}" is unknown` })),
    fc
      .constantFrom('[]', '[{}]', '"text"', '42', 'null', 'true', '{"a":', '{', '\u0000', '[[[[[[[[[[', '{"a":1}}')
      .map((text) => ({ value: new RawJson(text), poison: `the body is ${JSON.stringify(text)}` })),
  ];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const broken = isFile(property) ? null : reader.violation(property);
    if (broken) {
      poisons.push(
        fc.tuple(fine, broken).map(([body, value]) => ({
          value: { ...body, [name]: value },
          poison: `body field "${name}" is ${JSON.stringify(value)?.slice(0, 80)}`,
        })),
      );
    }
  }
  for (const name of schema.required ?? []) {
    poisons.push(
      fine.map((body) => {
        const { [name]: _missing, ...rest } = body;
        return { value: rest, poison: `body field "${name}" is missing` };
      }),
    );
  }
  return { fine, poisoned: fc.oneof(...poisons) };
}

/** A body key set as an own property, "__proto__" included (as JSON.parse would). */
function withOwnKey(body: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...body };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Body text sent as is, not as the JSON of a value. */
class RawJson {
  constructor(readonly text: string) {}
}

interface Form {
  fields: Record<string, string[]>;
  file: { name: string; content: Buffer } | null;
}

/** A multipart form: text fields (a field may repeat) and at most one file. */
function formPart(reader: SchemaReader, schema: Schema, ids: fc.Arbitrary<string>): Part<Form> {
  const properties = Object.entries(schema.properties ?? {}).filter(([, property]) => !isFile(property));
  const fileName = Object.entries(schema.properties ?? {}).find(([, property]) => isFile(property))?.[0] ?? 'file';
  const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  const fieldValues = (property: Schema) =>
    reader.plausible(property, ids).map((value) => (Array.isArray(value) ? value.map(asText) : [asText(value)]));
  const file = fc.record({
    name: nasty.map(wellFormed),
    content: fc.uint8Array({ minLength: 1, maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  });
  const fine = fc.record({
    fields: fc.record(Object.fromEntries(properties.map(([name, property]) => [name, fieldValues(property)])), {
      requiredKeys: (schema.required ?? []).filter((name) => name !== fileName),
    }),
    file,
  });
  const known = new Set(Object.keys(schema.properties ?? {}));
  const poisons: fc.Arbitrary<{ value: Form; poison: string }>[] = [
    fc
      .tuple(fine, nasty.filter((key) => key !== '' && !known.has(key) && !/["\r\n]/.test(key)).map(wellFormed), nasty)
      .map(([form, key, value]) => ({
        value: { ...form, fields: { ...form.fields, [key]: [wellFormed(value)] } },
        poison: `form field "${key}" is unknown`,
      })),
  ];
  for (const [name, property] of properties) {
    const broken = reader.violation(property, true);
    if (broken) {
      poisons.push(
        fc.tuple(fine, broken).map(([form, value]) => ({
          value: { ...form, fields: { ...form.fields, [name]: [asText(value)] } },
          poison: `form field "${name}" is ${JSON.stringify(value).slice(0, 80)}`,
        })),
      );
    }
  }
  for (const name of schema.required ?? []) {
    poisons.push(
      fine.map((form) => {
        if (name === fileName) return { value: { ...form, file: null }, poison: 'the form has no file' };
        const { [name]: _missing, ...fields } = form.fields;
        return { value: { ...form, fields }, poison: `form field "${name}" is missing` };
      }),
    );
  }
  return { fine, poisoned: fc.oneof(...poisons) };
}

function multipart(form: Form, fileField: string): { contentType: string; payload: Buffer } {
  const boundary = `----hostile-${randomUUID()}`;
  const parts: Buffer[] = [];
  const quoted = (text: string) => text.replace(/["\r\n]/g, '_');
  for (const [name, values] of Object.entries(form.fields)) {
    for (const value of values) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`),
      );
    }
  }
  if (form.file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${quoted(form.file.name)}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      form.file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, payload: Buffer.concat(parts) };
}

/**
 * Requests for one operation. `idsFor(param, segment)` gives the real ids a path parameter may
 * take (by the path segment before it); any other value names nothing. With `poisoned`, every
 * request breaks the schema somewhere; otherwise none needs to (only for operations where
 * `canPoison` is false).
 */
export function hostileRequests(
  reader: SchemaReader,
  path: string,
  operation: Operation,
  idsFor: (segment: string) => string[],
  poisoned: boolean,
): fc.Arbitrary<HostileRequest> {
  const parts = operationParts(reader, path, operation, idsFor);
  const poisonable = parts.filter(({ part }) => part.poisoned !== null);
  if (poisoned && poisonable.length === 0) throw new Error(`nothing in ${path} can be poisoned`);
  const chosen = poisoned
    ? fc.subarray(
        poisonable.map((_, index) => index),
        { minLength: 1, maxLength: Math.min(2, poisonable.length) },
      )
    : fc.constant([] as number[]);
  return chosen.chain((poisonedIndexes) => {
    const pieces = parts.map(({ part }, index) => {
      const which = poisonable.indexOf(parts[index]);
      if (which !== -1 && poisonedIndexes.includes(which) && part.poisoned) return part.poisoned;
      return part.fine.map((value) => ({ value, poison: '' }));
    });
    return fc
      .tuple(fc.tuple(...pieces), fc.dictionary(nasty.map(wellFormed), nasty.map(wellFormed), { maxKeys: 2 }))
      .map(([values, headers]) => assemble(path, parts, values, headers));
  });
}

/** Whether some part of the operation's input can break its schema (a GET of a fixed resource cannot). */
export function canBePoisoned(reader: SchemaReader, path: string, operation: Operation): boolean {
  return operationParts(reader, path, operation, () => ['x']).some(({ part }) => part.poisoned !== null);
}

interface NamedPart {
  where: 'path' | 'query' | 'header' | 'json' | 'form';
  name: string;
  part: Part<unknown>;
}

function operationParts(
  reader: SchemaReader,
  path: string,
  operation: Operation,
  idsFor: (segment: string) => string[],
): NamedPart[] {
  const parts: NamedPart[] = [];
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'path') {
      const segment = path.split('/').at(path.split('/').indexOf(`{${parameter.name}}`) - 1) ?? '';
      const ids = idsFor(segment);
      parts.push({
        where: 'path',
        name: parameter.name,
        part: {
          fine: fc.constantFrom(...ids),
          // Never empty: `/cases/{id}/evidence/` is the list, another route.
          poisoned: fc
            .oneof(
              notAUuid.filter((text) => text !== ''),
              fc.uuid({ version: 4 }).filter((id) => !ids.includes(id)),
            )
            .map((value) => ({ value, poison: `path ${parameter.name} is ${JSON.stringify(value).slice(0, 80)}` })),
        },
      });
    } else if (parameter.in === 'query') {
      const broken = reader.violation(parameter.schema, true);
      const plausible = reader.plausible(parameter.schema, fc.uuid({ version: 4 }));
      const text = (value: unknown) => (Array.isArray(value) ? value.map(String) : [String(value)]);
      parts.push({
        where: 'query',
        name: parameter.name,
        part: {
          fine: (parameter.required ? plausible : fc.option(plausible, { nil: undefined })).map((value) =>
            value === undefined ? undefined : text(value),
          ),
          poisoned:
            broken &&
            broken.map((value) => ({
              value: text(value),
              poison: `query ${parameter.name} is ${JSON.stringify(value).slice(0, 80)}`,
            })),
        },
      });
    } else {
      // A header's value is free text in the document: hostile, but never counted as the poison.
      parts.push({ where: 'header', name: parameter.name, part: { fine: nasty.map(wellFormed), poisoned: null } });
    }
  }
  const content = operation.requestBody?.content ?? {};
  const variants = (schema: Schema) => {
    const resolved = reader.resolve(schema);
    return (resolved.oneOf ?? [resolved]).map((variant) => reader.resolve(variant));
  };
  const json = content['application/json'] && variants(content['application/json'].schema);
  const form = content['multipart/form-data'] && variants(content['multipart/form-data'].schema);
  const ids = fc.constantFrom(...idsFor('*'));
  const jsonSchema = json?.find((variant) => !Object.values(variant.properties ?? {}).some(isFile));
  const formSchema = form?.find((variant) => Object.values(variant.properties ?? {}).some(isFile));
  if (jsonSchema && formSchema) {
    const jsonPart = objectBodyPart(reader, jsonSchema, ids);
    const formPartOf = formPart(reader, formSchema, ids);
    parts.push({
      where: 'json',
      name: 'body',
      part: {
        fine: fc.oneof(
          jsonPart.fine,
          formPartOf.fine.map((value) => new FormBody(value)),
        ),
        poisoned: fc.oneof(
          jsonPart.poisoned!,
          formPartOf.poisoned!.map(({ value, poison }) => ({ value: new FormBody(value), poison })),
        ),
      },
    });
  } else if (jsonSchema) {
    parts.push({ where: 'json', name: 'body', part: objectBodyPart(reader, jsonSchema, ids) });
  } else if (formSchema) {
    const formPartOf = formPart(reader, formSchema, ids);
    parts.push({
      where: 'form',
      name: 'body',
      part: {
        fine: formPartOf.fine.map((value) => new FormBody(value)),
        poisoned: formPartOf.poisoned!.map(({ value, poison }) => ({ value: new FormBody(value), poison })),
      },
    });
  }
  return parts;
}

class FormBody {
  constructor(readonly form: Form) {}
}

function assemble(
  path: string,
  parts: NamedPart[],
  values: { value: unknown; poison: string }[],
  extraHeaders: Record<string, string>,
): HostileRequest {
  let url = path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  let body: HostileRequest['body'];
  parts.forEach(({ where, name }, index) => {
    const { value } = values[index];
    if (where === 'path') {
      url = url.replace(`{${name}}`, encodeURIComponent(wellFormed(value as string)));
    } else if (where === 'query') {
      for (const item of (value as string[] | undefined) ?? []) {
        query.push(`${encodeURIComponent(name)}=${encodeURIComponent(wellFormed(item))}`);
      }
    } else if (where === 'header') {
      headers[name] = headerSafe(value as string);
    } else if (value instanceof FormBody) {
      body = multipart(value.form, 'file');
    } else {
      body = {
        contentType: 'application/json',
        payload: value instanceof RawJson ? value.text : JSON.stringify(value),
      };
    }
  });
  // Extra headers with hostile names and values; never ones that change how the request is read.
  for (const [name, value] of Object.entries(extraHeaders)) {
    const safeName = `x-${name.replace(/[^a-z0-9-]/gi, '')}`;
    if (safeName !== 'x-') headers[safeName] = headerSafe(value);
  }
  return {
    url: query.length ? `${url}?${query.join('&')}` : url,
    headers,
    body,
    poisons: values.map(({ poison }) => poison).filter(Boolean),
  };
}

/** What Node's HTTP client lets through in a header value. */
const headerSafe = (text: string) => text.replace(/[^\t\x20-\x7e]/g, '?');
