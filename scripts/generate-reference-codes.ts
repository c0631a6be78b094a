// npm run reference:codes — writes server/reference/codes.generated.ts from db/reference/*.csv.
import { writeFileSync } from "node:fs";
import { GENERATED_CODES_PATH, renderReferenceCodes } from "./lib/reference-codes";

writeFileSync(GENERATED_CODES_PATH, renderReferenceCodes());
console.log(`wrote ${GENERATED_CODES_PATH}`);
