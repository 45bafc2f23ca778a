import type { z } from "zod";

/**
 * A posted form parsed by its schema: every field as the schema's input (strings, or files),
 * for the server actions that receive `FormData` rather than react-hook-form's object.
 */
export function parseFormData<Schema extends z.ZodType>(schema: Schema, form: FormData): z.ZodSafeParseResult<z.output<Schema>> {
  return schema.safeParse(Object.fromEntries(form.entries()));
}
