// The agreement record a party downloads (agreement.json, southbridge.agreement-record/1): the
// signed text as stored now, its hash, the signatures with their log leaves and the log's signed
// head — what `npx southbridge-verify` checks (docs/TRANSPARENCY-LOG.md). Only for those who may
// see the agreement (others: NOT_FOUND), and only once it was sent for signature.
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { buildAgreementRecord } from "../transparency-log/agreement-record";
import { logSigningKey } from "../transparency-log/signing-key";
import { agreementVisibility, loadAgreement } from "./agreement-step";

export async function downloadAgreementRecord(ctx: UseCaseContext, input: { agreementId: string; server: string }) {
  const found = await loadAgreement(ctx.db, input.agreementId);
  if (!found) throw notFound("agreement");
  assertCan(ctx.viewer, agreementVisibility.action, agreementVisibility.subject(found));
  if (!found.agreement.contentHash || found.agreement.status === "draft") throw notFound("agreement");
  const record = await buildAgreementRecord(ctx.db, { agreementId: input.agreementId, server: input.server, key: logSigningKey() });
  return { record, fileName: `agreement-${found.agreement.reference}-v${found.agreement.versionNumber}.json` };
}
