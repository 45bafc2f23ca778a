/**
 * The name to greet an account's address with: the one its holder typed, but only once the
 * address has proven itself. Until then whoever registered it may be a stranger to its owner, and
 * the name field is theirs to fill ("URGENT: call …"), so the greeting stays plain.
 */
export function recipientName(account: { name: string | null; emailVerified: Date | null }): string | null {
  return account.emailVerified ? account.name : null;
}
