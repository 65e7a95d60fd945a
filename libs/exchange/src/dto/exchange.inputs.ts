import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { RequiredText, WithoutNul } from '#common';

import { MAX_BODY_LENGTH, MAX_RELATED_WORK, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH, MAX_TOPICS, normaliseTopics } from '../exchange-rules.js';

/**
 * Markdown as written: not trimmed, not rendered, only checked to be there
 * (not blank) and bounded. Trimming would change it (leading indentation is
 * a code block in Markdown).
 */
export function MarkdownText(max: number = MAX_BODY_LENGTH): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'Måste vara text.' }),
    Matches(/\S/, { message: 'Får inte vara tomt.' }),
    MaxLength(max, { message: `Högst ${max} tecken.` }),
    WithoutNul(),
  );
}

/**
 * Topics, normalised before they are checked, so that the limit counts
 * distinct topics: "Bidrag" and " bidrag" are one. Anything that is not a
 * string is left for IsString to refuse.
 */
export function TopicList(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? normaliseTopics(value as string[]) : value)),
    IsOptional(),
    IsArray({ message: 'Måste vara en lista.' }),
    ArrayMaxSize(MAX_TOPICS, { message: `Högst ${MAX_TOPICS} ämnen.` }),
    IsString({ each: true, message: 'Varje ämne måste vara text.' }),
    MaxLength(MAX_TOPIC_LENGTH, { each: true, message: `Varje ämne får ha högst ${MAX_TOPIC_LENGTH} tecken.` }),
  );
}

@InputType('ThreadInput', { description: 'A thread as its author writes it. On edit, topics and relatedWorkIds left out stay as they are.' })
export class ThreadInput {
  @Field({ description: `At most ${MAX_TITLE_LENGTH} characters; trimmed.` })
  @RequiredText(MAX_TITLE_LENGTH)
  title!: string;

  @Field({ description: `Markdown, stored as written (at most ${MAX_BODY_LENGTH} characters); the API never renders it.` })
  @MarkdownText()
  body!: string;

  @Field(() => [String], {
    nullable: true,
    description: `At most ${MAX_TOPICS}; stored lower-case and trimmed, duplicates dropped.`,
  })
  @TopicList()
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Civil-society work the thread is about (at most ${MAX_RELATED_WORK}).` })
  @IsOptional()
  @IsArray({ message: 'Måste vara en lista.' })
  @ArrayMaxSize(MAX_RELATED_WORK, { message: `Högst ${MAX_RELATED_WORK} länkar.` })
  @IsUUID('all', { each: true, message: 'Okänd verksamhet.' })
  relatedWorkIds?: string[] | null;
}
