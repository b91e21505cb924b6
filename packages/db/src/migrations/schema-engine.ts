import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type SchemaEngineClass = typeof SchemaEngine;

// The part of the WebAssembly API used here; @types/node declares only its types, and the DOM
// library is not loaded on the server.
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, unknown>,
  ) => { exports: Record<string, unknown> };
}
const { Module, Instance } = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * Instantiates Prisma's WebAssembly schema engine once per process. Prisma's own loader expects
 * the `.wasm` file inside the CLI's bundle, so we load it from `@prisma/schema-engine-wasm`
 * ourselves; the native schema engine is never needed.
 */
function loadSchemaEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const instance = new Instance(new Module(await readFile(wasmPath)), {
      "./schema_engine_bg.js": runtime,
    });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return engineClass;
}

/** Errors from the engine carry the useful text in `message`, sometimes with a Prisma code. */
function engineError(command: string, error: unknown): Error {
  const { message, code } = error as { message?: string; code?: string };
  const prefix = code ? `${code}: ` : "";
  return new Error(`Prisma schema engine, ${command}: ${prefix}${message ?? String(error)}`, {
    cause: error,
  });
}

/**
 * Runs `command` with a schema engine connected to the database behind `adapterFactory`, then
 * frees the engine. The adapter's connections stay open: the caller owns them.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  commandName: string,
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const SchemaEngineClass = await loadSchemaEngineClass();
  const engine = await SchemaEngineClass.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await command(engine);
  } catch (error) {
    throw engineError(commandName, error);
  } finally {
    engine.free();
  }
}
