export { createRecorder, type Recorder } from './recorder.js';
