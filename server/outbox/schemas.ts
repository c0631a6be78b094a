import "../common/zod-browser";
import { z } from "zod";
import { idSchema } from "../institutions/schemas";

export const deadLettersInput = z.object({ page: z.number().int().min(1).max(10_000).default(1) });
export const retryDeadLetterInput = z.object({ emailId: idSchema });
export type RetryDeadLetterInput = z.infer<typeof retryDeadLetterInput>;
