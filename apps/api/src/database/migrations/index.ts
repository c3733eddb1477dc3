import { InitialSchema1764086400000 } from './1764086400000-InitialSchema';
import { Workbench1795627497687 } from './1795627497687-Workbench';
import { CompactCellsAndRollups1795627700000 } from './1795627700000-CompactCellsAndRollups';
import { DataChangeNotify1795628000000 } from './1795628000000-DataChangeNotify';
import { FlagListOrder1795630000000 } from './1795630000000-FlagListOrder';
import { LeanerMetricFacts1795630100000 } from './1795630100000-LeanerMetricFacts';

/** Every migration, oldest first (listed, not globbed, so the same list works from src and dist). */
export const MIGRATIONS = [InitialSchema1764086400000, Workbench1795627497687, CompactCellsAndRollups1795627700000, DataChangeNotify1795628000000, FlagListOrder1795630000000, LeanerMetricFacts1795630100000];
