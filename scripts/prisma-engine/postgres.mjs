// PostgreSQL side of the schema-engine shim: connection settings, the driver
// adapter factory handed to the Wasm engine, and the few operations (create,
// drop, probe a database) that the Wasm engine does not implement.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';

const { builtins: T } = pg.types;

// Built-in type ids that @prisma/adapter-pg knows how to map (mirrors its
// `fieldToColumnType`). Anything else below FIRST_NORMAL_OBJECT_ID makes the
// adapter throw "Column type '…' could not be deserialized".
const ADAPTER_KNOWN_TYPES = new Set([
  T.INT2, T.INT4, T.INT8, T.FLOAT4, T.FLOAT8, T.BOOL, T.DATE, T.TIME, T.TIMETZ,
  T.TIMESTAMP, T.TIMESTAMPTZ, T.NUMERIC, T.MONEY, T.JSON, T.JSONB, T.UUID, T.OID,
  T.BPCHAR, T.TEXT, T.VARCHAR, T.BIT, T.VARBIT, T.INET, T.CIDR, T.XML, T.BYTEA,
  19, // name
  // arrays
  1561, 1000, 1001, 1014, 1002, 651, 1182, 1021, 1022, 1041, 1005, 1007, 1016,
  3807, 199, 791, 1231, 1028, 1009, 1115, 1185, 1183, 2951, 1563, 1015, 143,
]);
const FIRST_NORMAL_OBJECT_ID = 16384;
const isForeignBuiltin = (oid) => oid < FIRST_NORMAL_OBJECT_ID && !ADAPTER_KNOWN_TYPES.has(oid);
const rawText = (value) => value;

/**
 * The engine introspects system catalogs, whose columns use types such as
 * `char`, `regproc` or `pg_node_tree` that the adapter rejects. On the
 * migration connections only, such columns are handed over as their text form.
 */
class CatalogTolerantClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    let patched = false;
    if (config && typeof config === 'object' && typeof config.submit !== 'function') {
      const inner = config.types ?? pg.types;
      config = {
        ...config,
        types: {
          getTypeParser: (oid, format) =>
            isForeignBuiltin(oid) ? rawText : inner.getTypeParser(oid, format),
        },
      };
      patched = true;
    }
    const relabel = (result) => {
      if (!patched || !result) return result;
      for (const r of Array.isArray(result) ? result : [result]) {
        for (const field of r?.fields ?? []) {
          if (isForeignBuiltin(field.dataTypeID)) field.dataTypeID = T.TEXT;
        }
      }
      return result;
    };
    if (typeof callback === 'function') {
      return super.query(config, values, (err, res) => callback(err, err ? res : relabel(res)));
    }
    const out = super.query(config, values);
    return out && typeof out.then === 'function' ? out.then(relabel) : out;
  }
}

/**
 * Splits a postgres URL into discrete pg settings. Passing `database` on its
 * own (rather than a connection string) is what lets the shadow connection
 * really reach the shadow database: pg lets a connection string override it.
 */
export function parsePostgresUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new UserFacingError('P1013', `The provided database string is invalid. The scheme is not recognized in database URL.`);
  }
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new UserFacingError(
      'P1013',
      `The provided database string is invalid. This schema engine shim only supports postgresql:// URLs, got \`${u.protocol}//\`.`,
    );
  }
  const q = u.searchParams;
  const dec = (s) => (s ? decodeURIComponent(s) : undefined);
  const config = {
    host: q.get('host') ?? (dec(u.hostname.replace(/^\[|\]$/g, '')) || 'localhost'),
    port: Number(q.get('port') ?? u.port ?? 5432) || 5432,
    user: dec(u.username) ?? q.get('user') ?? undefined,
    password: u.password ? dec(u.password) : (q.get('password') ?? undefined),
    database: dec(u.pathname.replace(/^\//, '')) || undefined,
    ssl: sslFromParams(q),
  };
  if (q.get('application_name')) config.application_name = q.get('application_name');
  if (q.get('connect_timeout')) config.connectionTimeoutMillis = Number(q.get('connect_timeout')) * 1000;
  if (!config.user) delete config.user;
  if (config.password === undefined) delete config.password;
  const schema = q.get('schema') ?? 'public';
  return { config, schema, location: `${config.host}:${config.port}` };
}

function sslFromParams(q) {
  const mode = q.get('sslmode');
  if (!mode || mode === 'disable') return false;
  const ssl = {};
  const file = (key) => (q.get(key) ? readFileSync(q.get(key), 'utf8') : undefined);
  if (q.get('sslrootcert')) ssl.ca = file('sslrootcert');
  if (q.get('sslcert')) ssl.cert = file('sslcert');
  if (q.get('sslkey')) ssl.key = file('sslkey');
  const verify = mode === 'verify-full' || mode === 'verify-ca' || q.get('sslaccept') === 'strict';
  ssl.rejectUnauthorized = verify;
  return ssl;
}

export class UserFacingError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.code = code;
    this.meta = meta;
  }
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

