// The two schema files (prisma/sqlite, prisma/postgres) must hold the same models; only the
// generator and datasource blocks above the marker line may differ.
export const MODELS_MARKER = "// ---- models";

/** The lines after the marker, whitespace-normalised; null when the marker is missing. */
export function modelLines(schema: string): string[] | null {
  const lines = schema.split(/\r?\n/);
  const marker = lines.findIndex((line) => line.trim().startsWith(MODELS_MARKER));
  if (marker === -1) return null;
  return lines
    .slice(marker + 1)
    .map((line) => line.trim().replace(/\s+/g, " "))
    .filter((line) => line !== "");
}

export interface LabelledSchema {
  /** How messages name the file, e.g. prisma/sqlite/schema.prisma. */
  label: string;
  schema: string;
}

/** A readable account of the first difference between two schemas' models, or null when they agree. */
export function modelsDifference(a: LabelledSchema, b: LabelledSchema): string | null {
  const linesA = modelLines(a.schema);
  if (!linesA) return missingMarker(a);
  const linesB = modelLines(b.schema);
  if (!linesB) return missingMarker(b);

  const at = Array.from({ length: Math.max(linesA.length, linesB.length) }, (_, i) => i).find(
    (i) => linesA[i] !== linesB[i],
  );
  if (at === undefined) return null;
  const show = (line: string | undefined) => (line === undefined ? "(end of file)" : `"${line}"`);
  return (
    `The models in ${a.label} and ${b.label} differ (whitespace aside), first at model line ${at + 1}:\n` +
    `  ${a.label}: ${show(linesA[at])}\n  ${b.label}: ${show(linesB[at])}`
  );
}

function missingMarker(file: LabelledSchema): string {
  return `${file.label} has no "${MODELS_MARKER}" line to mark where its models start.`;
}
