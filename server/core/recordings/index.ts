export { canonicalJson, isRecording, RECORDING_FORMAT, type Recording, recordingKey } from './recording.js';
