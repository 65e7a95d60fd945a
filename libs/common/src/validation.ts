import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, type ValidationError } from 'class-validator';

import type { FieldErrors } from './errors.js';

/** Length limits that hold for every input. */
export const Limits = {
  name: 200,
  shortText: 500,
  description: 20_000,
  url: 2_000,
  email: 254,
  phone: 50,
  listItems: 50,
  listItem: 200,
} as const;

// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for.
const WITHOUT_NUL = /^[^\u0000]*$/;

/** PostgreSQL text cannot hold NUL: such input is refused as bad input rather than failing in the database. */
export function WithoutNul({ each = false }: { each?: boolean } = {}): PropertyDecorator {
  return Matches(WITHOUT_NUL, { message: 'Får inte innehålla NUL-tecken.', each });
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const emptyToNull = Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value));

/** A required string: trimmed, not blank, at most `max` characters. */
export function RequiredText(max: number = Limits.name): PropertyDecorator {
  return applyDecorators(
    trim,
    IsString({ message: 'Måste vara text.' }),
    IsNotEmpty({ message: 'Får inte vara tomt.' }),
    MaxLength(max, { message: `Högst ${max} tecken.` }),
    WithoutNul(),
  );
}

/** An optional string; blank is stored as null. */
export function OptionalText(max: number = Limits.name): PropertyDecorator {
  return applyDecorators(
    emptyToNull,
    IsOptional(),
    IsString({ message: 'Måste vara text.' }),
    MaxLength(max, { message: `Högst ${max} tecken.` }),
    WithoutNul(),
  );
}

/** An optional http(s) address. */
export function OptionalHttpUrl(): PropertyDecorator {
  return applyDecorators(
    emptyToNull,
    IsOptional(),
    MaxLength(Limits.url, { message: `Högst ${Limits.url} tecken.` }),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
      { message: 'Måste vara en webbadress som börjar med http:// eller https://.' },
    ),
  );
}

/** An optional e-mail address. */
export function OptionalEmail(): PropertyDecorator {
  return applyDecorators(
    emptyToNull,
    IsOptional(),
    MaxLength(Limits.email, { message: `Högst ${Limits.email} tecken.` }),
    IsEmail({}, { message: 'Ange en giltig e-postadress.' }),
  );
}

/** An optional list of short strings, each trimmed; blank items are dropped. */
export function TextList(maxItems: number = Limits.listItems, maxLength: number = Limits.listItem): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) =>
      Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '') : value,
    ),
    IsOptional(),
    IsArray({ message: 'Måste vara en lista.' }),
    ArrayMaxSize(maxItems, { message: `Högst ${maxItems} poster.` }),
    IsString({ each: true, message: 'Varje post måste vara text.' }),
    MaxLength(maxLength, { each: true, message: `Varje post får ha högst ${maxLength} tecken.` }),
    WithoutNul({ each: true }),
  );
}

/** An optional list of enum values (GraphQL has checked the values). */
export function EnumList(maxItems: number): PropertyDecorator {
  return applyDecorators(IsOptional(), IsArray({ message: 'Måste vara en lista.' }), ArrayMaxSize(maxItems, { message: `Högst ${maxItems} poster.` }));
}

/** Flattens class-validator's tree into `path → first message`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) fields[path] = message;
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}
