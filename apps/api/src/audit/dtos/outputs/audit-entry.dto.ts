import { Field, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/graphql/json.scalar';

@ObjectType('AuditEntry')
export class AuditEntryDto {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field() actor!: string;
  @Field() action!: string;
  @Field(() => JSONScalar, { nullable: true }) detail!: unknown;
}
