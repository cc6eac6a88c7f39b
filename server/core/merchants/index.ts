export { createMerchantDirectory, type MerchantDirectory } from './merchant-directory.js';
