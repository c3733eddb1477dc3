import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Label')
export class LabelDto {
  @Field() zh!: string;
  @Field() en!: string;
}

export const label = (l: { zh: string; en: string }): LabelDto => ({ zh: l.zh, en: l.en });
