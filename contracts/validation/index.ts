export { type ValidationMode, type ValidationResult, validate } from './validate.js';
