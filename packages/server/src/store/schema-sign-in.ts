// Row type for the table of migrations/20261202-0003-sign-in-attempts.ts.

/** One counter per throttled subject ("account:<email>", "address:<ip>"): attempts in the window that began at `window_start`. */
export interface SignInAttemptsTable {
  subject: string;
  window_start: string;
  attempts: number;
}

export interface SignInTables {
  sign_in_attempts: SignInAttemptsTable;
}
