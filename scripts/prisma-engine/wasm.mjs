// Loads @prisma/schema-engine-wasm without --experimental-wasm-modules: the
// package's entry point imports the .wasm file as an ES module, so its
// bindings are wired up here by hand instead.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let loaded;

export function loadSchemaEngineWasm() {
  loaded ??= (async () => {
    const bindingsUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = await import(bindingsUrl);
    const wasmPath = process.env.PRISMA_SCHEMA_ENGINE_WASM || fileURLToPath(bindingsUrl).replace(/\.js$/, '.wasm');

    // The engine reports the reason of a Rust panic here before trapping.
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: '',
      set_message(message) {
        this.message = message;
      },
    };

    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return { SchemaEngine: bindings.SchemaEngine, gitHash: bindings.version(), wasmPath };
  })();
  return loaded;
}

/** The engine's git hash, from the package version, without compiling the Wasm. */
export function engineGitHash() {
  try {
    const pkgUrl = new URL('./package.json', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const { version } = JSON.parse(readFileSync(fileURLToPath(pkgUrl), 'utf8'));
    return version.split('.').at(-1);
  } catch {
    return 'unknown';
  }
}

export function takePanicMessage() {
  const registry = globalThis.PRISMA_WASM_PANIC_REGISTRY;
  const message = registry?.message ?? '';
  if (registry) registry.message = '';
  return message;
}
