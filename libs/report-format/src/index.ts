export * from './types';
export * from './tables';
export * from './sections';
export * from './templates';
export * from './metrics';
export * from './flag-codes';
export * from './normalize';
export * from './agency-types';
