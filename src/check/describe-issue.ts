// Turns a schema issue into words an editor can act on: what is wrong, what was expected, what was found.
import type { core } from 'zod';
import { LANGS, locale } from '../locale/locales.ts';

function found(input: unknown, written?: string): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  // JSON has no word for these (it writes null); YAML's are what an editor can search the file for.
  if (typeof input === 'number' && !Number.isFinite(input))
    return written ?? (Number.isNaN(input) ? '.nan' : input > 0 ? '.inf' : '-.inf');
  // Cut before quoting: a hostile field can be a megabyte long.
  const shown = JSON.stringify(typeof input === 'string' ? input.slice(0, 40) : input);
  return `${typeof input} ${shown.length > 40 ? shown.slice(0, 37) + '…' : shown}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'a mapping (key: value)',
  array: 'a list',
};

/** `written`: the value as the file writes it, where parsing lost it (1e400 is read as Infinity). */
export function describeIssue(issue: core.$ZodIssue, field: string, written?: string): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const missing = LANGS.find((l) => field.endsWith(`.${l}`));
        const lang = missing ? ` (${locale(missing).missing})` : '';
        return `${field}: missing${lang}, expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      }
      if (typeof input === 'number' && !Number.isFinite(input))
        return `${field}: expected a finite number, found ${found(input, written)}`;
      return `${field}: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${found(input)}`;
    }
    case 'invalid_key':
      // The key is the last part of `field`; what is wrong with it is in the key schema's own issues.
      return `${field}: ${issue.issues.map((i) => i.message).join('; ')}`;
    case 'unrecognized_keys':
      return `${field}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    case 'too_big':
      return `${field}: expected at most ${String(issue.maximum)}, found ${found(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `${field}: ${issue.message}, found an empty list`;
      if (issue.origin === 'string') return `${field}: must not be empty`;
      return `${field}: expected at least ${String(issue.minimum)}, found ${found(input)}`;
    case 'invalid_value':
      return `${field}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${found(input)}`;
    default:
      // Our own messages already say what was found where it helps ("found HTML or script").
      return /\bfound\b/.test(issue.message)
        ? `${field}: ${issue.message}`
        : `${field}: ${issue.message}, found ${found(input)}`;
  }
}
