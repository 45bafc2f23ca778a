import { expect, type Page } from "@playwright/test";

/** The sign-in page, as a person uses it. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/login${query}`);
  }

  async signIn(email: string, password: string, options: { remember?: boolean } = {}) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    if (options.remember) await this.page.getByLabel(/remember me/i).check();
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  formError() {
    return this.page.getByTestId("form-error");
  }
}

export class RegisterPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/register");
  }

  async fill(fields: { name: string; email: string; password: string; confirmPassword?: string }) {
    await this.page.getByLabel("Name").fill(fields.name);
    await this.page.getByLabel("Email").fill(fields.email);
    await this.page.getByLabel("Password", { exact: true }).fill(fields.password);
    await this.page.getByLabel("Confirm password").fill(fields.confirmPassword ?? fields.password);
  }

  async submit() {
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  fieldError(field: string) {
    return this.page.locator(`[data-field-error="${field}"]`);
  }
}

export async function signInAs(page: Page, email: string, password: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
}

let counter = 0;
/** An email address no other test uses. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter}@e2e.test`;
}
