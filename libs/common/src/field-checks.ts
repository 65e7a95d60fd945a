import { BadUserInputError, type FieldErrors } from './errors.js';

/**
 * Checks for values that arrive as plain arguments rather than input types
 * (class-validator only sees input types). Collects every problem, then
 * throws them together so that a form can mark all its fields at once.
 */
export class FieldChecks {
  private readonly problems: FieldErrors = {};

  text(field: string, value: string | null | undefined, { max, required = true }: { max: number; required?: boolean }): this {
    if (value === null || value === undefined || value.trim() === '') {
      if (required) this.problems[field] = 'Får inte vara tomt.';
    } else if (value.length > max) {
      this.problems[field] = `Högst ${max} tecken.`;
    } else if (value.includes('\u0000')) {
      // PostgreSQL text cannot hold NUL.
      this.problems[field] = 'Får inte innehålla NUL-tecken.';
    }
    return this;
  }

  length(field: string, value: string, min: number, max: number): this {
    if (value.length < min || value.length > max) this.problems[field] = `Måste vara ${min}–${max} tecken.`;
    return this;
  }

  email(field: string, value: string): this {
    if (!isEmail(value)) this.problems[field] = 'Ange en giltig e-postadress.';
    return this;
  }

  add(field: string, problem: string): this {
    this.problems[field] = problem;
    return this;
  }

  throwIfAny(): void {
    if (Object.keys(this.problems).length > 0) throw new BadUserInputError({ ...this.problems });
  }
}

// Deliberately simple: one @, a dot in the domain, none of the characters that
// would let an address smuggle a second recipient or a header, within RFC 5321's length.
const EMAIL = /^[^\s@,;<>"()[\]\\]{1,64}@[^\s@.,;<>"()[\]\\]+(\.[^\s@.,;<>"()[\]\\]+)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** E-mail addresses are compared lower-case and trimmed everywhere. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
