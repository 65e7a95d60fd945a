import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import pg from 'pg';

import { projectRoot } from '#config';

const require = createRequire(import.meta.url);
// Prisma's own schema parser (WebAssembly, no engine download): what `prisma migrate diff` reads.
const { get_dmmf: getDmmf } = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; dbName?: string | null; fields: { name: string }[] }[];
  };
}

/** One description of a database's shape, comparable line by line. */
export type SchemaShape = string[];

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Json: 'jsonb',
  Bytes: 'bytea',
  DateTime: 'timestamp(3) without time zone',
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Date: () => 'date',
  Timestamptz: (args) => `timestamp(${args[0] ?? 6}) with time zone`,
  Timestamp: (args) => `timestamp(${args[0] ?? 6}) without time zone`,
  VarChar: (args) => (args[0] ? `character varying(${args[0]})` : 'character varying'),
  Integer: () => 'integer',
  SmallInt: () => 'smallint',
  DoublePrecision: () => 'double precision',
  JsonB: () => 'jsonb',
};
const ON_DELETE: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };
/** Defaults Prisma fills in on the client side; the column itself has none. */
const CLIENT_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

const quoteIfNeeded = (name: string) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`);

/** What `prisma/schema.prisma` says the database must look like. */
export function expectedShape(schemaText = readFileSync(path.join(projectRoot(), 'prisma', 'schema.prisma'), 'utf8')): SchemaShape {
  const { datamodel } = JSON.parse(getDmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] }))) as Dmmf;
  const tableOf = new Map(datamodel.models.map((model) => [model.name, model.dbName ?? model.name]));
  const enumOf = new Map(datamodel.enums.map((item) => [item.name, item.dbName ?? item.name]));
  const lines: string[] = [];
  for (const item of datamodel.enums) lines.push(`enum ${enumOf.get(item.name)} (${item.values.map((value) => value.dbName ?? value.name).join(', ')})`);
  for (const model of datamodel.models) {
    const table = tableOf.get(model.name)!;
    const columnOf = new Map(model.fields.map((field) => [field.name, field.dbName ?? field.name]));
    lines.push(`table ${table}`);
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (!field.relationFromFields?.length) continue;
        const columns = field.relationFromFields.map((name) => columnOf.get(name)!);
        const target = datamodel.models.find((candidate) => candidate.name === field.type)!;
        const targetColumns = field.relationToFields!.map((name) => target.fields.find((candidate) => candidate.name === name)?.dbName ?? name);
        const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
        lines.push(
          `foreign key ${table}_${columns.join('_')}_fkey ${table}(${columns.join(', ')}) -> ${tableOf.get(field.type)}(${targetColumns.join(', ')}) on delete ${onDelete}`,
        );
        continue;
      }
      const base =
        field.kind === 'enum'
          ? quoteIfNeeded(enumOf.get(field.type)!)
          : field.nativeType
            ? NATIVE_TYPES[field.nativeType[0]]!(field.nativeType[1])
            : SCALAR_TYPES[field.type]!;
      const type = field.isList ? `${base}[]` : base;
      // Prisma leaves list columns nullable, whatever the field says.
      const nullable = field.isList || !field.isRequired;
      const defaultName = typeof field.default === 'object' && field.default !== null ? (field.default as { name?: string }).name : undefined;
      const hasDefault = field.hasDefaultValue && !(defaultName && CLIENT_DEFAULTS.has(defaultName));
      lines.push(`column ${table}.${columnOf.get(field.name)} ${type} ${nullable ? 'null' : 'not null'}${hasDefault ? ' default' : ''}`);
    }
  }
  lines.push(...unsupportedColumns(schemaText, tableOf));
  for (const index of datamodel.indexes) {
    const table = tableOf.get(index.model)!;
    const model = datamodel.models.find((candidate) => candidate.name === index.model)!;
    const columns = index.fields.map(({ name }) => model.fields.find((field) => field.name === name)?.dbName ?? name);
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? `${columns.join('_')}_key` : `${columns.join('_')}_idx`;
    const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${suffix}`);
    lines.push(`${index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique' : 'index'} ${name} on ${table}(${columns.join(', ')})`);
  }
  return lines.sort();
}

/**
 * Columns of types Prisma cannot read (`Unsupported("tsvector")`): the DMMF
 * leaves them out, so they are read from the schema's text.
 */
function unsupportedColumns(schemaText: string, tableOf: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [, model, block] of schemaText.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    for (const [, field, type, optional, attributes] of block!.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      const column = /@map\("([^"]+)"\)/.exec(attributes!)?.[1] ?? field;
      lines.push(`column ${tableOf.get(model!)}.${column} ${type} ${optional ? 'null' : 'not null'}${attributes!.includes('@default(') ? ' default' : ''}`);
    }
  }
  return lines;
}

/** What a live database looks like, in the same words (Prisma's own `_prisma_migrations` left out). */
export async function actualShape(databaseUrl: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const lines: string[] = [];
    const enums = await client.query<{ name: string; labels: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const row of enums.rows) lines.push(`enum ${row.name} (${row.labels.join(', ')})`);
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    for (const row of tables.rows) lines.push(`table ${row.name}`);
    const columns = await client.query<{ table: string; column: string; type: string; notnull: boolean; hasdefault: boolean }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.atthasdef AS hasdefault
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped`);
    for (const row of columns.rows)
      lines.push(`column ${row.table}.${row.column} ${row.type} ${row.notnull ? 'not null' : 'null'}${row.hasdefault ? ' default' : ''}`);
    const indexes = await client.query<{ table: string; name: string; primary: boolean; unique: boolean; columns: string[] }>(`
      SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
             array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, position) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.position) AS columns
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    for (const row of indexes.rows) {
      const kind = row.primary ? 'primary key' : row.unique ? 'unique' : 'index';
      lines.push(`${kind} ${row.name} on ${row.table}(${row.columns.join(', ')})`);
    }
    const foreignKeys = await client.query<{ name: string; table: string; columns: string[]; target: string; target_columns: string[]; on_delete: string }>(`
      SELECT c.conname AS name, t.relname AS table, r.relname AS target, c.confdeltype AS on_delete,
             array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position) AS columns,
             array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position) AS target_columns
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`);
    for (const row of foreignKeys.rows) {
      lines.push(
        `foreign key ${row.name} ${row.table}(${row.columns.join(', ')}) -> ${row.target}(${row.target_columns.join(', ')}) on delete ${ON_DELETE[row.on_delete]}`,
      );
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}
