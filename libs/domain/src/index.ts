export * from './roles';
export * from './case-lifecycle';
export * from './case-reference';
export * from './pagination';
