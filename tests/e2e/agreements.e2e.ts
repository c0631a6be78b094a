// Data-sharing agreements, end to end in a real browser: the lead (University of Nairobi, Kenya)
// drafts an agreement for a pilot moving personal health data to its co-lead Tsinghua University
// (China) from the pilot_personal_data template; sending it is refused until the Kenya → China
// transfer names a safeguard Kenya's law accepts and an impact assessment is recorded; both
// parties' signatories sign (each sees the SHA-256 being signed, a wrong password signs nothing);
// the agreement is in force, so the programme can start; an amendment changes the retention
// period (an edit after one signature returns it to draft and voids that signature), both re-sign,
// version 1 reads as superseded and version 2 shows the change. The
// printable record lists the signatures and verifies the fingerprint (and a change made in the
// database behind the application's back shows as a mismatch); finally a signatory terminates
// the agreement with a reason. axe runs on every page, and the agreement page is checked in Arabic. The steps share state and run in order; each run
// makes its own programme (factories, e2e database) and its own Tsinghua signatory.
import { expect, test, type Page } from "./support/test";
import { DEMO, DEMO_PASSWORD, demoSessions } from "./support/accounts";
import { createPilotFixture, NAIROBI, NAIROBI_SIGNATORY, programmeStatus, storedAgreement, tamperWithStoredRetention, TSINGHUA, type PilotFixture } from "./support/agreements";
import { expectAccessible } from "./support/axe";
import { expectRightToLeftArabic } from "./support/pages";
import { confirmStep } from "./support/confirm";

test.describe.configure({ mode: "serial", timeout: 120_000 });

const run = Date.now().toString(36);
const agreementTitle = `Clinic data for the malaria early-warning pilot ${run}`;
const amendedRetention = `Until the end of the pilot, and no longer than 12 months from the effective date (${run}).`;

let fixture: PilotFixture;
let firstId = "";
let amendmentId = "";
const pages: { lead?: Page; nairobiSignatory?: Page; tsinghuaSignatory?: Page } = {};
const sessions = demoSessions();
const { signedIn } = sessions;

const agreementIdFrom = (page: Page) => new URL(page.url()).pathname.split("/")[3] ?? "";

