import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../../common/graphql/enums';

@ObjectType('User')
export class UserDto {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [String]) regionCodes!: string[];
}
