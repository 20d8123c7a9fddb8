/** Fixed secrets of benchmark runs: the servers they start hold nothing worth protecting. */
export const BENCH_SECRET = 'benchmark-secret-not-for-production-0123456789'
export const BENCH_SEED_PASSWORD = 'bench-password-0123456789'
