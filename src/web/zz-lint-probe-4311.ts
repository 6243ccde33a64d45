import { buildApp } from '../server/app';
export const x = buildApp;
