export const BENCH_ACCOUNTS = 48;

export function benchAccount(index: number) {
  return { email: `bench-${index}@bench.test`, password: `bench passphrase number ${index}` };
}
