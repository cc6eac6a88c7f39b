export { type CommandOutput, runContractsCommand } from './contracts-command.js';
export { CONTRACTS_USAGE, type ContractsCommand, parseContractsArgs } from './contracts-options.js';
export { OPENAPI_USAGE, runOpenApiCommand } from './openapi-command.js';
