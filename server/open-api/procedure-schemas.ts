// The zod schemas a procedure of the real router declares (`.input()` and `.output()`), and
// their JSON Schema (draft 2020-12, what OpenAPI 3.1 uses) by zod 4's own z.toJSONSchema():
// the one definition serves tRPC, REST and the document alike.
import "../common/zod-browser";
import { z } from "zod";
import { appRouter } from "../trpc/root";

type ProcedureDef = { type: string; inputs: unknown[]; output?: unknown };

export function procedureDef(path: string): ProcedureDef {
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef } | undefined>)[path];
  if (!procedure) throw new Error(`open-api: no procedure ${path}`);
  return procedure._def;
}

/** The procedure's input schema (an object schema, possibly with a default). */
export function inputSchemaOf(path: string): z.ZodType {
  const input = procedureDef(path).inputs[0];
  if (!(input instanceof z.ZodType)) throw new Error(`open-api: ${path} has no zod input`);
  return input;
}

/** The procedure's output contract; a REST route exists only for a procedure that has one. */
export function outputSchemaOf(path: string): z.ZodType {
  const output = procedureDef(path).output;
  if (!(output instanceof z.ZodType)) throw new Error(`open-api: ${path} has no output contract`);
  return output;
}

export type JsonSchema = { [key: string]: unknown };

/** Dates travel as ISO 8601 strings in JSON (Date#toJSON). */
const dateAsString: NonNullable<Parameters<typeof z.toJSONSchema>[1]>["override"] = (ctx) => {
  if (ctx.zodSchema._zod.def.type === "date") {
    ctx.jsonSchema.type = "string";
    ctx.jsonSchema.format = "date-time";
  }
};

/** JSON Schema of what a caller sends (`input`) or receives (`output`), without the $schema header. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", override: dateAsString }) as JsonSchema;
  return rest;
}

/** The top-level properties of an input's JSON Schema: each becomes a path or query parameter. */
export function inputProperties(path: string): { properties: Record<string, JsonSchema>; required: readonly string[] } {
  const schema = jsonSchemaOf(inputSchemaOf(path), "input");
  return { properties: (schema.properties as Record<string, JsonSchema> | undefined) ?? {}, required: (schema.required as string[] | undefined) ?? [] };
}
