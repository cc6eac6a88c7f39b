export { maskSensitive } from './mask.js';
export { canonicalJson, isRecording, RECORDING_FORMAT, type Recording, recordingKey } from './recording.js';
