export * from './roles';
export * from './case-lifecycle';
export * from './case-work';
export * from './case-reference';
export * from './pagination';
export * from './investigation';
export * from './enforcement';
export * from './statements';