/** Opens an agreement's page and waits for its title. */
async function openAgreement(page: Page, id: string, what: string) {
  await page.goto(`/en/agreements/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: agreementTitle })).toBeVisible();
  await expectAccessible(page, what);
}

/** The signatory signs the agreement on the page, after a first attempt with a wrong password that signs nothing. */
async function signAs(page: Page, id: string, institution: string, last: boolean) {
  await openAgreement(page, id, `agreement page for the ${institution} signatory`);
  const stored = await storedAgreement(id);
  const form = page.getByRole("region", { name: "Sign the agreement" });
  await expect(form.getByTestId("signing-hash")).toHaveText(stored.contentHash!);
  await expect(form.getByText(`Sign on behalf of: ${institution}`)).toBeVisible();
  await form.getByLabel("Confirm with your password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign the agreement" }).click();
  await confirmStep(page);
  await expect(form.getByText("That password is not correct. Nothing was signed; please try again.")).toBeVisible();
  await expect(form.getByLabel("Confirm with your password")).toHaveValue("not-the-password");
  await expectAccessible(page, "sign form: wrong password");
  await form.getByLabel("Confirm with your password").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "Sign the agreement" }).click();
  await confirmStep(page);
  await page.waitForURL(`**/en/agreements/${id}?done=signed`);
  await expect(page.getByText(last ? "Your signature was the last one: the agreement is now in force." : "Your signature was recorded.")).toBeVisible();
  const parties = page.getByRole("region", { name: "Parties" });
  await expect(parties.getByRole("row", { name: new RegExp(institution) })).toContainText("Signed");
  await expectAccessible(page, `agreement signed for ${institution}`);
}

/** Sends the agreement shown on the page for signature and checks that it awaits signatures. */
async function send(page: Page, id: string) {
  await page.getByRole("button", { name: "Send for signature" }).click();
  await page.waitForURL(`**/en/agreements/${id}?done=sent`);
  await expect(page.getByText("The agreement was sent for signature. The parties' signatories have been notified.")).toBeVisible();
  await expect(page.getByText("Awaiting signatures", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("0 of 2 parties have signed.")).toBeVisible();
  await expect(page.getByTestId("agreement-hash")).toHaveText((await storedAgreement(id)).contentHash!);
  await expectAccessible(page, "agreement sent for signature");
}

test.beforeAll(async () => {
  fixture = await createPilotFixture(run);
});

test.afterAll(async () => {
  await sessions.closeAll();
});

test("the lead drafts an agreement from the personal-data pilot template", async ({ browser, baseURL }) => {
  const page = (pages.lead = await signedIn(browser, baseURL, DEMO.owner));

  await test.step("starting the data-sharing programme is refused while no agreement is in force", async () => {
    await page.goto(`/en/proposals/${fixture.programmeId}`);
    await expect(page.getByRole("heading", { level: 1, name: fixture.title })).toBeVisible();
    await page.getByRole("button", { name: "Start the programme" }).click();
    await confirmStep(page);
    const refusal = page.getByRole("alert").filter({ hasText: "no data-sharing agreement signed by every party is in force" });
    await expect(refusal).toBeVisible();
    await expectAccessible(page, "proposal page: start refused");
    await refusal.getByRole("link", { name: "Go to the data-sharing agreements" }).click();
    await page.waitForURL(`**/en/proposals/${fixture.programmeId}/agreements`);
  });

  await test.step("the programme's agreements page offers the templates", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Data-sharing agreements" })).toBeVisible();
    await expect(page.getByText("No agreement has been drafted for this programme yet.")).toBeVisible();
    await expect(page.getByText("This programme involves data sharing: it can start only once an agreement is in force.")).toBeVisible();
    await expectAccessible(page, "programme agreements: none yet");
    await page.getByRole("radio", { name: "AI pilot with personal data" }).check();
    await page.getByLabel("Title of the agreement").fill(agreementTitle);
    await page.getByRole("button", { name: "Create the draft" }).click();
    await page.waitForURL(/\/en\/agreements\/[0-9a-z]{20}\/edit\?created=1$/);
    firstId = agreementIdFrom(page);
  });

  await test.step("the draft is prefilled: both institutions as parties, a Kenya → China transfer without safeguard", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Edit the agreement" })).toBeVisible();
    await expect(page.getByText("The draft agreement was created.")).toBeVisible();
    const party1 = page.getByRole("group", { name: "Party 1" });
    const party2 = page.getByRole("group", { name: "Party 2" });
    await expect(party1.getByLabel("Institution")).toHaveValue(/.+/);
    await expect(party1.getByLabel("Institution").locator("option:checked")).toHaveText(NAIROBI);
    await expect(party1.getByLabel("Role")).toHaveValue("provider");
    await expect(party2.getByLabel("Institution").locator("option:checked")).toHaveText(TSINGHUA);
    await expect(party2.getByLabel("Role")).toHaveValue("recipient");
    const transfer = page.getByRole("group", { name: "Transfer 1" });
    await expect(transfer.getByLabel("From country")).toHaveValue("KE");
    await expect(transfer.getByLabel("To country")).toHaveValue("CN");
    await expect(transfer.getByLabel("Safeguard")).toHaveValue("");
    const category = page.getByRole("group", { name: "Category 1" });
    await expect(category.getByLabel("Sensitive data (health, biometrics, ethnicity…)")).toBeChecked();
    await expectAccessible(page, "edit page of a new agreement");
  });

  await test.step("sending is refused: the transfer needs a safeguard and the sensitive data an impact assessment", async () => {
    await page.getByRole("link", { name: "Back to the agreement" }).click();
    await page.waitForURL(`**/en/agreements/${firstId}`);
    await expect(page.getByRole("heading", { level: 1, name: agreementTitle })).toBeVisible();
    const checks = page.getByRole("region", { name: "Checks before signature" });
    await expect(checks.getByRole("listitem").filter({ hasText: "Cross-border transfers — Transfer 1" })).toBeVisible();
    await expect(checks.getByRole("listitem").filter({ hasText: "Impact assessment" })).toBeVisible();
    // Kenya's rule: its extra duties and localisation notes are shown to every party.
    await expect(checks.getByRole("row", { name: /Kenya/ })).toContainText("Data Protection Act 2019");
    await expectAccessible(page, "draft agreement with failing checks");
    await page.getByRole("button", { name: "Send for signature" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "must be solved before the agreement can be sent for signature" });
    await expect(refusal.getByRole("listitem").filter({ hasText: "Cross-border transfers — Transfer 1" })).toBeVisible();
    await expect(refusal.getByRole("listitem").filter({ hasText: "Impact assessment" })).toBeVisible();
    expect((await storedAgreement(firstId)).status).toBe("draft");
    await expectAccessible(page, "sending refused by the checks");
  });

  await test.step("a safeguard Kenya accepts is chosen and the impact assessment recorded", async () => {
    await page.getByRole("link", { name: "Edit the draft" }).click();
    await page.waitForURL(`**/en/agreements/${firstId}/edit`);
    const safeguard = page.getByRole("group", { name: "Transfer 1" }).getByLabel("Safeguard");
    // Kenya's Data Protection Act accepts adequacy, appropriate safeguards, necessity or consent.
    const offered = await safeguard.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(offered.sort()).toEqual(["adequacy", "appropriate_safeguards", "consent", "necessity"]);
    await safeguard.selectOption("appropriate_safeguards");
    await page.getByRole("button", { name: "Save the draft" }).click();
    await expect(page.getByText("The draft was saved.")).toBeVisible();
    await expectAccessible(page, "edit page: safeguard saved");

    const assessment = page.getByRole("form", { name: "Impact assessment" });
    await assessment.getByRole("button", { name: "Record the impact assessment" }).click();
    await expect(assessment.getByLabel("Risks identified")).toHaveAttribute("aria-invalid", "true");
    await assessment.getByLabel("Risks identified").fill("Re-identification of patients from pseudonymised clinic records; access by unauthorised staff.");
    await assessment.getByLabel("Mitigations").fill("Pseudonymisation before transfer, encryption, named researchers only, access logs reviewed monthly.");
    await assessment.getByLabel("Residual risk").selectOption("low");
    await assessment.getByLabel("Approved by (name)").fill("Dr Achieng Otieno");
    await assessment.getByLabel("Approved by (role)").fill("Data protection officer");
    await assessment.getByLabel("Approved on").fill("2026-11-20");
    await assessment.getByRole("button", { name: "Record the impact assessment" }).click();
    await expect(assessment.getByText("The impact assessment was recorded.")).toBeVisible();
    await expectAccessible(page, "edit page: impact assessment recorded");
  });

  await test.step("the checks pass and the agreement is sent for signature", async () => {
    await openAgreement(page, firstId, "draft agreement ready to send");
    await expect(page.getByText("Every check passes: the agreement can be sent for signature.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Terms of the agreement" }).getByRole("cell", { name: "Appropriate safeguards", exact: true })).toBeVisible();
    await send(page, firstId);
  });
});

test("both parties' signatories sign and the agreement enters into force", async ({ browser, baseURL }) => {
  pages.nairobiSignatory = await signedIn(browser, baseURL, NAIROBI_SIGNATORY);
  await signAs(pages.nairobiSignatory, firstId, NAIROBI, false);
  await expect(pages.nairobiSignatory.getByText("1 of 2 parties have signed.")).toBeVisible();

  pages.tsinghuaSignatory = await signedIn(browser, baseURL, fixture.tsinghuaSignatory.email);
  await signAs(pages.tsinghuaSignatory, firstId, TSINGHUA, true);
  await expect(pages.tsinghuaSignatory.getByText("In force", { exact: true }).first()).toBeVisible();
  expect((await storedAgreement(firstId)).status).toBe("in_force");
});

test("with the agreement in force the programme starts", async () => {
  const page = pages.lead!;
  await page.goto(`/en/proposals/${fixture.programmeId}/agreements`);
  await expect(page.getByText("An agreement is in force for this programme.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(agreementTitle) })).toContainText("In force");
  await expectAccessible(page, "programme agreements: one in force");
  await page.goto(`/en/proposals/${fixture.programmeId}`);
  await page.getByRole("button", { name: "Start the programme" }).click();
  await confirmStep(page);
  await page.waitForURL(`**/en/proposals/${fixture.programmeId}?done=started`);
  await expect(page.getByText("The programme has started.")).toBeVisible();
  await expectAccessible(page, "proposal page: programme started");
  expect(await programmeStatus(fixture.programmeId)).toBe("active");
});

test("the printable record lists both signatures and verifies the fingerprint", async () => {
  const page = pages.lead!;
  await openAgreement(page, firstId, "agreement in force");
  await page.getByRole("link", { name: "Printable record with signatures" }).click();
  await page.waitForURL(`**/en/agreements/${firstId}/record`);
  const stored = await storedAgreement(firstId);
  await expect(page.getByTestId("record-hash")).toHaveText(stored.contentHash!);
  const signatures = page.getByRole("region", { name: "Signature record" });
  await expect(signatures.getByRole("row", { name: new RegExp(NAIROBI) })).toContainText("Grace Mwangi");
  await expect(signatures.getByRole("row", { name: new RegExp(NAIROBI) })).toContainText(stored.contentHash!);
  await expect(signatures.getByRole("row", { name: new RegExp(TSINGHUA) })).toContainText(fixture.tsinghuaSignatory.name);
  await expectAccessible(page, "printable record");
  await page.getByRole("button", { name: "Verify now" }).click();
  await page.waitForURL(`**/en/agreements/${firstId}/record?verify=1`);
  await expect(page.getByTestId("verify-result")).toContainText("Match: the stored content is exactly the content that was signed.");
  await expectAccessible(page, "printable record: verified");
  // Printed, the site's navigation and the buttons are left out.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Verify now" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("an amendment changes the retention period; once both re-sign, version 1 is superseded", async () => {
  const lead = pages.lead!;
  await test.step("the lead amends the agreement and edits the retention period", async () => {
    await openAgreement(lead, firstId, "agreement in force, before the amendment");
    await lead.getByRole("button", { name: "Amend (new version)" }).click();
    await lead.waitForURL(/\/en\/agreements\/[0-9a-z]{20}\?done=amended$/);
    amendmentId = agreementIdFrom(lead);
    expect(amendmentId).not.toBe(firstId);
    await expect(lead.getByText("An amendment was created as a new draft version.")).toBeVisible();
    await expect(lead.getByText("Version 2", { exact: true }).first()).toBeVisible();
    await expectAccessible(lead, "amendment: new draft");
    await lead.getByRole("link", { name: "Edit the draft" }).click();
    await lead.waitForURL(`**/en/agreements/${amendmentId}/edit`);
    await lead.getByLabel("Retention period").fill(amendedRetention);
    await lead.getByRole("button", { name: "Save the draft" }).click();
    await expect(lead.getByText("The draft was saved.")).toBeVisible();
    await expectAccessible(lead, "amendment: edit page saved");
  });

  await test.step("the amendment shows what changed and is sent for signature", async () => {
    await openAgreement(lead, amendmentId, "amendment: draft with its diff");
    const diff = lead.getByRole("region", { name: "Changes compared with version 1" });
    const row = diff.getByRole("row", { name: /Retention period/ });
    await expect(row).toContainText("no longer than 24 months");
    await expect(row).toContainText(amendedRetention);
    await expect(diff.getByRole("row")).toHaveCount(2);
    await send(lead, amendmentId);
  });

  await test.step("an edit after Nairobi's signature returns the amendment to draft and voids that signature", async () => {
    await signAs(pages.nairobiSignatory!, amendmentId, NAIROBI, false);
    await openAgreement(lead, amendmentId, "amendment: one of two signatures");
    await expect(lead.getByText("Editing an agreement that awaits signatures returns it to draft and voids every signature already given.")).toBeVisible();
    await lead.getByRole("link", { name: "Edit (voids the signatures given)" }).click();
    await lead.waitForURL(`**/en/agreements/${amendmentId}/edit`);
    await expect(lead.getByText("This agreement awaits signatures. Saving returns it to draft and voids every signature already given.")).toBeVisible();
    await expect(lead.getByLabel("Retention period")).toHaveValue(amendedRetention);
    await lead.getByRole("button", { name: "Save the draft" }).click();
    await expect(lead.getByText("The draft was saved.")).toBeVisible();
    await openAgreement(lead, amendmentId, "amendment: back to draft after the edit");
    await expect(lead.getByText("This is a draft. Complete it, then send it for signature.")).toBeVisible();
    await expect(lead.getByText("The fingerprint is calculated when the agreement is sent for signature.")).toBeVisible();
    await expect(lead.getByRole("region", { name: "Parties" }).getByRole("row", { name: new RegExp(NAIROBI) })).toContainText("Not sent for signature");
    expect((await storedAgreement(amendmentId)).status).toBe("draft");
    await send(lead, amendmentId);
  });

  await test.step("both signatories sign the amendment", async () => {
    await signAs(pages.nairobiSignatory!, amendmentId, NAIROBI, false);
    await signAs(pages.tsinghuaSignatory!, amendmentId, TSINGHUA, true);
    await lead.goto(`/en/agreements/${amendmentId}/record`);
    await expect(lead.getByText("1 signature from an earlier round (voided by a later edit)")).toBeVisible();
    await expect(lead.getByRole("region", { name: "Signature record" }).getByRole("row")).toHaveCount(3);
    await expectAccessible(lead, "amendment record with a voided earlier signature");
  });

  await test.step("version 1 reads as superseded, version 2 is in force", async () => {
    await openAgreement(lead, firstId, "version 1 superseded");
    await expect(lead.getByText("This version has been replaced by a later amendment that is in force.")).toBeVisible();
    const versions = lead.getByRole("region", { name: "Versions" });
    await expect(versions.getByRole("listitem").filter({ hasText: "Version 1" })).toContainText("Superseded");
    await expect(versions.getByRole("listitem").filter({ hasText: "Version 2" })).toContainText("In force");
    expect((await storedAgreement(firstId)).status).toBe("superseded");
    expect((await storedAgreement(amendmentId)).status).toBe("in_force");
    await lead.goto(`/en/proposals/${fixture.programmeId}/agreements`);
    await expect(lead.getByRole("row", { name: /v1/ })).toContainText("Superseded");
    await expect(lead.getByRole("row", { name: /v2/ })).toContainText("In force");
    await expectAccessible(lead, "programme agreements: amendment in force");
  });
});

test("content changed in the database behind the application's back fails verification", async () => {
  const page = pages.lead!;
  await tamperWithStoredRetention(firstId, `Forever (${run})`);
  await page.goto(`/en/agreements/${firstId}/record?verify=1`);
  await expect(page.getByTestId("verify-result")).toContainText("Mismatch: the stored content differs from the content that was signed.");
  await expect(page.getByTestId("verify-result")).toContainText((await storedAgreement(firstId)).contentHash!);
  await expectAccessible(page, "printable record: mismatch");
});

test("the agreement page reads right to left in Arabic", async () => {
  const page = pages.lead!;
  await expectRightToLeftArabic(page, `/ar/agreements/${amendmentId}`);
  await expect(page.getByRole("heading", { level: 1, name: agreementTitle })).toBeVisible();
});

test("a party's signatory terminates the agreement in force, giving a reason", async () => {
  const page = pages.nairobiSignatory!;
  const reason = `The pilot ended early; the clinics withdrew (${run}).`;
  await openAgreement(page, amendmentId, "amendment in force, before termination");
  await page.getByRole("button", { name: "Terminate the agreement" }).click();
  await page.getByRole("button", { name: "Terminate now" }).click();
  await expect(page.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "termination refused without a reason");
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: "Terminate now" }).click();
  await page.waitForURL(`**/en/agreements/${amendmentId}?done=terminated`);
  await expect(page.getByText("The agreement was terminated.", { exact: true })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByText("Terminated", { exact: true }).first()).toBeVisible();
  expect((await storedAgreement(amendmentId)).status).toBe("terminated");
  await expectAccessible(page, "agreement terminated");
});
