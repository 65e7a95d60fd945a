import { type ArgumentMetadata, Injectable, type PipeTransform, type Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';

import { BadUserInputError } from './errors.js';
import { flattenValidationErrors } from './validation.js';

/**
 * Input classes declare their rules with class-validator; anything else (a
 * resolver's parent object, say) passes untouched. Asked once per class:
 * rules are declared when classes load, and the pipe also runs on the parent
 * of every call of a field resolver, where each answer was a look through
 * all of the app's rules.
 */
const declaring = new Map<Type<unknown>, boolean>();
function declaresValidation(metatype: Type<unknown>): boolean {
  let declares = declaring.get(metatype);
  if (declares === undefined) {
    declares = getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).length > 0;
    declaring.set(metatype, declares);
  }
  return declares;
}

/**
 * Validates every argument that is an input class, naming each bad field by
 * its path in the operation (`input.website`), so the client can point at it.
 * No whitelist: GraphQL has already refused fields the schema does not
 * declare, and stripping would also drop declared fields that need no rule.
 */
/** The longest plain string argument (a reply's body); tighter limits are the services' own. */
export const MAX_ARGUMENT_LENGTH = 60_000;

@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (typeof value === 'string') return checkPlainString(value, metadata.data ?? 'argument', WORDS_ARGUMENTS.has(metadata.data ?? ''));
    const { metatype } = metadata;
    if (!metatype || value === null || value === undefined || typeof value !== 'object' || !declaresValidation(metatype)) return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) throw new BadUserInputError(flattenValidationErrors(errors, metadata.data ?? ''));
    return instance;
  }
}

/**
 * Arguments read as plain words (search's `query`): any character that is
 * not a letter or digit only separates words, so a NUL becomes a space
 * rather than an error.
 */
const WORDS_ARGUMENTS = new Set(['query']);

/**
 * Plain string arguments (slugs, ids, tokens, bodies) get the checks every
 * string needs before it may reach the database: bounded, and no NUL, which
 * PostgreSQL text cannot hold.
 */
function checkPlainString(value: string, field: string, words: boolean): string {
  if (value.length > MAX_ARGUMENT_LENGTH) throw BadUserInputError.field(field, `Högst ${MAX_ARGUMENT_LENGTH} tecken.`);
  if (value.includes('\u0000')) {
    if (words) return value.replaceAll('\u0000', ' ');
    throw BadUserInputError.field(field, 'Får inte innehålla NUL-tecken.');
  }
  return value;
}
