export { FORM_EXAMPLES } from './form-examples.js';
export { JSON_EXAMPLES } from './json-examples.js';
export { exampleJson, type SeedExample, type SeedFormExample } from './seed-example.js';
