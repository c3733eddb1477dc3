import { SetMetadata } from '@nestjs/common';
import { type Role } from '../../common/graphql/enums';

export const MIN_ROLE = 'minRole';
/** The least role allowed to call the handler (anonymous users are viewers). */
export const MinRole = (role: Role) => SetMetadata(MIN_ROLE, role);
