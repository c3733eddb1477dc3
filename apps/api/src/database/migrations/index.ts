import { InitialSchema1764086400000 } from './1764086400000-InitialSchema';

/** Every migration, oldest first (listed, not globbed, so the same list works from src and dist). */
export const MIGRATIONS = [InitialSchema1764086400000];