/** Turns a pg / socket error into the error code the Prisma CLI reacts to. */
export function toUserFacing(err, { config, location }) {
  if (err instanceof UserFacingError) return err;
  const db = config.database ?? config.user ?? 'postgres';
  switch (err?.code) {
    case '3D000':
      return new UserFacingError(
        'P1003',
        `Database \`${db}\` does not exist on the database server at \`${location}\`.`,
        { database_name: db, database_location: location },
      );
    case '28P01':
    case '28000':
      return new UserFacingError(
        'P1000',
        `Authentication failed against database server, the provided database credentials for \`${config.user ?? ''}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
        { database_user: config.user ?? '', database_host: config.host },
      );
    case '42501':
      return new UserFacingError('P1010', `User was denied access on the database \`${db}\``, { database_name: db });
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new UserFacingError(
        'P1001',
        `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
        { database_host: config.host, database_port: String(config.port) },
      );
    case 'ETIMEDOUT':
      return new UserFacingError('P1002', `The database server at \`${location}\` was reached but timed out.`, {
        database_host: config.host,
        database_port: String(config.port),
      });
    default:
      return err;
  }
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * CREATE/DROP DATABASE must run from a connection to some other database;
 * try the candidates in order, skipping ones that are missing or off-limits.
 */
async function withOtherDatabase(target, candidates, fn) {
  const names = [...new Set(candidates.filter((n) => n && n !== target.config.database))];
  let lastErr;
  for (const database of names) {
    try {
      return await withClient({ ...target.config, database }, fn);
    } catch (err) {
      lastErr = err;
      if (err?.code !== '3D000' && err?.code !== '42501') break;
    }
  }
  throw lastErr;
}

export async function canConnect(target) {
  try {
    await withClient(target.config, (c) => c.query('SELECT 1'));
  } catch (err) {
    throw toUserFacing(err, target);
  }
}

export async function createDatabase(target) {
  const name = target.config.database;
  if (!name) throw new UserFacingError('P1013', 'The provided database string is invalid. No database name given.');
  try {
    await withOtherDatabase(target, ['postgres', 'template1'], (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (err) {
    if (err?.code === '42P04') {
      throw new UserFacingError('P1009', `Database \`${name}\` already exists on the database server at \`${target.location}\``, {
        database_name: name,
        database_host: target.config.host,
        database_port: target.config.port,
      });
    }
    throw toUserFacing(err, target);
  }
  return name;
}

const SYSTEM_DATABASES = new Set(['postgres', 'template0', 'template1']);

export async function dropDatabase(target, { force = false, via = [] } = {}) {
  const name = target.config.database;
  if (!name || SYSTEM_DATABASES.has(name)) {
    throw new UserFacingError('P1013', `Refusing to drop the database \`${name ?? ''}\`: it is not an application database.`);
  }
  const sql = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`;
  try {
    await withOtherDatabase(target, [...via, 'postgres', 'template1'], async (c) => {
      if (!force) return c.query(sql);
      try {
        await c.query(`${sql} WITH (FORCE)`);
      } catch (err) {
        // servers older than PostgreSQL 13 lack WITH (FORCE)
        if (err?.code !== '42601') throw err;
        await c.query(sql);
      }
    });
  } catch (err) {
    throw toUserFacing(err, target);
  }
}

// The adapter's executeScript splits on every ';', which breaks function
// bodies and string literals in migrations. The simple-query protocol runs a
// whole script at once, as the native engine does.
function runScriptsWhole(adapter) {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (err) {
      adapter.onError(err);
    }
  };
  return adapter;
}

function pgAdapterFactory(target) {
  const searchPath = target.schema !== 'public' ? { options: `-c search_path=${quoteIdent(target.schema)}` } : {};
  return new PrismaPg(
    { ...target.config, ...searchPath, Client: CatalogTolerantClient, max: 4 },
    { schema: target.schema },
  );
}

/**
 * Stands in for a database when there is none to reach, so that commands that
 * need no database (e.g. `migrate diff --from-empty --to-schema …`) still work:
 * the engine only asks for the server version while starting up.
 */
function offlineAdapter(cause, schema) {
  const fail = async () => {
    throw cause;
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async queryRaw(query) {
      if (/^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(query.sql)) {
        return {
          columnNames: ['exists', 'version', 'numeric_version'],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, 'PostgreSQL 15.0 (no database reachable)', 150000]],
        };
      }
      throw cause;
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: schema, supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

/**
 * Builds the factory the Wasm engine drives. `shadowDatabaseUrl` (from the
 * Prisma config) wins over a throw-away `prisma_migrate_shadow_db_*` database.
 */
export function createMigrationAdapterFactory({ url, shadowDatabaseUrl, log = () => {} }) {
  const main = url ? parsePostgresUrl(url) : null;
  const shadowTarget = shadowDatabaseUrl ? parsePostgresUrl(shadowDatabaseUrl) : null;
  const liveShadowDbs = new Set();

  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',

    async connect() {
      if (!main) {
        return offlineAdapter(
          new Error('No datasource URL is configured (datasource.url in prisma.config.ts), and this command needs a database.'),
          'public',
        );
      }
      try {
        await canConnect(main);
      } catch (err) {
        return offlineAdapter(err, main.schema);
      }
      return runScriptsWhole(await pgAdapterFactory(main).connect());
    },

    async connectToShadowDb() {
      if (shadowTarget) return connectConfiguredShadow();
      if (!main) throw new UserFacingError('P1012', 'A datasource URL is required to create a shadow database.');
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      const shadow = { ...main, config: { ...main.config, database: name } };
      try {
        await withOtherDatabase(shadow, [main.config.database, 'postgres', 'template1'], (c) =>
          c.query(`CREATE DATABASE ${quoteIdent(name)}`),
        );
      } catch (err) {
        throw shadowCreationError(toUserFacing(err, main));
      }
      liveShadowDbs.add(name);
      log(`created shadow database ${name}`);
      const adapter = runScriptsWhole(await pgAdapterFactory(shadow).connect());
      if (shadow.schema !== 'public') await adapter.executeScript(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(shadow.schema)}`);
      const release = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await release();
        await dropShadow(name);
      };
      return adapter;
    },
  };

  async function connectConfiguredShadow() {
    if (
      main &&
      shadowTarget.config.host === main.config.host &&
      shadowTarget.config.port === main.config.port &&
      shadowTarget.config.database === main.config.database
    ) {
      throw new UserFacingError(
        'P3005',
        'The shadow database you configured appears to be the same as the main database. Please specify another shadow database.',
      );
    }
    try {
      await canConnect(shadowTarget);
    } catch (err) {
      if (err.code !== 'P1003') throw err;
      await createDatabase(shadowTarget);
    }
    const adapter = runScriptsWhole(await pgAdapterFactory(shadowTarget).connect());
    // a configured shadow database is reused between runs, so start it empty
    const s = quoteIdent(shadowTarget.schema);
    await adapter.executeScript(`DROP SCHEMA IF EXISTS ${s} CASCADE; CREATE SCHEMA ${s};`);
    return adapter;
  }

  async function dropShadow(name) {
    if (!liveShadowDbs.has(name)) return;
    liveShadowDbs.delete(name);
    await dropDatabase({ ...main, config: { ...main.config, database: name } }, { force: true, via: [main.config.database] });
    log(`dropped shadow database ${name}`);
  }

  return {
    factory,
    /** Drops shadow databases the engine did not dispose of itself. */
    async cleanup() {
      for (const name of [...liveShadowDbs]) await dropShadow(name).catch(() => {});
    },
  };
}

function shadowCreationError(err) {
  if (err instanceof UserFacingError) return err;
  return new UserFacingError(
    'P3014',
    `Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: ${err?.message ?? err}`,
    { full_error: String(err?.message ?? err) },
  );
}
