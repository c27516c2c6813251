export * from './text';
export * from './element';
export * from './jurisdiction';
export * from './instrument';
export * from './provision';
export * from './coverage';
