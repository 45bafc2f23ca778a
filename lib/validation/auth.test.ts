import { describe, expect, it } from "vitest";
import { fieldErrors, loginSchema, registerSchema } from "./auth";

const valid = {
  name: "Ada Lovelace",
  email: "  Ada@Example.COM ",
  password: "analytical engine notes",
  confirmPassword: "analytical engine notes",
};

describe("registerSchema", () => {
  it("trims and lower-cases the email", () => {
    expect(registerSchema().parse(valid).email).toBe("ada@example.com");
  });

  it("drops fields it does not name, so role or isActive can never be mass-assigned", () => {
    const parsed = registerSchema().parse({ ...valid, role: "admin", isActive: false, emailVerified: "2020-01-01", id: "x" });
    expect(Object.keys(parsed).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
  });

  it("gives a specific message per field", () => {
    const result = registerSchema().safeParse({ name: "", email: "not-an-email", password: "short", confirmPassword: "other" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: "Enter your name",
      email: "Enter a valid email address, like name@example.com",
      password: "Password must be at least 12 characters",
      confirmPassword: "Passwords do not match",
    });
  });

  it("reports mismatched confirmation on the confirm field", () => {
    const result = registerSchema().safeParse({ ...valid, confirmPassword: "analytical engine notez" });
    expect(fieldErrors(result.error!)).toEqual({ confirmPassword: "Passwords do not match" });
  });

  it("follows the configured minimum length", () => {
    expect(registerSchema({ minLength: 15 }).safeParse(valid).success).toBe(true);
    const strict = registerSchema({ minLength: 30 }).safeParse(valid);
    expect(fieldErrors(strict.error!).password).toBe("Password must be at least 30 characters");
  });

  it("refuses over-long names and emails", () => {
    const result = registerSchema().safeParse({ ...valid, name: "a".repeat(101), email: `${"a".repeat(250)}@x.io` });
    expect(fieldErrors(result.error!)).toMatchObject({
      name: "Name must be at most 100 characters",
      email: "Email must be at most 254 characters",
    });
  });
});

describe("loginSchema", () => {
  it("normalises the email and defaults remember to false", () => {
    expect(loginSchema.parse({ email: "A@B.CO ", password: "x" })).toEqual({ email: "a@b.co", password: "x", remember: false });
  });

  it("requires a password without revealing any policy", () => {
    expect(fieldErrors(loginSchema.safeParse({ email: "a@b.co", password: "" }).error!)).toEqual({ password: "Enter your password" });
  });
});
