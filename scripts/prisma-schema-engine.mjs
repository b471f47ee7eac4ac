#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI
// downloads on first use and which cannot be fetched on machines that only
// reach the npm registry. Point PRISMA_SCHEMA_ENGINE_BINARY at this file
// (prisma.config.ts does) and the CLI spawns it exactly as it would spawn the
// binary: same arguments, same JSON-RPC over stdio, same one-shot `cli`
// sub-commands and the same JSON log lines on stderr. The work itself is done
// by @prisma/schema-engine-wasm, talking to PostgreSQL via @prisma/adapter-pg.
import { readFileSync } from 'node:fs';
import readline from 'node:readline';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { engineGitHash, loadSchemaEngineWasm, takePanicMessage } from './prisma-engine/wasm.mjs';
import {
  UserFacingError,
  canConnect,
  createDatabase,
  createMigrationAdapterFactory,
  dropDatabase,
  parsePostgresUrl,
} from './prisma-engine/postgres.mjs';

const USAGE = `Usage: prisma-schema-engine.mjs [--datamodels <file>]... [--datasource <json>] [cli <command>]

Without a command, serves the schema engine JSON-RPC API on stdin/stdout.
Commands: cli can-connect-to-database | create-database | drop-database
Options:  --datasource '{"url":"postgresql://…","shadowDatabaseUrl":"…"}'
          --datamodels <path>   (repeatable)
          --enabled-preview-features <a,b>   --extension-types <json>   (accepted, unused)
          -V, --version         -h, --help`;

function parseArgs(argv) {
  const out = { datamodels: [], positional: [] };
  const valueFlags = {
    '--datamodels': 'datamodels',
    '-d': 'datamodels',
    '--datasource': 'datasource',
    '--enabled-preview-features': 'previewFeatures',
    '--extension-types': 'extensionTypes',
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--version' || arg === '-V') out.version = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (valueFlags[arg]) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (valueFlags[arg] === 'datamodels') out.datamodels.push(value);
      else out[valueFlags[arg]] = value;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else out.positional.push(arg);
  }
  return out;
}

