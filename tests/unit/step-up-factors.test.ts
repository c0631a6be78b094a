import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "../../server/step-up/recovery-codes";
import { seal, unseal } from "../../server/step-up/secret-box";
import { acceptedStep, newTotpSecret, timeStep } from "../../server/step-up/totp";

const SERVER_SECRET = "a-test-server-secret-of-at-least-32-characters";
// RFC 6238 appendix B: the SHA-1 test key "12345678901234567890".
const RFC_SECRET = Secret.fromLatin1("12345678901234567890").base32;
const codeAt = (secret: string, ms: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: ms });

describe("TOTP verification (RFC 6238)", () => {
  it("matches the RFC's test vector (T = 59 s → 94287082, 6 digits: 287082)", () => {
    expect(codeAt(RFC_SECRET, 59_000)).toBe("287082");
    expect(acceptedStep(RFC_SECRET, "287082", new Date(59_000), null)).toBe(1);
  });

  it("accepts the previous, current and next step, and nothing further", () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const step = timeStep(now);
    for (const delta of [-1, 0, 1]) expect(acceptedStep(secret, codeAt(secret, now.getTime() + delta * 30_000), now, null)).toBe(step + delta);
    for (const delta of [-3, -2, 2, 3]) expect(acceptedStep(secret, codeAt(secret, now.getTime() + delta * 30_000), now, null)).toBeNull();
  });

  it("never accepts a step at or before the last one accepted (no replay)", () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const step = timeStep(now);
    const code = codeAt(secret, now.getTime());
    expect(acceptedStep(secret, code, now, step - 1)).toBe(step);
    expect(acceptedStep(secret, code, now, step)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, now.getTime() - 30_000), now, step - 1)).toBeNull();
  });

  it("ignores spaces and refuses anything that is not six digits", () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const code = codeAt(secret, now.getTime());
    expect(acceptedStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(timeStep(now));
    expect(acceptedStep(secret, `${code}0`, now, null)).toBeNull();
    expect(acceptedStep(secret, "abcdef", now, null)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of the unambiguous alphabet, XXXXX-XXXXX", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it("hash the same whatever the case, spaces and dashes when typed back, and differently from each other", () => {
    const [a, b] = newRecoveryCodes(2);
    expect(hashRecoveryCode(a!.toLowerCase().replace("-", " "))).toBe(hashRecoveryCode(a!));
    expect(hashRecoveryCode(a!)).not.toBe(hashRecoveryCode(b!));
    expect(hashRecoveryCode(a!)).toMatch(/^[0-9a-f]{64}$/);
    expect(normalizeRecoveryCode(" ab-cd ")).toBe("ABCD");
  });
});

describe("the sealed TOTP secret", () => {
  it("opens with the server secret only, and is different each time it is sealed", () => {
    const secret = newTotpSecret();
    const sealed = seal(secret, SERVER_SECRET);
    expect(sealed).not.toContain(secret);
    expect(seal(secret, SERVER_SECRET)).not.toBe(sealed);
    expect(unseal(sealed, SERVER_SECRET)).toBe(secret);
    expect(() => unseal(sealed, `${SERVER_SECRET}x`)).toThrow();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = `${body!.slice(0, -2)}${body!.endsWith("AA") ? "BB" : "AA"}`;
    expect(() => unseal([v, iv, tag, flipped].join("."), SERVER_SECRET)).toThrow();
  });
});
