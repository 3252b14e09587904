export * from './icp-fit';
export * from './icp-fields';
export * from './icp-compile';
export * from './icp-preview';
export * from './validate-icp';
export * from './icp-stage-criteria';
