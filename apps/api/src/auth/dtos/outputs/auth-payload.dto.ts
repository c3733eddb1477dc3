import { Field, ObjectType } from '@nestjs/graphql';
import { UserDto } from '../../../users/dtos/outputs/user.dto';

@ObjectType('AuthPayload')
export class AuthPayloadDto {
  @Field() token!: string;
  @Field(() => UserDto) user!: UserDto;
  @Field() expiresAt!: Date;
}
