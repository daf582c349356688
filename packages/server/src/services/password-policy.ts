import { dictionary } from '@zxcvbn-ts/language-common';

// Which passwords are refused, after NIST SP 800-63B §5.1.1.2 (and 800-63B-4 §3.1.1.2): a minimum length (the
// schema's, docs/api.md), no composition rules, and a check against values known to be commonly used, expected or
// compromised: a list of common passwords, repetitive or sequential characters, and context-specific words (the
// service's name, the account's email and name).

export type WeakPasswordReason = 'common' | 'repetitive' | 'sequential' | 'personal';

export interface PasswordContext {
  email: string;
  name: string;
}

const SERVICE_WORDS = ['threshold'];

/**
 * The 49,233 most common passwords of zxcvbn-ts (`@zxcvbn-ts/language-common`, "passwords-common", built from
 * leaked-password frequency lists), as a set of lower-case strings; built once, on first use.
 */
let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Lower case, letters and digits only: "Dana.Whitfield!" and "danawhitfield" are the same guess. */
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The password without the digits and symbols people add to the end of a word to pass a rule ("monkey2024!"). */
const stem = (text: string) => text.toLowerCase().replace(/[^\p{L}]+$/u, '');

/** One short unit repeated: "aaaaaaaaaa", "abababababab", "123123123123". */
function isRepetitive(text: string): boolean {
  return /^(.{1,4})\1+.{0,3}$/su.test(text) && new Set(text).size <= 4;
}

/** A run up or down the alphabet or the digits: "abcdefghij", "9876543210", "0123456789". */
function isSequential(text: string): boolean {
  if (text.length < 2) return false;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i++) steps.add(text.codePointAt(i)! - text.codePointAt(i - 1)!);
  return steps.size === 1 && [1, -1].includes([...steps][0]!);
}

function contextWords(context: PasswordContext): string[] {
  const [local = '', domain = ''] = context.email.toLowerCase().split('@');
  const words = [local, domain.split('.')[0] ?? '', context.name, ...context.name.split(/\s+/), ...SERVICE_WORDS];
  return words.map(folded).filter((w) => w.length >= 3);
}

/** Why the password would be easy to guess, or undefined when it is acceptable. */
export function weakPasswordReason(password: string, context: PasswordContext): WeakPasswordReason | undefined {
  const whole = folded(password);
  const candidates = new Set([password.toLowerCase(), stem(password), whole, stem(whole)]);
  if ([...candidates].some((c) => commonPasswords().has(c))) return 'common';
  if (isRepetitive(whole)) return 'repetitive';
  if (isSequential(whole)) return 'sequential';
  const personal = contextWords(context);
  if ([...candidates].some((c) => personal.includes(folded(c)))) return 'personal';
  // "danawhitfield1990", "customer-customer": nothing but the account's own words and digits.
  const rest = personal.reduce((left, word) => left.replaceAll(word, ''), whole).replace(/\p{N}/gu, '');
  if (rest.length < 3) return 'personal';
  return undefined;
}

export const WEAK_PASSWORD_DETAIL: Record<WeakPasswordReason, string> = {
  common: 'This password is on a list of commonly used passwords; choose a longer, less predictable one',
  repetitive: 'This password repeats the same few characters; choose a longer, less predictable one',
  sequential: 'This password is a run of consecutive characters; choose a longer, less predictable one',
  personal: "This password is made of the account's own email or name; choose one nobody could guess from them",
};
