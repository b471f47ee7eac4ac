import { AppError } from "@/lib/errors";

/** The (account, name) unique index is the check: a count-then-insert would race two saves of the same name. */
export function segmentNameTaken(name: string, cause: unknown): AppError {
  return new AppError("conflict", `A segment named “${name}” already exists. Choose another name.`, {
    fields: { name: "This name is taken by another segment in this account." },
    cause,
  });
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
