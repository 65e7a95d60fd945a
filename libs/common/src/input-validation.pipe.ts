import { type ArgumentMetadata, Injectable, type PipeTransform, type Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';

import { BadUserInputError } from './errors.js';
import { flattenValidationErrors } from './validation.js';

/** Input classes declare their rules with class-validator; anything else (a resolver's parent object, say) passes untouched. */
function declaresValidation(metatype: Type<unknown>): boolean {
  return getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).length > 0;
}

/**
 * Validates every argument that is an input class, naming each bad field by
 * its path in the operation (`input.website`), so the client can point at it.
 * No whitelist: GraphQL has already refused fields the schema does not
 * declare, and stripping would also drop declared fields that need no rule.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (!metatype || value === null || value === undefined || typeof value !== 'object' || !declaresValidation(metatype)) return value;
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) throw new BadUserInputError(flattenValidationErrors(errors, metadata.data ?? ''));
    return instance;
  }
}
