import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS } from "./events";
import { auditDetailEntries, auditEventLabel } from "./event-labels";

describe("auditEventLabel", () => {
  it("puts every event type in words, and leaves an unknown one as it is", () => {
    for (const type of Object.values(AUDIT_EVENTS)) expect(auditEventLabel(type)).not.toBe(type);
    expect(auditEventLabel("user.deleted")).toBe("Account deleted");
    expect(auditEventLabel("something.new")).toBe("something.new");
  });
});

describe("auditDetailEntries", () => {
  it("reads a JSON object as pairs, and anything else raw", () => {
    expect(auditDetailEntries(JSON.stringify({ email: "a@example.com", count: 3, by: null }))).toEqual([["email", "a@example.com"], ["count", "3"], ["by", "null"]]);
    expect(auditDetailEntries(null)).toEqual([]);
    expect(auditDetailEntries("not json")).toEqual([["details", "not json"]]);
  });
});