// The CLI parses stderr as one JSON object per line (tracing's format).
function logLine(level, fields, target = 'schema_engine') {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`);
}

const exitAfterFlush = (code) => process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));

function parseDatasource(json) {
  if (!json) return {};
  try {
    return JSON.parse(json) ?? {};
  } catch (err) {
    throw new Error(`--datasource is not valid JSON: ${err.message}`);
  }
}

// ---------------------------------------------------------------- cli mode

async function runCliCommand(command, datasourceJson) {
  logLine('INFO', { message: 'Starting schema engine CLI', git_hash: engineGitHash() });
  try {
    const datasource = parseDatasource(datasourceJson);
    if (!datasource.url) {
      throw new UserFacingError('P1012', 'The datasource.url property is required in your Prisma config file when using this command.');
    }
    const target = parsePostgresUrl(datasource.url);
    let message;
    switch (command) {
      case 'can-connect-to-database':
        await canConnect(target);
        message = 'Connection successful';
        break;
      case 'create-database':
        message = `Database '${await createDatabase(target)}' was successfully created.`;
        break;
      case 'drop-database':
        await dropDatabase(target);
        message = 'The database was successfully dropped.';
        break;
      default:
        throw new Error(`unknown cli command: ${command}\n\n${USAGE}`);
    }
    logLine('INFO', { message }, 'schema_engine::commands');
    exitAfterFlush(0);
  } catch (err) {
    logLine('ERROR', { is_panic: false, error_code: err?.code && /^P\d{4}$/.test(err.code) ? err.code : '', message: err?.message ?? String(err) }, 'schema_engine::logger');
    exitAfterFlush(1);
  }
}

// ---------------------------------------------------------------- rpc mode

function runRpcServer(args) {
  const datasource = parseDatasource(args.datasource);
  const datamodels = args.datamodels.map((path) => [path, readFileSync(path, 'utf8')]);
  const shimLog = (message) => logLine('INFO', { message }, 'prisma_schema_engine_shim');
  const db = createMigrationAdapterFactory({
    url: datasource.url,
    shadowDatabaseUrl: datasource.shadowDatabaseUrl,
    log: shimLog,
  });
  const boundFactory = bindMigrationAwareSqlAdapterFactory(db.factory);
  const wasm = loadSchemaEngineWasm();
  wasm.catch(() => {}); // surfaced by the first request instead

  let enginePromise;
  const engine = () => {
    enginePromise ??= wasm.then(({ SchemaEngine }) =>
      SchemaEngine.new(
        { datamodels: datamodels.length > 0 ? datamodels : undefined },
        (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
        boundFactory,
      ),
    );
    enginePromise.catch(() => {
      enginePromise = undefined;
    });
    return enginePromise;
  };

  // createMigration and evaluateDataLoss read the shadow-database schema from
  // a cache that devDiagnostic fills; on a miss the Wasm engine tries to open
  // a shadow database on its own and fails ("PostgreSQL shadow DB must be
  // provided through an external factory"). The cache is not filled when the
  // database was behind its migrations, so any call that changed the database
  // makes the next one diagnose again.
  const diagnosed = new Set();
  const mutating = new Set(['applyMigrations', 'dbExecute', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush']);
  const diagnosisKey = (p) => JSON.stringify([p?.migrationsList, p?.filters ?? null]);

  const handlers = {
    async createDatabase(params) {
      const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : datasource.url;
      return { databaseName: await createDatabase(parsePostgresUrl(url)) };
    },
    async getDatabaseVersion(params) {
      return (await engine()).version(params ?? undefined);
    },
    async devDiagnostic(params) {
      const result = await (await engine()).devDiagnostic(params);
      diagnosed.add(diagnosisKey(params));
      return result;
    },
    async diagnoseMigrationHistory(params) {
      const result = await (await engine()).diagnoseMigrationHistory(params);
      if (params?.optInToShadowDatabase) diagnosed.add(diagnosisKey(params));
      return result;
    },
    async createMigration(params) {
      await ensureDiagnosed(params);
      return (await engine()).createMigration(params);
    },
    async evaluateDataLoss(params) {
      await ensureDiagnosed(params);
      return (await engine()).evaluateDataLoss(params);
    },
  };
  async function ensureDiagnosed(params) {
    const key = diagnosisKey(params);
    if (diagnosed.has(key)) return;
    await (await engine()).devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    diagnosed.add(key);
  }
  // The native engine hands diff output to the CLI through a `print` request
  // (the CLI ignores DiffResult.stdout); the Wasm engine returns it instead.
  handlers.diff = async (params) => {
    const result = await (await engine()).diff(params);
    if (typeof result?.stdout === 'string' && result.stdout.length > 0) {
      await callClient('print', { content: result.stdout.replace(/\n$/, '') });
    }
    return { ...result, stdout: null };
  };

  const forwarded = new Set([
    'applyMigrations', 'dbExecute', 'debugPanic', 'ensureConnectionValidity', 'introspect',
    'introspectSql', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush',
  ]);

  async function dispatch(method, params) {
    if (handlers[method]) return handlers[method](params);
    if (forwarded.has(method)) {
      const instance = await engine();
      if (mutating.has(method)) diagnosed.clear();
      return instance[method](params);
    }
    const err = new Error(`Method not found: ${method} (not supported by the Wasm schema engine shim)`);
    err.rpcCode = -32601;
    throw err;
  }

  function toRpcError(err) {
    if (err?.rpcCode) return { code: err.rpcCode, message: err.message };
    if (err instanceof WebAssembly.RuntimeError) {
      const message = takePanicMessage() || err.message;
      return { code: 4466, message: 'An error happened. Check the data field for details.', data: { is_panic: true, message, error: { message }, backtrace: err.stack } };
    }
    err = unwrapAdapterError(err);
    const message = err?.message ?? String(err);
    const data =
      typeof err?.code === 'string' && /^P\d{4}$/.test(err.code)
        ? { is_panic: false, message, meta: plain(err.meta) ?? {}, error_code: err.code }
        : { is_panic: false, message, backtrace: null };
    return { code: 4466, message: 'An error happened. Check the data field for details.', data };
  }

  // Errors thrown in JS inside the adapter reach the engine as an id into the
  // adapter's error registry; the original (often a coded UserFacingError)
  // reads better than the engine's generic wrapper.
  function unwrapAdapterError(err) {
    const match = /External error id#(\d+)/.exec(err?.message ?? '');
    const original = match && boundFactory.errorRegistry.consumeError(Number(match[1]))?.error;
    return original ?? err;
  }

  const send = (obj) => process.stdout.write(`${JSON.stringify(obj, (_k, v) => plain(v))}\n`);

  const pendingClientCalls = new Map();
  let nextClientCallId = 1;
  const callClient = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextClientCallId++;
      pendingClientCalls.set(id, { resolve, reject });
      send({ jsonrpc: '2.0', id, method, params });
    });

  let queue = Promise.resolve();
  let panicked = false;
  const handleLine = (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch (err) {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${err.message}` } });
      return;
    }
    if (!request.method) {
      // the CLI answering one of our own requests (see callClient)
      const pending = pendingClientCalls.get(request.id);
      pendingClientCalls.delete(request.id);
      if (request.error) pending?.reject(new Error(request.error.message ?? 'client error'));
      else pending?.resolve(request.result);
      return;
    }
    if (request.id === undefined || request.id === null) return; // a notification
    // wasm-bindgen objects refuse re-entrant calls, so requests run one by one
    queue = queue.then(async () => {
      if (panicked) return;
      try {
        const result = await dispatch(request.method, request.params);
        await db.cleanup();
        send({ jsonrpc: '2.0', id: request.id, result: result === undefined || result === null ? {} : result });
      } catch (err) {
        await db.cleanup().catch(() => {});
        const error = toRpcError(err);
        send({ jsonrpc: '2.0', id: request.id, error });
        if (error.data?.is_panic) {
          panicked = true;
          logLine('ERROR', { is_panic: true, message: error.data.message }, 'schema_engine::logger');
          exitAfterFlush(101);
        }
      }
    });
  };

  // End of stdin lets queued requests finish; a signal only gets a moment to
  // drop shadow databases.
  const shutdown = async (code, graceMs) => {
    const done = queue.catch(() => {});
    await (graceMs ? Promise.race([done, new Promise((r) => setTimeout(r, graceMs))]) : done);
    await db.cleanup().catch(() => {});
    exitAfterFlush(code);
  };
  readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', handleLine).on('close', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0, 2000));
  process.on('SIGINT', () => shutdown(130, 2000));
  logLine('INFO', { message: 'Starting schema engine RPC server (Wasm shim)' });
}

function plain(value) {
  if (value instanceof Map) return Object.fromEntries(value);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

// ---------------------------------------------------------------- main

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${err.message}\n\n${USAGE}\n`);
  process.exit(1);
}

if (args.help) {
  process.stdout.write(`${USAGE}\n`);
} else if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineGitHash()}\n`);
} else if (args.positional[0] === 'cli') {
  await runCliCommand(args.positional[1], args.datasource);
} else if (args.positional.length > 0) {
  process.stderr.write(`unexpected argument ${args.positional[0]}\n\n${USAGE}\n`);
  process.exit(1);
} else {
  runRpcServer(args);
}
