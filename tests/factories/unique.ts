import { randomBytes } from "node:crypto";

let counter = 0;

/** A short token unique within this process and, thanks to the random part, across test runs. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter}-${randomBytes(3).toString("hex")}`;
}
