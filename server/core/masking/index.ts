export {
  JOURNAL_MASKING,
  type MaskPolicy,
  maskField,
  maskQuery,
  maskSensitive,
  maskText,
  maskToken,
  maskValue,
  RECORDING_MASKING,
} from './mask.js';
